"""``eventcoder ingest``, ``eventcoder events`` (list, ``show``, ``unmerge``) and ``eventcoder export``."""

from __future__ import annotations

import csv
import sys
from collections.abc import Callable
from typing import Any

import click

from eventcoder import api
from eventcoder.cli._output import dumps, progress, published_option, report_failure

_TABLE_COLS = ("event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "location",
               "country", "fatalities", "reports")


def _iso_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Check a --since/--until value: a usage error (exit 2) when it is not YYYY-MM-DD."""
    if value is None:
        return None
    from datetime import date

    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; write YYYY-MM-DD, e.g. 2024-03-01") from None


def _search_text(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Check a --text/--actor value: a usage error (exit 2) when it is too long to be a search."""
    from eventcoder.store.query import MAX_FILTER_CHARS

    if value is not None and len(value) > MAX_FILTER_CHARS:
        raise click.BadParameter(f"{len(value):,} characters; give at most {MAX_FILTER_CHARS:,}")
    return value


def _event_type(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Check a --type value: a usage error (exit 2) naming the nearest types when ACLED has no such type."""
    from eventcoder.errors import InputError

    if value is None:
        return None
    try:
        return str(api.check_filters(type=value)["type"])
    except InputError as exc:
        raise click.BadParameter(str(exc)) from None


def _bbox(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Check a --bbox value: a usage error (exit 2) when it is not four numbers W,S,E,N with W <= E, S <= N."""
    from eventcoder.errors import StoreError

    try:
        api.check_filters(bbox=value)
    except StoreError as exc:
        raise click.BadParameter(str(exc)) from None
    return value


def _filter_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """The filters shared by ``events`` and ``export`` (same names as query_events' keywords)."""
    options = [
        click.option("--since", metavar="DATE", callback=_iso_date, help="Events on or after DATE (YYYY-MM-DD)."),
        click.option("--until", metavar="DATE", callback=_iso_date, help="Events on or before DATE (YYYY-MM-DD)."),
        click.option("--country", help="Country name, as ACLED spells it."),
        click.option("--admin1", help="First-level region (province, state)."),
        click.option("--type", "type_", metavar="TYPE", callback=_event_type,
                     help="Event type or sub-event type, as ACLED spells it (any case)."),
        click.option("--actor", callback=_search_text, help="Part of an actor's name (actor1, actor2 or associated)."),
        click.option("--bbox", metavar="W,S,E,N", callback=_bbox, help="Bounding box min_lon,min_lat,max_lon,max_lat."),
        click.option("--text", callback=_search_text, help="Part of the notes, location, actors or sources."),
        click.option("--min-fatalities", type=click.IntRange(min=0), metavar="N", help="Events with at least N fatalities."),
        click.option("--limit", type=click.IntRange(min=1, max=2**63 - 1), help="At most this many events."),
        click.option("--db", metavar="PATH|URL", help="Store path or URL (default $EVENTCODER_DB or ./eventcoder.sqlite)."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _filters(kw: dict[str, Any]) -> dict[str, Any]:
    kw = dict(kw)
    kw["type"] = kw.pop("type_", None)
    return kw


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--db", metavar="PATH|URL", help="Store path or URL (default $EVENTCODER_DB or ./eventcoder.sqlite).")
@click.option("--published", metavar="DATE", callback=published_option, help="Publication date (YYYY-MM-DD) for inputs that carry none.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
def ingest_command(paths: tuple[str, ...], db: str | None, published: str | None, as_json: bool) -> None:
    """Extract, geocode, deduplicate and store every document of PATH... (idempotent, resumable)."""
    summary = api.ingest(list(paths), db=db, published=published, progress=progress)
    for failure in summary.failures:
        report_failure(failure)
    print_summary(summary.to_dict(), as_json=as_json)
    if summary.stopped:
        click.echo(f"stopped: {summary.stopped}", err=True)
        sys.exit(1)
    if summary.failures:
        click.echo(f"{len(summary.failures)} input(s) failed; the rest were stored", err=True)
        sys.exit(1)


def print_summary(data: dict[str, Any], *, as_json: bool = False) -> None:
    """One line per count of an ingest summary (or its JSON)."""
    if as_json:
        click.echo(dumps(data))
        return
    click.echo(
        f"documents: {data['documents_added']} added, {data['documents_near_duplicate']} near-duplicate, "
        f"{data['documents_duplicate']} already stored, {len(data['failures'])} failed\n"
        f"events: {data['events_new']} new, {data['events_merged']} merged into stored events, "
        f"{data['records_copied']} records of copies linked, {data['events_split']} merges split"
    )
    if data.get("documents_not_coded"):
        click.echo(f"{data['documents_not_coded']} document(s) in a language not supported yet were stored without "
                   "coding (see their 'rejected' reason)")


def print_table(rows: list[dict[str, Any]], *, title: str | None = None) -> None:
    """The events as a rich table on stdout."""
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title)
    for col in _TABLE_COLS:
        table.add_column(col, overflow="fold")
    for ev in rows:
        # reports: supporting documents, and how many of them are independent (not copies of each other)
        cells = {**ev, "reports": f"{len(ev.get('sources') or ())} ({ev.get('n_sources')} independent)"}
        table.add_row(*("" if cells.get(c) is None else str(cells.get(c)) for c in _TABLE_COLS))
    # Rich folds a table to 80 columns when piped; a wide page keeps rows readable in logs and files.
    console = Console() if sys.stdout.isatty() else Console(width=200)
    console.print(table)


@click.group("events", invoke_without_command=True)
@_filter_options
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@click.pass_context
def events_command(ctx: click.Context, /, fmt: str, **kw: Any) -> None:
    """List stored events matching every filter; `events show ID` explains one."""
    if ctx.invoked_subcommand is not None:
        ctx.obj = {"db": kw.get("db")}
        return
    rows = api.query_events(**_filters(kw))
    if fmt == "json":
        click.echo(dumps(rows))
    elif fmt == "csv":
        from eventcoder.export._common import COLUMNS, flat
        from eventcoder.export.acled_csv import cell

        writer = csv.writer(sys.stdout)
        writer.writerow(("id", *COLUMNS))
        for ev in rows:
            row = flat(ev)
            writer.writerow((ev["id"], *(cell(row[c]) for c in COLUMNS)))  # the cells of `export --format acled-csv`
    elif rows:
        print_table(rows, title=f"{len(rows)} event(s)")
    else:
        click.echo("no stored event matches these filters")


@events_command.command("show")
@click.argument("event_id")
@click.option("--db", metavar="PATH|URL", help="Store path or URL.")
@click.option("--json", "as_json", is_flag=True, help="Print the event as JSON.")
@click.pass_context
def show_command(ctx: click.Context, event_id: str, db: str | None, as_json: bool) -> None:
    """Show one event (by id or event_id_cnty): its fields, every source, and why they were merged."""
    ev = api.get_event(event_id, db or (ctx.obj or {}).get("db"))
    if as_json:
        click.echo(dumps(ev))
        return
    click.echo(f"{ev['event_id_cnty']}  ({ev['id']})")
    for col in ("event_date", "time_precision", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "actor2",
                "location", "admin1", "country", "latitude", "longitude", "geo_precision", "fatalities",
                "fatalities_low", "fatalities_high", "injuries", "source", "notes"):
        if ev.get(col) not in (None, ""):
            click.echo(f"  {col:16} {ev[col]}")
    click.echo(f"  fields chosen:   {dumps(ev['merge_info'])}")
    click.echo(f"sources: {len(ev['sources'])} record(s) from {ev['n_sources']} independent report(s)")
    for s in ev["sources"]:
        rec = s["record"]
        click.echo(f"- {s['document_id']} [{s['role']}] {s.get('source') or ''} {s.get('published') or ''} "
                   f"{s.get('title') or ''}".rstrip())
        injured = f", {rec['injuries']} injured" if rec.get("injuries") is not None else ""
        click.echo(f"    reported: {rec.get('event_date') or 'no date'}, {rec.get('sub_event_type')}, "
                   f"{rec.get('location') or rec.get('admin1') or rec.get('country') or 'no place'}, "
                   f"{rec.get('actor1') or 'no actor'}, {rec.get('fatalities')} killed{injured}")
        reason = s.get("reason") or {}
        if reason.get("why"):
            mean = f" (mean evidence {reason['score']})" if reason.get("score") is not None else ""
            click.echo(f"    why: {reason['why']}{mean}")
        if reason.get("part_of_incident"):
            click.echo(f"    part: {reason['part_of_incident']}")
        for check in reason.get("compared_with") or ():
            points = f" [{check['score']:+g}]" if check.get("score") is not None else ""
            click.echo(f"      vs {check['document_id']}#{check['record']}{points}: {'; '.join(check['why'])}")
        for evd in rec.get("evidence") or ():
            click.echo(f"    evidence {evd['field']}: \"{evd['quote']}\"")


@events_command.command("unmerge")
@click.argument("event_id")
@click.argument("document_id")
@click.option("--db", metavar="PATH|URL", help="Store path or URL.")
@click.option("--record", type=click.IntRange(min=0), metavar="N",
              help="Move only record N of the document (undo its grouping with the report's other parts).")
@click.pass_context
def unmerge_command(ctx: click.Context, event_id: str, document_id: str, db: str | None, record: int | None) -> None:
    """Undo a merge: move DOCUMENT_ID's report out of EVENT_ID into an event of its own."""
    store = db or (ctx.obj or {}).get("db")
    new_id = api.unmerge(event_id, document_id, db=store, record=record)
    what = document_id if record is None else f"record {record} of {document_id}"
    new = api.get_event(new_id, store)  # name it as `events` does (its ACLED-style id), and by its id
    click.echo(f"{what} now supports {new['event_id_cnty']} ({new_id}); {event_id} was recomputed from its other "
               "sources")


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(["acled-csv", "geojson", "jsonl", "parquet"]), required=True)
@click.option("-o", "--output", "out", metavar="FILE", default="-", show_default=True,
              help="Output file (- for stdout; parquet needs a file).")
@_filter_options
def export_command(fmt: str, out: str, **kw: Any) -> None:
    """Export stored events as ACLED CSV, GeoJSON, JSON lines or Parquet."""
    if fmt == "parquet" and out == "-":
        raise click.BadParameter("Parquet is a binary file format: give -o FILE.parquet", param_hint="'-o' / '--output'")
    n = api.export(fmt, out, **_filters(kw))
    click.echo(f"wrote {n} event(s) as {fmt} to {'stdout' if out == '-' else out}", err=True)


COMMANDS: list[click.Command] = [ingest_command, events_command, export_command]
