"""Reading a fetched feed (feedparser) into entries, and an entry's own text into a Document.

A feed that parses with errors but still yields entries is used (feedparser is lenient, and
real feeds are often slightly broken); the problem is logged. A body that is an HTML page, or
has no entries and does not parse, is an error naming the feed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

from eventcoder.errors import InputError
from eventcoder.ingest.feed import entry_body
from eventcoder.model import Document

__all__ = ["Entry", "ParsedFeed", "entry_document", "key_of", "parse_feed"]

_TAG = re.compile(r"<[a-zA-Z!/][^>]*>")
# The entry's own text is kept for coding when there is no page; longer texts are cut.
ENTRY_TEXT_LIMIT = 200_000


@dataclass(frozen=True)
class Entry:
    """One feed entry: what identifies it, where its article is, and its own text."""

    key: str
    entry_id: str | None
    url: str | None
    title: str | None
    updated: str | None
    published: str | None  # ISO date from the entry
    text: str  # content or summary (may be HTML)


@dataclass(frozen=True)
class ParsedFeed:
    """A parsed feed: its title, entries in feed order, and a parse warning when it was malformed."""

    title: str | None
    entries: list[Entry]
    warning: str | None = None


def key_of(value: str) -> str:
    """A fixed-length key (sha1 hex) of an entry id, a URL or a text."""
    return hashlib.sha1(value.encode("utf-8", errors="replace")).hexdigest()


def _benign() -> tuple[type[Exception], ...]:
    import feedparser

    return tuple(getattr(feedparser, name) for name in ("NonXMLContentType", "CharacterEncodingOverride")
                 if isinstance(getattr(feedparser, name, None), type))


_BENIGN = _benign()


def parse_feed(body: bytes, url: str, headers: dict[str, str] | None = None) -> ParsedFeed:
    """The entries of a fetched feed; InputError when the body is not a feed."""
    import feedparser

    from eventcoder.ingest import sniff_format

    if not body.strip():
        raise InputError("the feed is empty (no bytes); check the URL", input=url)
    if sniff_format(body[:4096]) == "html":
        raise InputError("the URL returned an HTML page, not an RSS/Atom feed; use the page's feed link "
                         "(<link rel=\"alternate\" type=\"application/rss+xml\">)", input=url)
    response_headers = {"content-location": url, **{k: v for k, v in (headers or {}).items()
                                                    if k in ("content-type", "content-language")}}
    parsed = feedparser.parse(io.BytesIO(body), response_headers=response_headers)
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if isinstance(problem, _BENIGN):
        problem = None  # a missing or unusual Content-Type, a charset overridden by the document: not damage
    entries = [e for e in (_entry(raw, url) for raw in parsed.get("entries") or []) if e is not None]
    if not entries and (problem is not None or not parsed.get("version")):
        detail = f" ({type(problem).__name__}: {problem})" if problem is not None else ""
        raise InputError(f"not a valid RSS/Atom feed{detail}; check the URL", input=url)
    feed_info = parsed.get("feed") or {}
    warning = f"the feed is malformed ({type(problem).__name__}: {problem}); its {len(entries)} readable " \
              "entries were used" if problem is not None else None
    return ParsedFeed(feed_info.get("title") or None, entries, warning)


def _entry(raw: Any, feed_url: str) -> Entry | None:
    link = raw.get("link") or None
    url = urljoin(feed_url, link) if link else None
    if url and url.startswith("file:") and feed_url.startswith("file:"):
        # A local feed's entries may point at local pages; feedparser writes file:///a/b.html as file://a/b.html.
        parts = urlsplit(url)
        if parts.netloc not in ("", "localhost"):
            url = f"file:///{parts.netloc}{parts.path}"
    elif url and not url.startswith(("http://", "https://")):
        url = None  # a web feed never makes the watcher read this machine's files
    text = entry_body(raw)
    title = (raw.get("title") or "").strip() or None
    entry_id = (raw.get("id") or "").strip() or None
    identity = entry_id or url or ((title or "") + "\n" + text).strip()
    if not identity:
        return None  # nothing to identify or code
    struct = raw.get("published_parsed") or raw.get("updated_parsed")
    try:
        published = dt.date(*struct[:3]).isoformat() if struct else None
    except (TypeError, ValueError):
        published = None
    # dict.get: feedparser's own get maps a missing 'updated' to 'published' with a deprecation warning.
    updated = dict.get(raw, "updated") or dict.get(raw, "published") or None
    return Entry(key_of(identity), entry_id, url, title, updated, published, text[:ENTRY_TEXT_LIMIT])


def entry_document(text: str, *, title: str | None, url: str | None, ref: str, published: str | None,
                   source: str | None, meta: dict[str, Any]) -> Document:
    """A Document from an entry's own text (title plus content or summary), for entries coded without a page."""
    from eventcoder.ingest.html import html_to_text
    from eventcoder.ingest.text import build_document

    body = text
    if _TAG.search(body):
        body = "\n\n".join(html_to_text(body)[0].split("\n"))
    if not body.strip() and not (title or "").strip():
        raise InputError("feed entry has neither title nor text; nothing to code", input=ref)
    return build_document(body, title=title, published=published, published_origin="feed" if published else None,
                          source=source, url=url, input_ref=ref, input_format="rss", raw=text, meta=meta)
