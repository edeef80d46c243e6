"""Helpers for the evaluation tests: write hand-made gold and prediction files (synthetic text only)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

SHARED = Path(__file__).resolve().parents[2].parent / "shared"

# Synthetic places: coordinates of two real towns, used only as points.
MAIDUGURI = {"location": "Maiduguri", "admin1": "Borno", "country": "Nigeria", "latitude": 11.8464, "longitude": 13.1603}
KONDUGA = {"location": "Konduga", "admin1": "Borno", "country": "Nigeria", "latitude": 11.6533, "longitude": 13.4179}
KANO = {"location": "Kano", "admin1": "Kano", "country": "Nigeria", "latitude": 12.0022, "longitude": 8.5920}


def event(**fields: Any) -> dict[str, Any]:
    """A gold or predicted event: an attack in Maiduguri on 1 March 2024 unless overridden."""
    base = {"event_type": "Violence against civilians", "sub_event_type": "Attack",
            "actor1": "Unidentified Armed Group (Nigeria)", "actor2": "Civilians (Nigeria)",
            "event_date": "2024-03-01", **MAIDUGURI, "fatalities": 5, "injuries": 2}
    base.update(fields)
    return base


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    """Write rows as JSON lines."""
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture
def files(tmp_path: Path) -> Callable[..., tuple[Path, Path]]:
    """Write one gold document and its predictions; returns (gold path, prediction path)."""

    def make(gold: dict[str, Any], pred_events: list[dict[str, Any]] | None, *, text: str = "Synthetic report.",
             extra: dict[str, Any] | None = None) -> tuple[Path, Path]:
        gold_path = write_jsonl(tmp_path / "gold.jsonl", [{"id": "case-1", "text": text, "gold": gold, **(extra or {})}])
        preds = [] if pred_events is None else [{"id": "case-1", "events": pred_events}]
        return gold_path, write_jsonl(tmp_path / "pred.jsonl", preds)

    return make
