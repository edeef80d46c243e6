"""The store commands: ingest, events, events show, events unmerge, export, demo."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from sqlalchemy import Engine

from eventcoder.cli import cli
from eventcoder.model import Document, Failure
from eventcoder.pipeline import Pipeline
from eventcoder.store.ingest import IngestSummary, store_documents


@pytest.fixture
def filled(engine: Engine, sample_docs: list[Document]) -> Engine:
    store_documents(sample_docs, engine)
    return engine


def test_cli_store_events_table_json_csv(filled: Engine, db_path: Path) -> None:
    runner = CliRunner()
    res = runner.invoke(cli, ["events", "--db", str(db_path)])
    assert res.exit_code == 0, res.output
    assert "Gwoza" in res.output and "Maiduguri" in res.output
    res = runner.invoke(cli, ["events", "--db", str(db_path), "--format", "json", "--type", "battles"])
    rows = json.loads(res.output)
    assert len(rows) == 1 and rows[0]["fatalities"] == 4 and len(rows[0]["sources"]) == 2
    res = runner.invoke(cli, ["events", "--db", str(db_path), "--format", "csv", "--country", "Nigeria"])
    header = res.output.splitlines()[0].split(",")
    assert header[:3] == ["id", "event_id_cnty", "event_date"] and len(res.output.splitlines()) == 3


def test_cli_store_events_show_and_unmerge(filled: Engine, db_path: Path, sample_docs: list[Document]) -> None:
    runner = CliRunner()
    rows = json.loads(runner.invoke(cli, ["events", "--db", str(db_path), "--format", "json", "--type", "Battles"]).output)
    res = runner.invoke(cli, ["events", "show", rows[0]["id"], "--db", str(db_path)])
    assert res.exit_code == 0, res.output
    assert "[merged]" in res.output and "same day" in res.output and "evidence fatalities" in res.output
    res = runner.invoke(cli, ["events", "--db", str(db_path), "show", "nope"])
    assert res.exit_code == 1 and "no event" in res.output
    res = runner.invoke(cli, ["events", "unmerge", rows[0]["id"], sample_docs[1].id, "--db", str(db_path)])
    assert res.exit_code == 0, res.output
    rows = json.loads(runner.invoke(cli, ["events", "--db", str(db_path), "--format", "json", "--type", "Battles"]).output)
    assert sorted(r["fatalities"] for r in rows) == [4, 7]


def test_cli_store_export_writes_file(filled: Engine, db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "e.geojson"
    res = CliRunner().invoke(cli, ["export", "--format", "geojson", "-o", str(out), "--db", str(db_path),
                                   "--since", "2024-04-01"])
    assert res.exit_code == 0, res.output
    assert len(json.loads(out.read_text())["features"]) == 1
    res = CliRunner().invoke(cli, ["export", "--format", "xml", "--db", str(db_path)])
    assert res.exit_code == 2  # usage error


def test_cli_store_ingest_exit_codes(monkeypatch: pytest.MonkeyPatch, db_path: Path) -> None:
    calls: list[dict[str, Any]] = []

    def fake_ingest(paths: list[str], **kw: Any) -> IngestSummary:
        calls.append({"paths": paths, **kw})
        s = IngestSummary(documents_added=2, events_new=3)
        if "bad.txt" in paths:
            s.failures.append(Failure("bad.txt", "read", "synthetic failure"))
        return s

    monkeypatch.setattr("eventcoder.store.ingest.ingest", fake_ingest)
    runner = CliRunner()
    res = runner.invoke(cli, ["ingest", "a.txt", "--db", str(db_path), "--published", "2024-01-02"])
    assert res.exit_code == 0 and "2 added" in res.output and "3 new" in res.output
    assert calls[0]["db"] == str(db_path) and calls[0]["published"] == "2024-01-02"
    res = runner.invoke(cli, ["ingest", "a.txt", "bad.txt", "--db", str(db_path), "--json"])
    assert res.exit_code == 1 and "bad.txt" in res.output
    assert runner.invoke(cli, ["ingest"]).exit_code == 2


def test_cli_demo_stores_samples_and_prints_events(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from eventcoder.cli import demo
    from eventcoder.dedup.scenarios import ev, report_text

    samples = tmp_path / "samples"
    samples.mkdir()
    (samples / "one.txt").write_text(report_text("demo-1"))
    (samples / "one.gold.json").write_text("{}")  # hand codings are not inputs

    def extract(doc: Document) -> Document:
        doc.events = [ev("Gao", "2024-06-01", actor1="JNIM", fatalities=2)]
        return doc

    from eventcoder.pipeline import Stage

    monkeypatch.setattr(Pipeline, "default", classmethod(lambda cls: Pipeline([Stage("events", extract)])))
    assert demo.sample_inputs(samples) == [samples / "one.txt"]
    db = tmp_path / "demo.sqlite"
    res = CliRunner().invoke(cli, ["demo", "--samples", str(samples), "--db", str(db)])
    assert res.exit_code == 0, res.output
    assert "1 added" in res.output and "Gao" in res.output and db.exists()


def test_cli_store_bad_date_is_a_usage_error(filled: Engine, db_path: Path) -> None:
    res = CliRunner().invoke(cli, ["events", "--db", str(db_path), "--since", "2024-13-01"])
    assert res.exit_code == 2 and "YYYY-MM-DD" in res.output


@pytest.mark.parametrize(("args", "message"), [
    (["--type", "Battle"], "did you mean 'Battles'"),
    (["--type", "armed clashes"], "did you mean 'Armed clash'"),
    (["--bbox", "1,2,3"], "min_lon,min_lat,max_lon,max_lat"),
    (["--bbox", "a,b,c,d"], "not numbers"),
])
def test_cli_store_bad_filter_is_a_usage_error(filled: Engine, db_path: Path, args: list[str], message: str) -> None:
    # A misspelt type used to match nothing, silently: "no stored event matches" hid the typo.
    for command in (["events"], ["export", "--format", "jsonl"]):
        res = CliRunner().invoke(cli, [*command, "--db", str(db_path), *args])
        assert res.exit_code == 2, res.output
        assert message in res.output


def test_cli_store_type_any_spelling_of_an_acled_type(filled: Engine, db_path: Path) -> None:
    for spelling in ("battles", "BATTLES", "Battles"):
        res = CliRunner().invoke(cli, ["events", "--db", str(db_path), "--format", "json", "--type", spelling])
        assert res.exit_code == 0 and len(json.loads(res.output)) == 1


def test_cli_store_parquet_to_stdout_is_a_usage_error(filled: Engine, db_path: Path) -> None:
    res = CliRunner().invoke(cli, ["export", "--format", "parquet", "--db", str(db_path)])
    assert res.exit_code == 2 and "-o FILE.parquet" in res.output


def test_query_unknown_type_raises_input_error(filled: Engine) -> None:
    from eventcoder.errors import InputError
    from eventcoder.store.query import query_events

    with pytest.raises(InputError, match="not an ACLED event type"):
        query_events(engine=filled, type="Bombing")


@pytest.mark.parametrize("value", ["yesterday", "2024-02-30", "9999-12-31"])
def test_cli_bad_published_is_one_usage_error(tmp_path: Path, value: str) -> None:
    # It used to fail every input path alike ("skipped a.txt (read): --published ..."), exit 1, "the rest were stored".
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("Gunmen killed two farmers in a village on Monday, police said.\n", encoding="utf-8")
    db = tmp_path / "store.sqlite"
    for command in (["ingest", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--db", str(db)],
                    ["extract", str(tmp_path / "a.txt")],
                    ["batch", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out")]):
        res = CliRunner().invoke(cli, [*command, "--published", value])
        assert res.exit_code == 2, (command, res.output)
        assert "--published" in res.output and repr(value) in res.output and "skipped" not in res.output
    assert not db.exists() and not (tmp_path / "out").exists()


def test_api_ingest_bad_published_raises_once(tmp_path: Path) -> None:
    from eventcoder import api
    from eventcoder.errors import InputError

    (tmp_path / "a.txt").write_text("Gunmen killed two farmers in a village on Monday, police said.\n", encoding="utf-8")
    with pytest.raises(InputError, match="not a date"):
        api.ingest([tmp_path / "a.txt"], db=str(tmp_path / "s.sqlite"), published="last week")


def test_cli_store_unmerge_by_the_acled_style_id(filled: Engine, db_path: Path, sample_docs: list[Document]) -> None:
    # docs/store.md shows `events unmerge NGA12 doc_...`; the ACLED-style id was answered "does not support event".
    runner = CliRunner()
    rows = json.loads(runner.invoke(cli, ["events", "--db", str(db_path), "--format", "json", "--type", "Battles"]).output)
    cnty = rows[0]["event_id_cnty"]
    res = runner.invoke(cli, ["events", "unmerge", cnty, sample_docs[1].id, "--db", str(db_path)])
    assert res.exit_code == 0, res.output
    assert f"{cnty} was recomputed" in res.output
    res = runner.invoke(cli, ["events", "unmerge", "NOPE9", sample_docs[1].id, "--db", str(db_path)])
    assert res.exit_code == 1 and "no event 'NOPE9'" in res.output


@pytest.mark.parametrize("samples", ["missing-folder", "report.txt"])
def test_cli_demo_samples_must_be_a_folder(tmp_path: Path, samples: str) -> None:
    # A mistyped --samples made an empty store and exited 0, as if the demo had run.
    (tmp_path / "report.txt").write_text("Gunmen killed two farmers in a village on Monday.\n", encoding="utf-8")
    db = tmp_path / "demo.sqlite"
    res = CliRunner().invoke(cli, ["demo", "--samples", str(tmp_path / samples), "--db", str(db)])
    assert res.exit_code == 2 and samples in res.output
    assert not db.exists()
