"""GeoJSON FeatureCollection (EPSG:4326, lon/lat order) with flat properties, as QGIS expects."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from eventcoder.export._common import flat, open_text

__all__ = ["write"]


def feature(event: dict[str, Any]) -> dict[str, Any]:
    """One event as a Feature; an event without coordinates gets a null geometry (valid GeoJSON)."""
    props = flat(event)
    lat, lon = props.get("latitude"), props.get("longitude")
    geometry = {"type": "Point", "coordinates": [round(lon, 6), round(lat, 6)]} if (
        lat is not None and lon is not None) else None
    return {"type": "Feature", "id": event.get("id"), "geometry": geometry, "properties": props}


def write(events: Iterable[dict[str, Any]], out: Path | None) -> int:
    """Write ``events`` as one FeatureCollection, streamed feature by feature; returns the count."""
    n = 0
    with open_text(out) as fh:
        fh.write('{"type": "FeatureCollection", "features": [\n')
        for ev in events:
            if n:
                fh.write(",\n")
            fh.write(json.dumps(feature(ev), ensure_ascii=False, default=str))
            n += 1
        fh.write("\n]}\n")
    return n
