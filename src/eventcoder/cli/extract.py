"""``eventcoder extract``: read any input, code its events, print them."""

from __future__ import annotations

import csv
import sys
from typing import Any

import click

from eventcoder import api
from eventcoder.cli._output import dumps, progress, published_option, report_failure
from eventcoder.export.acled_csv import cell
from eventcoder.model import ACLED_COLUMNS, EXTRA_COLUMNS, Document, Failure

_DOC_FIELDS = ("id", "title", "source", "url", "author", "published", "published_origin", "language",
               "input_ref", "input_format")


def document_output(doc: Document, *, explain: bool = False) -> dict[str, Any]:
    """The per-document output record: input id, document metadata, events, rejection reason (and the engine's
    reading of the document with ``explain``)."""
    meta = {k: getattr(doc, k) for k in _DOC_FIELDS}
    meta["sections"] = {s.kind: doc.text[s.start : s.end] for s in doc.sections if s.kind != "body"}
    out = {
        "id": doc.meta.get("input_id", doc.id),
        "document": meta,
        "events": [e.to_dict() for e in doc.events],
        "rejected": doc.rejected,
    }
    if explain:
        out["explain"] = api.explain(doc).to_dict()
    return out


@click.command("extract")
@click.argument("source", metavar="PATH|-")
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "table", "csv"]), default="json",
              show_default=True, help="Output format.")
@click.option("--published", metavar="DATE", callback=published_option, help="Publication date (YYYY-MM-DD) for inputs that carry none.")
@click.option("--input-format", type=click.Choice(["text", "html", "rss", "warc", "jsonl", "csv"]), default=None,
              help="Force the input format instead of detecting it.")
@click.option("--explain", is_flag=True,
              help="Also show the engine's reading of each document: every frame (sentence) with its cues, counts, "
                   "actors and type, why it became an event or was rejected, and each incident's outcome.")
def extract_command(source: str, fmt: str, published: str | None, input_format: str | None, explain: bool) -> None:
    """Extract the events of every document in PATH (a file, a folder, or - for stdin)."""
    results = progress(api.extract(source, published=published, format=input_format))
    failures: list[Failure] = []
    docs: list[dict[str, Any]] = []
    writer = csv.writer(sys.stdout) if fmt == "csv" else None
    if writer:
        # "id" is the input's id (a batch record's), as in the JSON output; EXTRA_COLUMNS has the document_id.
        writer.writerow(("id", *ACLED_COLUMNS, *EXTRA_COLUMNS))
    for item in results:
        if isinstance(item, Failure):
            failures.append(item)
            report_failure(item)
            if fmt == "jsonl":
                click.echo(dumps({"id": item.input_id or item.input, "input": item.input, "error": item.message,
                                  "stage": item.stage, "events": []}))
            continue
        out = document_output(item, explain=explain)
        if fmt == "jsonl":
            click.echo(dumps(out))
        elif fmt == "json":
            docs.append(out)
        elif writer:
            for ev in out["events"]:
                writer.writerow((out["id"], *(cell(ev.get(c)) for c in (*ACLED_COLUMNS, *EXTRA_COLUMNS))))
        else:
            _print_table(out)
    if fmt == "json":
        summary = {"documents": len(docs), "events": sum(len(d["events"]) for d in docs), "failed": len(failures)}
        click.echo(dumps({"documents": docs, "failures": [f.to_dict() for f in failures], "summary": summary}))
    if failures:
        click.echo(f"{len(failures)} input(s) failed; the rest were processed", err=True)
        sys.exit(1)


def _print_table(out: dict[str, Any]) -> None:
    from rich.table import Table

    doc = out["document"]
    # Name the input (file, line or record) the user gave, not only the document's hash.
    name = doc.get("input_ref") or out["id"]
    title = f"{doc['title']} ({name})" if doc.get("title") else name
    table = Table(title=f"{title}, {doc.get('published') or 'no date'}")
    cols = ("event_date", "event_type", "sub_event_type", "actor1", "actor2", "location", "country",
            "fatalities", "injuries")
    for col in cols:
        table.add_column(col)
    for ev in out["events"]:
        table.add_row(*(str(ev.get(c) if ev.get(c) is not None else "") for c in cols))
    console = _console()
    console.print(table if out["events"] else f"{name}: no events ({out.get('rejected') or 'none found'})")
    if "explain" in out:
        _print_explanation(out["explain"])


def _console() -> Any:
    """A rich console; piped, a wide page (rich would fold every line at 80 columns)."""
    from rich.console import Console

    return Console() if sys.stdout.isatty() else Console(width=200)


def _print_explanation(ex: dict[str, Any]) -> None:
    from rich.table import Table

    frames = Table(title=f"frames ({ex['candidates']} candidate sentences of {ex['sentences']})")
    for col in ("part", "#", "sentence", "cues", "counts", "agents", "targets", "type", "decision"):
        frames.add_column(col)
    for f in ex["frames"]:
        frames.add_row(f["part"], str(f["index"]), f["sentence"][:80], "; ".join(f["cues"]), "; ".join(f["counts"]),
                       "; ".join(f["agents"]), "; ".join(f["targets"]), f["sub_event_type"] or "", f["decision"] or "")
    incidents = Table(title="incidents")
    for col in ("part", "frames", "type", "killed", "injured", "events", "why no event"):
        incidents.add_column(col)
    for inc in ex["incidents"]:
        incidents.add_row(inc["part"], ",".join(map(str, inc["frames"])), inc["sub_event_type"] or "",
                          str(inc["killed"]), str(inc["injured"] or ""), str(len(inc["events"])), inc["reason"] or "")
    _console().print(frames)
    _console().print(incidents)


COMMANDS: list[click.Command] = [extract_command]
