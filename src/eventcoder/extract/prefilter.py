"""Regex scans that try a pattern only where one of its matches can begin: the same matches, sooner.

A pattern that opens with a look-behind or a word boundary (``(?<![\\w-])``, ``\\b``), as the cue lexicon
and the number reader do, keeps Python's regex engine from skipping ahead to a possible first letter:
``finditer`` tries the whole pattern at every character. :func:`beginnings` reads the compiled pattern
instead (with the standard library's own parser) and lists the literal beginnings of its matches, lower
case, up to ``KEY`` characters ("kill", "air ", "betw", "1"); :class:`Prefiltered` finds where they occur
with one scan the engine does skip through (first characters, then a look-ahead for the rest), and tries
the pattern at those places only. The matches are exactly those of ``rx.finditer``
(tests/extract/test_prefilter.py holds both to it); a pattern whose beginnings cannot be told (one
opening on a wildcard or a wide character class) is scanned in full, as before.

The beginnings are compared with the lower-cased text. A text is scanned in full when lower-casing changes
its length, or when it holds a character that a pattern could match although it lower-cases to something
else: the dotless i and the long s (which IGNORECASE matches to "i" and "s") and non-ASCII digits (which
``\\d`` matches).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Iterator
from typing import Any

from eventcoder.regextrie import trie  # re-exported: the engine's scans build their tries here

__all__ = ["FOLD_ODD", "KEY", "WORD_START", "Prefiltered", "beginnings", "full_scan_needed", "lowered", "matches_at",
           "may_hold", "trie", "word_start_only"]

_parser: Any = importlib.import_module("re._parser")  # the standard library's own regex parser
KEY = 4  # characters of a literal beginning
_SPACE = re.compile(r"\s")
_WORD = re.compile(r"\w")
# Where a match that no word character may precede can begin: after a non-word character, on a non-space.
WORD_START = re.compile(r"(?<!\w)\S")
# Characters a pattern may match though they do not lower-case to what it names: the dotless i and the long
# s (IGNORECASE takes them for "i" and "s"; tests/extract/test_prefilter.py recomputes the list) and
# the non-ASCII digits \d matches. The class comes first so the engine skips ahead to a candidate.
FOLD_ODD = ("\u0131", "\u017f")
_ODD_TEXT = re.compile(r"[\u0131\u017f\d](?<![0-9])")
_DIGITS = "0123456789"
_STOP: list[Any] = []  # a frame marking "the literal beginning ends here" (after one turn of a repeat)
_ZERO_WIDTH = (_parser.AT, _parser.ASSERT, _parser.ASSERT_NOT)
_REPEATS = (_parser.MAX_REPEAT, _parser.MIN_REPEAT, _parser.POSSESSIVE_REPEAT)


def beginnings(rx: re.Pattern[str], key: int = KEY) -> frozenset[str] | None:
    """Lower-cased literal beginnings (at most ``key`` characters) of which one starts every match of ``rx``.

    None when a match may begin otherwise (with a wildcard, a wide character class, white space, or empty).
    Zero-width assertions are skipped (they only narrow the matches); a beginning stops at the first item
    that is not a literal character, a digit or a small set of them, so it is necessary, never sufficient.
    """
    try:
        items = list(_parser.parse(rx.pattern, rx.flags))
    except (re.error, RecursionError):
        return None
    out: set[str] = set()
    if not _walk(((items, 0),), "", out, key) or any(_SPACE.match(k) for k in out):
        return None
    return frozenset(out)


def _walk(frames: tuple[tuple[list[Any], int], ...], acc: str, out: set[str], key: int) -> bool:
    """Add to ``out`` the beginnings of the rest of a pattern (``frames``: what is left of each open group,
    innermost first) after the literal ``acc``; False when one cannot be told."""
    while len(acc) < key and frames:
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
            return all(_walk(((list(branch), 0), *rest), acc, out, key) for branch in av[1])
        elif op is _parser.IN and (chars := _literal_set(av)) is not None:
            return all(_walk(rest, acc + ch, out, key) for ch in chars)
        elif op in _REPEATS:
            least, _, item = av
            once = _walk(((list(item), 0), (_STOP, 0)), acc, out, key)
            return once and (least > 0 or _walk(rest, acc, out, key))
        else:
            break  # a wildcard, a wide class, a back reference: the literal beginning ends here
    if not acc:
        return False
    out.add(acc[:key])
    return True


def _literal_set(av: list[tuple[Any, Any]]) -> str | None:
    """The characters of a small set (``[- ]``, ``\\d``), lower-cased; None for any other set."""
    chars: set[str] = set()
    for op, v in av:
        if op is _parser.LITERAL and chr(v).isascii():
            chars.add(chr(v).lower())
        elif op is _parser.CATEGORY and v is _parser.CATEGORY_DIGIT:
            chars.update(_DIGITS)  # the ASCII digits; a text with other digits is scanned in full
        else:
            return None
    return "".join(sorted(chars)) if len(chars) <= len(_DIGITS) else None


def full_scan_needed(text: str, low: str) -> bool:
    """Whether ``text`` (lower-cased: ``low``) must be scanned in full: see the module's docstring."""
    return len(low) != len(text) or (not text.isascii() and _ODD_TEXT.search(text) is not None)


