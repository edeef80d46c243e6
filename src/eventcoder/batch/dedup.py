"""Canonical events at scale: the store's own deduplication, run block by block.

Records that can be one event share a *block*: the same event type, country, admin1 and
month (of the event date, else of the publication date). Blocks are independent, so they run
in parallel (Spark groups by block; the local engine hands blocks to a process pool). Inside a
block the store itself decides: the block's documents (with only the block's records) are
stored, in publication order, in a throw-away in-memory store (``eventcoder.store``: near-
duplicate documents, complete-linkage merging with ``dedup.merge.compatible`` and ``score``,
the ambiguity, re-homing and splitting corrections), so the merge rules are the store's and
improve with it. A block of one document needs no store: each record is its own event. The
canonical fields come from ``dedup.canonical.canonical_event`` over each event's sources.

Ids: an event's ``id`` is ``dedup.canonical.new_event_id`` of the record that created it (its
first source in publication order), as the store names it; ``event_id_cnty`` numbers the events
of each country prefix in date order (then id), after all blocks are done.

What blocking misses (docs/batch.md): a week- or month-precise record is compared only with
records of its own month (the store would look 17 or 31 days either side), and a record without
admin1 only with others without admin1.
"""

from __future__ import annotations

import json
import threading
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventcoder.batch.output import TMP, canonical_fields, write_table_file
from eventcoder.batch.process import month
from eventcoder.dedup.canonical import SourceRecord, canonical_event, id_prefix, new_event_id
from eventcoder.model import Document, EventRecord

__all__ = ["DOC_COLUMNS", "DedupSummary", "block_key", "canonical_fields", "dedup_block", "number_events"]

# Columns of the documents table a block needs (prefixed "doc_" when joined to the events).
DOC_COLUMNS = ("text", "title", "source", "url", "author", "published_origin", "language", "input_format")


@dataclass
class DedupSummary:
    """What a dedup run produced."""

    records: int = 0  # distinct event records (a document read twice counts once)
    blocks: int = 0
    events: int = 0
    merged_records: int = 0  # records that joined an event another record created
    seconds: float = 0.0


def block_key(row: dict[str, Any]) -> str:
    """The block of an ``events`` row: event type x country x admin1 x month."""
    anchor = row.get("event_date") or row.get("published")
    return "|".join((row.get("event_type") or "", row.get("country") or "", row.get("admin1") or "", month(anchor)))


def _documents(items: list[dict[str, Any]]) -> list[tuple[dict[str, Any], dict[int, EventRecord]]]:
    """The block's documents in publication order, each with its records by original index."""
    docs: dict[str, tuple[dict[str, Any], dict[int, EventRecord]]] = {}
    for row in items:
        doc = docs.setdefault(row["document_id"], (row, {}))
        doc[1][int(row["record_index"])] = EventRecord.from_dict(row)
    return sorted(docs.values(), key=lambda d: (d[0].get("published") or "", d[0]["document_id"]))


def _source(row: dict[str, Any], index: int, record: EventRecord, cluster: str, role: str) -> SourceRecord:
    return SourceRecord(record, row["document_id"], index, cluster, role, row.get("doc_source"), row.get("published"))


def _row(event_id: str, sources: list[SourceRecord], block: str, timestamp: int) -> dict[str, Any]:
    out = canonical_event(sources, event_id=event_id, timestamp=timestamp)
    out["id"] = event_id
    out["merge_info"] = json.dumps(out.get("merge_info"), ensure_ascii=False, sort_keys=True)
    out["sources"] = [{"document_id": s.document_id, "record_index": s.record_index, "role": s.role,
                       "outlet": s.outlet, "published": s.published}
                      for s in sorted(sources, key=lambda s: (s.document_id, s.record_index))]
    out["block"] = block
    out["event_month"] = month(out.get("event_date"))
    return out


_SCRATCH = threading.local()


@contextmanager
def _scratch_store() -> Iterator[Any]:
    """An empty in-memory store: made and migrated once per thread (50 ms), emptied after each block (< 1 ms)."""
    from sqlalchemy import MetaData, text

    from eventcoder.store.db import open_engine

    engine = getattr(_SCRATCH, "engine", None)
    if engine is None:
        engine = _SCRATCH.engine = open_engine(":memory:")
        reflected = MetaData()
        reflected.reflect(engine)
        # Children before parents; the migrations' own record stays, so the store stays migrated.
        _SCRATCH.tables = [t for t in reversed(reflected.sorted_tables) if t.name != "schema_migrations"]
    try:
        yield engine
    finally:
        with engine.begin() as conn:
            for table in _SCRATCH.tables:
                conn.execute(table.delete())
            if conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'").first():
                conn.execute(text("DELETE FROM sqlite_sequence"))


def _store_block(docs: list[tuple[dict[str, Any], dict[int, EventRecord]]]) -> list[list[SourceRecord]]:
    """Each event's sources, as an in-memory store decides them, with the records' original indexes."""
    from eventcoder.store.ingest import store_documents
    from eventcoder.store.query import iter_events
    from eventcoder.store.writer import load_sources

    original: dict[str, list[int]] = {}
    documents = []
    for row, records in docs:
        order = sorted(records)
        original[row["document_id"]] = order
        documents.append(Document(
            id=row["document_id"], text=row.get("doc_text") or "", title=row.get("doc_title"),
            source=row.get("doc_source"), url=row.get("doc_url"), author=row.get("doc_author"),
            published=row.get("published"), published_origin=row.get("doc_published_origin"),
            language=row.get("doc_language"), input_ref=row.get("input_ref"),
            input_format=row.get("doc_input_format"), events=[records[i] for i in order]))
    with _scratch_store() as engine:
        store_documents(documents, engine)
        ids = [e["id"] for e in iter_events(engine, with_sources=False)]
        with engine.connect() as conn:
            found = load_sources(conn, ids)
    return [[SourceRecord(s.record, s.document_id, original[s.document_id][s.record_index], s.cluster_id, s.role,
                          s.outlet, s.published) for s in found[eid]] for eid in sorted(found)]


