"""The typed data model that flows one way through the pipeline.

Text is fixed at ingest. Everything after is an annotation layer that points into
``Document.text`` by half-open character offsets ``[start, end)``, so that every coded
field can be traced back to the words that justify it::

    input -> ingest -> Document(text, sections, sentences)
          -> geocode (Document.places) -> extract (Document.events) -> store

Records are frozen dataclasses with slots (cheap, picklable), each with ``to_dict()`` and
``from_dict()``. ``Document`` is the one mutable container that stages fill in place.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:  # the engine's mention types live with the engine; the Document only holds them
    from eventcoder.extract.actors import ActorMention
    from eventcoder.extract.counts import Count
    from eventcoder.extract.cues import CueMatch
    from eventcoder.extract.frames import Frame
    from eventcoder.extract.incidents import Incident

__all__ = [
    "DateMention",
    "Document",
    "EventRecord",
    "Evidence",
    "Failure",
    "Place",
    "Section",
    "Sentence",
    "Span",
    "document_id",
]


def document_id(text: str) -> str:
    """Stable id of a document: a hash of its normalised text, so re-ingest is idempotent."""
    return "doc_" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


T = TypeVar("T")


def _from_dict(cls: type[T], data: dict[str, Any]) -> T:
    names = {f.name for f in fields(cls)}  # type: ignore[arg-type] # cls is always one of this module's dataclasses
    return cls(**{k: v for k, v in data.items() if k in names})


class _Record:
    """``to_dict()``/``from_dict()`` shared by the flat records (unknown keys are ignored on the way in)."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = asdict(self)  # type: ignore[call-overload] # every subclass is a dataclass
        return data

    @classmethod
    def from_dict(cls: type[R], data: dict[str, Any]) -> R:
        return _from_dict(cls, data)


R = TypeVar("R", bound=_Record)


