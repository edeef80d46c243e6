"""The public Python API. The CLI (and later REST, dashboard and Spark) are thin layers over it.

Each function delegates to the module that owns the behaviour; imports are lazy so that
``import eventcoder`` stays cheap and optional parts load only when used.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventcoder.model import Document, Failure, Place

if TYPE_CHECKING:
    import random
    import threading

    from sqlalchemy import Engine

    from eventcoder.batch.runner import BatchSummary
    from eventcoder.dedup.clusters import ClusterReport
    from eventcoder.evaluation.gold import GoldDoc
    from eventcoder.evaluation.report import EvalReport
    from eventcoder.extract.explain import Explanation
    from eventcoder.pipeline import Pipeline
    from eventcoder.store.ingest import IngestSummary
    from eventcoder.watch import WatchConfig, WatchStatus, WatchSummary
    from eventcoder.watch.timing import Clock

__all__ = [
    "accuracy_report",
    "batch",
    "check_filters",
    "check_published",
    "evaluate",
    "evaluate_dedup",
    "event_map",
    "event_points",
    "event_stats",
    "events_page",
    "explain",
    "explain_event",
    "export",
    "extract",
    "extract_text",
    "gazetteer_add",
    "gazetteer_build",
    "gazetteer_import",
    "gazetteer_info",
    "gazetteer_path",
    "geoparse",
    "geoparse_document",
    "get_document",
    "get_event",
    "ingest",
    "ingest_bytes",
    "load_batch",
    "load_gold",
    "next_cursor",
    "open_store",
    "query_events",
    "read",
    "read_text",
    "relevance_score",
    "unmerge",
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


def geoparse_document(text: str, *, doc_id: str | None = None) -> Document:
    """A Document of ``text`` with its place mentions resolved and its country focus set."""
    from eventcoder.geo import Geocoder
    from eventcoder.model import document_id

    doc = Document(id=doc_id or document_id(text), text=text)
    return Geocoder.default().annotate(doc)


def read_text(source: str | Path) -> str:
    """The text of a file, or of ``"-"`` (standard input), decoded as ingest decodes (a BOM, UTF-8, a declared or
    guessed code page, UTF-16); InputError naming the input when it cannot be read, is empty, is binary or is larger
    than ingest reads whole."""
    import sys

    from eventcoder.errors import InputError
    from eventcoder.ingest.normalize import decode_bytes
    from eventcoder.ingest.text import whole_read_limit

    ref = "<stdin>" if str(source) == "-" else str(source)
    limit = whole_read_limit()
    try:
        if str(source) == "-":
            data = sys.stdin.buffer.read(limit + 1)
        else:
            with Path(source).open("rb") as fh:
                data = fh.read(limit + 1)
    except OSError as exc:
        raise InputError(f"cannot read it ({exc.strerror or exc}); give a text or JSONL file, or - for stdin",
                         input=ref) from None
    if len(data) > limit:  # refused before it fills the memory, as ingest refuses it
        raise InputError(f"it is larger than the {limit / 1e6:g} MB a text is read whole; split it, or raise "
                         "EVENTCODER_MAX_TEXT_BYTES", input=ref)
    if not data.strip():
        raise InputError("the input is empty; nothing to read", input=ref)
    return decode_bytes(data, input_ref=ref)[0]


def gazetteer_path(index: str | Path | None = None) -> Path:
    """The gazetteer index file: ``index``, else ``$EVENTCODER_HOME/gazetteer.sqlite``."""
    from eventcoder.geo.paths import default_index_path

    return Path(index) if index is not None else default_index_path()


def gazetteer_build(index: str | Path | None = None) -> dict[str, object]:
    """Build the embedded gazetteer index from installed packages and eventcoder's data (offline)."""
    from eventcoder.geo.index import build

    return build(gazetteer_path(index))


def gazetteer_import(dump: str | Path, admin1_codes: str | Path | None = None, admin2_codes: str | Path | None = None,
                     *, index: str | Path | None = None) -> int:
    """Add a GeoNames dump (and its admin code files) to the index, building it first if missing; returns rows added."""
    from eventcoder.geo.index import build, import_geonames

    target = gazetteer_path(index)
    if not target.exists():
        build(target)
    return import_geonames(target, Path(dump), _opt_path(admin1_codes), _opt_path(admin2_codes))


