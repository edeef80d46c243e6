"""Background: a sentence that tells history, a trend or context rather than a new event.

A sentence is background when it speaks of a trend or a period ("has intensified", "since 2011",
"the war has killed ...") or is dated before the report: a day more than 45 days before the report's
date, a month more than 75 days before it or that ended more than 14 days before it, or an earlier year; without a reference date, any dated
sentence after the lead.
"""

from __future__ import annotations

import functools
import re
from datetime import date

from eventcoder.extract.cues import Cue, CueMatch
from eventcoder.extract.frames import Frame
from eventcoder.model import DateMention

__all__ = ["is_background", "strong_cues", "WEAK_PROTEST"]

# Protest words that alone do not make a protest ("demanded", "in support of"): leaders say them too.
WEAK_PROTEST = re.compile(
    r"^(?:chant\w*|placards|banners|denounc\w*|demanding|commemorat\w*|assembled|gathered|demanded|to demand|"
    r"calling for|called for|in support of)$",
    re.I,
)
_PERFECT = re.compile(r"\b(?:have|has) (?:been killed|died|been displaced|killed|claimed|left)\b", re.I)
_BARE_YEAR = re.compile(r"(?<![\d-])((?:19[5-9]|20[0-4])\d)(?![\d-])"
                        r"|\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Bb]y) (1[89]\d\d)\b(?![\d-])")
_YEAR_IN = re.compile(r"(?:19|20)\d\d")
_YEAR_WORD = re.compile(r"(?<![\d.,/-])((?:19|20)\d\d)(?![\d.,/-]?\d)")
_YEARS_BEFORE_LATEST = 2  # an undated report's sentence dated this many years before the latest year it names
_MONTH = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|\d\s+(?:Jan|Feb|Mar|Apr|May|"
                    r"Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b")
_IN_MONTH = re.compile(r"\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Ll]ast|[Ee]arly|[Ll]ate|[Mm]id-?)\s+(?:January|February|March|April|May|June|July|August|"
                       r"September|October|November|December)\b")
# an earlier month or year than an undated report's own ("Last month, police raided ..."): told after the lead, it
# is context (last week's incident may still be news: a report gives it its own paragraph)
_EARLIER_TIME = re.compile(r"\b(?:[Ll]ast (?:month|year)|(?:months|years) ago|[Ee]arlier this year)\b")
_RECENT = re.compile(r"in recent days|over the (?:past|last)|earlier this year", re.I)
_WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b", re.I)
_RECENT_DAYS = 45  # a day-precise date older than this (before the reference) is history
_RECENT_MONTH_DAYS = 75  # a month-precise date older than this is history
_MONTH_OVER_DAYS = 14  # ... and so is a month that ended more than this before the report


def strong_cues(frame: Frame, cls: Cue, weak: re.Pattern[str] | None) -> list[CueMatch]:
    """The cues of one class that are not in the ``weak`` list."""
    return [c for c in frame.cues.get(cls, ()) if not (weak and weak.match(c.text))]


def is_background(frame: Frame, reference: date | None, lead: bool) -> str | None:
    """Why a sentence is history or context rather than a new event, or None."""
    trend = _trend(frame)
    if trend is not None:
        return trend
    sent = frame.sentence_text
    years = [d for d in frame.dates if d.kind == "year" or d.date]
    if reference is not None and not years:
        # a bare year as a modifier ("the violence that followed the 2007 vote") dates the sentence too
        bare = [int(m.group(1) or m.group(2)) for m in _BARE_YEAR.finditer(sent)]
        if bare and all(y < reference.year for y in bare):
            return f"dated before the report ({bare[0]})"
    if reference is None and not lead and not years and (
            any(_MONTH.search(d.text or "") for d in frame.dates) or _IN_MONTH.search(sent) or _EARLIER_TIME.search(sent)):
        # "On June 11, 86 people were massacred", "in March": a calendar day or month after the lead of a report
        # with no date of its own is an earlier time told as context
        return "dated, after the lead of an undated report"
    if not years:
        return None
    latest = _latest_year(frame.text) if reference is None else None
    past = [d for d in years if _is_past(d, reference, lead, latest)]
    dated = [d for d in years if _year_of(d) is not None]
    if dated and len(past) == len(dated):
        return f"dated before the report ({past[0].text or past[0].date})"
    return None


def _trend(frame: Frame) -> str | None:
    period = frame.first(Cue.PERIOD)
    if period is not None and not strong_cues(frame, Cue.PROTEST, WEAK_PROTEST):
        return f"a past period ({period.text!r})"
    trend = frame.first(Cue.TREND)
    if trend is None or strong_cues(frame, Cue.PROTEST, WEAK_PROTEST):
        return None  # a protest marking an anniversary is a protest today; its history is its cause
    if _RECENT.match(trend.text) and any(d.precision == 1 or _WEEKDAY.search(d.text or "") for d in frame.dates):
        return None  # "attacks in recent days, with the chief killed on Tuesday": the day's event is told
    perfect = bool(_PERFECT.search(frame.sentence_text))
    if perfect or not any(c.start < trend.start for c in frame.counts if c.role in ("killed", "injured")):
        # "7 were shot dead ... where an insurgency has left dozens killed in recent years": the toll comes first
        return f"trend or history ({trend.text!r})"
    return None


@functools.lru_cache(maxsize=4)
def _latest_year(text: str) -> int | None:
    """The latest year a text names: a report with no date of its own is at least that recent."""
    years = [int(y) for y in _YEAR_WORD.findall(text)]
    return max(years) if years else None


def _is_past(d: DateMention, reference: date | None, lead: bool, latest: int | None = None) -> bool:
    y = _year_of(d)
    if y is None:
        return False
    if reference is None:
        # Without a reference date only the lead may carry a dated event; later dated sentences of an
        # undated report are context (histories of cease-fires, earlier years), and so is a year well before
        # the latest one the report names
        return not lead or (latest is not None and y <= latest - _YEARS_BEFORE_LATEST)
    if d.date and d.precision == 1:
        return (reference - date.fromisoformat(d.date)).days > _RECENT_DAYS
    if y < reference.year:
        return True
    if not (d.date and d.precision == 3):
        return False
    # a month told as such ("in late August") is an earlier incident recalled once that month is well over: news
    # of a new incident gives its day
    month = date.fromisoformat(d.date)
    next_month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return (reference - month).days > _RECENT_MONTH_DAYS or (reference - next_month).days > _MONTH_OVER_DAYS


def _year_of(d: DateMention) -> int | None:
    if d.date:
        return int(d.date[:4])
    m = _YEAR_IN.search(d.text or "")
    return int(m.group(0)) if m else None
