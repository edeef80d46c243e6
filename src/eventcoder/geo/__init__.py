"""Geocoding: find every place mention of a text and resolve it to coordinates, admin areas and a precision.

    Geocoder.default().annotate(doc)   fills doc.places, sets doc.country_focus
    Geocoder.default().resolve(name, countries=("SY",), near=(lat, lon)) -> Place | None
    geoparse(text) -> list[Place]
    event_places(text, places, start, end) -> list[Place]   where the event happened, best first

The index is a SQLite file at ``$EVENTCODER_HOME/gazetteer.sqlite`` (default
``~/.cache/eventcoder/``), built from installed packages; see docs/geocoding.md.
"""

from __future__ import annotations

from eventcoder.geo.eventloc import event_places
from eventcoder.geo.geocoder import Geocoder
from eventcoder.model import Place

__all__ = ["Geocoder", "event_places", "geoparse"]


def geoparse(text: str) -> list[Place]:
    """Every place mention in ``text`` with its span and resolution (or ``resolved=False``)."""
    return Geocoder.default().geoparse(text)
