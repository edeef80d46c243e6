"""The watch configuration: a TOML file of settings, feeds and alert rules, validated.

    [watch]                      settings of the watcher (every key optional)
    [[feed]]                     one table per feed: url, and its own interval, name, fetch_pages, backfill
    [alerts]                     defaults of the alert rules: webhook, outbox, delivery attempts and backoff
    [[alert]]                    one table per rule: name, filters, min_fatalities, webhook and/or outbox

Keys are the fields of the dataclasses below; an unknown key, a wrong type or a bad value is a
:class:`ConfigError` that names the file, the section and the key. docs/watch.md has an example.
"""

from __future__ import annotations

import dataclasses
import tomllib
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from eventcoder.errors import ConfigError, InputError

__all__ = ["AlertRule", "AlertsSettings", "FeedConfig", "WatchConfig", "WatchSettings", "config_from_dict",
           "load_config"]


# The store keys feeds by URL (a VARCHAR on PostgreSQL).
MAX_URL = 2000


@dataclass(frozen=True)
class WatchSettings:
    """``[watch]``: how often, how politely and how defensively the watcher fetches."""

    db: str | None = None  # the store; --db and $EVENTCODER_DB come first
    interval: float = 300.0  # seconds between two polls of a feed (a feed may set its own)
    jitter: float = 0.1  # each poll interval is stretched or shrunk by up to this fraction, so feeds spread out
    workers: int = 4  # requests in flight at once (never two to one host)
    host_delay: float = 1.0  # seconds between two requests to one host (raised by its robots.txt crawl-delay)
    max_crawl_delay: float = 60.0  # a robots.txt crawl-delay above this is capped
    robots: bool = True  # obey robots.txt (RFC 9309) for feeds and pages
    robots_ttl: float = 86400.0  # seconds a host's robots.txt is kept before it is fetched again
    user_agent: str = "eventcoder-watch/0.1"
    timeout: float = 20.0  # seconds to connect, and between two reads of one response
    total_timeout: float = 60.0  # seconds for a whole response, so a server trickling bytes cannot hold a worker
    max_feed_bytes: int = 5_000_000  # a feed larger than this (decompressed) is refused
    max_page_bytes: int = 5_000_000  # an article page larger than this (decompressed) is refused
    max_redirects: int = 5
    backoff: float = 60.0  # the first retry delay after a failed poll or page fetch (seconds), doubling
    max_backoff: float = 3600.0  # the longest retry delay
    item_attempts: int = 5  # fetches of one article page before it is given up as failed
    status_every: float = 300.0  # seconds between two health summaries in the log
    backfill: bool = True  # code the entries a feed already shows when it is first polled

    def __post_init__(self) -> None:
        _positive(self, "interval", "workers", "timeout", "total_timeout", "max_feed_bytes", "max_page_bytes",
                  "backoff", "max_backoff", "item_attempts", "status_every", "robots_ttl")
        _non_negative(self, "host_delay", "max_crawl_delay", "max_redirects", "jitter")
        if self.jitter >= 1:
            raise ConfigError(f"[watch] jitter = {self.jitter}: must be below 1 (a fraction of the interval)")


@dataclass(frozen=True)
class FeedConfig:
    """``[[feed]]``: one RSS or Atom feed; unset values come from ``[watch]``."""

    url: str
    name: str | None = None  # a label for the log and --status (default: the feed's own title)
    interval: float | None = None
    fetch_pages: bool = True  # fetch each entry's article page; false codes the entry's own text
    backfill: bool | None = None

    def __post_init__(self) -> None:
        check_url(self.url, "[[feed]] url", local=True)
        if self.interval is not None and self.interval <= 0:
            raise ConfigError(f"[[feed]] {self.url}: interval = {self.interval}: must be a positive number of seconds")


@dataclass(frozen=True)
class AlertsSettings:
    """``[alerts]``: where alerts go unless a rule says otherwise, and how a webhook is retried."""

    webhook: str | None = None  # POST one JSON object per alert to this URL
    outbox: str | None = None  # append one JSON line per alert to this file
    attempts: int = 5  # tries of one webhook delivery before it is marked failed
    backoff: float = 2.0  # the first retry delay of a webhook (seconds), doubling, with jitter
    max_backoff: float = 300.0
    timeout: float = 10.0  # seconds for one webhook request
    headers: dict[str, str] = field(default_factory=dict)  # extra HTTP headers of webhook requests (a token)

    def __post_init__(self) -> None:
        _positive(self, "attempts", "backoff", "max_backoff", "timeout")
        if self.webhook:
            check_url(self.webhook, "[alerts] webhook")


