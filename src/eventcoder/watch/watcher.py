"""The watcher: poll feeds, fetch new articles, code and store them, deliver alerts.

One thread (the caller's) decides everything and owns the store; a small pool of worker
threads only does HTTP. Each pass of the loop dispatches what is due (webhook deliveries,
article pages, feed polls) to free workers, never two requests to one host at once and never
sooner than the host's delay after the last one, then handles the responses that came back:
a feed's new entries are recorded as pending, an article is read (trafilatura), run through
the pipeline and stored through the store's writer (deduplication included) together with its
"stored" mark and the alerts it calls for.

Failures are normal: a failed poll is retried after the feed's interval or a backoff with
jitter (whichever is longer); a failed article fetch is retried with backoff up to
``item_attempts`` times unless it cannot succeed (404, 410, too large); each is logged with
the feed and the URL, and the other feeds go on.
"""

from __future__ import annotations

import heapq
import logging
import random
import threading
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine

from eventcoder.errors import InputError
from eventcoder.model import Document, Failure
from eventcoder.store.db import write_transaction
from eventcoder.store.writer import DocOutcome
from eventcoder.watch import alerts as alerting
from eventcoder.watch import articles, state
from eventcoder.watch.config import FeedConfig, WatchConfig
from eventcoder.watch.feed import Entry, parse_feed
from eventcoder.watch.fetch import Fetcher, FetchError, Response, host_of
from eventcoder.watch.robots import MAX_ROBOTS_BYTES, RobotsRules, robots_url, rules_from
from eventcoder.watch.timing import Clock, HostGate, SystemClock, backoff_delay, jittered

if TYPE_CHECKING:
    from eventcoder.pipeline import Pipeline

__all__ = ["WatchSummary", "Watcher"]

log = logging.getLogger("eventcoder.watch")

# The loop never sleeps longer than this, so a stop request is seen within a second.
_MAX_SLEEP = 1.0
_FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
_PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"


def _reason(exc: Exception) -> str:
    """The message of an error without the URL it starts with (the log line names the URL already)."""
    text = str(exc)
    ref = getattr(exc, "input", None)
    return text[len(ref) + 2:] if ref and text.startswith(f"{ref}: ") else text


@dataclass
class WatchSummary:
    """What one run of the watcher did."""

    polls: int = 0
    polls_not_modified: int = 0
    polls_failed: int = 0
    entries_new: int = 0
    items_stored: int = 0
    items_duplicate: int = 0
    items_failed: int = 0
    items_blocked: int = 0
    items_retried: int = 0
    events_new: int = 0
    events_merged: int = 0
    alerts_delivered: int = 0
    alerts_retried: int = 0
    alerts_failed: int = 0

    def to_dict(self) -> dict[str, int]:
        """A JSON-ready dict."""
        return asdict(self)


@dataclass
class _Job:
    """One HTTP request for a worker: a feed poll, an article page, a robots.txt, a webhook delivery."""

    kind: str
    url: str
    host: str | None  # None: not subject to politeness (webhooks)
    feed: FeedConfig | None = None
    item: state.Item | None = None
    alert: alerting.Alert | None = None


@dataclass(order=True)
class _Queued:
    due: float
    seq: int
    item: state.Item = field(compare=False)


