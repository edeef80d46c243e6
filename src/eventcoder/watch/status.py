"""``eventcoder watch --status``: the health of every watched feed and of the alert deliveries, from the store."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import Engine, select

from eventcoder.store.schema import watch_feeds
from eventcoder.watch.alerts import alert_counts
from eventcoder.watch.state import item_counts

__all__ = ["FeedHealth", "WatchStatus", "read_status"]


@dataclass
class FeedHealth:
    """One feed: its last poll, its errors, and what became of its entries."""

    url: str
    title: str | None
    state: str  # "ok", "failing" (the last poll failed), "new" (never polled successfully)
    last_polled_at: str | None  # ISO 8601, UTC
    last_ok_at: str | None
    next_poll_at: str | None
    last_status: int | None
    last_error: str | None
    failures: int  # failed polls in a row
    polls: int
    errors: int
    entries: dict[str, int] = field(default_factory=dict)  # status -> count


@dataclass
class WatchStatus:
    """Every feed the store has watched, and the alert deliveries by status."""

    db: str
    feeds: list[FeedHealth]
    entries: dict[str, int]  # status -> count over all feeds
    alerts: dict[str, int]  # delivery status -> count

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return asdict(self)


def _iso(ts: float | None) -> str | None:
    return None if ts is None else dt.datetime.fromtimestamp(ts, dt.UTC).isoformat(timespec="seconds")


def read_status(engine: Engine) -> WatchStatus:
    """The watch status held in the store of ``engine``."""
    with engine.connect() as conn:
        counts = item_counts(conn)
        alerts = alert_counts(conn)
        rows = conn.execute(select(watch_feeds).order_by(watch_feeds.c.url)).all()
    feeds = []
    totals: dict[str, int] = {}
    for r in rows:
        entries = counts.get(r.url, {})
        for k, v in entries.items():
            totals[k] = totals.get(k, 0) + v
        condition = "failing" if r.failures else ("ok" if r.last_ok_at is not None else "new")
        feeds.append(FeedHealth(r.url, r.title, condition, _iso(r.last_polled_at), _iso(r.last_ok_at),
                                _iso(r.next_poll_at), r.last_status, r.last_error, r.failures, r.polls, r.errors,
                                dict(sorted(entries.items()))))
    return WatchStatus(engine.url.render_as_string(hide_password=True), feeds, dict(sorted(totals.items())),
                       dict(sorted(alerts.items())))
