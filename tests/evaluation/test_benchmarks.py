"""The synthetic corpus generator and a tiny benchmark run (no timing is asserted)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"


def _module(name: str) -> ModuleType:
    sys.path.insert(0, str(BENCH))
    try:
        spec = importlib.util.spec_from_file_location(name, BENCH / f"{name}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(BENCH))


def test_benchmarks_corpus_is_deterministic_and_mixed():
    corpus = _module("corpus")
    first = list(corpus.generate(200, seed=3))
    assert first == list(corpus.generate(200, seed=3)) and first != list(corpus.generate(200, seed=4))
    assert len({r["id"] for r in first}) == 200 and all(r["synthetic"] for r in first)
    general = sum(r["title"].split(":")[0] in {"Markets", "Sport", "Weather", "Science", "Culture"} for r in first)
    assert 0.15 < general / 200 < 0.45  # a share of non-violent news, about 30%


@pytest.mark.slow
def test_benchmarks_run_writes_performance_report(tmp_path: Path):
    run = _module("run")
    out = tmp_path / "performance.md"
    assert run.main(["--sizes", "30", "--procs", "1", "--budget", "5", "--skip-other", "--bbc-docs", "0",
                     "--out", str(out)]) == 0
    text = out.read_text()
    assert "## Machine" in text and "## 30 documents" in text and "floor: read + spaCy tokenizer" in text


def test_benchmarks_relevance_mode_scores_a_corpus(tmp_path: Path):
    corpus = _module("corpus")
    path = corpus.write_corpus(tmp_path / "c.jsonl", 20)
    result = _module("bench_pipeline").relevance(path, 20)
    assert result["docs"] == 20 and 0 <= result["relevant"] <= 20 and result["docs_per_s"] > 0


@pytest.mark.slow
def test_benchmarks_bbc_headline_section_runs_or_skips(tmp_path: Path):
    run = _module("run")
    text = run.bbc_section(12, [1], 3.0)
    assert text.startswith("## Real-length general news (BBC articles)")
    if run.bbc_corpus() is None:
        assert "Skipped" in text
    else:
        assert "Relevance model alone" in text and "End to end" in text


def test_benchmarks_replace_section_keeps_the_rest_of_the_report(tmp_path: Path):
    sections = _module("sections")
    report = tmp_path / "performance.md"
    report.write_text("# Performance\n\nintro\n\n### bench_geo\n\nold geo\n\n### bench_watch\n\nsoak\n", encoding="utf-8")
    sections.replace_section(report, "bench_geo", "new geo")
    sections.replace_section(report, "bench_web", "web figures")
    text = report.read_text(encoding="utf-8")
    assert "old geo" not in text and "new geo" in text and "soak" in text and "intro" in text
    assert text.index("### bench_geo") < text.index("### bench_watch") < text.index("### bench_web")
