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


def test_coding_between_towns_a_province_alone_in_brackets_locates_the_road() -> None:
    # synthetic: the brackets after the second end hold only the province, not that town's own units: the first end
    # stays the place
    evs = extract_text("Bandits attacked travellers between Funtua and Dandume (Katsina) on Monday, killing four.",
                       published="2024-05-10").events
    assert [(e.location, e.fatalities) for e in evs] == [("Funtua", 4)]


def test_coding_between_two_peoples_is_no_stretch() -> None:
    # synthetic: "between X and Y youths" tells two communities, not the two ends of a road
    from types import SimpleNamespace
    from typing import cast

    from eventcoder.extract.coding import _between_towns
    from eventcoder.model import Place

    text = "Clashes between Jos and Bukuru youths left five dead."
    first = cast(Place, SimpleNamespace(feature="PPL", start=16, end=19))
    second = cast(Place, SimpleNamespace(feature="PPL", start=24, end=30))
    assert text[16:19] == "Jos" and text[24:30] == "Bukuru"
    assert not _between_towns(text, first, second, 0)
    road = "A bus hit a landmine between Jos and Bukuru on Monday."
    assert _between_towns(road, cast(Place, SimpleNamespace(feature="PPL", start=29, end=32)),
                          cast(Place, SimpleNamespace(feature="PPL", start=37, end=43)), 0)
