"""From a fetched article (or an entry's own text) to a stored document, its events and its alerts.

The page is read by the HTML reader of ``eventcoder ingest`` (trafilatura); storing goes through
the store's writer, so deduplication is exactly that of ``eventcoder ingest``. The document, its
events, the entry's mark and the alerts it calls for are written in one transaction.
"""

from __future__ import annotations

import datetime as dt
import re

from sqlalchemy import Engine

from eventcoder.errors import InputError
from eventcoder.model import Document
from eventcoder.store.db import write_transaction
from eventcoder.store.writer import DocOutcome, add_document
from eventcoder.watch import state
from eventcoder.watch.alerts import Alert, create_alerts
from eventcoder.watch.config import WatchConfig
from eventcoder.watch.feed import entry_document
from eventcoder.watch.fetch import Response

__all__ = ["entry_date", "entry_item_document", "page_document", "store_article"]

# trafilatura falls back to the host name when a page names no site: not an outlet's name.
_HOST_LIKE = re.compile(r"(?:www\.)?[\w.-]+\.[a-z]{2,}|[\d.]+(?::\d+)?|[\w.-]+:\d+", re.I)
# Content types read as HTML (no type at all included: many servers send none).
_HTML_TYPES = ("", "text/html", "application/xhtml+xml", "application/xml", "text/xml")


def entry_date(item: state.Item) -> tuple[str, str]:
    """The entry's date (origin ``feed``), else the day it was first seen (origin ``watch``)."""
    if item.published:
        return item.published, "feed"
    return dt.datetime.fromtimestamp(item.first_seen_at, dt.UTC).date().isoformat(), "watch"


def page_document(item: state.Item, resp: Response, *, name: str | None, feed_title: str | None) -> Document:
    """The Document of a fetched article page; InputError when it is not an HTML page with text.

    The outlet is the feed's configured ``name``, else the page's site name unless that is only a
    host name, else the feed's title.
    """
    from eventcoder.ingest.html import document_from_html

    ctype = resp.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype not in _HTML_TYPES:
        raise InputError(f"not an HTML page (Content-Type {ctype}); not coded", input=resp.url)
    doc = document_from_html(resp.body, ref=resp.url, url=resp.url, http_charset=resp.charset,
                             late_published=entry_date(item), title=item.title,
                             meta={"feed": item.feed_url, "entry": item.entry_id or item.key})
    if name or not doc.source or _HOST_LIKE.fullmatch(doc.source):
        doc.source = name or feed_title or doc.source
    return doc


def entry_item_document(item: state.Item, *, source: str | None) -> Document:
    """The Document of an entry coded from its own title and text."""
    date, origin = entry_date(item)
    return entry_document(item.entry_text or "", title=item.title, url=item.url,
                          ref=f"{item.feed_url}#{item.entry_id or item.key}",
                          published=date if origin == "feed" else None, source=source,
                          meta={"feed": item.feed_url, "entry": item.entry_id or item.key})


def store_article(engine: Engine, config: WatchConfig, doc: Document, item: state.Item,
                  now: float) -> tuple[DocOutcome, list[Alert]]:
    """Store a coded document (deduplicated), mark its entry and record its alerts, in one transaction."""
    with write_transaction(engine) as conn:
        out = add_document(conn, doc)
        alerts = [] if out.status == "duplicate" else create_alerts(conn, config.alert, config.alerts, doc.id, now)
        status = state.DUPLICATE if out.status == "duplicate" else state.STORED
        state.finish_item(conn, item, status, now, document_id=doc.id, n_events=len(doc.events))
    return out, alerts
