"""RSS and Atom feeds (feedparser): one Document per entry, dated by the entry (origin ``feed``)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

from eventcoder.errors import InputError
from eventcoder.ingest.html import html_to_text
from eventcoder.ingest.text import build_document, failure_from
from eventcoder.model import Document, Failure

__all__ = ["entry_body", "read_feed"]

_TAG = re.compile(r"<[a-zA-Z!/][^>]*>")


def read_feed(data: bytes, ref: str, *, published: str | None = None) -> Iterator[Document | Failure]:
    """One Document per feed entry (title plus content or summary); a bad entry becomes a Failure."""
    import feedparser

    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    if not entries:
        reason = parsed.get("bozo_exception")
        detail = f" ({reason})" if parsed.get("bozo") and reason else ""
        raise InputError(f"not an RSS/Atom feed with entries{detail}; check the file or force --input-format",
                         input=ref)
    feed_title = (parsed.get("feed") or {}).get("title")
    for i, entry in enumerate(entries, start=1):
        entry_ref = f"{ref}#entry {i}"
        try:
            yield _entry_document(entry, entry_ref, feed_title, published)
        except InputError as exc:
            yield failure_from(exc, entry_ref)


def entry_body(entry: Any) -> str:
    """The longest text a feed entry carries: its longest ``content`` value or its ``summary``."""
    body = ""
    for content in entry.get("content") or []:
        if len(content.get("value") or "") > len(body):
            body = content["value"]
    summary = entry.get("summary") or ""
    return summary if len(summary) > len(body) else body


def _entry_document(entry: Any, ref: str, feed_title: str | None, published: str | None) -> Document:
    body = entry_body(entry)
    if _TAG.search(body):
        body = "\n\n".join(html_to_text(body)[0].split("\n"))
    title = entry.get("title")
    if not body.strip() and not (title or "").strip():
        raise InputError("feed entry has neither title nor text; nothing to read", input=ref)
    struct = entry.get("published_parsed") or entry.get("updated_parsed")
    date = dt.date(*struct[:3]).isoformat() if struct else None
    return build_document(
        body,
        title=title,
        published=date,
        published_origin="feed" if date else None,
        fallback=published,
        source=feed_title,
        url=entry.get("link"),
        author=entry.get("author"),
        language=None,
        input_ref=ref,
        input_format="rss",
        raw=str(entry.get("summary") or body),
        meta={"entry_id": entry.get("id")} if entry.get("id") else None,
    )
