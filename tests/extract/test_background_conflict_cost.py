"""The cost of a conflict so far, told in the perfect tense ("the fighting has come at a heavy cost, with 300 fighters
killed", "the insurgency has taken a heavy toll"), is many incidents' dead told together: background, never the toll
of the report's event (extract/background.py `_COST`). One act's toll told so ("the ambush has taken a heavy toll
on the unit") stays the act's. Every text was written for this test (synthetic)."""

from __future__ import annotations

import pytest

from eventcoder.api import extract_text

pytestmark = pytest.mark.slow


def _tolls(text: str) -> list[tuple[str | None, int | None]]:
    return [(e.location, e.fatalities) for e in extract_text(text, published="2024-01-23").events]


def test_a_wars_cost_with_its_dead_is_no_toll_of_the_days_strike() -> None:
    text = ("An army drone struck a truck near Kafr Nabl on Monday, killing two fighters of the rebel group, a monitor "
            "said. The rebels had used the road to bring in supplies.\n\n"
            "The fighting along the front line has come at a heavy cost, with around 300 rebel fighters and at least "
            "40 civilians killed, as well as a dozen soldiers.")
    assert _tolls(text) == [("Kafranbel", 2)]


def test_an_insurgency_that_has_taken_a_toll() -> None:
    text = ("Gunmen killed three soldiers at a checkpoint near Djibo on Monday, officials said. Troops later combed "
            "the area.\n\nThe insurgency has taken a heavy toll, with more than 200 soldiers killed, according to an "
            "official count.")
    assert _tolls(text) == [("Djibo", 3)]


def test_one_acts_cost_is_no_conflicts() -> None:
    from eventcoder.extract.background import _COST, _ONE_ACT_SUBJECT

    assert _COST.search("The war has so far come at a high price")
    assert _COST.search("The bombing came at a heavy cost") is None  # past tense: one act's
    assert _ONE_ACT_SUBJECT.match("The ambush has taken a heavy toll on the unit")
