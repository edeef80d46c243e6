"""Connections to a store: the write transaction with its store-wide lock, reads, and database errors told
as StoreErrors that say what is wrong and what to do (used by the engine set-up, the migrations and the writers)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import unquote

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import SQLAlchemyError

from eventcoder.errors import EventcoderError, StoreError, StoreUnavailableError

__all__ = ["describe_error", "read_connection", "store_errors", "store_name", "write_transaction"]

# Any constant works; it only has to be the same in every eventcoder process.
_PG_LOCK_KEY = 0x45564E54


def store_name(engine: Engine) -> str:
    """The store as the user named it: a file path, or the URL without its password."""
    if engine.dialect.name == "sqlite" and engine.url.database:
        return unquote(engine.url.database.removeprefix("file:"))
    return engine.url.render_as_string(hide_password=True)


# (pattern in the driver's message, what is wrong and what to do); each of these stops a run: every later
# document would fail the same way. Checked in order, on the lower-cased message.
_UNUSABLE = (
    (("readonly database", "read-only", "permission denied"),
     "the store is read-only ({msg}); check the permissions of the file and its folder, or choose another --db"),
    (("file is not a database", "not a database"),
     "not an SQLite database ({msg}); point --db at an eventcoder store or at a new file"),
    (("malformed", "corrupt"),
     "the store file is corrupt ({msg}); stopped at the first damage: restore it from a backup, or salvage it "
     "with `sqlite3 FILE .recover` into a new file"),
    (("unable to open database file",),
     "cannot open the store file ({msg}); check that the path is a file in an existing folder you may write to"),
    (("disk is full", "no space left"), "the disk is full ({msg}); free space, then re-run to resume"),
    (("database is locked",),
     "another process held the store's lock for over a minute ({msg}); re-run when it is done"),
    (("password authentication failed", "no password supplied", "role \""),
     "the database server refused the connection ({msg}); check the user and password in the URL"),
    (("database \"",), "no such database on the server ({msg}); create it (createdb NAME) or fix the URL"),
    (("connection refused", "could not connect", "could not translate host", "connection to server",
      "server closed the connection", "timeout expired", "name or service not known"),
     "cannot reach the database server ({msg}); check that it is running and that the URL is right"),
)


def describe_error(exc: BaseException, name: str, action: str) -> StoreError:
    """The StoreError for a database error: a :class:`StoreUnavailableError` when the store itself cannot be
    used (read-only, not a database, corrupt, unreachable), else one that names the failed ``action``."""
    orig = getattr(exc, "orig", None) or exc
    msg = " ".join(str(orig).split()) or type(orig).__name__
    low = msg.lower()
    for needles, text_ in _UNUSABLE:
        if any(n in low for n in needles):
            return StoreUnavailableError(f"{name}: " + text_.format(msg=msg))
    if action == "write":
        return StoreError(f"{name}: write failed ({type(orig).__name__}: {msg}); it was rolled back, nothing of it "
                          "was stored")
    return StoreError(f"{name}: {action} failed ({type(orig).__name__}: {msg})")


@contextmanager
def store_errors(engine: Engine, action: str) -> Iterator[None]:
    """Turn the database errors raised inside into StoreErrors that say what is wrong (see :func:`describe_error`)."""
    try:
        yield
    except EventcoderError:
        raise
    except (SQLAlchemyError, sqlite3.Error) as exc:
        raise describe_error(exc, store_name(engine), action) from exc


@contextmanager
def read_connection(engine: Engine) -> Iterator[Connection]:
    """A connection for reading; database errors become StoreErrors that say what is wrong."""
    with store_errors(engine, "read"), engine.connect() as conn:
        yield conn


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """One write transaction holding the store-wide write lock (SQLite: BEGIN IMMEDIATE; PostgreSQL: advisory lock)."""
    with store_errors(engine, "write"), engine.begin() as conn:
        # Caches of the writer (id counters) are valid for one transaction only.
        conn.info.pop("eventcoder_counters", None)
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_KEY})
        yield conn
