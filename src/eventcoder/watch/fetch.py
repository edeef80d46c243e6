"""HTTP for the watcher (httpx): conditional GETs with hard limits, and JSON POSTs for webhooks.

Defences, each ending in a :class:`FetchError` that names the URL and says what happened:

- size: a declared ``Content-Length`` over the limit is refused before reading; the body is
  read in chunks and decompressed here (gzip, deflate) with a bound on the output, so a gzip
  bomb stops at the limit instead of filling the memory;
- time: ``timeout`` for connecting and for each read, ``total_timeout`` for the whole response
  (a server trickling one byte a second cannot hold a worker forever);
- redirects: followed by hand, at most ``max_redirects``, a loop named as a loop; a redirect
  response's body is never read;
- status: 304 is "not modified" (the conditional request worked); any other status outside
  200-299 is an error carrying the status and the server's ``Retry-After``.
"""

from __future__ import annotations

import email.utils
import time
import zlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

from eventcoder.errors import ConfigError, InputError

if TYPE_CHECKING:
    import httpx

__all__ = ["FetchError", "Fetcher", "Response", "host_of", "read_local"]

_CHUNK = 65536


class FetchError(InputError):
    """A URL could not be fetched: ``kind`` is timeout, network, http, too-large, redirects, encoding,
    file (a local file that cannot be read) or refused."""

    def __init__(self, kind: str, message: str, *, url: str, status: int | None = None,
                 retry_after: float | None = None) -> None:
        self.kind = kind
        self.status = status
        self.retry_after = retry_after
        self.url = url
        super().__init__(message, input=url)

    @property
    def permanent(self) -> bool:
        """True when fetching again will not help (gone, forbidden, too large, undecodable, redirecting in circles)."""
        return self.kind in ("too-large", "encoding", "redirects", "refused") or self.status in (400, 401, 403, 404, 405, 410, 414, 451)


@dataclass
class Response:
    """A fetched resource: 200 with its body, or 304 (not modified) without one."""

    url: str  # after redirects
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)  # lower-case names
    elapsed: float = 0.0

    @property
    def not_modified(self) -> bool:
        """The server says the resource has not changed since the ETag / Last-Modified we sent."""
        return self.status == 304

    @property
    def charset(self) -> str | None:
        """The charset the Content-Type header declares, if any."""
        for part in self.headers.get("content-type", "").split(";")[1:]:
            name, _, value = part.strip().partition("=")
            if name.lower() == "charset" and value.strip('"\' '):
                return value.strip('"\' ')
        return None


def host_of(url: str) -> str:
    """The host (and port, when not the default) that politeness and robots.txt are kept per."""
    return urlsplit(url).netloc.lower()


class Fetcher:
    """One httpx client shared by the worker threads (httpx clients are thread-safe)."""

    def __init__(self, *, user_agent: str, timeout: float, total_timeout: float, max_redirects: int) -> None:
        try:
            import httpx
        except ImportError as exc:  # pragma: no cover - depends on the installation
            raise ConfigError("eventcoder watch needs httpx; install it with: pip install 'eventcoder[watch]'") from exc
        self._httpx = httpx
        self.total_timeout = total_timeout
        self.max_redirects = max_redirects
        self._client = httpx.Client(
            follow_redirects=False, timeout=httpx.Timeout(timeout),
            # Only encodings decompressed here, with a bound on the output.
            headers={"User-Agent": user_agent, "Accept-Encoding": "gzip, deflate"},
        )

    def close(self) -> None:
        """Close the connections."""
        self._client.close()

    def get(self, url: str, *, max_bytes: int, etag: str | None = None, last_modified: str | None = None,
            accept: str | None = None) -> Response:
        """GET ``url`` (conditional when ``etag`` or ``last_modified`` is given), following redirects; a ``file:``
        URL reads a local file (a feed a program writes), 304 while its ETag (time and size) is unchanged."""
        if urlsplit(url).scheme == "file":
            return read_local(url, max_bytes=max_bytes, etag=etag)
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        if accept:
            headers["Accept"] = accept
        started = time.monotonic()
        seen = [url]
        current = url
        while True:
            result = self._one(current, headers, max_bytes, started)
            if isinstance(result, Response):
                result.elapsed = time.monotonic() - started
                return result
            target = urljoin(current, result)
            if target in seen:
                raise FetchError("redirects", f"redirect loop ({' -> '.join([*seen, target])}); fix the URL",
                                 url=url)
            if len(seen) > self.max_redirects:
                raise FetchError("redirects", f"more than {self.max_redirects} redirects (last {target}); fix the URL",
                                 url=url)
            seen.append(target)
            current = target

    def _one(self, url: str, headers: dict[str, str], max_bytes: int, started: float) -> Response | str:
        """One request: a Response, or the Location of a redirect."""
        httpx = self._httpx
        try:
            with self._client.stream("GET", url, headers=headers) as resp:
                if resp.status_code in (301, 302, 303, 307, 308) and resp.headers.get("location"):
                    return str(resp.headers["location"])
                info = {k.lower(): v for k, v in resp.headers.items()}
                if resp.status_code == 304:
                    return Response(url, 304, headers=info)
                if not 200 <= resp.status_code < 300:
                    raise FetchError("http", f"HTTP {resp.status_code} {resp.reason_phrase}".rstrip(), url=url,
                                     status=resp.status_code, retry_after=_retry_after(info.get("retry-after")))
                body = self._read(resp, url, info, max_bytes, started)
                return Response(url, resp.status_code, body, info)
        except httpx.TimeoutException as exc:
            raise FetchError("timeout", f"timed out ({type(exc).__name__}); the server is slow or down",
                             url=url) from exc
        except (httpx.TransportError, httpx.InvalidURL) as exc:
            raise FetchError("network", f"cannot connect or read ({type(exc).__name__}: {exc})", url=url) from exc

    def _read(self, resp: httpx.Response, url: str, info: dict[str, str], max_bytes: int, started: float) -> bytes:
        declared = info.get("content-length", "")
        if declared.isdigit() and int(declared) > max_bytes:
            raise FetchError("too-large", f"the response is {int(declared):,} bytes, over the {max_bytes:,}-byte "
                                          "limit; raise max_feed_bytes / max_page_bytes to read it", url=url)
        inflater = _Inflater(info.get("content-encoding", ""), max_bytes, url)
        for chunk in resp.iter_raw(_CHUNK):
            inflater.feed(chunk)
            if time.monotonic() - started > self.total_timeout:
                raise FetchError("timeout", f"the response took over {self.total_timeout:g} s (total_timeout); "
                                            "the server is too slow", url=url)
        return inflater.finish()

    def post(self, url: str, body: bytes, *, timeout: float, headers: dict[str, str] | None = None) -> int:
        """POST a JSON ``body``; returns the status, raises FetchError on network errors and timeouts."""
        httpx = self._httpx
        try:
            resp = self._client.post(url, content=body, timeout=timeout,
                                     headers={"Content-Type": "application/json", **(headers or {})})
        except httpx.TimeoutException as exc:
            raise FetchError("timeout", "the webhook timed out", url=url) from exc
        except (httpx.TransportError, httpx.InvalidURL) as exc:
            raise FetchError("network", f"cannot reach the webhook ({type(exc).__name__}: {exc})", url=url) from exc
        return int(resp.status_code)


