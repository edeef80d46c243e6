"""A part written before its city (twenty-fifth round): "X, City (district, province)" names a part X of the city
(the notes' "Location, City (units)" form), so X is the place of that name within METRO_KM of the city, else the
city itself at geo_precision 2, never a namesake town across a province line. A list before the city, a city without
its bracket of units and a town near the city keep their reading. All texts are synthetic, written for these tests;
the places are a small fake gazetteer with real-world-like coordinates.
"""

from __future__ import annotations

import pytest
from geo_testdata import row

from eventcoder.geo import Geocoder
from eventcoder.geo.gazetteer import MemoryGazetteer

PLACES = [
    row(1, "Philippines", 12.0, 122.0, "PH", None, 110_000_000, feature="country"),
    row(2, "Metro Manila", 14.60, 120.98, "PH", "Metro Manila", 13_000_000, feature="admin1"),
    row(3, "Calabarzon", 14.10, 121.30, "PH", "Calabarzon", 16_000_000, feature="admin1"),
    row(4, "Manila", 14.604, 120.982, "PH", "Metro Manila", 1_800_000),
    # a town of Calabarzon bearing the name of the quarter of the synthetic texts, 40 km from the city
    row(5, "Tambuli", 14.540, 121.360, "PH", "Calabarzon", 20_000),
    row(6, "Pasong", 14.650, 121.030, "PH", "Metro Manila", 40_000),
    row(7, "Luntian", 14.300, 121.100, "PH", "Calabarzon", 30_000),
]


@pytest.fixture(scope="module")
def geo() -> Geocoder:
    return Geocoder(MemoryGazetteer.from_rows(PLACES))


def _at(geo: Geocoder, text: str, word: str) -> tuple[str | None, str | None, int | None] | None:
    return next(((p.name, p.admin1, p.geo_precision) for p in geo.geoparse(text) if p.resolved and p.surface == word),
                None)


def test_a_quarter_before_its_city_is_no_town_across_the_province_line(geo: Geocoder) -> None:
    text = "On 3 June 2024, a clerk was stabbed in Tambuli, Manila (Metro Manila, Metro Manila)."  # synthetic
    assert _at(geo, text, "Tambuli") == ("Manila", "Metro Manila", 2)


def test_a_town_near_the_city_keeps_its_own_point(geo: Geocoder) -> None:
    text = "On 3 June 2024, a clerk was stabbed in Pasong, Manila (Metro Manila, Metro Manila)."  # synthetic
    assert _at(geo, text, "Pasong") == ("Pasong", "Metro Manila", 1)


def test_a_list_before_the_city_is_no_part_of_it(geo: Geocoder) -> None:
    text = "On 3 June 2024, vendors marched in Luntian, Tambuli, Manila (Metro Manila, Metro Manila)."  # synthetic
    assert _at(geo, text, "Tambuli") == ("Tambuli", "Calabarzon", 1)


def test_a_city_without_its_bracket_of_units_keeps_the_town(geo: Geocoder) -> None:
    text = "On 3 June 2024, vendors marched in Tambuli, Manila and other towns."  # synthetic
    assert _at(geo, text, "Tambuli") == ("Tambuli", "Calabarzon", 1)
