"""Myanmar's townships and villages from the MIMU place codes of mm_geo_coder (eventcoder.geo.mimu).

Every name here is invented (synthetic): the tests write a tiny SQLite file in the package's schema themselves and
never depend on real village names.
"""

from __future__ import annotations

import importlib.util
import logging
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventcoder.geo import Geocoder, mimu
from eventcoder.geo import index as index_module
from eventcoder.geo.index import PRIMARY, IndexWriter, PlaceRow, build, fingerprint

_VILLAGE_COLUMNS = ("village_pcode INTEGER, village_tract_pcode TEXT, township_pcode TEXT, district_saz_pcode TEXT, "
                    "state_pcode TEXT, village_eng TEXT, village_tract_eng TEXT, township_eng TEXT, district_eng TEXT, "
                    "state_eng TEXT, village_mmr TEXT, village_tract_mmr TEXT, township_mmr TEXT, district_mmr TEXT, "
                    "state_mmr TEXT, latitude REAL, longitude REAL")
_WARD_COLUMNS = ("ward_pcode TEXT, town_pcode TEXT, township_pcode TEXT, district_saz_pcode TEXT, state_pcode TEXT, "
                 "ward_eng TEXT, town_eng TEXT, township_eng TEXT, district_eng TEXT, state_eng TEXT, ward_mmr TEXT, "
                 "town_mmr TEXT, township_mmr TEXT, district_mmr TEXT, state_mmr TEXT, latitude REAL, longitude REAL")
# Synthetic: township Zawbinkyi (code T1) has a town of its name (two wards at one point, one numbered ward) and two
# villages far from the town; township Hnitmyaung (T2, "Shan (North)") has no town, so it sits at its villages' mean.
_VILLAGES = [
    (900001, "VT1", "T1", "D1", "S1", "Ywathit Lelbin", "Ywathit", "Zawbinkyi", "Kyaukmyin", "Sagaing", "x", "x",
     "x", "x", "x", 22.40, 95.40),
    (900002, "VT1", "T1", "D1", "S1", "Sinbyugyun (East)", "Ywathit", "Zawbinkyi", "Kyaukmyin", "Sagaing", "x", "x",
     "x", "x", "x", 22.60, 95.60),
    (900003, "VT2", "T2", "D2", "S2", "Nwamyaing (Pyinsone)", "Nwamyaing", "Hnitmyaung", "Taunglwin", "Shan (North)",
     "x", "x", "x", "x", "x", 23.00, 97.00),
    (900004, "VT2", "T2", "D2", "S2", "Kanthargyi", "Nwamyaing", "Hnitmyaung", "Taunglwin", "Shan (North)", "x", "x",
     "x", "x", "x", 23.20, 97.40),
    (900005, "VT2", "T2", "D2", "S2", "\u1000\u1001\u1002", "Nwamyaing", "Hnitmyaung", "Taunglwin", "Shan (North)",
     "x", "x", "x", "x", "x", 23.10, 97.20),  # a name in Myanmar script only: no Latin name, no place
    (900006, "VT2", "T2", "D2", "S2", "Thayetpin", "Nwamyaing", "Hnitmyaung", "Taunglwin", "Shan (North)", "x", "x",
     "x", "x", "x", None, None),  # no coordinates: no place
]
_WARDS = [
    ("W1", "TN1", "T1", "D1", "S1", "Zaygyi Ward", "Zawbinkyi Town", "Zawbinkyi", "Kyaukmyin", "Sagaing", "x", "x",
     "x", "x", "x", 22.10, 95.10),
    ("W2", "TN1", "T1", "D1", "S1", "No (2) Ward", "Zawbinkyi Town", "Zawbinkyi", "Kyaukmyin", "Sagaing", "x", "x",
     "x", "x", "x", 22.10, 95.10),
    ("W3", "TN1", "T1", "D1", "S1", "Myothit Ward", "Zawbinkyi Town", "Zawbinkyi", "Kyaukmyin", "Sagaing", "x", "x",
     "x", "x", "x", 22.12, 95.12),
]
_ADMIN1 = {("MM", "10"): "Sagaing", ("MM", "11"): "Shan", ("SY", "11"): "Shan"}


@pytest.fixture()
def mimu_db(tmp_path: Path) -> Path:
    """A tiny MIMU file in mm_geo_coder's schema, all names invented."""
    path = tmp_path / "mimu_geo_data_public.db"
    conn = sqlite3.connect(path)
    conn.execute(f"CREATE TABLE villages ({_VILLAGE_COLUMNS})")
    conn.execute(f"CREATE TABLE wards ({_WARD_COLUMNS})")
    conn.executemany(f"INSERT INTO villages VALUES ({','.join('?' * 17)})", _VILLAGES)
    conn.executemany(f"INSERT INTO wards VALUES ({','.join('?' * 17)})", _WARDS)
    conn.commit()
    conn.close()
    return path


