"""Names that are people, namesakes abroad under another name, and a bare name written whole elsewhere.

All texts and places here are synthetic (invented names; the countries are real codes).
"""

from __future__ import annotations

from geo_testdata import row

from eventcoder.geo import Geocoder
from eventcoder.geo.gazetteer import MemoryGazetteer


def _geo(*rows: object) -> Geocoder:
    return Geocoder(MemoryGazetteer.from_rows(list(rows)))  # type: ignore[arg-type]


def _names(geo: Geocoder, text: str) -> list[tuple[str, str | None]]:
    return [(p.surface, p.country_code) for p in geo.geoparse(text) if p.resolved]


BASE = (
    row(1, "Mexico", 23.0, -102.0, "MX", None, 120_000_000, "country"),
    row(2, "Panama", 9.0, -80.0, "PA", None, 4_000_000, "country"),
    row(10, "Vallecito", 24.8, -107.4, "MX", "Sinaloa", 800_000),
    row(11, "Sinaloa", 25.0, -107.5, "MX", "Sinaloa", 3_000_000, "admin1"),
    row(12, "Ferrandez", 8.5, -80.6, "PA", "Cocle", 300),  # a hamlet abroad named like a surname
    row(13, "Orlanda", 9.1, -80.1, "PA", "Cocle", 400),  # and one named like a given name
    row(14, "El Topo", 19.0, -96.5, "MX", "Veracruz", 600),  # and one named like a nickname
)


def test_persons_surname_after_a_given_name_is_not_a_place_elsewhere() -> None:
    geo = _geo(*BASE)
    text = ("Soldiers detained Orlanda Ferrandez Ruiz in Vallecito, Sinaloa. Heavy gunfire forced them to release "
            "Ferrandez. The older Ferrandez is in prison.")
    assert _names(geo, text) == [("Vallecito", "MX"), ("Sinaloa", "MX")]
    # the full name may come after the surname alone: one sense per report
    later = "Gunmen freed Ferrandez in a raid on Vallecito. Orlanda Ferrandez had been held for a week."
    assert ("Ferrandez", "PA") not in _names(geo, later)


def test_persons_a_place_after_in_is_still_a_place() -> None:
    geo = _geo(*BASE)
    text = "Police questioned Marco Ferrandez. Protesters later gathered in Ferrandez, Panama."
    assert ("Ferrandez", "PA") in _names(geo, text)


def test_persons_quoted_nickname_is_not_a_place() -> None:
    geo = _geo(*BASE)
    text = 'Orlanda "El Topo" Ferrandez runs a gang in Vallecito. El Topo ordered the attack, police said.'
    assert _names(geo, text) == [("Vallecito", "MX")]
    no_given = 'A son of "El Topo" Ferrandez was seen in Vallecito. El Topo is in hiding.'
    assert _names(geo, no_given) == [("Vallecito", "MX")]


def test_persons_a_place_name_before_a_word_is_not_a_given_name() -> None:
    rows = (*BASE, row(20, "Ras Marun", 33.0, 36.0, "LB", "Bekaa", 0),
            row(21, "Marun", 33.1, 36.1, "LB", "Bekaa", 20_000), row(22, "Lebanon", 33.9, 35.9, "LB", None,
                                                                     6_000_000, "country"))
    geo = _geo(*rows)
    # "Ras" begins place names: "Marun" after it is a place, and so is the bare "Marun" later
    assert ("Marun", "LB") in _names(geo, "Shells fell on Ras Tafiq in Lebanon. Marun was hit the next day.")


def test_namesake_abroad_under_another_name_loses_to_the_reports_country() -> None:
    rows = (row(1, "Bangladesh", 24.0, 90.0, "BD", None, 160_000_000, "country"),
            row(2, "Iran", 32.0, 53.0, "IR", None, 85_000_000, "country"),
            row(10, "Dhaka", 23.7, 90.4, "BD", "Dhaka", 10_000_000),
            row(11, "Tabas", 33.6, 56.9, "IR", "Yazd", 50_000, alts=("Gulmarg",)))  # another name of an Iranian town
    geo = _geo(*rows)
    text = "Gunmen stormed a cafe in Gulmarg. Officers of the Dhaka Metropolitan Police surrounded the building."
    assert ("Gulmarg", "IR") not in _names(geo, text)
    # with nothing else in the report, the other name still resolves
    assert _names(geo, "Gunmen stormed a cafe in Gulmarg.") == [("Gulmarg", "IR")]


