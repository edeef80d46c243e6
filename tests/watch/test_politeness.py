"""Politeness: one request at a time per host with a delay between them, and robots.txt (RFC 9309)."""

from __future__ import annotations

import random
from typing import Any

from sqlalchemy import Engine, select

from eventcoder.store.schema import watch_feeds, watch_items
from eventcoder.watch.fetch import Fetcher, Response
from eventcoder.watch.robots import rules_from
from eventcoder.watch.timing import ManualClock
from eventcoder.watch.watcher import Watcher

from ._server import FILLER, Item, LocalServer, Reply, incident, page, rss
from .conftest import FAKE_PIPELINE, make_config


class RecordingFetcher(Fetcher):
    """The real fetcher, noting the (simulated) time of each request; the network is not faked."""

    def __init__(self, clock: ManualClock) -> None:
        super().__init__(user_agent="eventcoder-watch/0.1", timeout=0.5, total_timeout=1.0, max_redirects=5)
        self.clock = clock
        self.calls: list[tuple[float, str]] = []

    def get(self, url: str, **kw: Any) -> Response:
        self.calls.append((self.clock.time(), url))
        return super().get(url, **kw)


def _run(config: Any, engine: Engine, clock: ManualClock) -> RecordingFetcher:
    fetcher = RecordingFetcher(clock)
    Watcher(config, engine=engine, pipeline=FAKE_PIPELINE, clock=clock, rng=random.Random(1),
            fetcher=fetcher).run(once=True)
    return fetcher


def _site(server: LocalServer, n_feeds: int) -> list[str]:
    feeds = []
    for f in range(n_feeds):
        path = f"/art/{f}.html"
        server.route(path, Reply(body=page(f"Synthetic {f}", incident("Gwoza", f"2024-01-{f + 1:02d}", f + 1), FILLER),
                                 headers={"Content-Type": "text/html"}))
        server.route(f"/feed{f}.xml", Reply(body=rss([Item(f"g{f}", f"Synthetic {f}", server.url(path))])))
        feeds.append(server.url(f"/feed{f}.xml"))
    return feeds


def test_politeness_spaces_requests_to_one_host(server: LocalServer, engine: Engine, clock: ManualClock) -> None:
    feeds = _site(server, 3)
    fetcher = _run(make_config(feeds, watch={"host_delay": 5.0, "workers": 4}), engine, clock)
    times = [t for t, _ in fetcher.calls]
    assert len(times) == 6  # three feeds, three pages
    assert all(b - a >= 5.0 for a, b in zip(times, times[1:], strict=False))


def test_robots_disallowed_pages_are_not_fetched(server: LocalServer, engine: Engine, clock: ManualClock) -> None:
    server.route("/robots.txt", Reply(body=b"User-agent: *\nDisallow: /private/\nCrawl-delay: 20\n",
                                      headers={"Content-Type": "text/plain"}))
    server.route("/private/1.html", Reply(body=page("Secret", incident("Gao", "2024-01-02", 3))))
    server.route("/public/1.html", Reply(body=page("Open", incident("Gao", "2024-01-03", 4), FILLER),
                                         headers={"Content-Type": "text/html"}))
    server.route("/feed.xml", Reply(body=rss([Item("p", "Secret", server.url("/private/1.html")),
                                               Item("o", "Open", server.url("/public/1.html"))])))
    fetcher = _run(make_config([server.url("/feed.xml")], watch={"robots": True, "host_delay": 1.0}), engine, clock)
    assert not server.hits("/private/1.html") and len(server.hits("/public/1.html")) == 1
    assert len(server.hits("/robots.txt")) == 1  # cached for the host
    with engine.connect() as conn:
        status = dict(conn.execute(select(watch_items.c.url, watch_items.c.status)).all())
    assert status[server.url("/private/1.html")] == "blocked" and status[server.url("/public/1.html")] == "stored"
    times = [t for t, _ in fetcher.calls]
    assert all(b - a >= 20.0 for a, b in zip(times, times[1:], strict=False))  # the crawl-delay raised the gap


def test_robots_unreachable_blocks_the_host_until_readable(server: LocalServer, engine: Engine,
                                                            clock: ManualClock) -> None:
    feeds = _site(server, 1)
    server.route("/robots.txt", Reply(503, b"down"))
    config = make_config(feeds, watch={"robots": True})
    _run(config, engine, clock)
    assert not server.hits("/feed0.xml")
    with engine.connect() as conn:
        row = conn.execute(select(watch_feeds.c.failures, watch_feeds.c.last_error)).one()
    assert row.failures == 1 and "robots.txt" in row.last_error
    server.route("/robots.txt", Reply(404, b"none"))  # unavailable: everything allowed
    clock.advance(3600)
    _run(config, engine, clock)
    assert len(server.hits("/feed0.xml")) == 1 and len(server.hits("/art/0.html")) == 1


def test_robots_rules_follow_rfc_9309() -> None:
    from eventcoder.watch.fetch import FetchError

    ok = rules_from(Response("http://h/robots.txt", 200, b"User-agent: *\nDisallow: /x/\n"), 0.0, 100.0)
    assert ok.allowed("http://h/y/1", "eventcoder-watch/0.1") and not ok.allowed("http://h/x/1", "eventcoder-watch")
    assert rules_from(FetchError("http", "", url="u", status=403), 0.0, 100.0).allowed("http://h/x", "a")
    unreachable = rules_from(FetchError("timeout", "", url="u"), 0.0, 100.0)
    assert not unreachable.allowed("http://h/x", "a") and unreachable.expires <= 100.0
    assert rules_from(FetchError("too-large", "", url="u"), 0.0, 100.0).allowed("http://h/x", "a")
