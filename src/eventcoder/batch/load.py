"""Loading a batch folder into an event store (PostgreSQL or SQLite) through the store's own writer.

Every document with at least one event record is stored with its records, month by month in
publication order, by :func:`eventcoder.store.ingest.store_documents`: the store numbers the
events, links near-duplicates and merges with its rules and its write lock, so a loaded store
is like one filled by ``eventcoder ingest`` (``events show``, ``unmerge``, further ingests all
work), and loading twice changes nothing. Its events equal ``canonical_events`` except where
blocking misses a merge the store makes (docs/batch.md). Documents without events are not
loaded. One process writes (the store's writes are serialised anyway): about the store's
ingest rate, some 1,000 event records per second (docs/store.md).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventcoder.model import Document, EventRecord

if TYPE_CHECKING:
    from eventcoder.store.ingest import IngestSummary

__all__ = ["load_store"]


def _records(out: Path) -> dict[str, dict[int, EventRecord]]:
    import pyarrow.dataset as ds

    by_doc: dict[str, dict[int, EventRecord]] = defaultdict(dict)
    folder = out / "events"
    if not folder.is_dir():
        return by_doc
    for batch in ds.dataset(folder, format="parquet", partitioning="hive").to_batches():
        for row in batch.to_pylist():
            by_doc[row["document_id"]][int(row["record_index"])] = EventRecord.from_dict(row)
    return by_doc


def _documents(out: Path, records: dict[str, dict[int, EventRecord]]) -> Iterator[Document]:
    """Documents with events, one publication month at a time, in publication order."""
    import pyarrow.dataset as ds

    folder = out / "documents"
    if not folder.is_dir() or not records:
        return
    data = ds.dataset(folder, format="parquet", partitioning="hive")
    months = sorted({p.name.split("=", 1)[1] for p in folder.iterdir() if "=" in p.name})
    seen: set[str] = set()
    for value in months:
        rows = data.to_table(filter=(ds.field("published_month") == value) & (ds.field("n_events") > 0)).to_pylist()
        for row in sorted(rows, key=lambda r: (r.get("published") or "", r["id"])):
            if row["id"] in seen or row["id"] not in records:
                continue
            seen.add(row["id"])
            yield _document(row, records[row["id"]])


def _document(row: dict[str, Any], records: dict[int, EventRecord]) -> Document:
    import json

    return Document(id=row["id"], text=row["text"], title=row.get("title"), source=row.get("source"),
                    url=row.get("url"), author=row.get("author"), published=row.get("published"),
                    published_origin=row.get("published_origin"), language=row.get("language"),
                    input_ref=row.get("input_ref"), input_format=row.get("input_format"),
                    meta=json.loads(row["meta"]) if row.get("meta") else {}, rejected=row.get("rejected"),
                    events=[records[i] for i in sorted(records)])


def load_store(out: str | Path, db: str | None) -> IngestSummary:
    """Store every document of the batch folder ``out`` that has events into the store ``db``."""
    from eventcoder.store.db import open_engine
    from eventcoder.store.ingest import store_documents

    folder = Path(out)
    engine = open_engine(db)
    try:
        return store_documents(_documents(folder, _records(folder)), engine)
    finally:
        engine.dispose()
