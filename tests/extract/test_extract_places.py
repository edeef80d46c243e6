"""Where an incident happened (extract/coding.py): a named region of the lead is no event of its own when the
report names the town; an inherited place is the town a province only places; whom a crowd stands in
solidarity with is not where it gathered. Every text was written for this test (synthetic)."""

from __future__ import annotations

import pytest

from eventcoder.api import extract_text

pytestmark = pytest.mark.slow

PUBLISHED = "2024-05-10"


def _places(text: str) -> list[tuple[str | None, int]]:
    return [(e.location, e.fatalities) for e in extract_text(text, published=PUBLISHED).events]


def test_coding_lead_region_adds_no_event_beside_its_towns() -> None:
    text = ("At least 9 people were killed on Tuesday in air strikes in Sudan's Darfur region, aid workers said.\n\n"
            "In Nyala, army warplanes bombed a cattle market, killing nine traders, a local monitor said.\n\n"
            "The army did not comment on the strike.")
    got = _places(text)
    assert "Darfur" not in [loc for loc, _ in got], got
    assert sum(n for _, n in got) == 9


def test_coding_inherited_place_is_the_town_not_its_province() -> None:
    text = ("Gunmen attacked farmers in villages near Gusau, the capital of Nigeria's Zamfara State, on Sunday, "
            "killing seven people, police said.\n\n"
            "On Monday, soldiers clashed with the gunmen as they tried to return, a local official said.")
    got = _places(text)
    assert got and all(loc == "Gusau" for loc, _ in got), got


def test_coding_solidarity_place_is_not_where_the_crowd_marched() -> None:
    text = ("Thousands of students marched through Amman on Friday in solidarity with Gaza, "
            "waving flags and chanting slogans, witnesses said.")
    got = _places(text)
    assert [loc for loc, _ in got] == ["Amman"], got
