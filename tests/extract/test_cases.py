"""The synthetic extraction test set: shape checks, and per-field accuracy gates against floors.json.

The cases live in tests/extract/cases/{sentences,reports}.jsonl (gold format of docs/architecture.md).
The accuracy part runs the pipeline on every case and scores it with the scorer of ``eventcoder eval``
(eventcoder.evaluation): each pinned figure per part, and per named trap the number of cases coded exactly
right, must stay at or above floors.json. Print the figures with ``python tests/extract/test_cases.py``,
the cases not coded exactly with ``--failures``, and raise the floors after an improvement with ``--pin``.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import math
import re
from pathlib import Path
from typing import Any

import pytest

from eventcoder.vocab import EVENT_TYPE_OF, EventType, SubEventType

HERE = Path(__file__).resolve().parent
CASES_DIR = HERE / "cases"
FLOORS_PATH = HERE / "floors.json"
REPO = HERE.parents[1]
SHARED_DEV = REPO.parent / "shared" / "dev"
SAMPLES = REPO / "samples"

EVENT_KEYS: dict[str, tuple[type, ...]] = {
    "event_type": (str,), "sub_event_type": (str,), "actor1": (str,), "actor2": (str, type(None)),
    "assoc_actor_1": (str, type(None)), "event_date": (str, type(None)), "time_precision": (int, type(None)),
    "country": (str,), "admin1": (str, type(None)), "location": (str, type(None)),
    "latitude": (float, int, type(None)), "longitude": (float, int, type(None)), "fatalities": (int,),
    "injuries": (int,),
}
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def load_cases(name: str) -> list[dict[str, Any]]:
    """The records of one JSONL file of the test set."""
    path = CASES_DIR / name
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


SENTENCES = load_cases("sentences.jsonl")
REPORTS = load_cases("reports.jsonl") if (CASES_DIR / "reports.jsonl").exists() else []
ALL_CASES = SENTENCES + REPORTS


# --- shape of the test set ------------------------------------------------------------------------------------


@pytest.mark.parametrize("case", ALL_CASES, ids=[c["id"] for c in ALL_CASES])
def test_cases_record_shape(case: dict[str, Any]) -> None:
    assert case["synthetic"] is True
    assert isinstance(case["text"], str) and case["text"].strip()
    pub = case.get("published")
    assert pub is None or ISO_DATE.match(pub)
    assert isinstance(case["slice"], dict) and case["slice"]["country"] and case["slice"]["format"] == "text"
    gold = case["gold"]
    assert isinstance(gold["events"], list)
    assert gold["total_fatalities"] == sum(e["fatalities"] for e in gold["events"])
    assert gold["total_injuries"] == sum(e["injuries"] for e in gold["events"])


@pytest.mark.parametrize("case", ALL_CASES, ids=[c["id"] for c in ALL_CASES])
def test_cases_event_fields_valid(case: dict[str, Any]) -> None:
    pub = case.get("published")
    for ev in case["gold"]["events"]:
        for key, types in EVENT_KEYS.items():
            assert key in ev, f"{case['id']}: missing {key}"
            assert isinstance(ev[key], types), f"{case['id']}: {key}={ev[key]!r}"
        sub = SubEventType(ev["sub_event_type"])
        assert EVENT_TYPE_OF[sub] == EventType(ev["event_type"])
        if ev["latitude"] is not None:
            assert -90 <= ev["latitude"] <= 90 and -180 <= ev["longitude"] <= 180
        assert ev["fatalities"] >= 0 and ev["injuries"] >= 0
        if "fatalities_low" in ev:
            assert ev["fatalities_low"] <= ev["fatalities"] <= ev["fatalities_high"]
        if ev["event_date"] is not None:
            assert ISO_DATE.match(ev["event_date"]) and ev["time_precision"] in (1, 2, 3)
            if pub:
                assert ev["event_date"] <= pub, f"{case['id']}: event after publication"
        elif pub is not None:
            # A relative date needs publication; with publication every event must be dated.
            raise AssertionError(f"{case['id']}: undated event in a dated document")


@pytest.mark.parametrize("case", ALL_CASES, ids=[c["id"] for c in ALL_CASES])
def test_cases_actor_conventions(case: dict[str, Any]) -> None:
    for ev in case["gold"]["events"]:
        et = ev["event_type"]
        # ACLED: in Violence against civilians the target is always actor2.
        if et == EventType.VIOLENCE_AGAINST_CIVILIANS:
            assert ev["actor2"] and ev["actor2"].startswith("Civilians ("), case["id"]
        if et == EventType.PROTESTS:
            assert ev["actor1"].startswith("Protesters ("), case["id"]
        if et == EventType.RIOTS:
            assert ev["actor1"].startswith("Rioters ("), case["id"]


_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@pytest.mark.parametrize("case", ALL_CASES, ids=[c["id"] for c in ALL_CASES])
def test_cases_dates_agree_with_named_weekdays(case: dict[str, Any]) -> None:
    """A day-precise event in a text that names weekdays falls on one of them (guards hand-coding slips)."""
    named = set(re.findall(r"\b(" + "|".join(_WEEKDAYS) + r")\b", case["text"]))
    for ev in case["gold"]["events"]:
        if named and ev["event_date"] and ev["time_precision"] == 1:
            assert _WEEKDAYS[dt.date.fromisoformat(ev["event_date"]).weekday()] in named, case["id"]


def test_cases_valid_against_gold_schema() -> None:
    """The files are valid gold files for ``eventcoder eval`` (src/eventcoder/data/schemas/gold.schema.json)."""
    schema_mod = pytest.importorskip("eventcoder.evaluation.schema")
    schema = schema_mod.gold_schema()
    if schema is None:
        pytest.skip("src/eventcoder/data/schemas/gold.schema.json not present")
    for case in ALL_CASES:
        assert schema_mod.validate(case, schema) == [], case["id"]


def test_cases_ids_unique() -> None:
    ids = [c["id"] for c in ALL_CASES]
    assert len(ids) == len(set(ids))


def test_cases_coverage_minimums() -> None:
    assert len(SENTENCES) >= 150
    assert len(REPORTS) >= 30
    events = [e for c in ALL_CASES for e in c["gold"]["events"]]
    assert {e["event_type"] for e in events} == {t.value for t in EventType}
    assert len({e["country"] for e in events}) >= 12
    distractors = sum(1 for c in ALL_CASES if not c["gold"]["events"])
    assert 0.15 <= distractors / len(ALL_CASES) <= 0.30


def test_cases_reports_are_multi_paragraph() -> None:
    for case in REPORTS:
        words = len(case["text"].split())
        assert 150 <= words <= 520, f"{case['id']}: {words} words"
        assert case["text"].count("\n\n") >= 2, case["id"]


def _shingles(text: str, n: int = 10) -> set[str]:
    words = re.findall(r"\w+", text.lower())
    return {" ".join(words[i : i + n]) for i in range(len(words) - n + 1)}


def test_cases_share_no_text_with_dev_data() -> None:
    """The rule: nothing copied from the real coded examples (checked when ../shared/dev is present)."""
    if not SHARED_DEV.exists():
        pytest.skip("../shared/dev not present")
    ours: set[str] = set()
    for case in ALL_CASES:
        ours |= _shingles(case["text"])
    for path in SHARED_DEV.glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            text = json.loads(line).get("text") or ""
            common = ours & _shingles(text)
            assert not common, f"{path.name}: shares {sorted(common)[:1]}"


def test_cases_samples_labelled_synthetic() -> None:
    readme = SAMPLES / "README.md"
    assert readme.exists() and "synthetic" in readme.read_text(encoding="utf-8").lower()
    formats = {p.suffix for p in SAMPLES.iterdir() if p.name != "README.md"}
    assert {".txt", ".html", ".xml", ".jsonl", ".csv"} <= formats
    expected = json.loads((SAMPLES / "expected.json").read_text(encoding="utf-8"))["documents"]
    files = {key.split("#")[0] for key in expected}
    assert files == {p.name for p in SAMPLES.iterdir() if p.suffix in formats - {".json", ".md"}}
    events = [e for doc in expected.values() for e in doc.get("events", [])]
    assert {e["event_type"] for e in events} == {t.value for t in EventType}
    assert len({e["country"] for e in events}) >= 5


# --- accuracy against the engine: the scorer of `eventcoder eval`, floors pinned at the measured scores -------

# Per part (sentences, reports): the figures of `eventcoder eval` (see docs/evaluation.md) that the gate pins.
PINNED: dict[str, tuple[str, ...]] = {
    "detection_precision": ("detection", "precision"),
    "detection_recall": ("detection", "recall"),
    "document_accuracy": ("document_detection", "accuracy"),
    "event_type": ("fields", "event_type", "accuracy"),
    "sub_event_type": ("fields", "sub_event_type", "accuracy"),
    "actor1": ("fields", "actor1", "accuracy"),
    "actor2": ("fields", "actor2", "accuracy"),
    "event_date": ("fields", "event_date", "accuracy"),
    "country": ("fields", "country", "accuracy"),
    "admin1": ("fields", "admin1", "accuracy"),
    "location": ("fields", "location", "accuracy"),
    "fatalities_total_exact": ("fatalities", "totals", "exact"),
    "injuries_total_exact": ("injuries", "totals", "exact"),
}
PARTS = {"sentences": "sentences.jsonl", "reports": "reports.jsonl"}


def _get(metrics: dict[str, Any], path: tuple[str, ...]) -> float:
    value: Any = metrics
    for key in path:
        value = value[key]
    return float(value if value is not None else 1.0)


def traps_of(case: dict[str, Any]) -> list[str]:
    return [t for t in (case.get("trap") or "").split(";") if t]


@functools.cache
def measured() -> dict[str, Any]:
    """Scores of the pipeline on the test set, by the scorer of `eventcoder eval` (run once per process)."""
    from eventcoder.evaluation import load_gold, score
    from eventcoder.evaluation.matching import match_document
    from eventcoder.evaluation.runner import run_pipeline

    docs = {part: load_gold(CASES_DIR / name, kind="gold")[0] for part, name in PARTS.items()}
    preds = run_pipeline([d for part in docs.values() for d in part])
    parts = {part: {name: _get(score(part_docs, preds).metrics, path) for name, path in PINNED.items()}
             for part, part_docs in docs.items()}
    exact = {d.id: match_document(d, preds[d.id]["events"]).exact for part in docs.values() for d in part}
    traps: dict[str, dict[str, int]] = {}
    for case in ALL_CASES:
        for trap in traps_of(case):
            slot = traps.setdefault(trap, {"cases": 0, "exact": 0})
            slot["cases"] += 1
            slot["exact"] += exact[case["id"]]
    return {"parts": parts, "traps": dict(sorted(traps.items())), "exact": exact}


def _floors() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(FLOORS_PATH.read_text(encoding="utf-8"))
    return data


@pytest.mark.slow
@pytest.mark.parametrize("part", list(PARTS))
def test_cases_accuracy_at_or_above_floors(part: str) -> None:
    """Every pinned figure of each part at or above its floor: a drop of one case fails."""
    scores, floors = measured()["parts"][part], _floors()["parts"][part]
    below = {name: (scores[name], floor) for name, floor in floors.items() if scores[name] < floor - 1e-9}
    assert not below, f"{part}: figures below their floor (score, floor): {below}"


TRAPS = sorted({t for case in ALL_CASES for t in traps_of(case)})


@pytest.mark.slow
@pytest.mark.parametrize("trap", TRAPS)
def test_cases_every_trap_holds(trap: str) -> None:
    """Each named trap of the test set keeps the number of its cases coded exactly right (not only the average)."""
    floor = _floors()["traps"].get(trap)
    assert floor is not None, f"trap {trap!r} has no floor: run `python tests/extract/test_cases.py --pin`"
    got = measured()["traps"][trap]
    assert got["exact"] >= floor["exact"], f"{trap}: {got['exact']} of {got['cases']} cases exact, floor {floor['exact']}"


def test_cases_floors_valid() -> None:
    floors = _floors()
    assert set(floors["parts"]) == set(PARTS)
    for part in PARTS:
        assert set(floors["parts"][part]) == set(PINNED)
        assert all(0.0 <= v <= 1.0 for v in floors["parts"][part].values())
    for trap, floor in floors["traps"].items():
        assert 0 <= floor["exact"] <= floor["cases"], trap


def test_cases_scorer_perfect_on_gold() -> None:
    """The shared scorer gives 1.0 everywhere when the prediction is the gold itself."""
    from eventcoder.evaluation import load_gold, score
    from eventcoder.evaluation.matching import match_document

    for name in PARTS.values():
        docs = load_gold(CASES_DIR / name, kind="gold")[0]
        cases = {c["id"]: c for c in ALL_CASES}
        preds = {d.id: {"events": cases[d.id]["gold"]["events"]} for d in docs}
        metrics = score(docs, preds).metrics
        assert all(_get(metrics, path) == 1.0 for path in PINNED.values()), name
        assert all(match_document(d, preds[d.id]["events"]).exact for d in docs)


def test_cases_scorer_penalises_empty_prediction() -> None:
    from eventcoder.evaluation import load_gold, score

    docs = load_gold(CASES_DIR / "sentences.jsonl", kind="gold")[0]
    metrics = score(docs, {d.id: {"events": []} for d in docs}).metrics
    assert _get(metrics, PINNED["event_type"]) == 0.0
    assert 0.0 < _get(metrics, PINNED["document_accuracy"]) < 0.5


def test_cases_relative_dates_resolve_backwards() -> None:
    """'on Tuesday' is the latest Tuesday on or before publication, never after it."""
    for case in ALL_CASES:
        for ev in case["gold"]["events"]:
            if ev["event_date"] and case.get("published"):
                gap = dt.date.fromisoformat(case["published"]) - dt.date.fromisoformat(ev["event_date"])
                assert gap.days >= 0, case["id"]


def _pin() -> dict[str, Any]:
    """Floors raised to the measured scores (never lowered); new traps get their measured count."""
    got, floors = measured(), _floors()
    for part, scores in got["parts"].items():
        old = floors.setdefault("parts", {}).setdefault(part, {})
        floors["parts"][part] = {n: max(old.get(n, 0.0), math.floor(scores[n] * 10_000) / 10_000) for n in PINNED}
    traps = floors.setdefault("traps", {})
    for trap, count in got["traps"].items():
        old_exact = traps.get(trap, {}).get("exact", 0)
        traps[trap] = {"cases": count["cases"], "exact": max(old_exact, count["exact"])}
    floors["traps"] = dict(sorted(traps.items()))
    return floors


def _report(argv: list[str]) -> str:
    """The measurement script: the scores, ``--failures`` the cases not coded exactly, ``--pin`` raise the floors."""
    import argparse

    parser = argparse.ArgumentParser(description="Score eventcoder on the synthetic extraction test set.")
    parser.add_argument("--failures", action="store_true", help="list the cases not coded exactly right")
    parser.add_argument("--pin", action="store_true", help="raise floors.json to the measured scores")
    args = parser.parse_args(argv)
    got = measured()
    if args.failures:
        return "\n".join(f"{c['id']}\t{c.get('trap')}\t{c['text'][:90]!r}" for c in ALL_CASES if not got["exact"][c["id"]])
    if args.pin:
        FLOORS_PATH.write_text(json.dumps(_pin(), indent=1) + "\n", encoding="utf-8")
        return f"wrote {FLOORS_PATH}"
    return json.dumps({"parts": got["parts"], "traps": got["traps"]}, indent=1)


if __name__ == "__main__":  # a measurement script, not part of the test run
    import sys

    sys.stdout.write(_report(sys.argv[1:]) + "\n")
