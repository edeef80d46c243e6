"""Fixtures of the store tests: a fresh SQLite store and hand-built documents (no extraction)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine

from eventcoder.dedup.scenarios import ev
from eventcoder.model import Document
from eventcoder.store.db import open_engine

from ._helpers import make_doc


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "store.sqlite"


@pytest.fixture
def engine(db_path: Path) -> Engine:
    eng = open_engine(db_path)
    yield eng
    eng.dispose()


@pytest.fixture
def sample_docs() -> list[Document]:
    """Three reports: two of one clash in Gwoza (tolls 7 and 4) and one protest in Maiduguri."""
    return [
        make_doc("a", [ev("Gwoza", "2024-03-01", fatalities=7, notes="Synthetic note A.")], outlet="Outlet A",
                 published="2024-03-02"),
        make_doc("b", [ev("Gwoza", "2024-03-01", fatalities=4)], outlet="Outlet B", published="2024-03-02"),
        make_doc("c", [ev("Maiduguri", "2024-04-10", "Peaceful protest", "Protesters (Nigeria)", None,
                          notes="Synthetic note about traders protesting.")], outlet="Outlet C"),
    ]
