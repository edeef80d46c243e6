"""Readers that turn news input into Documents (placeholder: implemented by the ingest work)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from eventcoder.model import Document, Failure


def read(source: str | Path, *, published: str | None = None, format: str | None = None) -> Iterator[Document | Failure]:
    raise NotImplementedError


def document_from_text(text: str, *, published: str | None = None, title: str | None = None,
                       input_ref: str | None = None) -> Document:
    raise NotImplementedError
