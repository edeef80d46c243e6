"""The pipeline: named components that fill a Document's layers in place, one way.

    Document(text, sections, sentences)          from eventcoder.ingest
      -> dates      Document.dates                eventcoder.timeparse
      -> geocode    Document.places, .country_focus   eventcoder.geo
      -> cues ... coding   the engine's layers, then Document.events / .rejected   eventcoder.extract

A component is any callable ``(Document) -> Document`` with a ``name`` and the layers (Document
field names) it ``reads`` and ``writes``. :meth:`Pipeline.analyze` checks, when the pipeline is
built, that every layer a component reads is given by ingest or written by a component before it.
A component that raises on one document turns it into a :class:`Failure` naming the input and the
component, and the batch goes on. A component that rejects a document (``Document.rejected``: the relevance
component for a text that does not report political violence) ends its run: the stages after it are skipped.
:meth:`Pipeline.pipe` runs documents in batches, each stage over the batch, so that a component with a ``batch``
method (the parser's roles component) works on many documents at once; the output is the same as one at a time. The list of components with what they read and write is
docs/architecture.md's table (``python -m eventcoder.pipeline`` prints it).
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, fields

from eventcoder.component import Component
from eventcoder.errors import ConfigError, EventcoderError
from eventcoder.model import Document, Failure

__all__ = ["BATCH_SIZE", "INGEST_LAYERS", "MARKERS", "Component", "Pipeline", "Stage", "components_table", "with_components_table"]

# What ingest gives every Document before the first component runs.
INGEST_LAYERS = frozenset({
    "id", "text", "sections", "sentences", "title", "source", "url", "author", "published", "published_origin",
    "language", "input_ref", "input_format", "raw", "meta",
})


@dataclass(frozen=True)
class Stage:
    """A component made of a function (``reads``/``writes`` declared by the caller)."""

    name: str
    func: Callable[[Document], Document]
    reads: tuple[str, ...] = ()
    writes: tuple[str, ...] = ()

    def __call__(self, doc: Document) -> Document:
        return self.func(doc)


def _dates_stage() -> Stage:
    from eventcoder.timeparse import annotate_dates

    return Stage("dates", annotate_dates, reads=("text", "published"), writes=("dates",))


def _geocode_stage() -> Stage:
    from eventcoder.geo import Geocoder

    geocoder = Geocoder.default()
    return Stage("geocode", geocoder.annotate, reads=("text", "sections"), writes=("places", "country_focus"))


def _relevance_stage() -> Component | None:
    """The relevance component, when the relevance model is installed (eventcoder.relevance)."""
    import importlib.util

    if importlib.util.find_spec("eventcoder.relevance") is None:
        return None
    from eventcoder.extract.components import RelevanceComponent

    return RelevanceComponent.default()


def _events_stage() -> Component:
    from eventcoder.extract import EventExtractor

    return EventExtractor.default()


def _engine_stages(relevance_threshold: float | None = None) -> list[Component]:
    from eventcoder.extract import EventExtractor

    if relevance_threshold is None:
        return list(EventExtractor.default().components)
    return list(EventExtractor.default().with_relevance(relevance_threshold).components)


def _input_id(doc: Document) -> str | None:
    rid = doc.meta.get("input_id")
    return None if rid is None else str(rid)


_LAYERS = frozenset(f.name for f in fields(Document))
# Documents per batch in Pipeline.pipe: enough sentences for the parser's matrix products to pay off, little memory
BATCH_SIZE = 16


class Pipeline:
    """An ordered list of components; cheap to build (the heavy parts load in the component factories)."""

    def __init__(self, stages: Sequence[Component]) -> None:
        self.stages = list(stages)
        self.analyze()

    @classmethod
    @functools.cache
    def default(cls) -> Pipeline:
        """The standard pipeline: relevance, dates, geocode and the engine's components (built once per process)."""
        relevance = _relevance_stage()
        threshold = getattr(relevance, "threshold", None)
        first = [relevance] if relevance is not None else []
        return cls([*first, _dates_stage(), _geocode_stage(), *_engine_stages(threshold)])

    def analyze(self) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
        """(name, reads, writes) of each component; ConfigError when one reads a layer no earlier one writes."""
        given = set(INGEST_LAYERS)
        rows = []
        for stage in self.stages:
            reads, writes = tuple(getattr(stage, "reads", ())), tuple(getattr(stage, "writes", ()))
            unknown = sorted(set(reads + writes) - _LAYERS)
            if unknown:
                raise ConfigError(f"pipeline component {stage.name!r} declares unknown layers {unknown}; "
                                  f"layers are Document fields ({', '.join(sorted(_LAYERS))})")
            missing = sorted(set(reads) - given)
            if missing:
                raise ConfigError(f"pipeline component {stage.name!r} reads {missing}, which no component before it "
                                  "writes; add the component that writes them earlier in the pipeline")
            given.update(writes)
            rows.append((stage.name, reads, writes))
        return rows

    def get(self, name: str) -> Component:
        """The component called ``name``."""
        for stage in self.stages:
            if stage.name == name:
                return stage
        raise KeyError(f"no pipeline component {name!r}; the components are {[s.name for s in self.stages]}")

    def replace(self, name: str, component: Component) -> Pipeline:
        """A new pipeline with the component ``name`` replaced (checked by :meth:`analyze`)."""
        self.get(name)
        return Pipeline([component if s.name == name else s for s in self.stages])

    def __call__(self, doc: Document) -> Document:
        if doc.rejected is not None:
            return doc  # refused at ingest (a language not supported yet): nothing to code
        for stage in self.stages:
            doc = stage(doc)
            if doc.rejected is not None:
                break  # a rejected document (off topic, empty) skips the stages after the one that rejected it
        return doc

    def pipe(self, items: Iterable[Document | Failure], *, batch_size: int = BATCH_SIZE
             ) -> Iterator[Document | Failure]:
        """Run every document through the stages; a failure on one becomes a Failure, the rest go on.

        Documents go through in batches of ``batch_size``, each stage over the whole batch before the next, so
        that a component with a ``batch`` method (the parser's) works on many documents at once; the results
        are those of one document at a time, in input order."""
        it = iter(items)
        while True:
            batch: list[Document | Failure] = []
            try:
                batch.extend(itertools.islice(it, max(1, batch_size)))
            except BaseException:
                yield from self._run_batch(batch)  # the input's reader failed: what it gave before is still coded
                raise
            if not batch:
                return
            yield from self._run_batch(batch)

    def _run_batch(self, batch: list[Document | Failure]) -> list[Document | Failure]:
        out = list(batch)
        for stage in self.stages:
            # a Failure, or a document refused at ingest or rejected by a stage, skips the stages left
            live = [i for i, d in enumerate(out) if isinstance(d, Document) and d.rejected is None]
            if not live:
                break
            many = getattr(stage, "batch", None)
            if many is None or len(live) == 1:
                for i in live:
                    out[i] = self._run_stage(stage, out[i])  # type: ignore[arg-type]
                continue
            try:
                results = list(many([out[i] for i in live]))
            except Exception:  # noqa: BLE001 - a batch method that fails as a whole: each document on its own
                results = []
            if len(results) != len(live):
                results = [self._run_stage(stage, out[i]) for i in live]  # type: ignore[arg-type]
            for i, done in zip(live, results, strict=True):
                out[i] = done if isinstance(done, Document | Failure) else _failure(out[i], stage.name, done)  # type: ignore[arg-type]
        return out

    @staticmethod
    def _run_stage(stage: Component, doc: Document) -> Document | Failure:
        try:
            return stage(doc)
        except Exception as exc:  # noqa: BLE001 - batch boundary: record the failure, keep the batch going
            return _failure(doc, stage.name, exc)