def gazetteer_add(places: str | Path, *, index: str | Path | None = None) -> int:
    """Add the places of a TSV file to the index, building it first if missing; returns places added."""
    from eventcoder.geo.index import add_places, build

    target = gazetteer_path(index)
    if not target.exists():
        build(target)
    return add_places(target, Path(places))


def gazetteer_info(index: str | Path | None = None) -> dict[str, object]:
    """What the index holds: where it is, how it was built, places per feature."""
    from eventcoder.geo.index import info

    return info(gazetteer_path(index))


def _opt_path(value: str | Path | None) -> Path | None:
    return None if value is None else Path(value)


def geoparse(text: str) -> list[Place]:
    """Every place mention in ``text`` with its span and resolution (or ``resolved=False``)."""
    from eventcoder.geo import geoparse as _geoparse

    return _geoparse(text)


def ingest(paths: Iterable[str | Path], *, db: str | None = None, **options: Any) -> IngestSummary:
    """Extract, geocode, deduplicate and store; returns a summary of what was added and skipped.

    ``options``: ``pipeline``, ``published``, ``progress``, ``reader``, ``near_rules``, ``merge_rules``
    (:func:`eventcoder.store.ingest.ingest`).
    """
    from eventcoder.store.ingest import ingest as _ingest

    return _ingest(paths, db=db, **options)


def query_events(db: str | None = None, **filters: Any) -> list[dict[str, Any]]:
    """Query stored events with the same filters as ``eventcoder events``."""
    from eventcoder.store.query import query_events as _query

    return _query(db=db, **filters)


def check_filters(*, type: str | None = None,  # noqa: A002 - the filter's name everywhere
                  bbox: str | Sequence[float] | None = None) -> dict[str, Any]:
    """The ``type`` and ``bbox`` filters of :func:`query_events` checked before a query: ``type`` in ACLED's
    spelling (InputError naming the nearest types when ACLED has none such), ``bbox`` as four numbers
    (StoreError when malformed)."""
    from eventcoder.store.query import event_type_filter, parse_bbox

    return {"type": event_type_filter(type)[1] if type else None, "bbox": parse_bbox(bbox)}


def check_published(value: str) -> str:
    """A user's fallback publication date (``--published``) as ISO ``YYYY-MM-DD``; InputError saying how to write
    it when it is not a date or not a plausible publication date (1800 to two days from now)."""
    from eventcoder.ingest.text import check_published as _check

    return _check(value, field="the publication date", input="--published")


def export(fmt: str, out: str | Path, *, db: str | None = None, **filters: Any) -> int:
    """Export stored events as ``acled-csv``, ``geojson``, ``jsonl`` or ``parquet``; returns how many."""
    from eventcoder.export import export as _export

    return _export(fmt, out, db=db, **filters)


def get_event(event_id: str, db: str | None = None) -> dict[str, Any]:
    """One stored event (by id or event_id_cnty) with every source record and why it was merged."""
    from eventcoder.store.query import get_event as _get_event

    return _get_event(event_id, db)


def unmerge(event_id: str, document_id: str, *, db: str | None = None, record: int | None = None) -> str:
    """Undo a merge: move ``document_id``'s records (or only its ``record``) out of ``event_id``; returns the new id."""
    from eventcoder.store import unmerge as _unmerge

    return _unmerge(event_id, document_id, db=db, record=record)


def accuracy_report(*, dev_limit: int | None = None, jobs: int = 1) -> str:
    """The Markdown of docs/accuracy.md (``make accuracy``); ``dev_limit`` samples the development sets."""
    from eventcoder.evaluation.suite import accuracy_report as _report

    return _report(dev_limit=dev_limit, jobs=jobs)


def load_gold(gold: str | Path, *, kind: str | None = None, limit: int | None = None, sample: bool = False,
              split: str | None = None) -> tuple[list[GoldDoc], str]:
    """The documents of a gold file or development set in the gold format, and the kind detected."""
    from eventcoder.evaluation.loader import load_gold as _load

    return _load(gold, kind=kind, limit=limit, sample=sample, split=split)


