"""HTTP limits of the watcher against a real local server: sizes, gzip bombs, time, redirects, statuses."""

from __future__ import annotations

import zlib
from collections.abc import Iterator

import pytest

from eventcoder.watch.fetch import Fetcher, FetchError

from ._server import LocalServer, Reply, gzipped


@pytest.fixture
def fetcher() -> Iterator[Fetcher]:
    f = Fetcher(user_agent="eventcoder-watch/test", timeout=0.5, total_timeout=1.0, max_redirects=3)
    yield f
    f.close()


def _error(fetcher: Fetcher, url: str, max_bytes: int = 100_000) -> FetchError:
    with pytest.raises(FetchError) as info:
        fetcher.get(url, max_bytes=max_bytes)
    return info.value


def test_fetch_conditional_request_and_validators(server: LocalServer, fetcher: Fetcher) -> None:
    server.route("/f", lambda req: Reply(304) if req.headers.get("if-none-match") == '"v1"' else
                 Reply(body=b"<rss/>", headers={"ETag": '"v1"', "Last-Modified": "Sat, 02 Mar 2024 08:00:00 GMT",
                                                "Content-Type": "application/rss+xml; charset=ISO-8859-1"}))
    first = fetcher.get(server.url("/f"), max_bytes=1000)
    assert first.status == 200 and first.body == b"<rss/>" and first.headers["etag"] == '"v1"'
    assert first.charset == "ISO-8859-1"
    second = fetcher.get(server.url("/f"), max_bytes=1000, etag='"v1"', last_modified=first.headers["last-modified"])
    assert second.not_modified and second.body == b""
    req = server.hits("/f")[-1]
    assert req.headers["if-modified-since"] == "Sat, 02 Mar 2024 08:00:00 GMT"
    assert req.headers["user-agent"] == "eventcoder-watch/test"


@pytest.mark.parametrize(("status", "permanent"), [(404, True), (410, True), (403, True), (500, False),
                                                   (503, False), (429, False)])
def test_fetch_status_errors(server: LocalServer, fetcher: Fetcher, status: int, permanent: bool) -> None:
    server.route("/s", Reply(status, b"no", headers={"Retry-After": "120"}))
    err = _error(fetcher, server.url("/s"))
    assert err.kind == "http" and err.status == status and err.permanent is permanent and err.retry_after == 120
    assert server.url("/s") in str(err) and f"HTTP {status}" in str(err)


def test_fetch_size_limits_and_gzip(server: LocalServer, fetcher: Fetcher) -> None:
    server.route("/big", Reply(body=b"x" * 200_000))
    server.route("/chunked", Reply(body=b"y" * 200_000, content_length=False))
    server.route("/bomb", Reply(body=gzipped(b"\0" * 50_000_000), headers={"Content-Encoding": "gzip"}))
    server.route("/gz", Reply(body=gzipped(b"<rss>fine</rss>"), headers={"Content-Encoding": "gzip"}))
    server.route("/deflate", Reply(body=zlib.compress(b"<rss>deflated</rss>"), headers={"Content-Encoding": "deflate"}))
    server.route("/raw-deflate", Reply(body=zlib.compress(b"<rss>raw</rss>")[2:-4],
                                       headers={"Content-Encoding": "deflate"}))
    server.route("/cut", Reply(body=gzipped(b"<rss>" + b"z" * 10_000)[:40], headers={"Content-Encoding": "gzip"}))
    server.route("/br", Reply(body=b"??", headers={"Content-Encoding": "br"}))
    assert "200,000 bytes" in str(_error(fetcher, server.url("/big")))  # refused before reading
    assert _error(fetcher, server.url("/chunked")).kind == "too-large"
    bomb = _error(fetcher, server.url("/bomb"), max_bytes=1_000_000)
    assert bomb.kind == "too-large" and "decompressed" in str(bomb)
    assert fetcher.get(server.url("/gz"), max_bytes=100).body == b"<rss>fine</rss>"
    assert fetcher.get(server.url("/deflate"), max_bytes=100).body == b"<rss>deflated</rss>"
    assert fetcher.get(server.url("/raw-deflate"), max_bytes=100).body == b"<rss>raw</rss>"
    assert _error(fetcher, server.url("/cut")).kind == "encoding"
    assert _error(fetcher, server.url("/br")).kind == "encoding"
    assert server.hits("/gz")[0].headers["accept-encoding"] == "gzip, deflate"


def test_fetch_time_limits(server: LocalServer, fetcher: Fetcher) -> None:
    server.route("/slow", Reply(body=b"late", delay=2.0))
    server.route("/trickle", Reply(body=b"t" * 100, trickle=0.05))
    assert _error(fetcher, server.url("/slow")).kind == "timeout"
    err = _error(fetcher, server.url("/trickle"))
    assert err.kind == "timeout" and "total_timeout" in str(err)


def test_fetch_redirects(server: LocalServer, fetcher: Fetcher) -> None:
    server.route("/old", Reply(301, headers={"Location": "/new"}))
    server.route("/new", Reply(body=b"moved"))
    server.route("/a", Reply(302, headers={"Location": "/b"}))
    server.route("/b", Reply(302, headers={"Location": "/a"}))
    for i in range(6):
        server.route(f"/hop{i}", Reply(307, headers={"Location": f"/hop{i + 1}"}))
    resp = fetcher.get(server.url("/old"), max_bytes=100)
    assert resp.body == b"moved" and resp.url == server.url("/new")
    loop = _error(fetcher, server.url("/a"))
    assert loop.kind == "redirects" and "loop" in str(loop)
    assert "more than 3 redirects" in str(_error(fetcher, server.url("/hop0")))


def test_fetch_network_errors_and_post(server: LocalServer, fetcher: Fetcher) -> None:
    dead = LocalServer()
    url = dead.url("/x")
    dead.stop()
    assert _error(fetcher, url).kind == "network"
    server.route("/hook", Reply(202))
    assert fetcher.post(server.url("/hook"), b'{"a": 1}', timeout=1.0, headers={"X-Token": "t"}) == 202
    req = server.hits("/hook", "POST")[0]
    assert req.body == b'{"a": 1}' and req.headers["x-token"] == "t"
