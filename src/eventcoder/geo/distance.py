"""Distances between points on the Earth, in kilometres: the one place the project computes them.

:func:`haversine_km` takes two coordinate pairs; :func:`km_between` takes two objects with optional ``latitude``
and ``longitude`` (a :class:`~eventcoder.model.Place`, an :class:`~eventcoder.model.EventRecord`) and gives None
when either lacks a coordinate, so a caller decides what an unplaced object means to it.
"""

from __future__ import annotations

import math
from typing import Protocol

__all__ = ["EARTH_RADIUS_KM", "Located", "haversine_km", "km_between", "km_or_none", "within_km"]

EARTH_RADIUS_KM = 6371.0  # mean radius (IUGG)


class Located(Protocol):
    """Anything with optional WGS84 coordinates in degrees."""

    @property
    def latitude(self) -> float | None: ...

    @property
    def longitude(self) -> float | None: ...


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """The great-circle distance in km between two points given in degrees (haversine on a sphere)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def km_or_none(lat1: float | None, lon1: float | None, lat2: float | None, lon2: float | None) -> float | None:
    """:func:`haversine_km`, or None when any of the four coordinates is missing."""
    if lat1 is None or lon1 is None or lat2 is None or lon2 is None:
        return None
    return haversine_km(lat1, lon1, lat2, lon2)


def km_between(a: Located, b: Located) -> float | None:
    """The great-circle distance in km between two located objects, None when either lacks a coordinate."""
    return km_or_none(a.latitude, a.longitude, b.latitude, b.longitude)


def within_km(a: Located, b: Located, limit: float) -> bool:
    """Whether two located objects lie at most ``limit`` km apart; never when either lacks a coordinate."""
    km = km_between(a, b)
    return km is not None and km <= limit
