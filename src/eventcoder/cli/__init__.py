"""The command line: a thin layer over :mod:`eventcoder.api`.

Each command lives in its own module and only parses options, calls the API, formats the
output and maps errors. Exit codes: 0 ok, 1 some inputs failed (the rest were processed),
2 usage error.
"""

from __future__ import annotations

import sys

import click

from eventcoder import __version__
from eventcoder.errors import EventcoderError


class _Group(click.Group):
    """Turns EventcoderError into a one-line message and exit code 1 instead of a traceback."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except EventcoderError as exc:
            click.echo(f"error: {exc}", err=True)
            ctx.exit(1)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="eventcoder")
def cli() -> None:
    """eventcoder: news reports in, ACLED-compatible event records with evidence out."""


def _register() -> None:
    from eventcoder.cli import batch, demo, evaluate, extract, geo, serve, store, watch

    for module in (extract, geo, store, evaluate, demo, watch, serve, batch):
        for command in module.COMMANDS:
            cli.add_command(command)


_register()


def main(argv: list[str] | None = None) -> None:
    """Entry point of the ``eventcoder`` script."""
    try:
        cli.main(args=argv, prog_name="eventcoder", standalone_mode=True)
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        sys.exit(130)