def matches_at(rx: re.Pattern[str], subject: str, positions: Iterable[int], end: int) -> Iterator[re.Match[str]]:
    """What ``rx.finditer(subject, positions[0], end)`` yields when a match can only begin at ``positions`` (in
    increasing order)."""
    pos = -1
    for p in positions:
        if p >= pos and (m := rx.match(subject, p, end)) is not None:
            yield m
            pos = m.end()


def may_hold(text: str, words: tuple[str, ...], pos: int = 0, endpos: int | None = None) -> bool:
    """False only when ``text[pos:endpos]`` is ASCII and holds none of ``words`` (lower case) in any case: then a
    pattern every match of which contains one of them, in any case, finds nothing there and need not be run. A
    window with other characters is always tried (IGNORECASE matches "\u017f" to "s" and the Kelvin sign to "k",
    which lower-casing does not)."""
    window = text[pos:endpos]
    if not window.isascii():
        return True
    low = window.lower()
    return any(w in low for w in words)


def word_start_only(rx: re.Pattern[str]) -> bool:
    """Whether every match of ``rx`` begins where no word character precedes: the pattern opens with a
    look-behind refusing word characters (``(?<![\\w-])``), or with ``\\b`` before a word character."""
    if rx.flags & (re.ASCII | re.LOCALE):
        return False  # its \\w is not the Unicode \\w of WORD_START
    try:
        items = list(_parser.parse(rx.pattern, rx.flags))
    except (re.error, RecursionError):
        return False
    if not items:
        return False
    op, av = items[0]
    if op is _parser.ASSERT_NOT and av[0] < 0:  # a look-behind: (direction, pattern)
        behind = list(av[1])
        word = (_parser.CATEGORY, _parser.CATEGORY_WORD)
        return len(behind) == 1 and behind[0][0] is _parser.IN and word in behind[0][1]
    begins = beginnings(rx)
    return op is _parser.AT and av is _parser.AT_BOUNDARY and begins is not None and all(
        _WORD.match(b) for b in begins)


class Prefiltered:
    """A compiled regex whose ``finditer`` tries it only at the word starts that begin like one of its matches.

    For a pattern whose matches all begin at a word start (:func:`word_start_only`) and whose beginnings can
    be told; any other pattern is scanned in full, as before.
    """

    def __init__(self, rx: re.Pattern[str]) -> None:
        self.rx = rx
        begins = beginnings(rx) if word_start_only(rx) else None
        self.keys: list[tuple[int, frozenset[str]]] | None = None if begins is None else [
            (n, frozenset(b for b in begins if len(b) == n)) for n in sorted({len(b) for b in begins})]
        # the word starts (WORD_START) of the lower-cased text that begin like a match, found by the regex engine in
        # one scan rather than word by word in Python (a beginning never opens on white space: beginnings())
        self.heads: re.Pattern[str] | None = None if begins is None else re.compile(rf"(?<!\w)(?={trie(begins)})")

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """``rx.search(text, pos, endpos)``: the first match, found sooner."""
        return next(self._scan(text, pos, endpos, first=True), None)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        """The matches of ``rx.finditer(text, pos, endpos)``, found sooner."""
        return self._scan(text, pos, endpos, first=False)

    def _scan(self, text: str, pos: int, endpos: int | None, *, first: bool) -> Iterator[re.Match[str]]:
        """The matches; with ``first``, the places are read only as far as the first match (``search``)."""
        end = len(text) if endpos is None else min(max(endpos, 0), len(text))  # clamped as the regex engine does
        pos = max(pos, 0)
        if self.heads is None or pos > end:
            return self.rx.finditer(text, pos, end)
        low, usable = lowered(text)
        if usable:  # the whole text lower-cased once, for every scan of its sentences
            heads, shift = self.heads.finditer(low, pos, end), 0
        else:
            shift = max(0, pos - 1)  # the character before ``pos`` decides whether a word starts there
            window = text[shift:end]
            low = window.lower()
            if full_scan_needed(window, low):
                return self.rx.finditer(text, pos, end)
            heads = self.heads.finditer(low, pos - shift)
        places: Iterable[int] = (shift + m.start() for m in heads) if first else [shift + m.start() for m in heads]
        return matches_at(self.rx, text, places, end)


# The last text lower-cased (prefiltered scans try one document's sentences in turn): (text, lower-cased, whether
# it may be prefiltered whole). One tuple, replaced whole, so a thread reads a consistent one.
_LAST_LOWERED: tuple[str, str, bool] = ("", "", True)


def lowered(text: str) -> tuple[str, bool]:
    """``text`` lower-cased, and whether its scans may be prefiltered on that copy (``full_scan_needed`` is false:
    then every window of it may be too, and the copy's characters stand at the text's offsets)."""
    global _LAST_LOWERED
    last = _LAST_LOWERED
    if last[0] is not text:
        low = text.lower()
        last = _LAST_LOWERED = (text, low, not full_scan_needed(text, low))
    return last[1], last[2]
