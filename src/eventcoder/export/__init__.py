"""Exports of the stored canonical events, one writer module per format with the same signature.

Each writer is ``write(events: Iterable[dict], out: Path | None) -> int`` (``None`` writes to
standard output where the format allows); :func:`export` picks it by name and streams the
events from the store with the filters of ``eventcoder events``.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

from eventcoder.errors import ConfigError

__all__ = ["FORMATS", "export"]

# format name -> writer module (relative to this package)
FORMATS: dict[str, str] = {
    "acled-csv": "acled_csv",
    "geojson": "geojson",
    "jsonl": "jsonl",
    "parquet": "parquet",
}


def export(fmt: str, out: str | Path | None, *, db: str | None = None, **filters: Any) -> int:
    """Write the stored events matching ``filters`` to ``out`` (``-`` or None: stdout) as ``fmt``; returns the count."""
    if fmt not in FORMATS:
        raise ConfigError(f"export format {fmt!r} is not known; choose one of {', '.join(FORMATS)}")
    from eventcoder.store.db import open_engine
    from eventcoder.store.query import iter_events

    writer = importlib.import_module(f"eventcoder.export.{FORMATS[fmt]}")
    path = None if out is None or str(out) == "-" else Path(out)
    engine = open_engine(db, readonly=True)
    try:
        limit = filters.pop("limit", None)
        count: int = writer.write(iter_events(engine, limit=limit, **filters), path)
        return count
    finally:
        engine.dispose()
