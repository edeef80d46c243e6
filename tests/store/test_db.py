"""Opening and migrating the store."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect, select, text

from eventcoder.errors import StoreError
from eventcoder.store.db import database_url, open_engine
from eventcoder.store.migrations import MIGRATIONS, SCHEMA_VERSION, applied_versions
from eventcoder.store.schema import schema_migrations


def test_db_url_from_path_env_and_default(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert database_url(tmp_path / "x.sqlite") == f"sqlite:///{tmp_path / 'x.sqlite'}"
    assert database_url("postgresql://u@h:5/d") == "postgresql+psycopg://u@h:5/d"
    monkeypatch.setenv("EVENTCODER_DB", "sqlite:///env.sqlite")
    assert database_url(None) == "sqlite:///env.sqlite"
    monkeypatch.delenv("EVENTCODER_DB")
    assert database_url(None) == "sqlite:///eventcoder.sqlite"


def test_db_migrates_once_and_records_version(db_path: Path) -> None:
    eng = open_engine(db_path)
    open_engine(db_path).dispose()  # a second open is a no-op
    with eng.connect() as conn:
        assert applied_versions(conn) == {version for version, _, _ in MIGRATIONS}
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    names = set(inspect(eng).get_table_names())
    assert {"documents", "doc_bands", "events", "event_sources", "schema_migrations"} <= names
    eng.dispose()


def test_db_refuses_a_newer_schema(db_path: Path) -> None:
    eng = open_engine(db_path)
    with eng.begin() as conn:
        conn.execute(schema_migrations.insert().values(version=SCHEMA_VERSION + 1, name="future", applied_at="x"))
        assert max(conn.execute(select(schema_migrations.c.version)).scalars()) == SCHEMA_VERSION + 1
    eng.dispose()
    with pytest.raises(StoreError, match="newer than this eventcoder"):
        open_engine(db_path)


def test_db_bad_url_is_a_store_error() -> None:
    with pytest.raises(StoreError, match="not a usable database"):
        open_engine("nosuchdialect://x/y")
