"""``ingest``: read, extract, deduplicate and store, one committed transaction per document.

A document already in the store is skipped before extraction, so re-running an interrupted
batch (even after ``kill -9``) resumes where the last commit left off and changes nothing
that was already stored.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, select

from eventcoder.dedup.merge import MergeRules
from eventcoder.dedup.neardup import NearDupRules
from eventcoder.errors import EventcoderError
from eventcoder.model import Document, Failure
from eventcoder.store.db import open_engine, write_transaction
from eventcoder.store.schema import documents
from eventcoder.store.writer import DocOutcome, add_document

if TYPE_CHECKING:
    from eventcoder.pipeline import Pipeline

__all__ = ["IngestSummary", "ingest", "store_documents"]

Reader = Callable[..., Iterable[Document | Failure]]


@dataclass
class IngestSummary:
    """What one ingest run added and skipped."""

    documents_added: int = 0
    documents_duplicate: int = 0
    documents_near_duplicate: int = 0
    events_new: int = 0
    events_merged: int = 0
    records_copied: int = 0
    events_split: int = 0
    failures: list[Failure] = field(default_factory=list)
    outcomes: list[DocOutcome] = field(default_factory=list, repr=False)

    def add(self, out: DocOutcome) -> None:
        """Count one document's outcome."""
        self.outcomes.append(out)
        if out.status == "duplicate":
            self.documents_duplicate += 1
            return
        if out.status == "near-duplicate":
            self.documents_near_duplicate += 1
        else:
            self.documents_added += 1
        self.events_new += out.events_new
        self.events_merged += out.events_merged
        self.records_copied += out.records_copied
        self.events_split += out.events_split

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (failures as dicts, per-document outcomes left out)."""
        data = {k: v for k, v in asdict(self).items() if k not in ("failures", "outcomes")}
        data["failures"] = [f.to_dict() for f in self.failures]
        return data


def _read_all(paths: Iterable[str | Path], reader: Reader, published: str | None) -> Iterator[Document | Failure]:
    for path in paths:
        try:
            yield from reader(path, published=published)
        except EventcoderError as exc:
            yield Failure(str(path), "read", str(exc))
        except OSError as exc:
            yield Failure(str(path), "read", f"cannot read ({exc}); check the path and permissions")


def _stored(engine: Engine, doc_id: str) -> bool:
    with engine.connect() as conn:
        return conn.execute(select(documents.c.id).where(documents.c.id == doc_id)).first() is not None


def store_documents(items: Iterable[Document | Failure], engine: Engine, *, summary: IngestSummary | None = None,
                    near_rules: NearDupRules | None = None, merge_rules: MergeRules | None = None) -> IngestSummary:
    """Store already-extracted documents (one transaction each); Failures are collected."""
    summary = summary if summary is not None else IngestSummary()
    for item in items:
        if isinstance(item, Failure):
            summary.failures.append(item)
            continue
        with write_transaction(engine) as conn:
            summary.add(add_document(conn, item, near_rules=near_rules, merge_rules=merge_rules))
    return summary


def ingest(
    paths: Iterable[str | Path],
    *,
    db: str | None = None,
    pipeline: Pipeline | None = None,
    published: str | None = None,
    progress: Callable[[Iterable[Any]], Iterable[Any]] | None = None,
    reader: Reader | None = None,
    near_rules: NearDupRules | None = None,
    merge_rules: MergeRules | None = None,
) -> IngestSummary:
    """Read every path, run the pipeline, deduplicate and store; returns what was added and skipped.

    ``progress`` wraps the stream of processed documents (e.g. a progress bar); ``reader``
    replaces :func:`eventcoder.ingest.read` (tests, custom inputs).
    """
    if reader is None:
        from eventcoder.ingest import read as default_reader

        reader = default_reader
    if pipeline is None:
        from eventcoder.pipeline import Pipeline

        pipeline = Pipeline.default()
    engine = open_engine(db)
    summary = IngestSummary()

    def unseen(items: Iterable[Document | Failure]) -> Iterator[Document | Failure]:
        # Skip stored documents before extraction: a re-run resumes cheaply.
        for item in items:
            if isinstance(item, Document) and _stored(engine, item.id):
                summary.documents_duplicate += 1
                continue
            yield item

    try:
        stream: Iterable[Document | Failure] = pipeline.pipe(unseen(_read_all(paths, reader, published)))
        if progress is not None:
            stream = progress(stream)
        store_documents(stream, engine, summary=summary, near_rules=near_rules, merge_rules=merge_rules)
    finally:
        engine.dispose()
    return summary
