"""The Spark engine in local[2] mode: the same tables as the local engine, and resuming without duplicates.

One SparkSession for the module (loopback only, no web UI); skipped when pyspark or Java is missing.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from eventcoder.batch.runner import run_batch

from .conftest import LINES, table

pytestmark = pytest.mark.spark


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    pytest.importorskip("pyspark", reason="pyspark is not installed (pip install 'eventcoder[spark]')")
    if shutil.which("java") is None:
        pytest.skip("Java is not installed; Spark needs Java 17")
    from eventcoder.batch.spark import spark_session

    session = spark_session("local[2]", {"spark.sql.shuffle.partitions": "2"})
    assert session.conf.get("spark.driver.host") == "127.0.0.1" and session.conf.get("spark.ui.enabled") == "false"
    yield session
    session.stop()


@pytest.fixture(scope="module")
def spark_run(spark: Any, inputs: list[Path], tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Any]:
    out = tmp_path_factory.mktemp("spark") / "out"
    return out, run_batch([str(p) for p in inputs], out, engine="spark", spark=spark, lines_per_split=LINES)


def _no_timestamp(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: v for k, v in r.items() if k != "timestamp"} for r in rows]


def test_spark_output_equals_the_local_engine(spark_run: tuple[Path, Any], local_run: tuple[Path, Any]) -> None:
    out, summary = spark_run
    assert summary.totals == local_run[1].totals and summary.engine == "spark"
    for name in ("documents", "events", "failures"):
        rows = table(out, name)
        assert rows and rows == table(local_run[0], name), name
    # Same canonical events with the same ids and numbers (the timestamp is the time of each run).
    assert _no_timestamp(table(out, "canonical_events")) == _no_timestamp(table(local_run[0], "canonical_events"))
    assert summary.dedup == {**local_run[1].dedup, "seconds": summary.dedup["seconds"]}


def test_spark_rerun_after_a_killed_split_has_no_duplicates(spark: Any, spark_run: tuple[Path, Any],
                                                           inputs: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(spark_run[0], out)
    next(iter(sorted((out / "_splits").glob("*.json")))).unlink()  # its files are in place, its commit is not
    again = run_batch([str(p) for p in inputs], out, engine="spark", spark=spark, lines_per_split=LINES)
    assert again.splits_run == 1 and again.totals == spark_run[1].totals
    for name in ("documents", "events", "failures"):
        assert table(out, name) == table(spark_run[0], name), name
    assert _no_timestamp(table(out, "canonical_events")) == _no_timestamp(table(spark_run[0], "canonical_events"))
