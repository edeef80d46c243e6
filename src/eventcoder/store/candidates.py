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

# A month-precise date is usually the middle of its month, so every date of that month is within
# 16 days (MergeRules.month_days); a day more for safety.
_CANDIDATE_DAYS = 17
_MONTH_DAYS = 31
_CANDIDATE_KM = 120.0  # wider than MergeRules.max_km_region
_MAX_CANDIDATES = 500
# Above this box (square degrees, about 4 single-record boxes) a report's records are looked up one by one.
_MAX_BOX_DEG2 = 4 * (2 * _CANDIDATE_KM / 111.0) ** 2

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


def _window(rec: EventRecord) -> timedelta:
    # A month-precise record may be dated at the start or end of its month (ACLED does so when
    # the report says so): then the whole month around it.
    return timedelta(days=_MONTH_DAYS if (rec.time_precision or 1) >= 3 else _CANDIDATE_DAYS)


def candidates(conn: Connection, recs: list[EventRecord], published: str | None) -> list[list[str]]:
    """The stored events worth comparing with each record (one indexed query for a typical report)."""
    anchors = [_anchor(r, published) for r in recs]
    spans = [(d - _window(r), d + _window(r)) for r, d in zip(recs, anchors, strict=True) if d is not None]
    rows: list[Any] | None = None
    box = _box(recs)
    compact = box is _WORLD or (box["lat1"] - box["lat0"]) * (box["lon1"] - box["lon0"]) <= _MAX_BOX_DEG2
    if spans and compact and max(hi for _, hi in spans) - min(lo for lo, _ in spans) <= timedelta(days=4 * _MONTH_DAYS):
        # One query for the whole report: its events are usually days and kilometres apart.
        rows = list(conn.execute(_CAND_DATED, {"types": sorted({r.event_type or "" for r in recs}),
                                               "lo": min(lo for lo, _ in spans).isoformat(),
                                               "hi": max(hi for _, hi in spans).isoformat(), **box}))
    out: list[list[str]] = []
    for rec, day in zip(recs, anchors, strict=True):
        if day is None:
            if not (rec.admin1 or rec.location):
                out.append([])  # no date and no place: nothing to compare with, it stays its own event
                continue
            mine = list(conn.execute(_CAND_UNDATED, {"t": rec.event_type, "a1": rec.admin1, "loc": rec.location}))
        else:
            lo, hi = (day - _window(rec)).isoformat(), (day + _window(rec)).isoformat()
            if rows is None:
                mine = list(conn.execute(_CAND_DATED, {"types": [rec.event_type or ""], "lo": lo, "hi": hi,
                                                       **_box([rec])}))
            else:
                mine = rows
            mine = [r for r in mine if r.event_type == rec.event_type and (r.event_date is None or lo <= r.event_date <= hi)]
        out.append(sorted({r.id for r in mine if _near(rec, r)})[:_MAX_CANDIDATES])
    return out
