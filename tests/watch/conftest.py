"""Fixtures of the watch tests: a local HTTP server, a fake pipeline, a manual clock, a store, a run helper."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from eventcoder.pipeline import Pipeline
from eventcoder.store.db import open_engine
from eventcoder.watch.config import WatchConfig, config_from_dict
from eventcoder.watch.timing import ManualClock
from eventcoder.watch.watcher import Watcher, WatchSummary

from ._fake import FAKE_PIPELINE
from ._server import LocalServer

__all__ = ["FAKE_PIPELINE", "make_config", "run_watch"]


@pytest.fixture
def server() -> Iterator[LocalServer]:
    srv = LocalServer()
    yield srv
    srv.stop()


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "watch.sqlite"


@pytest.fixture
def engine(db_path: Path) -> Iterator[Engine]:
    eng = open_engine(db_path)
    yield eng
    eng.dispose()


# Short timeouts and backoffs: the tests never wait for real seconds where the clock can be advanced.
FAST: dict[str, Any] = {"timeout": 0.5, "total_timeout": 1.0, "host_delay": 0.0, "backoff": 30.0,
                        "max_backoff": 600.0, "interval": 60.0, "jitter": 0.0, "workers": 4, "robots": False}


def make_config(feeds: list[str] | list[dict[str, Any]], *, watch: dict[str, Any] | None = None,
                alerts: dict[str, Any] | None = None, rules: list[dict[str, Any]] | None = None) -> WatchConfig:
    """A configuration with the fast settings, overridable."""
    data: dict[str, Any] = {"watch": {**FAST, **(watch or {})},
                            "feed": [f if isinstance(f, dict) else {"url": f} for f in feeds]}
    if alerts:
        data["alerts"] = {"backoff": 5.0, **alerts}
    if rules:
        data["alert"] = rules
    return config_from_dict(data)


def run_watch(config: WatchConfig, engine: Engine, clock: ManualClock, *, once: bool = True,
              until: float | None = None, pipeline: Pipeline = FAKE_PIPELINE, seed: int = 1) -> WatchSummary:
    """One run of a Watcher on the test store with the fake pipeline and the manual clock."""
    watcher = Watcher(config, engine=engine, pipeline=pipeline, clock=clock, rng=random.Random(seed))
    return watcher.run(once=once, until=until)
