"""Which date is an event's: the day it happened, not the day someone spoke of it or the page was posted.

An event takes, in order: a date of its own sentences that tells when it happened ("killed on Friday"; a relative
day is resolved against the publication date at ingest), then a date that only tells when it was reported
("the army said on Saturday": the event was that day or before), then the report's context and publication
date (chosen at ingest: page metadata, the page's date lines, the story's dateline, the page address: :func:`eventcoder.ingest.header.url_date`). This module holds
the language rules; :mod:`eventcoder.extract.coding` applies them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from eventcoder.model import DateMention

__all__ = ["STATEMENT_VERBS", "VAGUE_DAYS", "by_event_evidence", "is_aside_date", "is_since_date", "is_statement_date",
           "is_vague_day"]

# Verbs of saying and reporting: a date right after one tells when the statement was made.
STATEMENT_VERBS = (
    "said", "says", "told", "announced", "reported", "confirmed", "stated", "added", "claimed", "denied", "warned",
    "tweeted", "wrote", "posted", "declared", "revealed", "disclosed", "acknowledged", "insisted", "explained",
    "noted", "briefed", "statement", "briefing", "press conference", "news conference", "condemned", "denounced",
)
_STATEMENT_BEFORE = re.compile(
    rf"\b(?:{'|'.join(re.escape(v) for v in STATEMENT_VERBS)})(?:\s+(?:it|this|that|so|reporters|journalists))?"
    r"(?:\s+(?:late|early|earlier|later))?(?:\s+(?:on|in|this|last))?\s*$",
    re.I,
)
# A report's own day ("in a report published on Monday", "a video released late on Friday"): when it was made public
_PUBLISHED_BEFORE = re.compile(
    r"\b(?:report|statement|study|survey|video|footage|findings|figures|data|tally|analysis|investigation|dossier)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:published|released|issued|made\s+public|posted|presented)(?:\s+(?:late|early))?"
    r"(?:\s+(?:on|in|this|last))?\s*$", re.I)
# Days told relative to the report that a named day in the same sentence makes precise.
VAGUE_DAYS = frozenset({"overnight", "last night", "tonight", "today", "this morning", "this afternoon",
                        "this evening", "earlier today", "yesterday", "after midnight"})
# How far before a date its statement verb may stand ("said in a statement late on Saturday").
_WINDOW = 40
# ... with the medium told between ("said on its Telegram channel on Friday", "said in a statement late on Monday")
_STATEMENT_MEDIUM = re.compile(
    rf"\b(?:{'|'.join(re.escape(v) for v in STATEMENT_VERBS)})\s+(?:on|in|via|through)\s+(?:its|their|his|her|a|an|"
    r"the)\s+(?:[\w'-]+\s+){0,3}?(?:channel|account|website|page|statement|broadcast|post|feed|bulletin|newsletter|"
    r"magazine|briefing|interview|address)(?:\s+(?:late|early))?\s+(?:on\s+)?$", re.I)


# ... or right after it, between the speaker and the verb ("the United Nations on Wednesday condemned the killing")
_STATEMENT_AFTER = re.compile(
    rf"\s+(?:{'|'.join(re.escape(v) for v in STATEMENT_VERBS if ' ' not in v and v not in ('statement', 'briefing'))})\b")


# ... or opening the sentence whose main verb is one of saying or claiming, with no act told before it ("Early on
# Friday, a separatist group claimed responsibility for the ambush", "On Saturday, the army said ...", with or
# without the comma: "On Friday the health ministry said 20 people had died")
_OPENING = re.compile(r"(?:^|[.!?\n]\s*)(?:(?:early|late)\s+)?(?:on\s+)?$", re.I)
# Act verbs (finite or -ing) that, told before the saying verb, make the opening day the act's ("On Sunday gunmen
# opened fire on a bus, police said"): the saying verb is then no main verb of the sentence
_ACT_VERBS = (
    "killed", "killing", "attacked", "attacking", "stormed", "storming", "fired", "firing", "opened fire",
    "opening fire", "clashed", "clashing", "exploded", "exploding", "ambushed", "ambushing", "abducted", "abducting",
    "kidnapped", "kidnapping", "shot", "shooting", "bombed", "bombing", "struck", "striking", "hit", "hitting",
    "raided", "raiding", "seized", "seizing", "captured", "capturing", "burned", "burnt", "burning", "torched",
    "torching", "marched", "marching", "protested", "protesting", "rallied", "rallying", "blew", "blowing",
    "set fire", "setting fire", "set ablaze", "set alight", "set off", "detonated", "detonating", "took to the streets",
    "taking to the streets", "shelled", "shelling", "looted", "looting", "wounded", "wounding", "injured", "injuring",
    "gunned", "stabbed", "stabbing", "hacked", "beat", "beating", "demonstrated", "demonstrating", "rioted", "rioting",
    "gathered", "gathering", "targeted", "targeting", "launched", "launching", "overran", "destroyed", "destroying",
)
_ACTS = "|".join(v.replace(" ", r"\s+") for v in _ACT_VERBS)
_CLAIMS = re.compile(
    rf",?\s+(?:(?!\b(?:{_ACTS})\b)[^.;:!?\n]){{1,90}}?"
    r"\b(?:said|says|told|announced|confirmed|claimed\s+responsibility|claimed\s+the|stated|reported|denied|"
    r"condemned)\b", re.I)


# The day a toll was raised ("the death toll rose to 22 on Monday", "bringing the toll to 30 on Friday", "On Monday, the
# death toll climbed to 22"): the day of the count, not of the incident, like a statement's
_TOLL_RAISED_BEFORE = re.compile(
    r"\b(?:death\s+)?toll\s+(?:has\s+|had\s+|was\s+)?(?:rose|risen|rises|climbed|climbs|reached|jumped|increased|grew|"
    r"stood|stands|raised|revised)\b[^.;:!?]{0,25}?\s(?:on|by|late\s+on|early\s+on)\s*$"
    r"|\b(?:bringing|brought|raising|pushing)\s+the\s+(?:death\s+)?toll\s+to\s+[^.;:!?]{1,25}?\s(?:on|by)\s*$", re.I)
_TOLL_RAISED_AFTER = re.compile(
    r",?\s+the\s+(?:death\s+)?toll\s+(?:has\s+|had\s+)?(?:rose|risen|climbed|reached|jumped|increased|grew|stood)\b", re.I)


def is_toll_raised_date(text: str, mention: DateMention) -> bool:
    """Whether ``mention`` dates a raised toll ("the death toll rose to 22 on Monday"): the day of a count, which dates
    no act at all (an incident told after it with no day of its own took place on the day of the acts before it)."""
    return bool(_TOLL_RAISED_BEFORE.search(text, max(0, mention.start - 60), mention.start)) or bool(
        _OPENING.search(text, max(0, mention.start - 12), mention.start) and _TOLL_RAISED_AFTER.match(
            text, mention.end))


def is_statement_date(text: str, mention: DateMention) -> bool:
    """Whether ``mention`` dates a statement ("the ministry said on Saturday", "the UN on Wednesday condemned the
    attack", "in a report published on Monday") or a raised toll ("the death toll rose to 22 on Monday"), not the event itself."""
    return bool(_STATEMENT_BEFORE.search(text, max(0, mention.start - _WINDOW), mention.start)) or bool(
        _STATEMENT_MEDIUM.search(text, max(0, mention.start - 90), mention.start)) or bool(
        _PUBLISHED_BEFORE.search(text, max(0, mention.start - 60), mention.start)) or bool(
        _STATEMENT_AFTER.match(text, mention.end)) or bool(
        _OPENING.search(text, max(0, mention.start - 12), mention.start) and _CLAIMS.match(text, mention.end)) or (
        is_toll_raised_date(text, mention))


# "have held the hotel since Saturday", "besieged since late Friday": the day a lasting state began, not an act's
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:(?:early|late|last)\s+)?(?:on\s+)?$", re.I)


