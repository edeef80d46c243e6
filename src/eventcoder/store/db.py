"""Opening the store: a path or URL to a migrated SQLAlchemy engine, on SQLite or PostgreSQL.

SQLite runs in WAL mode (readers never block the writer) and every write transaction starts
with ``BEGIN IMMEDIATE``, so two ingest processes take turns per document instead of failing
on a lock upgrade. PostgreSQL serialises the deduplication step with a transaction-level
advisory lock, so two processes never both decide that a report is new.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.exc import SQLAlchemyError

from eventcoder.errors import StoreError

__all__ = ["DEFAULT_DB", "database_url", "open_engine", "write_transaction"]

DEFAULT_DB = "eventcoder.sqlite"
# Any constant works; it only has to be the same in every eventcoder process.
_PG_LOCK_KEY = 0x45564E54


def database_url(db: str | Path | None = None) -> str:
    """The SQLAlchemy URL for ``db`` (a path or URL), else ``$EVENTCODER_DB``, else ``./eventcoder.sqlite``."""
    value = str(db) if db is not None else os.environ.get("EVENTCODER_DB") or DEFAULT_DB
    if value.startswith(("postgresql://", "postgres://")):
        # psycopg 3 is the driver the project installs; plain URLs would ask for psycopg2.
        return "postgresql+psycopg://" + value.split("://", 1)[1]
    if "://" in value:
        return value
    if value == ":memory:":
        return "sqlite://"
    return f"sqlite:///{Path(value).expanduser()}"


def _sqlite_setup(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the driver, decide when transactions begin (the documented pysqlite recipe).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: durable at checkpoint, never corrupt
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=60000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def open_engine(db: str | Path | None = None, *, migrate: bool = True, create: bool = True) -> Engine:
    """An engine on ``db`` with the schema migrated; ``create=False`` refuses a SQLite file that does not exist."""
    url = database_url(db)
    if url.startswith("sqlite:///"):
        path = Path(url.removeprefix("sqlite:///"))
        if not create and not path.exists():
            raise StoreError(f"{path}: no event store there; create one with `eventcoder ingest PATH... --db {path}` "
                             "or point --db (or EVENTCODER_DB) at an existing store")
        if not path.parent.exists():
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"{path}: cannot create the folder of the database ({exc}); choose another --db") from exc
    try:
        engine = create_engine(url, future=True, pool_pre_ping=url.startswith("postgresql"))
    except (SQLAlchemyError, ImportError, ValueError) as exc:
        raise StoreError(f"{db or url}: not a usable database path or URL ({exc}); use a file path, "
                         "sqlite:///PATH or postgresql://USER@HOST/DB") from exc
    if engine.dialect.name == "sqlite":
        _sqlite_setup(engine)
    if migrate:
        from eventcoder.store.migrations import migrate as _migrate

        _migrate(engine)
    return engine


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """One write transaction holding the store-wide write lock (SQLite: BEGIN IMMEDIATE; PostgreSQL: advisory lock)."""
    try:
        with engine.begin() as conn:
            # Caches of the writer (id counters) are valid for one transaction only.
            conn.info.pop("eventcoder_counters", None)
            if conn.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_KEY})
            yield conn
    except SQLAlchemyError as exc:
        raise StoreError(f"{engine.url.render_as_string(hide_password=True)}: write failed ({exc.__class__.__name__}: "
                         f"{getattr(exc, 'orig', None) or exc}); the document was not stored, re-run ingest to resume") from exc