class Watcher:
    """Watches the configured feeds; :meth:`run` until stopped (or once over every feed)."""

    def __init__(self, config: WatchConfig, *, engine: Engine, pipeline: Pipeline, clock: Clock | None = None,
                 rng: random.Random | None = None, fetcher: Fetcher | None = None) -> None:
        s = config.watch
        self.config, self.settings, self.engine, self.pipeline = config, s, engine, pipeline
        self.clock: Clock = clock or SystemClock()
        self.rng = rng or random.Random()
        self.fetcher = fetcher or Fetcher(user_agent=s.user_agent, timeout=s.timeout, total_timeout=s.total_timeout,
                                          max_redirects=s.max_redirects)
        self.gate = HostGate(s.host_delay)
        self.feeds = {f.url: f for f in config.feed}
        self.summary = WatchSummary()
        self._rows: dict[str, state.FeedRow] = {}
        self._pages: dict[str, list[_Queued]] = {}  # host -> heap of pending entries
        self._alerts: list[alerting.Alert] = []
        self._robots: dict[str, RobotsRules] = {}
        self._inflight: dict[Future[Any], _Job] = {}
        self._polling: set[str] = set()
        self._polled: set[str] = set()
        self._seq = 0
        self._next_health = 0.0

    # -- the loop -----------------------------------------------------------------------------

    def run(self, *, once: bool = False, stop: threading.Event | None = None,
            until: float | None = None) -> WatchSummary:
        """Watch until ``stop`` is set or the clock reaches ``until``; ``once``: poll every feed once, then return."""
        self._prepare()
        pool = ThreadPoolExecutor(max_workers=self.settings.workers, thread_name_prefix="eventcoder-watch")
        try:
            while not (stop is not None and stop.is_set()):
                now = self.clock.time()
                if until is not None and now >= until:
                    break
                wake = self._dispatch(pool, now, once)
                if not self._inflight and once and self._finished(now):
                    break
                self._wait(now, wake)
                self._log_health()
        finally:
            pool.shutdown(wait=False, cancel_futures=True)
            self.fetcher.close()
        self._log_health(force=True)
        return self.summary

    def _prepare(self) -> None:
        urls = list(self.feeds)
        now = self.clock.time()
        with write_transaction(self.engine) as conn:
            state.ensure_feeds(conn, urls, now)
        with self.engine.connect() as conn:
            self._rows = state.load_feeds(conn, urls)
            items = state.pending_items(conn, urls)
            self._alerts = alerting.pending_alerts(conn)
        for item in items:
            self._queue(item)
        self._next_health = now + self.settings.status_every
        log.info("watching %d feed(s) into %s: %d entries and %d alert deliveries pending from earlier runs",
                 len(urls), self.engine.url.render_as_string(hide_password=True), len(items), len(self._alerts))

    def _finished(self, now: float) -> bool:
        """Once mode: every feed polled, no article due, no alert left to deliver."""
        if len(self._polled) < len(self.feeds) or self._alerts:
            return False
        return not any(heap and heap[0].due <= now for heap in self._pages.values())

    def _wait(self, now: float, wake: float) -> None:
        if self._inflight:
            done, _ = wait(list(self._inflight), timeout=_MAX_SLEEP, return_when=FIRST_COMPLETED)
            for fut in done:
                self._handle(self._inflight.pop(fut), fut)
        else:
            self.clock.sleep(min(self.clock.max_sleep, max(0.0, wake - now)))

    # -- dispatch -----------------------------------------------------------------------------

    def _dispatch(self, pool: ThreadPoolExecutor, now: float, once: bool) -> float:
        """Start what is due on free workers; returns when something next becomes due.

        Polls go before article pages: a host's polls are bounded (its feeds, once per interval), so
        pages still get most of its turns, while a backlog of pages can never hold up the polls that
        find new entries.
        """
        wake = self._dispatch_alerts(pool, now)
        for url, feed in self.feeds.items():
            if url in self._polling or (once and url in self._polled):
                continue
            due = now if once else (self._rows[url].next_poll_at or now)
            if due > now:
                wake = min(wake, due)
            elif self._room():
                retry_at = self._try_start(pool, _Job("feed", url, host_of(url), feed=feed), now)
                wake = min(wake, retry_at if retry_at is not None else wake)
        for host in list(self._pages):
            wake = min(wake, self._dispatch_pages(pool, host, now))
        return wake

    def _room(self) -> bool:
        return len(self._inflight) < self.settings.workers

    def _dispatch_alerts(self, pool: ThreadPoolExecutor, now: float) -> float:
        wake = float("inf")
        waiting = []
        for alert in self._alerts:
            if alert.next_try_at > now or not (alert.sink == "outbox" or self._room()):
                wake = min(wake, alert.next_try_at)
                waiting.append(alert)
            elif alert.sink == "outbox":
                self._deliver_outbox(alert, now, waiting)
            else:
                self._submit(pool, _Job("webhook", alert.target, None, alert=alert))
        self._alerts = waiting
        return wake

    def _dispatch_pages(self, pool: ThreadPoolExecutor, host: str, now: float) -> float:
        heap = self._pages[host]
        while heap and heap[0].due <= now:
            if host and not self._room():
                return now
            queued = heapq.heappop(heap)
            item = queued.item
            feed = self.feeds.get(item.feed_url)
            if item.url is None or (feed is not None and not feed.fetch_pages):
                self._ingest_entry(item, now)
                continue
            if self._known_copy(item, now):
                continue
            retry_at = self._try_start(pool, _Job("page", item.url, host, feed=feed, item=item), now)
            if retry_at is not None:
                heapq.heappush(heap, queued)
                return retry_at
        if not heap:
            self._pages.pop(host, None)
            return float("inf")
        return heap[0].due

    def _try_start(self, pool: ThreadPoolExecutor, job: _Job, now: float) -> float | None:
        """Start ``job`` when its host is free and robots.txt allows it; else when to try again.

        A job robots.txt forbids is settled here (the feed backs off, the entry is set aside).
        """
        host = job.host or ""
        if not self.gate.free(host, now):
            return now + _MAX_SLEEP if self.gate.busy(host) else self.gate.next_free(host)
        if self.settings.robots and host:  # a file: URL has no host and no robots.txt
            rules = self._robots.get(host)
            if rules is None or rules.expires <= now:
                self.gate.acquire(host)
                self._submit(pool, _Job("robots", robots_url(job.url), host))
                return now + _MAX_SLEEP
            if not rules.allowed(job.url, self.settings.user_agent):
                self._refused(job, rules, now)
                return None
        self.gate.acquire(host)
        self._submit(pool, job)
        if job.kind == "feed":
            self._polling.add(job.url)
        return None

    def _submit(self, pool: ThreadPoolExecutor, job: _Job) -> None:
        self._inflight[pool.submit(self._request, job)] = job

    def _request(self, job: _Job) -> Response | int:
        """Runs in a worker thread: the HTTP request of one job."""
        s = self.settings
        if job.kind == "webhook" and job.alert is not None:
            a = self.config.alerts
            return self.fetcher.post(job.url, job.alert.payload.encode("utf-8"), timeout=a.timeout, headers=a.headers)
        if job.kind == "robots":
            return self.fetcher.get(job.url, max_bytes=MAX_ROBOTS_BYTES)
        if job.url.startswith("file:") and not (job.kind == "page" and job.item and job.item.feed_url.startswith("file:")
                                                or job.kind == "feed"):
            # A web feed's entry must not make the watcher read (and store) this machine's files.
            raise FetchError("refused", "a file: link in a web feed is not read; only a local feed's entries may "
                                     "point at local files", url=job.url)
        if job.kind == "feed":
            row = self._rows[job.url]
            return self.fetcher.get(job.url, max_bytes=s.max_feed_bytes, etag=row.etag,
                                    last_modified=row.last_modified, accept=_FEED_ACCEPT)
        return self.fetcher.get(job.url, max_bytes=s.max_page_bytes, accept=_PAGE_ACCEPT)

    def _handle(self, job: _Job, fut: Future[Any]) -> None:
        now = self.clock.time()
        try:
            result: Response | int | FetchError = fut.result()
        except FetchError as exc:
            result = exc
        except Exception as exc:  # noqa: BLE001 - a worker's unexpected error fails its job, not the watcher
            result = FetchError("network", f"{type(exc).__name__}: {exc}", url=job.url)
        if job.kind == "robots":
            self._on_robots(job, result, now)  # first: a crawl-delay applies from this very request
        if job.host is not None:
            self.gate.release(job.host, now)
        if job.kind == "feed" and job.feed is not None:
            self._on_feed(job.feed, result, now)
        elif job.kind == "page" and job.item is not None:
            self._on_page(job.item, result, now)
        elif job.alert is not None:
            self._on_webhook(job.alert, result, now)

    # -- robots.txt -----------------------------------------------------------------------------

    def _on_robots(self, job: _Job, result: Response | int | FetchError, now: float) -> None:
        host = job.host or ""
        if isinstance(result, int):
            return
        rules = rules_from(result, now, self.settings.robots_ttl)
        self._robots[host] = rules
        delay = rules.crawl_delay(self.settings.user_agent)
        if delay:
            self.gate.set_delay(host, min(delay, self.settings.max_crawl_delay))
        if rules.note:
            log.info("robots %s: %s", job.url, rules.note)

    def _refused(self, job: _Job, rules: RobotsRules, now: float) -> None:
        """robots.txt forbids the request (or cannot be read): the feed backs off, the entry is set aside."""
        why = "robots.txt cannot be read (server error); retried later" if rules.unreachable else \
            "disallowed by the host's robots.txt"
        if job.kind == "feed" and job.feed is not None:
            self.summary.polls += 1
            self._polled.add(job.url)
            self._feed_failed(job.feed, None, why, now)
        elif job.item is not None:
            if rules.unreachable:
                self._page_failed(job.item, FetchError("robots", why, url=job.url), now)
            else:
                self.summary.items_blocked += 1
                self._finish(job.item, state.BLOCKED, now, error=why)
                log.warning("page %s (feed %s): %s; not fetched", job.url, job.item.feed_url, why)

    # -- feeds --------------------------------------------------------------------------------

    def _interval(self, feed: FeedConfig) -> float:
        return jittered(self.config.feed_interval(feed), self.settings.jitter, self.rng)

    def _on_feed(self, feed: FeedConfig, result: Response | int | FetchError, now: float) -> None:
        self._polling.discard(feed.url)
        self._polled.add(feed.url)
        self.summary.polls += 1
        if isinstance(result, FetchError):
            self._feed_failed(feed, result.status, _reason(result), now, result.retry_after)
            return
        if isinstance(result, int):
            return
        if result.not_modified:
            self.summary.polls_not_modified += 1
            self._record_poll(feed, now, status=304, keep_validators=True)
            log.debug("feed %s: not modified", feed.url)
            return
        try:
            parsed = parse_feed(result.body, result.url, result.headers)
        except InputError as exc:
            self._feed_failed(feed, result.status, _reason(exc), now)
            return
        except Exception as exc:  # noqa: BLE001 - batch boundary: a feed the parser chokes on fails alone
            self._feed_failed(feed, result.status, f"cannot parse the feed ({type(exc).__name__}: {exc})", now)
            return
        if parsed.warning:
            log.warning("feed %s: %s", feed.url, parsed.warning)
        self._store_entries(feed, parsed.entries, parsed.title, result, now)

    def _store_entries(self, feed: FeedConfig, entries: list[Entry], title: str | None, result: Response,
                       now: float) -> None:
        row = self._rows[feed.url]
        backfill = feed.backfill if feed.backfill is not None else self.settings.backfill
        status = state.PENDING if backfill or row.last_ok_at is not None else state.SKIPPED
        next_poll = now + self._interval(feed)
        with write_transaction(self.engine) as conn:
            keys = state.add_entries(conn, feed.url, entries, now, status=status)
            state.record_poll(conn, feed.url, now, next_poll, status=result.status, etag=result.headers.get("etag"),
                              last_modified=result.headers.get("last-modified"), title=title)
            items = state.pending_items(conn, [feed.url], keys) if keys else []
        row.etag, row.last_modified = result.headers.get("etag"), result.headers.get("last-modified")
        row.next_poll_at, row.last_ok_at, row.failures = next_poll, now, 0
        row.title = title or row.title
        for item in items:
            self._queue(item)
        self.summary.entries_new += len(items)
        moved = f" (redirected to {result.url}; update the configuration)" if result.url != feed.url else ""
        log.info("feed %s: %d in the feed, %d new%s%s", feed.url, len(entries), len(items),
                 "" if status == state.PENDING else " (first poll without backfill: entries marked seen)", moved)

    def _record_poll(self, feed: FeedConfig, now: float, *, status: int, keep_validators: bool) -> None:
        row = self._rows[feed.url]
        row.next_poll_at, row.last_ok_at, row.failures = now + self._interval(feed), now, 0
        with write_transaction(self.engine) as conn:
            state.record_poll(conn, feed.url, now, row.next_poll_at, status=status, keep_validators=keep_validators)

    def _feed_failed(self, feed: FeedConfig, status: int | None, message: str, now: float,
                     retry_after: float | None = None) -> None:
        self.summary.polls_failed += 1
        row = self._rows[feed.url]
        row.failures += 1
        s = self.settings
        delay = max(self._interval(feed), backoff_delay(row.failures, s.backoff, s.max_backoff, self.rng),
                    retry_after or 0.0)
        row.next_poll_at = now + delay
        with write_transaction(self.engine) as conn:
            state.record_poll(conn, feed.url, now, row.next_poll_at, status=status, error=message)
        log.warning("feed %s: %s; next poll in %.0f s (%d failure(s) in a row)", feed.url, message, delay,
                    row.failures)

    # -- articles -----------------------------------------------------------------------------

    def _queue(self, item: state.Item) -> None:
        host = host_of(item.url) if item.url else ""
        self._seq += 1
        heapq.heappush(self._pages.setdefault(host, []), _Queued(item.next_try_at, self._seq, item))

    def _known_copy(self, item: state.Item, now: float) -> bool:
        """The same article, listed by another feed, is already stored: no fetch (unless this entry is an update)."""
        if item.url is None or item.versions > 1:
            return False
        with self.engine.connect() as conn:
            doc_id = state.stored_copy(conn, item.url)
        if doc_id is None:
            return False
        self.summary.items_duplicate += 1
        self._finish(item, state.DUPLICATE, now, document_id=doc_id)
        log.debug("page %s (feed %s): already stored from another feed", item.url, item.feed_url)
        return True

    def _on_page(self, item: state.Item, result: Response | int | FetchError, now: float) -> None:
        if isinstance(result, FetchError):
            self._page_failed(item, result, now)
            return
        if isinstance(result, int):
            return
        try:
            feed = self.feeds.get(item.feed_url)
            doc = articles.page_document(item, result, name=feed.name if feed else None,
                                         feed_title=self._rows[item.feed_url].title)
        except Exception as exc:  # noqa: BLE001 - batch boundary: a page the reader cannot handle fails alone
            self._unreadable(item, exc, now)
            return
        self._ingest(item, doc, now)

    def _unreadable(self, item: state.Item, exc: Exception, now: float) -> None:
        why = _reason(exc) if isinstance(exc, InputError) else f"cannot read it ({type(exc).__name__}: {exc})"
        self.summary.items_failed += 1
        self._finish(item, state.FAILED, now, error=why)
        log.warning("page %s (feed %s): %s", item.url or item.entry_id or item.key, item.feed_url, why)

    def _ingest_entry(self, item: state.Item, now: float) -> None:
        """Code an entry from its own text (no link, or ``fetch_pages = false``)."""
        try:
            doc = articles.entry_item_document(item, source=self._source(item))
        except Exception as exc:  # noqa: BLE001 - batch boundary: an entry that cannot be read fails alone
            self._unreadable(item, exc, now)
            return
        self._ingest(item, doc, now)

    def _source(self, item: state.Item) -> str | None:
        feed = self.feeds.get(item.feed_url)
        return (feed.name if feed else None) or self._rows[item.feed_url].title

    def _ingest(self, item: state.Item, doc: Document, now: float) -> None:
        """Extract, then store the article with its entry's mark and its alerts (one transaction)."""
        coded = next(iter(self.pipeline.pipe([doc])))
        if isinstance(coded, Failure):
            self.summary.items_failed += 1
            self._finish(item, state.FAILED, now, error=f"{coded.stage}: {coded.message}")
            log.warning("page %s (feed %s): %s failed: %s", item.url, item.feed_url, coded.stage, coded.message)
            return
        try:
            out, new_alerts = articles.store_article(self.engine, self.config, coded, item, now)
        except Exception as exc:  # noqa: BLE001 - batch boundary: one article's store failure fails only it
            self._page_failed(item, FetchError("store", f"{type(exc).__name__}: {exc}", url=item.url or ""), now)
            return
        self._count_stored(item, coded, out)
        self._alerts.extend(new_alerts)

    def _count_stored(self, item: state.Item, doc: Document, out: DocOutcome) -> None:
        if out.status == "duplicate":
            self.summary.items_duplicate += 1
            log.info("page %s (feed %s): already stored (document %s)", item.url, item.feed_url, doc.id)
            return
        self.summary.items_stored += 1
        self.summary.events_new += out.events_new
        self.summary.events_merged += out.events_merged + out.records_copied
        log.info("page %s (feed %s): stored document %s, %d event record(s): %d new event(s), %d merged%s",
                 item.url, item.feed_url, doc.id, len(doc.events), out.events_new,
                 out.events_merged + out.records_copied,
                 f" (near-duplicate of {out.near_of})" if out.status == "near-duplicate" else "")

    def _page_failed(self, item: state.Item, exc: FetchError, now: float) -> None:
        item.attempts += 1
        s = self.settings
        why = _reason(exc)
        if exc.permanent or item.attempts >= s.item_attempts:
            self.summary.items_failed += 1
            self._finish(item, state.FAILED, now, error=why)
            log.warning("page %s (feed %s): %s; given up after %d attempt(s)", item.url, item.feed_url, why,
                        item.attempts)
            return
        self.summary.items_retried += 1
        delay = max(backoff_delay(item.attempts, s.backoff, s.max_backoff, self.rng), exc.retry_after or 0.0)
        item.next_try_at = now + delay
        with write_transaction(self.engine) as conn:
            state.retry_item(conn, item, item.next_try_at, why)
        self._queue(item)
        log.warning("page %s (feed %s): %s; retry in %.0f s (attempt %d of %d)", item.url, item.feed_url, why,
                    delay, item.attempts, s.item_attempts)

    def _finish(self, item: state.Item, status: str, now: float, **kw: Any) -> None:
        with write_transaction(self.engine) as conn:
            state.finish_item(conn, item, status, now, **kw)

    # -- alerts -------------------------------------------------------------------------------

    def _deliver_outbox(self, alert: alerting.Alert, now: float, waiting: list[alerting.Alert]) -> None:
        try:
            alerting.write_outbox(alert.target, alert.payload)
        except OSError as exc:
            self._alert_failed(alert, f"cannot append to the outbox ({exc.strerror or exc})", now, waiting)
            return
        self._alert_done(alert, now)

    def _on_webhook(self, alert: alerting.Alert, result: Response | int | FetchError, now: float) -> None:
        if isinstance(result, int) and 200 <= result < 300:
            self._alert_done(alert, now)
            return
        if isinstance(result, int):
            why = f"HTTP {result}"
        else:
            why = _reason(result) if isinstance(result, FetchError) else f"unexpected response {result.status}"
        self._alert_failed(alert, why, now, self._alerts)

    def _alert_done(self, alert: alerting.Alert, now: float) -> None:
        alert.attempts += 1
        self.summary.alerts_delivered += 1
        with write_transaction(self.engine) as conn:
            alerting.mark_alert(conn, alert, "delivered", now)
        log.info("alert %s (%s, event %s) delivered to %s %s", alert.rule, alert.kind, alert.event_id, alert.sink,
                 alert.target)

    def _alert_failed(self, alert: alerting.Alert, why: str, now: float, waiting: list[alerting.Alert]) -> None:
        alert.attempts += 1
        a = self.config.alerts
        if alert.attempts >= a.attempts:
            self.summary.alerts_failed += 1
            with write_transaction(self.engine) as conn:
                alerting.mark_alert(conn, alert, "failed", now, error=why)
            log.error("alert %s (event %s) to %s %s: %s; given up after %d attempt(s)", alert.rule, alert.event_id,
                      alert.sink, alert.target, why, alert.attempts)
            return
        self.summary.alerts_retried += 1
        alert.next_try_at = now + backoff_delay(alert.attempts, a.backoff, a.max_backoff, self.rng)
        with write_transaction(self.engine) as conn:
            alerting.mark_alert(conn, alert, "pending", now, error=why)
        waiting.append(alert)
        log.warning("alert %s (event %s) to %s %s: %s; retry in %.1f s (attempt %d of %d)", alert.rule,
                    alert.event_id, alert.sink, alert.target, why, alert.next_try_at - now, alert.attempts, a.attempts)

    # -- health -------------------------------------------------------------------------------

    def _log_health(self, *, force: bool = False) -> None:
        now = self.clock.time()
        if not force and now < self._next_health:
            return
        self._next_health = now + self.settings.status_every
        failing = sorted((r for r in self._rows.values() if r.failures), key=lambda r: -r.failures)
        pending = sum(len(h) for h in self._pages.values())
        s = self.summary
        log.info("health: %d feed(s), %d failing; %d polls (%d not modified, %d failed); entries: %d new, %d stored, "
                 "%d already stored, %d failed, %d blocked, %d pending; alerts: %d delivered, %d pending, %d failed",
                 len(self.feeds), len(failing), s.polls, s.polls_not_modified, s.polls_failed, s.entries_new,
                 s.items_stored, s.items_duplicate, s.items_failed, s.items_blocked, pending, s.alerts_delivered,
                 len(self._alerts), s.alerts_failed)
        for row in failing[:5]:
            log.warning("health: feed %s failing (%d in a row)", row.url, row.failures)
