"""``eventcoder eval`` on hand-made files, and a smoke run on the first records of the development sets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventcoder.cli import cli

from .conftest import SHARED, event, write_jsonl


def test_cli_eval_prints_json_scores(files):
    gold, pred = files({"events": [event()]}, [event()])
    result = CliRunner().invoke(cli, ["eval", str(gold), "--pred", str(pred), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["metrics"]["detection"]["f1"] == 1.0


def test_cli_eval_writes_markdown_and_errors(files, tmp_path: Path):
    gold, pred = files({"events": [event()]}, [])
    out, errors = tmp_path / "r.md", tmp_path / "e.jsonl"
    result = CliRunner().invoke(cli, ["eval", str(gold), "--pred", str(pred), "--report", str(out), "--errors", str(errors)])
    assert result.exit_code == 0, result.output
    assert "Event detection" in out.read_text() and json.loads(errors.read_text().splitlines()[0])["error"] == "missed"


def test_cli_eval_bad_gold_line_is_one_line_error(tmp_path: Path):
    gold = tmp_path / "g.jsonl"
    gold.write_text("{oops\n")
    result = CliRunner().invoke(cli, ["eval", str(gold), "--pred", str(gold)])
    assert result.exit_code == 1 and "g.jsonl line 1: not valid JSON" in result.output


def test_cli_eval_without_gold_or_report_is_usage_error():
    assert CliRunner().invoke(cli, ["eval"]).exit_code == 2


@pytest.mark.parametrize("name", ["acled_notes_dev.jsonl", "wad_dev.jsonl"])
def test_cli_eval_smoke_on_development_sets(name: str, tmp_path: Path):
    path = SHARED / "dev" / name
    if not path.is_file():
        pytest.skip("shared development sets not present")
    pred = write_jsonl(tmp_path / "empty.jsonl", [])
    result = CliRunner().invoke(cli, ["eval", str(path), "--pred", str(pred), "--limit", "5", "--sample", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["metrics"]["documents"] == 5


def test_cli_accuracy_report_runs_on_available_sets(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    # Without the shared folder every section is skipped with a note; the file is still written.
    monkeypatch.setenv("EVENTCODER_SHARED", str(tmp_path / "absent"))
    from eventcoder.evaluation import suite

    monkeypatch.setattr(suite, "find_shared", lambda: None)
    text = suite.accuracy_report(dev_limit=2, cases=[])
    assert text.startswith("# Accuracy") and "DEVELOPMENT figures" in text and "Geocoding" in text


def test_cli_eval_slices_option_uses_record_labels(files):
    gold, pred = files({"events": [event()]}, [event()], extra={"slice": {"source": "wire"}})
    result = CliRunner().invoke(cli, ["eval", str(gold), "--pred", str(pred), "--slices", "source,format", "--json"])
    assert result.exit_code == 0, result.output
    assert set(json.loads(result.output)["slices"]) == {"source", "format"}


@pytest.mark.slow
def test_cli_eval_runs_the_pipeline_on_first_development_records():
    path = SHARED / "dev" / "acled_notes_dev.jsonl"
    if not path.is_file():
        pytest.skip("shared development sets not present")
    result = CliRunner().invoke(cli, ["eval", str(path), "--limit", "3", "--json"])
    if result.exit_code != 0 and "not complete" in result.output:
        pytest.skip("the pipeline is not complete in this checkout")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["metrics"]["documents"] == 3


def test_cli_eval_compares_several_prediction_files(files, tmp_path: Path):
    gold, good = files({"events": [event()]}, [event()])
    bad = write_jsonl(tmp_path / "bad.jsonl", [{"id": "case-1", "events": []}])
    result = CliRunner().invoke(cli, ["eval", str(gold), "--pred", str(good), "--pred", str(bad)])
    assert result.exit_code == 0, result.output
    rows = [line for line in result.output.splitlines() if line.startswith(f"| {tmp_path}")]
    assert len(rows) == 2 and "| 1.000 |" in rows[0] and "| 0.000 |" in rows[1]


@pytest.mark.slow
def test_cli_eval_of_extract_output_equals_pipeline_run(tmp_path: Path):
    # The user's workflow (extract --format jsonl, then eval --pred) must score like eval running the pipeline.
    from eventcoder.errors import EvalError
    from eventcoder.evaluation import evaluate

    gold = Path(__file__).resolve().parents[2] / "eval" / "examples" / "format.jsonl"
    try:
        direct = evaluate(gold)
    except EvalError as exc:
        pytest.skip(f"pipeline not available: {exc}")
    extracted = CliRunner().invoke(cli, ["extract", str(gold), "--format", "jsonl"])
    pred = tmp_path / "pred.jsonl"
    pred.write_text(extracted.stdout)
    assert evaluate(gold, pred=pred).metrics == direct.metrics


def test_cli_reference_checks_flag_a_foreign_event(files):
    from eventcoder.evaluation import evaluate
    from eventcoder.evaluation.suite import _reference_checks

    gold, pred = files({"events": [event()]}, [event(), event(country="Chad", latitude=12.1, longitude=15.0)])
    text = _reference_checks(evaluate(gold, pred=pred))
    assert "- [ ] no event is placed outside" in text and "- [x] every hand-coded event is found" in text
