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

from eventcoder.dedup.merge import country_only, kindred_types, report_dated
from eventcoder.dedup.profile import Profile
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

_CAND_COLS = (events.c.id, events.c.event_type, events.c.event_date, events.c.vague, events.c.country,
              events.c.admin1, events.c.location, events.c.latitude, events.c.longitude, events.c.geo_precision, events.c.untimed)
# Rows outside the report's bounding box are dropped in SQL, on index columns, not in Python.
_IN_BOX = or_(events.c.latitude.is_(None), events.c.geo_precision >= 3, and_(
    events.c.latitude.between(bindparam("lat0"), bindparam("lat1")),
    events.c.longitude.between(bindparam("lon0"), bindparam("lon1"))))
_TYPES = events.c.event_type.in_(bindparam("types", expanding=True))
# Each branch is a range scan on a covering index. Two exact dates match only on the same day,
# so most stored events need only be looked up a day either side (branch 1); the wider windows
# are needed only for events with a vague source (branch 2, few) and for vague records (branch 3).
_CAND_DATED = union_all(
    select(*_CAND_COLS).where(_TYPES, events.c.event_date.between(bindparam("lo_day"), bindparam("hi_day")), _IN_BOX),
    select(*_CAND_COLS).where(_TYPES, events.c.vague.is_(True),
                              events.c.event_date.between(bindparam("lo"), bindparam("hi")), _IN_BOX),
    select(*_CAND_COLS).where(_TYPES, events.c.event_date.between(bindparam("lo_vague"), bindparam("hi_vague")),
                              _IN_BOX),
    select(*_CAND_COLS).where(_TYPES, events.c.event_date.is_(None), _IN_BOX),
    # An event holding a report placed in time by nothing, at any date: that report may have joined another
    # incident of the place (years apart) before this one was told; compared, it can move out (writer._rehome).
    select(*_CAND_COLS).where(_TYPES, events.c.untimed == True, _IN_BOX),  # noqa: E712 - "= 1" uses the index
)
_EMPTY = ("9999-12-31", "0000-01-01")  # a date range that holds nothing
_WORLD = {"lat0": -90.0, "lat1": 90.0, "lon0": -180.0, "lon1": 180.0}
_CAND_UNDATED = select(*_CAND_COLS).where(
    events.c.event_type.in_(bindparam("types", expanding=True)),
    # its province or place; or an event of its country with no place below the country (a placeless report stored
    # first, dated or not: it looked up only the events of its date window, which this undated record is not in)
    or_(events.c.admin1 == bindparam("a1"), events.c.location == bindparam("loc"),
        and_(events.c.admin1.is_(None), events.c.country == bindparam("cn"),
             or_(events.c.location.is_(None), events.c.location == events.c.country))),
)

_CAND_UNDATED_COUNTRY = select(*_CAND_COLS).where(
    events.c.event_type.in_(bindparam("types", expanding=True)), events.c.event_date.is_(None),
    events.c.country == bindparam("cn"))
# The newest dated events of a country: for a report with no date and no place that names its target ("the X base"),
# the name can tie it to one of them (an undated wire flash is read soon after the event it tells).
_CAND_NAMED_COUNTRY = select(*_CAND_COLS).where(
    events.c.event_type.in_(bindparam("types", expanding=True)), events.c.event_date.is_not(None),
    events.c.country == bindparam("cn")).order_by(events.c.event_date.desc()).limit(_MAX_CANDIDATES)


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


def _written(prof: Profile | None) -> date | None:
    """The latest full date a report writes (it was written that day or later), for a record with nothing else."""
    try:
        return date.fromisoformat(prof.latest[:10]) if prof is not None and prof.latest else None
    except ValueError:
        return None


def _exact(rec: EventRecord, prof: Profile | None = None) -> bool:
    """A day of its own: not vague, and not only its report's date (the event may be days before the page)."""
    return bool(rec.event_date) and (rec.time_precision or 1) == 1 and not (prof is not None and report_dated(rec, prof))


def _window(rec: EventRecord) -> timedelta:
    # A month-precise record may be dated at the start or end of its month (ACLED does so when
    # the report says so): then the whole month around it.
    return timedelta(days=_MONTH_DAYS if (rec.time_precision or 1) >= 3 else _CANDIDATE_DAYS)


