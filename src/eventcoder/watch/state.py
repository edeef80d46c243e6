"""What the watcher remembers, in the store (tables ``watch_feeds`` and ``watch_items``, migration 3).

A poll's result and the new entries it found are written in one transaction; an article's
document, its events and the entry's "stored" mark in another. So a watcher killed at any
moment restarts with every seen entry either stored or still pending: nothing is lost, and
nothing is stored twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, insert, select, update

from eventcoder.store.schema import watch_feeds, watch_items
from eventcoder.watch.feed import Entry, key_of

__all__ = ["FeedRow", "Item", "add_entries", "ensure_feeds", "finish_item", "load_feeds", "pending_items",
           "record_poll", "retry_item", "stored_copy"]

PENDING, STORED, DUPLICATE, FAILED, BLOCKED, SKIPPED = "pending", "stored", "duplicate", "failed", "blocked", "skipped"
_DONE = (STORED, DUPLICATE, FAILED, BLOCKED, SKIPPED)


@dataclass
class FeedRow:
    """The stored state of one feed."""

    url: str
    title: str | None
    etag: str | None
    last_modified: str | None
    next_poll_at: float | None
    last_ok_at: float | None
    failures: int


@dataclass
class Item:
    """A seen entry whose article is still to be coded (status ``pending``)."""

    feed_url: str
    key: str
    url: str | None
    title: str | None
    entry_id: str | None
    published: str | None
    entry_text: str | None
    attempts: int
    first_seen_at: float
    next_try_at: float
    versions: int = 1  # above 1: the entry was updated since it was first coded


def ensure_feeds(conn: Connection, urls: list[str], now: float) -> None:
    """Add a row for each feed not yet in the store (due at once)."""
    known = set(conn.execute(select(watch_feeds.c.url).where(watch_feeds.c.url.in_(urls))).scalars())
    rows = [{"url": u, "added_at": now, "next_poll_at": now, "failures": 0, "polls": 0, "errors": 0}
            for u in urls if u not in known]
    if rows:
        conn.execute(insert(watch_feeds), rows)


def load_feeds(conn: Connection, urls: list[str]) -> dict[str, FeedRow]:
    """The stored state of the given feeds."""
    cols = watch_feeds.c
    rows = conn.execute(select(cols.url, cols.title, cols.etag, cols.last_modified, cols.next_poll_at,
                               cols.last_ok_at, cols.failures).where(cols.url.in_(urls)))
    return {r.url: FeedRow(r.url, r.title, r.etag, r.last_modified, r.next_poll_at, r.last_ok_at, r.failures)
            for r in rows}


def record_poll(conn: Connection, url: str, now: float, next_poll_at: float, *, status: int | None,
                error: str | None = None, etag: str | None = None, last_modified: str | None = None,
                title: str | None = None, keep_validators: bool = False) -> None:
    """Write one poll's outcome: a success resets the failure count, an error adds to it."""
    values: dict[str, Any] = {"last_polled_at": now, "next_poll_at": next_poll_at, "last_status": status,
                              "polls": watch_feeds.c.polls + 1}
    if error is None:
        values.update(last_ok_at=now, last_error=None, failures=0)
        if not keep_validators:
            values.update(etag=etag, last_modified=last_modified)
        if title:
            values["title"] = title
    else:
        values.update(last_error=error, failures=watch_feeds.c.failures + 1, errors=watch_feeds.c.errors + 1)
    conn.execute(update(watch_feeds).where(watch_feeds.c.url == url).values(**values))


