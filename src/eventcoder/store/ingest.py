"""``ingest``: read, extract, deduplicate and store, committed in small batches of documents.

A document already in the store is skipped before extraction, so re-running an interrupted
batch (even after ``kill -9``) resumes where the last commit left off and changes nothing
that was already stored. Extraction runs outside the store's write lock; only storing a
batch holds it, so several ingest processes can run at once.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine

from eventcoder.dedup.merge import MergeRules
from eventcoder.dedup.neardup import NearDupRules
from eventcoder.errors import EventcoderError, StoreError, StoreUnavailableError
from eventcoder.ingest.language import SUPPORTED_LANGUAGES
from eventcoder.model import Document, Failure
from eventcoder.store.db import open_engine, read_connection, write_transaction
from eventcoder.store.writer import DocOutcome, add_document, storage_id

if TYPE_CHECKING:
    from eventcoder.pipeline import Pipeline

__all__ = ["IngestSummary", "ingest", "store_documents"]

Reader = Callable[..., Iterable[Document | Failure]]
# A commit every 50 documents or 2 seconds: cheap enough for bulk loads, little to redo after a crash.
BATCH_SIZE = 50
BATCH_SECONDS = 2.0


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
    documents_not_coded: int = 0  # stored without coding: a language not supported yet
    failures: list[Failure] = field(default_factory=list)
    stopped: str | None = None  # why the run stopped early (the store became unusable), else None
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


def _stored(engine: Engine, doc: Document) -> bool:
    """Whether ``doc`` is stored already; the same text from another URL is not (it takes its own id)."""
    with read_connection(engine) as conn:
        own = storage_id(conn, doc)
    if own is not None and own != doc.id:
        doc.id = own
        doc.events = [replace(r, document_id=own) if r.document_id != own else r for r in doc.events]
    return own is None


def _batches(items: Iterable[Document | Failure], size: int, seconds: float) -> Iterator[list[Document | Failure]]:
    """Groups of at most ``size`` items, closed early when ``seconds`` have passed since the first."""
    batch: list[Document | Failure] = []
    started = 0.0
    for item in items:
        if not batch:
            started = time.monotonic()
        batch.append(item)
        if len(batch) >= size or time.monotonic() - started >= seconds:
            yield batch
            batch = []
    if batch:
        yield batch


def store_documents(items: Iterable[Document | Failure], engine: Engine, *, summary: IngestSummary | None = None,
                    near_rules: NearDupRules | None = None, merge_rules: MergeRules | None = None,
                    batch_size: int = BATCH_SIZE, batch_seconds: float = BATCH_SECONDS) -> IngestSummary:
    """Store already-extracted documents; Failures are collected.

    Documents are committed in small batches (one transaction holding the write lock): a crash
    loses at most the batch in progress, which a re-run stores again. When a batch fails, its
    documents are stored one per transaction, so a bad document is reported and the rest kept,
    whatever went wrong with it. When the store itself cannot be used (read-only, corrupt, not a
    database, unreachable) the run stops at once: ``summary.stopped`` says why.
    """
    summary = summary if summary is not None else IngestSummary()
    for batch in _batches(items, batch_size, batch_seconds):
        docs = []
        for item in batch:
            if isinstance(item, Failure):
                summary.failures.append(item)
            else:
                docs.append(item)
        if docs and not _store_batch(docs, engine, summary, near_rules, merge_rules):
            break
    return summary


def _store_batch(docs: list[Document], engine: Engine, summary: IngestSummary, near_rules: NearDupRules | None,
                 merge_rules: MergeRules | None) -> bool:
    """Store one batch (or, when it fails, each document alone); False when the store is unusable."""
    try:
        with write_transaction(engine) as conn:
            outcomes = [(doc, add_document(conn, doc, near_rules=near_rules, merge_rules=merge_rules))
                        for doc in docs]
    except StoreUnavailableError as exc:
        return _stop(summary, docs[0], exc)
    except Exception:  # noqa: BLE001 - rare: redo the batch one document per transaction, so one bad document sinks only itself
        outcomes = []
        for doc in docs:
            try:
                with write_transaction(engine) as conn:
                    outcomes.append((doc, add_document(conn, doc, near_rules=near_rules, merge_rules=merge_rules)))
            except StoreUnavailableError as exc:
                return _stop(summary, doc, exc)
            except StoreError as exc:
                summary.failures.append(Failure(doc.input_ref or doc.id, "store", str(exc), _input_id(doc)))
            except Exception as exc:  # noqa: BLE001 - batch boundary: the document fails, the batch goes on
                summary.failures.append(Failure(doc.input_ref or doc.id, "store", f"could not store the document "
                                                f"({type(exc).__name__}: {exc}); it was not stored, the rest of the "
                                                "batch goes on", _input_id(doc)))
    for doc, out in outcomes:  # counted once committed
        summary.add(out)
        if out.status != "duplicate" and doc.language is not None and doc.language not in SUPPORTED_LANGUAGES:
            summary.documents_not_coded += 1
    return True


def _stop(summary: IngestSummary, doc: Document, exc: StoreError) -> bool:
    summary.failures.append(Failure(doc.input_ref or doc.id, "store", str(exc), _input_id(doc)))
    summary.stopped = f"{exc}; nothing more was stored, re-run ingest to resume once it is fixed"
    return False


def _input_id(doc: Document) -> str | None:
    rid = doc.meta.get("input_id")
    return None if rid is None else str(rid)


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
    if published:
        from eventcoder.ingest.text import check_published

        # A bad fallback date concerns the whole call: one InputError, not the same Failure for every path.
        published = check_published(published, field="the publication date", input="--published")
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
            if isinstance(item, Document) and _stored(engine, item):
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
