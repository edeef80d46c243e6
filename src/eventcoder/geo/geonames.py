"""Import of full GeoNames dumps (allCountries.zip, XX.zip, or their .txt) into a gazetteer index."""

from __future__ import annotations

import io
import sqlite3
import zipfile
from collections.abc import Iterator
from pathlib import Path

from eventcoder.errors import GazetteerError
from eventcoder.geo.index import ALTERNATE, PRIMARY, IndexWriter, PlaceRow, _is_latin

__all__ = ["import_geonames"]

# GeoNames feature codes -> eventcoder features; other classes (hydrography, spots...) are skipped.
_ADMIN_CODES = {"ADM1": "admin1", "ADM2": "admin2", "ADM3": "admin3", "PCLI": "country"}


def _open_dump(path: Path) -> Iterator[str]:
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as zf:
            members = [m for m in zf.namelist() if m.endswith(".txt") and not m.lower().startswith("readme")]
            if not members:
                raise GazetteerError(f"{path}: the zip holds no GeoNames .txt table; give allCountries.zip or XX.zip")
            with zf.open(members[0]) as fh:
                yield from io.TextIOWrapper(fh, encoding="utf-8")
    else:
        with path.open(encoding="utf-8") as fh:
            yield from fh


def _read_codes(path: Path | None) -> dict[str, str]:
    if path is None:
        return {}
    if not path.exists():
        raise GazetteerError(f"{path}: no such file; give GeoNames' admin1CodesASCII.txt or admin2Codes.txt")
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 3:
            out[parts[0]] = parts[2] or parts[1]
    return out


def import_geonames(index: Path, dump: Path, admin1_codes: Path | None = None,
                    admin2_codes: Path | None = None) -> int:
    """Add a GeoNames dump (allCountries.zip, XX.zip or a .txt of the same 19 columns) to ``index``."""
    if not dump.exists():
        raise GazetteerError(f"{dump}: no such file; download a GeoNames dump (e.g. SY.zip) and give its path")
    a1 = _read_codes(admin1_codes)
    a2 = _read_codes(admin2_codes)
    if not a1 and index.exists():
        # Without a codes file use the admin1 names that the embedded index already knows.
        conn = sqlite3.connect(index)
        try:
            a1 = {f"{cc}.{code}": name for cc, code, name in conn.execute("SELECT cc, code, name FROM admin1")}
        except sqlite3.Error:
            a1 = {}
        finally:
            conn.close()

    def rows() -> Iterator[PlaceRow]:
        for lineno, line in enumerate(_open_dump(dump), 1):
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 19:
                raise GazetteerError(
                    f"{dump} line {lineno}: {len(parts)} columns, a GeoNames table has 19; "
                    "give allCountries.zip, a country zip or its .txt"
                )
            fclass, fcode = parts[6], parts[7]
            if fclass == "P":
                feature = "city"
            elif fclass == "A" and fcode in _ADMIN_CODES:
                feature = _ADMIN_CODES[fcode]
            elif fclass in ("L", "S", "T") and fcode in ("AREA", "RGN", "CMP", "CMPQ", "MT", "AIRP", "PPLX"):
                feature = "site"
            else:
                continue
            try:
                gid, lat, lon = int(parts[0]), float(parts[4]), float(parts[5])
            except ValueError as exc:
                raise GazetteerError(f"{dump} line {lineno}: bad id or coordinates ({exc})") from exc
            cc = parts[8] or None
            admin1 = a1.get(f"{cc}.{parts[10]}") if cc else None
            admin2 = a2.get(f"{cc}.{parts[10]}.{parts[11]}") if cc and parts[11] else None
            names = [(parts[1], PRIMARY), (parts[2], ALTERNATE)]
            names += [(a, ALTERNATE) for a in parts[3].split(",") if _is_latin(a)]
            pop = int(parts[14]) if parts[14].isdigit() else 0
            yield PlaceRow(gid, parts[1], lat, lon, cc, admin1, admin2, feature, pop, names, "geonames:" + dump.name)

    writer = IndexWriter.create(index, fresh=False)
    try:
        n = writer.write(rows())
        writer.set_meta(extended="1")
    finally:
        writer.close()
    return n
