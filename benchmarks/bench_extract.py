"""Extraction throughput on the two loads the extraction issue names (a speed run, never an accuracy claim).

1. Conflict reports of 400-800 words: synthetic reports of ``corpus.py`` joined into long reports
   of one country each (lead, follow-ups, quotes, background), as wire reports are.
2. A general-news mix in which most documents report no violence (80% general news).

Each is run end to end on one process (ingest from text, dates, geocode, events), after warm-up
(models and gazetteer loaded before the clock starts); CPU seconds are measured, so the rate is
per core.

    python benchmarks/bench_extract.py [N]        # prints a JSON line; run() returns the dict
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402 - the benchmark folder is not a package

from eventcoder.ingest import document_from_text  # noqa: E402
from eventcoder.model import Document  # noqa: E402
from eventcoder.nlp import load_model  # noqa: E402
from eventcoder.pipeline import Pipeline  # noqa: E402


def long_reports(n: int, *, seed: int = 11, lo: int = 400, hi: int = 800) -> list[dict[str, Any]]:
    """``n`` reports of ``lo``-``hi`` words, each joined from synthetic conflict paragraphs of one record stream."""
    out: list[dict[str, Any]] = []
    stream = corpus.generate(n * 40, seed=seed, general_share=0.0)
    for record in stream:
        if len(out) == n:
            break
        text = record["text"]
        for extra in stream:
            if len(text.split()) >= lo:
                break
            text += "\n\n" + extra["text"]
        words = text.split()
        if len(words) > hi:
            text = " ".join(words[:hi])
        out.append({"text": text, "published": record["published"]})
    return out


def _measure(records: list[dict[str, Any]], pipe: Pipeline) -> dict[str, Any]:
    cpu0, wall0 = time.process_time(), time.perf_counter()
    events = 0
    # Pipeline.pipe, as the CLI and the API run a stream of reports (in batches: the parser's sentences together)
    for doc in pipe.pipe(document_from_text(r["text"], published=r.get("published")) for r in records):
        assert isinstance(doc, Document), doc
        events += len(doc.events)
    cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    words = sum(len(r["text"].split()) for r in records)
    return {
        "documents": len(records),
        "mean_words": round(words / max(1, len(records))),
        "events": events,
        "docs_per_cpu_second": round(len(records) / cpu, 1) if cpu else None,
        "docs_per_wall_second": round(len(records) / wall, 1) if wall else None,
        "words_per_cpu_second": round(words / cpu) if cpu else None,
    }


def run(n: int = 300) -> dict[str, Any]:
    """Both loads, one process, after warm-up; returns rates and peak resident memory."""
    pipe = Pipeline.default()
    pipe(document_from_text("Gunmen killed 3 people in Kaduna on Monday, police said.", published="2024-01-10"))
    # the roles stage loads the spaCy parser lazily, at the first sentence whose actors its patterns leave undecided;
    # the warm-up sentence has none, so without this the model's load (about 1 s of CPU) fell inside the clock
    load_model()
    conflict = long_reports(n)
    mix = [{"text": r["text"], "published": r["published"]}
           for r in corpus.generate(n, seed=13, general_share=0.8)]
    result = {
        "conflict_reports_400_800_words": _measure(conflict, pipe),
        "general_news_mix_80pct_no_violence": _measure(mix, pipe),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "command": f"python benchmarks/bench_extract.py {n}",
    }
    result["markdown"] = to_markdown(result)
    return result


def to_markdown(result: dict[str, Any]) -> str:
    """The figures as a markdown table for docs/performance.md."""
    rows = ["| load | documents | mean words | docs/s per core (CPU) | docs/s (wall) | words/s per core |",
            "|---|---|---|---|---|---|"]
    for name in ("conflict_reports_400_800_words", "general_news_mix_80pct_no_violence"):
        r = result[name]
        rows.append(f"| {name.replace('_', ' ')} | {r['documents']} | {r['mean_words']} | {r['docs_per_cpu_second']} | "
                    f"{r['docs_per_wall_second']} | {r['words_per_cpu_second']} |")
    rows.append("")
    rows.append(f"Peak resident memory of the process: {result['peak_rss_mb']} MB. Command: `{result['command']}`.")
    return "\n".join(rows)


if __name__ == "__main__":
    res = run(int(sys.argv[1]) if len(sys.argv) > 1 else 300)
    print(json.dumps(res))
