"""Fixtures of the batch tests: the synthetic inputs and one local-engine run over them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from .corpus import write_jsonl, write_warc

# Small splits, so that the JSONL is cut into several line ranges.
LINES = 3


@pytest.fixture(scope="session")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("inputs")
    return [write_jsonl(folder / "reports.jsonl"), write_warc(folder / "pages.warc.gz")]


@pytest.fixture(scope="session")
def local_run(inputs: list[Path], tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Any]:
    """The local engine (one process) over the inputs, with dedup."""
    from eventcoder.batch.runner import run_batch

    out = tmp_path_factory.mktemp("local") / "out"
    summary = run_batch([str(p) for p in inputs], out, lines_per_split=LINES, dedup=True)
    return out, summary


def table(out: Path, name: str) -> list[dict[str, Any]]:
    """Every row of a table of a batch folder (partition columns included), in a stable order."""
    import pyarrow.dataset as ds

    folder = out / name
    if not folder.is_dir():
        return []
    rows: list[dict[str, Any]] = ds.dataset(folder, format="parquet", partitioning="hive").to_table().to_pylist()
    key = {"documents": ("id", "input_ref"), "events": ("record_id", "input_ref"), "failures": ("ref", "reason"),
           "canonical_events": ("id",)}[name]
    return sorted(rows, key=lambda r: tuple(str(r[k]) for k in key))
