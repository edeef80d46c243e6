"""The length benchmark (benchmarks/bench_length.py) runs and reports every component; no timing is asserted."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"


@pytest.mark.slow
def test_bench_length_reports_each_size_and_component() -> None:
    sys.path.insert(0, str(BENCH))
    try:
        spec = importlib.util.spec_from_file_location("bench_length", BENCH / "bench_length.py")
        assert spec is not None and spec.loader is not None
        bench = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(bench)
    finally:
        sys.path.remove(str(BENCH))
    assert len(bench.long_text(5000)) == 5000
    result = bench.run((2000, 4000))
    assert [r["chars"] for r in result["sizes"]] == [2000, 4000]
    assert {"ingest", "geocode", "cues", "coding"} <= set(result["sizes"][0]["stages"])
    assert result["markdown"].count("\n| ") == 3  # header, two sizes