def _params(recs: list[EventRecord], anchors: list[date | None], box: dict[str, float],
            exacts: list[bool]) -> dict[str, Any] | None:
    """The date ranges of the three dated branches for these records (None: no dated record)."""
    day = timedelta(days=1)
    exact = [d for d, x in zip(anchors, exacts, strict=True) if d is not None and x]
    vague = [(d - _window(r), d + _window(r)) for r, d, x in zip(recs, anchors, exacts, strict=True)
             if d is not None and not x]
    spans = [(d - _window(r), d + _window(r)) for r, d in zip(recs, anchors, strict=True) if d is not None]
    if not spans:
        return None
    return {
        "types": sorted({t for r in recs for t in kindred_types(r.event_type)}),
        "lo_day": (min(exact) - day).isoformat() if exact else _EMPTY[0],
        "hi_day": (max(exact) + day).isoformat() if exact else _EMPTY[1],
        "lo": min(lo for lo, _ in spans).isoformat(), "hi": max(hi for _, hi in spans).isoformat(),
        "lo_vague": min(lo for lo, _ in vague).isoformat() if vague else _EMPTY[0],
        "hi_vague": max(hi for _, hi in vague).isoformat() if vague else _EMPTY[1],
        **box,
    }


def _in_window(rec: EventRecord, day: date, row: Any, exact: bool) -> bool:
    if row.event_date is None or row.untimed:
        return True
    gap = abs((date.fromisoformat(row.event_date[:10]) - day).days)
    if exact and not row.vague:
        return gap <= 1
    return gap <= max(_window(rec).days, _MONTH_DAYS if row.vague else _CANDIDATE_DAYS)


def _placeless_undated(conn: Connection, rec: EventRecord, prof: Profile | None) -> list[str]:
    """The candidates of a record with no date, no place below the country and no written date: the undated events
    of its country (both told by nothing else than what they share; any dated event there would fit as well), and,
    when it names its target, the newest dated events of its country too (the name may tie it to one of them,
    whichever report came first)."""
    if not rec.country:
        return []
    params = {"types": list(kindred_types(rec.event_type)), "cn": rec.country}
    mine = list(conn.execute(_CAND_UNDATED_COUNTRY, params))
    if prof is not None and prof.named:
        mine += list(conn.execute(_CAND_NAMED_COUNTRY, params))
    return sorted({r.id for r in mine})[:_MAX_CANDIDATES]


def candidates(conn: Connection, recs: list[EventRecord], published: str | None,
               profiles: list[Profile] | None = None) -> list[list[str]]:
    """The stored events worth comparing with each record (one indexed query for a typical report).

    ``profiles`` (one per record) tell which dates are only the report's date: those are looked up over the
    wider window of a vague date, since the event may be days before the page.
    """
    anchors = [_anchor(r, published) for r in recs]
    exacts = [_exact(r, profiles[i] if profiles else None) for i, r in enumerate(recs)]
    dated = [d for d in anchors if d is not None]
    rows: list[Any] | None = None
    box = _box(recs)
    compact = box is _WORLD or (box["lat1"] - box["lat0"]) * (box["lon1"] - box["lon0"]) <= _MAX_BOX_DEG2
    if dated and compact and max(dated) - min(dated) <= timedelta(days=2 * _MONTH_DAYS):
        # One query for the whole report: its events are usually days and kilometres apart.
        params = _params(recs, anchors, box, exacts)
        rows = list(conn.execute(_CAND_DATED, params)) if params else []
    out: list[list[str]] = []
    for i, (rec, day, exact) in enumerate(zip(recs, anchors, exacts, strict=True)):
        if day is None and country_only(rec):
            day = _written(profiles[i] if profiles else None)
            if day is None:
                # No date and no place below the country: only the undated events of its country can be the same
                # (both told by nothing else than what they share); any dated event there would fit as well.
                out.append(_placeless_undated(conn, rec, profiles[i] if profiles else None))
                continue
            # No date and no place, but the report writes a date ("News Team, 13 April 2017"): it was written
            # then or later, so its event is looked up over a vague date's window around it, in its country.
            params = _params([rec], [day], _WORLD, [False])
            mine = [r for r in conn.execute(_CAND_DATED, params) if _in_window(rec, day, r, False)] if params else []
        elif day is None:
            mine = list(conn.execute(_CAND_UNDATED, {"types": list(kindred_types(rec.event_type)), "a1": rec.admin1,
                                                     "loc": rec.location, "cn": rec.country}))
            if len(mine) > _MAX_CANDIDATES:
                # Every date of its province, and its country's placeless events: when they are more than the
                # candidates kept, its own place's and province's events are kept first.
                # (a record placed only in its province ranks by the province: its location is None, as is that
                # of every placeless event)
                mine = sorted(mine, key=lambda r: (r.admin1 != rec.admin1, r.id) if rec.location is None
                              else (r.location != rec.location, r.admin1 != rec.admin1, r.id))
                mine = mine[:_MAX_CANDIDATES]
        else:
            if rows is None:
                params = _params([rec], [day], _box([rec]), [exact])
                mine = list(conn.execute(_CAND_DATED, params)) if params else []
            else:
                mine = rows
            kin = kindred_types(rec.event_type)
            mine = [r for r in mine if r.event_type in kin and _in_window(rec, day, r, exact)]
        out.append(sorted({r.id for r in mine if _near(rec, r)})[:_MAX_CANDIDATES])
    return out
