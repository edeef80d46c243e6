"""Running the default pipeline on a written test text, for the extraction tests that read the whole Document."""

from __future__ import annotations

from eventcoder.ingest import document_from_text
from eventcoder.model import Document
from eventcoder.pipeline import Pipeline


def run(pipeline: Pipeline, text: str, published: str) -> Document:
    """The document ``pipeline`` makes of ``text`` published on ``published`` (YYYY-MM-DD)."""
    return next(iter(pipeline.pipe([document_from_text(text, published=published)])))


def sub_types(pipeline: Pipeline, text: str, published: str) -> list[str | None]:
    """The sub-event types of the events ``pipeline`` codes from ``text`` published on ``published``, in order."""
    return [e.sub_event_type for e in run(pipeline, text, published).events]