@dataclass(frozen=True)
class AlertRule:
    """``[[alert]]``: an event matching every filter given here is alerted once, and again when its toll rises.

    Each filter takes one value or a list (any of them matches): ``country`` and ``admin1`` as
    ACLED spells them (any case), ``event_type`` an event or sub-event type, ``actor`` a part of
    actor1, actor2 or an associated actor. ``min_fatalities`` is the toll threshold.
    """

    name: str
    country: tuple[str, ...] = ()
    admin1: tuple[str, ...] = ()
    event_type: tuple[str, ...] = ()
    actor: tuple[str, ...] = ()
    min_fatalities: int = 0
    webhook: str | None = None
    outbox: str | None = None
    updates: bool = True  # alert again each time the toll of an alerted event rises

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise ConfigError("[[alert]] name: must not be empty")
        if self.min_fatalities < 0:
            raise ConfigError(f"[[alert]] {self.name}: min_fatalities = {self.min_fatalities}: must be 0 or more")
        if self.webhook:
            check_url(self.webhook, f"[[alert]] {self.name} webhook")
        # A misspelt type would match no event and the rule would stay silent: refuse it, and keep ACLED's spelling.
        from eventcoder.store.query import event_type_filter

        try:
            spelled = tuple(event_type_filter(t)[1] for t in self.event_type)
        except InputError as exc:
            raise ConfigError(f"[[alert]] {self.name} event_type: {exc}") from None
        object.__setattr__(self, "event_type", spelled)


@dataclass(frozen=True)
class WatchConfig:
    """The whole configuration: settings, feeds and alert rules."""

    watch: WatchSettings = field(default_factory=WatchSettings)
    feed: tuple[FeedConfig, ...] = ()
    alerts: AlertsSettings = field(default_factory=AlertsSettings)
    alert: tuple[AlertRule, ...] = ()

    def __post_init__(self) -> None:
        seen: set[str] = set()
        for f in self.feed:
            if f.url in seen:
                raise ConfigError(f"[[feed]] {f.url} is listed twice; keep one table per feed")
            seen.add(f.url)
        names = [r.name for r in self.alert]
        for name in names:
            if names.count(name) > 1:
                raise ConfigError(f"[[alert]] name {name!r} is used twice; alert rules need distinct names")
        for rule in self.alert:
            if not (rule.webhook or rule.outbox or self.alerts.webhook or self.alerts.outbox):
                raise ConfigError(f"[[alert]] {rule.name}: no webhook or outbox to deliver to; set one in the rule "
                                  "or in [alerts]")

    def with_feeds(self, urls: list[str], interval: float | None = None) -> WatchConfig:
        """This configuration plus feeds named on the command line (a URL already configured keeps its table)."""
        known = {f.url for f in self.feed}
        extra = tuple(FeedConfig(url=u, interval=interval) for u in dict.fromkeys(urls) if u not in known)
        return dataclasses.replace(self, feed=self.feed + extra)

    def feed_interval(self, feed: FeedConfig) -> float:
        """The poll interval of ``feed`` in seconds."""
        return feed.interval if feed.interval is not None else self.watch.interval


def check_url(url: str, where: str, *, local: bool = False) -> None:
    """An http(s) URL with a host (or, with ``local``, a ``file:`` URL of this machine), or a ConfigError naming
    ``where``."""
    parts = urlsplit(url)
    if local and parts.scheme == "file" and parts.netloc in ("", "localhost") and parts.path:
        return
    if parts.scheme not in ("http", "https") or not parts.hostname:
        what = "an http://, https:// or file:// URL (or a feed file's path)" if local else "an http:// or https:// URL"
        raise ConfigError(f"{where} = {url!r}: not {what}")
    if len(url) > MAX_URL:
        raise ConfigError(f"{where} = {url[:80]!r}...: longer than {MAX_URL} characters")


