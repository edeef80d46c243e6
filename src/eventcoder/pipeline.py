"""The pipeline: named stages that fill a Document's layers in place, one way.

    Document(text, sections, sentences)            from eventcoder.ingest
      -> dates     Document.dates                  eventcoder.timeparse
      -> geocode   Document.places                 eventcoder.geo
      -> events    Document.events / .rejected     eventcoder.extract

A stage is any callable ``(Document) -> Document`` with a ``name``; a stage that raises on
one document turns it into a :class:`Failure` naming the input and the stage, and the
batch goes on.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from eventcoder.errors import EventcoderError
from eventcoder.model import Document, Failure

__all__ = ["Pipeline", "Stage"]


@dataclass(frozen=True)
class Stage:
    """A named pipeline stage."""

    name: str
    func: Callable[[Document], Document]

    def __call__(self, doc: Document) -> Document:
        return self.func(doc)


def _dates_stage() -> Stage:
    from eventcoder.timeparse import annotate_dates

    return Stage("dates", annotate_dates)


def _geocode_stage() -> Stage:
    from eventcoder.geo import Geocoder

    geocoder = Geocoder.default()
    return Stage("geocode", geocoder.annotate)


def _events_stage() -> Stage:
    from eventcoder.extract import EventExtractor

    extractor = EventExtractor.default()
    return Stage("events", extractor)


def _input_id(doc: Document) -> str | None:
    rid = doc.meta.get("input_id")
    return None if rid is None else str(rid)


class Pipeline:
    """An ordered list of stages; cheap to build, the heavy parts load in the stage factories."""

    def __init__(self, stages: Sequence[Stage]) -> None:
        self.stages = list(stages)

    @classmethod
    @functools.cache
    def default(cls) -> Pipeline:
        """The standard pipeline: dates, geocode, events (built once per process)."""
        return cls([_dates_stage(), _geocode_stage(), _events_stage()])

    def __call__(self, doc: Document) -> Document:
        if doc.rejected is not None:
            return doc  # refused at ingest (a language not supported yet): nothing to code
        for stage in self.stages:
            doc = stage(doc)
        return doc

    def pipe(self, items: Iterable[Document | Failure]) -> Iterator[Document | Failure]:
        """Run every document through the stages; a failure on one becomes a Failure, the rest go on."""
        for item in items:
            if isinstance(item, Failure):
                yield item
                continue
            yield self._run_one(item)

    def _run_one(self, doc: Document) -> Document | Failure:
        if doc.rejected is not None:
            return doc  # refused at ingest (a language not supported yet): nothing to code
        for stage in self.stages:
            try:
                doc = stage(doc)
            except EventcoderError as exc:
                return Failure(doc.input_ref or doc.id, stage.name, str(exc), _input_id(doc))
            except Exception as exc:  # noqa: BLE001 - batch boundary: record the failure, keep the batch going
                return Failure(doc.input_ref or doc.id, stage.name, f"{type(exc).__name__}: {exc}", _input_id(doc))
        return doc
