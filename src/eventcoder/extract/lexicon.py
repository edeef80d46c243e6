"""The engine's lexicons: word lists loaded from TOML data files by one loader, compiled once.

Bundled files (``src/eventcoder/data/lexicons/``):

* ``cues.toml``: ``[cues]``, word patterns per cue class (:class:`~eventcoder.extract.cues.Cue`);
* ``victims.toml``: victim nouns (``civilian``, ``armed``, ``attacker``, ``singular``) as top-level lists;
* ``counts.toml``: ``[counts]``, the vocabulary of the casualty-count reader.

A user extends them with TOML files of the same shape in ``$EVENTCODER_HOME/lexicons/`` or with
paths given to :meth:`Lexicons.load`: lists are appended, new cue classes added. Nothing is read at
import time: :meth:`Lexicons.default` loads once per process (cached), :meth:`Lexicons.reload` forgets
the cached copy (for tests and long-running processes whose files changed).
"""

from __future__ import annotations

import functools
import os
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from eventcoder.errors import ConfigError
from eventcoder.extract.counts import Count, CountReader
from eventcoder.extract.cues import CueLexicon

__all__ = ["BUNDLED", "LexiconData", "Lexicons", "find_counts"]

BUNDLED = ("cues.toml", "victims.toml", "counts.toml")
_TABLES = ("cues", "victims", "counts")


@dataclass(slots=True)
class LexiconData:
    """The merged word lists of every lexicon file, by table and list name."""

    cues: dict[str, list[str]] = field(default_factory=dict)
    victims: dict[str, list[str]] = field(default_factory=dict)
    counts: dict[str, list[str]] = field(default_factory=dict)

    def merge(self, name: str, doc: dict[str, Any]) -> None:
        """Append the lists of one parsed file (``name`` for messages)."""
        tables: dict[str, Any] = {t: doc.get(t) for t in _TABLES if t in doc}
        if Path(name).name == "victims.toml" and "victims" not in doc:
            tables["victims"] = {k: v for k, v in doc.items() if isinstance(v, list)}  # the file's historic shape
        for table, lists in tables.items():
            if not isinstance(lists, dict):
                raise ConfigError(f"{name}: [{table}] must be a table of lists of strings")
            target: dict[str, list[str]] = getattr(self, table)
            for key, items in lists.items():
                if not isinstance(items, list) or not all(isinstance(p, str) for p in items):
                    raise ConfigError(f"{name}: [{table}] {key} must be a list of strings")
                merged = target.setdefault(key, [])
                merged.extend(p for p in items if p not in merged)


def _bundled_sources() -> list[tuple[str, bytes]]:
    folder = resources.files("eventcoder.data.lexicons")
    return [(name, folder.joinpath(name).read_bytes()) for name in BUNDLED]


def _user_files() -> list[Path]:
    home = os.environ.get("EVENTCODER_HOME")
    folder = Path(home) / "lexicons" if home else None
    return sorted(folder.glob("*.toml")) if folder is not None and folder.is_dir() else []


def read_data(paths: Iterable[str | Path] = (), *, user: bool = True) -> LexiconData:
    """The bundled lexicons, then the user's ($EVENTCODER_HOME/lexicons/*.toml), then ``paths``, merged."""
    sources = _bundled_sources()
    extra = (_user_files() if user else []) + [Path(p) for p in paths]
    for path in extra:
        try:
            sources.append((str(path), path.read_bytes()))
        except OSError as exc:
            raise ConfigError(f"lexicon file {path} cannot be read ({exc.strerror}); pass an existing TOML file") from None
    data = LexiconData()
    for name, raw in sources:
        try:
            doc = tomllib.loads(raw.decode("utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{name}: not a valid TOML lexicon ({exc}); fix the file") from None
        data.merge(name, doc)
    return data


class Lexicons:
    """The compiled lexicons of the engine: the cue lexicon and the casualty-count reader."""

    def __init__(self, data: LexiconData) -> None:
        self.data = data
        self.cues = CueLexicon(data.cues)
        try:
            self.counts = CountReader(data.victims, data.counts)
        except KeyError as exc:
            raise ConfigError(f"the count lexicon lacks the list {exc}; restore it in counts.toml or victims.toml") from None

    @classmethod
    def load(cls, paths: Iterable[str | Path] = (), *, user: bool = True) -> Lexicons:
        """Lexicons from the bundled files, the user's files and ``paths`` (appended in that order)."""
        return cls(read_data(paths, user=user))

    @classmethod
    @functools.cache
    def default(cls) -> Lexicons:
        """The bundled and user lexicons, loaded once per process."""
        return cls.load()

    @classmethod
    def reload(cls) -> None:
        """Forget the cached default lexicons: the next :meth:`default` reads the files again."""
        cls.default.cache_clear()


def find_counts(text: str, start: int, end: int) -> list[Count]:
    """All casualty counts in ``text[start:end]`` with the default lexicons (see :class:`CountReader`)."""
    return Lexicons.default().counts.find(text, start, end)
