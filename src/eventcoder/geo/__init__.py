"""Geocoding (placeholder: implemented by the geocoding work)."""

from __future__ import annotations

from eventcoder.model import Document, Place


class Geocoder:
    @classmethod
    def default(cls) -> "Geocoder":
        return cls()

    def annotate(self, doc: Document) -> Document:
        return doc


def geoparse(text: str) -> list[Place]:
    return []
