"""Live monitoring: watch RSS/Atom feeds, code new articles within a minute, alert on thresholds.

    config.py    the TOML configuration ([watch], [[feed]], [alerts], [[alert]]), validated
    fetch.py     HTTP with conditional requests and hard limits (size, time, redirects)
    robots.py    robots.txt per host (RFC 9309)
    feed.py      a fetched feed into entries (feedparser)
    state.py     what was seen, in the store (watch_feeds, watch_items)
    alerts.py    alert rules and deliveries (watch_alerts)
    timing.py    the injectable clock, backoff with jitter, per-host politeness
    articles.py  a fetched article (or an entry's text) to a stored document, its events and alerts
    watcher.py   the loop that ties them together
    status.py    feed health for ``eventcoder watch --status``

Entry points: :func:`watch` and :func:`watch_status` (also ``eventcoder.api``). See docs/watch.md.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from eventcoder.errors import ConfigError
from eventcoder.watch.config import WatchConfig, load_config
from eventcoder.watch.status import WatchStatus
from eventcoder.watch.timing import Clock
from eventcoder.watch.watcher import WatchSummary

if TYPE_CHECKING:
    from eventcoder.pipeline import Pipeline

__all__ = ["WatchConfig", "WatchStatus", "WatchSummary", "load_config", "resolve_config", "watch", "watch_status"]


def resolve_config(feeds: Sequence[str] = (), config: str | Path | WatchConfig | None = None, *,
                   interval: float | None = None) -> WatchConfig:
    """The configuration file (or object) plus the feeds named on the command line."""
    if isinstance(config, WatchConfig):
        cfg = config
    elif config is not None:
        cfg = load_config(config)
    else:
        cfg = WatchConfig()
    if interval is not None and interval <= 0:
        raise ConfigError(f"--interval {interval:g}: must be a positive number of seconds")
    if feeds:
        from eventcoder.watch.config import check_url

        urls = [_feed_url(url) for url in feeds]
        for url in urls:
            check_url(url, "FEED_URL", local=True)
        cfg = cfg.with_feeds(urls, interval)
    return cfg


def _feed_url(value: str) -> str:
    """A FEED_URL as given, or the ``file:`` URL of a feed file named by its path (a program writes it locally)."""
    from pathlib import Path

    if "://" not in value and not value.startswith("file:") and Path(value).expanduser().is_file():
        return Path(value).expanduser().resolve().as_uri()
    return value


def watch(feeds: Sequence[str] = (), *, config: str | Path | WatchConfig | None = None, db: str | None = None,
          once: bool = False, interval: float | None = None, pipeline: Pipeline | None = None,
          clock: Clock | None = None, rng: random.Random | None = None, stop: threading.Event | None = None,
          until: float | None = None) -> WatchSummary:
    """Watch the feeds (command line and/or configuration) and store what they report; returns what was done."""
    from eventcoder.store.db import open_engine
    from eventcoder.watch.watcher import Watcher

    cfg = resolve_config(feeds, config, interval=interval)
    if not cfg.feed:
        raise ConfigError("no feed to watch; give FEED_URL... or a --config file with [[feed]] tables")
    if pipeline is None:
        from eventcoder.pipeline import Pipeline

        pipeline = Pipeline.default()
    engine = open_engine(db or cfg.watch.db)
    try:
        watcher = Watcher(cfg, engine=engine, pipeline=pipeline, clock=clock, rng=rng)
        return watcher.run(once=once, stop=stop, until=until)
    finally:
        engine.dispose()


def watch_status(db: str | None = None, *, config: str | Path | WatchConfig | None = None) -> WatchStatus:
    """The health of every watched feed and the alert deliveries, read from the store."""
    from eventcoder.store.db import open_engine
    from eventcoder.watch.status import read_status

    cfg = resolve_config((), config)
    engine = open_engine(db or cfg.watch.db, create=False)
    try:
        return read_status(engine)
    finally:
        engine.dispose()
