"""A place written inside a unit the index lacks ("X village in Y block (Z district, W)"; twenty-fifth round): when Y
has no candidate inside the units written after it, only namesakes of a similar spelling elsewhere, Y is a place the
index lacks, and X lies where Y lies (in Z and W), not at a namesake of X in another state. A place written "near" Y
is not said to lie inside Y's units. All texts are synthetic, written for these tests; the places are a small fake
gazetteer with real-world-like coordinates.
"""

from __future__ import annotations

import pytest
from geo_testdata import row

from eventcoder.geo import Geocoder
from eventcoder.geo.gazetteer import MemoryGazetteer

PLACES = [
    row(1, "India", 22.0, 79.0, "IN", None, 1_400_000_000, feature="country"),
    row(2, "Zarkand", 34.08, 74.80, "IN", "Zarkand", 12_000_000, feature="admin1"),
    row(3, "Karnataka", 12.97, 77.59, "IN", "Karnataka", 60_000_000, feature="admin1"),
    row(4, "Gujarat", 23.02, 72.57, "IN", "Gujarat", 60_000_000, feature="admin1"),
    row(5, "Dunmar", 32.93, 75.25, "IN", "Zarkand", 550_000, feature="admin2"),
    row(6, "Dunmar", 32.92, 75.14, "IN", "Zarkand", 90_000),
    # a town of Karnataka that bears the name of the village of the synthetic texts
    row(7, "Sirola", 13.74, 76.90, "IN", "Karnataka", 60_000),
    # a town of Gujarat whose spelling is close to the block of the synthetic texts
    row(8, "Muthi", 21.72, 71.38, "IN", "Gujarat", 20_000),
    row(9, "Kelora", 32.37, 75.52, "IN", "Zarkand", 60_000),
]


@pytest.fixture(scope="module")
def geo() -> Geocoder:
    return Geocoder(MemoryGazetteer.from_rows(PLACES))


def _resolved(geo: Geocoder, text: str, word: str) -> tuple[str | None, str | None] | None:
    return next(((p.name, p.admin1) for p in geo.geoparse(text) if p.resolved and p.surface == word), None)


def test_a_village_in_an_unknown_block_of_a_named_district_is_no_namesake_in_another_state(geo: Geocoder) -> None:
    text = ("On 4 May 2024, parents held a protest at Sirola village in Mutti block area (Dunmar district, Zarkand) "
            "over a shortage of teachers.")  # synthetic
    assert _resolved(geo, text, "Sirola") is None
    assert _resolved(geo, text, "Dunmar") is not None


def test_a_village_in_a_block_the_index_has_nothing_for_is_read_as_before(geo: Geocoder) -> None:
    text = ("On 4 May 2024, parents held a protest at Sirola village in Qazbor block area (Dunmar district, Zarkand) "
            "over a shortage of teachers.")  # synthetic: no candidate at all for the block
    assert _resolved(geo, text, "Sirola") is None


def test_a_village_whose_namesake_lies_in_the_named_state_is_kept(geo: Geocoder) -> None:
    text = ("On 4 May 2024, parents held a protest at Kelora village in Mutti block area (Dunmar district, Zarkand) "
            "over a shortage of teachers.")  # synthetic
    assert _resolved(geo, text, "Kelora") == ("Kelora", "Zarkand")


def test_a_place_near_an_unknown_village_is_not_put_inside_its_units(geo: Geocoder) -> None:
    text = ("On 4 May 2024, troops of India fired towards positions near Mutti village, Dunmar district, "
            "in the night.")  # synthetic
    assert _resolved(geo, text, "India") == ("India", None)
