"""An act at a gathering happens where the gathering is; a place written before a word for people who live or come
from there ("X farmers", "X traders") names the people, not a second site (geo/eventloc.py, extract/sites.py).
Every text was written for this test (synthetic)."""

from __future__ import annotations

import pytest

from eventcoder.geo.eventloc import is_event_place
from eventcoder.model import Place


def _place(text: str, surface: str) -> Place:
    start = text.index(surface)
    return Place(surface, start, start + len(surface), resolved=True, name=surface, latitude=10.0, longitude=10.0,
                 country_code="XA", admin1="Northshire", feature="city", population=20_000)


@pytest.mark.parametrize("text", [
    "Activists interrupted a conference in Oldvale on Monday.",
    "A man set off a smoke grenade during a party meeting in Oldvale.",
    "Protesters picketed the annual summit in Oldvale.",
])
def test_eventloc_an_act_at_a_gathering_happens_where_it_is(text: str) -> None:
    assert is_event_place(text, _place(text, "Oldvale"))


@pytest.mark.parametrize("text", [
    "Troops killed two rebels in the hills, the governor said at a news conference in Oldvale.",
    "Ministers met for talks in Oldvale on the ceasefire.",
])
def test_eventloc_a_speakers_or_a_summits_place_stays_no_event_place(text: str) -> None:
    assert not is_event_place(text, _place(text, "Oldvale"))


@pytest.mark.slow
def test_sites_people_named_after_their_home_are_no_second_site() -> None:
    from eventcoder.api import extract_text

    text = "On Monday, gunmen killed six Kaduna traders in Gusau, Zamfara State."
    got = [e.location for e in extract_text(text, published="2024-05-10").events]
    assert got == ["Gusau"], got
    # the only place named: the people's home is the nearest the text gives
    alone = "On Monday, gunmen killed six Kaduna traders on a road."
    assert [e.location for e in extract_text(alone, published="2024-05-10").events] == ["Kaduna"]
