"""Compass-word compounds and a country's own forces (synthetic names).

* "Centre-North region" is one name: the province the index knows as "Centre-Nord", not the province "Centre";
  a compass compound the index does not know stays unresolved, never the province named by its first part.
* "Ruritania security forces", "the Ruritania elite force": whose forces, not where; a province's own security
  forces ("Vardulaan security forces") still put the event there.
"""

from __future__ import annotations

import pytest
from geo_testdata import row

from eventcoder.geo import Geocoder
from eventcoder.geo.gazetteer import MemoryGazetteer

PLACES = [
    row(901, "Ruritania", 5.0, 20.0, "BF", None, 20_000_000, "country"),
    row(902, "Borduria", 8.0, 25.0, "CM", None, 25_000_000, "country"),
    row(903, "Vardulaan", 5.5, 20.5, "BF", "Vardulaan", 900_000, "admin1"),
    row(904, "Centre", 5.1, 20.1, "BF", "Centre", 2_000_000, "admin1"),
    row(905, "Centre-Nord", 6.0, 20.0, "BF", "Centre-Nord", 1_500_000, "admin1"),
    row(906, "North-West", 8.5, 24.5, "CM", "North-West", 2_000_000, "admin1"),
    row(907, "Tamvoro", 5.6, 20.6, "BF", "Vardulaan", 40_000),
    row(908, "Kilmaro", 8.4, 24.4, "CM", "North-West", 50_000),
]


@pytest.fixture(scope="module")
def geo() -> Geocoder:
    return Geocoder(MemoryGazetteer.from_rows(list(PLACES)))


def resolved(geo: Geocoder, text: str) -> dict[str, str | None]:
    return {p.surface: p.name for p in geo.geoparse(text) if p.resolved}


def test_a_compass_compound_is_read_whole(geo: Geocoder) -> None:
    out = resolved(geo, "Gunmen attacked a village in the Centre-North region of Ruritania on Monday.")
    assert out.get("Centre-North") == "Centre-Nord"
    # not known as a whole, in English or in French: unresolved, never the province "Centre"
    out = resolved(geo, "Gunmen attacked a village in the Centre-West region of Ruritania on Monday.")
    assert out.get("Centre-West") is None


def test_a_compass_province_abroad_is_not_a_namesake_of_the_reports_region(geo: Geocoder) -> None:
    # Borduria has no "Centre-Nord": Ruritania's province of that name is not the Bordurian region
    out = resolved(geo, "Separatists attacked Kilmaro, in the Centre-North region of Borduria, on Monday.")
    assert out.get("Centre-North") is None
    assert out.get("Borduria") == "Borduria"


@pytest.mark.parametrize("actor", ["security forces", "elite force", "defence forces", "gendarmes", "troops"])
def test_a_countrys_own_forces_say_whose_not_where(geo: Geocoder, actor: str) -> None:
    out = resolved(geo, f"Ruritania {actor} clashed with rebels near Kilmaro.")
    assert "Ruritania" not in out
    assert out.get("Kilmaro") == "Kilmaro"


def test_a_provinces_own_security_forces_still_say_where(geo: Geocoder) -> None:
    out = resolved(geo, "Vardulaan security forces arrested two men on Monday.")
    assert out.get("Vardulaan") == "Vardulaan"

