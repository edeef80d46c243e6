"""The local engine end to end: tables, failures as rows, manifests, resuming, dedup and loading a store."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from eventcoder import api
from eventcoder.batch.runner import run_batch
from eventcoder.cli import cli

from .conftest import LINES, table
from .corpus import BROKEN_LINE, CUT_RECORD, NO_TEXT_LINE, UNDECODABLE_RECORD


def _partition(events: list[dict[str, Any]]) -> set[frozenset[tuple[str, int]]]:
    """Which records were merged with which: one set of (document, record index) per canonical event."""
    return {frozenset((s["document_id"], s["record_index"]) for s in ev["sources"]) for ev in events}


def test_tables_hold_documents_events_and_failures(local_run: tuple[Path, Any], inputs: list[Path]) -> None:
    out, summary = local_run
    jsonl, warc = (str(p.resolve()) for p in inputs)
    docs, events, failures = table(out, "documents"), table(out, "events"), table(out, "failures")
    assert len(docs) == summary.totals["documents"] == 13 and len(events) == summary.totals["events"]
    assert {(f["input"], f["offset"], f["offset_kind"]) for f in failures} == {
        (jsonl, BROKEN_LINE, "line"), (jsonl, NO_TEXT_LINE, "line"), (warc, UNDECODABLE_RECORD, "record"),
        (warc, CUT_RECORD, "record")}
    assert all(f["reason"] and f["stage"] == "ingest" for f in failures)
    by_ref = {d["input_ref"]: d for d in docs}
    assert f"{jsonl}:line 1" in by_ref and f"{warc}#record 1" in by_ref
    for ev in events:
        assert ev["event_month"] == ev["event_date"][:7] and ev["record_id"] == f"{ev['document_id']}:{ev['record_index']}"
        text = next(d["text"] for d in docs if d["id"] == ev["document_id"])
        assert ev["evidence"] and all(text[e["start"]:e["end"]] == e["quote"] for e in ev["evidence"])
    assert len({ev["record_id"] for ev in events}) == len(events)


def test_manifests_and_success(local_run: tuple[Path, Any]) -> None:
    out, summary = local_run
    success = json.loads((out / "_SUCCESS").read_text())
    assert success["totals"] == summary.totals and len(success["splits"]) == summary.splits_planned
    assert len(list((out / "_splits").glob("*.json"))) == summary.splits_planned == summary.totals["splits"]
    assert not (out / "_tmp").exists()


def test_dedup_merges_reports_of_one_incident(local_run: tuple[Path, Any]) -> None:
    out, summary = local_run
    canonical = table(out, "canonical_events")
    assert len(canonical) == summary.dedup["events"] and summary.dedup["merged_records"] >= 2
    konduga = [ev for ev in canonical if ev["location"] == "Konduga"]
    assert len(konduga) == 1 and len(konduga[0]["sources"]) == 3
    assert konduga[0]["fatalities"] == 5  # the lowest reported toll (ACLED's rule)
    assert len({ev["event_id_cnty"] for ev in canonical}) == len(canonical)
    assert all(ev["event_id_cnty"] for ev in canonical)


def test_dedup_merges_like_the_store(local_run: tuple[Path, Any], inputs: list[Path], tmp_path: Path) -> None:
    out, _ = local_run
    store = api.ingest([str(p) for p in inputs], db=str(tmp_path / "store.sqlite"))
    stored = api.query_events(str(tmp_path / "store.sqlite"))
    assert store.events_new == len(stored)
    assert _partition(table(out, "canonical_events")) == _partition(stored)


def test_rerun_skips_committed_splits(local_run: tuple[Path, Any], inputs: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(local_run[0], out)
    again = run_batch([str(p) for p in inputs], out, lines_per_split=LINES)
    assert (again.splits_run, again.splits_skipped) == (0, again.splits_planned)
    assert again.totals == local_run[1].totals and again.dedup is None  # nothing new: dedup not redone
    for name in ("documents", "events", "failures", "canonical_events"):
        assert table(out, name) == table(local_run[0], name)
    # A run killed during dedup leaves _SUCCESS of the splits stage only: the next run redoes dedup.
    success = json.loads((out / "_SUCCESS").read_text())
    (out / "_SUCCESS").write_text(json.dumps({**success, "canonical_current": False}))
    assert run_batch([str(p) for p in inputs], out, lines_per_split=LINES).dedup is not None


def test_interrupted_splits_are_redone_without_duplicates(local_run: tuple[Path, Any], inputs: list[Path],
                                                          tmp_path: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(local_run[0], out)
    # As after a kill between moving a split's files into place and writing its manifest, plus a file
    # an earlier attempt of that split wrote and this one will not, and a half-written temporary folder.
    manifests = sorted((out / "_splits").glob("*.json"))[:2]
    for manifest in manifests:
        manifest.unlink()
    split_id = manifests[0].stem
    leftover = next((out / "events").rglob("*.parquet"))
    (out / "events" / "event_month=1999-01").mkdir()
    shutil.copy(leftover, out / "events" / "event_month=1999-01" / f"part-{split_id}.parquet")
    (out / "_tmp" / f"{split_id}.{uuid.uuid4().hex}").mkdir(parents=True)
    again = run_batch([str(p) for p in inputs], out, lines_per_split=LINES)
    assert again.splits_run == 2
    for name in ("documents", "events", "failures"):
        assert _strip(table(out, name)) == _strip(table(local_run[0], name))
    assert not (out / "events" / "event_month=1999-01" / f"part-{split_id}.parquet").exists()
    assert _partition(table(out, "canonical_events")) == _partition(table(local_run[0], "canonical_events"))


def _strip(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: v for k, v in r.items() if k != "split_id"} for r in rows]


@pytest.mark.slow
def test_killed_run_then_rerun_gives_no_duplicates(local_run: tuple[Path, Any], inputs: list[Path],
                                                   tmp_path: Path) -> None:
    out = tmp_path / "out"
    command = [str(Path(sys.executable).with_name("eventcoder")), "batch", *map(str, inputs), "--out", str(out),
               "--lines-per-split", "1", "--no-dedup"]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            if len(list((out / "_splits").glob("*.json"))) >= 2:
                break
            time.sleep(0.05)
    finally:
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    assert proc.returncode == -signal.SIGKILL and not (out / "_SUCCESS").exists()
    again = run_batch([str(p) for p in inputs], out, lines_per_split=1, dedup=False)
    assert again.splits_skipped >= 2 and again.splits_run >= 1
    for name in ("documents", "events", "failures"):
        assert _strip(table(out, name)) == _strip(table(local_run[0], name)), name


def test_changed_options_are_refused(local_run: tuple[Path, Any], inputs: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(local_run[0], out)
    from eventcoder.errors import ConfigError

    with pytest.raises(ConfigError, match="other options"):
        run_batch([str(p) for p in inputs], out, lines_per_split=LINES + 1)


def test_load_into_a_store(local_run: tuple[Path, Any], tmp_path: Path) -> None:
    out, _ = local_run
    db = str(tmp_path / "loaded.sqlite")
    first = api.load_batch(out, db)
    second = api.load_batch(out, db)
    stored = api.query_events(db)
    assert first.documents_added == len({e["document_id"] for e in table(out, "events")})
    assert second.documents_duplicate == first.documents_added and second.events_new == 0
    assert _partition(stored) == _partition(table(out, "canonical_events"))


@pytest.mark.postgres
def test_load_into_postgres(local_run: tuple[Path, Any], pg_url: str) -> None:
    out, _ = local_run
    api.load_batch(out, pg_url)
    assert _partition(api.query_events(pg_url)) == _partition(table(out, "canonical_events"))


def test_cli_batch(inputs: list[Path], tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["batch", *map(str, inputs), "--out", str(tmp_path / "o"), "--no-dedup",
                                      "--json"])
    assert result.exit_code == 1, result.output  # four records failed; the rest were coded
    data = json.loads(result.stdout)
    assert data["totals"]["failures"] == 4 and data["dedup"] is None and data["engine"] == "local"
    assert "failed" in result.stderr
    bad = CliRunner().invoke(cli, ["batch", str(inputs[0]), "--out", str(tmp_path / "p"), "--engine", "flink"])
    assert bad.exit_code == 2


def test_a_reader_that_stops_is_one_failure(monkeypatch: pytest.MonkeyPatch, inputs: list[Path]) -> None:
    from eventcoder.batch import process
    from eventcoder.batch.splits import plan_splits
    from eventcoder.pipeline import Pipeline

    split = plan_splits([inputs[0]])[0][0]
    real = process.read_split

    def failing(*args: Any, **kwargs: Any) -> Iterator[Any]:
        items = real(*args, **kwargs)
        yield next(items)
        raise OSError("the disk went away")

    monkeypatch.setattr(process, "read_split", failing)
    rows = process.process_split(split, Pipeline.default())
    assert len(rows.documents) == 1 and len(rows.failures) == 1
    assert rows.failures[0]["stage"] == "read" and "the disk went away" in rows.failures[0]["reason"]


def test_every_batch_option_is_documented() -> None:
    import re

    from eventcoder.cli.batch import batch_command

    root = Path(__file__).resolve().parents[2]
    doc = (root / "docs" / "batch.md").read_text(encoding="utf-8")
    readme = (root / "README.md").read_text(encoding="utf-8")
    for param in batch_command.params:
        for opt in [*getattr(param, "opts", []), *getattr(param, "secondary_opts", [])]:
            if opt.startswith("-"):
                assert re.search(rf"`[^`]*{re.escape(opt)}\b", doc), opt
    assert "`eventcoder batch" in readme and "docs/batch.md" in readme
