"""An event's date: the day it happened before the day it was reported (synthetic sentences)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.extract.dates import by_event_evidence, is_statement_date
from eventcoder.timeparse import find_dates

REFERENCE = dt.date(2024, 3, 10)  # a Sunday


@pytest.mark.parametrize(("text", "statement"), [
    ("Four soldiers were killed in the raid, the army said on Saturday.", True),
    ("The ministry announced late Friday that the town had fallen.", True),
    ("Police told reporters on Saturday that two men were held.", True),
    ("Gunmen killed four soldiers on Friday near the border.", False),
    ("On Saturday, protesters marched to the governor's office.", False),
])
def test_dates_statement_date(text: str, statement: bool) -> None:
    (mention,) = find_dates(text, REFERENCE)
    assert is_statement_date(text, mention) is statement


def test_dates_event_date_before_statement_date() -> None:
    text = ("Ten militants were killed, the army said on Saturday. "
            "Four were killed in a raid on Friday.")
    mentions = find_dates(text, REFERENCE)
    assert [m.date for m in by_event_evidence(text, [mentions])] == ["2024-03-08", "2024-03-09"]


def test_dates_named_day_before_overnight_in_one_frame_lead_frame_first() -> None:
    text = "Drones struck the city in an overnight attack on Saturday. Police said a second attack came on Friday."
    lead, later = find_dates(text[:58], REFERENCE), find_dates(text, REFERENCE)[2:]
    assert [m.text for m in lead] == ["overnight", "Saturday"]
    assert by_event_evidence(text, [lead, later])[0].date == "2024-03-09"
