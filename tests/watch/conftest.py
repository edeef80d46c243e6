"""Fixtures of the watch tests: a local HTTP server, a fake pipeline, a manual clock, a store, a run helper."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from eventcoder.dedup.scenarios import ev
from eventcoder.model import Document
from eventcoder.pipeline import Pipeline, Stage
from eventcoder.store.db import open_engine
from eventcoder.watch.config import WatchConfig, config_from_dict
from eventcoder.watch.timing import ManualClock
from eventcoder.watch.watcher import Watcher, WatchSummary

from ._server import LocalServer

_INCIDENT = re.compile(r"In ([A-Z][a-z]+(?: [A-Z][a-z]+)?) on (\d{4}-\d\d-\d\d) a (clash|protest) killed (\d+) people")


def fake_events(doc: Document) -> Document:
    """The fake extraction stage: one record per synthetic incident sentence (no model, no gazetteer)."""
    for m in _INCIDENT.finditer(doc.text):
        place, day, kind, killed = m.group(1), m.group(2), m.group(3), int(m.group(4))
        if kind == "protest":
            doc.events.append(ev(place, day, "Peaceful protest", "Protesters (Nigeria)", None, fatalities=killed))
        else:
            doc.events.append(ev(place, day, fatalities=killed))
    if not doc.events:
        doc.rejected = "no synthetic incident sentence"
    return doc


FAKE_PIPELINE = Pipeline([Stage("events", fake_events)])


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
