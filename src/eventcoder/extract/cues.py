"""The cue lexicon: word patterns per cue class (data/lexicons/cues.toml), compiled once.

Cue classes are the members of :class:`Cue`: code names a class only through it, and a test checks
that every member has patterns in the bundled lexicon and every bundled class is a member.
"""

from __future__ import annotations

import bisect
import importlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from eventcoder.errors import ConfigError

__all__ = ["Cue", "CueLexicon", "CueMatch"]


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


def _needs_case(pattern: str) -> bool:
    return "(?-i:" in pattern or any(ch.isupper() for ch in re.sub(r"\\[A-Za-z]", "", pattern))


def _compile(patterns: list[str], flags: int) -> re.Pattern[str]:
    alternatives = "|".join(f"(?:{p})" for p in sorted(patterns, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", flags)


# The prefilter. Scanning the text with every class's regex tries each class at every character (the
# leading look-behind keeps the regex engine from skipping ahead to a possible first letter): that was
# most of the cue pass. Instead the text's word starts are looked up once in a table of the literal
# beginnings of every class ("kill", "clas", "air ", ...), and a class's regex is tried only at the word
# starts that begin like one of its matches; a class whose beginnings cannot be told (a pattern opening
# on a wildcard or a character class) is scanned as before. The matches are those of the full scan.
_parser: Any = importlib.import_module("re._parser")  # the standard library's own regex parser
_KEY = 4  # characters of a literal beginning looked up at each word start
_WORD_START = re.compile(r"(?<![\w-])\S")  # where the classes' leading (?<![\w-]) lets a match begin
_SPACE = re.compile(r"\s")
# Characters that IGNORECASE matches to an ASCII letter although they do not lower-case to it (dotless
# i, long s; tests/extract/test_cues_prefilter.py recomputes the list): a text with one is scanned in full.
_FOLD_ODD = ("\u0131", "\u017f")
_STOP: list[Any] = []  # a frame marking "the literal beginning ends here" (after one turn of a repeat)
_ZERO_WIDTH = (_parser.AT, _parser.ASSERT, _parser.ASSERT_NOT)
_REPEATS = (_parser.MAX_REPEAT, _parser.MIN_REPEAT, _parser.POSSESSIVE_REPEAT)


def beginnings(rx: re.Pattern[str]) -> frozenset[str] | None:
    """Lower-cased literal beginnings (at most ``_KEY`` characters) of which one starts every match of ``rx``.

    None when a match may begin otherwise (with a wildcard, a character class, white space, or empty).
    Zero-width assertions are skipped (they only narrow the matches); a beginning stops at the first item
    that is not a literal character or a small set of them, so it is necessary, never sufficient.
    """
    try:
        items = list(_parser.parse(rx.pattern, rx.flags))
    except (re.error, RecursionError):
        return None
    out: set[str] = set()
    if not _walk(((items, 0),), "", out) or any(_SPACE.match(k) for k in out):
        return None
    return frozenset(out)


def _walk(frames: tuple[tuple[list[Any], int], ...], acc: str, out: set[str]) -> bool:
    """Add to ``out`` the beginnings of the rest of a pattern (``frames``: what is left of each open group,
    innermost first) after the literal ``acc``; False when one cannot be told."""
    while len(acc) < _KEY and frames:
        items, i = frames[0]
        if items is _STOP:
            break
        if i == len(items):
            frames = frames[1:]
            continue
        op, av = items[i]
        rest = ((items, i + 1), *frames[1:])
        if op is _parser.LITERAL and chr(av).isascii():
            acc, frames = acc + chr(av).lower(), rest
        elif op in _ZERO_WIDTH:
            frames = rest
        elif op is _parser.SUBPATTERN or op is _parser.ATOMIC_GROUP:
            frames = ((list(av[-1] if op is _parser.SUBPATTERN else av), 0), *rest)
        elif op is _parser.BRANCH:
            return all(_walk(((list(branch), 0), *rest), acc, out) for branch in av[1])
        elif op is _parser.IN and (chars := _literal_set(av)) is not None:
            return all(_walk(rest, acc + ch, out) for ch in chars)
        elif op in _REPEATS:
            least, _, item = av
            once = _walk(((list(item), 0), (_STOP, 0)), acc, out)
            return once and (least > 0 or _walk(rest, acc, out))
        else:
            break  # a wildcard, a class, a back reference: the literal beginning ends here
    if not acc:
        return False
    out.add(acc[:_KEY])
    return True


def _literal_set(av: list[tuple[Any, Any]]) -> str | None:
    """The characters of a small set of literal characters (``[- ]``), lower-cased; None for any other set."""
    if len(av) > 6 or any(op is not _parser.LITERAL or not chr(v).isascii() for op, v in av):
        return None
    return "".join(sorted({chr(v).lower() for _, v in av}))


def _matches_at(rx: re.Pattern[str], subject: str, positions: list[int], end: int) -> Iterator[re.Match[str]]:
    """What ``rx.finditer(subject, positions[0], end)`` yields when a match can only begin at ``positions``."""
    pos = -1
    for p in positions:
        if p >= pos and (m := rx.match(subject, p, end)) is not None:
            yield m
            pos = m.end()


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
        """The table of literal beginnings: for each length, beginning -> the regexes (``_scans`` indexes) it opens."""
        # Every regex in scan order: the lower-case table (run on the lower-cased text), then the cased one.
        self._scans: list[tuple[str, bool, re.Pattern[str]]] = [
            *((cls, True, rx) for cls, rx in self._lower.items()),
            *((cls, False, rx) for cls, rx in self._cased.items()),
        ]
        self._always: set[int] = set()  # regexes whose beginnings cannot be told: scanned in full
        keys: dict[int, dict[str, list[int]]] = {}
        for i, (_, _, rx) in enumerate(self._scans):
            begins = beginnings(rx)
            if begins is None:
                self._always.add(i)
                continue
            for key in begins:
                keys.setdefault(len(key), {}).setdefault(key, []).append(i)
        self._keys: list[tuple[int, dict[str, tuple[int, ...]]]] = [
            (n, {k: tuple(v) for k, v in table.items()}) for n, table in sorted(keys.items())]

    def find(self, text: str, start: int = 0, end: int | None = None) -> dict[str, list[CueMatch]]:
        """Every cue in ``text[start:end]`` grouped by class; offsets into ``text``."""
        end = len(text) if end is None else end
        low = text.lower()
        if len(low) != len(text):  # a few characters change length when lower-cased: keep offsets exact
            out: dict[str, list[CueMatch]] = {}
            for cls, rx in self._any.items():
                for m in rx.finditer(text, start, end):
                    out.setdefault(cls, []).append(CueMatch(cls, m.start(), m.end(), m.group(0)))
            return out
        return self._find_lowered(text, low, start, end, prefilter=not any(ch in text for ch in _FOLD_ODD))

    def _find_lowered(self, text: str, low: str, start: int, end: int, *, prefilter: bool) -> dict[str, list[CueMatch]]:
        """The cues of ``text[start:end]`` given its lower-cased copy; ``prefilter=False`` scans every class in full."""
        where = self._candidates(low, start, end) if prefilter else {}
        out: dict[str, list[CueMatch]] = {}
        for i, (cls, lowered, rx) in enumerate(self._scans):
            subject = low if lowered else text
            if not prefilter or i in self._always:
                found: Iterator[re.Match[str]] = rx.finditer(subject, start, end)
            elif i in where:
                found = _matches_at(rx, subject, where[i], end)
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
        keys = self._keys
        for w in _WORD_START.finditer(low, start, end):
            p = w.start()
            for n, table in keys:
                hit = table.get(low[p : p + n])
                if hit is not None:
                    for i in hit:
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
