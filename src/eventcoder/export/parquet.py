"""Parquet through pyarrow (imported lazily; an install hint when missing), with a fixed schema."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from eventcoder.errors import ConfigError, StoreError
from eventcoder.export._common import COLUMNS, flat, replacing

__all__ = ["write"]

_BATCH = 10_000
_INT = {"year", "time_precision", "iso", "geo_precision", "fatalities", "timestamp", "injuries", "fatalities_low",
        "fatalities_high", "civilian_fatalities", "attacker_fatalities", "geonameid", "n_sources"}
_FLOAT = {"latitude", "longitude", "confidence"}
_BOOL = {"fatalities_split", "hedged"}


def write(events: Iterable[dict[str, Any]], out: Path | None) -> int:
    """Write ``events`` to the Parquet file ``out``; returns the number of events."""
    if out is None:
        raise ConfigError("parquet export needs a file: give -o FILE.parquet")
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise ConfigError("parquet export needs pyarrow: pip install pyarrow (or eventcoder[dev])") from exc
    schema = pa.schema([
        (c, pa.int64() if c in _INT else pa.float64() if c in _FLOAT else pa.bool_() if c in _BOOL else pa.string())
        for c in COLUMNS
    ])
    n = 0
    try:
        with replacing(out) as tmp, pq.ParquetWriter(str(tmp), schema) as writer:
            batch: list[dict[str, Any]] = []
            for ev in events:
                batch.append(flat(ev))
                n += 1
                if len(batch) >= _BATCH:
                    writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                    batch = []
            if batch or n == 0:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
    except OSError as exc:
        raise StoreError(f"{out}: cannot write the parquet export ({exc}); choose another -o path") from exc
    return n
