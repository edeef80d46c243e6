"""eventcoder: news reports of armed conflict and political violence in, ACLED-grade event records out."""

from __future__ import annotations

from eventcoder.api import (
    evaluate,
    export,
    extract,
    extract_text,
    geoparse,
    ingest,
    query_events,
    read,
    relevance_score,
)
from eventcoder.errors import EventcoderError
from eventcoder.model import Document, EventRecord, Evidence, Failure, Place

__version__ = "0.1.0"

__all__ = [
    "Document",
    "EventRecord",
    "EventcoderError",
    "Evidence",
    "Failure",
    "Place",
    "__version__",
    "evaluate",
    "export",
    "extract",
    "extract_text",
    "geoparse",
    "ingest",
    "query_events",
    "read",
    "relevance_score",
]
