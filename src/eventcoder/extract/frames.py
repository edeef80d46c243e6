"""Frames: what one sentence says happened: cues, type, agent, target, places, dates, counts.

A frame is filled from the cheap first pass (cue lexicon, count reader, actor dictionary, the
document's place and date layers); the roles, typing and incident components fill in the rest.
``decision`` records, as a reason code, why the frame was dropped or kept (``eventcoder extract --explain``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from eventcoder.extract.actors import ActorMention
from eventcoder.extract.counts import Count
from eventcoder.extract.cues import Cue, CueMatch
from eventcoder.model import DateMention, Place, Sentence
from eventcoder.vocab import EVENT_TYPE_OF, EventType, SubEventType

__all__ = ["MENTION_WINDOW", "STRONG_CONFLICT", "TRIGGER_CLASSES", "Frame", "Decision", "near_triggers"]

# A "sentence" longer than twice this (a page's unpunctuated line of many KB) is no clause: its frame reads only the
# mentions within this many characters of a trigger, and its notes' evidence is that window (coding.py).
MENTION_WINDOW = 400

# Classes whose presence makes a sentence a candidate at all (the cheap first pass).
TRIGGER_CLASSES: tuple[Cue, ...] = (
    Cue.SUICIDE, Cue.CHEMICAL, Cue.AIR, Cue.SHELLING, Cue.REMOTE_EXPLOSIVE, Cue.GRENADE, Cue.CLASH, Cue.REGAIN,
    Cue.OVERTAKE, Cue.ABDUCTION, Cue.SEXUAL, Cue.ATTACK, Cue.PROTEST, Cue.RIOT, Cue.ARREST, Cue.LOOTING,
    Cue.AGREEMENT, Cue.DISRUPTED, Cue.HQ, Cue.TRANSFER, Cue.CHANGE_GROUP, Cue.OTHER_SD, Cue.INTERVENTION,
)
# Cues that name political violence unmistakably: they outweigh a stray disaster or crime word.
STRONG_CONFLICT: tuple[Cue, ...] = (
    Cue.SUICIDE, Cue.CHEMICAL, Cue.SHELLING, Cue.CLASH, Cue.ABDUCTION, Cue.PROTEST, Cue.RIOT, Cue.REGAIN, Cue.OVERTAKE,
)


class Decision:
    """Reason codes of a frame's fate, shown by ``--explain`` (the text after a colon is the detail)."""

    BACKGROUND = "background"  # history or context: "background: dated before the report (2019)"
    REJECTED = "rejected"  # not political violence: "rejected: sport"
    UNTYPED = "untyped"  # no rule of the typing table applies
    EVENT = "event"  # typed: becomes (part of) an event
    NEGATION = "negation"  # "There were no fatalities.": attached to the incident told before it
    TOLL = "toll"  # "Twenty-one people were injured.": completes the incident told before it
    OFF_TOPIC = "off-topic report"  # a disaster or sport report: only frames with an armed actor survive


@dataclass(slots=True)
class Frame:
    """The analysis of one sentence."""

    index: int
    sentence: Sentence
    paragraph: int
    cues: dict[str, list[CueMatch]]
    counts: list[Count]
    actors: list[ActorMention]
    places: list[Place]
    dates: list[DateMention]
    text: str = ""  # the document text the offsets point into
    part: str = "body"  # "body", or "title" for the headline read when the body gives no event
    sub_event_type: SubEventType | None = None
    trigger: CueMatch | None = None
    strong: bool = False
    agents: list[ActorMention] = field(default_factory=list)
    targets: list[ActorMention] = field(default_factory=list)
    undecided: list[ActorMention] = field(default_factory=list)  # actors the surface patterns could not place
    hedged: bool = False
    negated: bool = False
    background: bool = False
    background_reason: str | None = None
    rejected_reason: str | None = None
    evidence: str | None = None  # the participant that makes it an event: armed actor, crowd, victims, weapon
    decision: str | None = None
    # document spans that tell an earlier incident the report recalls (background.mark_recalled): they lend the
    # report's incidents no place
    recalled: list[tuple[int, int]] = field(default_factory=list)
    # a sentence that goes on telling an earlier incident the sentence before it recalls ("... came a day after
    # militants fired rockets. The projectiles hit a depot in X."): the recall's words (no date of their own) and the
    # days they put that incident before the recalling one's (None: "came weeks after" tells no day), never the lead's
    recall_day: DateMention | None = None
    recall_days_before: int | None = None

    @property
    def event_type(self) -> EventType | None:
        return EVENT_TYPE_OF[self.sub_event_type] if self.sub_event_type else None

    @property
    def sentence_text(self) -> str:
        return self.text[self.sentence.start : self.sentence.end]

    @property
    def kept(self) -> bool:
        """The frame goes on to the incidents."""
        return self.decision is not None and self.decision.split(":")[0] in (Decision.EVENT, Decision.NEGATION,
                                                                              Decision.TOLL)

    def has(self, cls: Cue) -> bool:
        return bool(self.cues.get(cls))

    def first(self, cls: Cue) -> CueMatch | None:
        found = self.cues.get(cls)
        return found[0] if found else None

    def killed(self) -> list[Count]:
        return [c for c in self.counts if c.role == "killed" and c.counted]

    def first_trigger(self) -> int | None:
        """Offset of the first trigger cue of the sentence."""
        return min((c.start for cls in TRIGGER_CLASSES for c in self.cues.get(cls, ())), default=None)


def near_triggers(sentence: Sentence, cues: dict[str, list[CueMatch]]) -> list[tuple[int, int]] | None:
    """The windows of a long sentence (MENTION_WINDOW) around its triggers (or, with none, its other cues) in which its
    frame's mentions are read; None for a sentence short enough to be read whole."""
    if sentence.end - sentence.start <= 2 * MENTION_WINDOW:
        return None
    anchors = [c for cls in TRIGGER_CLASSES for c in cues.get(cls, ())] or [c for found in cues.values() for c in found]
    return [(c.start - MENTION_WINDOW, c.end + MENTION_WINDOW) for c in anchors]
