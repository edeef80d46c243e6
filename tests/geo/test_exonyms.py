"""A name that a town bears as its own against a great city abroad that bears it only as another (foreign) name;
synthetic names and texts."""

from __future__ import annotations

import pytest
from geo_testdata import row

from eventcoder.geo import Geocoder
from eventcoder.geo.gazetteer import MemoryGazetteer
from eventcoder.geo.geocoder import _exonyms

_PLACES = [
    row(1, "Austria", 47.5, 14.5, "AT", None, 9_000_000, "country"),
    row(2, "France", 46.0, 2.0, "FR", None, 67_000_000, "country"),
    # a great city of AT that bears "Velle" only as an alternate name, and a French town whose own name it is
    row(10, "Grossburg", 48.2, 16.4, "AT", "Mitte", 1_700_000, alts=("Velle",)),
    row(11, "Velle", 45.5, 4.9, "FR", "Rhone", 32_000),
    row(12, "Lyon", 45.76, 4.83, "FR", "Rhone", 500_000),
]


@pytest.fixture(scope="module")
def geo() -> Geocoder:
    return Geocoder(MemoryGazetteer.from_rows(list(_PLACES)))


def test_exonyms_a_lone_name_is_the_town_that_bears_it_as_its_own(geo: Geocoder) -> None:
    place = next(p for p in geo.geoparse("About forty people demonstrated in Velle on Saturday.") if p.surface == "Velle")
    assert place.country_code == "FR"


def test_exonyms_the_great_city_when_the_report_is_about_its_country(geo: Geocoder) -> None:
    for text in ("Austrian police dispersed a crowd in Velle on Saturday.",
                 "Protesters in Velle, Austria, marched on Saturday."):
        place = next(p for p in geo.geoparse(text) if p.surface == "Velle")
        assert place.country_code == "AT", text


def test_exonyms_hints_at_both_countries_keep_the_town(geo: Geocoder) -> None:
    # demonyms or actors of both countries: the town's own name decides (only the great city is marked down)
    cs = geo.gazetteer.lookup("Velle")
    assert {c.gid for c in cs if c.gid in _exonyms(cs, set(), {"AT", "FR"})} == {10}
    assert not _exonyms(cs, set(), {"AT"})  # a hint at the great city's country alone: no mark
    assert not _exonyms(cs, {"AT"}, set())  # the report named Austria


_HOME = [
    row(3, "Nigeria", 9.0, 8.0, "NG", None, 200_000_000, "country"),
    # a town of 22,000 that GeoNames also calls "Kudan Gari" (its old name), and the town whose own name it is, 40 km
    # away in the same state, with no recorded population
    row(20, "Sabon-Kudan-Gari", 11.0, 6.8, "NG", "Kaduna", 22_000, alts=("Kudan Gari",)),
    row(21, "Kudan Gari", 10.7, 6.5, "NG", "Kaduna", 0),
    row(22, "Kaduna", 10.5, 7.4, "NG", "Kaduna", 1_500_000),
]


def test_a_town_whose_own_name_it_is_beats_a_variant_of_its_province() -> None:
    """Synthetic: the town that bears the name as its main name, not a larger town that bears it as another name."""
    geo = Geocoder(MemoryGazetteer.from_rows(list(_HOME)))
    place = next(p for p in geo.geoparse("Gunmen attacked Kudan Gari in Kaduna State, Nigeria.")
                 if p.surface == "Kudan Gari")
    assert place.geonameid == 21


_ABROAD = [
    row(4, "Syria", 35.0, 38.0, "SY", None, 17_000_000, "country"),
    row(5, "Israel", 31.5, 34.9, "IL", None, 9_000_000, "country"),
    row(6, "Jordan", 31.0, 36.0, "JO", None, 10_000_000, "country"),
    row(7, "Aleppo", 36.2, 37.16, "SY", "Aleppo", 2_000_000),
    # an invented Syrian village of no recorded size whose own name (in ASCII) is "Qarnaba", and two larger towns
    # abroad that bear that name only as another (foreign-language) name
    row(30, "Qārnabā", 35.85, 36.55, "SY", "Idlib", 0),
    row(31, "Veldhaven", 31.9, 35.0, "IL", "Central", 250_000, alts=("Qarnaba",)),
    row(32, "Tel Sorim", 32.0, 35.9, "JO", "Amman", 60_000, alts=("Qarnaba",)),
]


def test_a_village_of_the_reports_country_beats_foreign_names_of_towns_abroad() -> None:
    """Synthetic: a report on Syria (the country or a town of it named) names a village that towns abroad bear as a
    foreign name. A demonym alone says who, not where: it marks nothing down (tests/geo/test_review_narrowing.py)."""
    geo = Geocoder(MemoryGazetteer.from_rows(list(_ABROAD)))
    for text in ("Government forces shelled Qarnaba, Syria, on Monday, killing two civilians.",
                 "Shelling killed two civilians in Qarnaba and Aleppo on Monday."):
        place = next(p for p in geo.geoparse(text) if p.surface == "Qarnaba")
        assert place.country_code == "SY" and place.geonameid == 30, text
    # with nothing that says Syria, the towns that bear the name are not pushed aside (a report on Israel)
    place = next(p for p in geo.geoparse("Israeli police dispersed a protest in Qarnaba on Monday.")
                 if p.surface == "Qarnaba")
    assert place.country_code == "IL"
