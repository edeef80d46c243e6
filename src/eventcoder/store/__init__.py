"""The event store: documents, canonical events and the sources behind each, on SQLite or PostgreSQL.

Public entry points: :func:`eventcoder.store.ingest.ingest`, :func:`eventcoder.store.query.query_events`,
:func:`eventcoder.store.query.get_event`, :func:`eventcoder.store.unmerge` and
:func:`eventcoder.store.db.open_engine`. See docs/store.md.
"""

from __future__ import annotations

from sqlalchemy import Engine

from eventcoder.store.db import open_engine, write_transaction

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
            return detach(conn, event_id, document_id, record)
    finally:
        if engine is None:
            eng.dispose()