def load_config(path: str | Path) -> WatchConfig:
    """Read and validate a watch configuration file."""
    p = Path(path)
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{p}: cannot read the watch configuration ({exc.strerror or exc})") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{p}: not valid TOML ({exc}); see docs/watch.md for an example") from exc
    try:
        return config_from_dict(data)
    except ConfigError as exc:
        raise ConfigError(f"{p}: {exc}") from exc


def config_from_dict(data: dict[str, Any]) -> WatchConfig:
    """A validated WatchConfig from the parsed TOML (or any dict of the same shape)."""
    _check_keys(data, WatchConfig, "the top level")
    kwargs: dict[str, Any] = {}
    if "watch" in data:
        kwargs["watch"] = _build(WatchSettings, _table(data["watch"], "[watch]"), "[watch]")
    if "alerts" in data:
        kwargs["alerts"] = _build(AlertsSettings, _table(data["alerts"], "[alerts]"), "[alerts]")
    if "feed" in data:
        kwargs["feed"] = tuple(_build(FeedConfig, _table(t, f"[[feed]] #{i}"), f"[[feed]] #{i}")
                               for i, t in enumerate(_array(data["feed"], "feed"), start=1))
    if "alert" in data:
        kwargs["alert"] = tuple(_build(AlertRule, _table(t, f"[[alert]] #{i}"), f"[[alert]] #{i}")
                                for i, t in enumerate(_array(data["alert"], "alert"), start=1))
    return WatchConfig(**kwargs)


def _table(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ConfigError(f"{where} must be a table")
    return value


def _array(value: Any, key: str) -> list[Any]:
    if not isinstance(value, list):
        raise ConfigError(f"{key} must be an array of tables: write [[{key}]]")
    return value


def _check_keys(data: dict[str, Any], cls: type, where: str) -> None:
    names = [f.name for f in dataclasses.fields(cls)]
    for key in data:
        if key not in names:
            raise ConfigError(f"{where}: unknown key {key!r}; the keys are {', '.join(names)}")


def _build(cls: type[Any], data: dict[str, Any], where: str) -> Any:
    _check_keys(data, cls, where)
    hints = typing.get_type_hints(cls)
    values = {}
    for f in dataclasses.fields(cls):
        if f.name in data:
            values[f.name] = _coerce(data[f.name], hints[f.name], f"{where} {f.name}")
    missing = [f.name for f in dataclasses.fields(cls) if f.name not in values
               and f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING]
    if missing:
        raise ConfigError(f"{where}: missing key {missing[0]!r}")
    try:
        return cls(**values)
    except ConfigError as exc:
        raise ConfigError(f"{where}: {exc}") from exc


def _coerce(value: Any, hint: Any, where: str) -> Any:
    """``value`` checked against the field's type; numbers widen to float, a string to a one-item tuple."""
    options = typing.get_args(hint) if isinstance(hint, types.UnionType) else (hint,)
    if value is None and type(None) in options:
        return None
    for opt in options:
        origin = typing.get_origin(opt)
        if opt is bool and isinstance(value, bool):
            return value
        if opt is int and isinstance(value, int) and not isinstance(value, bool):
            return value
        if opt is float and isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
        if opt is str and isinstance(value, str):
            return value
        if origin is tuple and isinstance(value, str):
            return (value,)
        if origin is tuple and isinstance(value, list) and all(isinstance(v, str) for v in value):
            return tuple(value)
        if origin is dict and isinstance(value, dict) and all(isinstance(v, str) for v in value.values()):
            return dict(value)
    wanted = " or ".join(_type_name(o) for o in options if o is not type(None))
    raise ConfigError(f"{where} = {value!r}: expected {wanted}")


def _type_name(hint: Any) -> str:
    origin = typing.get_origin(hint)
    if origin is tuple:
        return "a string or a list of strings"
    if origin is dict:
        return "a table of strings"
    return {bool: "true or false", int: "an integer", float: "a number", str: "a string"}.get(hint, str(hint))


def _positive(obj: Any, *names: str) -> None:
    for name in names:
        if getattr(obj, name) <= 0:
            raise ConfigError(f"{name} = {getattr(obj, name)}: must be positive")


def _non_negative(obj: Any, *names: str) -> None:
    for name in names:
        if getattr(obj, name) < 0:
            raise ConfigError(f"{name} = {getattr(obj, name)}: must be 0 or more")
