"""A province named by compass words alone, written as the last item of a bracket after a place ("X (Y, Western)",
"X (Northern)"; twenty-fourth round): the words are stop-words elsewhere, but a unit list after a town names units,
so it is the report's country's province of that name, and none when nothing tells the country (many countries have
a Western or Northern province). All texts are synthetic, written for these tests; the places are a small fake
gazetteer with real-world-like coordinates.
"""

from __future__ import annotations

import pytest
from geo_testdata import row

from eventcoder.geo import Geocoder
from eventcoder.geo.detect import detect
from eventcoder.geo.gazetteer import MemoryGazetteer

PLACES = [
    row(1, "Sri Lanka", 7.0, 81.0, "LK", None, 21_000_000, feature="country"),
    row(2, "Uganda", 1.0, 32.0, "UG", None, 45_000_000, feature="country"),
    row(3, "Bahrain", 26.0, 50.55, "BH", None, 1_500_000, feature="country"),
    row(4, "Western", 6.935, 79.849, "LK", "Western", 2_400_000, feature="admin1", alts=("Western Province",)),
    row(5, "Western", -0.605, 30.649, "UG", "Western", 2_200_000, feature="admin1"),
    row(6, "Northern", 26.228, 50.586, "BH", "Northern", 290_000, feature="admin1"),
    row(7, "Northern", 9.66, 80.02, "LK", "Northern", 480_000, feature="admin1"),
    row(8, "Colombo", 6.935, 79.849, "LK", "Western", 650_000),
    row(9, "Kasese", 0.183, 30.083, "UG", "Western", 100_000),
]


@pytest.fixture(scope="module")
def geo() -> Geocoder:
    return Geocoder(MemoryGazetteer.from_rows(PLACES))


def _resolved(geo: Geocoder, text: str, word: str) -> tuple[str | None, str | None] | None:
    return next(((p.country_code, p.feature) for p in geo.geoparse(text) if p.resolved and p.surface == word), None)


def test_a_compass_province_after_a_town_the_index_lacks_is_the_countrys(geo: Geocoder) -> None:
    text = "On 3 May 2023, vendors marched in Kottavila (Kottavila, Western) in Sri Lanka over fuel prices."  # synthetic
    assert _resolved(geo, text, "Western") == ("LK", "admin1")


def test_a_bracket_with_the_province_alone(geo: Geocoder) -> None:
    text = "On 9 May 2023, protesters held a sit-in in Dar Kulaib (Northern), one of many across Bahrain."  # synthetic
    assert _resolved(geo, text, "Northern") == ("BH", "admin1")


def test_the_province_of_the_countrys_own_name_not_one_abroad(geo: Geocoder) -> None:
    text = "On 5 May 2023, farmers rallied in Kyabarungi (Kyabarungi, Western) in Uganda over land."  # synthetic
    assert _resolved(geo, text, "Western") == ("UG", "admin1")


def test_no_country_told_leaves_the_compass_province_unplaced(geo: Geocoder) -> None:
    text = "On 3 May 2023, vendors marched in Kottavila (Kottavila, Western) over fuel prices."  # synthetic
    assert all(p.surface != "Western" for p in geo.geoparse(text))


@pytest.mark.parametrize("text", [
    "Western diplomats met in Colombo on Monday.",  # synthetic
    "The envoys (Western and Asian) met in Colombo.",  # synthetic: not the last item of a unit list
    "Talks in Colombo (the Western ones) ended.",  # synthetic
])
def test_compass_words_outside_a_unit_bracket_stay_no_place(text: str) -> None:
    assert all(m.surface != "Western" for m in detect(text, lambda s: s in {"Western", "Colombo"}))


def test_a_gloss_whose_town_is_known_is_placed_by_the_town(geo: Geocoder) -> None:
    # synthetic: the town places the event; a country's "Central Region" the index lacks under "Central" is no reason
    # to lose it
    text = "On 6 May 2023, clerks protested outside offices in Kasese (Kasese, Central) over pay."
    places = geo.geoparse(text)
    assert [p.surface for p in places if p.resolved] == ["Kasese", "Kasese"]


def test_a_compass_gloss_casts_no_vote_for_a_country(geo: Geocoder) -> None:
    # synthetic: Kasese is a town of Uganda only here; a "Western" many countries have must not unsettle it
    text = "On 7 May 2023, rioters threw stones at offices in Kasese (Kasese Town, Western) over pay."
    assert _resolved(geo, text, "Kasese") == ("UG", "city")


def test_a_compass_gloss_is_no_level_of_the_bracket(geo: Geocoder) -> None:
    # synthetic: "X (Y, Central)" with Y known places X in Y; a "Central" of no country of Y's does not veto it
    text = "On 8 May 2023, rioters threw stones at offices in Kasese (Kasese, Central) over pay."
    assert _resolved(geo, text, "Kasese") == ("UG", "city")


def test_a_named_partys_country_tells_which_compass_province(geo: Geocoder) -> None:
    # synthetic: the party (organisations.tsv: Sri Lanka) is the only hint of the country
    text = "On 1 May 2023, Janatha Vimukthi Peramuna supporters rallied in Kottavila (Kottavila, Western) over prices."
    assert _resolved(geo, text, "Western") == ("LK", "admin1")
