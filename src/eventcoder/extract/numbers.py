"""Number phrases of casualty reports: words and digits, bounds, ranges and ACLED's vague words."""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["NUMBER_RE", "Quantity", "parse_quantity"]

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
# ACLED's fatality rules for vague words: "dozens" 12, "hundreds" 100, "tens" 10; "several", "few"
# and "some" 3 (a limited attack); "many", "scores" and "numerous" 10 (a significant one).
VAGUE = {
    "dozens": 12, "dozens of": 12, "scores": 10, "scores of": 10, "hundreds": 100, "hundreds of": 100,
    "thousands": 1000, "thousands of": 1000, "tens": 10, "tens of": 10, "several": 3, "a few": 3, "few": 3,
    "some": 3, "many": 10, "numerous": 10, "a number of": 3, "a handful of": 3, "a couple of": 2, "a couple": 2,
    "a dozen": 12, "half a dozen": 6, "a score of": 20,
}

_WORD = "|".join(sorted([*_UNITS, *_TENS], key=len, reverse=True))
_DIGITS = r"\d{1,3}(?:,\d{3})+|\d+"
_SIMPLE = rf"(?:{_DIGITS}|(?:{'|'.join(_TENS)})(?:[- ](?:{'|'.join(k for k in _UNITS if _UNITS[k] < 10 and _UNITS[k] > 0)}))?|{_WORD})"
_MULT = r"(?:\s+(?:hundred|thousand|dozen))?"
_CORE = rf"{_SIMPLE}{_MULT}"
_VAGUE = "|".join(re.escape(v) for v in sorted(VAGUE, key=len, reverse=True))
_LOWER = r"(?:at least|more than|over|upwards of|no fewer than|no less than|a minimum of|in excess of)"
_APPROX = r"(?:about|around|some|nearly|almost|roughly|approximately|an estimated|up to|as many as|close to|estimated)"

# One number phrase: a range, a bounded or approximate number, a plain number, or a vague word.
NUMBER_RE = re.compile(
    rf"\b(?:(?:between\s+(?P<lo>{_CORE})\s+and\s+(?P<hi>{_CORE}))"
    rf"|(?:(?P<lo2>{_CORE})\s*(?:-|–|to|or)\s*(?P<hi2>{_CORE}))"
    rf"|(?:(?P<mod>{_LOWER}|{_APPROX})\s+(?P<num>{_CORE}))"
    rf"|(?P<plain>{_CORE})"
    rf"|(?P<vague>{_VAGUE}))\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Quantity:
    """A parsed count: ``value`` is the conservative best figure (ACLED takes the lowest)."""

    value: int
    low: int
    high: int | None
    lower_bound: bool = False
    approximate: bool = False
    vague: bool = False


def _core_value(text: str) -> int | None:
    t = text.lower().strip().replace("–", "-")
    mult = 1
    for word, m in (("hundred", 100), ("thousand", 1000), ("dozen", 12)):
        if t.endswith(word):
            mult = m
            t = t[: -len(word)].strip()
            break
    if not t:
        return mult if mult > 1 else None
    if re.fullmatch(r"[\d,]+", t):
        return int(t.replace(",", "")) * mult
    parts = re.split(r"[- ]", t)
    total = 0
    for p in parts:
        if p in _TENS:
            total += _TENS[p]
        elif p in _UNITS:
            total += _UNITS[p]
        else:
            return None
    return total * mult


def parse_quantity(match: re.Match[str]) -> Quantity | None:
    """Turn a NUMBER_RE match into a Quantity, or None when it is not a count."""
    g = match.groupdict()
    if g["lo"] or g["lo2"]:
        lo = _core_value(g["lo"] or g["lo2"])
        hi = _core_value(g["hi"] or g["hi2"])
        if lo is None or hi is None or hi < lo:
            # "twenty-three" is one number, not a range from twenty to three
            whole = _core_value(match.group(0))
            return None if whole is None else Quantity(whole, whole, whole)
        return Quantity(lo, lo, hi)
    if g["num"]:
        v = _core_value(g["num"])
        if v is None:
            return None
        mod = g["mod"].lower()
        lower = bool(re.fullmatch(_LOWER, mod))
        return Quantity(v, v, None if lower else v, lower_bound=lower, approximate=not lower)
    if g["plain"]:
        v = _core_value(g["plain"])
        return None if v is None else Quantity(v, v, v)
    if g["vague"]:
        v = VAGUE[g["vague"].lower()]
        return Quantity(v, v, None, vague=True)
    return None
