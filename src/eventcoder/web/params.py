"""Query parameters shared by the read endpoints: the filters of ``eventcoder events``, checked up front.

Every check runs before a response starts streaming, so a bad value is a 400 with the
command line's message, never a broken 200.
"""

from __future__ import annotations

import math
from datetime import date
from typing import Annotated, Any

from fastapi import Query

from eventcoder.errors import StoreError
from eventcoder.store.query import parse_bbox
from eventcoder.web.problems import Problem

__all__ = ["BBOX", "check_bbox", "filters"]

# Documented in the OpenAPI spec (clients and schemathesis generate from them) but checked here, so
# that a wrong value gets the command line's message rather than a regular-expression error.
_DATE = {"format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
_NUM = r"-?\d{1,3}(\.\d+)?"
BBOX = {"pattern": rf"^{_NUM},{_NUM},{_NUM},{_NUM}$"}


def _iso_date(name: str, value: str | None) -> str | None:
    if value is None or value == "":
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise Problem(400, f"{name} {value!r} is not a date; write YYYY-MM-DD, e.g. 2024-03-01") from None


def check_bbox(value: str | None, *, clamp: bool = False) -> tuple[float, float, float, float] | None:
    """A bbox parsed as the CLI parses it, with finite numbers; ``clamp`` fits it to the globe (map views)."""
    try:
        box = parse_bbox(value)
    except StoreError as exc:
        raise Problem(400, str(exc)) from None
    if box is None:
        return None
    if not all(math.isfinite(v) for v in box):
        raise Problem(400, f"bbox {value!r}: give finite numbers min_lon,min_lat,max_lon,max_lat")
    if clamp:
        w, s, e, n = box
        return max(w, -180.0), max(s, -90.0), min(e, 180.0), min(n, 90.0)
    return box


def filters(
    since: Annotated[str | None, Query(description="Events on or after this date (YYYY-MM-DD).",
                                       examples=["2024-03-01"], json_schema_extra=_DATE)] = None,
    until: Annotated[str | None, Query(description="Events on or before this date (YYYY-MM-DD).",
                                       examples=["2024-03-31"], json_schema_extra=_DATE)] = None,
    country: Annotated[str | None, Query(description="Country name as ACLED spells it (any case).",
                                         max_length=200)] = None,
    admin1: Annotated[str | None, Query(description="First-level region: province, state (any case).",
                                        max_length=200)] = None,
    type: Annotated[str | None, Query(description="Event type or sub-event type (any case).",  # noqa: A002
                                      max_length=200)] = None,
    actor: Annotated[str | None, Query(description="Part of an actor's name (actor1, actor2 or associated).",
                                       max_length=200)] = None,
    bbox: Annotated[str | None, Query(description="Bounding box min_lon,min_lat,max_lon,max_lat.",
                                      examples=["12,10,15,13"], max_length=200,
                                      json_schema_extra=BBOX)] = None,
    text: Annotated[str | None, Query(description="Part of the notes, location, actors or sources.",
                                      max_length=200)] = None,
    min_fatalities: Annotated[int | None, Query(description="Events with at least this many fatalities.",
                                                ge=0, le=10_000_000)] = None,
) -> dict[str, Any]:
    """The filters of ``eventcoder events`` as keywords of the query functions."""
    for name, value in (("country", country), ("admin1", admin1), ("type", type), ("actor", actor),
                        ("text", text)):
        if value and any(ord(c) < 32 for c in value):
            raise Problem(400, f"{name} {value[:60]!r}: control characters are not allowed in a filter")
    box = check_bbox(bbox)
    return {"since": _iso_date("since", since), "until": _iso_date("until", until), "country": country or None,
            "admin1": admin1 or None, "type": type or None, "actor": actor or None, "bbox": box,
            "text": text or None, "min_fatalities": min_fatalities}