def read_local(url: str, *, max_bytes: int, etag: str | None = None) -> Response:
    """A ``file:`` URL as a Response: 200 with the file's bytes, or 304 when ``etag`` (its modification time and
    size) is unchanged; FetchError (kind ``file``, retried with back-off) when it cannot be read."""
    from pathlib import Path
    from urllib.request import url2pathname

    path = Path(url2pathname(urlsplit(url).path))
    try:
        info = path.stat()
        if path.is_dir():
            raise FetchError("file", f"{path} is a folder; give the feed file in it", url=url)
        tag = f'"{info.st_mtime_ns:x}-{info.st_size:x}"'
        if etag == tag:
            return Response(url, 304, headers={"etag": tag})
        if info.st_size > max_bytes:
            raise FetchError("too-large", f"the file is {info.st_size:,} bytes, over the {max_bytes:,}-byte limit; "
                                          "raise max_feed_bytes / max_page_bytes to read it", url=url)
        return Response(url, 200, path.read_bytes()[:max_bytes], {"etag": tag})
    except OSError as exc:
        raise FetchError("file", f"cannot read {path} ({exc.strerror or exc})", url=url) from None


class _Inflater:
    """Decompress a response body chunk by chunk, never producing more than ``limit`` bytes."""

    def __init__(self, encoding: str, limit: int, url: str) -> None:
        enc = encoding.strip().lower()
        self.url, self.limit = url, limit
        self.out = bytearray()
        self._raw_deflate_tried = enc != "deflate"
        if enc in ("", "identity"):
            self._d: Any = None
        elif enc in ("gzip", "x-gzip"):
            self._d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif enc == "deflate":
            self._d = zlib.decompressobj()
        else:
            raise FetchError("encoding", f"unsupported Content-Encoding {encoding!r} (asked for gzip or deflate)",
                             url=url)

    def feed(self, chunk: bytes) -> None:
        if self._d is None:
            self._add(chunk)
            return
        data = chunk
        while data and not self._d.eof:
            try:
                part = self._d.decompress(data, self.limit - len(self.out) + 1)
            except zlib.error as exc:
                if not self._raw_deflate_tried and not self.out:
                    # Some servers send raw deflate without the zlib header.
                    self._raw_deflate_tried = True
                    self._d = zlib.decompressobj(-zlib.MAX_WBITS)
                    continue
                raise FetchError("encoding", f"the compressed body is corrupt ({exc})", url=self.url) from exc
            self._raw_deflate_tried = True
            self._add(part)
            data = self._d.unconsumed_tail

    def finish(self) -> bytes:
        if self._d is not None and not self._d.eof:
            raise FetchError("encoding", "the compressed body is truncated", url=self.url)
        return bytes(self.out)

    def _add(self, part: bytes) -> None:
        self.out += part
        if len(self.out) > self.limit:
            raise FetchError("too-large", f"the body is over the {self.limit:,}-byte limit once decompressed; "
                                          "raise max_feed_bytes / max_page_bytes to read it", url=self.url)


def _retry_after(value: str | None, cap: float = 86400.0) -> float | None:
    """Seconds from a Retry-After header (a number or an HTTP date), bounded."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return min(cap, float(value))
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, min(cap, when.timestamp() - time.time()))
