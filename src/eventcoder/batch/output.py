"""The output folder of a batch run: Parquet tables, one manifest per committed split, ``_SUCCESS``.

    OUT/_batch.json                                  the options every split was run with
    OUT/documents/published_month=2024-03/part-<split>.parquet
    OUT/events/event_month=2024-03/part-<split>.parquet      (event_month=undated when no date)
    OUT/failures/part-<split>.parquet
    OUT/_splits/<split>.json                         the split's manifest: written last, it commits the split
    OUT/_SUCCESS                                     JSON totals, written when every planned split is committed
    OUT/canonical_events/event_month=.../part-*.parquet   (the dedup stage)

A split is committed atomically: its files are written into ``OUT/_tmp/``, moved into place by
rename, then its manifest is written (temporary file + rename). A split without a manifest is
not done: a re-run processes it again, and since its files have fixed names (``part-<split>``)
they replace what a killed run left, and files of it that the new run does not produce are
removed, so a re-run never duplicates rows. Readers (Spark, pyarrow) skip ``_``-prefixed paths.
"""

from __future__ import annotations

import json
import os
import shutil
import uuid
from dataclasses import fields
from pathlib import Path
from typing import Any

from eventcoder.batch.splits import Split
from eventcoder.errors import ConfigError, StoreError
from eventcoder.model import ACLED_COLUMNS, EXTRA_COLUMNS, EventRecord

__all__ = [
    "TABLES", "canonical_fields", "committed", "manifests", "read_config", "read_success", "schema", "write_config", "write_split",
    "write_success",
]

TABLES = ("documents", "events", "failures")
# table -> its partition column (None: not partitioned)
PARTITION = {"documents": "published_month", "events": "event_month", "failures": None,
             "canonical_events": "event_month"}
CONFIG = "_batch.json"
SPLITS = "_splits"
TMP = "_tmp"
SUCCESS = "_SUCCESS"


def _arrow_type(annotation: str) -> Any:
    import pyarrow as pa

    if annotation.startswith("tuple[Evidence"):
        return evidence_type()
    for name, typ in (("bool", pa.bool_()), ("int", pa.int64()), ("float", pa.float64())):
        if annotation.split(" |")[0] == name:
            return typ
    return pa.string()


def evidence_type() -> Any:
    """Evidence as a nested column: a list of (field, start, end, quote)."""
    import pyarrow as pa

    return pa.list_(pa.struct([("field", pa.string()), ("start", pa.int64()), ("end", pa.int64()),
                               ("quote", pa.string())]))


def record_fields() -> list[tuple[str, Any]]:
    """(name, Arrow type) of every EventRecord field, in the model's order (ACLED's columns first)."""
    return [(f.name, _arrow_type(str(f.type))) for f in fields(EventRecord)]


def canonical_fields() -> list[tuple[str, Any]]:
    """(name, Arrow type) of the ``canonical_events`` columns (the partition column ``event_month`` excluded)."""
    import pyarrow as pa

    types = dict(record_fields())
    source = pa.struct([("document_id", pa.string()), ("record_index", pa.int64()), ("role", pa.string()),
                        ("outlet", pa.string()), ("published", pa.string())])
    return [("id", pa.string()), *[(c, types[c]) for c in (*ACLED_COLUMNS, *EXTRA_COLUMNS)],
            ("iso3", pa.string()), ("n_sources", pa.int64()), ("merge_info", pa.string()),
            ("sources", pa.list_(source)), ("block", pa.string())]


def schema(table: str) -> Any:
    """The Arrow schema of a table's files (the partition column lives in the folder name)."""
    import pyarrow as pa

    s, i64 = pa.string(), pa.int64()
    if table == "documents":
        cols = [("id", s), ("title", s), ("source", s), ("url", s), ("author", s), ("published", s),
                ("published_origin", s), ("language", s), ("input_ref", s), ("input_format", s), ("text", s),
                ("n_events", i64), ("rejected", s), ("meta", s), ("split_id", s)]
    elif table == "events":
        cols = [("record_id", s), *record_fields(), ("record_index", i64), ("input_ref", s), ("published", s),
                ("split_id", s)]
    elif table == "failures":
        cols = [("input", s), ("offset", i64), ("offset_kind", s), ("ref", s), ("stage", s), ("reason", s),
                ("input_id", s), ("split_id", s)]
    elif table == "canonical_events":
        cols = canonical_fields()
    else:
        raise ValueError(f"unknown table {table!r}")
    return pa.schema(cols)


