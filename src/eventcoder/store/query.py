"""Reading the store: filtered canonical events with their sources, and one event explained."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Engine, Select, func, or_, select, true

from eventcoder.errors import InputError, StoreError
from eventcoder.model import ACLED_COLUMNS, EXTRA_COLUMNS
from eventcoder.store.db import open_engine, read_connection
from eventcoder.store.schema import documents, event_sources, events
from eventcoder.vocab import EventType, SubEventType

__all__ = ["MAX_FILTER_CHARS", "decode_cursor", "encode_cursor", "event_grid", "event_points", "event_stats",
           "event_type_filter", "explain_event", "get_document", "get_event", "iter_events", "iter_page", "like_pattern", "open_reader", "parse_bbox",
           "query_events"]

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


def event_type_filter(value: str) -> tuple[str, str]:
    """The column (``event_type`` or ``sub_event_type``) and ACLED's spelling of a user's type, any case;
    InputError naming the value, with the nearest types, when it is neither (a typo matched nothing, silently)."""
    low = value.strip().casefold()
    for et in EventType:
        if et.value.casefold() == low or et.name.casefold() == low.replace(" ", "_"):
            return "event_type", et.value
    for st in SubEventType:
        if st.value.casefold() == low or st.name.casefold() == low.replace(" ", "_"):
            return "sub_event_type", st.value
    import difflib

    names = [t.value for t in (*EventType, *SubEventType)]
    near = difflib.get_close_matches(value.strip(), names, n=3, cutoff=0.5) or difflib.get_close_matches(
        value.strip().capitalize(), names, n=3, cutoff=0.5)
    hint = f"did you mean {' or '.join(repr(n) for n in near)}? " if near else ""
    raise InputError(f"type {value[:100]!r} is not an ACLED event type or sub-event type; {hint}the event types are "
                     f"{', '.join(t.value for t in EventType)}")


def like_pattern(value: str, what: str) -> str:
    """A case-folded LIKE pattern matching ``value`` anywhere, its ``%``, ``_`` and ``\\`` taken literally
    (use with ``escape="\\"``); InputError when it is too long to be a search."""
    if len(value) > MAX_FILTER_CHARS:
        raise InputError(f"the {what} filter is {len(value):,} characters long; give at most {MAX_FILTER_CHARS:,}")
    escaped = value.casefold().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _filtered(*, since: str | None = None, until: str | None = None, country: str | None = None,
              admin1: str | None = None, type: str | None = None, actor: str | None = None,  # noqa: A002 - CLI name
              bbox: str | Sequence[float] | None = None, text: str | None = None,
              min_fatalities: int | None = None) -> Select[Any]:
    cond = []
    if min_fatalities is not None:
        cond.append(events.c.fatalities >= min_fatalities)
    if since:
        cond.append(events.c.event_date >= str(since)[:10])
    if until:
        cond.append(events.c.event_date <= str(until)[:10])
    if country:
        cond.append(func.lower(events.c.country) == country.casefold())
    if admin1:
        cond.append(func.lower(events.c.admin1) == admin1.casefold())
    if type:
        col, value = event_type_filter(type)
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


def _stream(conn: Any, stmt: Select[Any], with_sources: bool) -> Iterator[dict[str, Any]]:
    """The rows of ``stmt`` as event dicts, fetched in chunks, each chunk's sources read in one query."""
    result = conn.execution_options(yield_per=_CHUNK).execute(stmt)
    for chunk in result.partitions():
        rows = [_row_dict(r) for r in chunk]
        srcs = _sources_of(conn, [r["id"] for r in rows]) if with_sources else {}
        for r in rows:
            if with_sources:
                r["sources"] = srcs.get(r["id"], [])
            yield r


