"""Buildings named after a place (synthetic names and sentences, nineteenth round of issue 16).

* A mosque, church, temple or market named after a town abroad ("the Qadira mosque" in a report set in Borduria) is a
  name, not a trip to the town: it stays unresolved, as a university named after a town elsewhere does. At home, or
  in a report that names no country, the town still resolves (the market of a town is in it).
* "the White House" names a building, not Casablanca (whose name it translates): it is no place.
"""

from __future__ import annotations

import pytest
from geo_testdata import row

from eventcoder.geo import Geocoder
from eventcoder.geo.gazetteer import MemoryGazetteer

PLACES = [
    row(951, "Ruritania", 5.0, 20.0, "BF", None, 20_000_000, "country"),
    row(952, "Borduria", 8.0, 25.0, "CM", None, 25_000_000, "country"),
    row(953, "Vardulaan", 8.5, 24.5, "CM", "Vardulaan", 900_000, "admin1"),
    row(954, "Qadira", 5.6, 20.6, "BF", None, 30_000),
    row(955, "Kilmaro", 8.4, 24.4, "CM", "Vardulaan", 50_000),
]


@pytest.fixture(scope="module")
def geo() -> Geocoder:
    return Geocoder(MemoryGazetteer.from_rows(list(PLACES)))


def resolved(geo: Geocoder, text: str) -> dict[str, str | None]:
    return {p.surface: p.name for p in geo.geoparse(text) if p.resolved}


@pytest.mark.parametrize("building", ["mosque", "church", "market", "temple"])
def test_a_building_named_after_a_town_abroad_is_no_trip_there(geo: Geocoder, building: str) -> None:
    out = resolved(geo, f"Synthetic: in Vardulaan state, armed men stormed the Qadira {building} on Friday evening.")
    assert out.get("Vardulaan") == "Vardulaan"
    assert "Qadira" not in out


def test_a_building_named_after_a_town_at_home_or_alone_keeps_the_town(geo: Geocoder) -> None:
    out = resolved(geo, "Synthetic: in Ruritania, armed men stormed the Qadira market on Friday evening.")
    assert out.get("Qadira") == "Qadira"
    out = resolved(geo, "Synthetic: armed men stormed the Qadira market on Friday evening.")
    assert out.get("Qadira") == "Qadira"


def test_the_white_house_is_a_building_not_a_place() -> None:
    """The embedded index: "White House" translates Casablanca's name, but a rally outside it is in no Moroccan city."""
    places = Geocoder.default().geoparse("Synthetic: dozens of veterans rallied outside the White House on Sunday.")
    assert not any(p.resolved for p in places)
