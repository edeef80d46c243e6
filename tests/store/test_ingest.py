"""ingest(): idempotence, failures, resume after kill -9, two processes at once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from eventcoder.dedup.scenarios import ev
from eventcoder.model import Document, Failure
from eventcoder.pipeline import Pipeline, Stage
from eventcoder.store.db import open_engine
from eventcoder.store.ingest import ingest, store_documents
from eventcoder.store.schema import documents, event_sources, events

from ._helpers import make_doc
from ._worker import synthetic_docs

ROOT = Path(__file__).resolve().parents[2]


def _count(engine: Engine, table: object) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())  # type: ignore[arg-type]


def test_ingest_same_documents_twice_changes_nothing(engine: Engine, sample_docs: list[Document]) -> None:
    first = store_documents(sample_docs, engine)
    assert (first.documents_added, first.events_new, first.events_merged) == (3, 2, 1)
    with engine.connect() as conn:
        before = conn.execute(select(events).order_by(events.c.id)).all()
    second = store_documents(sample_docs, engine)
    assert (second.documents_duplicate, second.documents_added, second.events_new) == (3, 0, 0)
    with engine.connect() as conn:
        after = conn.execute(select(events).order_by(events.c.id)).all()
    assert before == after
    assert _count(engine, event_sources) == 3


def test_ingest_runs_reader_and_pipeline_and_collects_failures(db_path: Path, sample_docs: list[Document]) -> None:
    seen: list[str] = []

    def reader(path: str, *, published: str | None = None) -> Iterator[Document | Failure]:
        if path == "bad.txt":
            yield Failure("bad.txt", "read", "not a readable report")
            return
        yield from sample_docs

    def tag(doc: Document) -> Document:
        seen.append(doc.id)
        return doc

    summary = ingest(["good.txt", "bad.txt"], db=str(db_path), pipeline=Pipeline([Stage("tag", tag)]), reader=reader)
    assert summary.documents_added == 3 and len(summary.failures) == 1
    assert summary.to_dict()["failures"][0]["input"] == "bad.txt"
    # A re-run skips stored documents before extraction.
    seen.clear()
    again = ingest(["good.txt"], db=str(db_path), pipeline=Pipeline([Stage("tag", tag)]), reader=reader)
    assert again.documents_duplicate == 3 and seen == []


def test_ingest_failing_stage_becomes_failure(db_path: Path, sample_docs: list[Document]) -> None:
    def boom(doc: Document) -> Document:
        raise ValueError("synthetic stage failure")

    summary = ingest(["x"], db=str(db_path), pipeline=Pipeline([Stage("boom", boom)]),
                     reader=lambda p, published=None: iter(sample_docs))
    assert len(summary.failures) == 3 and summary.documents_added == 0


def test_ingest_resumes_after_kill_9(db_path: Path) -> None:
    n = 60
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "tests.store._worker", str(db_path), str(n), "0.05"],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    engine = open_engine(db_path)
    try:
        # Wait until a few documents are committed (or the child ends), then kill it hard.
        while proc.poll() is None and (not db_path.exists() or _count(engine, documents) < 5):
            try:
                proc.wait(timeout=0.05)
            except subprocess.TimeoutExpired:
                pass
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
        proc.wait()
        stored = _count(engine, documents)
        assert stored >= 5
        assert _count(engine, events) == _count(engine, event_sources) == stored  # nothing half-written
        summary = store_documents(synthetic_docs(n), engine)
        assert summary.documents_duplicate == stored and summary.documents_added == n - stored
        assert _count(engine, documents) == _count(engine, events) == n
    finally:
        engine.dispose()


def test_ingest_two_processes_at_once_store_each_event_once(db_path: Path) -> None:
    n = 40
    open_engine(db_path).dispose()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [subprocess.Popen([sys.executable, "-m", "tests.store._worker", str(db_path), str(n)], cwd=ROOT,
                              env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outs = [p.communicate(timeout=120) for p in procs]
    assert all(p.returncode == 0 for p in procs), outs
    added = [int(o[0].split()[0]) for o in outs]
    assert sum(added) == n
    engine = open_engine(db_path)
    assert _count(engine, documents) == _count(engine, events) == _count(engine, event_sources) == n
    engine.dispose()


def test_ingest_near_duplicate_adds_no_event(engine: Engine) -> None:
    original = make_doc("wire", [ev("Gao", "2024-06-01", actor1="JNIM", fatalities=6)], outlet="Wire")
    copy = make_doc("copy", [ev("Gao", "2024-06-01", actor1="JNIM", fatalities=6),
                             ev("Gao", "2024-06-01", "Looting/property destruction", actor1="JNIM")],
                    outlet="Paper", text="Breaking: a new headline\n\n" + original.text)
    summary = store_documents([original, copy], engine)
    assert summary.documents_near_duplicate == 1 and summary.events_new == 1 and summary.records_copied == 1
    with engine.connect() as conn:
        roles = sorted(conn.execute(select(event_sources.c.role)).scalars())
        cluster = set(conn.execute(select(documents.c.cluster_id)).scalars())
    assert roles == ["copy", "origin", "unmatched-copy"]
    assert cluster == {original.id}


def test_ingest_one_bad_document_does_not_sink_its_batch(engine: Engine, sample_docs: list[Document],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from eventcoder.errors import StoreError
    from eventcoder.store import ingest as ingest_module

    real = ingest_module.add_document

    def flaky(conn: object, doc: Document, **kw: object) -> object:
        if doc.id == sample_docs[1].id:
            raise StoreError(f"{doc.id}: synthetic write failure")
        return real(conn, doc, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(ingest_module, "add_document", flaky)
    summary = store_documents(sample_docs, engine)
    assert summary.documents_added == 2 and [f.stage for f in summary.failures] == ["store"]
    assert _count(engine, documents) == 2


def test_ingest_the_same_text_from_another_url_is_extracted_and_stored_as_a_copy(db_path: Path) -> None:
    from dataclasses import replace

    record = ev("Gwoza", "2024-03-05", fatalities=2)
    urls = {"a.txt": "https://outlet-a.example/1", "b.txt": "https://outlet-b.example/wire/1"}
    seen: list[str] = []

    def reader(path: str, *, published: str | None = None) -> Iterator[Document | Failure]:
        yield replace(make_doc("wire-text", []), url=urls[path])  # synthetic: one text, two outlets' URLs

    def code(doc: Document) -> Document:
        seen.append(doc.id)
        doc.events = [replace(record, document_id=doc.id)]
        return doc

    pipeline = Pipeline([Stage("code", code)])
    first = ingest(["a.txt", "b.txt"], db=str(db_path), pipeline=pipeline, reader=reader)
    assert (first.documents_added, first.documents_near_duplicate, first.documents_duplicate) == (1, 1, 0)
    # Both were read before either was stored (one batch): the second takes its own id when it is stored.
    seen.clear()
    again = ingest(["b.txt", "a.txt"], db=str(db_path), pipeline=pipeline, reader=reader)
    assert again.documents_duplicate == 2 and seen == []  # idempotent, skipped before extraction
    engine = open_engine(db_path)
    try:
        assert _count(engine, events) == 1 and _count(engine, documents) == 2
    finally:
        engine.dispose()
