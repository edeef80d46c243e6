"""Reading the store: filtered canonical events with their sources, and one event explained."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Engine, Select, func, or_, select

from eventcoder.errors import InputError, StoreError
from eventcoder.model import ACLED_COLUMNS, EXTRA_COLUMNS
from eventcoder.store.db import open_engine, read_connection
from eventcoder.store.schema import documents, event_sources, events
from eventcoder.vocab import EventType, SubEventType

__all__ = ["MAX_FILTER_CHARS", "get_event", "iter_events", "like_pattern", "parse_bbox", "query_events"]

_CHUNK = 500
# A substring filter longer than this is no search (SQLite refuses LIKE patterns over 50,000 bytes).
MAX_FILTER_CHARS = 1000
_MAX_LIMIT = 2**63 - 1  # SQLite's and PostgreSQL's largest integer
_SUPPORTING = ("origin", "merged", "copy", "detached")


def parse_bbox(bbox: str | Sequence[float] | None) -> tuple[float, float, float, float] | None:
    """``"minlon,minlat,maxlon,maxlat"`` (GeoJSON order) or a 4-sequence, validated."""
    if bbox is None or bbox == "":
        return None
    try:
        parts = [float(x) for x in (bbox.split(",") if isinstance(bbox, str) else bbox)]
    except ValueError as exc:
        raise StoreError(f"bbox {bbox!r}: not numbers; give min_lon,min_lat,max_lon,max_lat") from exc
    if len(parts) != 4 or parts[0] > parts[2] or parts[1] > parts[3]:
        raise StoreError(f"bbox {bbox!r}: give min_lon,min_lat,max_lon,max_lat with min <= max")
    return parts[0], parts[1], parts[2], parts[3]


def _vocab(value: str) -> tuple[str, str | None]:
    """Map a user's type to ACLED's spelling, so the indexed equality test can be used."""
    low = value.strip().casefold()
    for et in EventType:
        if et.value.casefold() == low or et.name.casefold() == low.replace(" ", "_"):
            return "event_type", et.value
    for st in SubEventType:
        if st.value.casefold() == low or st.name.casefold() == low.replace(" ", "_"):
            return "sub_event_type", st.value
    return "event_type", None


def like_pattern(value: str, what: str) -> str:
    """A case-folded LIKE pattern matching ``value`` anywhere, its ``%``, ``_`` and ``\\`` taken literally
    (use with ``escape="\\"``); InputError when it is too long to be a search."""
    if len(value) > MAX_FILTER_CHARS:
        raise InputError(f"the {what} filter is {len(value):,} characters long; give at most {MAX_FILTER_CHARS:,}")
    escaped = value.casefold().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _filtered(*, since: str | None = None, until: str | None = None, country: str | None = None,
              admin1: str | None = None, type: str | None = None, actor: str | None = None,  # noqa: A002 - CLI name
              bbox: str | Sequence[float] | None = None, text: str | None = None) -> Select[Any]:
    cond = []
    if since:
        cond.append(events.c.event_date >= str(since)[:10])
    if until:
        cond.append(events.c.event_date <= str(until)[:10])
    if country:
        cond.append(func.lower(events.c.country) == country.casefold())
    if admin1:
        cond.append(func.lower(events.c.admin1) == admin1.casefold())
    if type:
        col, value = _vocab(type)
        if value is None:
            low = type.casefold()
            cond.append(or_(func.lower(events.c.event_type) == low, func.lower(events.c.sub_event_type) == low))
        else:
            cond.append(events.c[col] == value)
    if actor:
        pat = like_pattern(actor, "actor")
        cond.append(or_(*(func.lower(events.c[c]).like(pat, escape="\\")
                          for c in ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2"))))
    box = parse_bbox(bbox)
    if box:
        cond += [events.c.longitude >= box[0], events.c.latitude >= box[1],
                 events.c.longitude <= box[2], events.c.latitude <= box[3]]
    if text:
        pat = like_pattern(text, "text")
        cond.append(or_(*(func.lower(events.c[c]).like(pat, escape="\\") for c in (
            "notes", "location", "actor1", "actor2", "admin1", "admin2", "sub_event_type", "source"))))
    return select(events).where(*cond).order_by(events.c.event_date.desc(), events.c.id)


def _row_dict(row: Any) -> dict[str, Any]:
    m = row._mapping
    data: dict[str, Any] = {"id": m["id"]}
    for col in (*ACLED_COLUMNS, *EXTRA_COLUMNS):
        data[col] = m[col]
    data["n_sources"] = m["n_sources"]
    return data


def _sources_of(conn: Any, ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {i: [] for i in ids}
    for start in range(0, len(ids), _CHUNK):
        rows = conn.execute(
            select(event_sources.c.event_id, event_sources.c.document_id, event_sources.c.record_index,
                   event_sources.c.role, event_sources.c.fatalities, event_sources.c.injuries,
                   event_sources.c.event_date, documents.c.title, documents.c.source, documents.c.url,
                   documents.c.published)
            .join(documents, documents.c.id == event_sources.c.document_id)
            .where(event_sources.c.event_id.in_(ids[start : start + _CHUNK]),
                   event_sources.c.role.in_(_SUPPORTING))
            .order_by(event_sources.c.document_id, event_sources.c.record_index)
        ).all()
        for r in rows:
            out[r.event_id].append({
                "document_id": r.document_id, "record_index": r.record_index, "role": r.role,
                "title": r.title, "source": r.source, "url": r.url, "published": r.published,
                "event_date": r.event_date, "fatalities": r.fatalities, "injuries": r.injuries,
            })
    return out


def iter_events(engine: Engine, *, limit: int | None = None, with_sources: bool = True,
                **filters: Any) -> Iterator[dict[str, Any]]:
    """Stream the matching canonical events (in chunks, for exports of any size)."""
    stmt = _filtered(**filters)
    if limit is not None:
        if not 1 <= limit <= _MAX_LIMIT:
            raise InputError(f"limit {limit} is out of range; give a number from 1 to {_MAX_LIMIT}")
        stmt = stmt.limit(limit)
    with read_connection(engine) as conn:
        result = conn.execution_options(yield_per=_CHUNK).execute(stmt)
        for chunk in result.partitions():
            rows = [_row_dict(r) for r in chunk]
            srcs = _sources_of(conn, [r["id"] for r in rows]) if with_sources else {}
            for r in rows:
                if with_sources:
                    r["sources"] = srcs.get(r["id"], [])
                yield r


def query_events(db: str | None = None, *, since: str | None = None, until: str | None = None,
                 country: str | None = None, admin1: str | None = None, type: str | None = None,  # noqa: A002
                 actor: str | None = None, bbox: str | Sequence[float] | None = None, text: str | None = None,
                 limit: int | None = None, engine: Engine | None = None) -> list[dict[str, Any]]:
    """The canonical events matching every given filter, newest first, as dicts with ACLED field names plus ``sources``."""
    own = engine is None
    eng = engine or open_engine(db, readonly=True)
    try:
        return list(iter_events(eng, limit=limit, since=since, until=until, country=country, admin1=admin1,
                                type=type, actor=actor, bbox=bbox, text=text))
    finally:
        if own:
            eng.dispose()


def get_event(event_id: str, db: str | None = None, *, engine: Engine | None = None) -> dict[str, Any]:
    """One event by id or event_id_cnty, with every source's record, evidence and why it was merged."""
    own = engine is None
    eng = engine or open_engine(db, readonly=True)
    try:
        with read_connection(eng) as conn:
            row = conn.execute(select(events).where(
                or_(events.c.id == event_id, events.c.event_id_cnty == event_id))).first()
            if row is None:
                raise StoreError(f"no event {event_id!r} in the store; list them with `eventcoder events`")
            data = _row_dict(row)
            data["merge_info"] = json.loads(row.merge_info) if row.merge_info else {}
            data["created_at"], data["updated_at"] = row.created_at, row.updated_at
            rows = conn.execute(
                select(event_sources, documents.c.title, documents.c.source, documents.c.url,
                       documents.c.published, documents.c.status, documents.c.similarity)
                .join(documents, documents.c.id == event_sources.c.document_id)
                .where(event_sources.c.event_id == row.id)
                .order_by(event_sources.c.added_at, event_sources.c.document_id, event_sources.c.record_index)
            ).all()
            data["sources"] = [{
                "document_id": r.document_id, "record_index": r.record_index, "role": r.role,
                "document_status": r.status, "similarity": r.similarity, "title": r.title, "source": r.source,
                "url": r.url, "published": r.published, "added_at": r.added_at,
                "reason": json.loads(r.reason) if r.reason else None, "record": json.loads(r.record),
            } for r in rows]
            return data
    finally:
        if own:
            eng.dispose()
