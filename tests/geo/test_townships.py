"""Townships (feature ``admin3``: Myanmar's from MIMU, GeoNames' ADM3 imports; twenty-sixth round): a township is a
unit as a district is. It holds the towns and villages written inside it ("X village, Y township"), it outranks a
village of its own name, a bare township name is coded at the township's point as part of a region (ACLED's
precision 2), and an event's site told inside a township leaves the township no second place. All texts are
synthetic, written for these tests; the places are a small fake gazetteer with real-world-like coordinates.
"""

from __future__ import annotations

import pytest
from geo_testdata import row

from eventcoder.extract.sites import _holds
from eventcoder.geo import Geocoder
from eventcoder.geo.gazetteer import MemoryGazetteer
from eventcoder.model import Place

PLACES = [
    row(1, "Myanmar", 21.0, 96.0, "MM", None, 54_000_000, feature="country"),
    row(2, "Magway", 20.15, 94.93, "MM", "Magway", 4_000_000, feature="admin1"),
    row(3, "Sagaing", 21.88, 95.98, "MM", "Sagaing", 5_000_000, feature="admin1"),
    # a township of Magway, and a village of its name in Sagaing (a village the index has, of no recorded population)
    row(9, "Zelabin", 20.60, 94.60, "MM", "Magway", 0, feature="admin3"),
    row(5, "Zelabin", 23.10, 95.40, "MM", "Sagaing", 0),
    # a village of the synthetic texts in Zelabin township, and a larger namesake of it in Sagaing
    row(6, "Tawmaro", 20.64, 94.55, "MM", "Magway", 0),
    row(7, "Tawmaro", 22.70, 95.80, "MM", "Sagaing", 3_000),
    # a township that has only its unit in the index
    row(8, "Kyonpale", 20.90, 94.30, "MM", "Magway", 0, feature="admin3"),
    # a township of Magway whose name a larger town in Sagaing also bears (the town is no seat of the township)
    row(10, "Thanbyuzin", 20.40, 94.70, "MM", "Magway", 0, feature="admin3"),
    row(11, "Thanbyuzin", 24.60, 95.10, "MM", "Sagaing", 40_000),
]


@pytest.fixture(scope="module")
def geo() -> Geocoder:
    return Geocoder(MemoryGazetteer.from_rows(PLACES))


def _resolved(geo: Geocoder, text: str, word: str) -> Place | None:
    return next((p for p in geo.geoparse(text) if p.resolved and p.surface == word), None)


def test_a_village_written_in_its_township_lies_in_the_township(geo: Geocoder) -> None:
    text = "On 3 March 2024, soldiers of Myanmar burned houses in Tawmaro village, Zelabin township."  # synthetic
    p = _resolved(geo, text, "Tawmaro")
    assert p is not None and p.admin1 == "Magway"


def test_a_bare_township_name_is_the_township_not_a_village_of_its_name(geo: Geocoder) -> None:
    text = "On 3 March 2024, soldiers of Myanmar clashed with a resistance group in Zelabin."  # synthetic
    p = _resolved(geo, text, "Zelabin")
    assert p is not None and p.feature == "admin3" and p.admin1 == "Magway"


def test_a_township_is_coded_as_part_of_a_region(geo: Geocoder) -> None:
    text = "On 3 March 2024, soldiers of Myanmar shelled Kyonpale township."  # synthetic
    p = _resolved(geo, text, "Kyonpale")
    assert p is not None and p.feature == "admin3" and p.geo_precision == 2


def _place(name: str, feature: str, population: int | None) -> Place:
    return Place(surface=name, start=0, end=len(name), resolved=True, name=name, country_code="MM", admin1="Magway",
                 feature=feature, population=population)


def test_a_township_holds_its_villages_whatever_their_recorded_size() -> None:
    assert _holds(_place("Zelabin", "admin3", None), _place("Tawmaro", "city", None), told=False)
    assert not _holds(_place("Tawmaro", "city", None), _place("Zelabin", "admin3", None), told=False)


def test_a_name_written_x_township_is_the_township_not_a_town_of_its_name_elsewhere(geo: Geocoder) -> None:
    # synthetic: "township" names the unit, as "town" names a town; the bracket's district is one the index lacks
    text = "On 9 May 2024, in Thanbyuzin township (Ywama district, Magway region), a bomb exploded at an office."
    p = _resolved(geo, text, "Thanbyuzin")
    assert p is not None and p.feature == "admin3" and p.admin1 == "Magway"


def test_a_name_written_x_town_keeps_the_town(geo: Geocoder) -> None:
    # synthetic negative: "town" still asks for a town, and the only town of the name is in Sagaing
    text = "On 9 May 2024, a bomb exploded at an office in Thanbyuzin town."
    p = _resolved(geo, text, "Thanbyuzin")
    assert p is not None and p.feature == "city" and p.admin1 == "Sagaing"
