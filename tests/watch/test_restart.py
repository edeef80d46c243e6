"""A watcher stopped mid-poll (an exception, or kill -9) restarts without losing or doubling an entry."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from eventcoder.model import Document
from eventcoder.pipeline import Pipeline, Stage
from eventcoder.store.db import open_engine
from eventcoder.store.schema import documents, watch_items
from eventcoder.watch.timing import ManualClock

from ._fake import fake_events
from ._server import FILLER, Item, LocalServer, Reply, incident, page, rss
from .conftest import make_config, run_watch

ROOT = Path(__file__).resolve().parents[2]
N = 8


class Crash(BaseException):
    """Stands for the process dying: not an Exception, so nothing on the way catches it."""


def _publish(server: LocalServer, slow: int | None = None) -> None:
    items = []
    for i in range(N):
        path = f"/r/{i}.html"
        reply = Reply(body=page(f"Synthetic report {i}", incident("Gwoza", f"2024-01-{i + 1:02d}", i + 1), FILLER),
                      headers={"Content-Type": "text/html"}, delay=30.0 if i == slow else 0.0)
        server.route(path, reply)
        items.append(Item(f"r{i}", f"Synthetic report {i}", server.url(path)))
    server.route("/feed.xml", Reply(body=rss(items)))


def _state(engine: Engine) -> tuple[int, int, dict[str, int]]:
    with engine.connect() as conn:
        docs = conn.execute(select(func.count()).select_from(documents)).scalar_one()
        distinct = conn.execute(select(func.count(func.distinct(documents.c.url)))).scalar_one()
        status = dict(conn.execute(select(watch_items.c.status, func.count()).group_by(watch_items.c.status)).all())
    return int(docs), int(distinct), {str(k): int(v) for k, v in status.items()}


def test_restart_after_a_crash_mid_poll_resumes_the_pending_entries(server: LocalServer, engine: Engine,
                                                                    clock: ManualClock) -> None:
    _publish(server)
    seen = {"n": 0}

    def dying(doc: Document) -> Document:
        seen["n"] += 1
        if seen["n"] == 4:
            raise Crash
        return fake_events(doc)

    config = make_config([server.url("/feed.xml")], watch={"workers": 1})
    with pytest.raises(Crash):
        run_watch(config, engine, clock, pipeline=Pipeline([Stage("events", dying)]))
    docs, _, status = _state(engine)
    assert docs == 3 and status == {"stored": 3, "pending": N - 3}
    run_watch(config, engine, clock)
    docs, distinct, status = _state(engine)
    assert docs == N == distinct and status == {"stored": N}
    fetched = [len(server.hits(f"/r/{i}.html")) for i in range(N)]
    assert sorted(fetched) == [1] * (N - 1) + [2]  # only the article being coded at the crash is fetched again


def test_restart_after_kill_9_mid_poll(server: LocalServer, db_path: Path) -> None:
    _publish(server, slow=5)
    child = subprocess.Popen([sys.executable, "-m", "tests.watch._worker", str(db_path), server.url("/feed.xml")],
                             cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while not server.hits("/r/5.html"):  # the child is waiting for the slow article: kill it there
            assert child.poll() is None, child.stderr.read().decode() if child.stderr else "child died"
            assert time.monotonic() < deadline, "the child never asked for the slow article"
            time.sleep(0.05)
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=30)
        if child.stderr:
            child.stderr.close()
    engine = open_engine(db_path)
    try:
        docs, _, status = _state(engine)
        assert status.get("pending", 0) >= 1 and docs == status.get("stored", 0)
        _publish(server)  # the slow article answers at once now
        run_watch(make_config([server.url("/feed.xml")]), engine, ManualClock(time.time()))
        docs, distinct, status = _state(engine)
        assert docs == N == distinct and status == {"stored": N}
        assert len(server.hits("/r/5.html")) == 2
        assert all(len(server.hits(f"/r/{i}.html")) == 1 for i in range(N) if i != 5)
    finally:
        engine.dispose()
