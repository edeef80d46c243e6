"""``eventcoder watch``: poll RSS/Atom feeds, code and store new articles, deliver alerts; ``--status`` reports health."""

from __future__ import annotations

import logging
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

import click

from eventcoder import api
from eventcoder.cli._output import dumps


@contextmanager
def _stop_on_signals(stop: threading.Event) -> Iterator[None]:
    """Ctrl-C and SIGTERM end the watch after the current step (its state is already stored); a second one at once."""
    def handler(signum: int, frame: FrameType | None) -> None:
        del frame
        if stop.is_set():
            raise KeyboardInterrupt
        click.echo(f"{signal.Signals(signum).name}: stopping after the current step (again to stop at once)",
                   err=True)
        stop.set()

    previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


def _print_status(data: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{len(data['feeds'])} feed(s) in {data['db']}")
    for col in ("feed", "state", "last poll", "last ok", "next poll", "failures", "entries", "last error"):
        table.add_column(col, overflow="fold")
    for f in data["feeds"]:
        entries = ", ".join(f"{n} {k}" for k, n in f["entries"].items()) or "none"
        table.add_row(f["title"] and f"{f['title']}\n{f['url']}" or f["url"], f["state"],
                      f["last_polled_at"] or "never", f["last_ok_at"] or "never", f["next_poll_at"] or "",
                      str(f["failures"]), entries, f["last_error"] or "")
    console = Console() if sys.stdout.isatty() else Console(width=200)
    console.print(table)
    entries = ", ".join(f"{n} {k}" for k, n in data["entries"].items()) or "none"
    alerts = ", ".join(f"{n} {k}" for k, n in data["alerts"].items()) or "none"
    click.echo(f"entries: {entries}\nalert deliveries: {alerts}")


@click.command("watch")
@click.argument("feeds", nargs=-1, metavar="[FEED_URL...]")
@click.option("--config", "config", metavar="FEEDS.toml", type=click.Path(dir_okay=False),
              help="Feeds, settings and alert rules (docs/watch.md).")
@click.option("--db", metavar="PATH|URL", help="Store path or URL (default: [watch] db, $EVENTCODER_DB or "
                                               "./eventcoder.sqlite).")
@click.option("--once", is_flag=True, help="Poll every feed once, code what is new, deliver alerts, then exit.")
@click.option("--interval", type=click.FloatRange(min=0, min_open=True), metavar="SECONDS",
              help="Poll interval of the FEED_URLs given here (default: [watch] interval, 300).")
@click.option("--status", "status", is_flag=True, help="Print the health of every watched feed and exit.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary (or --status) as JSON.")
@click.option("--log-level", type=click.Choice(["debug", "info", "warning", "error"]), default="info",
              show_default=True, help="Detail of the progress log on stderr.")
def watch_command(feeds: tuple[str, ...], config: str | None, db: str | None, once: bool, interval: float | None,
                  status: bool, as_json: bool, log_level: str) -> None:
    """Watch RSS/Atom feeds: code and store each new article within a poll interval, and alert on rules.

    FEED_URL is an http(s) URL, or a file:// URL or path of a feed file written on this machine.
    """
    if status:
        data = api.watch_status(db, config=config).to_dict()
        click.echo(dumps(data)) if as_json else _print_status(data)
        return
    logging.basicConfig(level=log_level.upper(), stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if log_level != "debug":  # httpx logs every request at INFO; the watcher's own lines say what matters
        logging.getLogger("httpx").setLevel(logging.WARNING)
    stop = threading.Event()
    with _stop_on_signals(stop):
        summary = api.watch(list(feeds), config=config, db=db, once=once, interval=interval, stop=stop).to_dict()
    if as_json:
        click.echo(dumps(summary))
    else:
        click.echo(f"polls: {summary['polls']} ({summary['polls_not_modified']} not modified, "
                   f"{summary['polls_failed']} failed); entries: {summary['entries_new']} new, "
                   f"{summary['items_stored']} stored, {summary['items_duplicate']} already stored, "
                   f"{summary['items_failed']} failed, {summary['items_blocked']} blocked by robots.txt; "
                   f"events: {summary['events_new']} new, {summary['events_merged']} merged; "
                   f"alerts: {summary['alerts_delivered']} delivered, {summary['alerts_failed']} failed")
    if once and (summary["polls_failed"] or summary["items_failed"] or summary["alerts_failed"]):
        click.echo("some feeds, articles or alerts failed (see the log); the rest were processed", err=True)
        sys.exit(1)


COMMANDS: list[click.Command] = [watch_command]
