"""The event store: documents, canonical events and the sources behind each, on SQLite or PostgreSQL.

Public entry points: :func:`eventcoder.store.ingest.ingest`, :func:`eventcoder.store.query.query_events`,
:func:`eventcoder.store.query.get_event`, :func:`eventcoder.store.unmerge` and
:func:`eventcoder.store.db.open_engine`. See docs/store.md.
"""

from __future__ import annotations

from sqlalchemy import Engine, or_, select

from eventcoder.errors import StoreError
from eventcoder.store.db import open_engine, write_transaction
from eventcoder.store.schema import events

__all__ = ["open_engine", "unmerge"]


def unmerge(event_id: str, document_id: str, *, db: str | None = None, engine: Engine | None = None,
            record: int | None = None) -> str:
    """Undo a merge: move ``document_id``'s records (or only its ``record``) out of ``event_id`` into a new event.

    Returns the new event's id.
    """
    from eventcoder.store.writer import detach

    eng = engine or open_engine(db, create=False)
    try:
        with write_transaction(eng) as conn:
            # The ACLED-style id (`SOM1`) that `events` prints names the event as well as its internal id.
            found = conn.execute(select(events.c.id).where(
                or_(events.c.id == event_id, events.c.event_id_cnty == event_id))).first()
            if found is None:
                raise StoreError(f"no event {event_id!r} in the store; list them with `eventcoder events`")
            return detach(conn, found[0], document_id, record)
    finally:
        if engine is None:
            eng.dispose()
