"""Which stored events a report's records are compared with: an indexed lookup, then a cheap pre-filter.

Only events of the same type within a month of the record's date (or the report's date) and
within a box wider than any merge distance can match, so matching costs the same in a store
of a thousand or a million events.
"""

from __future__ import annotations

import math
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, and_, bindparam, or_, select, union_all

from eventcoder.model import EventRecord
from eventcoder.store.schema import events

__all__ = ["candidates"]

_CANDIDATE_DAYS = 31  # a month-precise date is the middle of its month
_CANDIDATE_KM = 120.0  # wider than MergeRules.max_km_region
_MAX_CANDIDATES = 500

_CAND_COLS = (events.c.id, events.c.event_type, events.c.event_date, events.c.country, events.c.admin1,
              events.c.location, events.c.latitude, events.c.longitude, events.c.geo_precision)
# Each branch is an indexed range or equality scan on (event_type, event_date): the lookup
# stays fast however many events the store holds.
# Rows outside the report's bounding box are dropped in SQL (cheap) rather than in Python.
_IN_BOX = or_(events.c.latitude.is_(None), events.c.geo_precision >= 3, and_(
    events.c.latitude.between(bindparam("lat0"), bindparam("lat1")),
    events.c.longitude.between(bindparam("lon0"), bindparam("lon1"))))
_CAND_DATED = union_all(
    select(*_CAND_COLS).where(events.c.event_type.in_(bindparam("types", expanding=True)),
                              events.c.event_date.between(bindparam("lo"), bindparam("hi")), _IN_BOX),
    select(*_CAND_COLS).where(events.c.event_type.in_(bindparam("types", expanding=True)),
                              events.c.event_date.is_(None), _IN_BOX),
)
_WORLD = {"lat0": -90.0, "lat1": 90.0, "lon0": -180.0, "lon1": 180.0}
_CAND_UNDATED = select(*_CAND_COLS).where(
    events.c.event_type == bindparam("t"),
    or_(events.c.admin1 == bindparam("a1"), events.c.location == bindparam("loc")),
)


def _near(rec: EventRecord, row: Any) -> bool:
    """Whether a stored event is close enough to ``rec`` to be worth comparing (a cheap pre-filter)."""
    if rec.country and row.country and rec.country != row.country:
        return False
    if rec.latitude is not None and rec.longitude is not None and (rec.geo_precision or 1) < 3:
        if row.latitude is None:
            return True
        if (row.geo_precision or 1) >= 3:
            # Province-precise events sit at the provincial capital, maybe far away.
            return bool(not (rec.admin1 and row.admin1) or rec.admin1 == row.admin1)
        # A box wider than any merge distance (MergeRules.max_km_region).
        dlat = _CANDIDATE_KM / 111.0
        dlon = dlat / max(0.1, math.cos(math.radians(rec.latitude)))
        return bool(abs(row.latitude - rec.latitude) <= dlat and abs(row.longitude - rec.longitude) <= dlon)
    if rec.admin1 and row.admin1:
        return bool(rec.admin1 == row.admin1)
    return True


def _box(recs: list[EventRecord]) -> dict[str, float]:
    """The bounding box of the records' candidate boxes (the world when one has no usable point)."""
    lat0 = lon0 = 999.0
    lat1 = lon1 = -999.0
    for rec in recs:
        if rec.latitude is None or rec.longitude is None or (rec.geo_precision or 1) >= 3:
            return _WORLD
        dlat = _CANDIDATE_KM / 111.0
        dlon = dlat / max(0.1, math.cos(math.radians(rec.latitude)))
        lat0, lat1 = min(lat0, rec.latitude - dlat), max(lat1, rec.latitude + dlat)
        lon0, lon1 = min(lon0, rec.longitude - dlon), max(lon1, rec.longitude + dlon)
    if lon0 < -180 or lon1 > 180:
        return _WORLD  # across the antimeridian: no box rather than a wrong one
    return {"lat0": lat0, "lat1": lat1, "lon0": lon0, "lon1": lon1}


def _anchor(rec: EventRecord, published: str | None) -> date | None:
    value = rec.event_date or published
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def candidates(conn: Connection, recs: list[EventRecord], published: str | None) -> list[list[str]]:
    """The stored events worth comparing with each record (one indexed query for a typical report)."""
    window = timedelta(days=_CANDIDATE_DAYS)
    anchors = [_anchor(r, published) for r in recs]
    dated = [d for d in anchors if d is not None]
    rows: list[Any] = []
    if dated and max(dated) - min(dated) <= 2 * window:
        # One query for the whole report: its events are usually days apart.
        rows = list(conn.execute(_CAND_DATED, {"types": sorted({r.event_type or "" for r in recs}),
                                               "lo": (min(dated) - window).isoformat(),
                                               "hi": (max(dated) + window).isoformat(), **_box(recs)}))
    out: list[list[str]] = []
    for rec, day in zip(recs, anchors, strict=True):
        if day is None:
            if not (rec.admin1 or rec.location):
                out.append([])  # no date and no place: nothing to compare with, it stays its own event
                continue
            mine = list(conn.execute(_CAND_UNDATED, {"t": rec.event_type, "a1": rec.admin1, "loc": rec.location}))
        elif rows or (dated and max(dated) - min(dated) <= 2 * window):
            lo, hi = (day - window).isoformat(), (day + window).isoformat()
            mine = [r for r in rows if r.event_type == rec.event_type and (r.event_date is None or lo <= r.event_date <= hi)]
        else:
            mine = list(conn.execute(_CAND_DATED, {"types": [rec.event_type or ""], "lo": (day - window).isoformat(),
                                                   "hi": (day + window).isoformat(), **_box([rec])}))
        out.append(sorted({r.id for r in mine if _near(rec, r)})[:_MAX_CANDIDATES])
    return out
