"""Number phrases of casualty reports: words and digits, bounds, ranges and ACLED's vague words.

A count is a whole number of people: "2 million", "one million", "1.2 million" and "1 000 000" are
read whole; a fraction ("5.5") is not a count, nor is a figure above the world's population.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

__all__ = ["MAX_COUNT", "NUMBER_RE", "Quantity", "parse_quantity"]

# More than everyone alive (about 8.1 billion in 2024) is not a count of people but a typo, an id or
# an attack on the store (SQLite holds at most 2**63 - 1).
MAX_COUNT = 8_200_000_000
# Digits beyond this are never a count; the bound also keeps int() away from Python's 4,300-digit limit.
_MAX_DIGITS = len(str(MAX_COUNT))

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
# Multiplier words: "hundred" and "dozen" scale the number before them; "thousand", "million" and
# "billion" close a group ("two hundred thousand" is 200,000, "1.2 million" 1,200,000).
_SCALES = {"hundred": 100, "dozen": 12, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
# ACLED's fatality rules for vague words: "dozens" 12, "hundreds" 100, "tens" 10; "several", "few"
# and "some" 3 (a limited attack); "many", "scores" and "numerous" 10 (a significant one).
VAGUE = {
    "dozens": 12, "dozens of": 12, "scores": 10, "scores of": 10, "hundreds": 100, "hundreds of": 100,
    "thousands": 1000, "thousands of": 1000, "tens": 10, "tens of": 10, "several": 3, "a few": 3, "few": 3,
    "some": 3, "many": 10, "numerous": 10, "a number of": 3, "a handful of": 3, "a couple of": 2, "a couple": 2,
    "a dozen": 12, "half a dozen": 6, "a score of": 20,
}

_WORD = "|".join(sorted([*_UNITS, *_TENS], key=len, reverse=True))
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.",
           "Nov.", "Dec.")
# "1 000 000" (digits grouped by spaces, as SI style and many languages write them), but not the day and
# count of "March 12 300 people" or the year of "2022 300".
_SPACED = "".join(f"(?<!{re.escape(m)} )" for m in _MONTHS) + r"\d{1,3}(?: \d{3})+(?![\d,.]\d)"
# A decimal is matched whole so that "5.5" is not read as two counts; alone it is not a count.
_DIGITS = rf"{_SPACED}|\d{{1,3}}(?:,\d{{3}})+|\d+\.\d+|\d+"
_UNIT_WORDS = "|".join(k for k in _UNITS if 0 < _UNITS[k] < 10)
_SIMPLE = rf"(?:{_DIGITS}|(?:{'|'.join(_TENS)})(?:[- ](?:{_UNIT_WORDS}))?|{_WORD})"
_MULT = rf"(?:\s+(?:{'|'.join(_SCALES)})\b){{0,2}}"
_CORE = rf"{_SIMPLE}{_MULT}"
_VAGUE = "|".join(re.escape(v) for v in sorted(VAGUE, key=len, reverse=True))
_LOWER = r"(?:at least|more than|over|upwards of|no fewer than|no less than|a minimum of|in excess of)"
_UPPER = r"(?:up to|as many as)"
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
_NUMERAL = re.compile(r"[\d, ]+|\d+\.\d+")


@dataclass(frozen=True, slots=True)
class Quantity:
    """A parsed count: ``value`` is the conservative best figure (ACLED takes the lowest)."""

    value: int
    low: int
    high: int | None
    lower_bound: bool = False
    approximate: bool = False
    vague: bool = False
    upper_bound: bool = False  # "as many as 12", "up to 12": at most, a ceiling rather than a count


def _numeral(token: str) -> Fraction | None:
    """The exact value of "1,200", "1 000 000" or "1.2"; None when it has too many digits to be a count."""
    digits = token.replace(",", "").replace(" ", "")
    if len(digits.split(".")[0]) > _MAX_DIGITS or len(digits) > 2 * _MAX_DIGITS:
        return None
    return Fraction(int(digits)) if digits.isdecimal() else Fraction(digits)  # the same value; int() is cheaper


def _words_value(words: list[str]) -> Fraction | None:
    """The value of number words and digits with their multipliers ("two hundred thousand", "1.2 million")."""
    total = current = Fraction(0)
    for word in words:
        if word in _UNITS or word in _TENS:
            current += _UNITS.get(word, 0) + _TENS.get(word, 0)
        elif word in ("hundred", "dozen"):
            current = (current or Fraction(1)) * _SCALES[word]
        elif word in _SCALES:
            total += (current or Fraction(1)) * _SCALES[word]
            current = Fraction(0)
        elif _NUMERAL.fullmatch(word) and current == 0:
            value = _numeral(word)
            if value is None:
                return None
            current = value
        else:
            return None
    return total + current


def _words(text: str) -> list[str]:
    t = text.lower().strip().replace("–", "-")
    # "1 000 000" is one numeral; between words, spaces and hyphens separate them ("twenty-three thousand")
    return _NUMBER_WORD.findall(t)


_NUMBER_WORD = re.compile(r"\d[\d, ]*\d(?:\.\d+)?|\d+(?:\.\d+)?|[a-z]+")
_LOWER_RE = re.compile(_LOWER)
_UPPER_RE = re.compile(_UPPER)


def _count(value: Fraction | None) -> int | None:
    if value is None or value.denominator != 1 or value > MAX_COUNT:
        return None  # a fraction ("5.5") or more people than there are is not a count
    return int(value)


def _core_value(text: str) -> int | None:
    return _count(_words_value(_words(text)))


def _range(lo_text: str, hi_text: str) -> tuple[int | None, int | None]:
    """Both ends of a range; the low end takes the high end's multiplier when it has none ("between 1.1 and
    1.5 million" is 1,100,000 to 1,500,000, "5 to 7 thousand" 5,000 to 7,000)."""
    lo_words, hi_words = _words(lo_text), _words(hi_text)
    lo, hi = _words_value(lo_words), _words_value(hi_words)
    if lo is not None and hi is not None and hi_words and hi_words[-1] in _SCALES \
            and not any(w in _SCALES for w in lo_words) and lo * _SCALES[hi_words[-1]] <= hi:
        lo *= _SCALES[hi_words[-1]]
    return _count(lo), _count(hi)


def parse_quantity(match: re.Match[str]) -> Quantity | None:
    """Turn a NUMBER_RE match into a Quantity, or None when it is not a count."""
    g = match.groupdict()
    if g["lo"] or g["lo2"]:
        lo, hi = _range(g["lo"] or g["lo2"], g["hi"] or g["hi2"])
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
        lower = bool(_LOWER_RE.fullmatch(mod))
        upper = bool(_UPPER_RE.fullmatch(mod))
        return Quantity(v, v, None if lower else v, lower_bound=lower, approximate=not lower, upper_bound=upper)
    if g["plain"]:
        v = _core_value(g["plain"])
        return None if v is None else Quantity(v, v, v)
    if g["vague"]:
        v = VAGUE[g["vague"].lower()]
        return Quantity(v, v, None, vague=True)
    return None
