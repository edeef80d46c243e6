"""The cue lexicon: word patterns per cue class, loaded from TOML data files and compiled once."""

from __future__ import annotations

import functools
import os
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from eventcoder.errors import ConfigError

__all__ = ["CueLexicon", "CueMatch"]


@dataclass(frozen=True, slots=True)
class CueMatch:
    """One cue found in the text: its class and its span in the document text."""

    cls: str
    start: int
    end: int
    text: str


# Short acronyms are matched case-sensitively so that "mines" does not match "MINES" headlines twice
# and "IS" (Islamic State) never matches the verb "is".
_CASE_SENSITIVE = re.compile(r"^[A-Z]{2,}s?\??$")


class CueLexicon:
    """Compiled cue classes; ``find(text, start, end)`` returns every cue in a span."""

    def __init__(self, patterns: dict[str, list[str]]) -> None:
        self.patterns = patterns
        self._regex: dict[str, re.Pattern[str]] = {}
        for cls, pats in patterns.items():
            try:
                alternatives = "|".join(f"(?:{p})" for p in sorted(pats, key=len, reverse=True))
                self._regex[cls] = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)
            except re.error as exc:
                raise ConfigError(f"cue class {cls!r}: bad pattern ({exc}); fix the lexicon file") from exc

    @classmethod
    def load(cls, paths: Iterable[Path] = ()) -> CueLexicon:
        """The bundled lexicon, extended by user files (lists are appended, classes added)."""
        merged: dict[str, list[str]] = {}
        sources: list[tuple[str, bytes]] = [
            ("cues.toml", resources.files("eventcoder.data.lexicons").joinpath("cues.toml").read_bytes())
        ]
        home = os.environ.get("EVENTCODER_HOME")
        user_dir = Path(home) / "lexicons" if home else None
        extra = list(paths)
        if user_dir and user_dir.is_dir():
            extra += sorted(user_dir.glob("*.toml"))
        sources += [(str(p), Path(p).read_bytes()) for p in extra]
        for name, data in sources:
            try:
                doc = tomllib.loads(data.decode("utf-8"))
            except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
                raise ConfigError(f"{name}: not a valid TOML cue lexicon ({exc})") from exc
            for key, pats in (doc.get("cues") or {}).items():
                if not isinstance(pats, list) or not all(isinstance(p, str) for p in pats):
                    raise ConfigError(f"{name}: [cues] {key} must be a list of strings")
                merged.setdefault(key, []).extend(pats)
        return cls(merged)

    @classmethod
    @functools.cache
    def default(cls) -> CueLexicon:
        """The lexicon loaded once per process."""
        return cls.load()

    def find(self, text: str, start: int = 0, end: int | None = None) -> dict[str, list[CueMatch]]:
        """Every cue in ``text[start:end]`` grouped by class; offsets into ``text``."""
        end = len(text) if end is None else end
        out: dict[str, list[CueMatch]] = {}
        for cls, rx in self._regex.items():
            for m in rx.finditer(text, start, end):
                out.setdefault(cls, []).append(CueMatch(cls, m.start(), m.end(), m.group(0)))
        return out