def test_a_bare_name_is_read_where_the_report_writes_it_whole() -> None:
    rows = (row(1, "Israel", 31.5, 34.9, "IL", None, 9_000_000, "country"),
            row(2, "Palestine", 31.9, 35.2, "PS", None, 5_000_000, "country"),
            row(10, "Qadira", 31.5, 34.46, "PS", "Qadira Strip", 400_000, alts=("Qadira City",)),
            row(11, "Qadira", 31.8, 34.65, "IL", "Southern District", 0, "admin2"))
    geo = _geo(*rows)
    text = ("Israel and militants in Qadira City agreed a truce. Israel said the truce in Qadira would hold. "
            "Israel and Israel's allies welcomed it.")
    assert [cc for s, cc in _names(geo, text) if s == "Qadira"] == ["PS"]


def test_a_province_is_not_its_namesake_district_by_its_own_name() -> None:
    rows = (row(1, "Mexico", 23.0, -102.0, "MX", None, 120_000_000, "country"),
            row(10, "Norvala", 24.8, -107.4, "MX", "Norvala", 2_500_000, "admin1"),
            row(11, "Capitolio", 24.8, -107.4, "MX", "Norvala", 800_000),
            row(12, "Norvala", 25.8, -108.4, "MX", "Norvala", 9_000, "admin2"))  # a municipality 150 km away
    geo = _geo(*rows)
    places = geo.geoparse("Gunmen clashed with soldiers in Norvala, Mexico.")
    assert [(p.surface, p.feature) for p in places if p.surface == "Norvala"] == [("Norvala", "admin1")]
    written = geo.geoparse("Gunmen clashed with soldiers in Norvala district, Mexico.")
    assert [p.feature for p in written if p.surface == "Norvala"] == ["admin2"]


TWINS = (
    row(1, "Spain", 40.0, -4.0, "ES", None, 47_000_000, "country"),
    row(2, "United States", 39.8, -98.5, "US", None, 330_000_000, "country"),
    row(3, "Brazil", -10.0, -55.0, "BR", None, 210_000_000, "country"),
    row(10, "Velamar", 39.9, -4.0, "ES", "Meseta", 85_000),
    row(11, "Velamar", 41.6, -83.5, "US", "Ohio", 260_000),  # a namesake three times as large: too close to call
    row(20, "Carvela", 39.5, -6.4, "ES", "Meseta", 96_000),
    row(21, "Carvela", 39.8, -6.1, "ES", "Meseta", 390_000, "admin2"),  # the town is the seat of its province
    row(22, "Carvela", -16.1, -57.7, "BR", "Mato Grosso", 91_000),
    row(30, "Grandville", 48.0, 2.0, "ES", "Meseta", 2_000_000),
    row(31, "Grandville", 41.0, -80.0, "US", "Ohio", 90_000),  # a great city's name is not in doubt
)


def test_a_lone_name_of_two_like_towns_in_two_countries_is_left_unresolved() -> None:
    geo = _geo(*TWINS)
    assert [p.resolved for p in geo.geoparse("Workers protested in Velamar on Monday.")] == [False]
    # the seat of a province of the name outranks a namesake of the same size abroad
    assert _names(geo, "Workers protested in Carvela on Monday.") == [("Carvela", "ES")]
    assert _names(geo, "Workers protested in Grandville on Monday.") == [("Grandville", "ES")]
    # a type word or a bracket says more than a bare name: the ordinary score decides there
    assert [p.resolved for p in geo.geoparse("Workers protested in Velamar city on Monday.")] == [True]
    # a country in the report decides
    assert _names(geo, "Workers protested in Velamar, Spain, on Monday.")[0] == ("Velamar", "ES")


