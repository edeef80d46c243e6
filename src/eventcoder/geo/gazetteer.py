"""Read side of the gazetteer: name lookups against the SQLite index, cached."""

from __future__ import annotations

import functools
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from eventcoder.errors import GazetteerError
from eventcoder.geo.index import ALIAS, BARE, FOLD, PRIMARY, SOUND
from eventcoder.geo.normalize import Rules, bare, fold, load_rules, sound

__all__ = ["Candidate", "Gazetteer", "MemoryGazetteer"]

# How much a match at each tier counts (strict spelling beats a transliteration guess).
MATCH_QUALITY = {(FOLD, PRIMARY): 1.0, (FOLD, 1): 0.85, (FOLD, ALIAS): 0.95, (BARE, PRIMARY): 0.8,
                 (BARE, 1): 0.72, (BARE, ALIAS): 0.8, (SOUND, PRIMARY): 0.5, (SOUND, 1): 0.45, (SOUND, ALIAS): 0.5}


# A loose-key match whose primary name has the same consonants in the same order, only its vowels written
# otherwise ("Heet" for "Hīt", "Faiz Abad" for "Fayzabad") or a doubled (geminate) consonant written once ("Maarat"
# for "Ma'arrat": Arabic writes gemination with a mark that transliterations keep or drop): a transliteration of that
# very name, above a mere sound-alike (0.45-0.5) that differs in its consonants.
SPELLING_QUALITY = 0.55
_VOWELS = re.compile(r"[aeiouy]+")
_DOUBLED = re.compile(r"([a-z])\1+")


def _vowel_key(bared: str) -> str:
    """A name's consonant skeleton with each run of vowels as one mark and a doubled consonant as one ("heet", "hit"
    -> "h.t"; "maarrat", "marat" -> "m.r.t")."""
    return _VOWELS.sub(".", _DOUBLED.sub(r"\1", re.sub(r"[^a-z]", "", bared)))


_PART_WORDS = frozenset({"north", "south", "east", "west", "central"})


@dataclass(frozen=True, slots=True)
class Candidate:
    """A gazetteer entry that a name may refer to, with how well the name matched it."""

    gid: int
    name: str
    lat: float
    lon: float
    cc: str | None
    admin1: str | None
    admin2: str | None
    feature: str
    population: int
    quality: float


def _connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)


