"""Opening the store: a path or URL to a migrated SQLAlchemy engine, on SQLite or PostgreSQL.

SQLite runs in WAL mode (readers never block the writer) and every write transaction starts
with ``BEGIN IMMEDIATE``, so two ingest processes take turns per document instead of failing
on a lock upgrade. PostgreSQL serialises the deduplication step with a transaction-level
advisory lock, so two processes never both decide that a report is new.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import SQLAlchemyError

from eventcoder.errors import StoreError, StoreUnavailableError
from eventcoder.store.connection import (
    describe_error,
    read_connection,
    store_errors,
    store_name,
    write_transaction,
)
from eventcoder.store.migrations import SCHEMA_VERSION, applied_versions
from eventcoder.store.migrations import migrate as migrate_store

__all__ = ["DEFAULT_DB", "database_url", "describe_error", "open_engine", "read_connection", "store_errors",
           "write_transaction"]

DEFAULT_DB = "eventcoder.sqlite"


def database_url(db: str | Path | None = None) -> str:
    """The SQLAlchemy URL for ``db`` (a path or URL), else ``$EVENTCODER_DB``, else ``./eventcoder.sqlite``."""
    value = str(db) if db is not None else os.environ.get("EVENTCODER_DB") or DEFAULT_DB
    if not value.strip():
        raise StoreError("--db is empty; give the store's file path or URL (or unset it to use $EVENTCODER_DB or "
                         f"./{DEFAULT_DB})")
    if value.startswith(("postgresql://", "postgres://")):
        # psycopg 3 is the driver the project installs; plain URLs would ask for psycopg2.
        return "postgresql+psycopg://" + value.split("://", 1)[1]
    if "://" in value:
        return value
    if value == ":memory:":
        return "sqlite://"
    return f"sqlite:///{Path(value).expanduser()}"


def _sqlite_setup(engine: Engine, *, readonly: bool = False) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the driver, decide when transactions begin (the documented pysqlite recipe).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        if not readonly:
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: durable at checkpoint, never corrupt
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=60000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # Readers take no lock until they read, and never the write lock.
        conn.exec_driver_sql("BEGIN" if readonly else "BEGIN IMMEDIATE")


def _sqlite_path(url: str, create: bool) -> Path | None:
    """The file of a SQLite URL, checked: an existing store unless ``create``, never a folder."""
    if not url.startswith("sqlite:///"):
        return None
    path = Path(url.removeprefix("sqlite:///"))
    if path.is_dir():
        raise StoreUnavailableError(f"{path}: is a folder, not a store file; give a file path such as "
                                    f"{path / DEFAULT_DB}")
    if not create and not path.exists():
        raise StoreError(f"{path}: no event store there; create one with `eventcoder ingest PATH... --db {path}` "
                         "or point --db (or EVENTCODER_DB) at an existing store")
    if not path.parent.exists():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"{path}: cannot create the folder of the database ({exc}); choose another --db") from exc
    return path


def _readonly_url(path: Path) -> str:
    """A read-only URI for a store file. In a folder we cannot write to, SQLite cannot make the WAL's shared-memory
    file, so a store at rest (no -wal file) is opened as immutable: nobody can be writing it there either."""
    folder_writable = os.access(path.parent, os.W_OK)
    wal = Path(f"{path}-wal")
    immutable = not folder_writable and not (wal.exists() and wal.stat().st_size)
    return f"sqlite:///file:{quote(str(path))}?mode=ro{'&immutable=1' if immutable else ''}&uri=true"


def open_engine(db: str | Path | None = None, *, migrate: bool = True, create: bool = True,
                readonly: bool = False) -> Engine:
    """An engine on ``db`` with the schema migrated; ``create=False`` refuses a SQLite file that does not exist.

    ``readonly=True`` (``events``, ``export``, the web API) opens an existing store for reading: no write
    lock, no migration unless the schema is behind, and a store in a read-only folder can be read.
    """
    url = database_url(db)
    path = _sqlite_path(url, create and not readonly)
    engine = _create(url if path is None or not readonly else _readonly_url(path), db)
    if engine.dialect.name == "sqlite":
        _sqlite_setup(engine, readonly=readonly)
    if readonly:
        return _checked_for_reading(engine, db, path)
    if migrate:
        migrate_store(engine)
    return engine


def _create(url: str, db: str | Path | None) -> Engine:
    try:
        return create_engine(url, future=True, pool_pre_ping=url.startswith("postgresql"))
    except (SQLAlchemyError, ImportError, ValueError) as exc:
        raise StoreError(f"{db or url}: not a usable database path or URL ({exc}); use a file path, "
                         "sqlite:///PATH or postgresql://USER@HOST/DB") from exc


def _checked_for_reading(engine: Engine, db: str | Path | None, path: Path | None) -> Engine:
    """The read-only engine once the store's schema is known to be this code's (migrated first if behind)."""
    name = store_name(engine)
    with store_errors(engine, "read"), engine.connect() as conn:
        if not conn.dialect.has_table(conn, "schema_migrations"):
            engine.dispose()
            raise StoreUnavailableError(f"{name}: not an eventcoder store (no schema_migrations table); point --db "
                                        "at a store that `eventcoder ingest` made")
        version = max(applied_versions(conn), default=0)
    if version < SCHEMA_VERSION:
        # An older store: upgrading it needs the write lock once.
        engine.dispose()
        if path is not None and not os.access(path, os.W_OK):
            raise StoreUnavailableError(f"{name}: the store has schema version {version}, older than this "
                                        f"eventcoder's {SCHEMA_VERSION}, and it is read-only; open it once with write "
                                        "access (e.g. `eventcoder ingest`) to upgrade it")
        migrate_store(open_engine(db))
        return open_engine(db, readonly=True)
    if version > SCHEMA_VERSION:
        engine.dispose()
        raise StoreUnavailableError(f"{name}: the store has schema version {version}, newer than this eventcoder "
                                    f"({SCHEMA_VERSION}); upgrade eventcoder to use it")
    return engine
