"""Why a document gave the events it gave: each layer of the engine and the fate of each frame and incident.

``explain(doc)`` reads the layers the engine left on a processed Document (cues, counts, actors, frames,
incidents) and returns an :class:`Explanation`; ``eventcoder extract --explain`` prints it. Reason codes
of frames are :class:`~eventcoder.extract.frames.Decision`'s (``background: ...``, ``rejected: ...``,
``untyped``, ``event: <rule>``, ``negation``, ``toll``, ``off-topic report``); an incident that gives no
event says why (a summary its parts account for, no frame that stands on its own, ...).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from eventcoder.extract.frames import Frame
from eventcoder.extract.incidents import Incident
from eventcoder.model import Document

__all__ = ["Explanation", "FrameView", "IncidentView", "explain"]

_QUOTE = 300  # characters of a sentence shown


@dataclass(frozen=True, slots=True)
class FrameView:
    """One frame: its sentence, the mentions found in it, the type it got and what became of it."""

    part: str
    index: int
    start: int
    end: int
    sentence: str
    cues: list[str]
    counts: list[str]
    agents: list[str]
    targets: list[str]
    places: list[str]
    dates: list[str]
    sub_event_type: str | None
    evidence: str | None
    decision: str | None


@dataclass(frozen=True, slots=True)
class IncidentView:
    """One incident: its frames (by sentence index), its type and toll, and the events it gave or why none."""

    part: str
    frames: list[int]
    sub_event_type: str | None
    summary: bool
    killed: int
    injured: int | None
    events: list[str]
    reason: str | None


@dataclass(frozen=True, slots=True)
class Explanation:
    """The engine's reading of one document."""

    document_id: str
    sentences: int
    candidates: int
    relevance: float | None
    country_focus: str | None
    frames: list[FrameView]
    incidents: list[IncidentView]
    events: int
    rejected: str | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _frame_view(f: Frame) -> FrameView:
    text = f.text
    return FrameView(
        part=f.part, index=f.index, start=f.sentence.start, end=f.sentence.end,
        sentence=f.sentence_text[:_QUOTE],
        cues=[f"{cls}: {c.text}" for cls, found in f.cues.items() for c in found],
        counts=[f"{c.role} {c.value}" + (f" ({c.victims})" if c.victims else "") + f": {text[c.start:c.end]!r}"
                for c in f.counts],
        agents=[f"{a.surface} -> {a.key}" for a in f.agents],
        targets=[f"{a.surface} -> {a.key}" for a in f.targets],
        places=[f"{p.surface} -> {p.name or '?'} ({p.country_code or '?'})" for p in f.places],
        dates=[f"{d.text} -> {d.date}" for d in f.dates],
        sub_event_type=f.sub_event_type.value if f.sub_event_type else None,
        evidence=f.evidence,
        decision=f.decision,
    )


def _incident_view(inc: Incident) -> IncidentView:
    toll = inc.toll
    return IncidentView(
        part=inc.frames[0].part, frames=[f.index for f in inc.frames],
        sub_event_type=inc.sub_event_type.value if inc.sub_event_type else None, summary=inc.summary,
        killed=toll.killed if toll else 0, injured=toll.injured if toll else None,
        events=list(inc.event_ids), reason=inc.reason,
    )


def explain(doc: Document) -> Explanation:
    """The engine's layers of a processed document and the fate of every frame and incident."""
    return Explanation(
        document_id=doc.id,
        sentences=len(doc.sentences),
        candidates=len(doc.candidates),
        relevance=doc.relevance,
        country_focus=doc.country_focus,
        frames=[_frame_view(f) for f in doc.frames],
        incidents=[_incident_view(inc) for inc in doc.incidents],
        events=len(doc.events),
        rejected=doc.rejected,
    )
