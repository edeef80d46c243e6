"""A part written after its city (twenty-third round): "the Y neighbourhood of X" names the city X, whatever city
the report is filed from; "X - Y" is the part Y of city X, not a namesake ward of another city. All texts are
synthetic, written for these tests; the places are a small fake gazetteer with real-world-like coordinates.
"""

from __future__ import annotations

import pytest
from geo_testdata import row

from eventcoder.geo import Geocoder
from eventcoder.geo.gazetteer import MemoryGazetteer
from eventcoder.geo.quarters import quarters_to_cities
from eventcoder.model import Place

PLACES = [
    row(1, "Korea", 36.5, 127.9, "KR", None, 51_000_000, feature="country"),
    row(2, "Daegu", 35.870, 128.591, "KR", "Daegu", 2_400_000),
    row(3, "Busan", 35.102, 129.030, "KR", "Busan", 3_300_000),
    row(4, "Gwangju", 35.160, 126.852, "KR", "Gwangju", 1_500_000),
    row(5, "Jung-gu", 35.101, 129.032, "KR", "Busan", 0, feature="admin2", alts=("Jung",)),
    row(6, "Sangdong-gu", 35.127, 126.831, "KR", "Gwangju", 430_000, feature="admin2", alts=("Sangdong",)),
    row(7, "Sangdong-gu", 35.097, 129.024, "KR", "Busan", 0, feature="admin2", alts=("Sangdong",)),
]


@pytest.fixture(scope="module")
def geo() -> Geocoder:
    return Geocoder(MemoryGazetteer.from_rows(PLACES))


def _admin1(geo: Geocoder, text: str, word: str) -> str | None:
    return next((p.admin1 for p in geo.geoparse(text) if p.resolved and p.surface == word), None)


def test_a_ward_after_its_city_is_the_ward_of_that_city(geo: Geocoder) -> None:
    text = "On 4 June 2023, in Busan - Sangdong, dock workers marched to the port office."  # synthetic
    assert _admin1(geo, text, "Sangdong") == "Busan"


def test_a_ward_the_city_lacks_is_the_city_not_a_namesake_ward_elsewhere(geo: Geocoder) -> None:
    text = "On 4 June 2023, in Daegu - Jung, dock workers marched to the city hall."  # synthetic
    got = next(p for p in geo.geoparse(text) if p.surface == "Jung")
    assert (got.name, got.geo_precision) == ("Daegu", 2)


def _city(text: str, word: str, cc: str, lat: float, lon: float, gid: int) -> Place:
    i = text.index(word)
    return Place(word, i, i + len(word), resolved=True, name=word.title(), geonameid=gid, country_code=cc,
                 feature="city", admin1=word.title(), latitude=lat, longitude=lon, geo_precision=1)


@pytest.mark.parametrize("gap", ["the Tolbaru neighbourhood of", "the Tolbaru and Kessima quarters of",
                                 "Tolbaru district of", "the Tolbaru area of the city of"])
def test_a_city_after_named_quarters_is_that_city_not_the_dateline_city(gap: str) -> None:
    text = f"VELMORA, Mali - Gunmen shot two traders in {gap} Qandeso on Monday."  # synthetic
    places = [_city(text, "VELMORA", "ML", 12.6, -8.0, 1), _city(text, "Qandeso", "ML", 14.5, -4.2, 2)]
    got = quarters_to_cities(text, places, dateline=(0, 16), country="ML")
    assert got[1].name == "Qandeso"


@pytest.mark.parametrize("words", ["Colonia Zarvento", "colonia Zarvento", "barrio Zarvento"])
def test_a_colonia_is_a_quarter_of_the_city_told_not_a_far_town(words: str) -> None:
    text = f"On 2 March 2023, in Qandeso (Norte), gunmen shot a driver in {words}."  # synthetic
    city = _city(text, "Qandeso", "MX", 20.5, -100.8, 1)
    i = text.index(words)
    j = i if words.startswith("Colonia") else i + len(words) - len("Zarvento")
    surface = "Colonia" if words.startswith("Colonia") else "Zarvento"  # the word alone may match a town's alias
    far = Place(surface, j, j + len(surface), resolved=True, name="Zarvento", geonameid=9, country_code="MX",
                feature="city", admin1="Sur", latitude=20.1, longitude=-98.8, geo_precision=1)  # ~210 km away
    got = quarters_to_cities(text, [city, far], country="MX")
    assert (got[1].name, got[1].geo_precision) == ("Qandeso", 2)


def test_colonia_the_town_written_alone_is_kept() -> None:
    text = "On 2 March 2023, in Qandeso and in Colonia, traders closed their shops."  # synthetic
    city = _city(text, "Qandeso", "UY", -34.9, -56.2, 1)
    i = text.index("Colonia")
    town = Place("Colonia", i, i + 7, resolved=True, name="Colonia", geonameid=9, country_code="UY",
                 feature="city", admin1="Colonia", latitude=-34.46, longitude=-57.84, geo_precision=1)
    assert quarters_to_cities(text, [city, town], country="UY")[1].name == "Colonia"


def test_a_road_between_a_city_and_a_town_is_no_part(geo: Geocoder) -> None:
    text = "On 4 June 2023, police patrolled the Daegu - Jung city road."  # synthetic
    assert _admin1(geo, text, "Jung") == "Busan"
