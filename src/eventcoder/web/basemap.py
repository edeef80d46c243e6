"""Build the dashboard's offline basemap: country outlines from the npm package ``world-atlas`` (Natural Earth).

    python -m eventcoder.web.basemap            # needs npm; rewrites static/vendor/world-atlas/

Not used at run time: the files it writes are committed under ``static/vendor/world-atlas/``.
``countries-110m.json`` is copied as published (108 KB, drawn when zoomed out);
``countries-50m.json`` is simplified (Douglas-Peucker on every arc, so shared borders stay
shared, then re-quantised) from 756 KB to about 390 KB and loaded only when the map zooms in.
Natural Earth is in the public domain; world-atlas is ISC-licensed (its LICENSE is copied).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path
from typing import Any

__all__ = ["VERSION", "build", "simplify_topology"]

VERSION = "2.0.2"
OUT = Path(__file__).resolve().parent / "static" / "vendor" / "world-atlas"
Point = tuple[float, float]


def _douglas_peucker(points: list[Point], tolerance: float) -> list[Point]:
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        i, j = stack.pop()
        (x1, y1), (x2, y2) = points[i], points[j]
        dx, dy = x2 - x1, y2 - y1
        length = (dx * dx + dy * dy) ** 0.5
        best, at = -1.0, -1
        for k in range(i + 1, j):
            x, y = points[k]
            d = abs(dy * (x - x1) - dx * (y - y1)) / length if length else ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
            if d > best:
                best, at = d, k
        if best > tolerance:
            keep[at] = True
            stack += [(i, at), (at, j)]
    return [p for p, k in zip(points, keep, strict=True) if k]


def _arc(points: list[Point], tolerance: float) -> list[Point]:
    """One arc simplified; a closed ring is simplified as two halves so that it keeps its shape."""
    if len(points) > 3 and points[0] == points[-1]:
        mid = len(points) // 2
        return _douglas_peucker(points[: mid + 1], tolerance)[:-1] + _douglas_peucker(points[mid:], tolerance)
    return _douglas_peucker(points, tolerance)


def simplify_topology(topo: dict[str, Any], tolerance: float = 0.02, grid: int = 10_000) -> dict[str, Any]:
    """The TopoJSON with every arc simplified (``tolerance`` degrees) and quantised on a ``grid`` x ``grid`` lattice."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    qx, qy = 360 / (grid - 1), 180 / (grid - 1)
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points: list[Point] = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        lattice: list[tuple[int, int]] = []
        for lon, lat in _arc(points, tolerance):
            q = (round((lon + 180) / qx), round((lat + 90) / qy))
            if not lattice or lattice[-1] != q:
                lattice.append(q)
        if len(lattice) == 1:
            lattice.append(lattice[0])
        arcs.append([list(lattice[0])] + [[b[0] - a[0], b[1] - a[1]] for a, b in zip(lattice, lattice[1:], strict=False)])
    return {**topo, "arcs": arcs, "transform": {"scale": [qx, qy], "translate": [-180, -90]}}


def build(out: Path = OUT) -> list[Path]:
    """Fetch world-atlas with npm, write the two outline files and the licence; returns the files written."""
    with tempfile.TemporaryDirectory(prefix="eventcoder-basemap-") as tmp:
        subprocess.run(["npm", "pack", f"world-atlas@{VERSION}", "--silent"], cwd=tmp, check=True,
                       stdout=subprocess.DEVNULL)
        with tarfile.open(Path(tmp) / f"world-atlas-{VERSION}.tgz") as tar:
            tar.extractall(tmp, filter="data")
        pkg = Path(tmp) / "package"
        out.mkdir(parents=True, exist_ok=True)
        written = [out / "countries-110m.json", out / "countries-50m.json", out / "LICENSE"]
        written[0].write_bytes((pkg / "countries-110m.json").read_bytes())
        fine = simplify_topology(json.loads((pkg / "countries-50m.json").read_text(encoding="utf-8")))
        written[1].write_text(json.dumps(fine, separators=(",", ":")), encoding="utf-8")
        written[2].write_text((pkg / "LICENSE").read_text(encoding="utf-8") +
                              f"\n(world-atlas {VERSION}; data: Natural Earth, public domain)\n", encoding="utf-8")
    return written


if __name__ == "__main__":
    for path in build():
        print(f"wrote {path} ({path.stat().st_size:,} bytes)", file=sys.stderr)
