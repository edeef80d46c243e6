"""Date expressions in news text (placeholder: implemented by the ingest work)."""

from __future__ import annotations

from eventcoder.model import Document


def annotate_dates(doc: Document) -> Document:
    return doc
