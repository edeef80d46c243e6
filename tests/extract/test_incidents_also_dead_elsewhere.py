"""Dead told as others besides those told before ("two other villagers", "also killed two"), at a place and on a day
of their own, are another event (extract/incidents.py `_also_dead`): ACLED codes one event per place and day, so the
words "other" and "also" do not fold such a toll into the first incident, whose day it would take. Every text was
written for this test (synthetic)."""

from __future__ import annotations

import pytest

from eventcoder.api import extract_text

pytestmark = pytest.mark.slow


def _events(text: str) -> list[tuple[str | None, str | None, int | None]]:
    got = extract_text(text, published="2023-03-03").events
    return sorted((e.location, e.event_date, e.fatalities) for e in got)


def test_the_raiders_also_killed_others_elsewhere_on_another_day() -> None:
    text = ("Bandits killed four farmers in Kachia on Sunday, residents said.\n\n"
            "The bandits also killed two villagers in Zonkwa on Monday, a local official said.")
    assert _events(text) == [("Kachia", "2023-02-26", 4), ("Zonkwa", "2023-02-27", 2)]


def test_other_dead_on_the_same_day_and_place_stay_the_incidents() -> None:
    text = ("Bandits killed four farmers in Kachia on Sunday, residents said.\n\n"
            "The bandits also killed two other villagers in Kachia on Sunday, a local official said.")
    assert [loc for loc, _, _ in _events(text)] == ["Kachia"]


def test_also_and_other_read_near_the_figure() -> None:
    from eventcoder.extract.incidents import _ALSO_BEFORE, _OTHER_AFTER

    assert _ALSO_BEFORE.search("The gunmen also shot dead ")
    assert not _ALSO_BEFORE.search("Also present were officials who said gunmen shot dead ")
    assert _OTHER_AFTER.search("two other villagers were killed")
    assert _OTHER_AFTER.search("three traders were also killed")
    assert not _OTHER_AFTER.search("three traders were killed")


def test_an_agreement_told_again_by_one_of_its_parties_is_one_event() -> None:
    # the second sentence names one side of the accord as its signer: the same Agreement, not a second one
    text = ("Colombia's government signed a truce with the ELN rebels on Monday.\n\n"
            "In Havana, an ELN commander and a government envoy signed the truce accord on Monday.")
    got = [e for e in extract_text(text, published="2023-03-03").events if e.sub_event_type == "Agreement"]
    assert len(got) == 1
