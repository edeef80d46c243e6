"""The ends of a road named "between X and Y" (twenty-fourth round, extract/sites.py): the towns name the road, so
they are no place coding lends to an incident told without one; the scene the report puts in a unit is. Every text
was written for this test (synthetic)."""

from __future__ import annotations

import pytest

from eventcoder.api import extract_text
from eventcoder.extract.sites import told_as_journey
from eventcoder.model import Place

pytestmark = pytest.mark.slow


def _place(text: str, name: str) -> Place:
    start = text.index(name)
    return Place(surface=name, start=start, end=start + len(name), resolved=True, name=name)


@pytest.mark.parametrize("name", ["Tlaxiaco", "Juxtlahuaca", "Huajuapan"])
def test_every_end_of_a_road_between_towns_is_told_as_the_roads(name: str) -> None:
    text = "Villagers blocked the highway between Tlaxiaco to Juxtlahuaca and Huajuapan on Monday."  # synthetic
    assert told_as_journey(text, _place(text, name), 0)


def test_a_town_the_crowd_is_in_is_not_a_road_end() -> None:
    text = "Villagers in Tlaxiaco blocked the highway on Monday."  # synthetic
    assert not told_as_journey(text, _place(text, "Tlaxiaco"), 0)


def test_an_unplaced_clash_borrows_the_scene_not_a_road_end() -> None:
    # synthetic: the blockade's sentence is a plan (no event); the clash told after it takes the scene the report put
    # in a unit, not the last town the road leads to
    text = ("On 3 July 2023, in Santa Rita, Oaxaca, residents of Zimatlan blocked the highway between Tlaxiaco to "
            "Juxtlahuaca and Huajuapan to demand a vote that is planned for August. Police officers fired tear gas "
            "at the crowd.")
    events = extract_text(text, published="2023-07-04").events
    assert events and all((e.location or "").startswith("Santa Rita") for e in events), [e.location for e in events]
