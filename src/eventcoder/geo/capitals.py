"""A province's capital told by the province's name: "X's state capital", "the capital of the state of X".

A report often names the town where its events happened only as the seat of its province ("gunfire filled Lakeland's
state capital", "fighting in the provincial capital of Lakeland"). The words name the town, not the province: ACLED
codes such an event to the town (geo_precision 1), not to the province (3). :func:`capital_phrases` finds the phrases;
the geocoder (``Geocoder._province_capitals``) resolves each to the province's main town, the town at the province's
point (the index places a province at its capital).

When the phrase glosses a town written just before it ("Riverton, the capital of Lakeland"), it names that town, as
the text tells (``glosses``); not when it introduces the town's own name ("Lakeland's state capital, Riverton": the
name written after it is the place, and the province's name stays a province).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from eventcoder.model import Place

__all__ = ["CapitalPhrase", "capital_phrases"]

_SEAT_WORDS = r"(?:state|provincial|regional|departmental|district)"
_UNIT_WORDS = r"(?:state|province|region|governorate|department|oblast|prefecture|territory)"
# "X's capital", "X's state capital", "the X state capital", "X State capital" (the unit word in the name)
# (not capital as money or as a penalty: "Lakeland's capital spending", "the state's capital punishment law")
_NOT_A_TOWN = (r"punishment|gains?|markets?|flights?|investments?|expenditures?|spending|budgets?|projects?|works|"
               r"costs?|goods|stock|injections?|accounts?|ratios?|requirements?|letters?|offen[cs]es?|crimes?|cases?|"
               r"charges?|sentences?|murders?|outlays?|funds?|funding|assets?|base|controls?")
_AFTER = re.compile(rf"(?P<own>'s|\u2019s)?\s+(?P<seat>{_SEAT_WORDS}\s+)?capital\b(?!\s+(?:{_NOT_A_TOWN})\b)"
                    r"(?:\s+city\b)?", re.IGNORECASE)
# "the capital of X", "the state capital of X", "the capital of the (northern) state of X", "capital of Mexico's X"
_BEFORE = re.compile(
    rf"\b(?:{_SEAT_WORDS}\s+)?capital\s+(?:city\s+)?of\s+(?:the\s+)?(?:[A-Z][\w-]*(?:'s|\u2019s)\s+)?"
    rf"(?:(?:[\w-]+\s+){{0,2}}?{_UNIT_WORDS}\s+of\s+(?:the\s+)?)?$", re.IGNORECASE)
# What may stand between a town and a phrase that glosses it ("Riverton, the capital ...", "Riverton, Lakeland's ...")
_GLOSS_BEFORE = re.compile(r",\s*$")
_ARTICLE_BEFORE = re.compile(r"\b(?:the|its)\s+$", re.IGNORECASE)
_THE_BEFORE = re.compile(r"(?:\b(?:the|a|its)\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
# Between the phrase and the town's own name written after it ("..., Riverton", "... Riverton")
_NAME_AFTER = re.compile(r",?\s+(?:city\s+of\s+)?")
_UNIT_NAME_END = re.compile(rf"\b{_UNIT_WORDS}$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class CapitalPhrase:
    """A phrase naming the capital of the province ``places[index]``, at ``start``..``end`` of the text; ``glosses``
    is the index of the town written just before it that it glosses, when there is one."""

    index: int
    start: int
    end: int
    glosses: int | None = None


def _phrase(text: str, p: Place) -> tuple[int, int] | None:
    """The span of a capital phrase around the province mention ``p``, or None."""
    after = _AFTER.match(text, p.end)
    if after is not None and (after.group("own") or after.group("seat") or _UNIT_NAME_END.search(p.surface)):
        return p.start, after.end()
    before = _BEFORE.search(text, max(0, p.start - 80), p.start)
    if before is not None:
        return before.start(), p.end
    return None


def capital_phrases(text: str, places: Sequence[Place]) -> list[CapitalPhrase]:
    """The phrases that name a province's capital by the province's name (resolved first-level units only), unless the
    town's own name follows them."""
    starts = {q.start for q in places if q.resolved}
    towns = {q.end: i for i, q in enumerate(places) if q.resolved and q.feature not in ("admin1", "region", "country")}
    found = []
    for i, p in enumerate(places):
        if not p.resolved or p.feature != "admin1":
            continue
        span = _phrase(text, p)
        if span is None:
            continue
        after = _NAME_AFTER.match(text, span[1])
        if after is not None and after.end() in starts:
            continue  # "Lakeland's state capital, Riverton": the name that follows is the place
        article = _ARTICLE_BEFORE.search(text, max(0, span[0] - 6), span[0])
        start = article.start() if article is not None else span[0]  # "the capital of Y" as a whole
        lead = _THE_BEFORE.search(text, max(0, span[0] - 30), span[0])
        opens = lead.start() if lead is not None else span[0]
        gloss = _GLOSS_BEFORE.search(text, max(0, opens - 4), opens)
        found.append(CapitalPhrase(i, start, span[1], glosses=towns.get(gloss.start()) if gloss is not None else None))
    return found
