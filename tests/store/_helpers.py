"""Helpers of the store tests: hand-built synthetic documents (no extraction)."""

from __future__ import annotations

from eventcoder.dedup.scenarios import report_text
from eventcoder.model import Document, EventRecord, document_id


def make_doc(key: str, records: list[EventRecord], *, outlet: str = "Synthetic Outlet",
             published: str | None = None, text: str | None = None) -> Document:
    """A synthetic document whose text is unique to ``key``."""
    text = text or report_text(key)
    return Document(id=document_id(text), text=text, source=outlet, published=published, events=list(records),
                    input_ref=key)
