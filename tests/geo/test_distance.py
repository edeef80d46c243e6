"""eventcoder.geo.distance: the one great-circle distance (synthetic coordinates, no gazetteer)."""

from __future__ import annotations

import math

import pytest

from eventcoder.dedup.merge import km_apart
from eventcoder.evaluation.normalize import haversine_km as scoring_km
from eventcoder.geo.distance import EARTH_RADIUS_KM, haversine_km, km_between, km_or_none, within_km
from eventcoder.model import EventRecord, Place

DEGREE_KM = EARTH_RADIUS_KM * math.pi / 180  # one degree of a great circle, ~111.19 km


def test_zero_distance() -> None:
    assert haversine_km(12.5, -40.25, 12.5, -40.25) == 0.0
    assert km_between(Place("synthetic A", 0, 11, latitude=1.0, longitude=2.0),
                      Place("synthetic B", 0, 11, latitude=1.0, longitude=2.0)) == 0.0


@pytest.mark.parametrize(("lat1", "lon1", "lat2", "lon2", "km"), [
    (0.0, 0.0, 1.0, 0.0, DEGREE_KM),  # one degree along a meridian
    (0.0, 10.0, 0.0, 11.0, DEGREE_KM),  # one degree along the equator
    (0.0, 0.0, 0.0, 90.0, 90 * DEGREE_KM),  # a quarter of the equator
    (0.0, 0.0, 90.0, 0.0, 90 * DEGREE_KM),  # equator to pole
    (0.0, 0.0, 0.0, 180.0, 180 * DEGREE_KM),  # antipodes: the rounding clamp keeps asin defined
    (0.0, 179.5, 0.0, -179.5, DEGREE_KM),  # across the antimeridian
])
def test_known_pairs(lat1: float, lon1: float, lat2: float, lon2: float, km: float) -> None:
    assert haversine_km(lat1, lon1, lat2, lon2) == pytest.approx(km, rel=1e-9)
    assert haversine_km(lat2, lon2, lat1, lon1) == pytest.approx(km, rel=1e-9)  # symmetric


def test_a_degree_of_longitude_shrinks_with_latitude() -> None:
    assert haversine_km(60.0, 0.0, 60.0, 0.1) == pytest.approx(0.1 * DEGREE_KM * math.cos(math.radians(60)), rel=1e-4)


def test_missing_coordinate_is_none() -> None:
    assert km_or_none(1.0, 2.0, None, 3.0) is None
    assert km_or_none(1.0, None, 2.0, 3.0) is None
    placed = Place("synthetic town", 0, 14, resolved=True, latitude=5.0, longitude=5.0)
    unplaced = Place("synthetic name", 0, 14)
    half = Place("synthetic half", 0, 14, latitude=5.0)
    assert km_between(placed, unplaced) is None
    assert km_between(half, placed) is None
    assert km_between(placed, Place("synthetic near", 0, 14, latitude=5.0, longitude=5.1)) == pytest.approx(
        0.1 * DEGREE_KM * math.cos(math.radians(5)), rel=1e-4)


def test_event_records_and_the_kept_public_names() -> None:
    a = EventRecord(latitude=0.0, longitude=0.0)
    b = EventRecord(latitude=0.0, longitude=1.0)
    assert km_between(a, b) == pytest.approx(DEGREE_KM)
    assert km_apart(a, b) == km_between(a, b)  # dedup's public name delegates
    assert km_apart(a, EventRecord()) is None
    assert scoring_km is haversine_km  # the scorer's public name is this function


def test_within_km_needs_both_coordinates_and_counts_the_limit_in() -> None:
    # synthetic points: one degree along a meridian is about 111.2 km
    a = Place("synthetic a", 0, 11, latitude=10.0, longitude=20.0)
    b = Place("synthetic b", 0, 11, latitude=11.0, longitude=20.0)
    assert within_km(a, b, 112.0) and not within_km(a, b, 111.0)
    assert within_km(a, a, 0.0)
    assert not within_km(a, Place("synthetic c", 0, 11, latitude=10.0), 1e9)  # unplaced: never near anything
