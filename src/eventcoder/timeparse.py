"""Dates in news: metadata values (``parse_date``) and date expressions in text (``find_dates``).

``find_dates`` is one compiled regular expression over the text (no dateparser, no spaCy),
so that a 600-word report costs well under a millisecond. Conventions (documented in
docs/ingest.md), all relative to the reference date (the publication date):

* numeric dates are day-first (``12/03/2024`` is 12 March) unless the first number is over 12;
* a month and day without a year take the reference's year, or the year before when that
  would fall after the reference (news reports the past);
* a weekday ("on Wednesday", "late on Wednesday", "Wednesday night") is the latest such day on
  or before the reference; "last Wednesday" is the latest one strictly before it; a weekday the
  clause tells as still to come ("the ceasefire will take effect on Friday", "talks are due to
  resume Monday", "next Friday", "ahead of Sunday's vote") is the next such day on or after it
  (a date after the reference, which is never an event's);
* "today", "this morning", "tonight", "after midnight" are the reference day; "yesterday",
  "last night" and "overnight" are the day before (a report published in the morning tells of
  the night before); "N days ago" is N days before;
* weeks (precision 2) resolve to the Thursday of the Monday-Sunday week, months (precision 3)
  to the 15th (ACLED's midpoint), neither later than the reference;
* bare years and year ranges ("in 2017", "since 2011", "2017-2020") are kind ``year``,
  ``date=None``, ``precision=4``; the mention's text is the year or range;
* with no reference, every expression that needs one gets ``date=None`` and kind ``relative``.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import functools
import re
from collections.abc import Callable, Iterator

from eventcoder.model import DateMention, Document

__all__ = ["DATEPARSER_LANGUAGES", "annotate_dates", "find_dates", "parse_date"]

# Languages dateparser may try for metadata dates it is asked to parse (only as a fallback).
DATEPARSER_LANGUAGES = ["en", "fr", "es", "pt", "de", "it", "ar", "ru", "uk", "tr"]

_MONTH_NUM: dict[str, int] = {}
for _i, _names in enumerate(
    (
        ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
        ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sept", "sep"),
        ("october", "oct"), ("november", "nov"), ("december", "dec"),
    ),
    start=1,
):
    for _n in _names:
        _MONTH_NUM[_n] = _i
_WEEKDAY_NUM = {n: i for i, n in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                              "sunday"))}
_WEEKDAY_NUM.update({k[:3]: v for k, v in list(_WEEKDAY_NUM.items())})
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10}


def _cased(names: list[str]) -> str:
    """An alternation matching each name Capitalised or in CAPITALS (never lower case: "may")."""
    forms = sorted({f for n in names for f in (n.capitalize(), n.upper())}, key=len, reverse=True)
    return "|".join(forms)


_MONTH_FULL = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december"]
_MONTH_ABBR = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec"]
MONTH = rf"(?:(?:{_cased(_MONTH_FULL)})\b|(?:{_cased(_MONTH_ABBR)})(?:\.|\b))"
WEEKDAY = r"(?:" + _cased(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]) + r")\b"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_YEAR = r"(?:19|20)\d\d"
_ORD = r"(?:st|nd|rd|th)?"
# Names that contain a month and a day but are not dates ("March 23 Movement").
_NOT_DATE = r"(?!\s+(?:Movement|Alliance|Brigade|Brigades|Group|Square|Street|Revolution|Coalition|Front))"
_COUNTED = (r"(?!\s+(?:people|persons|civilians|troops|soldiers|fighters|militants|families|refugees|residents|"
            r"protesters|demonstrators|others|men|women|children|homes|houses|km|kilometres|kilometers|metres|"
            r"meters)\b)")
_TIME_OF_DAY = r"(?:night|morning|evening|afternoon|midday|noon|dawn|overnight)"

_ALTERNATIVES: list[tuple[str, str]] = [
    ("iso", rf"(?<![\d-])(?P<iso>(?P<iso_y>{_YEAR})-(?P<iso_m>0[1-9]|1[0-2])-(?P<iso_d>[0-3]\d))(?![\d-])"),
    ("num", rf"(?<![\d/.])(?P<num>(?P<num_a>{_DAY})(?P<num_s>[/.])(?P<num_b>{_DAY})(?P=num_s)"
            rf"(?P<num_y>{_YEAR}|\d\d))(?![\d/]|\.\d)"),
    # "7 July 2016", "the 7th of July", and the hyphenated form of web pages' date lines ("07-July-2016", "7-Jul-16"
    # is left out: a two-digit year is no year here)
    ("dmy", rf"(?P<dmy>(?:{WEEKDAY},?\s+(?:the\s+)?)?(?<!\d)(?P<dmy_d>{_DAY}){_ORD}(?:\s+(?:of\s+)?|-(?={MONTH}-))"
            rf"(?P<dmy_m>{MONTH})(?:(?:,?\s+|-)(?P<dmy_y>{_YEAR})\b)?)"),
    ("mdy", rf"(?P<mdy>(?:{WEEKDAY},?\s+)?(?P<mdy_m>{MONTH})\s+(?P<mdy_d>{_DAY}){_ORD}\b(?![.,]?\d){_NOT_DATE}"
            rf"(?:,?\s+(?P<mdy_y>{_YEAR})\b)?)"),
    ("my", rf"(?P<my>(?:(?i:early|mid|late|the\s+end\s+of|the\s+beginning\s+of|end\s+of|beginning\s+of)[\s-]+)?"
           rf"(?P<my_m>{MONTH}),?\s+(?:of\s+)?(?P<my_y>{_YEAR})\b)"),
    ("mq", rf"(?:(?<![\w-])(?P<mq>(?P<mq_q>(?i:early|mid|late|last|this))[\s-]+(?P<mq_m1>{MONTH}))"
           rf"|\b(?i:in|since|until|till|during|through|throughout|from|by|of)\s+(?P<mq2>(?P<mq_m2>{MONTH})))"
           rf"(?!\.?\s*\d)"),
    ("yr", rf"(?<![\d-])(?P<yr>(?P<yr_a>{_YEAR})\s*[-\u2013\u2014/]\s*(?P<yr_b>{_YEAR}|\d\d))(?![\d-])"),
    ("y", rf"\b(?i:in|since|until|till|during|before|after|from|between|early|late|mid|end\s+of|year)\s+"
          rf"(?:the\s+(?:year\s+)?)?(?P<y>{_YEAR})\b(?![-\u2013/]\d){_COUNTED}"),
    ("rel", r"(?<!\w)(?P<rel>(?i:the\s+day\s+before\s+yesterday|yesterday|today|tonight|last\s+night|overnight|"
            r"after\s+midnight|this\s+(?:morning|afternoon|evening)|earlier\s+today|(?:earlier\s+)?this\s+week|"
            r"last\s+week|(?:earlier\s+)?this\s+month|last\s+month|"
            r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:days?|weeks?)\s+ago))\b"),
    ("wd", rf"(?P<wd>(?P<wd_q>(?i:late|early)\s+(?:on\s+)?|(?i:last|this\s+past|past)\s+)?(?P<wd_d>{WEEKDAY})"
           rf"(?:\s+{_TIME_OF_DAY}\b)?)"),
]
_PATTERN_SOURCE = r"\b(?:" + "|".join(f"(?:{p})" for _, p in _ALTERNATIVES) + ")"


@functools.cache
def _pattern() -> re.Pattern[str]:
    """The full date pattern, compiled on first use (tens of milliseconds) rather than at import."""
    return re.compile(_PATTERN_SOURCE)
_KEYWORDS = ("yesterday", "today", "tonight", "overnight", "midnight", "night", "morning", "afternoon", "evening",
             "week", "month", "ago")
# Candidate anchors: numbers and words that may be a month or weekday name. The pattern starts with a
# character class, so the regex engine skips other positions fast; the word is then checked in a set.
_CANDIDATE = re.compile(r"[\dJFMASONDTW][\dA-Za-z]*")
_NAME_ANCHORS = frozenset(
    f for n in [*_MONTH_FULL, *_MONTH_ABBR, *(k for k in _WEEKDAY_NUM if len(k) > 3)] for f in (n.capitalize(), n.upper())
)
# Words that may open a date expression before its anchor ("late on Wednesday", "since 2011"), and
# words that only join such a word to the anchor ("late on", "end of"): tried as starts, or skipped over.
_STARTERS = frozenset(
    "in since until till during through throughout from by before after between early mid late end the "
    "beginning year last this past earlier a an one two three four five six seven eight nine ten day".split()
)
_CONNECTORS = frozenset({"on", "of", "days", "weeks", "week"})
_LOOKBACK_WORDS = 5
# A number is worth the full pattern only in these shapes: a numeric date, a day before a month
# name, "N days ago", or a year of 1900-2099 (checked further in _matches).
_DIGIT_SHAPE = re.compile(
    r"\d{1,2}(?:[/.]\d|(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z][A-Za-z]{2}|-[A-Z][A-Za-z]{2}|\s+(?:days?|weeks?)\s+ago)|"
    r"(?P<year>(?:19|20)\d\d)\b"
)
_YEAR_JOINED = re.compile(r"\s*[-\u2013\u2014/]\s*\d")
_NAMES = [name for name, _ in _ALTERNATIVES]
_JOINER = re.compile(r",?\s*(?:the\s+)?")


def find_dates(text: str, reference: dt.date | None, *, offset: int = 0) -> list[DateMention]:
    """Every date expression of ``text`` with offsets (plus ``offset``), resolved against ``reference``."""
    mentions: list[DateMention] = []
    last_name = ""
    for m in _matches(text):
        name = next((n for n in _NAMES if m.group(n) is not None), "mq")
        start, end = m.span("mq2" if name == "mq" and m.group("mq") is None else name)
        resolved = _RESOLVERS[name](m, reference)
        if resolved is None:
            continue
        date, precision, kind = resolved
        if name in ("dmy", "mdy") and last_name == "wd" and _JOINER.fullmatch(text, mentions[-1].end - offset, start):
            # "late on Wednesday, Oct. 4": the weekday belongs to the explicit date that follows.
            start = mentions.pop().start - offset
        mentions.append(DateMention(start + offset, end + offset, date, precision, kind, text[start:end]))
        last_name = name
    return mentions


def _anchors(text: str) -> list[tuple[int, bool]]:
    """(start, is_number) of the words every date expression contains: numbers, month and weekday names, keywords."""
    found = []
    for m in _CANDIDATE.finditer(text):
        word = m.group()
        if word[0].isdigit():
            found.append((m.start(), True))
        elif word in _NAME_ANCHORS:
            found.append((m.start(), False))
    lower = text.lower()
    for word in _KEYWORDS:
        i = lower.find(word)
        while i >= 0:
            found.append((i, False))
            i = lower.find(word, i + 1)
    found.sort()
    return found


def _starts_before(text: str, start: int, floor: int) -> list[int]:
    """Start offsets of the run of starter words just before ``start`` (earliest first)."""
    starts: list[int] = []
    pos = start
    for _ in range(_LOOKBACK_WORDS):
        j = pos - 1
        while j >= floor and text[j] in " \t\n-":
            j -= 1
        if j < floor or j == pos - 1:
            break
        k = j
        while k >= floor and text[k].isalpha():
            k -= 1
        word = text[k + 1 : j + 1].lower()
        if not word or (k >= floor and text[k].isalnum()):
            break
        if word in _STARTERS:
            starts.append(k + 1)
        elif word not in _CONNECTORS:
            break
        pos = k + 1
    starts.reverse()
    return starts


def _matches(text: str) -> Iterator[re.Match[str]]:
    """Full-pattern matches that contain an anchor, left to right, each starting as early as possible."""
    done = 0
    pattern = _pattern()
    for start, is_number in _anchors(text):
        if start < done or (start and text[start - 1].isalnum()):
            continue
        tries = _starts_before(text, start, done)
        if is_number:
            shape = _DIGIT_SHAPE.match(text, start)
            if shape is None:
                continue
            if shape["year"] and not tries and not _YEAR_JOINED.match(text, shape.end()):
                continue  # a year with no "in", "since"... before it and no range: not a date here
        tries.append(start)
        for pos in tries:
            m = pattern.match(text, pos)
            if m is not None and m.end() > start:
                done = m.end()
                yield m
                break


def annotate_dates(doc: Document) -> Document:
    """Fill ``doc.dates`` with every date expression of ``doc.text``, resolved against ``doc.published``."""
    reference = None
    if doc.published:
        try:
            reference = dt.date.fromisoformat(doc.published[:10])
        except ValueError:
            reference = parse_date(doc.published)
    doc.dates = find_dates(doc.text, reference)
    return doc


# --- resolution of each alternative -------------------------------------------------------------

_Resolved = tuple[str | None, int, str] | None


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month(name: str) -> int:
    return _MONTH_NUM[name.rstrip(".").lower()]


def _year_for(month: int, day: int, reference: dt.date | None, *, strictly_before: bool = False) -> int | None:
    """The year of a month-day without one: the reference's, or the one before if that is later."""
    if reference is None:
        return None
    candidate = _make(reference.year, month, min(day, 28) if month == 2 and day == 29 else day)
    if candidate is None:
        return None
    if candidate > reference or (strictly_before and (candidate.month, candidate.year) == (reference.month,
                                                                                          reference.year)):
        return reference.year - 1
    return reference.year


