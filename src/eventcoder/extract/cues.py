"""The cue lexicon: word patterns per cue class, loaded from TOML data files and compiled once."""

from __future__ import annotations

import bisect
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


def _needs_case(pattern: str) -> bool:
    return "(?-i:" in pattern or any(ch.isupper() for ch in re.sub(r"\\[A-Za-z]", "", pattern))


def _compile(patterns: list[str], flags: int) -> re.Pattern[str]:
    alternatives = "|".join(f"(?:{p})" for p in sorted(patterns, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", flags)


class CueLexicon:
    """Compiled cue classes; ``find(text, start, end)`` returns every cue in a span."""

    def __init__(self, patterns: dict[str, list[str]]) -> None:
        self.patterns = patterns
        # Lower-case patterns run without IGNORECASE on a lower-cased copy of the text (about twice as
        # fast); patterns that care about case ("(?-i:march)" is not the month "March") run on the text.
        self._lower: dict[str, re.Pattern[str]] = {}
        self._cased: dict[str, re.Pattern[str]] = {}
        self._any: dict[str, re.Pattern[str]] = {}
        for cls, pats in patterns.items():
            cased = [p for p in pats if _needs_case(p)]
            lower = [p for p in pats if not _needs_case(p)]
            try:
                if lower:
                    self._lower[cls] = _compile(lower, 0)
                if cased:
                    self._cased[cls] = _compile(cased, re.IGNORECASE)
                self._any[cls] = _compile(pats, re.IGNORECASE)
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
        low = text.lower()
        if len(low) != len(text):  # a few characters change length when lower-cased: keep offsets exact
            for cls, rx in self._any.items():
                for m in rx.finditer(text, start, end):
                    out.setdefault(cls, []).append(CueMatch(cls, m.start(), m.end(), m.group(0)))
            return out
        for table, subject in ((self._lower, low), (self._cased, text)):
            for cls, rx in table.items():
                for m in rx.finditer(subject, start, end):
                    out.setdefault(cls, []).append(CueMatch(cls, m.start(), m.end(), text[m.start() : m.end()]))
        for matches in out.values():
            matches.sort(key=lambda c: c.start)
        return out

    def find_in(self, text: str, spans: list[tuple[int, int]]) -> list[dict[str, list[CueMatch]]]:
        """Cues of several spans of one text (e.g. its sentences), scanning the text once."""
        if not spans:
            return []
        found = self.find(text, spans[0][0], spans[-1][1])
        starts = [s for s, _ in spans]
        out: list[dict[str, list[CueMatch]]] = [{} for _ in spans]
        for cls, matches in found.items():
            for c in matches:
                i = bisect.bisect_right(starts, c.start) - 1
                if i >= 0 and c.start < spans[i][1]:
                    out[i].setdefault(cls, []).append(c)
        return out
