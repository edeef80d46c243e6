"""The aggregate cache answers from memory until the store changes, and never caches without a version."""

from __future__ import annotations

from pathlib import Path

from eventcoder.store.db import open_engine, write_transaction
from eventcoder.store.schema import id_counters
from eventcoder.web.cache import ResultCache


def test_cached_until_the_store_changes(tmp_path: Path) -> None:
    engine = open_engine(tmp_path / "c.sqlite")
    cache = ResultCache(engine)
    calls: list[int] = []

    def compute() -> int:
        calls.append(1)
        return len(calls)

    assert cache.get("k", compute) == 1 and cache.get("k", compute) == 1 and cache.get("j", compute) == 2
    with write_transaction(engine) as conn:
        conn.execute(id_counters.insert().values(prefix="TST", last=1))
    assert cache.get("k", compute) == 3  # the write changed the store's files: recomputed
    engine.dispose()


def test_no_cache_without_a_file(tmp_path: Path) -> None:
    engine = open_engine(":memory:")
    cache = ResultCache(engine)
    assert cache.get("k", lambda: 1) == 1 and cache.get("k", lambda: 2) == 2
    engine.dispose()