def is_since_date(text: str, mention: DateMention) -> bool:
    """Whether ``mention`` tells when a lasting state began ("gunmen have held the hotel since Saturday"): a day an
    act of the same incident names ("stormed it on Wednesday") is the event's before it."""
    return bool(_SINCE_BEFORE.search(text, max(0, mention.start - 20), mention.start))


# A day told in a clause of backstory inside the sentence: a pluperfect relative clause ("the bodies of nine people who
# had been kidnapped last week were found on Monday") or a funeral's or vigil's day ("attended the funeral on Monday of
# three men killed in a raid on Saturday"): the act the sentence reports has the other day
_ASIDE_BEFORE = re.compile(
    r"\b(?:(?:who|that|which|after\s+they|after\s+he|after\s+she)\s+had\s+(?:been\s+)?[a-z]+(?:ed|en|t)\b(?:(?!\b(?:were|was|are|is)\b)[^.;,:]){0,50}"
    r"|\b(?:funerals?|burials?|vigils?|memorial\s+services?|wake)\b[^.;,:]{0,30}?\s(?:on|in|at|this|last))\s*$", re.I)


def is_aside_date(text: str, mention: DateMention) -> bool:
    """Whether ``mention`` dates a backstory clause of its sentence (a pluperfect relative clause, a funeral) rather than
    the act the sentence reports; another day of the same sentence says more."""
    return bool(_ASIDE_BEFORE.search(text, max(0, mention.start - 90), mention.start))


def is_vague_day(mention: DateMention) -> bool:
    """A day told only relative to the report ("overnight", "today"): a named day or date beside it says more."""
    return mention.text.lower().strip() in VAGUE_DAYS


def by_event_evidence(text: str, frames: Iterable[Iterable[DateMention]]) -> list[DateMention]:
    """The date mentions of an incident's frames, best first.

    Those that date the event come before those that date a statement about it, and an act's day before the day a
    lasting state began ("held the hotel since Saturday; soldiers stormed it on Wednesday"); then frame order (the
    lead first); within one frame, a day of the act before a day of a backstory clause (a pluperfect relative clause,
    a funeral), and a named day or date before a vague one ("overnight attack on Wednesday").
    """
    ranked = [(is_statement_date(text, m), is_since_date(text, m), i, is_aside_date(text, m), is_vague_day(m), j, m)
              for i, mentions in enumerate(frames) for j, m in enumerate(mentions)]
    return [r[-1] for r in sorted(ranked, key=lambda r: r[:6])]
