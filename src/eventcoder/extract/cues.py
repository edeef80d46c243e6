"""The cue lexicon: word patterns per cue class (data/lexicons/cues.toml), compiled once.

Cue classes are the members of :class:`Cue`: code names a class only through it, and a test checks
that every member has patterns in the bundled lexicon and every bundled class is a member.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from eventcoder.errors import ConfigError
from eventcoder.extract.prefilter import beginnings, full_scan_needed, matches_at, trie
from eventcoder.extract.prefilter import lowered as lowered_text

__all__ = ["Cue", "CueLexicon", "CueMatch", "inside"]


class Cue(StrEnum):
    """The cue classes of the bundled lexicon (keys of ``[cues]`` in data/lexicons/cues.toml)."""

    # Explosions/Remote violence: weapons and means
    SUICIDE = "suicide"
    CHEMICAL = "chemical"
    AIR = "air"
    SHELLING = "shelling"
    REMOTE_EXPLOSIVE = "remote_explosive"
    GRENADE = "grenade"
    # Battles
    CLASH = "clash"
    REGAIN = "regain"
    OVERTAKE = "overtake"
    # Violence against civilians
    ABDUCTION = "abduction"
    SEXUAL = "sexual"
    ATTACK = "attack"
    # Protests and riots
    PROTEST = "protest"
    RIOT = "riot"
    INTERVENTION = "intervention"
    EXCESSIVE = "excessive"
    # Strategic developments
    ARREST = "arrest"
    LOOTING = "looting"
    AGREEMENT = "agreement"
    DISRUPTED = "disrupted"
    HQ = "hq"
    TRANSFER = "transfer"
    CHANGE_GROUP = "change_group"
    OTHER_SD = "other_sd"
    # Context: how the sentence speaks
    HEDGE = "hedge"
    NEGATION = "negation"
    TREND = "trend"
    PERIOD = "period"  # a whole past period ("under the regime", "during the war"): the sentence is history
    IRREALIS = "irrealis"
    DIPLOMACY = "diplomacy"
    # Not political violence
    NON_EVENT = "non_event"
    DISASTER = "disaster"
    SPORT = "sport"
    SPORT_WEAK = "sport_weak"
    CRIME = "crime"
    COMMEMORATION = "commemoration"
    JUSTICE = "justice"
    NON_LITERAL = "non_literal"  # idioms ("heart attack", "strike a deal"): the trigger words inside are not triggers


@dataclass(frozen=True, slots=True)
class CueMatch:
    """One cue found in the text: its class and its span in the document text."""

    cls: str
    start: int
    end: int
    text: str


class _Span(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


def inside(span: _Span, outer: Iterable[_Span]) -> bool:
    """The span lies within one of the outer spans (a count inside a denial, a word inside a longer cue)."""
    return any(o.start <= span.start and span.end <= o.end for o in outer)


def _needs_case(pattern: str) -> bool:
    return "(?-i:" in pattern or any(ch.isupper() for ch in re.sub(r"\\[A-Za-z]", "", pattern))


def _compile(patterns: list[str], flags: int) -> re.Pattern[str]:
    alternatives = "|".join(f"(?:{p})" for p in sorted(patterns, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", flags)


# The prefilter (prefilter.py): a class's regex is tried only at the word starts that begin like one of its
# matches. One regex (a trie of every class's literal beginnings: "kill", "clas", "air ", ...) finds them at
# the word starts in one pass; a class whose beginnings cannot be told is scanned in full.

# Beginnings of up to eight characters: at four, a class is tried at every "the " or "said" that begins a longer
# phrase of it ("the army ...", "said to ..."); at eight, only where the phrase's first words are written, and the
# trie of beginnings finds them in the same one pass (a third of the tries, the same matches).
_KEY = 8
class CueLexicon:
    """Compiled cue classes; ``find(text, start, end)`` returns every cue in a span."""

    def __init__(self, patterns: dict[str, list[str]]) -> None:
        self.patterns = patterns
        # Lower-case patterns run without IGNORECASE on a lower-cased copy of the text (about twice as
        # fast); patterns that care about case ("(?-i:march)" is not the month "March") run on the text.
        self._lower: dict[str, re.Pattern[str]] = {}
        self._cased: dict[str, re.Pattern[str]] = {}
        self._any: dict[str, re.Pattern[str]] = {}
        for cls, pats in patterns.items():
            cased = [p for p in pats if _needs_case(p)]
            lower = [p for p in pats if not _needs_case(p)]
            try:
                if lower:
                    self._lower[cls] = _compile(lower, 0)
                if cased:
                    self._cased[cls] = _compile(cased, re.IGNORECASE)
                self._any[cls] = _compile(pats, re.IGNORECASE)
            except re.error as exc:
                raise ConfigError(f"cue class {cls!r}: bad pattern ({exc}); fix the lexicon file") from exc
        self._build_prefilter()

    def _build_prefilter(self) -> None:
        """The regexes in scan order, and one regex finding at each word start the longest literal beginning there."""
        # Every regex in scan order: the lower-case table (run on the lower-cased text), then the cased one.
        self._scans: list[tuple[str, bool, re.Pattern[str]]] = [
            *((cls, True, rx) for cls, rx in self._lower.items()),
            *((cls, False, rx) for cls, rx in self._cased.items()),
        ]
        self._always: set[int] = set()  # regexes whose beginnings cannot be told: scanned in full
        opens: dict[str, set[int]] = {}  # beginning -> the regexes (``_scans`` indexes) it opens
        for i, (_, _, rx) in enumerate(self._scans):
            begins = beginnings(rx, _KEY)
            if begins is None:
                self._always.add(i)
            for key in begins or ():
                opens.setdefault(key, set()).add(i)
        # Every beginning found at a word start is a prefix of the longest one there: that one names them all.
        self._opens = {key: tuple(sorted(set().union(*(opens.get(key[:n], ()) for n in range(1, len(key) + 1)))))
                       for key in opens}
        self._heads = re.compile(rf"(?<![\w-])(?=({trie(opens)}))") if opens else None

    def search(self, cls: str, text: str) -> bool:
        """Whether a cue of class ``cls`` occurs anywhere in ``text`` (a whole report, not one sentence)."""
        pattern = self._any.get(cls)
        return pattern is not None and pattern.search(text) is not None

    def find(self, text: str, start: int = 0, end: int | None = None) -> dict[str, list[CueMatch]]:
        """Every cue in ``text[start:end]`` grouped by class; offsets into ``text``."""
        end = len(text) if end is None else end
        low = lowered_text(text)[0]  # one lower-cased copy per document, shared with the prefiltered scans
        if len(low) != len(text):  # a few characters change length when lower-cased: keep offsets exact
            out: dict[str, list[CueMatch]] = {}
            for cls, rx in self._any.items():
                for m in rx.finditer(text, start, end):
                    out.setdefault(cls, []).append(CueMatch(cls, m.start(), m.end(), m.group(0)))
            return out
        return self._find_lowered(text, low, start, end, prefilter=not full_scan_needed(text, low))

    def _find_lowered(self, text: str, low: str, start: int, end: int, *, prefilter: bool) -> dict[str, list[CueMatch]]:
        """The cues of ``text[start:end]`` given its lower-cased copy; ``prefilter=False`` scans every class in full."""
        where = self._candidates(low, start, end) if prefilter else {}
        out: dict[str, list[CueMatch]] = {}
        for i, (cls, lowered, rx) in enumerate(self._scans):
            subject = low if lowered else text
            if not prefilter or i in self._always:
                found: Iterator[re.Match[str]] = rx.finditer(subject, start, end)
            elif i in where:
                found = matches_at(rx, subject, where[i], end)
            else:
                continue
            for m in found:
                out.setdefault(cls, []).append(CueMatch(cls, m.start(), m.end(), text[m.start() : m.end()]))
        for matches in out.values():
            matches.sort(key=lambda c: c.start)
        return out

    def _candidates(self, low: str, start: int, end: int) -> dict[int, list[int]]:
        """For each regex, the word starts of ``low[start:end]`` that begin like one of its matches, in order."""
        where: dict[int, list[int]] = {}
        if self._heads is None:
            return where
        opens = self._opens
        for m in self._heads.finditer(low, start, end):
            p = m.start()
            for i in opens[m.group(1)]:
                where.setdefault(i, []).append(p)
        return where

    def find_in(self, text: str, spans: list[tuple[int, int]]) -> list[dict[str, list[CueMatch]]]:
        """Cues of several spans of one text (e.g. its sentences), scanning the text once."""
        if not spans:
            return []
        found = self.find(text, spans[0][0], spans[-1][1])
        starts = [s for s, _ in spans]
        out: list[dict[str, list[CueMatch]]] = [{} for _ in spans]
        for cls, matches in found.items():
            for c in matches:
                i = bisect.bisect_right(starts, c.start) - 1
                if i >= 0 and c.start < spans[i][1]:
                    out[i].setdefault(cls, []).append(c)
        return out
