"""Issue 16's patterns on synthetic sentences written for these tests (not development text).

A small fake gazetteer with real-world-like homonyms: the country comes from the place, not the actor;
homonyms across countries and neighbours are told apart by context; a place the text puts inside a
province is looked for there; what stays ambiguous is left unresolved rather than guessed abroad.
"""

from __future__ import annotations

import pytest
from geo_testdata import row

from eventcoder.geo import Geocoder
from eventcoder.geo.eventloc import event_country
from eventcoder.geo.gazetteer import MemoryGazetteer
from eventcoder.geo.index import ALTERNATE, PRIMARY, PlaceRow
from eventcoder.model import Place

PLACES = [
    row(101, "Iraq", 33.0, 44.0, "IQ", None, 40_000_000, "country"),
    row(102, "Turkey", 39.0, 35.0, "TR", None, 85_000_000, "country"),
    row(103, "Dihok", 36.867, 42.988, "IQ", "Duhok", 340_000, alts=("Duhok", "Dohuk")),
    row(104, "Al Amadiyah", 37.092, 43.487, "IQ", "Duhok", 0, alts=("Amadiya", "Al Amadiya")),
    row(105, "Georgia", 42.0, 43.5, "GE", None, 3_700_000, "country"),
    row(106, "Georgia", 33.0, -83.5, "US", "Georgia", 10_000_000, "admin1"),
    row(107, "Athens", 33.961, -83.378, "US", "Georgia", 127_000),
    row(108, "Athens", 37.984, 23.728, "GR", "Attica", 664_000),
    row(109, "Nigeria", 9.0, 8.0, "NG", None, 200_000_000, "country"),
    row(110, "Niger", 17.0, 9.0, "NE", None, 24_000_000, "country"),
    row(111, "Niger", 9.9, 5.6, "NG", "Niger", 5_500_000, "admin1", alts=("Niger State",)),
    row(112, "Minna", 9.614, 6.557, "NG", "Niger", 300_000),
    row(113, "Niamey", 13.513, 2.112, "NE", "Niamey", 1_000_000),
    row(114, "Misiones", -27.0, -55.0, "AR", "Misiones", 1_100_000, "admin1"),
    row(115, "Misiones", -26.9, -57.0, "PY", "Misiones", 120_000, "admin1"),
    row(116, "Ayolas", -27.384, -56.84, "PY", "Misiones", 12_000),
    row(117, "Paraguay", -23.0, -58.0, "PY", None, 7_000_000, "country"),
    row(118, "Argentina", -34.0, -64.0, "AR", None, 45_000_000, "country"),
    row(119, "Donetsk", 48.0, 37.8, "UA", "Donetsk", 4_000_000, "admin1"),
    row(120, "Donetsk", 48.023, 37.802, "UA", "Donetsk", 900_000),
    row(121, "Lypove", 49.9, 33.6, "UA", "Poltava", 900),
    row(122, "Ukraine", 49.0, 32.0, "UA", None, 41_000_000, "country"),
    row(123, "Harim", 36.207, 36.519, "SY", "Idlib", 20_000, alts=("Harem",)),
    row(124, "Harem", 62.6, 6.2, "NO", "More og Romsdal", 9_000),
    row(140, "Duhok", 36.9, 43.0, "IQ", "Duhok", 1_200_000, "admin1", alts=("Dahuk",)),
    row(125, "Idlib", 35.93, 36.63, "SY", "Idlib", 900_000, "admin1"),
    row(126, "Idlib", 35.931, 36.634, "SY", "Idlib", 128_000),
    row(127, "Syria", 35.0, 38.0, "SY", None, 17_000_000, "country"),
    row(128, "Kiruna", 67.856, 20.225, "SE", "Norrbotten", 17_000),
    row(129, "Shan", 21.5, 98.0, "MM", "Shan", 6_000_000, "admin1"),
    row(130, "East", 4.0, 14.0, "CM", "East", 800_000, "admin1"),
    row(131, "Gaza", 31.5, 34.47, "PS", "Gaza Strip", 590_000),
    row(132, "Israel", 31.5, 34.9, "IL", None, 9_000_000, "country"),
    row(133, "Palestine", 31.9, 35.2, "PS", None, 5_000_000, "country"),
    row(134, "Kathmandu", 27.717, 85.324, "NP", "Bagmati", 1_400_000),
    row(135, "Nepal", 28.0, 84.0, "NP", None, 30_000_000, "country"),
    row(136, "India", 21.0, 78.0, "IN", None, 1_400_000_000, "country"),
    row(137, "Birgunj", 27.012, 84.878, "NP", "Madhesh", 240_000),
    PlaceRow(138, "Mu-se", 23.98, 97.9, "MM", "Shan", None, "city", 165_000, [("Mu-se", PRIMARY), ("Mongyu", ALTERNATE)]),
    row(139, "Muse", 40.4, -79.6, "US", "Pennsylvania", 2_500),
]


@pytest.fixture(scope="module")
def geo() -> Geocoder:
    return Geocoder(MemoryGazetteer.from_rows(list(PLACES)))


def resolved(geo: Geocoder, text: str) -> dict[str, str | None]:
    return {p.surface: p.country_code for p in geo.geoparse(text) if p.resolved}


