"""Test-wide settings: hypothesis never times single examples (CI machines and busy laptops vary in speed;
speed is measured in benchmarks, never in tests) and draws the same examples every run, so a run passes or fails
by the code, not by the draw (EVENTCODER_HYPOTHESIS_EXPLORE=1 draws afresh, to look for new failures); one fresh
PostgreSQL database per test that asks for it."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from hypothesis import settings

settings.register_profile("eventcoder", deadline=None,
                          derandomize=not os.environ.get("EVENTCODER_HYPOTHESIS_EXPLORE"))
settings.load_profile("eventcoder")


POSTGRES_URL = os.environ.get("EVENTCODER_TEST_POSTGRES_URL")


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh database on the test PostgreSQL server (``.ci/run`` starts one and sets
    EVENTCODER_TEST_POSTGRES_URL), dropped afterwards; the test is skipped, saying why, without a server."""
    if not POSTGRES_URL:
        pytest.skip("EVENTCODER_TEST_POSTGRES_URL is not set (.ci/run starts a server and sets it)")
    from sqlalchemy import create_engine, text

    from eventcoder.store.db import database_url

    admin = create_engine(database_url(POSTGRES_URL), isolation_level="AUTOCOMMIT")
    name = f"eventcoder_test_{uuid.uuid4().hex[:10]}"
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # noqa: BLE001 - any connection problem means: skip, saying why
        admin.dispose()
        pytest.skip(f"PostgreSQL at {POSTGRES_URL} is not reachable: {type(exc).__name__}: {str(exc).splitlines()[0]}")
    try:
        yield POSTGRES_URL.rsplit("/", 1)[0] + "/" + name
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