def read_config(out: Path) -> dict[str, Any] | None:
    """The options of the run that made ``out`` (None for a new folder)."""
    path = out / CONFIG
    if not path.is_file():
        return None
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def write_config(out: Path, config: dict[str, Any]) -> None:
    """Record the options of this run; refuse a folder made with options that give other splits or rows."""
    old = read_config(out)
    if old is not None:
        differ = sorted(k for k in config if k in old and old[k] != config[k])
        if differ:
            raise ConfigError(f"{out} holds a batch run made with other options ({', '.join(differ)}: "
                              f"{', '.join(repr(old[k]) for k in differ)}); re-run with the same options to resume, "
                              "or choose another --out")
        return
    _atomic_text(out / CONFIG, json.dumps(config, indent=1, sort_keys=True))


def _atomic_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def manifest_path(out: Path, split_id: str) -> Path:
    """Where the manifest of a split lives."""
    return out / SPLITS / f"{split_id}.json"


def committed(out: Path, split: Split) -> bool:
    """Whether the split's output is complete (its manifest exists)."""
    return manifest_path(out, split.split_id).is_file()


def manifests(out: Path) -> list[dict[str, Any]]:
    """Every committed split's manifest, by split id."""
    folder = out / SPLITS
    if not folder.is_dir():
        return []
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))]


def _part_name(split_id: str) -> str:
    return f"part-{split_id}.parquet"


def _table_files(table: str, rows: list[dict[str, Any]], split_id: str) -> dict[str, list[dict[str, Any]]]:
    """Rows grouped by the relative path of the file they go to."""
    column = PARTITION[table]
    groups: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        rel = f"{table}/{column}={row[column]}/{_part_name(split_id)}" if column else f"{table}/{_part_name(split_id)}"
        groups.setdefault(rel, []).append(row)
    return groups


def write_table_file(path: Path, table: str, rows: list[dict[str, Any]]) -> None:
    """Write rows (extra keys ignored) as one Parquet file with the table's schema."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise ConfigError("eventcoder batch writes Parquet with pyarrow: pip install 'eventcoder[parquet]' "
                          "(or eventcoder[spark])") from exc

    sch = schema(table)
    names = sch.names
    data = pa.Table.from_pylist([{k: r.get(k) for k in names} for r in rows], schema=sch)
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(data, path, compression="zstd")


def _stale(out: Path, split_id: str, keep: set[str]) -> list[Path]:
    """Files of this split left by an earlier, uncommitted attempt that this attempt does not write."""
    name = _part_name(split_id)
    found = []
    for table in TABLES:
        # One existence check per partition folder, not a listing of every file.
        pattern = f"*/{name}" if PARTITION[table] else name
        found += [p for p in (out / table).glob(pattern) if str(p.relative_to(out)) not in keep]
    return found


def write_split(out: Path, split: Split, tables: dict[str, list[dict[str, Any]]], info: dict[str, Any]) -> dict[str, Any]:
    """Commit one split's rows: files into place by rename, then the manifest; returns the manifest."""
    tmp = out / TMP / f"{split.split_id}.{uuid.uuid4().hex}"
    files: dict[str, int] = {}
    try:
        for table in TABLES:
            for rel, rows in _table_files(table, tables.get(table, []), split.split_id).items():
                write_table_file(tmp / rel, table, rows)
                files[rel] = len(rows)
        for stale in _stale(out, split.split_id, set(files)):
            stale.unlink()
        for rel in files:
            target = out / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(tmp / rel, target)
        manifest = {"split": split.to_dict(), "files": files,
                    **{t: len(tables.get(t, [])) for t in TABLES}, **info}
        _atomic_text(manifest_path(out, split.split_id), json.dumps(manifest, indent=1, sort_keys=True))
    except OSError as exc:
        raise StoreError(f"{out}: cannot write the output of {split.path} ({exc}); check the folder and free space, "
                         "then re-run to resume") from exc
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return manifest


def remove_split(out: Path, manifest: dict[str, Any]) -> None:
    """Remove a committed split's files and manifest (its input changed since it was run)."""
    (manifest_path(out, manifest["split"]["split_id"])).unlink(missing_ok=True)
    for rel in manifest.get("files", {}):
        (out / rel).unlink(missing_ok=True)


def write_success(out: Path, summary: dict[str, Any]) -> None:
    """``_SUCCESS``: every planned split is committed; the totals of the folder."""
    _atomic_text(out / SUCCESS, json.dumps(summary, indent=1, sort_keys=True))


def read_success(out: Path) -> dict[str, Any] | None:
    """The ``_SUCCESS`` of the last finished run (None when there is none)."""
    path = out / SUCCESS
    if not path.is_file():
        return None
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def clear_success(out: Path) -> None:
    """A run in progress: the folder is not complete until it ends."""
    (out / SUCCESS).unlink(missing_ok=True)
