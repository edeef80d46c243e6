"""The store benchmark script runs (at a tiny size; no timing is asserted)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_store.py"


def test_bench_store_runs_at_tiny_size() -> None:
    spec = importlib.util.spec_from_file_location("bench_store", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    result = module.run(ingest_events=40, query_events=300)
    assert result["ingest"]["event_records"] == 40 and result["query"]["stored_events"] == 300
    assert "events/s" in result["markdown"]
