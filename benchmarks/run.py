"""Speed and memory benchmark of eventcoder on real-length news and synthetic corpora; writes docs/performance.md.

    python benchmarks/run.py                       # BBC articles, then 1k and 10k synthetic documents (`make bench`)
    python benchmarks/run.py --sizes 1000,10000,100000 --budget 60
    python benchmarks/run.py --bbc-docs 200 --sizes 100   # a quick check that everything runs

The headline general-news figure is end-to-end speed on real-length BBC articles (mean ~380 words), read
from ../shared/dev/bbc_news_dev.jsonl at run time (its text is never copied; skipped when absent): most
real news reports no conflict, so it measures how cheaply the pipeline lets those documents through.

For each size: the floor (reading + spaCy tokenizer only), ingest and every stage of
``Pipeline.default()`` timed separately in one process, and the whole pipeline end to end on
1 and 2 processes. Each measurement runs in a fresh process, so its peak memory is its own.
A stage that would exceed ``--budget`` seconds is measured on the documents it reached, and
the table says so. Also runs the ``run()`` of ``benchmarks/bench_extract.py``, ``bench_length.py`` (extraction
time by document length, 10 KB to 10 MB), ``bench_geo.py``, ``bench_store.py`` and ``bench_web.py`` when those files exist,
``bench_batch.py`` (``--batch-docs``, ``--no-spark``), and with
``--watch-minutes 30`` the 30-minute soak of ``eventcoder watch`` (``benchmarks/bench_watch.py``; without the option
the section of its last run is kept). The corpus is synthetic: a speed load, never an accuracy claim.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from corpus import COUNTRIES, write_corpus  # noqa: E402 - the benchmarks folder is not a package


def machine() -> dict[str, Any]:
    """nproc, RAM, CPU model, Python and library versions of this machine."""
    cpu = "unknown"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    ram_gb: float | None = None
    meminfo = Path("/proc/meminfo")
    if meminfo.is_file():
        for line in meminfo.read_text().splitlines():
            if line.startswith("MemTotal:"):
                ram_gb = round(int(line.split()[1]) / 1024 / 1024, 1)
    try:
        import spacy

        spacy_version = spacy.__version__
    except ImportError:
        spacy_version = "not installed"
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                            check=False).stdout.strip()
    if commit and subprocess.run(["git", "status", "--porcelain", "--", "src"], cwd=ROOT, capture_output=True,
                                 text=True, check=False).stdout.strip():
        commit += " with uncommitted changes in src/"  # figures of a working tree, not of the commit
    return {"nproc": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
            "ram_gb": ram_gb, "cpu": cpu, "python": platform.python_version(), "platform": platform.platform(),
            "spacy": spacy_version, "commit": commit or "unknown",
            # Other work on a shared machine slows the figures down; the load average says how busy it was.
            "load": " / ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "unknown"}


def measure(*args: str | int | float, timeout: float = 900) -> dict[str, Any]:
    """Run one bench_pipeline.py mode in a fresh process and return its JSON (or the error)."""
    command = [sys.executable, str(HERE / "bench_pipeline.py"), *map(str, args)]
    try:
        out = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {timeout:.0f} s"}
    if out.returncode != 0:
        tail = (out.stderr.strip().splitlines() or ["no output"])[-1]
        return {"error": tail}
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def other_bench(name: str, **options: Any) -> tuple[str, Any]:
    """``run(**options)`` of benchmarks/<name>.py, or a note why it was skipped."""
    path = HERE / f"{name}.py"
    if not path.is_file():
        return name, "skipped: file not present"
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        return name, "skipped: cannot be loaded"
    module = importlib.util.module_from_spec(spec)
    started = time.perf_counter()
    print(f"[bench] {name}.run()", file=sys.stderr)
    try:
        spec.loader.exec_module(module)
        result = module.run(**options)
    except Exception as exc:  # noqa: BLE001 - another area's benchmark must not stop this report
        return name, f"failed: {type(exc).__name__}: {exc}"
    seconds = time.perf_counter() - started
    if isinstance(result, dict):
        result = {**result, "markdown": f"{result['markdown']}\n\n({name}.run() took {seconds:.0f} s)"} \
            if isinstance(result.get("markdown"), str) else {**result, "seconds": round(seconds, 1)}
    return name, result


def _fmt(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:,.1f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def _table(header: list[str], rows: list[list[Any]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    return "\n".join(lines + ["| " + " | ".join(_fmt(v) for v in row) + " |" for row in rows])


def _flatten(data: Any, prefix: str = "") -> list[list[Any]]:
    if isinstance(data, dict):
        return [row for k, v in data.items() for row in _flatten(v, f"{prefix}.{k}" if prefix else str(k))]
    return [[prefix, data]]


def size_section(size: int, floor: dict[str, Any], stages: dict[str, Any], e2e: list[dict[str, Any]],
                 title: str | None = None) -> str:
    """Markdown for one corpus size (``title`` replaces the default heading)."""
    parts = [title or f"## {size:,} documents"]
    rows: list[list[Any]] = []
    if "error" in floor:
        rows.append(["floor: read + spaCy tokenizer", "–", "–", "–", f"failed: {floor['error']}"])
    else:
        rows.append(["floor: read + spaCy tokenizer", floor["docs"], floor["docs_per_s"],
                     1000 / floor["docs_per_s"], floor["peak_mb"]])
    notes = []
    if "error" in stages:
        parts.append(f"Stages could not be measured: {stages['error']}")
    else:
        for row in stages["stages"]:
            sampled = row["docs"] < row["of"]
            label = row["stage"] + (" (sampled)" if sampled else "")
            if sampled:
                notes.append(f"{row['stage']} ran on {row['docs']:,} of {row['of']:,} documents within the time "
                             "budget; its rate is measured on those, and later stages ran on them only.")
            if row["failures"]:
                notes.append(f"{row['stage']} failed on {row['failures']:,} documents.")
            per_doc = 1000 / row["docs_per_s"] if row["docs_per_s"] else None
            rows.append([label, row["docs"], row["docs_per_s"], per_doc, row["peak_mb"]])
        notes.append(f"Loading the pipeline (models, gazetteer) took {stages['load_seconds']} s, not counted above.")
    parts.append(_table(["stage (1 process)", "documents", "docs/s", "ms/doc", "peak RSS MB (cumulative)"], rows))
    parts += [f"- {n}" for n in notes]
    e2e_rows = []
    for result in e2e:
        if "error" in result:
            e2e_rows.append([result.get("processes", "?"), "–", "–", "–", "–", f"failed: {result['error']}"])
            continue
        ratio = floor["docs_per_s"] / result["docs_per_s_per_process"] if "docs_per_s" in floor else None
        e2e_rows.append([result["processes"], result["docs"], result["docs_per_s"], result["docs_per_s_per_process"],
                         result["peak_mb_worker"], f"{ratio:,.1f}x" if ratio else "–"])
    parts.append("End to end (ingest + all stages), models loaded before the clock starts:")
    parts.append(_table(["processes", "documents", "docs/s", "docs/s per process", "peak RSS MB per worker",
                         "floor / pipeline (per core)"], e2e_rows))
    return "\n\n".join(parts)


def bbc_corpus() -> Path | None:
    """The BBC development set beside the checkout (EVENTCODER_SHARED overrides), or None when absent."""
    from eventcoder.devdata import find_shared

    shared = find_shared()
    path = shared / "dev" / "bbc_news_dev.jsonl" if shared else None
    return path if path is not None and path.is_file() else None


def _words(path: Path, n: int) -> float:
    counts = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            counts.append(len(json.loads(line)["text"].split()))
            if len(counts) >= n:
                break
    return sum(counts) / len(counts) if counts else 0.0


def bbc_section(n: int, procs: list[int], budget: float) -> str:
    """The headline: end to end on real-length BBC articles, with the relevance model's own rate."""
    head = "## Real-length general news (BBC articles): the headline general-news figure"
    path = bbc_corpus()
    if path is None:
        return head + "\n\nSkipped: ../shared/dev/bbc_news_dev.jsonl is not present."
    total = sum(1 for _ in path.open(encoding="utf-8"))
    n = min(n, total)
    print(f"[bench] BBC articles: {n} documents", file=sys.stderr)
    floor, stages = measure("floor", path, n), measure("stages", path, n, budget)
    relevance = measure("relevance", path, n)
    per_doc = sum(1 / r["docs_per_s"] for r in stages.get("stages", []) if r.get("docs_per_s"))
    e2e = [measure("e2e", path, n if not per_doc else min(n, max(100, int(budget * p / per_doc))), p) for p in procs]
    note = (f"{n:,} of the {total:,} articles of `../shared/dev/bbc_news_dev.jsonl` (development data read at run time, "
            f"never copied), {_words(path, n):.0f} words on average: sport, business, tech, entertainment and politics "
            "news of which almost none reports a conflict event.")
    if "error" in relevance:
        rel = f"Relevance model alone: failed ({relevance['error']})."
    else:
        rel = (f"Relevance model alone (`eventcoder.relevance`, loaded in {relevance['load_seconds']} s): "
               f"{relevance['docs_per_s']:,.0f} docs/s ({1000 / relevance['docs_per_s']:.3f} ms per article); "
               f"{relevance['relevant']:,} of {relevance['docs']:,} scored relevant.")
    return size_section(n, floor, stages, e2e, title=head) + "\n\n" + note + "\n\n" + rel


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and write the report."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated corpus sizes (default 1000,10000)")
    parser.add_argument("--procs", default="1,2", help="process counts for the end-to-end run (default 1,2)")
    parser.add_argument("--budget", type=float, default=25.0,
                        help="seconds per stage and per end-to-end run before measuring on fewer documents")
    parser.add_argument("--bbc-docs", type=int, default=2125,
                        help="BBC articles for the headline general-news run (default all 2,125; 0 skips it)")
    parser.add_argument("--skip-other", action="store_true", help="do not run bench_extract.py, bench_length.py, bench_geo.py, bench_store.py and bench_web.py")
    parser.add_argument("--batch-docs", type=int, default=10_000,
                        help="documents of the batch benchmark (bench_batch.py; default 10,000)")
    parser.add_argument("--no-spark", action="store_true",
                        help="batch benchmark on the local engine only (the Spark runs take a few minutes)")
    parser.add_argument("--out", default=str(ROOT / "docs" / "performance.md"), help="Markdown report to write")
    parser.add_argument("--watch-minutes", type=float, default=0.0,
                        help="run the watch soak benchmark (bench_watch.py) this long (30 for docs/watch.md's figures); "
                             "without it the section of the last soak run is kept")
    parser.add_argument("--update", metavar="NAMES",
                        help="comma-separated benchmarks of 'Other areas' (bench_batch, bench_web, ...) to measure again; "
                             "only their sections of --out are replaced, the rest of the report is kept as it was")
    args = parser.parse_args(argv)
    if args.update:
        return update_sections(args)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    procs = [int(p) for p in args.procs.split(",") if p]
    started = time.perf_counter()
    info = machine()
    sections = [bbc_section(args.bbc_docs, procs, args.budget)] if args.bbc_docs > 0 else []
    with tempfile.TemporaryDirectory(prefix="eventcoder-bench-") as folder:
        for size in sizes:
            corpus = write_corpus(Path(folder) / f"corpus-{size}.jsonl", size)
            print(f"[bench] {size} documents: floor, stages", file=sys.stderr)
            floor = measure("floor", corpus, size)
            stages = measure("stages", corpus, size, args.budget)
            # Size the end-to-end runs from the per-stage rates so that each stays within the budget.
            per_doc = sum(1 / r["docs_per_s"] for r in stages.get("stages", []) if r.get("docs_per_s"))
            e2e = []
            for p in procs:
                n = size if not per_doc else min(size, max(100, int(args.budget * p / per_doc)))
                print(f"[bench] {size} documents: end to end on {p} process(es), {n} documents", file=sys.stderr)
                e2e.append(measure("e2e", corpus, n, p))
            sections.append(size_section(size, floor, stages, e2e))
    extras = [] if args.skip_other else [other_bench(name) for name in OTHER_BENCHES]
    if not args.skip_other:
        extras.append(other_bench("bench_batch", docs=args.batch_docs, spark=not args.no_spark))
        from bench_watch import report_section

        print(f"[bench] bench_watch ({args.watch_minutes:g} minutes; 0 keeps the last soak run)", file=sys.stderr)
        extras.append(("bench_watch", report_section(args.watch_minutes, Path(args.out))))
    seconds = time.perf_counter() - started
    load_end = " / ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "unknown"
    command = "python benchmarks/run.py" + (f" --sizes {args.sizes}" if args.sizes != "1000,10000" else "") + (
        f" --procs {args.procs}" if args.procs != "1,2" else "") + (
        f" --budget {args.budget:g}" if args.budget != 25.0 else "") + (
        f" --bbc-docs {args.bbc_docs}" if args.bbc_docs != 2125 else "") + (
        f" --batch-docs {args.batch_docs}" if args.batch_docs != 10_000 else "") + (" --no-spark" if args.no_spark else "") + (
        f" --watch-minutes {args.watch_minutes:g}" if args.watch_minutes else "")
    words = _corpus_words()
    report = [
        "# Performance",
        f"Generated by `{command}` (`make bench`) on {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M UTC} in {seconds:.0f} s. "
        f"Do not edit by hand. Load average at the end: {load_end} (on {info['nproc']} cores: above that, other "
        "processes shared the CPU and the rates are lower than on an idle machine).",
        "## Machine",
        _table(["nproc", "RAM GB", "CPU", "Python", "spaCy", "platform", "commit", "load average at start (1/5/15 min)"],
               [[info["nproc"], info["ram_gb"], info["cpu"], info["python"], info["spacy"], info["platform"],
                 info["commit"], info["load"]]]),
        "## Corpora",
        "Headline general-news figure: real-length BBC articles (first section below). Then synthetic reports "
        f"from `benchmarks/corpus.py` (seed 7): {COUNTRIES_NOTE} and about 30% general news "
        f"with no violence; {words:.0f} words per document on average, a conflict-heavy speed load, never an "
        "accuracy claim. "
        "Rates are documents per second on one process unless stated; peak RSS is the resident memory high-water "
        "mark of the measuring process. `ingest` is `eventcoder.ingest.document_from_text` on each record (sections "
        "and sentences); the other stages are `Pipeline.default().stages` in order.",
        *sections,
        "## Other areas",
    ]
    for name, result in extras:
        if isinstance(result, dict):
            markdown = result.get("markdown")
            report += [f"### {name}", markdown if isinstance(markdown, str) else _table(["measure", "value"], _flatten(result))]
        else:
            report += [f"### {name}", str(result)]
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n\n".join(report) + "\n", encoding="utf-8")
    print(f"[bench] wrote {out} in {seconds:.0f} s", file=sys.stderr)
    return 0


