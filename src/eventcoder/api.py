"""The public Python API. The CLI (and later REST, dashboard and Spark) are thin layers over it.

Each function delegates to the module that owns the behaviour; imports are lazy so that
``import eventcoder`` stays cheap and optional parts load only when used.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventcoder.model import Document, Failure, Place

if TYPE_CHECKING:
    import random
    import threading

    from eventcoder.batch.runner import BatchSummary
    from eventcoder.pipeline import Pipeline
    from eventcoder.store.ingest import IngestSummary
    from eventcoder.watch import WatchConfig, WatchStatus, WatchSummary
    from eventcoder.watch.timing import Clock

__all__ = [
    "batch",
    "evaluate",
    "export",
    "extract",
    "extract_text",
    "geoparse",
    "ingest",
    "load_batch",
    "query_events",
    "read",
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


def batch(
    inputs: Iterable[str | Path],
    out: str | Path,
    *,
    engine: str = "local",
    processes: int | None = None,
    master: str | None = None,
    published: str | None = None,
    lines_per_split: int | None = None,
    dedup: bool = True,
    load_db: str | None = None,
    spark_conf: dict[str, str] | None = None,
    progress: Callable[[Iterable[dict[str, Any]]], Iterable[dict[str, Any]]] | None = None,
) -> BatchSummary:
    """Code a corpus (WARC, JSONL, CSV; files, folders, globs) into Parquet tables under ``out``.

    ``engine`` is ``local`` (``processes`` worker processes) or ``spark`` (``master``, e.g.
    ``local[2]`` or ``spark://host:7077``; None: what spark-submit set). Committed splits are
    skipped on a re-run; ``dedup`` writes ``canonical_events``; ``load_db`` stores the result
    in an event store. See docs/batch.md.
    """
    from eventcoder.batch.runner import run_batch
    from eventcoder.batch.splits import LINES_PER_SPLIT

    return run_batch(list(inputs), out, engine=engine, processes=processes, master=master, published=published,
                     lines_per_split=lines_per_split or LINES_PER_SPLIT, dedup=dedup, load_db=load_db,
                     spark_conf=spark_conf, progress=progress)


def load_batch(out: str | Path, db: str | None = None) -> IngestSummary:
    """Store the documents and event records of a batch folder in the event store ``db``."""
    from eventcoder.batch.load import load_store

    return load_store(out, db)


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
