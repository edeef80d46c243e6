"""Country and place from the text around a name: capitals, topic countries, containers, glued names.

All texts and places here are synthetic (invented names where a real one is not needed).
"""

from __future__ import annotations

from geo_testdata import row

from eventcoder.geo import Geocoder
from eventcoder.geo.detect import detect, tokenize
from eventcoder.geo.eventloc import event_country, innermost_place, is_event_place
from eventcoder.geo.gazetteer import MemoryGazetteer
from eventcoder.model import Place


def _geo(*rows: object) -> Geocoder:
    return Geocoder(MemoryGazetteer.from_rows(list(rows)))  # type: ignore[arg-type]


def _town(surface: str, start: int, cc: str, admin1: str, pop: int, feature: str = "city") -> Place:
    return Place(surface, start, start + len(surface), resolved=True, name=surface, latitude=10.0, longitude=10.0,
                 country_code=cc, admin1=admin1, feature=feature, population=pop)


def test_eventloc_a_larger_town_written_after_a_town_locates_it() -> None:
    text = "Farmers blocked a road in Smallton (Bigcity, Westprov). Police watched."
    places = [_town("Smallton", text.index("Smallton"), "IT", "Westprov", 5_000),
              _town("Bigcity", text.index("Bigcity"), "IT", "Westprov", 90_000),
              _town("Westprov", text.index("Westprov"), "IT", "Westprov", 900_000, "admin1")]
    assert innermost_place(text, places, 2) == 0
    listed = "Shells hit Bigcity, Smallton and Westprov."  # a list: no town holds another
    ps = [_town("Bigcity", 11, "IT", "Westprov", 90_000), _town("Smallton", 20, "IT", "Westprov", 5_000)]
    assert innermost_place(listed, ps, 1) == 1


def test_detect_reads_names_glued_by_wa_and_in_der_whole() -> None:
    known = {"Ayn wa Ghayl", "Neustadt in der Mark", "Ayn", "Neustadt"}
    text = "Shelling hit Ayn wa Ghayl. Workers marched in Neustadt in der Mark on Monday."
    assert [m.surface for m in detect(text, known.__contains__)] == ["Ayn wa Ghayl", "Neustadt in der Mark"]
    # "in" is no connector otherwise: two places, not one name
    assert [m.surface for m in detect("Rallies in Ayn in Neustadt.", known.__contains__)] == ["Ayn", "Neustadt"]


def test_detect_a_name_going_on_past_what_the_index_knows_is_a_head() -> None:
    known = {"Bir", "Val"}
    text = "Gunmen attacked Bir al Ghanam at night. Ranchers were killed near Val d'Orsan."
    mentions = detect(text, known.__contains__)
    assert [m.surface for m in mentions] == ["Bir", "Val"] and all(m.head and m.weak for m in mentions)


def test_detect_reads_an_ampersand_abbreviation_as_one_token() -> None:
    assert "J&K" in [t.text for t in tokenize("Officials held a sit-in at Samba city (J&K) on Monday.")]


def test_geocoder_a_national_capital_outranks_a_namesake_in_a_country_the_text_names() -> None:
    geo = _geo(row(1, "Athens", 37.98, 23.73, "GR", "Attica", 664_000),
               row(2, "Athens", 33.96, -83.38, "US", "Georgia", 127_000),
               row(3, "United States", 39.8, -98.5, "US", None, 330_000_000, "country"))
    text = "Thousands marched in Athens; the ambassador of the United States joined the march."
    athens = next(p for p in geo.geoparse(text) if p.surface == "Athens")
    assert athens.country_code == "GR"


def test_geocoder_a_country_named_as_a_topic_does_not_make_the_focus() -> None:
    geo = _geo(row(1, "Portown", 54.5, 18.5, "PL", "Pomerania", 250_000),
               row(2, "Ukraine", 49.0, 32.0, "UA", None, 40_000_000, "country"),
               row(3, "Russia", 60.0, 100.0, "RU", None, 140_000_000, "country"))
    text = ("Activists rallied in Portown in solidarity with Ukraine, against the war of Russia against Ukraine "
            "and against gas imports from Russia.")
    _, ctx = geo._geoparse(text, [])  # noqa: SLF001 - the focus is what is tested
    assert ctx.focus == "PL"
    # where the country is the place, it still counts in full
    _, ctx = geo._geoparse("Fighting went on across Ukraine and in Ukraine's east.", [])  # noqa: SLF001
    assert ctx.focus == "UA"


def test_geocoder_a_direction_of_a_known_place_holds_an_area_named_before_it() -> None:
    geo = _geo(row(1, "Kiroma", 35.6, 139.4, "JP", "Tokyo", 150_000),
               row(2, "Lubaro", 0.15, 29.24, "CD", "Nordprov", 40_000),
               row(3, "Nordprov", -0.8, 29.0, "CD", "Nordprov", 6_000_000, "admin1"),
               row(4, "Congo", -2.9, 23.6, "CD", None, 90_000_000, "country"))
    text = "Militias clashed in the Kiroma area southwest of Lubaro Territory in Nordprov Province, Congo."
    kiroma = next(p for p in geo.geoparse(text) if p.surface == "Kiroma")
    assert kiroma.country_code != "JP"