def _full(day: str, month: int, year: str | None, reference: dt.date | None) -> _Resolved:
    d = int(day)
    if year:
        date = _make(int(year), month, d)
        return (date.isoformat(), 1, "explicit") if date else None
    if _make(2000, month, d) is None:  # "31 February" is not a date
        return None
    y = _year_for(month, d, reference)
    return (_iso(_make(y, month, d)) if y else None, 1, "relative")


def _r_iso(m: re.Match[str], reference: dt.date | None) -> _Resolved:
    date = _make(int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"]))
    return (date.isoformat(), 1, "explicit") if date else None


def _r_num(m: re.Match[str], reference: dt.date | None) -> _Resolved:
    a, b, y = int(m["num_a"]), int(m["num_b"]), m["num_y"]
    if len(y) == 2:
        if m["num_s"] != "/":
            return None
        year = 2000 + int(y) if int(y) < 70 else 1900 + int(y)
    else:
        year = int(y)
    # Day-first (as most of the world's press writes), unless the first number cannot be a month... a day.
    day, month = (b, a) if b > 12 >= a else (a, b)
    date = _make(year, month, day)
    return (date.isoformat(), 1, "explicit") if date else None


def _r_dmy(m: re.Match[str], reference: dt.date | None) -> _Resolved:
    return _full(m["dmy_d"], _month(m["dmy_m"]), m["dmy_y"], reference)


def _r_mdy(m: re.Match[str], reference: dt.date | None) -> _Resolved:
    return _full(m["mdy_d"], _month(m["mdy_m"]), m["mdy_y"], reference)


def _r_my(m: re.Match[str], reference: dt.date | None) -> _Resolved:
    return (dt.date(int(m["my_y"]), _month(m["my_m"]), 15).isoformat(), 3, "explicit")


def _r_mq(m: re.Match[str], reference: dt.date | None) -> _Resolved:
    word = (m["mq_q"] or "").lower()
    month = _month(m["mq_m1"] or m["mq_m2"])
    if reference is None:
        return (None, 3, "relative")
    year = reference.year - 1 if month > reference.month or (word == "last" and month == reference.month) \
        else reference.year
    return (min(dt.date(year, month, 15), reference).isoformat(), 3, "relative")


def _r_yr(m: re.Match[str], reference: dt.date | None) -> _Resolved:
    a, b = m["yr_a"], m["yr_b"]
    end = int(b) if len(b) == 4 else int(a[:2] + b)
    if end <= int(a) or end - int(a) > 50:
        return None  # "2019/18" or a phone-number-like run, not a range
    return (None, 4, "year")


def _r_y(m: re.Match[str], reference: dt.date | None) -> _Resolved:
    return (None, 4, "year")


def _r_rel(m: re.Match[str], reference: dt.date | None) -> _Resolved:
    phrase = " ".join(m["rel"].lower().split())
    if phrase.endswith("ago"):
        count_word, unit, _ = phrase.split()
        n = int(count_word) if count_word.isdigit() else _NUMBER_WORDS[count_word]
        if unit.startswith("week"):
            return _week(reference - dt.timedelta(weeks=n) if reference else None, reference)
        return (_iso(reference - dt.timedelta(days=n)) if reference else None, 1, "relative")
    if phrase.endswith("week"):
        if reference is None:
            return (None, 2, "relative")
        return _week(reference - dt.timedelta(weeks=1) if phrase.startswith("last") else reference, reference)
    if phrase.endswith("month"):
        if reference is None:
            return (None, 3, "relative")
        first = reference.replace(day=1)
        target = (first - dt.timedelta(days=1)).replace(day=15) if phrase.startswith("last") else first.replace(day=15)
        return (min(target, reference).isoformat(), 3, "relative")
    back = {"yesterday": 1, "last night": 1, "overnight": 1, "the day before yesterday": 2}.get(phrase, 0)
    return (_iso(reference - dt.timedelta(days=back)) if reference else None, 1, "relative")


def _week(day: dt.date | None, reference: dt.date | None) -> _Resolved:
    """The Thursday (midpoint) of the Monday-Sunday week of ``day``, not later than the reference."""
    if day is None or reference is None:
        return (None, 2, "relative")
    thursday = day - dt.timedelta(days=day.weekday()) + dt.timedelta(days=3)
    return (min(thursday, reference).isoformat(), 2, "relative")


# Words that tell a weekday as still to come: a plan, a schedule, a future tense in the same clause before it.
_FUTURE_BEFORE = re.compile(
    r"\b(?:will|shall|(?:is|are|was|were) (?:due|set|scheduled|expected|planned|slated|to)|due to|set to|"
    r"takes? effect|(?:go|goes|come|comes) into (?:effect|force)|scheduled|planned|slated|starting|next|"
    r"this coming|ahead of|to be held|to resume|to begin|to start)\b"
    r"(?:(?!\b(?:that|which|who|whom|after|when|since|because|while)\b)[^.!?;,]){0,70}$",  # the same clause
    re.I,
)


def _future_weekday(m: re.Match[str]) -> bool:
    """The weekday is told as still to come ("next Friday"; a future or a plan in its clause before it)."""
    start = m.start("wd")
    return bool(_FUTURE_BEFORE.search(m.string, max(0, start - 90), start))


def _r_wd(m: re.Match[str], reference: dt.date | None) -> _Resolved:
    if reference is None:
        return (None, 1, "relative")
    target = _WEEKDAY_NUM[m["wd_d"].lower()]
    if _future_weekday(m):
        # "the truce takes effect on Friday": the next such day, after the report (so never an event's date)
        return ((reference + dt.timedelta(days=(target - reference.weekday()) % 7)).isoformat(), 1, "relative")
    back = (reference.weekday() - target) % 7
    qualifier = (m["wd_q"] or "").lower()
    if back == 0 and (qualifier.startswith("last") or "past" in qualifier):
        back = 7
    return ((reference - dt.timedelta(days=back)).isoformat(), 1, "relative")


_RESOLVERS: dict[str, Callable[[re.Match[str], dt.date | None], _Resolved]] = {
    "iso": _r_iso, "num": _r_num, "dmy": _r_dmy, "mdy": _r_mdy, "my": _r_my, "mq": _r_mq, "yr": _r_yr,
    "y": _r_y, "rel": _r_rel, "wd": _r_wd,
}


# --- metadata values ----------------------------------------------------------------------------

_ISO_VALUE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ]\S*)?\s*(?:Z|UTC|GMT|[+-]\d\d:?\d\d)?", re.I)
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})(?:T\d{4,6}Z?)?")
_NUMERIC_VALUE = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})")
_YMD_SLASH = re.compile(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})")


