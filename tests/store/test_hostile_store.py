"""The store under hostile use (issue 15, items 1, 2, 9, 10, 16-18): say what is wrong, lose nothing, stop when
the store itself is unusable. Synthetic documents only."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from sqlalchemy import Engine, func, select
from sqlalchemy.exc import DatabaseError

from eventcoder.cli import cli
from eventcoder.dedup.scenarios import ev
from eventcoder.errors import StoreError, StoreUnavailableError
from eventcoder.model import Document
from eventcoder.store.db import open_engine
from eventcoder.store.ingest import store_documents
from eventcoder.store.query import query_events
from eventcoder.store.schema import documents

from ._helpers import make_doc


def _count(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(documents)).scalar_one())


def _flaky(monkeypatch: pytest.MonkeyPatch, bad_id: str, exc: BaseException) -> None:
    from eventcoder.store import ingest as ingest_module

    real = ingest_module.add_document

    def add(conn: Any, doc: Document, **kw: Any) -> Any:
        if doc.id == bad_id:
            raise exc
        return real(conn, doc, **kw)

    monkeypatch.setattr(ingest_module, "add_document", add)


@pytest.mark.parametrize("exc", [OverflowError("Python int too large to convert to SQLite INTEGER"),
                                 ValueError("date value out of range"), KeyError("synthetic")])
def test_store_hostile_1_any_error_of_one_document_fails_it_alone(engine: Engine, sample_docs: list[Document],
                                                                  monkeypatch: pytest.MonkeyPatch,
                                                                  exc: BaseException) -> None:
    _flaky(monkeypatch, sample_docs[1].id, exc)
    summary = store_documents(sample_docs, engine)
    assert summary.documents_added == 2 and summary.stopped is None
    (failure,) = summary.failures
    assert failure.stage == "store" and type(exc).__name__ in failure.message and "not stored" in failure.message
    assert _count(engine) == 2


def test_store_hostile_17_corruption_stops_at_the_first_document(engine: Engine, monkeypatch: pytest.MonkeyPatch
                                                                 ) -> None:
    docs = [make_doc(f"k{i}", [ev("Gwoza", f"2024-03-{i + 1:02d}")]) for i in range(6)]
    from eventcoder.store import ingest as ingest_module

    def corrupt(conn: Any, doc: Document, **kw: Any) -> Any:
        raise DatabaseError("INSERT", {}, Exception("database disk image is malformed"))

    monkeypatch.setattr(ingest_module, "add_document", corrupt)
    summary = store_documents(docs, engine, batch_size=2)
    assert len(summary.failures) == 1 and summary.stopped is not None
    assert "corrupt" in summary.stopped and "re-run ingest" in summary.stopped


def test_store_hostile_1_2_pipeline_ingest_of_hostile_records(tmp_path: Path) -> None:
    from eventcoder.api import ingest

    path = tmp_path / "batch.jsonl"
    records = [
        {"id": "huge", "text": "Officials said 1000000000000000000000000000000 people were killed in the district "
                               "on Monday.", "published": "2024-03-05"},
        {"id": "far", "text": "Gunmen killed four traders near the market on Monday.", "published": "9999-12-31"},
        {"id": "early", "text": "Gunmen killed two farmers near the river on Monday.", "published": "0001-01-03"},
        {"id": "ok", "text": "Gunmen killed three herders near the well on Monday.", "published": "2024-03-06"},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    summary = ingest([str(path)], db=str(tmp_path / "s.sqlite"))
    assert summary.documents_added == 2 and summary.stopped is None
    assert sorted(f.input_id or "" for f in summary.failures) == ["early", "far"]
    assert all("'published'" in f.message for f in summary.failures)


# --- 16, 17: opening for reading ------------------------------------------------------------------------------

def test_store_hostile_16_read_only_folder_can_be_read(filled: Engine, db_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    filled.dispose()
    real_access = os.access

    def access(path: Any, mode: int, **kw: Any) -> bool:  # as root every folder is writable: pretend it is not
        if mode & os.W_OK and Path(path) in (db_path, db_path.parent):
            return False
        return real_access(path, mode, **kw)

    monkeypatch.setattr(os, "access", access)
    engine = open_engine(db_path, readonly=True)
    try:
        assert "mode=ro" in str(engine.url) and "immutable=1" in str(engine.url)
        assert len(query_events(engine=engine)) == 2
    finally:
        engine.dispose()
    assert not Path(f"{db_path}-wal").exists()  # nothing was written


def test_store_hostile_16_reading_never_takes_the_write_lock(filled: Engine, db_path: Path) -> None:
    from eventcoder.store.db import write_transaction

    with write_transaction(filled):  # another process is writing: readers go on
        assert len(query_events(str(db_path))) == 2


@pytest.fixture
def filled(engine: Engine, sample_docs: list[Document]) -> Engine:
    store_documents(sample_docs, engine)
    return engine


@pytest.mark.parametrize(("content", "message"), [
    (b"this is a text file, not a database at all" * 10, "not an SQLite database"),
    (b"", "not an eventcoder store"),
])
def test_store_hostile_17_not_a_store(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "x.sqlite"
    path.write_bytes(content)
    with pytest.raises(StoreUnavailableError, match=message):
        query_events(str(path))
    if content:
        with pytest.raises(StoreUnavailableError, match=message):
            open_engine(path)


def test_store_hostile_17_folder_and_empty_db(tmp_path: Path) -> None:
    with pytest.raises(StoreUnavailableError, match="is a folder, not a store file"):
        query_events(str(tmp_path))
    with pytest.raises(StoreError, match="--db is empty"):
        query_events("")


def test_store_hostile_17_corrupt_store_says_corrupt(filled: Engine, db_path: Path) -> None:
    filled.dispose()
    data = bytearray(db_path.read_bytes())
    page = 4096
    for start in range(2 * page, len(data) - page, page):
        data[start + 8 : start + 200] = os.urandom(192)  # page headers and cell pointers
    db_path.write_bytes(bytes(data))
    with pytest.raises(StoreUnavailableError, match="corrupt|not an SQLite database"):
        query_events(str(db_path))


def test_store_hostile_17_unreachable_server() -> None:
    with pytest.raises(StoreUnavailableError, match="cannot reach the database server"):
        query_events("postgresql://nobody@127.0.0.1:1/none")


def test_store_hostile_17_events_errors_do_not_talk_of_writing(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite"
    path.write_bytes(b"garbage" * 100)
    result = CliRunner().invoke(cli, ["events", "--db", str(path)])
    assert result.exit_code == 1 and "not an SQLite database" in result.stderr
    assert "write failed" not in result.stderr and "re-run ingest" not in result.stderr


# --- 18: usage errors -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("args", [["--limit", "99999999999999999999999"], ["--text", "x" * 100_000],
                                  ["--actor", "y" * 100_000]])
@pytest.mark.parametrize("command", ["events", "export"])
def test_store_hostile_18_limit_and_huge_text_are_usage_errors(filled: Engine, db_path: Path, args: list[str],
                                                               command: str) -> None:
    extra = ["--format", "jsonl"] if command == "export" else []
    result = CliRunner().invoke(cli, [command, *extra, "--db", str(db_path), *args])
    assert result.exit_code == 2 and "Invalid value" in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_store_hostile_18_api_bounds(filled: Engine, db_path: Path) -> None:
    from eventcoder.errors import InputError

    with pytest.raises(InputError, match="out of range"):
        query_events(str(db_path), limit=10**30)
    with pytest.raises(InputError, match="at most"):
        query_events(str(db_path), text="z" * 100_000)


# --- 10: LIKE wildcards are literal ---------------------------------------------------------------------------

@pytest.mark.parametrize("needle", ["%", "_", "\\", "%%", "G_oza"])
def test_store_hostile_10_wildcards_match_only_themselves(filled: Engine, db_path: Path, needle: str) -> None:
    assert query_events(str(db_path), text=needle) == []
    assert query_events(str(db_path), actor=needle) == []


def test_store_hostile_10_literal_percent_is_found(engine: Engine, db_path: Path) -> None:
    doc = make_doc("pct", [ev("Gwoza", "2024-03-01", notes="Synthetic: turnout 40% higher, id a_b.")])
    store_documents([doc], engine)
    assert len(query_events(str(db_path), text="40%")) == 1
    assert len(query_events(str(db_path), text="a_b")) == 1


# --- 9: exports replace the old file only when they succeed ----------------------------------------------------

@pytest.mark.parametrize(("fmt", "name"), [("geojson", "out.geojson"), ("acled-csv", "out.csv"),
                                           ("jsonl", "out.jsonl"), ("parquet", "out.parquet")])
def test_store_hostile_9_failed_export_keeps_the_old_file(filled: Engine, db_path: Path, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch, fmt: str, name: str) -> None:
    from eventcoder.api import export
    from eventcoder.store import query

    out = tmp_path / name
    assert export(fmt, str(out), db=str(db_path)) == 2
    before = out.read_bytes()
    real = query.iter_events

    def failing(engine: Engine, **kw: Any) -> Iterator[dict[str, Any]]:
        it = real(engine, **kw)
        yield next(it)
        raise StoreError("synthetic failure half-way through the export")

    monkeypatch.setattr(query, "iter_events", failing)
    with pytest.raises(StoreError, match="half-way"):
        export(fmt, str(out), db=str(db_path))
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
