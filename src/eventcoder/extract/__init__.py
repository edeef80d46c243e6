"""Event extraction: from a Document (with dates and places) to ACLED-coded EventRecords with evidence.

The engine is a sequence of named components (``components.py``), each declaring the Document layers it
reads and writes: cues -> counts -> actors -> frames -> roles -> typing -> incidents -> tolls -> coding.
Two passes (shared/DESIGN.md): the cheap pass over every sentence (cue lexicon and a casualty-word check)
selects candidate sentences; only those get counts, actors and frames. ``EventExtractor`` runs them all
on one document; ``Pipeline.default()`` lists them one by one, so each can be replaced or run alone.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from pathlib import Path

from eventcoder.component import Component
from eventcoder.extract.actors import ActorLexicon
from eventcoder.extract.components import (
    ActorsComponent,
    CodingComponent,
    CountsComponent,
    CuesComponent,
    FramesComponent,
    IncidentsComponent,
    RolesComponent,
    TollsComponent,
    TypingComponent,
)
from eventcoder.extract.lexicon import Lexicons
from eventcoder.model import Document

__all__ = ["EventExtractor", "Lexicons", "engine_components"]


def engine_components(lexicons: Lexicons, actors: ActorLexicon, *, use_parser: bool = True,
                      relevance_threshold: float | None = None) -> list[Component]:
    """The engine's components in order, over the given lexicons and actor dictionary."""
    return [
        CuesComponent(lexicons.cues),
        CountsComponent(lexicons.counts),
        ActorsComponent(actors),
        FramesComponent(),
        RolesComponent(use_parser=use_parser),
        TypingComponent(),
        IncidentsComponent(),
        TollsComponent(),
        CodingComponent(actors, relevance_threshold=relevance_threshold),
    ]


class EventExtractor:
    """The whole engine as one stage: ``extractor(doc)`` fills ``doc.events`` (or ``doc.rejected``) in place."""

    name = "events"
    reads: tuple[str, ...] = ("text", "sentences", "published", "sections", "dates", "places", "country_focus")
    writes: tuple[str, ...] = ("cues", "candidates", "counts", "actors", "frames", "incidents", "events", "rejected")

    def __init__(self, lexicons: Lexicons, actors: ActorLexicon, *, use_parser: bool = True,
                 relevance_threshold: float | None = None) -> None:
        self.lexicons = lexicons
        self.actors = actors
        self.use_parser = use_parser
        self.components = engine_components(lexicons, actors, use_parser=use_parser,
                                            relevance_threshold=relevance_threshold)

    def with_relevance(self, threshold: float) -> EventExtractor:
        """The same engine, where a document scored under ``threshold`` needs an armed actor or a weapon."""
        return EventExtractor(self.lexicons, self.actors, use_parser=self.use_parser, relevance_threshold=threshold)

    @classmethod
    @functools.cache
    def default(cls) -> EventExtractor:
        """The extractor with the bundled lexicons (and the user's, from $EVENTCODER_HOME)."""
        return cls(Lexicons.default(), ActorLexicon.default())

    @classmethod
    def from_files(cls, cue_files: Iterable[Path] = (), actor_files: Iterable[Path] = ()) -> EventExtractor:
        """An extractor with extra lexicon files (cues, victims, counts) and actor files on top of the bundled ones."""
        actors = list(actor_files)
        return cls(Lexicons.load(cue_files), ActorLexicon.load(actors) if actors else ActorLexicon.default())

    def __call__(self, doc: Document) -> Document:
        for component in self.components:
            doc = component(doc)
        return doc