def test_turkish_strike_near_duhok_is_in_iraq(geo: Geocoder) -> None:
    places, ctx = geo._geoparse("Turkish jets struck hideouts near Al Amadiya, Duhok, on Monday.", [])
    assert {p.surface: p.country_code for p in places if p.resolved} == {"Al Amadiya": "IQ", "Duhok": "IQ"}
    assert ctx.focus == "IQ"  # the demonym is a prior that one place name outweighs


def test_event_country_takes_the_place_never_the_actor() -> None:
    gaza = Place("Gaza", 0, 4, resolved=True, name="Gaza", country="Palestine", country_code="PS", latitude=31.5,
                 longitude=34.47, feature="city", geo_precision=1)
    got = event_country(gaza, [gaza], "IL", actor_countries=["IL"])
    assert (got.code, got.source, got.evidence) == ("PS", "place", gaza)


def test_event_country_falls_back_in_order() -> None:
    assert event_country(None, [], "IQ", actor_countries=["TR"]).source == "focus"
    town = Place("Minna", 0, 5, resolved=True, country_code="NG", feature="city")
    assert event_country(None, [town], None, actor_countries=["NE"]).code == "NG"
    assert event_country(None, [], None, text_country="NP", actor_countries=["IN"]).code == "NP"
    last = event_country(None, [], None, actor_countries=[None, "TR"])
    assert (last.code, last.source) == ("TR", "actor")


def test_athens_georgia_is_the_us_state_and_georgia_alone_the_country(geo: Geocoder) -> None:
    assert resolved(geo, "Students marched through Athens, Georgia, on Saturday.") == {"Athens": "US", "Georgia": "US"}
    assert resolved(geo, "Troops massed on the border with Georgia.")["Georgia"] == "GE"


def test_niger_state_is_nigeria_niger_alone_the_country(geo: Geocoder) -> None:
    assert resolved(geo, "Gunmen attacked a market in Minna, Niger State.") == {"Minna": "NG", "Niger State": "NG"}
    assert resolved(geo, "Protesters gathered in Niamey, Niger.")["Niger"] == "NE"


def test_a_bracketed_province_places_the_town_and_is_the_one_that_holds_it(geo: Geocoder) -> None:
    assert resolved(geo, "On Monday, in Ayolas (Misiones), residents blocked a road.") == {
        "Ayolas": "PY", "Misiones": "PY"}


def test_a_namesake_outside_the_named_province_is_not_guessed(geo: Geocoder) -> None:
    got = {p.surface: (p.country_code, p.admin1, p.feature) for p in geo.geoparse("Artillery hit Lypove, Donetsk.")
           if p.resolved}
    assert "Lypove" not in got  # the only Lypove known lies in another province: left to the province level
    assert got["Donetsk"][0] == "UA"


def test_a_small_syrian_town_beats_its_norwegian_namesake(geo: Geocoder) -> None:
    assert resolved(geo, "Shells fell on Harem and Idlib in northwest Syria.")["Harem"] == "SY"


def test_a_unique_town_after_in_resolves_whatever_the_report_is_about(geo: Geocoder) -> None:
    got = resolved(geo, "About 30 people demonstrated in Kiruna against the war in Ukraine.")
    assert got["Kiruna"] == "SE"


def test_province_parts_and_joined_spellings(geo: Geocoder) -> None:
    places = {p.surface: p for p in geo.geoparse("Fighting was reported in Muse town (Shan-North state).")}
    assert places["Shan-North"].feature == "admin1" and places["Shan-North"].country_code == "MM"
    assert places["Muse"].country_code == "MM"  # "Mu-se" written without its hyphen, in the Shan it names


def test_a_bare_direction_word_is_not_a_province(geo: Geocoder) -> None:
    assert "East" not in resolved(geo, "Villagers blocked the East-West highway near Birgunj in Nepal.")


def test_the_village_of_and_province_patterns(geo: Geocoder) -> None:
    places = {p.surface: p for p in geo.geoparse("Jets struck the village of Harim in Idlib province, Syria.")}
    assert places["Harim"].feature == "city" and places["Harim"].country_code == "SY"
    assert places["Idlib"].feature == "admin1" and places["Idlib"].geo_precision == 3


def test_event_country_skips_a_neighbour_or_destination_named_in_the_text() -> None:
    # synthetic: the only place is the neighbour across the border, or a flight's destination
    text = "Nine traders were killed near the border with Chad."
    chad = Place("Chad", text.index("Chad"), text.index("Chad") + 4, resolved=True, country_code="TD", feature="country")
    assert event_country(None, [chad], None).code == "TD"  # without the text nothing says it is a neighbour
    assert event_country(None, [chad], None, text=text, actor_countries=["NG"]).code == "NG"
    text = "The cargo plane, en route to Lima, was shot down over the valley."
    lima = Place("Lima", text.index("Lima"), text.index("Lima") + 4, resolved=True, country_code="PE", feature="city")
    assert event_country(None, [lima], None, text=text).code is None
    text = "Marchers walked from Tarbes to the prefecture."  # a starting point still says the country
    tarbes = Place("Tarbes", text.index("Tarbes"), text.index("Tarbes") + 6, resolved=True, country_code="FR",
                   feature="city")
    assert event_country(None, [tarbes], None, text=text).code == "FR"
