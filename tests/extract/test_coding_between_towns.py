"""A stretch between two towns told without a road word ("a landmine between X and Y") is one place near the first
town (coding._road_ends, as the road between them); synthetic texts."""

from __future__ import annotations

from eventcoder.api import extract_text


def test_coding_between_two_towns_is_one_place_near_the_first() -> None:
    # synthetic: a vehicle on a landmine between two towns
    evs = extract_text("Four soldiers were killed on Wednesday when their vehicle struck a landmine between Gao and "
                       "Ansongo, the army said.", published="2024-05-10").events
    assert [(e.location, e.geo_precision, e.fatalities) for e in evs] == [("Gao", 2, 4)]


def test_coding_between_two_provinces_stays_two_places() -> None:
    # synthetic: a region pair is no stretch of road
    evs = extract_text("Militants attacked army posts on Wednesday in Gao and Mopti regions, killing four soldiers in "
                       "each, the army said.", published="2024-05-10").events
    assert len(evs) == 2


def test_coding_between_two_towns_the_end_told_with_its_units_is_the_place() -> None:
    # synthetic: "between X and Y (Y district, Z region)": the end the report locates is the place
    evs = extract_text("On 3 May 2024, about 200 workers gathered on the coast road, between Gao and Ansongo (Ansongo, "
                       "Gao) to protest over unpaid wages.", published="2024-05-10").events
    assert [e.location for e in evs] == ["Ansongo"]
