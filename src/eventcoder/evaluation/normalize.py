"""Normalisation used when comparing a predicted value with a gold value."""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
import unicodedata
from typing import Any

from eventcoder.geo.distance import haversine_km  # re-exported: scoring code imports it from here

__all__ = [
    "actor_key",
    "as_float",
    "as_int",
    "country_key",
    "country_name",
    "haversine_km",
    "names_match",
    "norm",
    "parse_date",
]

# Words that qualify a place name without naming it ("Chahar village", "Idlib province").
_PLACE_WORDS = frozenset(
    "village town city district province region state county governorate municipality area countryside "
    "sub district subdistrict division camp the of".split()
)
# ACLED actor names carry the regime's years, "(2000-)" or "(2000-2024)"; the years are not what is scored.
_YEARS = re.compile(r"\(\s*\d{4}\s*-\s*(\d{4})?\s*\)")

# Spellings the country table may lack; keys are ISO alpha-3. The table (eventcoder.countries,
# data/countries.tsv, user-extendable) is consulted first.
_COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "TUR": ("Turkey", "Turkiye"),
    "COD": ("Democratic Republic of Congo", "DR Congo", "DRC"),
    "PSE": ("Palestine", "West Bank", "Gaza Strip"),
    "CIV": ("Ivory Coast",),
    "XKX": ("Kosovo",),
    "GBR": ("United Kingdom", "UK", "Britain"),
    "USA": ("United States", "US", "USA"),
}


def norm(value: Any) -> str:
    """Lower-case ASCII words separated by single spaces ("Ma'arrat  al-Nu'man" -> "ma arrat al nu man")."""
    text = unicodedata.normalize("NFKD", str(value or "")).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def actor_key(value: Any) -> str:
    """An actor name without the regime years, normalised ("Military Forces of Syria (2000-)" == "... of Syria")."""
    return norm(_YEARS.sub(" ", str(value or "")))


def _place_core(value: Any) -> str:
    return " ".join(w for w in norm(value).split() if w not in _PLACE_WORDS)


def names_match(a: Any, b: Any) -> bool:
    """Two place names match when equal after normalisation, or one holds the other as whole words."""
    x, y = _place_core(a), _place_core(b)
    if not x or not y:
        return False
    if x == y:
        return True
    short, long = sorted((x, y), key=len)
    # A one-letter or two-letter core ("al") would match everything.
    return len(short) >= 4 and f" {short} " in f" {long} "


@functools.cache
def _country_index() -> dict[str, str]:
    import pycountry  # a base dependency

    index: dict[str, str] = {}
    for c in pycountry.countries:
        for name in (c.alpha_3, c.alpha_2, c.name, getattr(c, "common_name", ""), getattr(c, "official_name", "")):
            if name:
                index.setdefault(norm(name), c.alpha_3)
        index[f"#{int(c.numeric)}"] = c.alpha_3
    for iso3, names in _COUNTRY_ALIASES.items():
        for name in names:
            index[norm(name)] = iso3
    try:
        from eventcoder.countries import all_countries
    except ImportError:  # the country table is optional here; pycountry covers the ISO names
        return index
    for country in all_countries():
        index[f"#{country.numeric}"] = country.iso3
        for name in (country.name, country.iso2, country.iso3, *country.aliases):
            index[norm(name)] = country.iso3
    return index


def country_key(value: Any) -> str | None:
    """ISO alpha-3 of a country name, alpha-2/alpha-3 code or ISO numeric; the normalised name when unknown."""
    if value is None or value == "":
        return None
    index = _country_index()
    if isinstance(value, int) and not isinstance(value, bool):
        return index.get(f"#{value}", f"#{value}")
    key = norm(value)
    return index.get(key, key) if key else None


def country_name(iso3: str | None) -> str | None:
    """The ACLED name of a country from its ISO alpha-3 code (the ISO name when the table lacks it), or None."""
    if not iso3:
        return None
    try:
        from eventcoder.countries import by_code

        country = by_code(iso3.upper())
        if country is not None:
            return country.name
    except ImportError:  # fall back on the ISO names
        pass
    import pycountry

    found = pycountry.countries.get(alpha_3=iso3.upper())
    return str(getattr(found, "common_name", None) or found.name) if found else None


def parse_date(value: Any) -> dt.date | None:
    """The date of an ISO ``YYYY-MM-DD`` string (a longer timestamp is cut), or None."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def as_int(value: Any) -> int | None:
    """An integer from a JSON value (int, float or numeric string), or None."""
    if value is None or value == "" or isinstance(value, bool):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        try:
            return int(float(value))
        except (TypeError, ValueError):
            return None


def as_float(value: Any) -> float | None:
    """A finite float from a JSON value, or None."""
    if value is None or value == "" or isinstance(value, bool):
        return None
    try:
        out = float(value)
    except (TypeError, ValueError):
        return None
    return out if math.isfinite(out) else None
