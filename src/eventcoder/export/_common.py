"""Helpers shared by the writers: column order and the flat ``sources`` summary."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from eventcoder.errors import StoreError
from eventcoder.model import ACLED_COLUMNS, EXTRA_COLUMNS

__all__ = ["COLUMNS", "flat", "open_text"]

# ACLED's columns in ACLED's order, then eventcoder's own, then the store's.
COLUMNS: tuple[str, ...] = (*ACLED_COLUMNS, *EXTRA_COLUMNS, "n_sources", "source_documents")


def flat(event: dict[str, Any]) -> dict[str, Any]:
    """The event as one flat row: ``source_documents`` lists the supporting documents' ids."""
    row = {c: event.get(c) for c in COLUMNS if c != "source_documents"}
    row["source_documents"] = "; ".join(s["document_id"] for s in event.get("sources") or ())
    return row


@contextmanager
def open_text(out: Path | None) -> Iterator[IO[str]]:
    """``out`` opened for writing UTF-8 text, or standard output when None."""
    if out is None:
        yield sys.stdout
        return
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with out.open("w", encoding="utf-8", newline="") as fh:
            yield fh
    except OSError as exc:
        raise StoreError(f"{out}: cannot write the export ({exc}); choose another -o path") from exc
