"""A missing coordinate is never 0.0 (geo/geocoder.py, review r5): the part of a city written next to it ("City - Part",
"Part, City (units)") is measured with geo.distance, and a place lacking a coordinate is not near anything. Before,
a missing longitude stood in as the Greenwich meridian, so a city on it took a part with no longitude for its own
and a city with no longitude was measured from the meridian. All names are invented and the places are a small fake
gazetteer (synthetic); the Place objects are built by hand, since the index always gives both coordinates.
"""

from __future__ import annotations

import pytest
from geo_testdata import row

from eventcoder.geo import Geocoder
from eventcoder.geo.gazetteer import MemoryGazetteer
from eventcoder.model import Place

PLACES = [
    # a large city a few km west of the Greenwich meridian and a ward of it, both synthetic
    row(1, "Kolabu", 5.600, -0.200, "GH", "Greater Kolabu", 2_000_000),
    row(2, "Adoma", 5.580, -0.180, "GH", "Greater Kolabu", 20_000),
]


@pytest.fixture(scope="module")
def geo() -> Geocoder:
    return Geocoder(MemoryGazetteer.from_rows(PLACES))


def _city(text: str, longitude: float | None = -0.200) -> Place:
    start = text.index("Kolabu")
    return Place(surface="Kolabu", start=start, end=start + 6, resolved=True, name="Kolabu", latitude=5.600,
                 longitude=longitude, country_code="GH", admin1="Greater Kolabu", feature="city",
                 population=2_000_000, geo_precision=1)


def _part(text: str, latitude: float | None, longitude: float | None, admin1: str = "Volta Hills") -> Place:
    start = text.index("Adoma")
    return Place(surface="Adoma", start=start, end=start + 5, resolved=True, name="Adoma", latitude=latitude,
                 longitude=longitude, country_code="GH", admin1=admin1, feature="city", population=8_000,
                 geo_precision=1)


def test_a_part_after_its_city_with_no_longitude_is_not_taken_as_near(geo: Geocoder) -> None:
    # (5.60, 0.0) is 22 km from the city: the old 0.0 kept this part, which has no point, as the city's own
    text = "On 2 May 2024, in Kolabu - Adoma, traders marched to the council office."  # synthetic
    places = [_city(text), _part(text, 5.600, None)]
    geo._part_of_city_before(text, places)
    assert (places[1].admin1, places[1].longitude) == ("Greater Kolabu", -0.180)


def test_a_part_before_its_city_with_no_longitude_is_not_taken_as_near(geo: Geocoder) -> None:
    text = "On 2 May 2024, a clerk was robbed in Adoma, Kolabu (Greater Kolabu, Greater Kolabu)."  # synthetic
    places = [_part(text, 5.600, None), _city(text)]
    geo._part_before_city(text, places)
    assert (places[0].admin1, places[0].longitude) == ("Greater Kolabu", -0.180)


def test_a_city_with_no_longitude_does_not_move_its_part(geo: Geocoder) -> None:
    # negative: a city with no longitude cannot tell a part near it from one far off; the old 0.0 measured from
    # (5.60, 0.0) and swapped this part, 160 km east, for the ward 20 km from that point
    text = "On 2 May 2024, in Kolabu - Adoma, traders marched to the council office."  # synthetic
    far = _part(text, 6.950, 1.500, admin1="Eastern Plain")
    places = [_city(text, longitude=None), far]
    geo._part_of_city_before(text, places)
    assert places[1] == far


def test_a_part_near_its_city_keeps_its_point(geo: Geocoder) -> None:
    # negative: both coordinates known and within METRO_KM: the part stays as it was read
    text = "On 2 May 2024, in Kolabu - Adoma, traders marched to the council office."  # synthetic
    near = _part(text, 5.580, -0.180, admin1="Greater Kolabu")
    places = [_city(text), near]
    geo._part_of_city_before(text, places)
    assert places[1] == near
