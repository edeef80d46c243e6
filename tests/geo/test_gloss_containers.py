"""A town glossed with the unit that holds it ("X, a village in Y", "X, a small town in the municipality of Y") is
the X inside Y, never a namesake in another province; with no X known inside Y it stays unresolved (the event
falls back to Y). All texts and places here are synthetic: invented names at invented points."""

from __future__ import annotations

from geo_testdata import row

from eventcoder.geo import Geocoder
from eventcoder.geo.gazetteer import MemoryGazetteer

PLACES = [
    row(920, "Mexico", 23.0, -102.0, "MX", None, 126_000_000, "country"),
    row(921, "Zarenta", 24.80, -107.39, "MX", "Zarenta", 3_000_000, "admin1"),
    row(922, "Kestria", 19.20, -96.10, "MX", "Kestria", 8_000_000, "admin1"),
    row(923, "Calvero", 24.80, -107.39, "MX", "Zarenta", 800_000),
    row(924, "Dunmore", 25.10, -107.90, "MX", "Zarenta", 700),
    row(925, "Dunmore", 19.40, -96.60, "MX", "Kestria", 9_000),  # a larger namesake in another province
    row(926, "Elmhollow", 19.30, -96.40, "MX", "Kestria", 4_000),  # known in Kestria only
    row(927, "Varnel", 25.30, -107.70, "MX", "Zarenta", 40_000, "admin2"),  # a municipality of Zarenta
]


def _resolved(text: str) -> list[tuple[str, str | None, str | None]]:
    geo = Geocoder(MemoryGazetteer.from_rows(list(PLACES)))  # type: ignore[arg-type]
    return [(p.surface, p.name if p.resolved else None, p.admin1) for p in geo.geoparse(text)]


def test_gloss_containers_a_village_in_a_province_is_the_one_inside_it() -> None:
    # synthetic
    assert _resolved("Gunmen raided Dunmore, a village in Zarenta, on Monday.")[0] == ("Dunmore", "Dunmore", "Zarenta")
    got = _resolved("Gunmen raided Dunmore, a small farming village in the northern state of Zarenta, on Monday.")
    assert got[0] == ("Dunmore", "Dunmore", "Zarenta")


def test_gloss_containers_a_town_unknown_inside_its_unit_is_not_a_namesake_elsewhere() -> None:
    # synthetic: Elmhollow is known only in another province; the gloss puts it in a municipality of Zarenta
    got = _resolved("Police were ambushed in Elmhollow, a town in the municipality of Varnel, on Monday.")
    assert got[0] == ("Elmhollow", None, None)
    assert ("Varnel", "Varnel", "Zarenta") in got
