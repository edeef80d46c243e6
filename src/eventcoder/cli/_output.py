"""Output helpers shared by the commands: JSON lines, failure reports, progress bars."""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

import click

from eventcoder.model import Failure

T = TypeVar("T")
F = TypeVar("F", bound=Callable[..., Any])


def dumps(obj: Any) -> str:
    """Stable JSON: keys in insertion order, non-ASCII kept, no NaN."""
    return json.dumps(obj, ensure_ascii=False, default=str, allow_nan=False)


def report_failure(failure: Failure) -> None:
    """Print one failed input on stderr, naming the input and the stage."""
    click.echo(f"skipped {failure.input} ({failure.stage}): {failure.message}", err=True)


def progress(items: Iterable[T], *, label: str = "documents") -> Iterator[T]:
    """A rich progress spinner when stderr is a terminal; the plain iterable when piped."""
    if not sys.stderr.isatty():
        yield from items
        return
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(
        SpinnerColumn(), TextColumn("{task.completed} " + label), TimeElapsedColumn(), transient=True
    ) as bar:
        task = bar.add_task(label, total=None)
        for item in items:
            yield item
            bar.advance(task)


def published_option(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Check a --published value once for the whole command: a usage error (exit 2) when it is not a plausible
    date, rather than the same failure for every input."""
    if not value:
        return None
    from eventcoder import api
    from eventcoder.errors import InputError

    try:
        api.check_published(value)
    except InputError as exc:
        raise click.BadParameter(str(exc).removeprefix("--published: ")) from None
    return value


def names_undecodable(*params: str) -> Callable[[F], F]:
    """A command whose file arguments ``params`` must be UTF-8 text: a file that is not (a binary file, another
    encoding) is a one-line error naming the files given, not a UnicodeDecodeError traceback."""
    from eventcoder.errors import InputError

    def decorate(func: F) -> F:
        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            try:
                return func(*args, **kwargs)
            except UnicodeDecodeError as exc:
                given = [kwargs.get(p) for p in params]
                files = [str(f) for v in given for f in (v if isinstance(v, tuple | list) else [v]) if f is not None]
                raise InputError(f"not UTF-8 text ({exc.reason} at byte {exc.start}); give UTF-8 text or convert the "
                                 "file", input=", ".join(files) or None) from None

        return wrapper  # type: ignore[return-value]  # same signature as func

    return decorate
