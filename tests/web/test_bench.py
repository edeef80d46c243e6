"""benchmarks/bench_web.py runs end to end at a tiny size (no timing is asserted: figures come from `make bench`)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_web.py"


@pytest.mark.slow
def test_bench_web_runs_at_tiny_size() -> None:
    sys.path.insert(0, str(BENCH.parent))
    spec = importlib.util.spec_from_file_location("bench_web", BENCH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    result = module.run(events=3000, requests=4, concurrency=2, loads=0)
    assert all(m["requests"] > 0 and not m["errors"] for m in result["measures"].values()), result["measures"]
    assert "requests/s" in result["markdown"] and "not measured" in result["markdown"]
