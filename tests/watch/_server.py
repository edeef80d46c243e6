"""A real HTTP server on 127.0.0.1 for the watch tests, and synthetic feeds and pages (all text invented here).

Routes map a path to a function of the request that returns a :class:`Reply` (status, headers,
body, an optional delay before answering, an optional trickle of the body). Every request is
recorded, so tests can check what the watcher asked for (conditional headers, no second fetch).
"""

from __future__ import annotations

import gzip
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape


@dataclass
class Reply:
    """What a route answers."""

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before the status line
    trickle: float = 0.0  # seconds between two 1-byte writes of the body (a server that never finishes)
    content_length: bool = True


@dataclass
class Request:
    """One request the server received."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    at: float


Route = Callable[[Request], Reply]


class LocalServer:
    """A threaded HTTP server on a free loopback port; :meth:`stop` shuts it down."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[Request] = []
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body are two writes: no 40 ms delayed-ACK stall

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the stdlib's name
                del format, args

            def do_GET(self) -> None:
                server._serve(self, b"")

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                server._serve(self, self.rfile.read(length))

        class Server(ThreadingHTTPServer):
            def handle_error(self, request: object, client_address: object) -> None:
                del request, client_address  # a client that hung up (the timeout tests): nothing to report

        self.httpd = Server(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()

    def url(self, path: str) -> str:
        """The full URL of ``path`` on this server."""
        return f"http://127.0.0.1:{self.port}{path}"

    def route(self, path: str, reply: Route | Reply) -> None:
        """Answer ``path`` with a fixed Reply or a function of the request."""
        self.routes[path] = reply if callable(reply) else (lambda _req, r=reply: r)

    def hits(self, path: str, method: str = "GET") -> list[Request]:
        """The requests received for ``path``."""
        with self._lock:
            return [r for r in self.requests if r.path == path and r.method == method]

    def stop(self) -> None:
        """Shut the server down and close its socket (slow handlers stop waiting)."""
        self._stopping.set()
        self.httpd.shutdown()
        self.httpd.server_close()

    def _serve(self, handler: BaseHTTPRequestHandler, body: bytes) -> None:
        req = Request(handler.command, handler.path, {k.lower(): v for k, v in handler.headers.items()}, body,
                      time.time())
        with self._lock:
            self.requests.append(req)
        route = self.routes.get(handler.path.split("?")[0])
        reply = route(req) if route else Reply(404, b"not found", {"Content-Type": "text/plain"})
        if reply.delay and self._stopping.wait(reply.delay):
            return
        try:
            handler.send_response(reply.status)
            for name, value in reply.headers.items():
                handler.send_header(name, value)
            if reply.content_length and not reply.trickle:
                handler.send_header("Content-Length", str(len(reply.body)))
            else:
                handler.send_header("Connection", "close")
            handler.end_headers()
            if reply.trickle:
                for i in range(len(reply.body)):
                    handler.wfile.write(reply.body[i:i + 1])
                    handler.wfile.flush()
                    if self._stopping.wait(reply.trickle):
                        return
            elif handler.command != "HEAD":
                handler.wfile.write(reply.body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (a timeout test): nothing to answer


# -- synthetic content ----------------------------------------------------------------------------

def http_date(ts: float) -> str:
    """An HTTP date (RFC 7231)."""
    return format_datetime(datetime.fromtimestamp(ts, UTC), usegmt=True)


@dataclass
class Item:
    """A synthetic feed entry."""

    guid: str
    title: str
    link: str | None
    description: str = ""
    pub_date: str = "Sat, 02 Mar 2024 08:00:00 GMT"
    updated: str | None = None


def rss(items: list[Item], *, title: str = "Synthetic Wire", encoding: str = "utf-8") -> bytes:
    """An RSS 2.0 feed of ``items``."""
    parts = [f'<?xml version="1.0" encoding="{encoding}"?>\n<rss version="2.0"><channel>',
             f"<title>{escape(title)}</title><link>http://127.0.0.1/</link><description>synthetic</description>"]
    for it in items:
        parts.append("<item>")
        parts.append(f"<guid isPermaLink=\"false\">{escape(it.guid)}</guid><title>{escape(it.title)}</title>")
        if it.link:
            parts.append(f"<link>{escape(it.link)}</link>")
        parts.append(f"<description>{escape(it.description)}</description><pubDate>{it.pub_date}</pubDate>")
        if it.updated:
            parts.append(f"<atom:updated xmlns:atom=\"http://www.w3.org/2005/Atom\">{it.updated}</atom:updated>")
        parts.append("</item>")
    parts.append("</channel></rss>")
    return "".join(parts).encode(encoding, errors="xmlcharrefreplace")


def atom(items: list[Item], *, title: str = "Synthetic Atom Wire") -> bytes:
    """An Atom feed of ``items`` (updated stamps included)."""
    parts = ['<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">',
             f"<title>{escape(title)}</title><id>urn:synthetic:atom</id><updated>2024-03-02T08:00:00Z</updated>"]
    for it in items:
        parts.append(f"<entry><id>{escape(it.guid)}</id><title>{escape(it.title)}</title>")
        if it.link:
            parts.append(f'<link href="{escape(it.link)}"/>')
        parts.append(f"<updated>{it.updated or '2024-03-02T08:00:00Z'}</updated>"
                     f"<summary>{escape(it.description)}</summary></entry>")
    parts.append("</feed>")
    return "".join(parts).encode("utf-8")


def page(title: str, *paragraphs: str, date: str = "2024-03-02") -> bytes:
    """An article page with a headline, a date and paragraphs."""
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return (f'<!doctype html><html lang="en"><head><title>{escape(title)}</title>'
            f'<meta name="date" content="{date}"></head><body><nav>Home | World | Sport</nav>'
            f"<article><h1>{escape(title)}</h1>{body}</article><footer>Synthetic footer</footer></body></html>"
            ).encode()


# The fake pipeline codes sentences of this shape (tests/watch/conftest.py).
def incident(place: str, day: str, killed: int, kind: str = "clash") -> str:
    """A sentence the fake pipeline turns into one event record."""
    return f"In {place} on {day} a {kind} killed {killed} people, officials of the synthetic ministry said."


FILLER = ("The synthetic report continues with neutral sentences about the weather, the markets and the roads, "
          "written for the watch tests and describing nothing that happened anywhere.")


def gzipped(data: bytes) -> bytes:
    """``data`` gzip-compressed."""
    return gzip.compress(data)
