"""Countries with ACLED names and regions: code, name, alias and demonym lookup over ``data/countries.tsv``."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from eventcoder.errors import InputError

__all__ = ["Country", "all_countries", "by_code", "by_name", "lookup", "name_key"]

_COLUMNS = ("iso2", "iso3", "numeric", "name", "region", "demonyms", "aliases")


@dataclass(frozen=True, slots=True)
class Country:
    """One country: ISO codes, ACLED name and region, demonyms and aliases."""

    iso2: str
    iso3: str
    numeric: int
    name: str
    region: str
    demonyms: tuple[str, ...]
    aliases: tuple[str, ...]


_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def name_key(text: str) -> str:
    """Fold a country name for lookup: no diacritics, case, dots, apostrophes, punctuation or leading "the"."""
    folded = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    # Dots and apostrophes vanish so "U.S." == "US" and "d'Ivoire" == "dIvoire"; other punctuation splits words.
    folded = folded.casefold().replace(".", "").replace("'", "").replace("\u2019", "")
    folded = _NON_ALNUM.sub(" ", folded.replace("&", " and ")).strip()
    return folded[4:] if folded.startswith("the ") else folded


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split("|") if part.strip())


def _parse(text: str, source: str) -> list[Country]:
    countries: list[Country] = []
    header_seen = False
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if not header_seen:
            header_seen = True
            if tuple(cells) != _COLUMNS:
                raise InputError(
                    f"line {lineno}: header must be {' '.join(_COLUMNS)} (tab-separated); fix the header",
                    input=source,
                )
            continue
        cells += [""] * (len(_COLUMNS) - len(cells))
        iso2, iso3, numeric, name, region, demonyms, aliases = cells[: len(_COLUMNS)]
        if len(iso2) != 2 or len(iso3) != 3 or not numeric.isdigit():
            raise InputError(
                f"line {lineno}: expected a 2-letter code, a 3-letter code and a numeric code, got "
                f"{iso2!r} {iso3!r} {numeric!r}; fix the row",
                input=source,
            )
        countries.append(
            Country(iso2.upper(), iso3.upper(), int(numeric), name, region, _split(demonyms), _split(aliases))
        )
    return countries


@lru_cache(maxsize=1)
def _load() -> tuple[tuple[Country, ...], dict[str, Country], dict[str, Country]]:
    ref = resources.files("eventcoder") / "data" / "countries.tsv"
    countries = tuple(_parse(ref.read_text(encoding="utf-8"), str(ref)))
    codes: dict[str, Country] = {}
    names: dict[str, Country] = {}
    for c in countries:
        codes[c.iso2] = c
        codes[c.iso3] = c
    # Names win over aliases, aliases over demonyms, so a shared demonym never hides a country's own name.
    for field in ("name", "aliases", "demonyms"):
        for c in countries:
            values = (c.name,) if field == "name" else getattr(c, field)
            for value in values:
                names.setdefault(name_key(value), c)
    return countries, codes, names


def load_file(path: Path) -> list[Country]:
    """Parse a countries TSV in the bundled format (for checking a user's edited copy)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read the countries table ({exc.strerror}); check the path", input=str(path)) from exc
    return _parse(text, str(path))


def all_countries() -> tuple[Country, ...]:
    """Every country of the table, sorted by ACLED name."""
    return _load()[0]


def by_code(code: str) -> Country | None:
    """The country with this ISO 3166 alpha-2 or alpha-3 code (any case), else None."""
    return _load()[1].get(code.strip().upper())


def by_name(name: str) -> Country | None:
    """The country whose ACLED name, alias or demonym is ``name`` (case- and diacritic-insensitive)."""
    return _load()[2].get(name_key(name))


def lookup(name: str) -> Country | None:
    """The country a name, alias, demonym or plural demonym refers to ("Syrian", "DRC", "U.S.", "Türkiye")."""
    key = name_key(name)
    if not key:
        return None
    names = _load()[2]
    hit = names.get(key)
    if hit is None and key.endswith("s"):
        # Plural demonyms: "Afghans", "Iraqis", "Somalis".
        hit = names.get(key[:-1])
    return hit