@dataclass(frozen=True, slots=True)
class Span(_Record):
    """A half-open character range ``[start, end)`` of ``Document.text``."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Section(_Record):
    """A part of the document: ``title``, ``caption``, ``dateline``, ``byline``, ``boilerplate`` or ``body``."""

    kind: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Sentence(_Record):
    """One sentence of a section; ``section`` is the kind of the section it belongs to."""

    start: int
    end: int
    section: str = "body"


@dataclass(frozen=True, slots=True)
class DateMention(_Record):
    """A date expression found in the text, resolved against a reference date.

    ``date`` is ISO ``YYYY-MM-DD`` (the midpoint for weeks and months, as ACLED does);
    ``precision`` follows ACLED's time_precision: 1 day, 2 week, 3 month.
    ``kind`` is ``explicit``, ``relative`` (needs the reference) or ``year`` (a bare year).
    """

    start: int
    end: int
    date: str | None
    precision: int
    kind: str
    text: str = ""


@dataclass(frozen=True, slots=True)
class Evidence(_Record):
    """Why a field has its value: the span of ``Document.text`` and its quote."""

    field: str
    start: int
    end: int
    quote: str


@dataclass(frozen=True, slots=True)
class Place(_Record):
    """A place mention and its resolution (or ``resolved=False`` with the surface form).

    ``geo_precision`` follows ACLED: 1 the town itself, 2 near it or part of a region,
    3 only the province or larger.
    """

    surface: str
    start: int
    end: int
    resolved: bool = False
    name: str | None = None
    geonameid: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    country: str | None = None
    country_code: str | None = None  # ISO 3166 alpha-2
    iso: int | None = None  # ISO 3166 numeric, as in ACLED's `iso` column
    admin1: str | None = None
    admin2: str | None = None
    feature: str | None = None  # "city", "admin1", "country", "region", ...
    population: int | None = None
    geo_precision: int | None = None
    score: float = 0.0


# ACLED's column order (codebook table 1) followed by eventcoder's own columns.
ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)
EXTRA_COLUMNS: tuple[str, ...] = (
    "injuries", "fatalities_low", "fatalities_high", "fatalities_split", "civilian_fatalities",
    "attacker_fatalities", "confidence", "hedged", "document_id", "geonameid",
)


@dataclass(frozen=True, slots=True)
class EventRecord:
    """One event as coded from one document, with ACLED field names and evidence."""

    event_id_cnty: str = ""
    event_date: str | None = None
    year: int | None = None
    time_precision: int | None = None
    disorder_type: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    actor1: str | None = None
    assoc_actor_1: str | None = None
    inter1: str | None = None
    actor2: str | None = None
    assoc_actor_2: str | None = None
    inter2: str | None = None
    interaction: str | None = None
    civilian_targeting: str | None = None
    iso: int | None = None
    region: str | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    source: str | None = None
    source_scale: str | None = None
    notes: str | None = None
    fatalities: int = 0
    tags: str | None = None
    timestamp: int | None = None
    # eventcoder's own columns
    injuries: int | None = None
    fatalities_low: int | None = None
    fatalities_high: int | None = None
    fatalities_split: bool = False
    civilian_fatalities: int | None = None
    attacker_fatalities: int | None = None
    confidence: float = 0.0
    hedged: bool = False
    document_id: str | None = None
    geonameid: int | None = None
    iso3: str | None = None  # ISO 3166 alpha-3 of `country`, for joins with other data sets
    # An earlier incident recalled in passing ("days after a bombing at ..."): kept as evidence, never stored as
    # an event nor merged with one (the store attaches it to nothing).
    background: bool = False
    evidence: tuple[Evidence, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        data = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "evidence"}
        data["evidence"] = [e.to_dict() for e in self.evidence]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> EventRecord:
        data = dict(data)
        data["evidence"] = tuple(Evidence.from_dict(e) for e in data.get("evidence") or ())
        return _from_dict(cls, data)


@dataclass(frozen=True, slots=True)
class Failure(_Record):
    """An input that could not be processed: which one (file and line/record), at what stage, why."""

    input: str
    stage: str
    message: str
    input_id: str | None = None  # the `id` of a failed JSONL/CSV record, so outputs still join to inputs


@dataclass(slots=True)
class Document:
    """A news report: fixed text plus the annotation layers that stages add in place.

    ``text`` is the whole normalised text (title, caption, dateline and body in their
    original order); ``sections`` say which part is which; every offset of every layer
    points into ``text``. The engine's working layers (cues ... incidents) are not part of
    ``to_dict()``: ``eventcoder extract --explain`` shows them.
    """

    id: str
    text: str
    sections: list[Section] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    title: str | None = None
    source: str | None = None  # outlet or site name
    url: str | None = None
    author: str | None = None
    published: str | None = None  # ISO date YYYY-MM-DD
    published_origin: str | None = None  # "metadata", "dateline", "caption", "feed", "user", ...
    language: str | None = None
    input_ref: str | None = None  # file name and line/record, for provenance and errors
    input_format: str | None = None  # "text", "html", "rss", "warc", "jsonl", "csv"
    raw: str | None = None  # the raw input (may be truncated for huge inputs)
    meta: dict[str, Any] = field(default_factory=dict)
    # annotation layers, in the order the pipeline fills them (docs/architecture.md)
    relevance: float | None = None  # 0..1: how likely the document reports political violence or protest
    dates: list[DateMention] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    country_focus: str | None = None  # ISO alpha-2 of the country the report is about (the geocoder's decision)
    # the extraction engine's working layers (eventcoder.extract), every mention with offsets into ``text``
    cues: list[CueMatch] = field(default_factory=list)
    candidates: list[Sentence] = field(default_factory=list)  # sentences with a trigger or a casualty word
    counts: list[Count] = field(default_factory=list)
    actors: list[ActorMention] = field(default_factory=list)
    frames: list[Frame] = field(default_factory=list)
    incidents: list[Incident] = field(default_factory=list)
    events: list[EventRecord] = field(default_factory=list)
    rejected: str | None = None  # reason when the document reports no event

    def section_text(self, kind: str) -> str:
        """The text of all sections of one kind, joined by blank lines."""
        return "\n\n".join(self.text[s.start : s.end] for s in self.sections if s.kind == kind)

    @property
    def body(self) -> str:
        """The body text (without title, caption and dateline)."""
        return self.section_text("body")

    def to_dict(self, *, with_raw: bool = False) -> dict[str, Any]:
        """A JSON-ready dict; ``raw`` is left out unless asked for."""
        data: dict[str, Any] = {
            "id": self.id,
            "title": self.title,
            "source": self.source,
            "url": self.url,
            "author": self.author,
            "published": self.published,
            "published_origin": self.published_origin,
            "language": self.language,
            "input_ref": self.input_ref,
            "input_format": self.input_format,
            "text": self.text,
            "sections": [s.to_dict() for s in self.sections],
            "sentences": [s.to_dict() for s in self.sentences],
            "meta": dict(self.meta),
            "relevance": self.relevance,
            "dates": [d.to_dict() for d in self.dates],
            "places": [p.to_dict() for p in self.places],
            "country_focus": self.country_focus,
            "events": [e.to_dict() for e in self.events],
            "rejected": self.rejected,
        }
        if with_raw:
            data["raw"] = self.raw
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        return cls(
            id=data["id"],
            text=data["text"],
            sections=[Section.from_dict(s) for s in data.get("sections") or ()],
            sentences=[Sentence.from_dict(s) for s in data.get("sentences") or ()],
            title=data.get("title"),
            source=data.get("source"),
            url=data.get("url"),
            author=data.get("author"),
            published=data.get("published"),
            published_origin=data.get("published_origin"),
            language=data.get("language"),
            input_ref=data.get("input_ref"),
            input_format=data.get("input_format"),
            raw=data.get("raw"),
            meta=dict(data.get("meta") or {}),
            relevance=data.get("relevance"),
            country_focus=data.get("country_focus"),
            dates=[DateMention.from_dict(d) for d in data.get("dates") or ()],
            places=[Place.from_dict(p) for p in data.get("places") or ()],
            events=[EventRecord.from_dict(e) for e in data.get("events") or ()],
            rejected=data.get("rejected"),
        )
