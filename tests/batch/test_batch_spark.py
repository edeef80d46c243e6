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


def _no_timestamp(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: v for k, v in r.items() if k != "timestamp"} for r in rows]


def test_spark_engine(spark: Any, inputs: list[Path], local_run: tuple[Path, Any], tmp_path: Path) -> None:
    """One test, so that pytest-xdist never starts a second Spark session for this module."""
    out = tmp_path / "out"
    summary = run_batch([str(p) for p in inputs], out, engine="spark", spark=spark, lines_per_split=LINES)
    assert summary.totals == local_run[1].totals and summary.engine == "spark"
    # The same rows as the local engine (a corrupted record is a failures row on both) ...
    for name in ("documents", "events", "failures"):
        rows = table(out, name)
        assert rows and rows == table(local_run[0], name), name
    # ... and the same canonical events with the same ids and numbers (the timestamp is each run's time).
    canonical = _no_timestamp(table(out, "canonical_events"))
    assert canonical == _no_timestamp(table(local_run[0], "canonical_events"))
    assert summary.dedup == {**local_run[1].dedup, "seconds": summary.dedup["seconds"]}

    # A re-run after a split was killed between moving its files into place and committing it.
    next(iter(sorted((out / "_splits").glob("*.json")))).unlink()
    before = {name: table(out, name) for name in ("documents", "events", "failures")}
    again = run_batch([str(p) for p in inputs], out, engine="spark", spark=spark, lines_per_split=LINES)
    assert again.splits_run == 1 and again.totals == summary.totals
    for name, rows in before.items():
        assert table(out, name) == rows, name
    assert _no_timestamp(table(out, "canonical_events")) == canonical

    # URLs are listed and read through Spark's (Hadoop's) file systems: file: here, s3a:// or hdfs:// on a cluster.
    urls = [inputs[0].resolve().as_uri(), inputs[1].parent.resolve().as_uri() + "/*.warc.gz",
            inputs[0].parent.resolve().as_uri() + "/none-*"]
    remote = tmp_path / "remote"
    summary = run_batch(urls, remote, engine="spark", spark=spark, lines_per_split=LINES)
    assert [f.input for f in summary.plan_failures] == [urls[2]]
    for name in ("documents", "events", "failures", "canonical_events"):
        assert _portable(table(remote, name)) == _portable(table(local_run[0], name)), name
    assert {f["ref"].split(":")[0] for f in table(remote, "failures")} == {"file"}


def _portable(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows without what names the input (path or URL), the split, the run's time, the reader's wording."""
    drop = {"input_ref", "ref", "input", "split_id", "timestamp", "reason"}
    return sorted(({k: v for k, v in r.items() if k not in drop} for r in rows), key=lambda r: str(sorted(r.items())))
