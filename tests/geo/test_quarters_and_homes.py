"""Synthetic sentences: a city quarter the index lacks is coded to its city; the victims' village written after
"from" is the event's place when the sentence names no other; a destination is not an event place."""

from __future__ import annotations

from geo_testdata import row

from eventcoder.geo.eventloc import is_event_place
from eventcoder.geo.quarters import one_place_per_pair, quarters_to_cities
from eventcoder.model import Place


def _city(text: str, word: str, cc: str = "NG") -> Place:
    i = text.index(word)
    return Place(word, i, i + len(word), resolved=True, name=word, geonameid=1, country_code=cc, feature="city",
                 admin1="A1", latitude=1.0, longitude=2.0, geo_precision=1)


def _unknown(text: str, word: str) -> Place:
    i = text.index(word)
    return Place(word, i, i + len(word), resolved=False)


def test_a_quarter_of_a_city_is_coded_to_the_city_at_precision_two() -> None:
    text = "Gunmen shot two traders in the Qarbato area of Velmora on Monday."
    got = quarters_to_cities(text, [_unknown(text, "Qarbato"), _city(text, "Velmora")])
    assert [(p.surface, p.name, p.geo_precision, p.resolved) for p in got] == [
        ("Qarbato", "Velmora", 2, True), ("Velmora", "Velmora", 2, True)]


def test_a_quarter_written_after_its_city_with_a_possessive() -> None:
    text = "Gunmen shot two traders in Velmora's Qarbato neighbourhood."
    got = quarters_to_cities(text, [_city(text, "Velmora"), _unknown(text, "Qarbato")])
    assert got[1].name == "Velmora" and got[1].geo_precision == 2


def test_a_lone_quarter_takes_the_dateline_city_of_the_same_country_only() -> None:
    text = "VELMORA, Nigeria - Police clashed with youths in the Qarbato neighbourhood."
    places = [_city(text, "VELMORA"), _unknown(text, "Qarbato")]
    assert quarters_to_cities(text, places, dateline=(0, 18), country="NG")[1].name == "VELMORA"
    assert not quarters_to_cities(text, places, dateline=(0, 18), country="GH")[1].resolved  # never across a border


def test_a_lone_district_is_not_a_quarter_of_the_dateline_city() -> None:
    text = "VELMORA, Nigeria - Gunmen killed four people in Qarbato district."
    places = [_city(text, "VELMORA"), _unknown(text, "Qarbato")]
    assert not quarters_to_cities(text, places, dateline=(0, 18), country="NG")[1].resolved


def _here(text: str, word: str) -> bool:
    i = text.index(word)
    return is_event_place(text, Place(word, i, i + len(word), resolved=True, feature="city"))


def test_victims_village_after_from_is_the_scene_when_no_other_place_is_named() -> None:
    assert _here("Gunmen killed three farmers from the village of Qarbato on Sunday.", "Qarbato")
    assert _here("Bandits abducted a child from Qarbato town overnight.", "Qarbato")


def test_victims_home_is_not_the_scene_when_the_sentence_places_the_attack() -> None:
    assert not _here("Gunmen killed three farmers from the village of Qarbato in Velmora on Sunday.", "Qarbato")
    assert not _here("Gunmen killed a trader from Qarbato on Sunday.", "Qarbato")  # no type word: maybe a home


def test_a_destination_of_a_return_or_deportation_is_not_an_event_place() -> None:
    assert not _here("Protesters in Velmora demanded the right to return to Qarbato.", "Qarbato")
    assert not _here("Migrants held in Velmora face deportation to Qarbato.", "Qarbato")


def test_a_town_written_after_its_department_is_the_one_inside_it() -> None:
    from eventcoder.geo import Geocoder
    from eventcoder.geo.gazetteer import MemoryGazetteer

    geo = Geocoder(MemoryGazetteer.from_rows([
        row(901, "El Salvador", 13.7, -88.9, "SV", None, 6_000_000, "country"),
        row(902, "Velmora", 14.0, -89.6, "SV", "Velmora", 500_000, "admin1"),
        row(903, "Velmora", 14.0, -89.56, "SV", "Velmora", 40_000),
        row(904, "Velmora", 33.7, -117.9, "US", "California", 330_000),
    ]))
    text = "Police arrested 20 men in Velmora department, Velmora, on Monday."
    town = [p for p in geo.geoparse(text) if p.feature == "city"]
    assert [(p.country_code, p.admin1) for p in town] == [("SV", "Velmora")]


