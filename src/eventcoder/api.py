"""The public Python API. The CLI (and later REST, dashboard and Spark) are thin layers over it.

Each function delegates to the module that owns the behaviour; imports are lazy so that
``import eventcoder`` stays cheap and optional parts load only when used.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventcoder.model import Document, Failure, Place

if TYPE_CHECKING:
    import random
    import threading

    from eventcoder.dedup.clusters import ClusterReport
    from eventcoder.extract.explain import Explanation
    from eventcoder.pipeline import Pipeline
    from eventcoder.watch import WatchConfig, WatchStatus, WatchSummary
    from eventcoder.watch.timing import Clock

__all__ = [
    "evaluate",
    "evaluate_dedup",
    "explain",
    "export",
    "extract",
    "extract_text",
    "geoparse",
    "ingest",
    "query_events",
    "read",
    "relevance_score",
    "watch",
    "watch_status",
]


def read(
    source: str | Path, *, published: str | None = None, format: str | None = None
) -> Iterator[Document | Failure]:
    """Read any supported input (path or ``-`` for stdin) into Documents; bad inputs become Failures."""
    from eventcoder.ingest import read as _read

    return _read(source, published=published, format=format)


def extract(
    source: str | Path,
    *,
    published: str | None = None,
    format: str | None = None,
    pipeline: Pipeline | None = None,
) -> Iterator[Document | Failure]:
    """Read ``source`` and run the pipeline on every document: dates, places, events."""
    from eventcoder.pipeline import Pipeline

    pipe = pipeline or Pipeline.default()
    return pipe.pipe(read(source, published=published, format=format))


def extract_text(
    text: str, *, published: str | None = None, title: str | None = None, pipeline: Pipeline | None = None
) -> Document:
    """Run the whole pipeline on one text (body, optionally with headline and caption)."""
    from eventcoder.ingest import document_from_text
    from eventcoder.pipeline import Pipeline

    doc = document_from_text(text, published=published, title=title)
    return (pipeline or Pipeline.default())(doc)


def explain(doc: Document) -> Explanation:
    """The engine's reading of a processed document: each frame's cues, counts, actors, type and fate."""
    from eventcoder.extract.explain import explain as _explain

    return _explain(doc)


def geoparse(text: str) -> list[Place]:
    """Every place mention in ``text`` with its span and resolution (or ``resolved=False``)."""
    from eventcoder.geo import geoparse as _geoparse

    return _geoparse(text)


def ingest(paths: Iterable[str | Path], *, db: str | None = None, **options: Any) -> Any:
    """Extract, geocode, deduplicate and store; returns a summary of what was added and skipped."""
    from eventcoder.store.ingest import ingest as _ingest

    return _ingest(paths, db=db, **options)


def query_events(db: str | None = None, **filters: Any) -> Any:
    """Query stored events with the same filters as ``eventcoder events``."""
    from eventcoder.store.query import query_events as _query

    return _query(db=db, **filters)


def export(fmt: str, out: str | Path, *, db: str | None = None, **filters: Any) -> Any:
    """Export stored events as ``acled-csv``, ``geojson``, ``jsonl`` or ``parquet``."""
    from eventcoder.export import export as _export

    return _export(fmt, out, db=db, **filters)


def evaluate(gold: str | Path, *, pred: str | Path | None = None, **options: Any) -> Any:
    """Score the pipeline (or a prediction file) against a gold file."""
    from eventcoder.evaluation import evaluate as _evaluate

    return _evaluate(gold, pred=pred, **options)


def evaluate_dedup(clusters: str | Path | None = None, *, db: str | None = None) -> ClusterReport:
    """Deduplication on real coverage: ingest a clusters file into a fresh store (or ``db``), score page pairs.

    Default file: ``../shared/dev/dedup_clusters_dev.jsonl`` (see docs/store.md).
    """
    from eventcoder.dedup.clusters import evaluate_clusters

    return evaluate_clusters(clusters, db=db)


def relevance_score(text: str) -> float:
    """Score in [0, 1] that ``text`` reports political violence, demonstrations or strategic developments.

    The shipped relevance model (docs/relevance.md); ``eventcoder.relevance.RelevanceModel`` gives its
    threshold, batch scoring and your own models.
    """
    from eventcoder.relevance import RelevanceModel

    return RelevanceModel.default().score(text)


def watch(
    feeds: Iterable[str] = (),
    *,
    config: str | Path | WatchConfig | None = None,
    db: str | None = None,
    once: bool = False,
    interval: float | None = None,
    pipeline: Pipeline | None = None,
    clock: Clock | None = None,
    rng: random.Random | None = None,
    stop: threading.Event | None = None,
    until: float | None = None,
) -> WatchSummary:
    """Watch RSS/Atom feeds: code and store each new article, deliver alerts; ``once`` polls every feed once."""
    from eventcoder.watch import watch as _watch

    return _watch(list(feeds), config=config, db=db, once=once, interval=interval, pipeline=pipeline, clock=clock,
                  rng=rng, stop=stop, until=until)


def watch_status(db: str | None = None, *, config: str | Path | WatchConfig | None = None) -> WatchStatus:
    """Per-feed health and alert deliveries of the watcher, read from the store."""
    from eventcoder.watch import watch_status as _status

    return _status(db, config=config)