def test_eventloc_a_world_region_is_no_event_place() -> None:
    text = "Activists blocked a tanker carrying gas to Europe."
    i = text.index("Europe")
    region = Place("Europe", i, i + 6, resolved=True, name="Europe", feature="region", country_code=None)
    assert not is_event_place(text, region)


def test_eventloc_a_hospital_is_elsewhere_only_for_the_wounded_taken_there() -> None:
    def here(text: str, word: str) -> bool:
        i = text.index(word)
        return is_event_place(text, Place(word, i, i + len(word), resolved=True))

    assert here("Nurses picketed outside the city hospital in Lyon over pay.", "Lyon")
    assert not here("Five were wounded and taken to a hospital in Lyon.", "Lyon")
    assert here("Gunmen ambushed a truck a few kilometres from Lyon.", "Lyon")
    assert not here("Troops who came from Lyon attacked the village.", "Lyon")
    assert here("Residents of Lyon protested against the closure.", "Lyon")
    assert not here("Herders were killed near the border with Lyon.", "Lyon")
    assert not here("The airliner, en route to Lyon, was shot down.", "Lyon")


def test_geocoder_the_village_of_x_is_no_district_of_the_name_abroad() -> None:
    geo = _geo(row(1, "Congo", -2.9, 23.6, "CD", None, 90_000_000, "country"),
               row(2, "Kavuma", -3.5, 30.1, "BI", "Ruyigi", 20_000, "admin2"),
               row(3, "Uvira", -3.4, 29.1, "CD", "South Kivu", 200_000))
    text = "Militias clashed near Uvira in eastern Congo, fighting for the village of Kavuma."
    kavuma = [p for p in geo.geoparse(text) if p.surface == "Kavuma"]
    assert not kavuma or kavuma[0].country_code != "BI"


def test_eventloc_event_country_from_the_towns_when_only_country_names_make_the_focus() -> None:
    town = _town("Smallton", 50, "SY", "Idlib", 20_000)
    got = event_country(None, [town], "RU")
    assert got.code == "SY" and got.source == "places"
    assert event_country(None, [town], "SY").source == "focus"
    assert event_country(None, [], "RU").code == "RU"  # no town: the focus stands


def test_detect_a_common_word_naming_an_institution_is_no_place() -> None:
    known = {"Supreme", "Economy", "Lyon"}
    text = "Crowds condemned the Supreme Court's ruling outside the Ministry of Economy in Lyon."
    assert [m.surface for m in detect(text, known.__contains__)] == ["Lyon"]


def test_geocoder_a_gate_named_after_a_city_elsewhere_is_not_that_city() -> None:
    geo = _geo(row(1, "Jerusalem", 31.77, 35.23, "PS", "West Bank", 800_000),
               row(2, "Damascus", 33.51, 36.29, "SY", "Damascus", 1_700_000))
    text = "Youths threw stones at police near the Damascus Gate in Jerusalem."
    assert all(p.country_code != "SY" for p in geo.geoparse(text) if p.resolved)


def test_eventloc_a_protest_downtown_for_a_conflict_elsewhere_is_where_it_is_held() -> None:
    text = "Students rallied in central Lyon on Saturday to raise awareness of the hunger in the Tigray region."
    i = text.index("Tigray")
    assert not is_event_place(text, Place("Tigray", i, i + 6, resolved=True))


def test_geocoder_a_misspelt_city_of_millions_after_in_resolves_without_context() -> None:
    geo = _geo(row(1, "Kinshasa", -4.32, 15.31, "CD", "Kinshasa", 16_000_000))
    got = [p for p in geo.geoparse("Seven people were killed in Kinshasha after a crackdown.") if p.resolved]
    assert [p.country_code for p in got] == ["CD"]


def test_detect_a_town_before_a_building_is_not_the_head_of_an_unknown_name() -> None:
    mentions = detect("A student at Ambo University said five people were killed.", {"Ambo"}.__contains__)
    assert [m.surface for m in mentions] == ["Ambo"] and not mentions[0].head


def test_detect_a_name_after_another_name_and_de_is_the_tail_of_a_longer_name() -> None:
    known = {"Alaska", "Goma"}
    mentions = detect("Workers blocked the road at Cumbre de Alaska. Police patrolled the Ville de Goma.",
                      known.__contains__)
    tails = {m.surface: m.tail for m in mentions}
    assert tails == {"Alaska": True, "Goma": False}


def test_geocoder_a_town_bracketed_with_its_own_city_name_stays_that_city() -> None:
    geo = _geo(row(1, "Male", 4.17, 73.51, "MV", "Male", 103_000),
               row(2, "Maldives", 3.2, 73.2, "MV", None, 500_000, "country"),
               row(3, "El Malah", 35.4, -1.1, "DZ", "Ain Temouchent", 20_000, aliases=("Male",)),
               row(4, "Male", 35.4, -1.1, "DZ", "Ain Temouchent", 20_000, "admin2"))
    text = "Opposition supporters rallied in Male (Male City) over foreign soldiers stationed in the Maldives."
    assert {p.country_code for p in geo.geoparse(text) if p.resolved} == {"MV"}
