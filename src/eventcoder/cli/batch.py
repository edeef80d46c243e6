"""``eventcoder batch``: a corpus into Parquet tables, on this machine or on Spark (docs/batch.md)."""

from __future__ import annotations

import sys
from typing import Any

import click

from eventcoder import api
from eventcoder.batch.runner import ENGINES
from eventcoder.batch.splits import LINES_PER_SPLIT
from eventcoder.cli._output import dumps, progress, published_option, report_failure


def _conf(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for value in values:
        key, sep, val = value.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"{value!r} is not KEY=VALUE, e.g. spark.executor.memory=4g")
        out[key.strip()] = val.strip()
    return out


@click.command("batch")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("--out", "-o", "out", required=True, metavar="DIR",
              help="Output folder (Parquet tables, manifests); a re-run into it skips committed splits.")
@click.option("--engine", type=click.Choice(ENGINES), default="local", show_default=True,
              help="local: a process pool on this machine; spark: Spark tasks (needs eventcoder[spark]).")
@click.option("--processes", "-j", type=click.IntRange(min=1), metavar="N",
              help="Worker processes of the local engine (default 1).")
@click.option("--master", metavar="URL",
              help="Spark master, e.g. local[2] or spark://host:7077 (default: what spark-submit set, else local[*]).")
@click.option("--conf", "conf", multiple=True, callback=_conf, metavar="KEY=VALUE",
              help="A Spark setting (repeatable), e.g. --conf spark.executor.memory=4g.")
@click.option("--published", metavar="DATE", callback=published_option, help="Publication date (YYYY-MM-DD) for inputs that carry none.")
@click.option("--lines-per-split", type=click.IntRange(min=1), default=LINES_PER_SPLIT, show_default=True,
              metavar="N", help="Records per split of a plain JSONL file (other files are one split each).")
@click.option("--dedup/--no-dedup", default=True, show_default=True,
              help="Merge the event records into canonical_events with the store's rules.")
@click.option("--load-db", metavar="PATH|URL",
              help="Also store the documents and events in this event store (postgresql://... or a SQLite path).")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
def batch_command(inputs: tuple[str, ...], out: str, engine: str, processes: int | None, master: str | None,
                  conf: dict[str, str], published: str | None, lines_per_split: int, dedup: bool,
                  load_db: str | None, as_json: bool) -> None:
    """Code every report of INPUT... (WARC, WARC.gz, JSONL, CSV files, folders or globs) into Parquet tables."""
    summary = api.batch(list(inputs), out, engine=engine, processes=processes, master=master, published=published,
                        lines_per_split=lines_per_split, dedup=dedup, load_db=load_db, spark_conf=conf or None,
                        progress=lambda items: progress(items, label="splits"))
    for failure in summary.plan_failures:
        report_failure(failure)
    data = summary.to_dict()
    if as_json:
        click.echo(dumps(data))
    else:
        _print(data)
    if summary.plan_failures or summary.totals.get("failures"):
        click.echo(f"{len(summary.plan_failures)} input(s) and {summary.totals.get('failures', 0)} record(s) failed "
                   f"(see {out}/failures); the rest were coded", err=True)
        sys.exit(1)


def _print(data: dict[str, Any]) -> None:
    totals = data["totals"]
    click.echo(f"splits: {data['splits_run']} run, {data['splits_skipped']} already committed, "
               f"{data['splits_planned']} planned ({data['engine']} engine, {data['seconds']:.1f} s)\n"
               f"this run: {data['documents']} documents, {data['events']} event records, "
               f"{data['failures']} failed records\n"
               f"folder: {totals.get('documents', 0)} documents, {totals.get('events', 0)} event records, "
               f"{totals.get('failures', 0)} failed records in {totals.get('splits', 0)} splits -> {data['out']}")
    if data.get("dedup"):
        d = data["dedup"]
        click.echo(f"canonical_events: {d['events']} events from {d['records']} records in {d['blocks']} blocks "
                   f"({d['merged_records']} records merged)")
    if data.get("load"):
        ld = data["load"]
        click.echo(f"store: {ld['documents_added']} documents added, {ld['documents_duplicate']} already stored, "
                   f"{ld['events_new']} new events, {ld['events_merged']} merged")


COMMANDS: list[click.Command] = [batch_command]