class Gazetteer:
    """Name lookups against an index file (read-only, one connection per instance)."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None = None, rules: Rules | None = None) -> None:
        self._conn = conn
        self._pid = os.getpid()
        self.path = path
        self.rules = rules or load_rules()
        self._lookup = functools.lru_cache(maxsize=200_000)(self._lookup_uncached)
        self._exists = functools.lru_cache(maxsize=200_000)(self._exists_uncached)
        self._exists_exact = functools.lru_cache(maxsize=50_000)(self._exists_exact_uncached)
        self._neighbours: dict[str, frozenset[str]] | None = None
        # a report's unresolved names search the same box around its places (geocoder._misspelt)
        self._nearby = functools.lru_cache(maxsize=256)(self._nearby_uncached)

    @property
    def conn(self) -> sqlite3.Connection:
        """The connection; reopened in a forked worker (SQLite connections must not cross a fork)."""
        if self._pid != os.getpid() and self.path is not None:
            self._conn = _connect(self.path)
            self._pid = os.getpid()
        return self._conn

    def __reduce__(self) -> tuple[object, tuple[Path]]:
        """Pickle as the path to reopen (for process pools and Spark workers)."""
        if self.path is None:
            raise TypeError("an in-memory gazetteer cannot be pickled; open one from a file")
        return (type(self).open, (self.path,))

    @classmethod
    def open(cls, path: Path) -> Gazetteer:
        """Open an index file read-only."""
        if not path.exists():
            raise GazetteerError(f"{path}: no gazetteer index; run `eventcoder gazetteer build` to make one")
        try:
            conn = _connect(path)
            conn.execute("SELECT 1 FROM name LIMIT 1").fetchone()
        except sqlite3.Error as exc:
            raise GazetteerError(f"{path}: not a gazetteer index ({exc}); rebuild it with `eventcoder gazetteer build`") from exc
        return cls(conn, path)

    def _exists_uncached(self, f: str) -> bool:
        stem, _, last = f.rpartition(" ")
        if stem and last in _PART_WORDS and stem not in _PART_WORDS and self._exists_uncached(stem):
            return True  # "Shan-North", "Bago-West": a part of a province (the geocoder codes it to the province)
        b = bare(f)
        row = self.conn.execute(
            "SELECT 1 FROM name WHERE (key = ? AND tier = 0) OR (key = ? AND tier IN (0, 1)) "
            "OR (key = ? AND tier = 2) LIMIT 1",
            (f, b, sound(b, self.rules)),
        ).fetchone()
        return row is not None

    def exists_exact(self, name: str) -> bool:
        """Whether a place has exactly this (folded) name; no article stripping or spelling rules."""
        f = fold(name)
        return len(f) >= 2 and self._exists_exact(f)

    def _exists_exact_uncached(self, f: str) -> bool:
        return self.conn.execute("SELECT 1 FROM name WHERE key = ? AND tier = 0 LIMIT 1", (f,)).fetchone() is not None

    def exists(self, name: str) -> bool:
        """Whether any place has this name at any tier (used by mention detection)."""
        f = fold(name)
        return len(f) >= 2 and self._exists(f)

    def _lookup_uncached(self, f: str) -> tuple[Candidate, ...]:
        b = bare(f)
        s = sound(b, self.rules)
        words = [self.rules.words.get(w, w) for w in b.split()]
        w = " ".join(words)
        rows = self.conn.execute(
            "SELECT n.tier, n.kind, n.key, p.gid, p.name, p.lat, p.lon, p.cc, p.admin1, p.admin2, p.feature, "
            "p.population FROM name n JOIN place p ON p.gid = n.gid "
            "WHERE (n.key IN (?, ?, ?) AND n.tier IN (0, 1)) OR (n.key = ? AND n.tier = 2)",
            (f, b, w, s),
        ).fetchall()
        best: dict[int, Candidate] = {}
        for tier, kind, key, gid, name, lat, lon, cc, a1, a2, feature, pop in rows:
            if tier == SOUND:
                eff = SOUND
            elif key == f and tier == FOLD:
                eff = FOLD
            else:
                eff = BARE  # article-free or rewritten-word match
            q = MATCH_QUALITY.get((eff, kind), 0.4)
            if eff == SOUND and _vowel_key(b) == _vowel_key(bare(fold(name))):
                q = SPELLING_QUALITY
            old = best.get(gid)
            if old is None or q > old.quality:
                best[gid] = Candidate(gid, name, lat, lon, cc, a1, a2, feature, pop or 0, q)
        return tuple(best.values())

    def lookup(self, name: str) -> tuple[Candidate, ...]:
        """Every place this name may refer to, best match quality per place."""
        f = fold(name)
        if len(f) < 2:
            return ()
        return self._lookup(f)

    def nearby(self, cc: str, lat0: float, lat1: float, lon0: float, lon1: float) -> list[Candidate]:
        """The populated places of one country inside a latitude/longitude box (names as stored)."""
        return list(self._nearby(cc, lat0, lat1, lon0, lon1))

    def _nearby_uncached(self, cc: str, lat0: float, lat1: float, lon0: float, lon1: float) -> tuple[Candidate, ...]:
        try:
            rows = self.conn.execute(
                "SELECT gid, name, lat, lon, cc, admin1, admin2, feature, population FROM place "
                "WHERE cc = ? AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ? AND feature = 'city'",
                (cc, lat0, lat1, lon0, lon1),
            ).fetchall()
        except sqlite3.Error:
            return ()
        return tuple(Candidate(g, n, la, lo, c, a1, a2, f, p or 0, 0.4) for g, n, la, lo, c, a1, a2, f, p in rows)

    def neighbours(self, cc: str) -> frozenset[str]:
        """The countries bordering ``cc`` (GeoNames' list, stored at build time)."""
        if self._neighbours is None:
            import json

            try:
                row = self.conn.execute("SELECT value FROM meta WHERE key = 'neighbours'").fetchone()
            except sqlite3.Error:
                row = None
            data = json.loads(row[0]) if row else {}
            self._neighbours = {k: frozenset(v) for k, v in data.items()}
        return self._neighbours.get(cc, frozenset())

    def close(self) -> None:
        """Close the index file."""
        self.conn.close()


class MemoryGazetteer(Gazetteer):
    """An in-memory index for tests: places written through the same writer as the real one."""

    @classmethod
    def from_rows(cls, rows: list[object]) -> MemoryGazetteer:
        """Build from :class:`eventcoder.geo.index.PlaceRow` objects."""
        from eventcoder.geo.index import _SCHEMA, IndexWriter, PlaceRow

        conn = sqlite3.connect(":memory:", check_same_thread=False)
        conn.executescript(_SCHEMA)
        IndexWriter(conn).write([r for r in rows if isinstance(r, PlaceRow)])
        conn.commit()
        return cls(conn)
