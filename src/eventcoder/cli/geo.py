"""``eventcoder geoparse`` and ``eventcoder gazetteer build|import|add|info``."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from eventcoder.cli._output import dumps, names_undecodable

__all__ = ["COMMANDS"]


def _read_source(source: str) -> str:
    from eventcoder import api

    return api.read_text(source)


def _is_jsonl(source: str, text: str) -> bool:
    if source.endswith(".jsonl"):
        return True
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        return False
    try:
        first = json.loads(lines[0])
    except ValueError:
        return False
    return isinstance(first, dict) and "text" in first


def _geoparse_one(doc_id: str | None, text: str) -> dict[str, Any]:
    from eventcoder import api

    doc = api.geoparse_document(text, doc_id=doc_id)
    return {"id": doc_id if doc_id is not None else doc.id, "country": doc.country_focus,
            "places": [p.to_dict() for p in doc.places]}


@click.command("geoparse")
@click.argument("source", metavar="PATH|-")
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl"]), default=None,
              help="Output format (default: json for a text, jsonl for a JSONL batch of {id, text}).")
def geoparse_command(source: str, fmt: str | None) -> None:
    """Every place mention in PATH (a text, or a JSONL batch of {id, text}) with its span and resolution."""
    text = _read_source(source)
    if not _is_jsonl(source, text):
        out = _geoparse_one(None, text)
        click.echo(dumps(out) if fmt == "jsonl" else json.dumps(out, ensure_ascii=False, indent=2))
        return
    failed = 0
    results: list[dict[str, Any]] = []
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            if not isinstance(row, dict) or not isinstance(row.get("text"), str):
                raise ValueError("expected an object with a string 'text'")
        except ValueError as exc:
            failed += 1
            message = f"{source} line {lineno}: not a JSON object with 'text' ({exc}); the line was skipped"
            click.echo(message, err=True)
            record: dict[str, Any] = {"id": None, "line": lineno, "error": message, "places": []}
        else:
            record = _geoparse_one(str(row["id"]) if row.get("id") is not None else None, row["text"])
        if fmt == "json":
            results.append(record)
        else:
            click.echo(dumps(record))
    if fmt == "json":
        click.echo(json.dumps({"documents": results}, ensure_ascii=False, indent=2))
    if failed:
        click.echo(f"{failed} line(s) failed; the rest were processed", err=True)
        sys.exit(1)


_INDEX_OPTION = click.option("--index", "index", type=click.Path(path_type=Path), default=None,
                             help="Index file (default: $EVENTCODER_HOME/gazetteer.sqlite).")


def _index(path: Path | None) -> Path:
    from eventcoder import api

    return api.gazetteer_path(path)


@click.group("gazetteer")
def gazetteer_group() -> None:
    """Build, extend and inspect the gazetteer index (offline; never downloads)."""


@gazetteer_group.command("build")
@_INDEX_OPTION
@click.option("--quiet", is_flag=True, help="Print nothing unless it fails.")
def build_command(index: Path | None, quiet: bool) -> None:
    """Build the embedded index from the installed packages and eventcoder's data files."""
    from eventcoder import api

    target = _index(index)
    if not quiet:
        click.echo(f"building {target} ...", err=True)
    result = api.gazetteer_build(target)
    if not quiet:
        click.echo(dumps(result))


@gazetteer_group.command("import")
@_INDEX_OPTION
@click.argument("dump", type=click.Path(path_type=Path))
@click.argument("admin1_codes", required=False, type=click.Path(path_type=Path))
@click.argument("admin2_codes", required=False, type=click.Path(path_type=Path))
@names_undecodable("dump", "admin1_codes", "admin2_codes")
def import_command(index: Path | None, dump: Path, admin1_codes: Path | None, admin2_codes: Path | None) -> None:
    """Add a GeoNames dump (allCountries.zip, XX.zip or .txt) with optional admin1/admin2 code files."""
    from eventcoder import api

    target = _index(index)
    if not target.exists():
        click.echo(f"no index at {target} yet; building the embedded one first", err=True)
    n = api.gazetteer_import(dump, admin1_codes, admin2_codes, index=target)
    click.echo(dumps({"index": str(target), "imported": n, "dump": str(dump)}))


@gazetteer_group.command("add")
@_INDEX_OPTION
@click.argument("places", type=click.Path(path_type=Path))
@names_undecodable("places")
def add_command(index: Path | None, places: Path) -> None:
    """Add the places of a TSV (name|alias, latitude, longitude, country, admin1, admin2, feature, population)."""
    from eventcoder import api

    target = _index(index)
    n = api.gazetteer_add(places, index=target)
    click.echo(dumps({"index": str(target), "added": n, "file": str(places)}))


@gazetteer_group.command("info")
@_INDEX_OPTION
def info_command(index: Path | None) -> None:
    """What the index holds: where it is, how it was built, places per feature."""
    from eventcoder import api

    click.echo(json.dumps(api.gazetteer_info(index), ensure_ascii=False, indent=2))


COMMANDS: list[click.Command] = [geoparse_command, gazetteer_group]