def _by_name(rows: list[PlaceRow]) -> dict[str, PlaceRow]:
    return {r.name: r for r in rows}


def test_mimu_township_sits_at_the_town_of_its_name(mimu_db: Path) -> None:
    rows = _by_name(list(mimu.place_rows(_ADMIN1, mimu_db)))
    town = rows["Zawbinkyi"]
    assert town.feature == "admin3" and town.cc == "MM"
    assert (round(town.lat, 2), round(town.lon, 2)) == (22.10, 95.10)  # the median of the town's wards, not 22.5
    assert town.admin1 == "Sagaing" and town.admin2 == "Kyaukmyin"  # admin2 is the district


def test_mimu_township_without_a_town_sits_at_its_villages_mean(mimu_db: Path) -> None:
    rows = _by_name(list(mimu.place_rows(_ADMIN1, mimu_db)))
    unit = rows["Hnitmyaung"]
    assert (round(unit.lat, 2), round(unit.lon, 2)) == (23.10, 97.20)
    assert unit.admin1 == "Shan"  # "Shan (North)" is the index's Shan


def test_mimu_villages_are_places_of_no_population_when_asked_for(mimu_db: Path) -> None:
    assert not any(r.feature == "city" for r in mimu.place_rows(_ADMIN1, mimu_db))  # the build adds townships only
    rows = _by_name(list(mimu.place_rows(_ADMIN1, mimu_db, layers=("township", "village"))))
    village = rows["Ywathit Lelbin"]
    assert village.feature == "city" and village.population == 0 and village.source == "mimu"
    assert village.admin1 == "Sagaing" and village.admin2 == "Kyaukmyin"
    assert rows["Nwamyaing"].names == [("Nwamyaing", PRIMARY), ("Pyinsone", 1)]
    assert "Thayetpin" not in rows  # no coordinates
    assert all(r.name.isascii() for r in rows.values())  # Latin names only
    assert not any("Ward" in r.name for r in rows.values())  # wards only place their town
    assert len({r.gid for r in rows.values()}) == len(rows) and all(r.gid < -100_000_000 for r in rows.values())


def test_mimu_names_read_brackets_as_spellings_or_qualifiers() -> None:
    assert mimu.names("Nwamyaing (Pyinsone)") == [("Nwamyaing", PRIMARY), ("Pyinsone", 1)]
    assert [n for n, _ in mimu.names("Sinbyugyun (East)")] == ["Sinbyugyun (East)", "Sinbyugyun"]
    assert [n for n, _ in mimu.names("Tawlaing Sub-township (Kyaungsu SAZ)")] == ["Tawlaing"]
    assert [n for n, _ in mimu.names("Zawbinkyi Town")] == ["Zawbinkyi"]
    assert [n for n, _ in mimu.names("(Kanthar) Ward")] == ["Kanthar"]  # the bare word "Ward" names nothing


def test_mimu_townships_are_the_default_layer(mimu_db: Path) -> None:
    rows = list(mimu.place_rows(_ADMIN1, mimu_db))
    assert sorted(r.name for r in rows) == ["Hnitmyaung", "Zawbinkyi"] and {r.feature for r in rows} == {"admin3"}


def test_mimu_townships_resolve_from_an_index(mimu_db: Path, tmp_path: Path) -> None:
    index = tmp_path / "g.sqlite"
    writer = IndexWriter.create(index, fresh=True)
    writer.write([PlaceRow(1327865, "Myanmar", 21.0, 96.0, "MM", None, None, "country", 54_000_000,
                           [("Myanmar", PRIMARY)])])
    writer.write(mimu.place_rows(_ADMIN1, mimu_db))
    writer.close()
    geo = Geocoder.open(index)
    try:
        place = geo.resolve("Zawbinkyi township", countries=["MM"])
        assert place is not None and place.admin1 == "Sagaing"
        assert (round(place.latitude, 2), round(place.longitude, 2)) == (22.10, 95.10)
    finally:
        geo.gazetteer.close()


def _tiny_embedded(admin1: dict[tuple[str, str], str]) -> Iterator[PlaceRow]:
    admin1.update(_ADMIN1)
    yield PlaceRow(1327865, "Myanmar", 21.0, 96.0, "MM", None, None, "country", 54_000_000, [("Myanmar", PRIMARY)])


