"""Where people or a movement came from, the unit that places a victims' village, and a focus country the report
names as where things happen (geo/eventloc.py, extract/coding.py). Every text was written for this test
(synthetic); invented names where the gazetteer is not needed, well-known towns where it is."""

from __future__ import annotations

import pytest

from eventcoder.geo.eventloc import came_from, event_country, is_event_place
from eventcoder.model import Place


def _town(text: str, surface: str, cc: str = "XA", admin1: str = "Northshire", pop: int = 5_000,
          feature: str = "city", nth: int = 0) -> Place:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Place(surface, start, start + len(surface), resolved=True, name=surface, latitude=10.0, longitude=10.0,
                 country_code=cc, admin1=admin1 if feature != "country" else None, feature=feature, population=pop)


@pytest.mark.parametrize("text", [
    "On Monday, supporters rallied as the truckers' convoy departed from Oldvale.",
    "Gunmen beat a trader from Oldvale on Sunday.",
    "Soldiers assaulted a boy from the town of Oldvale.",
])
def test_eventloc_came_from_reads_where_people_or_a_movement_came_from(text: str) -> None:
    p = _town(text, "Oldvale")
    assert not is_event_place(text, p)
    assert came_from(text, p)


@pytest.mark.parametrize("text", [
    "Thousands of families fled from Oldvale after the attack.",
    "The attack took place 20 km from Oldvale.",
    "The army fired shells from its positions in Oldvale.",
    "Police detained 40 migrants from Oldvale at the port.",
    "Rockets were launched from Oldvale towards the border.",
    "A spokesman said from Oldvale that the talks had failed.",
])
def test_eventloc_came_from_is_not_a_flight_a_distance_or_a_launch(text: str) -> None:
    assert not came_from(text, _town(text, "Oldvale"))


def test_eventloc_a_place_written_after_in_is_no_origin() -> None:
    text = "Protesters gathered in Oldvale on Friday."
    assert not came_from(text, _town(text, "Oldvale"))


def test_eventloc_victims_village_placed_by_its_unit_is_the_scene() -> None:
    # the province written right after the village places it: it is no other place of the attack
    text = "Gunmen killed three farmers from Oldvale village in Northshire province on Monday."
    assert is_event_place(text, _town(text, "Oldvale"))
    # a place of its own ("at the market in Newbridge") still says the attack happened elsewhere
    other = "Gunmen killed three farmers from Oldvale village at the market in Newbridge on Monday."
    assert not is_event_place(other, _town(other, "Oldvale"))


def test_eventloc_focus_kept_when_the_report_places_its_events_in_the_focus_country() -> None:
    text = ("Two fighters were killed by a drone in southern Ruritania on Sunday. Another strike hit a car in "
            "southern Ruritania. The group backs its ally in Oldvale.")
    places = [_town(text, "Ruritania", "XA", feature="country", pop=5_000_000),
              _town(text, "Ruritania", "XA", feature="country", pop=5_000_000, nth=1),
              _town(text, "Oldvale", "XB", admin1="Eastmark")]
    assert event_country(None, places, "XA", text=text).code == "XA"
    # the focus named once, as an actor, does not outvote the towns the report places its events in
    actor = "Ruritania accused rebels of the strike on Oldvale and on Newbridge."
    ps = [_town(actor, "Ruritania", "XA", feature="country", pop=5_000_000),
          _town(actor, "Oldvale", "XB", admin1="Eastmark"), _town(actor, "Newbridge", "XB", admin1="Eastmark")]
    assert event_country(None, ps, "XA", text=actor).code == "XB"


@pytest.mark.slow
def test_coding_origin_is_the_place_when_the_incident_names_no_other() -> None:
    from eventcoder.api import extract_text

    alone = extract_text("On 3 May 2022, a convoy of truckers protesting fuel prices departed from Tucson (Arizona) "
                         "and drove north.", published="2022-05-04").events
    assert [(e.location, e.geo_precision) for e in alone] == [("Tucson", 2)], alone
    # a place of its own: the origin is not where the protest was
    both = extract_text("On 3 May 2022, truckers from Tucson protested fuel prices in Phoenix (Arizona).",
                        published="2022-05-04").events
    assert [e.location for e in both] == ["Phoenix"], both