def _creator(sources: list[SourceRecord]) -> SourceRecord:
    """The record that created the event: its origin, else its first source in publication order."""
    origins = [s for s in sources if s.role == "origin"] or sources
    return min(origins, key=lambda s: (s.published or "", s.document_id, s.record_index))


def dedup_block(items: Iterable[dict[str, Any]], *, timestamp: int | None = None) -> list[dict[str, Any]]:
    """The canonical events of one block's ``events`` rows (joined to their document's ``doc_*`` columns)."""
    rows = list(items)
    if not rows:
        return []
    block = block_key(rows[0])
    stamp = int(time.time()) if timestamp is None else timestamp
    docs = _documents(rows)
    if len(docs) == 1:
        row, records = docs[0]
        return [_row(new_event_id(row["document_id"], i), [_source(row, i, records[i], row["document_id"], "origin")],
                     block, stamp) for i in sorted(records)]
    out = []
    for sources in _store_block(docs):
        creator = _creator(sources)
        out.append(_row(new_event_id(creator.document_id, creator.record_index), sources, block, stamp))
    return sorted(out, key=lambda r: str(r["id"]))


def number_events(rows: list[dict[str, Any]]) -> None:
    """``event_id_cnty``: per country prefix, numbered in date order (undated last), then by id."""
    by_prefix: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_prefix[id_prefix(row.get("country"), row.get("iso"))].append(row)
    for prefix, group in by_prefix.items():
        group.sort(key=lambda r: (r.get("event_date") or "9999", str(r["id"])))
        for number, row in enumerate(group, start=1):
            row["event_id_cnty"] = f"{prefix}{number}"


def blocks_of(rows: Iterable[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    """Joined rows grouped by block, largest block first (so a pool starts the long ones early)."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        groups[block_key(row)].append(row)
    yield from sorted(groups.values(), key=lambda g: (-len(g), block_key(g[0])))


def summarise(rows: list[dict[str, Any]], blocks: int, started: float) -> DedupSummary:
    """Counts of a dedup run (records: distinct records, a document read twice counts once)."""
    records = sum(len(r["sources"]) for r in rows)
    return DedupSummary(records, blocks, len(rows), records - len(rows), round(time.perf_counter() - started, 3))


def out_path(out: Path) -> Path:
    """Where ``canonical_events`` goes."""
    return out / "canonical_events"


def _read_table(out: Path, table: str, **kwargs: Any) -> list[dict[str, Any]]:
    import pyarrow.dataset as ds

    folder = out / table
    if not folder.is_dir():
        return []
    rows: list[dict[str, Any]] = ds.dataset(folder, format="parquet", partitioning="hive").to_table(**kwargs).to_pylist()
    return rows


def joined_rows(out: Path) -> list[dict[str, Any]]:
    """Every ``events`` row with its document's ``doc_*`` columns (the local engine's input to dedup)."""
    import pyarrow.dataset as ds

    rows = _read_table(out, "events")
    wanted = sorted({r["document_id"] for r in rows})
    docs = {d["id"]: d for d in _read_table(out, "documents", columns=["id", *DOC_COLUMNS],
                                            filter=ds.field("id").isin(wanted))} if wanted else {}
    for row in rows:
        doc = docs.get(row["document_id"], {})
        row.update({f"doc_{c}": doc.get(c) for c in DOC_COLUMNS})
    return rows


def _dedup_chunk(blocks: list[list[dict[str, Any]]], timestamp: int) -> list[dict[str, Any]]:
    return [row for block in blocks for row in dedup_block(block, timestamp=timestamp)]


def write_canonical(out: Path, rows: list[dict[str, Any]]) -> None:
    """Replace ``OUT/canonical_events`` by ``rows`` (one file per event month), via a temporary folder."""
    import uuid

    tmp = out / TMP / f"canonical-{uuid.uuid4().hex}"
    by_month: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_month[row["event_month"]].append(row)
    for value, group in sorted(by_month.items()):
        write_table_file(tmp / f"event_month={value}" / "part-00000.parquet", "canonical_events", group)
    tmp.mkdir(parents=True, exist_ok=True)
    swap(tmp, out_path(out))


def swap(new: Path, target: Path) -> None:
    """Put the folder ``new`` in the place of ``target`` (the old one is removed after the rename)."""
    import shutil

    old = target.with_name(f"_old-{target.name}")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.rename(old)
    new.rename(target)
    shutil.rmtree(old, ignore_errors=True)


def dedup_local(out: Path, *, processes: int = 1, timestamp: int | None = None) -> DedupSummary:
    """Canonical events of a batch folder, blocks processed by ``processes`` worker processes."""
    started = time.perf_counter()
    stamp = int(time.time()) if timestamp is None else timestamp
    rows = joined_rows(out)
    blocks = list(blocks_of(rows))
    if processes > 1 and len(blocks) > 1:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor
        from functools import partial

        chunks = [blocks[i::processes * 4] for i in range(min(len(blocks), processes * 4))]
        with ProcessPoolExecutor(processes, mp_context=multiprocessing.get_context("spawn")) as pool:
            canonical = [r for part in pool.map(partial(_dedup_chunk, timestamp=stamp), chunks) for r in part]
    else:
        canonical = _dedup_chunk(blocks, stamp)
    number_events(canonical)
    write_canonical(out, canonical)
    return summarise(canonical, len(blocks), started)