def test_mimu_places_go_into_the_built_index(mimu_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The build adds MIMU's places after the embedded sources (replaced here by one country, for speed)."""
    monkeypatch.setattr(index_module, "_embedded_rows", _tiny_embedded)
    monkeypatch.setattr(index_module, "_user_files", lambda: [])
    monkeypatch.setattr(mimu, "database_path", lambda: mimu_db)
    path = tmp_path / "g.sqlite"
    build(path)
    conn = sqlite3.connect(path)
    try:
        found = dict(conn.execute("SELECT name, admin1 FROM place WHERE source = 'mimu' AND feature = 'admin3'"))
    finally:
        conn.close()
    assert found["Zawbinkyi"] == "Sagaing" and found["Hnitmyaung"] == "Shan"


def test_mimu_absent_package_builds_without_it_and_says_so(monkeypatch: pytest.MonkeyPatch,
                                                           caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr(mimu, "database_path", lambda: None)
    with caplog.at_level(logging.INFO, logger="eventcoder.geo.mimu"):
        assert list(mimu.place_rows(_ADMIN1)) == []
    assert len(caplog.records) == 1 and "mm_geo_coder" in caplog.records[0].getMessage()


def test_mimu_package_version_is_in_the_index_fingerprint(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(mimu, "data_version", lambda: "absent")
    without = fingerprint()
    monkeypatch.setattr(mimu, "data_version", lambda: "0.2.1")
    assert fingerprint() != without


def test_mimu_finds_the_installed_package_file_without_importing_it() -> None:
    if importlib.util.find_spec(mimu.PACKAGE) is None:
        pytest.skip("mm_geo_coder is not installed (make install adds it)")
    imported = mimu.PACKAGE in sys.modules
    path = mimu.database_path()
    assert path is not None and path.name == "mimu_geo_data_public.db"
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        conn.close()
    assert {"villages", "wards"} <= tables
    assert mimu.data_version() == "0.2.1"
    assert (mimu.PACKAGE in sys.modules) == imported  # found, never imported (its __init__ would use the network)


def test_a_damaged_gazetteer_file_is_named_and_the_build_goes_on(tmp_path: Path,
                                                                caplog: pytest.LogCaptureFixture) -> None:
    bad = tmp_path / "mimu_geo_data_public.db"
    bad.write_bytes(b"this is no SQLite database, synthetic" * 40)
    with caplog.at_level(logging.WARNING, logger="eventcoder.geo.mimu"):
        assert list(mimu.place_rows({}, path=bad)) == []
    assert len(caplog.records) == 1 and str(bad) in caplog.records[0].getMessage()


def test_mimu_point_outside_myanmar_is_no_point(tmp_path: Path) -> None:
    """Synthetic: township Letpanzin's town has one ward at home and one the source geocoded onto a namesake in
    America; the township stays at its ward at home (the median of both was in the Mediterranean), and a village
    placed abroad is no village."""
    path = tmp_path / "mimu_geo_data_public.db"
    conn = sqlite3.connect(path)
    conn.execute(f"CREATE TABLE villages ({_VILLAGE_COLUMNS})")
    conn.execute(f"CREATE TABLE wards ({_WARD_COLUMNS})")
    conn.executemany(f"INSERT INTO villages VALUES ({','.join('?' * 17)})", [
        (900101, "VT9", "T9", "D9", "S1", "Kyunbinsu", "Kyunbinsu", "Letpanzin", "Mawleik", "Sagaing", "x", "x",
         "x", "x", "x", 41.20, -77.19),
        (900102, "VT9", "T9", "D9", "S1", "Thitsein", "Kyunbinsu", "Letpanzin", "Mawleik", "Sagaing", "x", "x",
         "x", "x", "x", 21.70, 94.70),
    ])
    conn.executemany(f"INSERT INTO wards VALUES ({','.join('?' * 17)})", [
        ("W91", "TN9", "T9", "D9", "S1", "Aungthar Ward", "Letpanzin Town", "Letpanzin", "Mawleik", "Sagaing", "x",
         "x", "x", "x", "x", 21.50, 94.50),
        ("W92", "TN9", "T9", "D9", "S1", "Shwebo Ward", "Letpanzin Town", "Letpanzin", "Mawleik", "Sagaing", "x",
         "x", "x", "x", "x", 41.20, -77.19),
    ])
    conn.commit()
    conn.close()
    rows = _by_name(list(mimu.place_rows(_ADMIN1, path, layers=("township", "village"))))
    township = rows["Letpanzin"]
    assert (round(township.lat, 2), round(township.lon, 2)) == (21.50, 94.50)
    assert "Kyunbinsu" not in rows and "Thitsein" in rows  # negative: the village at home keeps its point