def test_geocoder_a_small_unit_holding_the_town_before_it_beats_a_large_namesake_abroad() -> None:
    from geo_testdata import row

    from eventcoder.geo import Geocoder
    from eventcoder.geo.gazetteer import MemoryGazetteer

    geo = Geocoder(MemoryGazetteer.from_rows([
        row(1, "Norland", 12.0, -2.0, "AA", None, 20_000_000, "country"),
        row(2, "Sudria", 7.0, -5.0, "BB", None, 25_000_000, "country"),
        row(10, "Westmark", 7.0, -3.5, "BB", "Westmark", 1_700_000, "admin1"),  # the large region abroad
        row(11, "Province de la Westmark", 10.6, -4.8, "AA", "Falls", 0, "admin2", alts=("Westmark",)),
        row(12, "Orvillon", 10.6, -4.75, "AA", "Falls", 110_000),
    ]))
    places = geo.geoparse("Gunmen abducted a man in Orvillon (Westmark).")
    got = {p.surface: (p.country_code, p.admin1) for p in places if p.resolved}
    assert got == {"Orvillon": ("AA", "Falls"), "Westmark": ("AA", "Falls")}, got


def test_geocoder_a_town_in_a_unit_written_with_its_type_word_is_no_namesake_elsewhere() -> None:
    from geo_testdata import row

    from eventcoder.geo import Geocoder
    from eventcoder.geo.gazetteer import MemoryGazetteer

    geo = Geocoder(MemoryGazetteer.from_rows([
        row(1, "Norland", 12.0, -2.0, "AA", None, 20_000_000, "country"),
        row(10, "Coastmark", 16.0, 96.0, "AA", "Coastmark", 900_000, "admin1"),
        row(11, "Hillmark", 20.0, 93.0, "AA", "Hillmark", 700_000, "admin1"),
        row(12, "Tavrin", 16.8, 96.1, "AA", "Coastmark", 4_000),  # a namesake in another province, far away
    ]))
    typed = {p.surface: p.country_code and p.admin1 for p in geo.geoparse("Rebels captured Tavrin in Hillmark State.")
             if p.resolved}
    assert typed == {"Hillmark": "Hillmark"}, typed  # the event stays at the province the text names
    bare = {p.surface: p.admin1 for p in geo.geoparse("Rebels captured Tavrin in Coastmark State.") if p.resolved}
    assert bare == {"Tavrin": "Coastmark", "Coastmark": "Coastmark"}, bare


def test_detect_a_square_word_before_its_name_is_no_place() -> None:
    from eventcoder.geo.detect import detect

    known = {"Place", "Plaza", "Norville"}
    text = "The march began at the Place de la Liberte in Norville and ended at Plaza Mayor."
    assert [m.surface for m in detect(text, known.__contains__)] == ["Norville"]


def test_detect_a_numbered_operations_name_is_no_place() -> None:
    from eventcoder.geo.detect import detect

    known = {"Oldvale", "Norville", "Westby"}
    text = "Gendarmes destroyed shelters during the Oldvale-23 security operations in Norville."
    assert [m.surface for m in detect(text, known.__contains__)] == ["Norville"]
    ward = "A clash broke out in Westby-10 on Friday."  # a ward number glued to a town stays the town
    assert [m.surface for m in detect(ward, known.__contains__)] == ["Westby"]


def test_quarters_an_abbreviations_point_ends_no_sentence() -> None:
    """Synthetic: "school no. 5 in the Y neighbourhood" after "in X": the city written before "no." still holds the
    quarter (a Y 300 km away is a namesake)."""
    from eventcoder.geo.quarters import quarters_to_cities

    text = "In Velmora, parents gathered at school no. 5 in the Qarbato neighbourhood."
    places = []
    for word, lat, gid in (("Velmora", 0.0, 1), ("Qarbato", 2.7, 2)):
        i = text.index(word)
        places.append(Place(word, i, i + len(word), resolved=True, name=word, geonameid=gid, country_code="AR",
                            feature="city", admin1="A1", latitude=lat, longitude=0.0, geo_precision=1))
    got = quarters_to_cities(text, places)
    assert (got[1].name, got[1].geo_precision) == ("Velmora", 2)