def iter_events(engine: Engine, *, limit: int | None = None, with_sources: bool = True,
                **filters: Any) -> Iterator[dict[str, Any]]:
    """Stream the matching canonical events (in chunks, for exports of any size)."""
    stmt = _filtered(**filters)
    if limit is not None:
        if not 1 <= limit <= _MAX_LIMIT:
            raise InputError(f"limit {limit} is out of range; give a number from 1 to {_MAX_LIMIT}")
        stmt = stmt.limit(limit)
    with read_connection(engine) as conn:
        yield from _stream(conn, stmt, with_sources)


def query_events(db: str | None = None, *, since: str | None = None, until: str | None = None,
                 country: str | None = None, admin1: str | None = None, type: str | None = None,  # noqa: A002
                 actor: str | None = None, bbox: str | Sequence[float] | None = None, text: str | None = None,
                 limit: int | None = None, engine: Engine | None = None,
                 min_fatalities: int | None = None) -> list[dict[str, Any]]:
    """The canonical events matching every given filter, newest first, as dicts with ACLED field names plus ``sources``."""
    own = engine is None
    eng = engine or open_engine(db, readonly=True)
    try:
        return list(iter_events(eng, limit=limit, since=since, until=until, country=country, admin1=admin1,
                                type=type, actor=actor, bbox=bbox, text=text, min_fatalities=min_fatalities))
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


# --- Web API reads (issue 12): keyset pages, statistics, map grid, documents, a read-only engine ---

MAX_PAGE = 1_000_000  # an API page is streamed, so a large one costs time, not memory


