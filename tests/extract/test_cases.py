"""The synthetic extraction test set: shape checks, and per-field accuracy gates against floors.json.

The cases live in tests/extract/cases/{sentences,reports}.jsonl (gold format of docs/architecture.md).
Run the accuracy part, which loads the spaCy model, with ``pytest tests/extract -m slow``; print the
figures with ``python tests/extract/test_cases.py``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterable
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

FIELDS = ("detection", "event_type", "sub_event_type", "fatalities_total", "injuries_total", "country", "actor1",
          "event_date")
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


def test_cases_floors_valid() -> None:
    floors = json.loads(FLOORS_PATH.read_text(encoding="utf-8"))
    for part in ("sentences", "reports"):
        assert set(floors[part]) == set(FIELDS)
        assert all(0.0 <= v <= 1.0 for v in floors[part].values())


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


# --- accuracy against the engine ------------------------------------------------------------------------------


def base_name(actor: str | None) -> str:
    """An actor name without its parenthesised parts, case-folded: 'Military Forces of Syria'."""
    return re.sub(r"\s+", " ", re.sub(r"\([^)]*\)", " ", actor or "")).strip().casefold()


def _match(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> list[tuple[dict[str, Any], dict | None]]:
    """Pair each gold event with at most one predicted event, best agreement first."""

    def score(g: dict[str, Any], p: dict[str, Any]) -> int:
        return (4 * (g.get("sub_event_type") == p.get("sub_event_type"))
                + 2 * (g.get("event_type") == p.get("event_type"))
                + 2 * bool(g.get("location") and g.get("location") == p.get("location"))
                + (g.get("event_date") == p.get("event_date")))

    pairs = sorted(((score(g, p), i, j) for i, g in enumerate(gold) for j, p in enumerate(pred)), reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    match: dict[int, int] = {}
    for _s, i, j in pairs:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            match[i] = j
    return [(g, pred[match[i]] if i in match else None) for i, g in enumerate(gold)]


def _date_ok(g: dict[str, Any], p: dict[str, Any]) -> bool:
    end = g.get("event_date_end") or g["event_date"]
    return p.get("event_date") is not None and g["event_date"] <= p["event_date"] <= end


def case_hits(case: dict[str, Any], pred: list[dict[str, Any]]) -> dict[str, list[bool]]:
    """Which fields ``pred`` got right on one case (document-level fields once, event fields per gold event)."""
    gold = case["gold"]
    hits: dict[str, list[bool]] = {f: [] for f in FIELDS}
    hits["detection"].append(bool(gold["events"]) == bool(pred))
    hits["fatalities_total"].append(sum(p.get("fatalities") or 0 for p in pred) == gold["total_fatalities"])
    hits["injuries_total"].append(sum(p.get("injuries") or 0 for p in pred) == gold["total_injuries"])
    for g, p in _match(gold["events"], pred):
        hits["event_type"].append(p is not None and p.get("event_type") == g["event_type"])
        hits["sub_event_type"].append(p is not None and p.get("sub_event_type") == g["sub_event_type"])
        hits["country"].append(p is not None and p.get("country") == g["country"])
        hits["actor1"].append(p is not None and base_name(p.get("actor1")) == base_name(g["actor1"]))
        if g["event_date"] is not None:
            hits["event_date"].append(p is not None and _date_ok(g, p))
    return hits


def _ratio(values: list[bool]) -> float:
    return round(sum(values) / len(values), 4) if values else 1.0


def score_cases(cases: Iterable[dict[str, Any]], extract: Callable[[dict[str, Any]], list[dict[str, Any]]]
                ) -> dict[str, float]:
    """Per-field accuracy of ``extract`` (case -> predicted event dicts) on the cases."""
    hits: dict[str, list[bool]] = {f: [] for f in FIELDS}
    for case in cases:
        for field, values in case_hits(case, extract(case)).items():
            hits[field].extend(values)
    return {f: _ratio(v) for f, v in hits.items()}


def engine_extract(case: dict[str, Any]) -> list[dict[str, Any]]:
    """Run eventcoder on one case and return its events as dicts."""
    from eventcoder.api import extract_text

    doc = extract_text(case["text"], published=case.get("published"), title=case.get("title"))
    return [e.to_dict() for e in doc.events]


def _engine_or_skip() -> None:
    try:
        engine_extract({"text": "Gunmen killed two farmers near Gusau on Monday.", "published": "2024-01-10"})
    except NotImplementedError:
        pytest.skip("the extraction engine is not implemented yet (extract_text raises NotImplementedError)")
    except ImportError as exc:
        pytest.skip(f"the extraction engine cannot be imported yet: {exc}")


@pytest.mark.slow
@pytest.mark.parametrize("part", ["sentences", "reports"])
def test_cases_accuracy_at_or_above_floors(part: str) -> None:
    _engine_or_skip()
    cases = SENTENCES if part == "sentences" else REPORTS
    scores = score_cases(cases, engine_extract)
    floors = json.loads(FLOORS_PATH.read_text(encoding="utf-8"))[part]
    below = {f: (scores[f], floors[f]) for f in FIELDS if scores[f] < floors[f]}
    assert not below, f"{part}: fields below their floor (score, floor): {below}"


def test_cases_scorer_perfect_on_gold() -> None:
    """The scorer gives 1.0 everywhere when the prediction is the gold itself."""
    scores = score_cases(ALL_CASES, lambda case: case["gold"]["events"])
    assert all(v == 1.0 for v in scores.values()), scores


def test_cases_scorer_penalises_empty_prediction() -> None:
    scores = score_cases(SENTENCES, lambda case: [])
    assert scores["event_type"] == 0.0
    assert 0.0 < scores["detection"] < 0.5


def test_cases_relative_dates_resolve_backwards() -> None:
    """'on Tuesday' is the latest Tuesday on or before publication, never after it."""
    for case in ALL_CASES:
        for ev in case["gold"]["events"]:
            if ev["event_date"] and case.get("published"):
                gap = dt.date.fromisoformat(case["published"]) - dt.date.fromisoformat(ev["event_date"])
                assert gap.days >= 0, case["id"]


def _report(argv: list[str]) -> str:
    """The measurement script: per-field scores, ``--traps`` per phrasing trap, ``--failures FIELD`` the misses."""
    import argparse

    parser = argparse.ArgumentParser(description="Score eventcoder on the synthetic extraction test set.")
    parser.add_argument("--traps", action="store_true", help="accuracy per trap label")
    parser.add_argument("--failures", metavar="FIELD", choices=FIELDS, help="list the cases that miss FIELD")
    args = parser.parse_args(argv)
    per_case = [(case, case_hits(case, engine_extract(case))) for case in ALL_CASES]
    if args.failures:
        rows = [f"{c['id']}\t{c['text'][:100]!r}" for c, h in per_case if not all(h[args.failures])]
        return "\n".join(rows)
    if args.traps:
        by_trap: dict[str, dict[str, list[bool]]] = {}
        for case, hits in per_case:
            for trap in (case.get("trap") or "").split(";"):
                slot = by_trap.setdefault(trap, {f: [] for f in FIELDS})
                for field, values in hits.items():
                    slot[field].extend(values)
        out = {trap: {f: _ratio(v) for f, v in fields.items()} for trap, fields in sorted(by_trap.items()) if trap}
        return json.dumps(out, indent=1)
    out = {}
    for part, cases in (("sentences", SENTENCES), ("reports", REPORTS)):
        ids = {c["id"] for c in cases}
        fields: dict[str, list[bool]] = {f: [] for f in FIELDS}
        for case, hits in per_case:
            if case["id"] in ids:
                for field, values in hits.items():
                    fields[field].extend(values)
        out[part] = {f: _ratio(v) for f, v in fields.items()}
    return json.dumps(out, indent=2)


if __name__ == "__main__":  # a measurement script, not part of the test run
    import sys

    sys.stdout.write(_report(sys.argv[1:]) + "\n")
