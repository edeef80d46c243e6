"""Extraction time by document length: one document of 10 KB, 100 KB, 1 MB and 10 MB (a speed run, never accuracy).

Each document is synthetic paragraphs of ``corpus.py`` (70% conflict reports, 30% general news) joined with
blank lines until it reaches its size, as one long page would be. It is read from text (ingest), then run
through each component of ``Pipeline.default()`` in turn, timed separately (CPU seconds of this process,
after warm-up). Time per MB that stays flat from one size to the next is linear time; the last column
divides each size's time per MB by the smallest size's.

    python benchmarks/bench_length.py [SIZES]      # e.g. 10000,100000 ; prints a JSON line, run() returns it
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402 - the benchmark folder is not a package

from eventcoder.ingest import document_from_text  # noqa: E402
from eventcoder.pipeline import Pipeline  # noqa: E402

SIZES = (10_000, 100_000, 1_000_000, 10_000_000)
BUDGET_S = 900.0  # a size is skipped when the one before it predicts more CPU time than this


def long_text(size: int, *, seed: int = 17) -> str:
    """Synthetic paragraphs joined until the text is ``size`` characters long (cut at a paragraph)."""
    parts: list[str] = []
    total = 0
    for record in corpus.generate(size // 200 + 10, seed=seed):
        parts.append(record["text"])
        total += len(record["text"]) + 2
        if total >= size:
            break
    return "\n\n".join(parts)[:size]


def _measure(text: str, pipe: Pipeline) -> dict[str, Any]:
    stages: dict[str, float] = {}
    started = time.process_time()
    doc = document_from_text(text, published="2024-06-30")
    stages["ingest"] = time.process_time() - started
    for stage in pipe.stages:
        t0 = time.process_time()
        doc = stage(doc)
        stages[stage.name] = time.process_time() - t0
    total = sum(stages.values())
    return {"chars": len(text), "seconds": round(total, 2), "events": len(doc.events),
            "stages": {k: round(v, 3) for k, v in stages.items()}}


def run(sizes: tuple[int, ...] = SIZES) -> dict[str, Any]:
    """Each size once on one process, after warm-up; a size predicted to exceed BUDGET_S is skipped."""
    pipe = Pipeline.default()
    _measure(long_text(10_000, seed=3), pipe)  # warm-up: models, gazetteer and parser loaded before the clock
    rows: list[dict[str, Any]] = []
    for size in sizes:
        if rows and rows[-1]["seconds"] * size / rows[-1]["chars"] > BUDGET_S:
            rows.append({"chars": size, "skipped": f"predicted over the {BUDGET_S:.0f} s budget"})
            continue
        rows.append(_measure(long_text(size), pipe))
    return {"sizes": rows, "markdown": _markdown(rows), "command": "python benchmarks/bench_length.py"}


def _markdown(rows: list[dict[str, Any]]) -> str:
    measured = [r for r in rows if "seconds" in r]
    if not measured:
        return "No size measured."
    names = list(measured[0]["stages"])
    base = measured[0]["seconds"] / measured[0]["chars"] * 1e6
    head = ["text", "CPU s", "s per MB", "vs smallest", "events", *names]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in rows:
        label = f"{r['chars'] / 1e6:g} MB" if r["chars"] >= 1_000_000 else f"{r['chars'] / 1e3:g} KB"
        if "skipped" in r:
            lines.append(f"| {label} | {r['skipped']} |" + " |" * (len(head) - 2))
            continue
        per_mb = r["seconds"] / r["chars"] * 1e6
        cells = [label, f"{r['seconds']:.2f}", f"{per_mb:.1f}", f"{per_mb / base:.2f}x" if base else "–",
                 str(r["events"]), *(f"{r['stages'][n]:.2f}" for n in names)]
        lines.append("| " + " | ".join(cells) + " |")
    note = ("Extraction time by document length (`benchmarks/bench_length.py`): one synthetic document per size, "
            "CPU seconds per pipeline component. Linear time keeps 's per MB' flat as the text grows.")
    return note + "\n\n" + "\n".join(lines)


if __name__ == "__main__":
    chosen = tuple(int(s) for s in sys.argv[1].split(",")) if len(sys.argv) > 1 else SIZES
    sys.stdout.write(json.dumps({k: v for k, v in run(chosen).items() if k != "markdown"}) + "\n")