def open_reader(db: str | None = None) -> Engine:
    """An engine for a long-running reader (the web server): the store is migrated once, then on SQLite
    reads use deferred transactions, so they run side by side and never take the write lock."""
    from sqlalchemy import create_engine, event

    eng = open_engine(db, create=False)
    if eng.dialect.name != "sqlite":
        return eng
    url = eng.url
    eng.dispose()
    # One connection per concurrent request (the web server runs up to 40 in threads); SQLite ones are cheap.
    reader = create_engine(url, connect_args={"check_same_thread": False}, pool_size=8, max_overflow=40)

    @event.listens_for(reader, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA busy_timeout=60000")
        cur.execute("PRAGMA query_only=ON")
        cur.close()

    @event.listens_for(reader, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    return reader


def encode_cursor(event_date: str | None, event_id: str) -> str:
    """The opaque cursor of the page that starts after the event (event_date, id)."""
    import base64

    raw = json.dumps([event_date, event_id], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[str | None, str]:
    """(event_date, id) of a cursor made by :func:`encode_cursor`; StoreError when it is not one."""
    import base64
    import binascii

    try:
        value = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (binascii.Error, ValueError, UnicodeDecodeError):
        value = None
    if (not isinstance(value, list) or len(value) != 2 or not isinstance(value[1], str)
            or not (value[0] is None or isinstance(value[0], str))):
        raise StoreError(f"cursor {cursor[:60]!r} is not one this server made; use the next_cursor of the "
                         "previous page, or leave cursor out for the first page")
    return value[0], value[1]


def _after(stmt: Select[Any], cursor: str | None) -> Select[Any]:
    """Keyset pagination in the order newest first, then id; undated events come last."""
    stmt = stmt.order_by(None).order_by(events.c.event_date.desc().nulls_last(), events.c.id)
    if not cursor:
        return stmt
    day, eid = decode_cursor(cursor)
    if day is None:
        return stmt.where(events.c.event_date.is_(None), events.c.id > eid)
    return stmt.where(or_(events.c.event_date < day, (events.c.event_date == day) & (events.c.id > eid),
                          events.c.event_date.is_(None)))


def iter_page(engine: Engine, *, cursor: str | None = None, limit: int = 300, with_sources: bool = True,
              **filters: Any) -> Iterator[dict[str, Any]]:
    """One page of matching events (newest first) after ``cursor``, streamed in chunks.

    Yields up to ``limit`` events; the caller makes the next cursor from the last one with
    :func:`encode_cursor` when it received ``limit`` events.
    """
    if not 1 <= limit <= MAX_PAGE:
        raise StoreError(f"limit {limit}: give a number of events from 1 to {MAX_PAGE:,}")
    stmt = _after(_filtered(**filters), cursor).limit(limit)
    with engine.connect() as conn:
        yield from _stream(conn, stmt, with_sources)


# The dashboard's covering index (migration 4) and the filters it can answer without reading the table.
_DASH_INDEX = "ix_events_dashboard"
_DASH_FILTERS = ("since", "until", "country", "admin1", "type", "bbox", "min_fatalities")
# A map view holding more events than this is aggregated by scanning the covering index rather than
# looking each event up through the (latitude, longitude) index.
_BIG_VIEW = 20_000


def _rows(conn: Any, stmt: Select[Any], *, covering: bool) -> list[Any]:
    """Run ``stmt``; with ``covering`` on SQLite, through the dashboard's covering index (INDEXED BY).

    SQLite's planner, without histogram statistics, prefers an index that matches a range or the
    GROUP BY order even when it then reads every table row; on a million events that is seconds
    against a fraction of a second for the covering scan. PostgreSQL plans with real statistics.
    """
    if not covering or conn.dialect.name != "sqlite":
        return list(conn.execute(stmt).all())
    compiled = stmt.compile(dialect=conn.dialect)
    sql = str(compiled).replace("FROM events", f"FROM events INDEXED BY {_DASH_INDEX}", 1)
    params = tuple(compiled.params[name] for name in compiled.positiontup or ())
    return list(conn.exec_driver_sql(sql, params).all())


def _covered(filters: dict[str, Any]) -> bool:
    return all(filters.get(k) in (None, "") for k in filters if k not in _DASH_FILTERS)


def _counts(rows: Any) -> list[dict[str, Any]]:
    return [{"key": k, "events": v[0], "fatalities": v[1]} for k, v in sorted(
        rows.items(), key=lambda kv: (kv[0] is None, kv[0] or ""))]


def event_stats(engine: Engine, **filters: Any) -> dict[str, Any]:
    """Events and fatalities in total and by day, event type and country, for the given filters.

    Two scans: by day (in index order, with the extent), and by type and country together.
    """
    where = _filtered(**filters).whereclause
    covering = _covered(filters)
    n, dead, c = func.count(), func.coalesce(func.sum(events.c.fatalities), 0), events.c

    def query(*cols: Any) -> Select[Any]:
        stmt = select(*cols).select_from(events)
        return stmt.where(where) if where is not None else stmt

    with engine.connect() as conn:
        days = _rows(conn, query(c.event_date, n, dead, func.min(c.latitude), func.min(c.longitude),
                                 func.max(c.latitude), func.max(c.longitude)).group_by(c.event_date),
                     covering=covering)
        pairs = _rows(conn, query(c.event_type, c.country, n, dead).group_by(c.event_type, c.country),
                      covering=covering)
    by_type: dict[Any, list[int]] = {}
    by_country: dict[Any, list[int]] = {}
    for etype, country, count, fat in pairs:
        for table, key in ((by_type, etype), (by_country, country)):
            slot = table.setdefault(key, [0, 0])
            slot[0] += count
            slot[1] += int(fat)
    lats = [v for r in days for v in (r[3], r[5]) if v is not None]
    lons = [v for r in days for v in (r[4], r[6]) if v is not None]
    dated = [r[0] for r in days if r[0] is not None]
    total = {"events": sum(r[1] for r in days), "fatalities": sum(int(r[2]) for r in days),
             "first_date": min(dated, default=None), "last_date": max(dated, default=None),
             # [[south, west], [north, east]] of the geocoded events, None when there are none
             "bounds": [[min(lats), min(lons)], [max(lats), max(lons)]] if lats else None}
    return {"total": total, "by_day": _counts({r[0]: (r[1], int(r[2])) for r in days}),
            "by_type": _counts(by_type), "by_country": _counts(by_country)}


_POINT_COLUMNS = ("id", "event_id_cnty", "event_date", "event_type", "sub_event_type", "location", "admin1",
                  "country", "latitude", "longitude", "geo_precision", "fatalities")


def _cell_index(column: Any, origin: float, cell: float, dialect: str) -> Any:
    """The grid cell number of a coordinate: floor((value - origin) / cell), on SQLite and PostgreSQL."""
    from sqlalchemy import Integer, cast

    value = (column - origin) / cell
    return func.floor(value) if dialect == "postgresql" else cast(value, Integer)  # value >= 0: cast floors


def _big_view(conn: Any, where: Any) -> bool:
    """Whether the view holds more than _BIG_VIEW events (counted on the index, at most that many)."""
    probe = select(events.c.latitude).where(where).limit(_BIG_VIEW + 1).subquery()
    return int(conn.execute(select(func.count()).select_from(probe)).scalar_one()) > _BIG_VIEW


def _map_where(bbox: str | Sequence[float], filters: dict[str, Any]) -> tuple[Any, bool]:
    """The WHERE clause of a map query, and whether a date range lets the covering index lead."""
    box = parse_bbox(bbox)
    if box is None:
        raise StoreError("the map query needs a bbox: min_lon,min_lat,max_lon,max_lat")
    where = _filtered(bbox=box, **filters).whereclause
    # A date range is the most selective test the covering index can start with; without one, a
    # small view is best found through the (latitude, longitude) index.
    dated = _covered(filters) and bool(filters.get("since") or filters.get("until"))
    return (true() if where is None else where), dated


def event_points(engine: Engine, *, bbox: str | Sequence[float], max_points: int = 2000,
                 **filters: Any) -> list[dict[str, Any]] | None:
    """The events in ``bbox`` (map fields only), or None when there are more than ``max_points``."""
    where, dated = _map_where(bbox, filters)
    with engine.connect() as conn:
        stmt = select(*(events.c[c] for c in _POINT_COLUMNS)).where(where).limit(max_points + 1)
        points = [dict(r._mapping) for r in _rows(conn, stmt, covering=dated)]
    return points if len(points) <= max_points else None


def event_grid(engine: Engine, *, bbox: str | Sequence[float], cell: float, max_points: int = 2000,
               **filters: Any) -> dict[str, Any]:
    """What the map shows in ``bbox``: the events themselves when there are at most ``max_points``,
    else one cell per ``cell``-degree square holding any, with its count, fatalities and mean position."""
    if not 0 < cell <= 90:
        raise StoreError(f"cell {cell}: give a grid cell size in degrees, above 0 and at most 90")
    points = event_points(engine, bbox=bbox, max_points=max_points, **filters)
    if points is not None:
        return {"mode": "points", "cell": None, "points": points, "cells": []}
    where, dated = _map_where(bbox, filters)
    with engine.connect() as conn:
        covering = dated or (_covered(filters) and _big_view(conn, where))
        gx = _cell_index(events.c.longitude, -180.0, cell, conn.dialect.name).label("gx")
        gy = _cell_index(events.c.latitude, -90.0, cell, conn.dialect.name).label("gy")
        rows = _rows(conn, select(gx, gy, func.count(), func.coalesce(func.sum(events.c.fatalities), 0),
                                  func.avg(events.c.latitude), func.avg(events.c.longitude))
                     .where(where).group_by(gx, gy), covering=covering)
    cells = [{"cell": [int(r[0]), int(r[1])], "events": r[2], "fatalities": int(r[3]),
              "latitude": round(float(r[4]), 5), "longitude": round(float(r[5]), 5)} for r in rows]
    return {"mode": "grid", "cell": cell, "points": [], "cells": cells}


def _layout(text: str, title: str | None) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Sections and sentences of a stored text, found again as at ingest (they are not stored)."""
    from eventcoder.ingest.text import build_document
    from eventcoder.segment import split_sentences

    doc = build_document(text, title=title)
    if doc.text == text:
        return [s.to_dict() for s in doc.sections], [s.to_dict() for s in doc.sentences]
    return ([{"kind": "body", "start": 0, "end": len(text)}],
            [s.to_dict() for s in split_sentences(text, 0, len(text), "body")])


def get_document(document_id: str, db: str | None = None, *, engine: Engine | None = None) -> dict[str, Any]:
    """One stored document: text, metadata, sections, sentences and every span coded from it."""
    own = engine is None
    eng = engine or open_engine(db, create=False)
    try:
        with eng.connect() as conn:
            row = conn.execute(select(documents).where(documents.c.id == document_id)).first()
            if row is None:
                raise StoreError(f"no document {document_id!r} in the store; an event's sources name its documents "
                                 "(`eventcoder events show ID`)")
            recs = conn.execute(select(event_sources.c.record_index, event_sources.c.event_id, event_sources.c.role,
                                       event_sources.c.record)
                                .where(event_sources.c.document_id == document_id)
                                .order_by(event_sources.c.record_index)).all()
    finally:
        if own:
            eng.dispose()
    m = row._mapping
    data = {k: m[k] for k in ("id", "cluster_id", "status", "similarity", "title", "source", "url", "author",
                              "published", "input_ref", "input_format", "language", "ingested_at", "rejected")}
    data["text"] = m["text"]
    data["sections"], data["sentences"] = _layout(m["text"], m["title"])
    data["records"] = []
    for r in recs:
        record = json.loads(r.record)
        data["records"].append({"record_index": r.record_index, "event_id": r.event_id, "role": r.role,
                                "event_type": record.get("event_type"),
                                "sub_event_type": record.get("sub_event_type"),
                                "evidence": record.get("evidence") or []})
    return data


def _evidence_sentences(text: str, sentences: list[dict[str, Any]], evidence: list[dict[str, Any]]
                        ) -> list[dict[str, Any]]:
    """The sentences holding any of ``evidence``, in text order, each with its spans (offsets into the text)."""
    out: dict[int, dict[str, Any]] = {}
    for ev in evidence:
        start, end = ev.get("start"), ev.get("end")
        if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start < end <= len(text):
            continue
        sent = next((s for s in sentences if s["start"] <= start < s["end"]), None)
        lo, hi = (sent["start"], max(sent["end"], end)) if sent else (start, end)
        key = sent["start"] if sent else start
        item = out.setdefault(key, {"start": lo, "end": hi, "spans": []})
        item["end"] = max(item["end"], end)
        item["spans"].append({"field": ev.get("field"), "start": start, "end": end})
    for item in out.values():
        item["text"] = text[item["start"]:item["end"]]
    return [out[k] for k in sorted(out)]


def explain_event(event_id: str, db: str | None = None, *, engine: Engine | None = None) -> dict[str, Any]:
    """:func:`get_event` plus, for every source, the sentences of its document that hold the record's evidence."""
    own = engine is None
    eng = engine or open_engine(db, create=False)
    try:
        data = get_event(event_id, engine=eng)
        layouts: dict[str, tuple[str, list[dict[str, Any]]]] = {}
        with eng.connect() as conn:
            for src in data["sources"]:
                doc_id = src["document_id"]
                if doc_id not in layouts:
                    row = conn.execute(select(documents.c.text, documents.c.title)
                                       .where(documents.c.id == doc_id)).first()
                    layouts[doc_id] = (row.text, _layout(row.text, row.title)[1]) if row else ("", [])
                text, sentences = layouts[doc_id]
                src["sentences"] = _evidence_sentences(text, sentences, src["record"].get("evidence") or [])
        return data
    finally:
        if own:
            eng.dispose()
