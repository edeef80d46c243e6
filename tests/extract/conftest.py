"""Shared fixtures of the extraction tests: one default pipeline, and the events it codes from a written text."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventcoder.ingest import document_from_text
from eventcoder.model import EventRecord
from eventcoder.pipeline import Pipeline

EventsOf = Callable[[str], list[EventRecord]]
PUBLISHED = "2025-03-04"  # the publication date that relative dates in the test texts read from


@pytest.fixture(scope="session")
def default_pipeline() -> Pipeline:
    return Pipeline.default()


@pytest.fixture(scope="session")
def pipeline(default_pipeline: Pipeline) -> Pipeline:
    """The default pipeline under the name the whole-document tests use (a test module may define its own)."""
    return default_pipeline


@pytest.fixture(scope="session")
def events_of(default_pipeline: Pipeline) -> EventsOf:
    """The events the default pipeline codes from ``text``, published on ``PUBLISHED``."""

    def run(text: str) -> list[EventRecord]:
        return next(iter(default_pipeline.pipe([document_from_text(text, published=PUBLISHED)]))).events

    return run
