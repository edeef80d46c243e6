"""A small town far from the scene that the text placed in a province (twenty-second round).

"in X (Y) ... at the Z square": a bare name that only a small town or a district hundreds of kilometres away, in
another province, bears is a square, a street or a school named after it, not a second scene; a namesake near
the scene wins over a far one. All texts are synthetic, written for these tests; the places are a small fake
gazetteer with real-world-like coordinates.
"""

from __future__ import annotations

import pytest
from geo_testdata import row

from eventcoder.geo import Geocoder
from eventcoder.geo.gazetteer import MemoryGazetteer

PLACES = [
    row(1, "Argentina", -34.0, -64.0, "AR", None, 45_000_000, feature="country"),
    row(2, "Trelew", -43.249, -65.305, "AR", "Chubut", 98_000),
    row(3, "Chubut", -43.3, -65.1, "AR", "Chubut", 410_000, feature="admin1"),
    row(4, "Libertad", -26.8, -60.8, "AR", "Chaco", 20_000),
    row(5, "Rawson", -41.9, -65.0, "AR", "Rio Negro", 2_000),
    row(6, "Rawson", -34.6, -60.07, "AR", "Buenos Aires", 60_000, feature="admin2"),
    row(7, "Chaco", -26.5, -60.5, "AR", "Chaco", 1_100_000, feature="admin1"),
    row(8, "Resistencia", -27.46, -58.98, "AR", "Chaco", 290_000),
    row(9, "Cordoba", -31.41, -64.18, "AR", "Cordoba", 1_400_000),
    row(10, "Santa Cruz", -48.8, -69.3, "AR", "Santa Cruz", 330_000, feature="admin1"),
    row(11, "Santa Cruz", -17.0, -61.5, "BO", "Santa Cruz", 3_400_000, feature="admin1"),
    row(12, "Bolivia", -17.0, -65.0, "BO", None, 12_000_000, feature="country"),
]


@pytest.fixture(scope="module")
def geo() -> Geocoder:
    return Geocoder(MemoryGazetteer.from_rows(PLACES))


def _names(geo: Geocoder, text: str) -> dict[str, str | None]:
    return {p.surface: p.admin1 for p in geo.geoparse(text) if p.resolved}


def test_far_small_town_a_monument_is_named_after_is_no_scene(geo: Geocoder) -> None:
    text = "On 3 May 2022, in Trelew (Chubut), teachers marched to the Libertad monument to ask for higher pay."  # synthetic
    places = _names(geo, text)
    assert places.get("Trelew") == "Chubut"
    assert "Libertad" not in places


def test_near_namesake_wins_over_a_far_one(geo: Geocoder) -> None:
    # the far namesake is a larger district; the near one is a village across the province line
    for text in ("On 3 May 2022, in Trelew (Chubut), nurses marched along Rawson street.",  # synthetic
                 "On 3 May 2022, in Trelew (Chubut), police stopped two vans on the Rawson road."):  # synthetic
        assert _names(geo, text).get("Rawson") == "Rio Negro"


def test_town_of_the_far_province_the_text_names_still_resolves(geo: Geocoder) -> None:
    # a second province written out is the report's own word: its towns stay
    text = "On 3 May 2022, in Trelew (Chubut), nurses marched; colleagues struck in Libertad (Chaco) too."  # synthetic
    assert _names(geo, text).get("Libertad") == "Chaco"


def test_large_city_far_away_keeps_its_name(geo: Geocoder) -> None:
    text = "On 3 May 2022, in Trelew (Chubut), nurses marched, as colleagues did in Cordoba."  # synthetic
    assert _names(geo, text).get("Cordoba") == "Cordoba"


def test_without_a_placed_scene_a_lone_small_town_resolves(geo: Geocoder) -> None:
    text = "On 3 May 2022, teachers marched in Libertad to ask for higher pay."  # synthetic
    assert _names(geo, text).get("Libertad") == "Chaco"


def test_province_named_beside_the_scene_is_the_scene_countrys(geo: Geocoder) -> None:
    # a province that two countries have: the one of the country the note's places are in, though the other is larger
    text = "On 3 May 2022, in Trelew (Chubut), oil workers marched with colleagues from Santa Cruz province."  # synthetic
    assert {p.surface: p.country_code for p in geo.geoparse(text) if p.resolved}.get("Santa Cruz") == "AR"
