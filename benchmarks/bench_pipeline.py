"""One speed measurement in a fresh process, printed as JSON (run by benchmarks/run.py).

    python benchmarks/bench_pipeline.py floor  CORPUS.jsonl N
    python benchmarks/bench_pipeline.py stages CORPUS.jsonl N BUDGET_SECONDS
    python benchmarks/bench_pipeline.py e2e    CORPUS.jsonl N PROCESSES
    python benchmarks/bench_pipeline.py relevance CORPUS.jsonl N

Each mode runs in its own process so that its peak memory is its own. ``stages`` times
ingest and every stage of ``Pipeline.default()`` separately; when a stage would take longer
than the budget it stops early and reports on how many documents it ran (later stages then
run on those documents only).
"""

from __future__ import annotations

import json
import resource
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any


def _peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    # ru_maxrss is in kilobytes on Linux.
    return round(resource.getrusage(who).ru_maxrss / 1024, 1)


def _read(path: Path, n: int) -> list[dict[str, Any]]:
    records = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            records.append(json.loads(line))
            if len(records) >= n:
                break
    return records


def floor(path: Path, n: int) -> dict[str, Any]:
    """Reading the JSON lines and running spaCy's tokenizer only: a bound no pipeline can beat here."""
    import spacy

    tokenizer = spacy.blank("en").tokenizer
    started = time.perf_counter()
    tokens = 0
    for record in _read(path, n):
        tokens += len(tokenizer(record["text"]))
    seconds = time.perf_counter() - started
    return {"docs": n, "seconds": round(seconds, 3), "docs_per_s": round(n / seconds, 1), "tokens": tokens,
            "peak_mb": _peak_mb()}


def _document(record: dict[str, Any]) -> Any:
    from eventcoder.ingest import document_from_text

    return document_from_text(record["text"], published=record.get("published"), title=record.get("title"),
                              input_ref=record["id"])


def _timed(name: str, func: Any, items: list[Any], budget: float) -> tuple[dict[str, Any], list[Any]]:
    out: list[Any] = []
    failures = 0
    started = time.perf_counter()
    for item in items:
        try:
            out.append(func(item))
        except Exception:  # noqa: BLE001 - a benchmark counts failures and goes on
            failures += 1
        if time.perf_counter() - started > budget:
            break
    seconds = time.perf_counter() - started
    done = len(out) + failures
    row = {"stage": name, "docs": done, "of": len(items), "failures": failures, "seconds": round(seconds, 3),
           "docs_per_s": round(done / seconds, 1) if seconds else None, "peak_mb": _peak_mb()}
    return row, out


def stages(path: Path, n: int, budget: float) -> dict[str, Any]:
    """Ingest, then each pipeline stage separately, each within ``budget`` seconds."""
    records = _read(path, n)
    rows = []
    row, docs = _timed("ingest", _document, records, budget)
    rows.append(row)
    started = time.perf_counter()
    from eventcoder.pipeline import Pipeline

    pipeline = Pipeline.default()
    load = time.perf_counter() - started
    for stage in pipeline.stages:
        row, docs = _timed(stage.name, stage, docs, budget)
        rows.append(row)
    return {"load_seconds": round(load, 2), "stages": rows, "events": sum(len(d.events) for d in docs),
            "peak_mb": _peak_mb()}


def relevance(path: Path, n: int) -> dict[str, Any]:
    """The document relevance model alone (eventcoder.relevance), model loaded before the clock starts."""
    from eventcoder.relevance import RelevanceModel

    started = time.perf_counter()
    model = RelevanceModel.default()
    load = time.perf_counter() - started
    texts = [r["text"] for r in _read(path, n)]
    started = time.perf_counter()
    relevant = sum(model.score(t) >= model.threshold for t in texts)
    seconds = time.perf_counter() - started
    return {"docs": len(texts), "seconds": round(seconds, 3), "docs_per_s": round(len(texts) / seconds, 1),
            "relevant": relevant, "load_seconds": round(load, 3), "peak_mb": _peak_mb()}


def _init() -> None:
    from eventcoder.pipeline import Pipeline

    Pipeline.default()


def _run_chunk(records: list[dict[str, Any]]) -> tuple[int, int]:
    from eventcoder.model import Failure
    from eventcoder.pipeline import Pipeline

    pipeline = Pipeline.default()
    events = failures = 0
    for record in records:
        try:
            item = next(iter(pipeline.pipe([_document(record)])))
        except Exception:  # noqa: BLE001 - a benchmark counts failures and goes on
            failures += 1
            continue
        if isinstance(item, Failure):
            failures += 1
        else:
            events += len(item.events)
    return events, failures


def _warm(_: int) -> float:
    return _peak_mb()


def e2e(path: Path, n: int, processes: int) -> dict[str, Any]:
    """Ingest and the whole pipeline on ``processes`` worker processes (models loaded before the clock starts)."""
    records = _read(path, n)
    size = max(1, min(200, n // (processes * 4) or 1))
    chunks = [records[i : i + size] for i in range(0, len(records), size)]
    with ProcessPoolExecutor(max_workers=processes, initializer=_init) as pool:
        list(pool.map(_warm, range(processes)))
        started = time.perf_counter()
        results = list(pool.map(_run_chunk, chunks))
        seconds = time.perf_counter() - started
    return {"docs": n, "processes": processes, "seconds": round(seconds, 3), "docs_per_s": round(n / seconds, 1),
            "docs_per_s_per_process": round(n / seconds / processes, 1),
            "events": sum(r[0] for r in results), "failures": sum(r[1] for r in results),
            "peak_mb_worker": _peak_mb(resource.RUSAGE_CHILDREN), "peak_mb_parent": _peak_mb()}


if __name__ == "__main__":
    mode, corpus, count = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
    if mode == "floor":
        result = floor(corpus, count)
    elif mode == "stages":
        result = stages(corpus, count, float(sys.argv[4]))
    elif mode == "e2e":
        result = e2e(corpus, count, int(sys.argv[4]))
    elif mode == "relevance":
        result = relevance(corpus, count)
    else:
        sys.exit(f"unknown mode {mode!r}: use floor, stages, e2e or relevance")
    print(json.dumps(result))
