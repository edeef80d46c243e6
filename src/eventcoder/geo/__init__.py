"""Geocoding: find every place mention of a text and resolve it to coordinates, admin areas and a precision.

    Geocoder.default().annotate(doc)   fills doc.places, sets doc.meta["country"]
    Geocoder.default().resolve(name, countries=("SY",), near=(lat, lon)) -> Place | None
    geoparse(text) -> list[Place]

The index is a SQLite file at ``$EVENTCODER_HOME/gazetteer.sqlite`` (default
``~/.cache/eventcoder/``), built from installed packages; see docs/geocoding.md.
"""

from __future__ import annotations

from eventcoder.geo.geocoder import Geocoder
from eventcoder.model import Place

__all__ = ["Geocoder", "geoparse"]


def geoparse(text: str) -> list[Place]:
    """Every place mention in ``text`` with its span and resolution (or ``resolved=False``)."""
    return Geocoder.default().geoparse(text)
