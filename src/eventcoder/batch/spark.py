"""The Spark engine: splits as Spark tasks, ``mapPartitions`` with the pipeline built once per worker.

pyspark is an optional extra (``pip install 'eventcoder[spark]'``, Java 17). Each planned split
is one element of an RDD with one partition per split, so Spark balances splits over the
executors; each partition calls :func:`eventcoder.batch.process.run_split`, the function the
local engine calls, and the pipeline (spaCy model, gazetteer) is built once per Python worker
(``Pipeline.default()`` is cached per process and Spark reuses its Python workers). The output
folder must be one that every executor can write: a local folder in ``local[N]`` mode or on a
one-machine standalone cluster, a shared file system (NFS, a mounted bucket) on a cluster.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any

from eventcoder.batch.splits import Split, is_uri, split_id
from eventcoder.errors import ConfigError
from eventcoder.model import Failure

__all__ = ["dedup_spark", "plan_remote", "run_spark", "spark_session", "standalone_cluster"]

_LOOPBACK = ("local", "spark://127.0.0.1", "spark://localhost")


def _pyspark() -> Any:
    try:
        import pyspark
    except ImportError as exc:
        raise ConfigError("the spark engine needs pyspark: pip install 'eventcoder[spark]' (and Java 17), or use "
                          "--engine local") from exc
    return pyspark


def spark_session(master: str | None = None, conf: dict[str, str] | None = None) -> Any:
    """A SparkSession for ``master`` (None: what spark-submit configured, else ``local[*]``).

    A local master listens on loopback only, without the web UI, and runs this interpreter.
    """
    _pyspark()
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("eventcoder batch")
    if master is None and "PYSPARK_GATEWAY_PORT" not in os.environ:
        master = "local[*]"  # not under spark-submit (which sets the master and starts the gateway)
    if master:
        builder = builder.master(master)
    settings = {"spark.ui.showConsoleProgress": "false"}
    if master and master.startswith(_LOOPBACK):
        # A run on this machine listens on loopback only, uses this interpreter, and has no web UI.
        settings.update({"spark.driver.host": "127.0.0.1", "spark.driver.bindAddress": "127.0.0.1",
                         "spark.ui.enabled": "false", "spark.pyspark.python": sys.executable,
                         "spark.pyspark.driver.python": sys.executable,
                         # A few cores: a few shuffle partitions (each Spark task costs a Python round trip).
                         "spark.sql.shuffle.partitions": "8"})
        # The Python workers run this interpreter (with eventcoder installed), not the first python3 on PATH.
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    settings.update(conf or {})
    for key, value in settings.items():
        builder = builder.config(key, value)
    return builder.getOrCreate()


def _partition(items: Iterable[dict[str, Any]], *, out: str, published: str | None) -> Iterator[dict[str, Any]]:
    """One Spark partition: its splits, each read, processed and committed by ``run_split``."""
    from eventcoder.batch.process import run_split

    for item in items:
        yield run_split(Split.from_dict(item), Path(out), published=published)


def _remote_partition(items: Iterable[tuple[str, bytes]], *, out: str, published: str | None,
                      splits: dict[str, dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """One partition of files Spark read (``binaryFiles``): each file one split, processed from its bytes."""
    from eventcoder.batch.process import run_split

    for path, data in items:
        yield run_split(Split.from_dict(splits[path]), Path(out), published=published, data=bytes(data))


def run_spark(splits: Sequence[Split], out: Path, *, published: str | None = None, master: str | None = None,
              conf: dict[str, str] | None = None, spark: Any = None) -> Iterator[dict[str, Any]]:
    """Run the splits as Spark tasks (one partition each); yields their manifests.

    Local splits are opened by path on the executors; URL splits are read by Spark
    (``binaryFiles``, through Hadoop's file systems) and handed over as bytes.
    """
    if not splits:
        return
    session = spark or spark_session(master, conf)
    sc = session.sparkContext
    target = str(Path(out).resolve())
    local = [s.to_dict() for s in splits if not is_uri(s.path)]
    remote = {s.path: s.to_dict() for s in splits if is_uri(s.path)}
    jobs = []
    if local:
        rdd = sc.parallelize(local, numSlices=len(local))
        jobs.append(rdd.mapPartitions(partial(_partition, out=target, published=published)))
    if remote:
        files = sc.binaryFiles(",".join(remote), minPartitions=len(remote))
        jobs.append(files.mapPartitions(partial(_remote_partition, out=target, published=published, splits=remote)))
    # collect, not toLocalIterator: the latter computes one partition at a time.
    yield from (jobs[0] if len(jobs) == 1 else sc.union(jobs)).collect()


def plan_remote(spark: Any, inputs: Sequence[str]) -> tuple[list[Split], list[Failure]]:
    """Splits of the files URLs name (globs and folders too), listed through Spark's Hadoop file systems."""
    splits: list[Split] = []
    failures: list[Failure] = []
    for uri in inputs:
        try:
            files = _list_files(spark, uri)
        except Exception as exc:  # noqa: BLE001 - py4j raises its own errors: the input fails, the run goes on
            message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            failures.append(Failure(uri, "plan", f"cannot list it through Spark ({message}); check the URL and "
                                                 "that the file system's package is on the classpath (--packages)"))
            continue
        if not files:
            failures.append(Failure(uri, "plan", "no file matches this URL; check the path"))
        splits += [Split(split_id(path, size), path, "", size) for path, size in files]
    return splits, failures


def _list_files(spark: Any, uri: str) -> list[tuple[str, int]]:
    """(path, size) of every file a URL names: itself, every match of a glob, every file under a folder."""
    sc = spark.sparkContext
    path = sc._jvm.org.apache.hadoop.fs.Path(uri)
    fs = path.getFileSystem(sc._jsc.hadoopConfiguration())
    found: list[tuple[str, int]] = []
    for status in fs.globStatus(path) or []:
        if status.isFile():
            found.append((status.getPath().toString(), int(status.getLen())))
            continue
        listing = fs.listFiles(status.getPath(), True)
        while listing.hasNext():
            item = listing.next()
            if not item.getPath().getName().startswith((".", "_")):
                found.append((item.getPath().toString(), int(item.getLen())))
    return sorted(set(found))


def _spark_type(arrow_type: Any) -> Any:
    """The Spark SQL type of an Arrow type of the batch schemas."""
    import pyarrow as pa
    from pyspark.sql import types as T

    if pa.types.is_list(arrow_type):
        return T.ArrayType(_spark_type(arrow_type.value_type))
    if pa.types.is_struct(arrow_type):
        return T.StructType([T.StructField(f.name, _spark_type(f.type)) for f in arrow_type])
    for check, spark in ((pa.types.is_int64, T.LongType()), (pa.types.is_float64, T.DoubleType()),
                         (pa.types.is_boolean, T.BooleanType())):
        if check(arrow_type):
            return spark
    return T.StringType()


def _keyed(row: Any) -> tuple[str, dict[str, Any]]:
    from eventcoder.batch.dedup import block_key

    data: dict[str, Any] = row.asDict(recursive=True)
    return block_key(data), data


def _dedup_group(group: tuple[str, Iterable[dict[str, Any]]], *, timestamp: int,
                 names: list[str]) -> Iterator[tuple[Any, ...]]:
    from eventcoder.batch.dedup import dedup_block
    from eventcoder.dedup.canonical import id_prefix

    for row in dedup_block(group[1], timestamp=timestamp):
        row["prefix"] = id_prefix(row.get("country"), row.get("iso"))
        yield tuple(_nested(row.get(n)) for n in names)


def _nested(value: Any) -> Any:
    # Structs inside lists go to Spark as tuples in field order (dicts keep that order here).
    if isinstance(value, list):
        return [tuple(v.values()) if isinstance(v, dict) else v for v in value]
    return value


def dedup_spark(out: Path, *, spark: Any = None, master: str | None = None, conf: dict[str, str] | None = None,
                timestamp: int | None = None) -> Any:
    """Canonical events of a batch folder on Spark: rows grouped by block, each block deduplicated by the store."""
    import time as _time
    import uuid

    from pyspark.sql import Window
    from pyspark.sql import functions as F
    from pyspark.sql import types as T

    from eventcoder.batch.dedup import DOC_COLUMNS, DedupSummary, out_path, swap
    from eventcoder.batch.output import TMP, canonical_fields

    started = _time.perf_counter()
    if not (out / "events").is_dir():
        return DedupSummary()
    session = spark or spark_session(master, conf)
    stamp = int(_time.time()) if timestamp is None else timestamp
    events = session.read.parquet(str((out / "events").resolve()))
    docs = (session.read.parquet(str((out / "documents").resolve()))
            .select(F.col("id").alias("doc_id"), *[F.col(c).alias(f"doc_{c}") for c in DOC_COLUMNS])
            .dropDuplicates(["doc_id"]))
    joined = events.join(docs, events.document_id == docs.doc_id, "left").drop("doc_id")
    fields = [*canonical_fields(), ("event_month", None), ("prefix", None)]
    schema = T.StructType([T.StructField(n, _spark_type(t) if t is not None else T.StringType()) for n, t in fields])
    names = [n for n, _ in fields]
    grouped = joined.rdd.map(_keyed).groupByKey()
    rows = session.createDataFrame(grouped.flatMap(partial(_dedup_group, timestamp=stamp, names=names)), schema)
    order = Window.partitionBy("prefix").orderBy(F.coalesce(F.col("event_date"), F.lit("9999")), F.col("id"))
    numbered = rows.withColumn("event_id_cnty", F.concat(F.col("prefix"), F.row_number().over(order).cast("string")))
    numbered = numbered.drop("prefix").cache()
    tmp = (out / TMP / f"canonical-{uuid.uuid4().hex}").resolve()
    numbered.write.partitionBy("event_month").option("compression", "zstd").parquet(str(tmp))
    counts = numbered.agg(F.count("*").alias("n"), F.sum(F.size("sources")).alias("records"),
                          F.countDistinct("block").alias("blocks")).first()
    numbered.unpersist()
    swap(tmp, out_path(out))
    records = int(counts["records"] or 0)
    return DedupSummary(records, int(counts["blocks"]), int(counts["n"]), records - int(counts["n"]),
                        round(_time.perf_counter() - started, 3))


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _alive_workers(ui_port: int) -> int:
    import json
    import urllib.request

    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{ui_port}/json/", timeout=5) as resp:  # noqa: S310 - loopback
            return int(json.loads(resp.read()).get("aliveworkers", 0))
    except (OSError, ValueError):
        return 0


@contextmanager
def standalone_cluster(folder: Path, *, cores: int = 2, memory: str = "2g", timeout: float = 180) -> Iterator[str]:
    """A Spark standalone master and one worker on loopback, from pyspark's own ``spark-class``; yields the master URL.

    For tests and benchmarks: logs and the worker's files go to ``folder``; both are stopped on exit.
    """
    import subprocess
    import time

    home = Path(_pyspark().__file__).resolve().parent
    port, ui_port = _free_port(), _free_port()
    folder.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "SPARK_HOME": str(home), "SPARK_LOCAL_IP": "127.0.0.1", "PYSPARK_PYTHON": sys.executable,
           "SPARK_WORKER_DIR": str(folder / "work"), "SPARK_NO_DAEMONIZE": "1"}
    spark_class = str(home / "bin" / "spark-class")
    url = f"spark://127.0.0.1:{port}"
    commands = [
        [spark_class, "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port", str(port),
         "--webui-port", str(ui_port)],
        [spark_class, "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1", "--cores", str(cores),
         "--memory", memory, "--webui-port", str(_free_port()), url],
    ]
    procs: list[subprocess.Popen[bytes]] = []
    with (folder / "cluster.log").open("wb") as log:
        try:
            for command in commands:
                procs.append(subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT,
                                              start_new_session=True))
            deadline = time.monotonic() + timeout
            while _alive_workers(ui_port) < 1:
                if time.monotonic() > deadline or any(p.poll() is not None for p in procs):
                    raise ConfigError(f"the local Spark standalone cluster did not start within {timeout:.0f} s; "
                                      f"see {folder / 'cluster.log'}")
                time.sleep(0.5)
            yield url
        finally:
            for proc in reversed(procs):
                if proc.poll() is None:
                    os.killpg(proc.pid, 15)
                    try:
                        proc.wait(timeout=60)
                    except subprocess.TimeoutExpired:
                        os.killpg(proc.pid, 9)
                        proc.wait()
