"""Helpers for the relevance tests: tiny synthetic development folders (text written for these tests)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from eventcoder.evaluation.splits import is_heldout

# Synthetic conflict and protest reports, and synthetic everyday news, written for these tests.
CONFLICT = [
    "Gunmen attacked a village in the district overnight, killing several residents and burning houses.",
    "Protesters marched to the governor's office demanding the release of detained activists.",
    "Soldiers clashed with rebel fighters near the town, and both sides reported casualties.",
    "A roadside bomb hit a police patrol on the highway, wounding officers, the army said.",
    "Hundreds of workers staged a demonstration outside the ministry to demand unpaid wages.",
    "Militants ambushed a military convoy in the province and seized weapons.",
    "Police fired tear gas at demonstrators who blocked the main road in the city centre.",
    "An air strike hit a market in the rebel-held town, killing civilians, residents said.",
]
EVERYDAY = [
    "The striker scored twice as the home side won the cup final in front of a record crowd.",
    "Shares in the retailer rose after it reported strong Christmas sales and raised its forecast.",
    "The new phone has a bigger screen and a faster chip, and goes on sale next month.",
    "The singer's new album topped the charts in its first week, the record label announced.",
    "The film festival opened with a comedy about two sisters who inherit a vineyard.",
    "Interest rates were left unchanged as the central bank waits for inflation figures.",
    "The coach praised his players after a hard-fought draw in the league on Saturday.",
    "The software update fixes security flaws and improves battery life, the company said.",
]


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    """Write rows as JSON lines."""
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def train_id(prefix: str, start: int = 0) -> str:
    """The first id of the form ``prefix<N>`` (N >= start) in the train split."""
    n = start
    while is_heldout(f"{prefix}{n}"):
        n += 1
    return f"{prefix}{n}"


@pytest.fixture
def dev_folder(tmp_path: Path) -> Path:
    """A development folder in the shape of ../shared/dev with synthetic records (train and held-out ids)."""
    folder = tmp_path / "dev"
    folder.mkdir()
    acled = [{"id": f"acled:T{i}", "text": f"On 3 May 2022, {t}", "gold": {}} for i, t in enumerate(CONFLICT * 3)]
    wad = [{"id": f"wad:2016-2020:row{i}", "text": t, "gold": {}} for i, t in enumerate(CONFLICT[:4])]
    topics = ("sport", "business", "tech", "entertainment", "politics")
    bbc = [{"id": f"bbc:{i:04d}", "text": " ".join(EVERYDAY[i % 8:] + EVERYDAY[: i % 8]),
            "gold": {"topic": topics[i % 5]}} for i in range(20)]
    write_jsonl(folder / "acled_notes_dev.jsonl", acled)
    write_jsonl(folder / "wad_dev.jsonl", wad)
    write_jsonl(folder / "bbc_news_dev.jsonl", bbc)
    pages = [{"id": f"newsdev-{i}", "text": "Menu | Home | World\n" + t, "gold": {"title": None,
              "events": [{"event_type": "Battles"}] if i < 4 else [], "negative_kind": None if i < 4 else "sport"}}
             for i, t in enumerate(CONFLICT[:4] + EVERYDAY[:4])]
    write_jsonl(folder / "news_pages_dev.jsonl", pages)
    return folder
