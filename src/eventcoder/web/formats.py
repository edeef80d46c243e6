"""Streamed response bodies of GET /api/events: a JSON page, a GeoJSON FeatureCollection, ACLED CSV.

Each body is produced event by event from the store's chunked iterator, so a large result
costs time, not memory. The cursor of the next page is known only at the end, so JSON and
GeoJSON carry ``next_cursor`` after the events.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from eventcoder.web.problems import Problem

__all__ = ["FORMATS", "MEDIA_TYPES", "choose_format", "csv_body", "geojson_body", "json_body"]

MEDIA_TYPES = {"json": "application/json", "geojson": "application/geo+json", "csv": "text/csv; charset=utf-8"}
FORMATS = tuple(MEDIA_TYPES)
_ACCEPT = {"application/json": "json", "application/geo+json": "geojson", "text/csv": "csv",
           "application/*": "json", "text/*": "csv", "*/*": "json"}
_FLUSH = 64  # events per chunk written to the socket


def choose_format(fmt: str | None, accept: str | None) -> str:
    """``format=`` when given, else the first type of the Accept header the API serves, else JSON."""
    if fmt:
        return fmt
    if not accept:
        return "json"
    ranked = []
    for i, part in enumerate(accept.split(",")):
        media, *params = (p.strip() for p in part.split(";"))
        q = 1.0
        for param in params:
            if param.startswith("q="):
                try:
                    q = float(param[2:])
                except ValueError:
                    q = 0.0
        if media.lower() in _ACCEPT and q > 0:
            ranked.append((-q, i, _ACCEPT[media.lower()]))
    if not ranked:
        raise Problem(406, f"cannot answer with {accept[:100]!r}; ask for application/json, application/geo+json "
                           "or text/csv (or pass format=json|geojson|csv)")
    return min(ranked)[2]


def _dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, default=str, allow_nan=False)


def _chunks(items: Iterable[str]) -> Iterator[bytes]:
    buf: list[str] = []
    for item in items:
        buf.append(item)
        if len(buf) >= _FLUSH:
            yield "".join(buf).encode()
            buf = []
    if buf:
        yield "".join(buf).encode()


def _listing(events: Iterable[dict[str, Any]], limit: int, cursor_of: Callable[[dict[str, Any]], str],
             render: Callable[[dict[str, Any]], str], head: str, tail: Callable[[int, str | None], str]
             ) -> Iterator[str]:
    yield head
    n, last = 0, None
    for ev in events:
        yield ("," if n else "") + "\n" + render(ev)
        n, last = n + 1, ev
    nxt = cursor_of(last) if last is not None and n >= limit else None
    yield tail(n, nxt)


def json_body(events: Iterable[dict[str, Any]], limit: int, cursor_of: Callable[[dict[str, Any]], str]
              ) -> Iterator[bytes]:
    """``{"events": [...], "count": n, "next_cursor": ...}``; next_cursor is null on the last page."""
    return _chunks(_listing(events, limit, cursor_of, _dumps, '{"events": [',
                            lambda n, c: f'\n], "count": {n}, "next_cursor": {_dumps(c)}}}\n'))


def geojson_body(events: Iterable[dict[str, Any]], limit: int, cursor_of: Callable[[dict[str, Any]], str]
                 ) -> Iterator[bytes]:
    """A FeatureCollection as ``eventcoder export --format geojson`` writes it, plus count and next_cursor."""
    from eventcoder.export.geojson import feature

    return _chunks(_listing(events, limit, cursor_of, lambda ev: _dumps(feature(ev)),
                            '{"type": "FeatureCollection", "features": [',
                            lambda n, c: f'\n], "count": {n}, "next_cursor": {_dumps(c)}}}\n'))


def csv_body(events: Iterable[dict[str, Any]]) -> Iterator[bytes]:
    """ACLED CSV as ``eventcoder export --format acled-csv`` writes it (ACLED columns, then eventcoder's)."""
    from eventcoder.export._common import flat
    from eventcoder.export.acled_csv import COLUMNS, cell

    def rows() -> Iterator[str]:
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(COLUMNS)
        for ev in events:
            row = flat(ev)
            writer.writerow([cell(row[c]) for c in COLUMNS])
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
        yield buf.getvalue()

    return _chunks(rows())
