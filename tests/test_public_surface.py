"""The public surface stays honest: sorted, existing exports; a typed, documented API; every CLI command and
option documented; the CLI a thin layer that reaches the engine, store, geocoder and evaluation through api."""

from __future__ import annotations

import ast
import inspect
import re
from pathlib import Path

import click
import pytest

import eventcoder
from eventcoder import api
from eventcoder.cli import cli

ROOT = Path(__file__).resolve().parents[1]
CLI_DIR = ROOT / "src" / "eventcoder" / "cli"
DOCS = "\n".join(p.read_text(encoding="utf-8") for p in [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))])
# Packages the CLI must reach through eventcoder.api, never directly (it may import their constants and
# formatters: names written in UPPER case, or listed here).
_BEHIND_API = ("eventcoder.store", "eventcoder.geo", "eventcoder.extract", "eventcoder.dedup", "eventcoder.ingest",
               "eventcoder.evaluation", "eventcoder.watch", "eventcoder.batch", "eventcoder.relevance")
_FORMATTERS = {"compare_markdown", "is_clusters_file", "flat"}


@pytest.mark.parametrize("module", [eventcoder, api], ids=["eventcoder", "eventcoder.api"])
def test_public_surface_all_is_sorted_and_exists(module: object) -> None:
    names = list(module.__all__)  # type: ignore[attr-defined] # both modules define it
    assert names == sorted(names)
    assert len(names) == len(set(names))
    for name in names:
        assert hasattr(module, name), name


@pytest.mark.parametrize("name", api.__all__)
def test_public_surface_api_functions_are_typed_and_documented(name: str) -> None:
    func = getattr(api, name)
    assert inspect.getdoc(func), f"api.{name} has no docstring"
    sig = inspect.signature(func)
    assert sig.return_annotation is not inspect.Signature.empty, f"api.{name} has no return type"
    assert str(sig.return_annotation) not in ("Any", "typing.Any"), f"api.{name} returns Any"


def _commands(group: click.Command, prefix: str = "eventcoder") -> list[tuple[str, click.Command]]:
    found = [(prefix, group)]
    if isinstance(group, click.Group):
        for name, sub in sorted(group.commands.items()):
            found += _commands(sub, f"{prefix} {name}")
    return found


COMMANDS = [(path, cmd) for path, cmd in _commands(cli) if path != "eventcoder"]


@pytest.mark.parametrize("path,command", COMMANDS, ids=[p for p, _ in COMMANDS])
def test_public_surface_every_command_and_option_is_documented(path: str, command: click.Command) -> None:
    assert re.search(rf"{re.escape(path)}\b", DOCS), f"{path} is not in README.md or docs/"
    for param in command.params:
        if not isinstance(param, click.Option):
            continue
        longs = [o for o in param.opts + param.secondary_opts if o.startswith("--") and o != "--help"]
        for opt in longs:
            assert re.search(rf"{re.escape(opt)}\b", DOCS), f"{path} {opt} is not documented in README.md or docs/"


def _imports(path: Path) -> list[tuple[str, str]]:
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            out += [(node.module, alias.name) for alias in node.names]
    return out


@pytest.mark.parametrize("path", sorted(CLI_DIR.glob("*.py")), ids=lambda p: p.name)
def test_public_surface_cli_reaches_the_engine_through_api(path: Path) -> None:
    for module, name in _imports(path):
        if module.startswith(_BEHIND_API):
            assert name.isupper() or name in _FORMATTERS, f"{path.name} imports {name} from {module}: go through api"