def update_sections(args: argparse.Namespace) -> int:
    """Measure only the named benchmarks and replace their sections of the report (``--update``)."""
    from sections import replace_section

    names = [n.strip() for n in args.update.split(",") if n.strip()]
    unknown = [n for n in names if n not in (*OTHER_BENCHES, "bench_batch")]
    if unknown:
        print(f"[bench] --update {', '.join(unknown)}: not an area of 'Other areas'; give some of "
              f"{', '.join((*OTHER_BENCHES, 'bench_batch'))}", file=sys.stderr)
        return 2
    status = 0
    for name in names:
        options: dict[str, Any] = {"docs": args.batch_docs, "spark": not args.no_spark} if name == "bench_batch" else {}
        _, result = other_bench(name, **options)
        if isinstance(result, str):  # skipped or failed: the section measured last time is kept, not overwritten
            print(f"[bench] {name}: {result}; its section of {args.out} is kept", file=sys.stderr)
            status = 1
            continue
        body = result.get("markdown") if isinstance(result, dict) else None
        if not isinstance(body, str):
            body = _table(["measure", "value"], _flatten(result)) if isinstance(result, dict) else str(result)
        when = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
        load = " / ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "unknown"
        note = (f"(This section: `python benchmarks/run.py --update {name}"
                + (f" --batch-docs {args.batch_docs}" if name == "bench_batch" and args.batch_docs != 10_000 else "")
                + f"` on {when}, load average at its end {load}; the rest of the report is from the run above.)")
        replace_section(Path(args.out), name, f"{body}\n\n{note}")
        print(f"[bench] {name}: section of {args.out} replaced", file=sys.stderr)
    return status


def _corpus_words(n: int = 500) -> float:
    from corpus import generate

    texts = [r["text"] for r in generate(n)]
    return sum(len(t.split()) for t in texts) / len(texts)


OTHER_BENCHES = ("bench_extract", "bench_length", "bench_geo", "bench_store", "bench_web")
COUNTRIES_NOTE = f"conflict reports of all six ACLED event types in {len(COUNTRIES)} countries"

if __name__ == "__main__":
    sys.exit(main())
