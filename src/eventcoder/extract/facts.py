"""What the typing rules read about a frame (computed once per frame) and what a rule decides.

Shared by the typing table (rules.py) and its focused rule modules: crowds.py (protests and riots),
strategic.py (strategic developments and territory) and rejections.py (what ACLED does not code).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from eventcoder.extract.counts import Count
from eventcoder.extract.cues import Cue, CueMatch
from eventcoder.extract.frames import Frame
from eventcoder.vocab import SubEventType

__all__ = ["Facts", "Typing"]


@dataclass(frozen=True, slots=True)
class Typing:
    """What a rule decides: the sub-event type, the cue that says so, and whether the frame stands on its own."""

    sub: SubEventType
    cue: CueMatch | None
    strong: bool = True


@dataclass(slots=True)
class Facts:
    """What several rules read about a frame, computed once."""

    f: Frame
    conflict: list[Cue]
    armed_actor: bool
    killed: list[Count]
    harmed: bool
    protest: list[CueMatch]
    sporty: bool
    state_agent: bool = False
    victims: set[str] = field(default_factory=set)

    @property
    def arrested(self) -> bool:
        return any(c.role == "arrested" for c in self.f.counts)
