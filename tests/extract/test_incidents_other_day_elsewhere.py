"""Dead told on another day at another place are another event, even by the same forces and in a report whose days
have no date (extract/incidents.py `_score`, `_told_elsewhere`): ACLED codes one event per place and day, so "Earlier
on Saturday, three militants were killed in Y" after Tuesday's gunfight in X is two events with their own tolls, never
one event whose largest toll lands on one place. The same dead told again on another day ("13 of us", read from a
quote's "yesterday") stay the incident's. Every text was written for this test (synthetic)."""

from __future__ import annotations

import pytest

from eventcoder.api import extract_text

pytestmark = pytest.mark.slow


def _tolls(text: str, published: str | None = None) -> dict[str | None, int | None]:
    return {e.location: e.fatalities for e in extract_text(text, published=published).events}


_UNDATED = ("Troops shot dead one militant during a gunfight in Shopian district of Jammu and Kashmir on Tuesday, "
            "police said. A soldier was also injured in the exchange of fire.\n\nEarlier on Saturday, army "
            "commandos shot dead three militants during a search operation in Kupwara district.")


def test_undated_report_other_weekday_other_district_is_its_own_event() -> None:
    assert _tolls(_UNDATED) == {"Shopian": 1, "Kupwara": 3}


def test_dated_report_keeps_both_events_and_their_days() -> None:
    got = {e.location: (e.event_date, e.fatalities)
           for e in extract_text(_UNDATED, published="2021-05-12").events}
    assert got == {"Shopian": ("2021-05-11", 1), "Kupwara": ("2021-05-08", 3)}


def test_same_dead_told_again_on_another_day_stay_one_event() -> None:
    text = ("Shells fired by the militia hit a market in Kadugli on Monday, killing nine traders.\n\n"
            "\"We buried nine of our neighbours yesterday,\" a trader said.")
    got = extract_text(text, published="2024-02-14").events
    assert [(e.location, e.fatalities) for e in got] == [("Kadugli", 9)]


def test_undated_weekdays_three_days_apart_are_two_events_in_one_province() -> None:
    text = ("A roadside bomb killed two farmers near Baqubah in Diyala province on Friday, a police officer said.\n\n"
            "On Tuesday evening, gunmen killed three tribal fighters and wounded eight others in an attack on their "
            "checkpoint in Diyala province.")
    got = sorted((e.location, e.fatalities) for e in extract_text(text).events)
    assert got == [("Baqubah", 2), ("Diyala", 3)]


def test_undated_weekdays_two_days_apart_may_be_one_incident() -> None:
    # Sunday to Tuesday is two days: the weekday rule leaves such frames to the rest of the merge
    from eventcoder.extract.incidents import _weekdays_apart

    class _F:  # the least of a frame that _days reads
        def __init__(self, day: str) -> None:
            from eventcoder.model import DateMention

            self.text = f"It happened on {day}."
            self.dates = [DateMention(start=15, end=15 + len(day), date=None, precision=1, kind="relative", text=day)]

    assert _weekdays_apart([_F("Friday")], [_F("Tuesday")])  # type: ignore[list-item]
    assert not _weekdays_apart([_F("Sunday")], [_F("Tuesday")])  # type: ignore[list-item]


def test_a_further_toll_on_another_day_at_another_place_is_its_own_event() -> None:
    text = ("Gunmen killed four villagers in Kachia on Monday, residents said.\n\n"
            "The attackers killed a further six in Zonkwa on Tuesday, a local official said.")
    got = sorted((e.location, e.event_date, e.fatalities) for e in extract_text(text, published="2023-03-03").events)
    assert got == [("Kachia", "2023-02-27", 4), ("Zonkwa", "2023-02-28", 6)]


def test_a_sentence_opening_with_another_day_and_its_own_dead_is_that_days_event() -> None:
    text = ("Militia shelling killed four civilians in Kadugli on Monday, a local medic said.\n\n"
            "On Saturday, the militia shelled markets in Kadugli with mortars, killing nine traders and wounding two.")
    got = sorted((e.event_date, e.fatalities) for e in extract_text(text, published="2024-02-14").events)
    assert got == [("2024-02-10", 9), ("2024-02-12", 4)]
