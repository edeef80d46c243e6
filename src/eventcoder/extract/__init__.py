"""Event extraction (placeholder)."""

from __future__ import annotations

from eventcoder.model import Document


class EventExtractor:
    @classmethod
    def default(cls) -> "EventExtractor":
        return cls()

    def __call__(self, doc: Document) -> Document:
        return doc
