"""The Spark engine: splits as Spark tasks, ``mapPartitions`` with the pipeline built once per worker.

pyspark is an optional extra (``pip install 'eventcoder[spark]'``, Java 17). Each planned split
is one element of an RDD with one partition per split, so Spark balances splits over the
executors; each partition calls :func:`eventcoder.batch.runner.run_split`, the function the
local engine calls, and the pipeline (spaCy model, gazetteer) is built once per Python worker
(``Pipeline.default()`` is cached per process and Spark reuses its Python workers). The output
folder must be one that every executor can write: a local folder in ``local[N]`` mode or on a
one-machine standalone cluster, a shared file system (NFS, a mounted bucket) on a cluster.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from eventcoder.batch.splits import Split
from eventcoder.errors import ConfigError

__all__ = ["run_spark", "spark_session"]

_LOOPBACK = ("local", "spark://127.0.0.1", "spark://localhost")


def _pyspark() -> Any:
    try:
        import pyspark
    except ImportError as exc:
        raise ConfigError("the spark engine needs pyspark: pip install 'eventcoder[spark]' (and Java 17), or use "
                          "--engine local") from exc
    return pyspark


def spark_session(master: str | None = None, conf: dict[str, str] | None = None) -> Any:
    """A SparkSession for ``master`` (None: what spark-submit configured); loopback-only for local masters."""
    _pyspark()
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("eventcoder batch")
    if master:
        builder = builder.master(master)
    settings = {"spark.ui.showConsoleProgress": "false"}
    if master and master.startswith(_LOOPBACK):
        # A run on this machine listens on loopback only, uses this interpreter, and has no web UI.
        settings.update({"spark.driver.host": "127.0.0.1", "spark.driver.bindAddress": "127.0.0.1",
                         "spark.ui.enabled": "false", "spark.pyspark.python": sys.executable,
                         "spark.pyspark.driver.python": sys.executable})
        # The Python workers run this interpreter (with eventcoder installed), not the first python3 on PATH.
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    settings.update(conf or {})
    for key, value in settings.items():
        builder = builder.config(key, value)
    return builder.getOrCreate()


def _partition(items: Iterable[dict[str, Any]], *, out: str, published: str | None) -> Iterator[dict[str, Any]]:
    """One Spark partition: its splits, each read, processed and committed by ``run_split``."""
    from eventcoder.batch.runner import run_split

    for item in items:
        yield run_split(Split.from_dict(item), Path(out), published=published)


def run_spark(splits: Sequence[Split], out: Path, *, published: str | None = None, master: str | None = None,
              conf: dict[str, str] | None = None, spark: Any = None) -> Iterator[dict[str, Any]]:
    """Run the splits as Spark tasks (one partition each); yields their manifests."""
    if not splits:
        return
    session = spark or spark_session(master, conf)
    sc = session.sparkContext
    rdd = sc.parallelize([s.to_dict() for s in splits], numSlices=len(splits))
    job = rdd.mapPartitions(partial(_partition, out=str(Path(out).resolve()), published=published))
    # collect, not toLocalIterator: the latter computes one partition at a time.
    yield from job.collect()
