"""Schema migrations recorded in the ``schema_migrations`` table (the sqlite-utils way).

Each migration is a numbered function run once, inside the store's write lock, so two
processes opening a fresh store at the same time migrate it once. Add a migration by
appending to ``MIGRATIONS``; never edit one that has shipped.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, inspect, select, text

from eventcoder.errors import StoreError
from eventcoder.store import schema
from eventcoder.store.connection import write_transaction

__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "applied_versions", "migrate"]


def _v1_initial(conn: Connection) -> None:
    schema.metadata.create_all(
        conn, tables=[schema.documents, schema.doc_bands, schema.events, schema.event_sources, schema.id_counters],
        checkfirst=True,
    )


def _v2_source_profiles(conn: Connection) -> None:
    # A store made by migration 1 of an earlier version lacks the column; one made now has it already.
    columns = {c["name"] for c in inspect(conn).get_columns("event_sources")}
    if "profile" not in columns:
        conn.execute(text("ALTER TABLE event_sources ADD COLUMN profile TEXT"))


def _v3_watch(conn: Connection) -> None:
    schema.metadata.create_all(conn, tables=[schema.watch_feeds, schema.watch_items, schema.watch_alerts],
                               checkfirst=True)


def _v4_dashboard_index(conn: Connection) -> None:
    # A store made by migration 1 of this version has it already (it is in schema.events).
    index = next(i for i in schema.events.indexes if i.name == "ix_events_dashboard")
    index.create(conn, checkfirst=True)


def _v5_untimed(conn: Connection) -> None:
    # A store made by migration 1 of this version has the column and index already. Events stored before keep
    # NULL until a report touches them: they are looked up as before, by their date.
    columns = {c["name"] for c in inspect(conn).get_columns("events")}
    if "untimed" not in columns:
        conn.execute(text("ALTER TABLE events ADD COLUMN untimed BOOLEAN"))
    # Dropped first: a development build made it a full index under the same name, which the planner skips.
    conn.execute(text("DROP INDEX IF EXISTS ix_events_type_untimed_geo"))
    index = next(i for i in schema.events.indexes if i.name == "ix_events_type_untimed_geo")
    index.create(conn)


MIGRATIONS: list[tuple[int, str, Callable[[Connection], None]]] = [
    (1, "documents, doc_bands, events, event_sources, id_counters", _v1_initial),
    (2, "event_sources.profile: the merge facts of each record (dedup.profile)", _v2_source_profiles),
    (3, "watch_feeds, watch_items, watch_alerts (eventcoder watch)", _v3_watch),
    (4, "ix_events_dashboard: covering index of the web map, timeline and statistics", _v4_dashboard_index),
    (5, "events.untimed: some source is placed in time by nothing (merge.untimed)", _v5_untimed),
]
SCHEMA_VERSION = MIGRATIONS[-1][0]


def applied_versions(conn: Connection) -> set[int]:
    """The migration versions recorded in the store."""
    return set(conn.execute(select(schema.schema_migrations.c.version)).scalars())


def migrate(engine: Engine) -> int:
    """Apply the missing migrations; returns the schema version. Refuses a store newer than this code."""

    with write_transaction(engine) as conn:
        schema.schema_migrations.create(conn, checkfirst=True)
        done = applied_versions(conn)
        if done and max(done) > SCHEMA_VERSION:
            raise StoreError(
                f"{engine.url.render_as_string(hide_password=True)}: the store has schema version {max(done)}, "
                f"newer than this eventcoder ({SCHEMA_VERSION}); upgrade eventcoder to use it"
            )
        for version, name, apply in MIGRATIONS:
            if version in done:
                continue
            apply(conn)
            conn.execute(
                schema.schema_migrations.insert().values(
                    version=version, name=name, applied_at=datetime.now(UTC).isoformat(timespec="seconds")
                )
            )
    return SCHEMA_VERSION
