"""The index writer: GeoNames dump import (files in the real GeoNames format, written here), user places."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from geo_testdata import ADMIN1, write_dump

from eventcoder.errors import GazetteerError
from eventcoder.geo import Geocoder
from eventcoder.geo.index import add_places, import_geonames, info


@pytest.mark.parametrize("zipped", [True, False])
def test_index_import_geonames_dump(tmp_path: Path, zipped: bool) -> None:
    index = tmp_path / "g.sqlite"
    (tmp_path / "admin1CodesASCII.txt").write_text(ADMIN1, encoding="utf-8")
    n = import_geonames(index, write_dump(tmp_path, zipped=zipped), tmp_path / "admin1CodesASCII.txt")
    assert n == 2  # the wadi (hydrography) is skipped
    geo = Geocoder.open(index)
    place = geo.resolve("Turmanin", countries=["SY"])
    assert place is not None and place.geonameid == 9000001 and place.admin1 == "Aleppo"
    assert place.country == "Syria" and place.iso == 760
    assert info(index)["features"] == {"city": 2}


def test_index_import_rejects_a_file_that_is_not_geonames(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("name\tlat\tlon\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="19"):
        import_geonames(tmp_path / "g.sqlite", bad)


def test_index_add_user_places(tmp_path: Path) -> None:
    index = tmp_path / "g.sqlite"
    tsv = tmp_path / "camps.tsv"
    tsv.write_text("# my places\nKhalil camp|Khalil IDP camp\t36.10\t36.70\tSY\tIdlib\t\tcamp\t0\n", encoding="utf-8")
    assert add_places(index, tsv) == 1
    assert add_places(index, tsv) == 1  # re-adding replaces, it does not duplicate
    conn = sqlite3.connect(index)
    assert conn.execute("SELECT COUNT(*) FROM place").fetchone()[0] == 1
    conn.close()
    place = Geocoder.open(index).resolve("Khalil IDP camp", countries=["SY"])
    assert place is not None and place.feature == "camp" and place.geonameid is None


def test_index_add_reports_bad_lines(tmp_path: Path) -> None:
    tsv = tmp_path / "bad.tsv"
    tsv.write_text("Somewhere\tnorth\t36.0\tSY\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="bad.tsv"):
        add_places(tmp_path / "g.sqlite", tsv)


def test_index_add_skips_bad_lines_alone_and_names_them(tmp_path: Path) -> None:
    """A header, a bad latitude and a point off the globe: the good places are added, each bad line named."""
    index, tsv = tmp_path / "g.sqlite", tmp_path / "mine.tsv"
    tsv.write_text("name\tlatitude\tlongitude\tcountry\tadmin1\n"
                   "Qaryat Ula\t35.10\t36.60\tSY\tHama\n"
                   "Qaryat Thaniya\tabc\t36.60\tSY\tHama\n"
                   "# a comment line\n"
                   "Qaryat Thalitha\t135.0\t36.60\tSY\tHama\n"
                   "Qaryat Rabia\t35.20\t36.70\tSY\tHama\n", encoding="utf-8")
    with pytest.raises(GazetteerError) as err:
        add_places(index, tsv)
    message = str(err.value)
    assert "added 2 places" in message and "line 3" in message and "line 5" in message and "'abc'" in message
    assert "line 1" not in message  # the header
    conn = sqlite3.connect(index)
    assert conn.execute("SELECT COUNT(*) FROM place").fetchone()[0] == 2
    conn.close()
    # The user removes the bad lines and adds the file again: the old places go, none points at another's point.
    tsv.write_text("Qaryat Ula\t35.10\t36.60\tSY\tHama\nQaryat Rabia\t35.20\t36.70\tSY\tHama\n", encoding="utf-8")
    assert add_places(index, tsv) == 2
    conn = sqlite3.connect(index)
    rows = conn.execute("SELECT p.name, p.lat FROM name n JOIN place p ON p.gid = n.gid").fetchall()
    assert conn.execute("SELECT COUNT(*) FROM place").fetchone()[0] == 2
    conn.close()
    assert all((name, lat) in {("Qaryat Ula", 35.10), ("Qaryat Rabia", 35.20)} for name, lat in rows)


def test_index_open_missing_file_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match="gazetteer build"):
        Geocoder.open(tmp_path / "missing.sqlite")


def test_index_imports_mark_the_index_extended(tmp_path: Path) -> None:
    from eventcoder.geo.index import fingerprint, stored_fingerprint

    index = tmp_path / "g.sqlite"
    import_geonames(index, write_dump(tmp_path, zipped=False))
    assert stored_fingerprint(index) is None  # never rebuilt over the user's imports
    assert len(fingerprint()) == 16


def test_index_geocoder_pickles_as_its_path(tmp_path: Path) -> None:
    import pickle

    index = tmp_path / "g.sqlite"
    import_geonames(index, write_dump(tmp_path, zipped=False))
    geo = pickle.loads(pickle.dumps(Geocoder.open(index)))
    place = geo.resolve("Maarbalit")
    assert place is not None and place.geonameid == 9000002


def test_index_fingerprint_changes_with_the_code_that_builds_the_index(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    # An upgrade that reads the packages differently must rebuild an index made by the old code.
    import shutil

    import eventcoder.geo.index as index_module

    here = Path(index_module.__file__).resolve().parent
    for name in ("index.py", "normalize.py"):
        shutil.copy(here / name, tmp_path / name)
    monkeypatch.setattr(index_module, "__file__", str(tmp_path / "index.py"))
    before = index_module.fingerprint()
    (tmp_path / "index.py").write_text((here / "index.py").read_text(encoding="utf-8") + "\n# changed\n",
                                       encoding="utf-8")
    assert index_module.fingerprint() != before


def test_index_drops_an_unpeopled_admin2_next_to_a_big_foreign_city_of_its_name() -> None:
    """Synthetic: a zero-population unit "Varno" of country AA sits 30 km from the city of Varno (BB, 300k);
    a bare "Varno" means the city, so the unit is not indexed. A peopled unit, a same-country namesake and a
    far-away unit are kept."""
    from eventcoder.geo.index import PlaceRow, _drop_shadowed_admin2

    def unit(gid: int, name: str, cc: str, lat: float, pop: int) -> PlaceRow:
        return PlaceRow(gid, name, lat, 10.0, cc, "North", name, "admin2", pop, [(name, 0)], "synthetic")

    cities: dict[str, dict[str, object]] = {
        "1": {"name": "Varno", "countrycode": "BB", "latitude": 40.0, "longitude": 10.0, "population": 300_000},
        "2": {"name": "Kelm", "countrycode": "AA", "latitude": 40.0, "longitude": 10.0, "population": 200_000},
        "3": {"name": "Tisa", "countrycode": "BB", "latitude": 40.0, "longitude": 10.0, "population": 20_000},
    }
    rows = [
        unit(-1, "Varno", "AA", 40.27, 0),       # 30 km, unpeopled, foreign city: dropped
        unit(-2, "Varno", "AA", 40.20, 50_000),  # has people of its own: kept
        unit(-3, "Varno", "CC", 41.00, 0),       # 111 km away: kept
        unit(-4, "Kelm", "AA", 40.10, 0),        # same-country namesake: kept
        unit(-5, "Tisa", "AA", 40.10, 0),        # the foreign town is small: kept
    ]
    assert [r.gid for r in _drop_shadowed_admin2(rows, cities)] == [-2, -3, -4, -5]


def test_index_alias_raise_makes_an_alternate_name_an_alias(tmp_path: Path) -> None:
    # synthetic: "Velle" is an alternate name of the great city Grossburg; a "raise" line makes it an alias
    from eventcoder.geo.index import _SCHEMA, ALIAS, ALTERNATE, FOLD, _apply_aliases, load_rules
    from eventcoder.geo.normalize import keys

    rules = load_rules()
    conn = sqlite3.connect(":memory:")
    conn.executescript(_SCHEMA)
    conn.execute("INSERT INTO place VALUES (1, 'Grossburg', 48.0, 16.0, 'AT', 'Mitte', NULL, 'city', 1700000, NULL)")
    for name, kind in (("Grossburg", 0), ("Velle", ALTERNATE), ("Oldburg", ALTERNATE)):
        conn.execute("INSERT INTO name VALUES (?,?,?,?)", (keys(name, rules).fold, FOLD, 1, kind))
    aliases = tmp_path / "aliases.tsv"
    aliases.write_text("Velle\tGrossburg\tAT\traise\nOldburg\tGrossburg\tAT\n", encoding="utf-8")
    _apply_aliases(conn, aliases, rules)
    kind = {k: v for k, v in conn.execute("SELECT key, kind FROM name WHERE tier = ?", (FOLD,))}
    assert kind[keys("Velle", rules).fold] == ALIAS
    assert kind[keys("Oldburg", rules).fold] == ALTERNATE  # without "raise", an existing alternate stays one


def test_index_seats_a_district_at_the_town_of_its_own_name() -> None:
    """Synthetic: province 7 holds the towns "Tall Varun" (2,000 people) and "Kesra" (90,000, the province's largest).
    The district "Varun District" (spelled "Tal Varun" elsewhere) is seated at the town of its name, not at the
    province's largest town; a district no town is named after finds no seat (the build then uses the largest town);
    a town of the same name in another province is not the seat."""
    from collections import defaultdict

    from eventcoder.geo.index import _district_keys, _seat_keys, _Towns

    towns = _Towns.__new__(_Towns)
    towns.towns, towns._keyed = defaultdict(list), {}
    for unit, town, pop, lat in ((7, "Tall Varun", 2_000, 36.5), (7, "Kesra", 90_000, 36.0), (8, "Morad", 5_000, 35.0),
                                 (9, "Al Sabil", 800, 34.0)):
        towns.towns[unit].append((town, (pop, lat, 40.0)))

    def seat(unit: int, *names: str, tiers: tuple[int, ...] = (0, 1)) -> tuple[int, float, float] | None:
        return towns.namesake(unit, _district_keys(list(names)), tiers)

    assert seat(7, "Varun District", "Tal Varun") == (2_000, 36.5, 40.0)
    assert seat(7, "Talvarun") == (2_000, 36.5, 40.0)  # written as one word
    assert seat(7, "Hadin District") is None
    assert seat(7, "Morad District") is None  # Morad lies in another province
    assert seat(7, "ورون") is None  # only Latin names are compared
    # consonant key: other vowels, doubled letters, a final h ("Tal Varoun"); only the exact key inside a unit
    assert seat(7, "Tal Varoun District") == (2_000, 36.5, 40.0)
    assert seat(7, "Tal Varoun District", tiers=(0,)) is None
    # the first letter is kept: "Esra" is not "Kesra"
    assert seat(7, "Esra District") is None
    assert _seat_keys("Ba'quba")[1] == _seat_keys("Baqubah")[1]
    # a town written with an article is found by a district written without it, also inside the unit
    assert seat(9, "Sabil District", tiers=(0,)) == (800, 34.0, 40.0)


def test_index_places_a_district_without_towns_of_its_own_at_its_namesake_seat() -> None:
    """The embedded index (built from the installed packages): Syria's Jarabulus district has no town filed under it
    in the data; it lies at Jarabulus town on the Turkish border, not at Aleppo city 100 km away."""
    geo = Geocoder.default()
    units = [c for c in geo.gazetteer.lookup("Jarabulus") if c.feature == "admin2" and c.cc == "SY"]
    towns = [c for c in geo.gazetteer.lookup("Jarabulus") if c.feature == "city" and c.cc == "SY"]
    assert units and towns
    assert abs(units[0].lat - towns[0].lat) < 0.05 and abs(units[0].lon - towns[0].lon) < 0.05


def test_index_places_a_province_at_the_capital_capitals_tsv_lists() -> None:
    """Synthetic towns: a province whose capital is neither its largest town nor named as it is placed at the capital
    capitals.tsv lists, matched by the town's own or other name; a province without a line, or whose capital the data
    does not file under it, gets nothing here (the namesake or largest town rule applies)."""
    from eventcoder.geo.index import _listed_capital

    capitals = {("ZZ", "north plain"): "ostburg"}
    towns: list[dict[str, object]] = [
        {"name": "Big Port", "population": 900_000, "alternatenames": []},
        {"name": "Ostburg-Mitte", "population": 80_000, "alternatenames": ["Ostburg"]},
    ]
    assert _listed_capital(capitals, "ZZ", {"north plain"}, towns) is towns[1]
    assert _listed_capital(capitals, "ZZ", {"south hills"}, towns) is None
    assert _listed_capital(capitals, "ZZ", {"north plain"}, towns[:1]) is None


def test_index_embedded_provinces_lie_at_their_capitals() -> None:
    """The embedded index: Mexico's Veracruz state lies at Xalapa (not the port of Veracruz), Jalisco at Guadalajara
    (not Zapopan), Nigeria's Delta state at Asaba (not Warri): where ACLED codes a province-level event."""
    geo = Geocoder.default()
    for province, cc, capital in (("Veracruz de Ignacio de la Llave", "MX", "Xalapa"), ("Jalisco", "MX", "Guadalajara"),
                                  ("Delta", "NG", "Asaba")):
        unit = next(c for c in geo.gazetteer.lookup(province) if c.feature == "admin1" and c.cc == cc)
        town = max((c for c in geo.gazetteer.lookup(capital) if c.feature == "city" and c.cc == cc),
                   key=lambda c: c.population)
        assert abs(unit.lat - town.lat) < 0.05 and abs(unit.lon - town.lon) < 0.05, province