def parse_date(value: str, reference: dt.date | None = None) -> dt.date | None:
    """Parse a metadata or ``--published`` date value; None when it is not a date.

    Tries ISO 8601, RFC 2822, numeric day-first dates, the English forms ``find_dates`` knows
    ("Oct. 7, 2023", "7 October 2023", "yesterday" against ``reference``), then dateparser
    (languages :data:`DATEPARSER_LANGUAGES`, past dates preferred, relative to ``reference``).
    """
    s = " ".join(value.split())
    if not s:
        return None
    if m := _ISO_VALUE.fullmatch(s):
        return _make(int(m[1]), int(m[2]), int(m[3]))
    if m := _COMPACT.fullmatch(s):
        return _make(int(m[1]), int(m[2]), int(m[3]))
    if m := _YMD_SLASH.fullmatch(s):
        return _make(int(m[1]), int(m[2]), int(m[3]))
    if m := _NUMERIC_VALUE.fullmatch(s):
        a, b, y = int(m[1]), int(m[2]), m[3]
        year = int(y) if len(y) == 4 else (2000 + int(y) if int(y) < 70 else 1900 + int(y))
        day, month = (b, a) if b > 12 >= a else (a, b)
        return _make(year, month, day)
    if s[:1].isalpha() or s[:1].isdigit():
        try:
            parsed = email.utils.parsedate_to_datetime(s)
        except (TypeError, ValueError, IndexError):
            parsed = None
        if parsed is not None:
            return parsed.date()
    for mention in find_dates(s, reference):
        if mention.date and mention.precision <= 3 and len(mention.text) * 2 >= len(s):
            return dt.date.fromisoformat(mention.date)
    return _dateparser(s, reference)


def _dateparser(value: str, reference: dt.date | None) -> dt.date | None:
    """dateparser as the last resort, restricted so that it cannot depend on today's date."""
    import dateparser

    settings: dict[str, object] = {"PREFER_DATES_FROM": "past", "DATE_ORDER": "DMY",
                                   "RETURN_AS_TIMEZONE_AWARE": False}
    if reference is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(reference, dt.time(12))
    else:
        # Without a reference, a relative or partial value would resolve against today: refuse it.
        settings["PARSERS"] = ["custom-formats", "absolute-time"]
        settings["REQUIRE_PARTS"] = ["day", "month", "year"]
    try:
        parsed = dateparser.parse(value, languages=DATEPARSER_LANGUAGES, settings=settings)
    except (ValueError, OverflowError, TypeError):
        return None
    return parsed.date() if parsed else None
