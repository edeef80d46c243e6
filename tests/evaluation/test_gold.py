"""Gold files: schema validation with file and line, bad lines, kinds, sampling, totals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventcoder.errors import EvalError
from eventcoder.evaluation.loader import detect_kind, load_gold
from eventcoder.evaluation.schema import SCHEMA_PATH, gold_schema, validate

from .conftest import event, write_jsonl


def test_gold_schema_is_valid_json_with_the_documented_fields():
    schema = gold_schema()
    assert schema is not None and SCHEMA_PATH.name == "gold.schema.json"
    assert {"id", "gold"} <= set(schema["required"])
    assert {"fatalities_low", "fatalities_high", "injuries", "latitude"} <= set(schema["$defs"]["event"]["properties"])


def test_gold_documented_example_is_valid():
    # The example of docs/architecture.md, with its text replaced by a synthetic one.
    example = {"id": "case-001", "text": "Synthetic.", "html": None, "published": "2024-03-02", "title": None,
               "slice": {"country": "Nigeria", "format": "text"},
               "gold": {"events": [event(assoc_actor_1=None, fatalities_low=5, fatalities_high=7, injuries=3)],
                        "total_fatalities": 5, "total_injuries": 3}}
    assert validate(example, gold_schema()) == []


def test_gold_bad_json_line_names_file_and_line(tmp_path: Path):
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "x", "gold": {"events": []}}) + "\n{not json\n")
    with pytest.raises(EvalError, match=r"g.jsonl line 2: not valid JSON"):
        load_gold(path)


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({"id": "a", "gold": {"events": []}}, "'text' is missing or the field 'html' is missing"),
        ({"id": "a", "text": "x"}, "the field 'gold' is missing"),
        ({"id": "a", "text": "x", "gold": {"events": [{"latitude": 123}]}}, r"gold.events\[0\].latitude: 123 is above"),
        ({"id": "a", "text": "x", "gold": {"events": [{"event_type": "Fights"}]}}, "is not one of"),
        ({"id": "a", "text": "x", "gold": {"events": [{"fatalities": -1}]}}, "below the minimum"),
        ({"id": "a", "text": "x", "gold": {"events": [{"event_date": "1 March"}]}}, "does not match"),
        ({"id": "a", "text": "x", "gold": {"events": [{"fatalities": "many"}]}}, "is not of type integer"),
    ],
)
def test_gold_invalid_record_names_line_and_field(tmp_path: Path, record, message):
    path = write_jsonl(tmp_path / "g.jsonl", [{"id": "ok", "text": "x", "gold": {"events": []}}, record])
    with pytest.raises(EvalError, match=r"line 2: not a gold record") as info:
        load_gold(path, kind="gold")
    assert info.match(message)


def test_gold_duplicate_id_is_an_error(tmp_path: Path):
    row = {"id": "a", "text": "x", "gold": {"events": []}}
    with pytest.raises(EvalError, match="used twice"):
        load_gold(write_jsonl(tmp_path / "g.jsonl", [row, row]))


def test_gold_missing_file_says_what_to_give(tmp_path: Path):
    with pytest.raises(EvalError, match="no such gold file"):
        load_gold(tmp_path / "nope.jsonl")


def test_gold_detect_kind_from_id_prefix(tmp_path: Path):
    for ident, kind in (("acled:XYZ1", "acled"), ("wad:2016-2020:row1", "wad"), ("case-1", "gold")):
        assert detect_kind(write_jsonl(tmp_path / f"{kind}.jsonl", [{"id": ident}])) == kind


def test_gold_totals_summed_from_events_and_ranges(tmp_path: Path):
    row = {"id": "a", "text": "x", "gold": {"events": [event(fatalities=3, fatalities_high=5, injuries=1),
                                                       event(fatalities=2, injuries=None)]}}
    docs, _ = load_gold(write_jsonl(tmp_path / "g.jsonl", [row]))
    assert docs[0].total_fatalities == (5, 5, 7)
    assert docs[0].total_injuries is None  # one event does not code injuries


def test_gold_limit_and_fixed_seed_sample(tmp_path: Path):
    rows = [{"id": f"c{i}", "text": "x", "gold": {"events": []}} for i in range(20)]
    path = write_jsonl(tmp_path / "g.jsonl", rows)
    assert [d.id for d in load_gold(path, limit=3)[0]] == ["c0", "c1", "c2"]
    first = [d.id for d in load_gold(path, limit=5, sample=True)[0]]
    assert first == [d.id for d in load_gold(path, limit=5, sample=True)[0]] and first != ["c0", "c1", "c2", "c3", "c4"]


def test_gold_format_examples_file_is_valid():
    # eval/examples/format.jsonl shows every shape of the format (synthetic text); it must stay valid.
    path = Path(__file__).resolve().parents[2] / "eval" / "examples" / "format.jsonl"
    docs, kind = load_gold(path)
    assert kind == "gold" and len(docs) == 4
    assert docs[1].events[0].fatality_range == (6, 6, 8) and len(docs[1].events[0].locations) == 2
    assert docs[2].events is None and docs[2].input_format == "html" and docs[3].events == []
