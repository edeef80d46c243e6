"""A quarter of a city that the index lacks, coded to its city (ACLED codes a neighbourhood to its city).

"in the Y area of X", "X's Y neighbourhood", "Y district, X": when Y does not resolve and X is a city of the index,
the event's place is X at geo_precision 2 (a part of X), not no place at all. With no city written beside it, a
quarter word ("the Y neighbourhood", "Y suburb") in a report filed from one city (its dateline) is a quarter of
that city. Never across a border: the city must be in the report's country when one is known.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from eventcoder.model import Place

__all__ = ["quarters_to_cities"]

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
