"""A batch run: plan the splits, run the ones not yet committed on an engine, write ``_SUCCESS``.

Both engines call :func:`eventcoder.batch.process.run_split` on each split (read, pipeline, commit), so their outputs
are the same: ``local`` in a pool of processes on this machine, ``spark`` in Spark tasks
(:mod:`eventcoder.batch.spark`). The pipeline is built once per worker process, never per record.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from eventcoder.batch import output
from eventcoder.batch.process import run_split
from eventcoder.batch.splits import LINES_PER_SPLIT, Split, is_uri, plan_splits
from eventcoder.errors import ConfigError
from eventcoder.model import Failure

__all__ = ["ENGINES", "BatchSummary", "run_batch", "run_local", "run_split"]

ENGINES = ("local", "spark")
Progress = Callable[[Iterable[dict[str, Any]]], Iterable[dict[str, Any]]]


@dataclass
class BatchSummary:
    """What a batch run did, and the totals of its output folder."""

    out: str
    engine: str
    splits_planned: int = 0
    splits_skipped: int = 0  # committed by an earlier run
    splits_run: int = 0
    documents: int = 0  # in the splits run now
    events: int = 0
    failures: int = 0
    seconds: float = 0.0
    plan_failures: list[Failure] = field(default_factory=list)
    totals: dict[str, int] = field(default_factory=dict)  # the whole folder, every committed split
    dedup: dict[str, Any] | None = None
    load: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        data = asdict(self)
        data["plan_failures"] = [f.to_dict() for f in self.plan_failures]
        return data


def _warm() -> None:
    """Worker start-up: load the models and the gazetteer once, before the first split."""
    from eventcoder.ingest import document_from_text
    from eventcoder.pipeline import Pipeline

    Pipeline.default()(document_from_text("Warm-up.", published="2024-01-01"))


def run_local(splits: Sequence[Split], out: Path, *, processes: int = 1,
              published: str | None = None) -> Iterator[dict[str, Any]]:
    """The local engine: each split in one of ``processes`` worker processes; yields manifests as splits commit."""
    if processes <= 1 or len(splits) <= 1:
        for split in splits:
            yield run_split(split, out, published=published)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed

    # spawn: a fresh interpreter per worker, whatever threads or locks the parent holds.
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(min(processes, len(splits)), mp_context=ctx, initializer=_warm) as pool:
        futures = [pool.submit(run_split, s, out, published=published) for s in splits]
        for future in as_completed(futures):
            yield future.result()


def _drop_changed(out: Path, splits: Sequence[Split]) -> None:
    """Remove committed splits of planned files whose content changed (their ids are no longer planned)."""
    planned = {s.split_id for s in splits}
    paths = {s.path for s in splits}
    for manifest in output.manifests(out):
        split = manifest["split"]
        if split["path"] in paths and split["split_id"] not in planned:
            output.remove_split(out, manifest)


def _totals(out: Path) -> dict[str, int]:
    found = output.manifests(out)
    totals = {t: sum(int(m.get(t, 0)) for m in found) for t in output.TABLES}
    totals["splits"] = len(found)
    return totals


def _iso_date(value: str | None) -> str | None:
    """The fallback publication date as ISO, checked as ``eventcoder extract`` checks it (ingest's own rule)."""
    from eventcoder.ingest import _check_published

    return _check_published(value)


def run_batch(inputs: Sequence[str | Path], out: str | Path, *, engine: str = "local", processes: int | None = None,
              master: str | None = None, published: str | None = None, lines_per_split: int = LINES_PER_SPLIT,
              dedup: bool = True, load_db: str | None = None, spark_conf: dict[str, str] | None = None,
              spark: Any = None, progress: Progress | None = None) -> BatchSummary:
    """Plan, run the uncommitted splits on ``engine``, write ``_SUCCESS``, dedup, load; see docs/batch.md."""
    if engine not in ENGINES:
        raise ConfigError(f"unknown engine {engine!r}; use one of {', '.join(ENGINES)}")
    published = _iso_date(published)
    folder = Path(out)
    try:
        folder.mkdir(parents=True, exist_ok=True)  # first: a wrong --out is named before any work is done
    except OSError as exc:
        raise ConfigError(f"--out {out}: cannot create the output folder ({exc.strerror or exc}); give a folder "
                          "you may write to") from None
    started = time.perf_counter()
    remote = [str(i) for i in inputs if is_uri(i)] if engine == "spark" else []
    splits, plan_failures = plan_splits([i for i in inputs if str(i) not in remote], lines_per_split=lines_per_split)
    if engine == "spark":
        from eventcoder.batch.spark import plan_remote, spark_session

        spark = spark or spark_session(master, spark_conf)
        more, failed = plan_remote(spark, remote)
        splits, plan_failures = splits + more, plan_failures + failed
    output.write_config(folder, {"published": published, "lines_per_split": lines_per_split, "layout": 1})
    _drop_changed(folder, splits)
    todo = [s for s in splits if not output.committed(folder, s)]
    summary = BatchSummary(str(folder), engine, len(splits), len(splits) - len(todo), plan_failures=plan_failures)
    # canonical_events is current when the last run finished its dedup and no split was added since.
    current = bool((output.read_success(folder) or {}).get("canonical_current"))
    output.clear_success(folder)
    if engine == "spark":
        from eventcoder.batch.spark import run_spark

        stream: Iterable[dict[str, Any]] = run_spark(todo, folder, published=published, spark=spark)
    else:
        stream = run_local(todo, folder, processes=processes or 1, published=published)
    for manifest in progress(stream) if progress else stream:
        summary.splits_run += 1
        summary.documents += int(manifest["documents"])
        summary.events += int(manifest["events"])
        summary.failures += int(manifest["failures"])
    summary.totals = _totals(folder)
    _success(folder, summary, splits)
    current = current and not summary.splits_run and (folder / "canonical_events").is_dir()
    if dedup and not current:
        summary.dedup = asdict(_dedup(folder, engine, processes or 1, spark))
        current = True
    if load_db is not None:
        from eventcoder.batch.load import load_store

        summary.load = load_store(folder, load_db).to_dict()
    summary.seconds = round(time.perf_counter() - started, 3)
    _success(folder, summary, splits, canonical_current=current)
    return summary


def _dedup(folder: Path, engine: str, processes: int, spark: Any) -> Any:
    if engine == "spark":
        from eventcoder.batch.spark import dedup_spark

        return dedup_spark(folder, spark=spark)
    from eventcoder.batch.dedup import dedup_local

    return dedup_local(folder, processes=processes)


def _success(folder: Path, summary: BatchSummary, splits: Sequence[Split], *, canonical_current: bool = False) -> None:
    data = {k: v for k, v in summary.to_dict().items() if k not in ("out",)}
    data.update(splits=[s.split_id for s in splits], finished=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                canonical_current=canonical_current)
    output.write_success(folder, data)
    tmp = folder / output.TMP
    if tmp.is_dir() and not any(tmp.iterdir()):
        tmp.rmdir()
