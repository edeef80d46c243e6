"""ACLED-compatible CSV: ACLED's column names in ACLED's order, then eventcoder's own (EXTRA_COLUMNS), nothing else."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from eventcoder.export._common import flat, open_text
from eventcoder.model import ACLED_COLUMNS, EXTRA_COLUMNS

__all__ = ["cell", "write"]


def cell(value: Any) -> Any:
    """One CSV cell as ACLED writes it: coordinates with 4 decimals, flags as 1/0, nothing for None."""
    if isinstance(value, float):
        return f"{value:.4f}"  # ACLED publishes coordinates with 4 decimals
    if isinstance(value, bool):
        return "1" if value else "0"
    return "" if value is None else value


COLUMNS: tuple[str, ...] = (*ACLED_COLUMNS, *EXTRA_COLUMNS)


def write(events: Iterable[dict[str, Any]], out: Path | None) -> int:
    """Write ``events`` as CSV with a header row; returns the number of events."""
    n = 0
    with open_text(out) as fh:
        writer = csv.writer(fh)
        writer.writerow(COLUMNS)
        for ev in events:
            row = flat(ev)
            writer.writerow([cell(row[c]) for c in COLUMNS])
            n += 1
    return n
