"""The watcher on PostgreSQL: the same tables and the same restart guarantee (skipped without a server)."""

from __future__ import annotations

import pytest

from eventcoder.store.db import open_engine
from eventcoder.store.query import query_events
from eventcoder.watch.status import read_status
from eventcoder.watch.timing import ManualClock

from ._server import FILLER, Item, LocalServer, Reply, incident, page, rss
from .conftest import make_config, run_watch

pytestmark = pytest.mark.postgres


def test_postgres_watch_stores_once_and_reports_status(pg_url: str, server: LocalServer, clock: ManualClock,
                                                       tmp_path: object) -> None:
    items = []
    for i in range(3):
        server.route(f"/p/{i}.html", Reply(body=page(f"Synthetic {i}", incident("Gao", f"2024-01-0{i + 1}", i + 1),
                                                     FILLER), headers={"Content-Type": "text/html"}))
        items.append(Item(f"p{i}", f"Synthetic {i}", server.url(f"/p/{i}.html")))
    server.route("/feed.xml", Reply(body=rss(items), headers={"ETag": '"3"'}))
    server.route("/down.xml", Reply(500, b"oops"))
    engine = open_engine(pg_url)
    try:
        config = make_config([server.url("/feed.xml"), server.url("/down.xml")],
                             alerts={"outbox": str(tmp_path) + "/alerts.jsonl"}, rules=[{"name": "any"}])
        first = run_watch(config, engine, clock)
        clock.advance(120)
        second = run_watch(config, engine, clock)
        assert (first.items_stored, first.alerts_delivered, second.items_stored, second.alerts_delivered) == (3, 3, 0, 0)
        assert len(query_events(engine=engine)) == 3
        status = read_status(engine)
        assert {f.url: f.state for f in status.feeds} == {server.url("/feed.xml"): "ok",
                                                          server.url("/down.xml"): "failing"}
        assert status.entries == {"stored": 3} and status.alerts == {"delivered": 3}
    finally:
        engine.dispose()
