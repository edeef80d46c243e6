"""Test data of the geocoding tests: files in the real GeoNames format, written here (synthetic)."""

from __future__ import annotations

import zipfile
from pathlib import Path

from eventcoder.geo.index import ALIAS, ALTERNATE, PRIMARY, PlaceRow

SHARED = Path(__file__).resolve().parents[3] / "shared"

# Synthetic rows in GeoNames' 19-column layout: geonameid, name, asciiname, alternatenames, latitude,
# longitude, feature class, feature code, country code, cc2, admin1..admin4, population, elevation, dem,
# timezone, modification date. Coordinates are approximate, written for these tests.
DUMP_ROWS = [
    ["9000001", "Turmānīn", "Turmanin", "Turmanin,Tourmanin,ترمانين", "36.2200", "36.8000", "P", "PPL", "SY", "",
     "09", "", "", "", "0", "", "350", "Asia/Damascus", "2024-01-01"],
    ["9000002", "Ma‘arbalīt", "Maarbalit", "Maarbalit,Maarbelit", "35.7900", "36.5500", "P", "PPL", "SY", "",
     "12", "", "", "", "0", "", "300", "Asia/Damascus", "2024-01-01"],
    ["9000003", "Wādī Example", "Wadi Example", "", "35.0", "36.0", "H", "WAD", "SY", "",
     "12", "", "", "", "0", "", "300", "Asia/Damascus", "2024-01-01"],
]
ADMIN1 = "SY.09\tḨalab\tAleppo\t170062\nSY.12\tIdlib\tIdlib\t169387\n"


def write_dump(folder: Path, *, zipped: bool) -> Path:
    txt = "\n".join("\t".join(r) for r in DUMP_ROWS) + "\n"
    if not zipped:
        path = folder / "SY.txt"
        path.write_text(txt, encoding="utf-8")
        return path
    path = folder / "SY.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("readme.txt", "synthetic test dump")
        zf.writestr("SY.txt", txt)
    return path


def row(gid: int, name: str, lat: float, lon: float, cc: str, admin1: str | None, pop: int,
        feature: str = "city", alts: tuple[str, ...] = (), aliases: tuple[str, ...] = ()) -> PlaceRow:
    """A place of the fake gazetteer (synthetic ids, real-world-like coordinates)."""
    names = [(name, PRIMARY)] + [(a, ALTERNATE) for a in alts] + [(a, ALIAS) for a in aliases]
    return PlaceRow(gid, name, lat, lon, cc, admin1, None, feature, pop, names)