def _failure(doc: Document, stage: str, exc: BaseException) -> Failure:
    """The Failure of ``doc`` at ``stage``: the input's name, the stage, and what went wrong."""
    message = str(exc) if isinstance(exc, EventcoderError) else f"{type(exc).__name__}: {exc}"
    return Failure(doc.input_ref or doc.id, stage, message, _input_id(doc))


def _summary(stage: Component) -> str:
    """The first line of what the component's code says it does."""
    doc = (stage.func.__doc__ if isinstance(stage, Stage) else type(stage).__doc__) or ""
    return doc.strip().split("\n")[0].replace("|", "/")


def components_table(pipeline: Pipeline | None = None) -> str:
    """The Markdown table of the default pipeline's components with what each reads and writes."""
    pipe = pipeline or Pipeline.default()
    lines = ["| # | component | reads | writes | what it does |", "|---|---|---|---|---|"]
    lines += [f"| {i} | `{name}` | {', '.join(reads) or '–'} | {', '.join(writes) or '–'} | {_summary(stage)} |"
              for i, ((name, reads, writes), stage) in enumerate(zip(pipe.analyze(), pipe.stages, strict=True), start=1)]
    return "\n".join(lines)


MARKERS = ("<!-- components:start (generated by `python -m eventcoder.pipeline --write docs/architecture.md`) -->",
           "<!-- components:end -->")


def with_components_table(markdown: str, table: str) -> str:
    """``markdown`` with the text between the MARKERS replaced by ``table``."""
    start, end = markdown.index(MARKERS[0]) + len(MARKERS[0]), markdown.index(MARKERS[1])
    return markdown[:start] + "\n" + table + "\n" + markdown[end:]


def _main(argv: list[str]) -> int:
    import sys
    from pathlib import Path

    if argv[:1] == ["--write"] and len(argv) == 2:
        path = Path(argv[1])
        path.write_text(with_components_table(path.read_text(encoding="utf-8"), components_table()), encoding="utf-8")
        return 0
    sys.stdout.write(components_table() + "\n")
    return 0


if __name__ == "__main__":  # `python -m eventcoder.pipeline [--write docs/architecture.md]`
    import sys

    raise SystemExit(_main(sys.argv[1:]))