def add_entries(conn: Connection, feed_url: str, entries: list[Entry], now: float, *,
                status: str = PENDING) -> list[str]:
    """Record the entries not seen before (and new versions of seen ones); returns the keys now pending.

    A seen entry whose updated stamp changed is a new version of its article (a rising toll, a
    correction): it is fetched again.
    """
    if not entries:
        return []
    known = {r.item_key: r for r in conn.execute(
        select(watch_items.c.item_key, watch_items.c.updated, watch_items.c.status)
        .where(watch_items.c.feed_url == feed_url, watch_items.c.item_key.in_([e.key for e in entries])))}
    rows, queued = [], []
    for e in dict((e.key, e) for e in entries).values():
        old = known.get(e.key)
        if old is None:
            rows.append(_item_row(feed_url, e, now, status))
            if status == PENDING:
                queued.append(e.key)
        elif e.updated and e.updated != old.updated and old.status in _DONE and old.status != SKIPPED:
            conn.execute(update(watch_items).where(watch_items.c.feed_url == feed_url, watch_items.c.item_key == e.key)
                         .values(status=PENDING, updated=e.updated, url=e.url, url_hash=_url_hash(e.url),
                                 title=e.title, entry_text=e.text if e.text else None, attempts=0,
                                 versions=watch_items.c.versions + 1, next_try_at=now, error=None))
            queued.append(e.key)
    if rows:
        conn.execute(insert(watch_items), rows)
    return queued


def _url_hash(url: str | None) -> str | None:
    return key_of(url) if url else None


def _item_row(feed_url: str, e: Entry, now: float, status: str) -> dict[str, Any]:
    return {"feed_url": feed_url, "item_key": e.key, "url": e.url, "url_hash": _url_hash(e.url), "title": e.title,
            "entry_id": e.entry_id, "updated": e.updated, "published": e.published, "entry_text": e.text or None,
            "status": status, "attempts": 0, "versions": 1, "first_seen_at": now,
            "next_try_at": now if status == PENDING else None, "done_at": None if status == PENDING else now}


def pending_items(conn: Connection, feed_urls: list[str], keys: list[str] | None = None) -> list[Item]:
    """The pending entries of the given feeds (only ``keys`` when given), oldest first."""
    c = watch_items.c
    query = select(c.feed_url, c.item_key, c.url, c.title, c.entry_id, c.published, c.entry_text, c.attempts,
                   c.first_seen_at, c.next_try_at, c.versions).where(c.status == PENDING, c.feed_url.in_(feed_urls))
    if keys is not None:
        query = query.where(c.item_key.in_(keys))
    rows = conn.execute(query.order_by(c.first_seen_at, c.feed_url, c.item_key))
    return [Item(r.feed_url, r.item_key, r.url, r.title, r.entry_id, r.published, r.entry_text, r.attempts,
                 r.first_seen_at, r.next_try_at or r.first_seen_at, r.versions) for r in rows]


def stored_copy(conn: Connection, url: str) -> str | None:
    """The document of the same article already coded from another feed's entry, if any."""
    c = watch_items.c
    return conn.execute(select(c.document_id).where(c.url_hash == key_of(url), c.status == STORED,
                                                    c.url == url).limit(1)).scalar()


def finish_item(conn: Connection, item: Item, status: str, now: float, *, document_id: str | None = None,
                n_events: int | None = None, error: str | None = None) -> None:
    """Mark an entry done: stored, duplicate, failed, blocked."""
    conn.execute(update(watch_items).where(watch_items.c.feed_url == item.feed_url,
                                           watch_items.c.item_key == item.key)
                 .values(status=status, done_at=now, document_id=document_id, n_events=n_events, error=error,
                         attempts=item.attempts, next_try_at=None))


def retry_item(conn: Connection, item: Item, next_try_at: float, error: str) -> None:
    """Keep an entry pending after a transient failure, to be tried again at ``next_try_at``."""
    conn.execute(update(watch_items).where(watch_items.c.feed_url == item.feed_url,
                                           watch_items.c.item_key == item.key)
                 .values(attempts=item.attempts, next_try_at=next_try_at, error=error))


def item_counts(conn: Connection) -> dict[str, dict[str, int]]:
    """Entries per feed and status."""
    out: dict[str, dict[str, int]] = {}
    for r in conn.execute(select(watch_items.c.feed_url, watch_items.c.status, func.count())
                          .group_by(watch_items.c.feed_url, watch_items.c.status)):
        out.setdefault(r[0], {})[r[1]] = int(r[2])
    return out
