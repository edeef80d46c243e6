"""Shape of the news-phrased typing set (tests/extract/cases/news_types.jsonl): every ACLED sub-event type and
every look-alike family has at least 15 synthetic documents, coded by type only."""

from __future__ import annotations

import collections
import json
from pathlib import Path

from eventcoder.vocab import EVENT_TYPE_OF, EventType, SubEventType

CASES = Path(__file__).resolve().parent / "cases" / "news_types.jsonl"
FAMILIES = {"industrial-explosion", "natural-disaster", "ordinary-crime", "diplomacy-no-deal", "claim-only"}


def _records() -> list[dict]:
    return [json.loads(line) for line in CASES.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_news_types_set_covers_every_sub_type_and_family() -> None:
    counts: collections.Counter[str] = collections.Counter()
    for rec in _records():
        assert rec["synthetic"] is True and rec["text"].strip()
        events = rec["gold"]["events"]
        if rec["slice"]["family"] == "event":
            assert len(events) == 1
            sub = SubEventType(events[0]["sub_event_type"])
            assert EVENT_TYPE_OF[sub] == EventType(events[0]["event_type"])
            counts[sub.value] += 1
        else:
            assert events == [] and rec["slice"]["family"] in FAMILIES
            counts[rec["slice"]["family"]] += 1
    assert {s.value for s in SubEventType} | FAMILIES == set(counts)
    assert min(counts.values()) >= 15, counts


def test_news_types_set_ids_are_unique() -> None:
    ids = [rec["id"] for rec in _records()]
    assert len(ids) == len(set(ids))