def _town(text: str, word: str, lat: float, lon: float, pop: int, gid: int) -> Place:
    i = text.index(word)
    return Place(word, i, i + len(word), resolved=True, name=word, geonameid=gid, country_code="NG", feature="city",
                 latitude=lat, longitude=lon, population=pop, geo_precision=1)


def test_a_city_and_its_part_written_with_a_dash_or_slash_are_one_place() -> None:
    for text in ("Crowds marched in Velmora - Qarbato on Monday.", "Crowds marched in Velmora/Qarbato on Monday.",
                 "Crowds marched in Velmora / Qarbato on Monday."):
        got = one_place_per_pair(text, [_town(text, "Velmora", 10.0, 8.0, 900_000, 1),
                                        _town(text, "Qarbato", 10.05, 8.02, 40_000, 2)])
        assert [(p.surface, p.geonameid) for p in got] == [("Velmora", 2), ("Qarbato", 2)]


def test_two_towns_far_apart_or_hyphenated_stay_two_places() -> None:
    text = "Crowds marched in Velmora - Qarbato on Monday."
    far = one_place_per_pair(text, [_town(text, "Velmora", 10.0, 8.0, 900_000, 1),
                                    _town(text, "Qarbato", 10.5, 8.5, 40_000, 2)])
    assert [p.geonameid for p in far] == [1, 2]
    text = "Crowds marched on the Velmora-Qarbato road on Monday."
    joined = one_place_per_pair(text, [_town(text, "Velmora", 10.0, 8.0, 900_000, 1),
                                       _town(text, "Qarbato", 10.05, 8.02, 40_000, 2)])
    assert [p.geonameid for p in joined] == [1, 2]


def _placed(text: str, word: str, lat: float, lon: float, gid: int, cc: str = "AR") -> Place:
    i = text.index(word)
    return Place(word, i, i + len(word), resolved=True, name=word, geonameid=gid, country_code=cc, feature="city",
                 admin1="A1", latitude=lat, longitude=lon, geo_precision=1)


def test_a_quarter_that_resolved_to_a_far_namesake_is_coded_to_its_city() -> None:
    """Synthetic: "the Y neighbourhood" after "in X", "a park of Y in X", "Y in X": a Y 300 km away is a namesake,
    the quarter is a part of X (precision 2); a Y 10 km away is a town of its own."""
    text = "In Velmora, residents gathered at a school in the Qarbato neighbourhood."
    got = quarters_to_cities(text, [_placed(text, "Velmora", 0.0, 0.0, 1), _placed(text, "Qarbato", 2.7, 0.0, 2)])
    assert (got[1].name, got[1].geo_precision) == ("Velmora", 2)
    text = "Workers gathered at the park of Qarbato in Velmora."
    got = quarters_to_cities(text, [_placed(text, "Qarbato", 2.7, 0.0, 2), _placed(text, "Velmora", 0.0, 0.0, 1)])
    assert got[0].name == "Velmora"
    near = quarters_to_cities(text, [_placed(text, "Qarbato", 0.09, 0.0, 2), _placed(text, "Velmora", 0.0, 0.0, 1)])
    assert near[0].name == "Qarbato"  # a satellite town near the city stays itself
    text = "Villagers fled Qarbato township, Velmora district, to a camp."
    got = quarters_to_cities(text, [_placed(text, "Qarbato", 2.7, 0.0, 2), _placed(text, "Velmora", 0.0, 0.0, 1)])
    assert got[0].name == "Qarbato"  # a township is a unit of its own, not a quarter


def test_a_town_in_a_city_that_bears_its_provinces_name_is_in_the_province() -> None:
    """Synthetic: "Qarbato in Velmora", Velmora the seat of Velmora province and Qarbato a town of that province
    150 km away: the province, not a quarter of the city; "the Qarbato area of Velmora" or "in the city of Velmora"
    still make it a part of the city."""

    def placed(text: str, word: str, lat: float, gid: int) -> Place:
        i = text.index(word)
        return Place(word, i, i + len(word), resolved=True, name=word, geonameid=gid, country_code="SY",
                     feature="city", admin1="Velmora", latitude=lat, longitude=0.0, geo_precision=1)

    text = "Troops deployed from Qarbato in Velmora towards the desert."
    got = quarters_to_cities(text, [placed(text, "Qarbato", 1.35, 2), placed(text, "Velmora", 0.0, 1)])
    assert got[0].name == "Qarbato"
    for text in ("Troops deployed to the Qarbato area of Velmora.", "Troops deployed to Qarbato in the city of Velmora."):
        got = quarters_to_cities(text, [placed(text, "Qarbato", 1.35, 2), placed(text, "Velmora", 0.0, 1)])
        assert got[0].name == "Velmora", text