def test_actors_at_home_elsewhere_leave_a_small_namesake_abroad_unresolved() -> None:
    rows = (row(1, "China", 35.0, 103.0, "CN", None, 1_400_000_000, "country"),
            row(10, "Hanmok", 26.0, 117.0, "CN", "Fujian", 2_000))  # a Chinese village named like a Korean county
    geo = _geo(*rows)
    text = "Striking KCTU truckers picketed the cement plant (Sori-ri, Hanmok)."
    assert ("Hanmok", "CN") not in _names(geo, text)


def test_a_district_that_only_another_name_of_a_town_abroad_matches_is_unresolved() -> None:
    rows = (row(1, "Sudan", 15.0, 30.0, "SD", None, 45_000_000, "country"),
            row(10, "Baarah", 13.7, 30.4, "SD", "North Kordofan", 17_000, alts=("Barra",)))
    geo = _geo(*rows)
    assert ("Barra", "SD") not in _names(geo, "Farmers rallied in Kalpur city (Barra district).")


def test_a_distance_from_a_town_places_the_event_near_it() -> None:
    from eventcoder.geo import event_places

    rows = (row(1, "Nigeria", 9.0, 8.0, "NG", None, 200_000_000, "country"),
            row(10, "Borgu", 11.8, 13.1, "NG", "Borno", 800_000),
            row(11, "Dalwa", 11.9, 13.0, "NG", "Borno", 3_000))
    geo = _geo(*rows)
    text = "Militants killed five people in Dalwa village, 20 kilometres from Borgu."
    assert [(p.surface, p.geo_precision) for p in event_places(text, geo.geoparse(text))] == [("Dalwa", 1), ("Borgu", 2)]
    for far in ("Soldiers were ambushed 40km from Borgu.", "Soldiers were ambushed about 40 km away from Borgu."):
        assert [(p.surface, p.geo_precision) for p in event_places(far, geo.geoparse(far))] == [("Borgu", 2)]
    assert event_places("Families moved away from Borgu.", geo.geoparse("Families moved away from Borgu.")) == []


def test_the_addressee_of_told_written_as_given_name_and_surname_is_a_person() -> None:
    """Synthetic: "a commander told Radiox's Qaradin Hussein" names a reporter whose given name is also a town; the
    town is no place of the report. Negatives: the same word after "in", with a type word, or without a surname."""
    from geo_testdata import row

    from eventcoder.geo import Geocoder
    from eventcoder.geo.gazetteer import MemoryGazetteer

    geo = Geocoder(MemoryGazetteer.from_rows([
        row(1, "Iraq", 33.0, 44.0, "IQ", None, 40_000_000, "country"),
        row(2, "Khanaqin", 34.35, 45.39, "IQ", "Diyala", 175_000),
        row(3, "Qaradin", 36.62, 44.52, "IQ", "Erbil", 60_000),
    ]))

    def names(text: str) -> set[str]:
        return {p.surface for p in geo.geoparse(text) if p.resolved}

    assert "Qaradin" not in names("A bomb hit a car near Khanaqin in Iraq, a commander told Radiox's Qaradin Hussein.")
    assert "Qaradin" not in names("A bomb hit a car near Khanaqin in Iraq, a commander told Qaradin Hussein.")
    assert "Qaradin" in names("A bomb hit a car in Qaradin in Iraq, a commander told Radiox's Hemin Hussein.")

    from eventcoder.geo.detect import detect
    from eventcoder.geo.geocoder import _addressee

    def told(text: str) -> bool:
        m = next(m for m in detect(text, lambda s: s.lower() == "qaradin") if m.surface.startswith("Qaradin"))
        return _addressee(text, m)

    assert told("a commander told Radiox's Qaradin Hussein.")
    assert not told("a commander told Qaradin District officials.")  # negative: a type word, not a surname
    assert not told("a commander told Qaradin's residents.")  # negative: no surname
    assert not told("a commander said Qaradin Hussein was hit.")  # negative: not the addressee of "told"
