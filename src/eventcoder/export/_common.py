"""Helpers shared by the writers: column order and the flat ``sources`` summary."""

from __future__ import annotations

import os
import secrets
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from eventcoder.errors import StoreError
from eventcoder.model import ACLED_COLUMNS, EXTRA_COLUMNS

__all__ = ["COLUMNS", "flat", "open_text", "replacing"]

# ACLED's columns in ACLED's order, then eventcoder's own, then the store's.
COLUMNS: tuple[str, ...] = (*ACLED_COLUMNS, *EXTRA_COLUMNS, "n_sources", "source_documents")


def flat(event: dict[str, Any]) -> dict[str, Any]:
    """The event as one flat row: ``source_documents`` lists the supporting documents' ids."""
    row = {c: event.get(c) for c in COLUMNS if c != "source_documents"}
    row["source_documents"] = "; ".join(s["document_id"] for s in event.get("sources") or ())
    return row


@contextmanager
def replacing(out: Path) -> Iterator[Path]:
    """A temporary file beside ``out`` that replaces it only when the block succeeds: an export that fails
    half-way leaves the previous file as it was, never a truncated one."""
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"{out}: cannot write the export ({exc.strerror or exc}); choose another -o path") from exc
    # Beside the target (a rename never crosses file systems), created by the writer with the usual permissions.
    tmp = out.with_name(f".{out.name}.{os.getpid()}-{secrets.token_hex(4)}.part")
    try:
        yield tmp
        os.replace(tmp, out)
    except OSError as exc:
        raise StoreError(f"{out}: cannot write the export ({exc.strerror or exc}); choose another -o path") from exc
    finally:
        tmp.unlink(missing_ok=True)


@contextmanager
def open_text(out: Path | None) -> Iterator[IO[str]]:
    """``out`` opened for writing UTF-8 text (replaced only when the export succeeds), or standard output."""
    if out is None:
        yield sys.stdout
        return
    with replacing(out) as tmp:
        try:
            fh = tmp.open("w", encoding="utf-8", newline="")
        except OSError as exc:
            raise StoreError(f"{out}: cannot write the export ({exc.strerror or exc}); choose another -o path") from exc
        with fh:
            yield fh
