"""Fixtures of the geocoding tests: a small in-memory gazetteer and, when needed, the embedded index."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from geo_testdata import row

from eventcoder.geo import Geocoder
from eventcoder.geo.gazetteer import MemoryGazetteer

FAKE_PLACES = [
    row(1, "Syria", 35.0, 38.0, "SY", None, 17_000_000, "country", aliases=("Syrian Arab Republic",)),
    row(2, "Lebanon", 33.9, 35.9, "LB", None, 6_000_000, "country"),
    row(3, "Libya", 27.0, 17.0, "LY", None, 6_500_000, "country"),
    row(4, "Israel", 31.5, 34.9, "IL", None, 9_000_000, "country"),
    row(5, "Palestine", 31.9, 35.2, "PS", None, 5_000_000, "country", aliases=("West Bank",)),
    row(6, "United States", 39.8, -98.5, "US", None, 330_000_000, "country", aliases=("US",)),
    row(10, "Idlib", 35.93, 36.63, "SY", "Idlib", 900_000, "admin1", alts=("Idlib Governorate",)),
    row(11, "Idlib", 35.9306, 36.6339, "SY", "Idlib", 128_840),
    row(12, "Arīḩā", 35.8137, 36.6096, "SY", "Idlib", 0, alts=("Ariha",), aliases=("Jericho",)),
    row(13, "Jericho", 31.8667, 35.45, "PS", "West Bank", 19_783, alts=("Ariha",)),
    row(14, "Jericho", 40.792, -73.540, "US", "New York", 13_567),
    row(15, "Jisr ash Shughūr", 35.8142, 36.3198, "SY", "Idlib", 39_311, alts=("Jisr al-Shughour",)),
    row(16, "Ashkelon", 31.669, 34.571, "IL", "Southern District", 144_073, alts=("Al Majdal", "Majdal")),
    row(17, "Tripoli", 32.8874, 13.1873, "LY", "Tripoli", 1_302_947),
    row(18, "Tripoli", 34.4335, 35.8441, "LB", "North", 229_398),
    row(19, "Tripoli", 42.808, -92.258, "US", "Iowa", 1_342),
    row(20, "Ḩamāh", 35.1318, 36.7578, "SY", "Hama", 460_602, alts=("Hama", "Hamah")),
    row(21, "Aleppo", 36.2012, 37.1612, "SY", "Aleppo", 2_098_210, alts=("Halab",)),
    row(22, "Sarmīn", 35.904, 36.725, "SY", "Idlib", 0, alts=("Sarmin",)),
    row(23, "Lebanon", 40.341, -76.411, "US", "Pennsylvania", 26_000),
    row(24, "Pennsylvania", 40.27, -76.88, "US", "Pennsylvania", 13_000_000, "admin1"),
    row(25, "Palestine", 31.762, -95.631, "US", "Texas", 18_000),
    row(26, "Texas", 30.27, -97.74, "US", "Texas", 29_000_000, "admin1"),
    row(27, "Police", 53.55, 14.57, "PL", "West Pomerania", 32_000),
    row(28, "Mobile", 30.694, -88.043, "US", "Alabama", 190_000),
]


@pytest.fixture(scope="session")
def fake_geocoder() -> Geocoder:
    """A geocoder over the fake places above (no index file)."""
    return Geocoder(MemoryGazetteer.from_rows(list(FAKE_PLACES)))


@pytest.fixture(scope="session")
def real_geocoder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Geocoder]:
    """The embedded index: the installed one when present (rebuilt if stale), else built once for the session."""
    from eventcoder.geo.index import build
    from eventcoder.geo.paths import default_index_path

    path = default_index_path()
    if path.exists():
        geo = Geocoder.open()  # rebuilt first when it was made by older code or data files (its fingerprint)
    else:
        path = tmp_path_factory.mktemp("gazetteer") / "gazetteer.sqlite"
        build(path)
        geo = Geocoder.open(path)
    yield geo
    geo.gazetteer.close()