def evaluate(gold: str | Path, *, pred: str | Path | None = None, **options: Any) -> EvalReport:
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
def evaluate_dedup(clusters: str | Path | None = None, *, db: str | None = None,
                   split: str | None = None, orders: int = 1, seed: int = 0) -> ClusterReport:
    """Deduplication on real coverage: ingest a clusters file into a fresh store (or ``db``), score page pairs.

    Default file: ``../shared/dev/dedup_clusters_dev.jsonl`` (see docs/store.md). The scores cover both parts
    of the fixed split; ``split`` (``train`` or ``heldout``) keeps only that part's page pairs in ``errors``.
    ``orders`` > 1 also stores the pages in that many arrival orders (the file order, the reverse, shuffles
    drawn with ``seed``): ``report.orders`` has the worst and median figures over them.
    """
    from eventcoder.dedup.clusters import errors_of_split, evaluate_clusters

    report = evaluate_clusters(clusters, db=db, orders=orders, seed=seed)
    report.errors = errors_of_split(report.errors, split)
    return report


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


# --- Reads and writes for long-running services (the web API): one engine, typed results ---


def open_store(db: str | None = None) -> Engine:
    """An engine for reading an existing store (migrated once; SQLite readers never take the write lock)."""
    from eventcoder.store.query import open_reader

    return open_reader(db)


def events_page(engine: Engine, *, cursor: str | None = None, limit: int = 300, with_sources: bool = True,
                **filters: Any) -> Iterator[dict[str, Any]]:
    """Up to ``limit`` matching events after ``cursor`` (newest first), streamed; see :func:`next_cursor`."""
    from eventcoder.store.query import iter_page

    return iter_page(engine, cursor=cursor, limit=limit, with_sources=with_sources, **filters)


def next_cursor(event: dict[str, Any]) -> str:
    """The cursor of the page that follows ``event`` (the last event of a full page)."""
    from eventcoder.store.query import encode_cursor

    return encode_cursor(event.get("event_date"), str(event["id"]))


def event_stats(engine: Engine, **filters: Any) -> dict[str, Any]:
    """Events and fatalities in total and by day, event type and country for the filters."""
    from eventcoder.store.query import event_stats as _stats

    return _stats(engine, **filters)


def event_map(engine: Engine, *, bbox: str, cell: float, max_points: int = 2000, **filters: Any) -> dict[str, Any]:
    """The events in ``bbox`` (at most ``max_points``), else their counts per grid cell of ``cell`` degrees."""
    from eventcoder.store.query import event_grid

    return event_grid(engine, bbox=bbox, cell=cell, max_points=max_points, **filters)


def event_points(engine: Engine, *, bbox: str, max_points: int = 2000, **filters: Any) -> list[dict[str, Any]] | None:
    """The events in ``bbox`` (the fields a map needs), or None when there are more than ``max_points``."""
    from eventcoder.store.query import event_points as _points

    return _points(engine, bbox=bbox, max_points=max_points, **filters)


def explain_event(event_id: str, *, db: str | None = None, engine: Engine | None = None) -> dict[str, Any]:
    """One event with every source's record, evidence sentences and why it was merged (``events show``)."""
    from eventcoder.store.query import explain_event as _explain

    return _explain(event_id, db, engine=engine)


def get_document(document_id: str, *, db: str | None = None, engine: Engine | None = None) -> dict[str, Any]:
    """One stored document: text, sections, sentences and the spans coded from it."""
    from eventcoder.store.query import get_document as _get

    return _get(document_id, db, engine=engine)


def ingest_bytes(data: bytes, name: str, *, db: str | None = None, format: str | None = None,
                 published: str | None = None, pipeline: Pipeline | None = None) -> IngestSummary:
    """Ingest one input given as bytes (text, HTML, JSONL, ...) exactly as ``ingest`` ingests a file named ``name``."""
    from eventcoder.ingest import read_bytes
    from eventcoder.store.ingest import ingest as _ingest

    def reader(path: str | Path, *, published: str | None = None) -> Iterator[Document | Failure]:
        return read_bytes(data, str(path), published=published, format=format)

    return _ingest([name], db=db, pipeline=pipeline, published=published, reader=reader)
