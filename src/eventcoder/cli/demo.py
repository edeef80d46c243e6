"""``eventcoder demo``: store the bundled synthetic samples in a fresh SQLite file and print the events."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from eventcoder.cli._output import report_failure
from eventcoder.cli.store import print_summary, print_table

_INPUT_SUFFIXES = {".txt", ".html", ".htm", ".xml", ".rss", ".atom", ".warc", ".gz", ".jsonl", ".csv"}
# Hand codings and expectations that sit beside the samples are not news reports.
_NOT_INPUT = ("gold", "expected", "readme", "license")


def _repo_root() -> Path:
    return Path(__file__).resolve().parents[3]


def sample_inputs(folder: Path) -> list[Path]:
    """The report files of the samples folder (hand codings, JSON and docs left out), sorted."""
    if not folder.is_dir():
        return []
    return sorted(
        p for p in folder.rglob("*")
        if p.is_file() and p.suffix.lower() in _INPUT_SUFFIXES and not any(w in p.name.lower() for w in _NOT_INPUT)
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    )


@click.command("demo")
@click.option("--db", metavar="PATH", help="SQLite file to store the demo in (default var/demo.sqlite, rebuilt).")
@click.option("--samples", "samples_dir", metavar="DIR",
              type=click.Path(path_type=Path, exists=True, file_okay=False),  # a typo must not make an empty store
              help="Folder of reports to ingest (default: the bundled samples/).")
def demo_command(db: str | None, samples_dir: Path | None) -> None:
    """Ingest the bundled synthetic sample reports into a SQLite store and print the stored events."""
    from eventcoder import api

    folder = samples_dir or (Path("samples") if Path("samples").is_dir() else _repo_root() / "samples")
    inputs = sample_inputs(folder)
    if db is None:
        path = _repo_root() / "var" / "demo.sqlite" if (_repo_root() / "samples").is_dir() else Path("var/demo.sqlite")
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)  # the demo store is rebuilt on every run
        db = str(path)
    click.echo(f"eventcoder demo: {len(inputs)} sample report(s) from {folder} into {db}")
    if not inputs:
        click.echo(f"no sample reports in {folder} yet; the store is created empty")
    summary = api.ingest(inputs, db=db)
    for failure in summary.failures:
        report_failure(failure)
    print_summary(summary.to_dict())
    rows = api.query_events(db)
    if rows:
        print_table(rows, title=f"{len(rows)} stored event(s)")
    else:
        click.echo("no events stored (the documents are stored; events appear once extraction finds them)")
    click.echo(f"explore: eventcoder events --db {db}; eventcoder events show ID --db {db}; "
               f"eventcoder export --format geojson -o var/demo.geojson --db {db}")
    click.echo(f"open the map dashboard in the browser: eventcoder serve --db {db} --open  (http://127.0.0.1:8000/)")
    if summary.failures:
        sys.exit(1)


COMMANDS: list[click.Command] = [demo_command]
