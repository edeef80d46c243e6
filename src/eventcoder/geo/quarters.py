"""A quarter of a city that the index lacks, coded to its city (ACLED codes a neighbourhood to its city).

"in the Y area of X", "X's Y neighbourhood", "Y district, X": when Y does not resolve and X is a city of the index,
the event's place is X at geo_precision 2 (a part of X), not no place at all. With no city written beside it, a
quarter word ("the Y neighbourhood", "Y suburb") in a report filed from one city (its dateline) is a quarter of
that city. Never across a border: the city must be in the report's country when one is known.

"X - Y", "X/Y" (a city and one of its parts or suburbs, as place strings write them: "New York - Manhattan") is one
place, the part: both names resolve to it, so an incident told there is one event, not one per name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from eventcoder.geo.distance import km_between
from eventcoder.geo.normalize import fold
from eventcoder.model import Place

__all__ = ["METRO_KM", "PART_KM", "one_place_per_pair", "quarters_to_cities"]

# Words after a name that make it a part of a town. "district" only when a city is written beside it: a district
# alone is an administrative unit larger than a town in many countries.
_QUARTER = r"(?:area|neighbou?rhoods?|quarters?|suburbs?|locality|estate|sector|ward|district|township|colonia|barrio)"
_LONE_QUARTER = re.compile(r"\s+(?:area|neighbou?rhood|quarter|suburb|locality|estate|colonia|barrio)\b",
                           re.IGNORECASE)
# Y, then the gap to X: "Y area of X", "Y neighbourhood in X", "Y district, X", "Y suburb of the city of X"
_QUARTER_OF = re.compile(rf"^\s+{_QUARTER}\s*(?:,\s*|\s+(?:of|in)\s+)(?:the\s+)?(?:(?:city|town|capital)\s+(?:of\s+)?)?$",
                         re.IGNORECASE)
# X, then the gap to Y: "X's Y area"
_OWNER = re.compile(r"^(?:'s|\u2019s)\s+(?:the\s+)?$")
_OWNER_AFTER = re.compile(rf"\s+{_QUARTER}\b", re.IGNORECASE)


def _as_city(quarter: Place, city: Place) -> Place:
    return replace(city, surface=quarter.surface, start=quarter.start, end=quarter.end, resolved=True,
                   geo_precision=2)


def _is_city(p: Place | None, country: str | None) -> bool:
    return (p is not None and p.resolved and p.feature == "city" and bool(p.country_code)
            and (country is None or p.country_code == country))


def quarters_to_cities(text: str, places: Sequence[Place], *, dateline: tuple[int, int] | None = None,
                       country: str | None = None) -> list[Place]:
    """``places`` (sorted by offset) with each unresolved quarter of a city coded to that city at geo_precision 2,
    and the city written as its container at geo_precision 2 too (the event is in a part of it).

    ``dateline``: the span of the report's dateline; its city holds a lone quarter ("the Y neighbourhood") of a
    report of ``country``.
    """
    out = list(places)
    filed = next((p for p in out if dateline and dateline[0] <= p.start < dateline[1] and _is_city(p, country)), None)
    for i, p in enumerate(out):
        if p.resolved:
            city = _far_homonym_of_quarter(text, out, i, country)
            if city is not None:
                out[i] = _as_city(p, city)
            continue
        after = out[i + 1] if i + 1 < len(out) else None
        before = out[i - 1] if i > 0 else None
        if after is not None and _is_city(after, country) and _QUARTER_OF.match(text[p.end : after.start]):
            out[i] = _as_city(p, after)
            out[i + 1] = replace(after, geo_precision=2)
        elif (before is not None and _is_city(before, country) and _OWNER.match(text[before.end : p.start])
              and _OWNER_AFTER.match(text, p.end)):
            out[i] = _as_city(p, before)
            out[i - 1] = replace(before, geo_precision=2)
        elif filed is not None and p.start >= dateline[1] and _LONE_QUARTER.match(text, p.end):  # type: ignore[index]
            out[i] = _as_city(p, filed)
    return out


# A name written as a part of a city ("the Y neighbourhood" after "in X", "Y in X", "the Y area of X") that resolved to
# a town this far from that city is a namesake elsewhere: the quarter the index lacks is coded to the city.
FAR_KM = 50.0
_IN_CITY = re.compile(r"^\s+((?:area|neighbou?rhoods?|quarters?|suburbs?|locality|estate|colonia|barrio)\s+)?(?:in|of)\s+"
                      r"(?:the\s+)?((?:city|town|capital)\s+(?:of\s+)?)?$", re.IGNORECASE)
_TOWN_AFTER = re.compile(r"\s+(?:city|town)\b", re.IGNORECASE)
_QUARTER_BEFORE = re.compile(r"\b(?:neighbou?rhood|quarter|suburb|barrio|colonia)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# "the Y neighbourhood of X", "the Y and Z quarters of X", "Y district of X": named parts written before the unit
# word, so X after "of" is the city that holds them, not a part of another city
_NAMED_PARTS_OF = re.compile(r"[A-Z\u00c0-\u00de][\w'\u2019-]*\s+(?i:neighbou?rhoods?|quarters?|districts?|suburbs?|"
                             r"areas?)\s+of\s+(?:the\s+)?(?:(?i:city|town)\s+of\s+)?$")
# "Y in X State": X names a province or district (read as its seat town), which may well hold a town Y far from the
# seat: only a Y of another province is a namesake there
_UNIT_AFTER = re.compile(r"\s+(?:state|province|region|governorate|district|county|oblast|department|division|"
                         r"prefecture|municipality|LGA)\b", re.IGNORECASE)


def _names_its_province(city: Place) -> bool:
    """Whether the city bears its province's name ("Homs" of Homs governorate): "Y in X" may then name the province
    (a Y of that province far from its seat is no quarter of the city), unless a quarter word or "the city of" says
    otherwise."""
    return bool(city.admin1) and fold(city.surface) == fold(city.admin1 or "")


# "Colonia X", "colonia X", "barrio X": Mexican and Latin American quarters of a city, named after far towns and
# saints ("Colonia Irapuato" of Celaya); the word itself resolved as a town (an alias "Colonia") is no town either
_COLONIA = re.compile(r"(?i:colonias?|barrios?)$")
_COLONIA_BEFORE = re.compile(r"\b(?i:colonias?|barrios?)\s+$")
_NAME_AFTER = re.compile(r" [A-Z\u00c0-\u00de]")  # "Colonia Irapuato" (not "Colonia, Uruguay")


def _colonia_city(text: str, places: Sequence[Place], i: int, country: str | None) -> Place | None:
    """The city of the sentence that a colonia ``places[i]`` is a quarter of: the nearest city before it in the
    sentence, else the nearest after it ("in Colonia X of Y"); None when the sentence names none."""
    p = places[i]
    if not ((_COLONIA.fullmatch(p.surface) and _NAME_AFTER.match(text, p.end))
            or _COLONIA_BEFORE.search(text, max(0, p.start - 12), p.start)):
        return None
    begin = max((m.end() for m in _SENTENCE_END.finditer(text, 0, p.start)), default=0)
    end = next((m.start() for m in _SENTENCE_END.finditer(text, p.end)), len(text))
    before = [q for q in places[:i] if q.start >= begin and _is_city(q, country) and q.geonameid != p.geonameid]
    after = [q for q in places[i + 1 :] if q.end <= end and _is_city(q, country) and q.geonameid != p.geonameid]
    return before[-1] if before else (after[0] if after else None)


# a sentence's end: not an abbreviation's point ("Kindergarten no. 80", "St. Mary"), nor one before a lower-case word
_SENTENCE_END = re.compile(r"(?<!\b[Nn]o)(?<!\bNr)(?<!\bSt)(?<!\bMr)(?<!\bDr)(?<!\bMt)[.!?]"
                           r"(?:\s+(?=[A-Z\"\u201c'(\u00c0-\u00de])|$)")


def _far_homonym_of_quarter(text: str, places: Sequence[Place], i: int, country: str | None) -> Place | None:
    """The city that ``places[i]``, a resolved town, is written as a part of, when the town lies farther than
    ``FAR_KM`` from it: "a park in Y in X", "the Y area of X", "in X, ... the Y neighbourhood" (the city written
    before it in the sentence). None when the text writes no such city, or the town is near it."""
    p = places[i]
    if p.feature not in (*_TOWNS, "admin2") or p.latitude is None:
        return None
    colonia = _colonia_city(text, places, i, country)
    if colonia is not None:
        km = km_between(p, colonia)
        return colonia if km is not None and km > FAR_KM else None
    after = places[i + 1] if i + 1 < len(places) else None
    gap = _IN_CITY.match(text[p.end : after.start]) if after is not None else None
    if (after is not None and gap is not None and _is_city(after, country)
            and not ((_UNIT_AFTER.match(text, after.end) or (_names_its_province(after) and not any(gap.groups())))
                     and p.admin1 == after.admin1)):
        city: Place | None = after
    elif _TOWN_AFTER.match(text, p.end) or _NAMED_PARTS_OF.search(text, max(0, p.start - 60), p.start):
        return None  # "the Y neighbourhood of X (city)": X is told as the town that holds the quarter, not a quarter
    elif _LONE_QUARTER.match(text, p.end) or _QUARTER_BEFORE.search(text, max(0, p.start - 30), p.start):
        begin = max((m.end() for m in _SENTENCE_END.finditer(text, 0, p.start)), default=0)
        city = next((q for q in reversed(places[:i]) if q.start >= begin and _is_city(q, country)
                     and q.geonameid != p.geonameid), None)
    else:
        return None
    if city is None or city.geonameid == p.geonameid:
        return None
    km = km_between(p, city)
    return city if km is not None and km > FAR_KM else None


# Two places within this many km of each other, joined by a spaced dash or a slash, are a city and its part.
PART_KM = 15.0
# "X - Y", "X / Y", "X/Y" (never an unspaced hyphen: "Port-au-Prince", "Kabul-Kandahar road" name other things)
_PART_GLUE = re.compile(r"\s+(?:-|\u2013|\u2014)\s+|\s*/\s*")
_TOWNS = ("city", "user", "camp")  # towns of the index (not units or countries)


# ... or within this many km when the larger is a city of ``METRO_PEOPLE`` or more: its parts and suburbs spread
# farther from its centre ("Johannesburg - Diepsloot", "Los Angeles - San Fernando Valley")
METRO_KM = 40.0
METRO_PEOPLE = 1_000_000


def _city_and_part(a: Place, b: Place) -> bool:
    if not (a.resolved and b.resolved and a.geonameid != b.geonameid and a.country_code == b.country_code
            and a.feature in _TOWNS and b.feature in _TOWNS):
        return False
    km = km_between(a, b)
    metro = max(a.population or 0, b.population or 0) >= METRO_PEOPLE
    return km is not None and km <= (METRO_KM if metro else PART_KM)


def one_place_per_pair(text: str, places: Sequence[Place]) -> list[Place]:
    """"X - Y", "X/Y" naming a city and its part (towns of one country within ``PART_KM``): one place, the part
    (the smaller of the two), which both mentions resolve to. ``places`` sorted by offset."""
    out = list(places)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if not _PART_GLUE.fullmatch(text, a.end, b.start) or not _city_and_part(a, b):
            continue
        part, whole = (a, i + 1) if (a.population or 0) < (b.population or 0) else (b, i)
        out[whole] = replace(part, surface=out[whole].surface, start=out[whole].start, end=out[whole].end)
    return out
