"""Sites named after a place ("X air base"), and a lone town that several countries have in a note that names no
country: what the text gives (a named organisation, a region's adjective, the note's other places) decides.

All texts are synthetic, written for these tests; the places are a small fake gazetteer with real-world-like
coordinates.
"""

from __future__ import annotations

import pytest
from geo_testdata import row

from eventcoder.geo import Geocoder
from eventcoder.geo.gazetteer import MemoryGazetteer

PLACES = [
    row(1, "Kabul", 34.528, 69.172, "AF", "Kabul", 4_000_000),
    row(2, "Kabul", 34.5, 69.3, "AF", "Kabul", 5_000_000, feature="admin1"),
    row(3, "Bagram", 34.967, 69.265, "AF", "Parvan", 110_000, feature="admin2"),
    row(4, "Bagrami", 34.494, 69.274, "AF", "Kabul", 6_000),
    row(5, "Parvan", 35.0, 69.2, "AF", "Parvan", 700_000, feature="admin1"),
    row(6, "Kati", 12.744, -8.073, "ML", "Koulikoro", 130_000),
    row(7, "Kati", 17.961, 75.889, "IN", "Maharashtra", 12_000),
    row(8, "Brest", 52.109, 23.718, "BY", "Brest", 347_000),
    row(9, "Brest", 48.390, -4.486, "FR", "Bretagne", 145_000),
    row(10, "Janin", 32.461, 35.300, "PS", "West Bank", 35_000, alts=("Jenine",)),
    row(11, "Santander", 7.0, -73.25, "CO", "Santander", 2_000_000, feature="admin1"),
    row(12, "Santander", 43.465, -3.805, "ES", "Cantabria", 173_000),
    row(13, "Rochester", 43.155, -77.616, "US", "New York", 211_000),
    row(14, "Rochester", 51.388, 0.507, "GB", "England", 62_000),
    row(15, "Minsk", 53.9, 27.567, "BY", "Minsk City", 1_900_000),
    row(16, "Sucre", -19.033, -65.263, "BO", "Chuquisaca", 225_000),
    row(17, "Sucre", 9.0, -75.1, "CO", "Sucre", 660_000, feature="admin1"),
    row(18, "Sira", 13.742, 76.904, "IN", "Karnataka", 60_000),
    row(19, "Udhampur", 32.924, 75.136, "IN", "Jammu and Kashmir", 550_000, feature="admin2"),
]


@pytest.fixture(scope="module")
def geo() -> Geocoder:
    return Geocoder(MemoryGazetteer.from_rows(PLACES))


def resolved(geo: Geocoder, text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.surface: (p.name, p.country_code) for p in geo.geoparse(text) if p.resolved}


def test_a_base_named_after_a_place_is_the_place_of_that_exact_name(geo: Geocoder) -> None:
    # synthetic: a near-homonym by the city the text names (Bagrami of Kabul) is no fit for "Bagram air base"
    out = resolved(geo, "Synthetic: On 3 May 2022, fighters paraded at Bagram airbase near Kabul city.")
    assert out["Bagram"] == ("Bagram", "AF")
    # synthetic: "north of Kabul": the place of the name beside Kabul, across the province line, not nothing
    out = resolved(geo, "Synthetic: On 3 May 2022, a rocket hit Bagram air base north of Kabul.")
    assert out["Bagram"] == ("Bagram", "AF")
    out = resolved(geo, "Synthetic: On 3 May 2022, in Kabul, a rocket hit the Bagram military base.")
    assert out["Bagram"] == ("Bagram", "AF")


def test_a_military_base_after_a_town_is_a_place_and_after_a_country_whose(geo: Geocoder) -> None:
    # synthetic: "the Kati military base" is at Kati; "military" after a country's name says whose
    assert resolved(geo, "Synthetic: On 3 May 2022, soldiers mutinied at the Kati military base.")["Kati"] == ("Kati", "ML")
    assert resolved(geo, "Synthetic: On 3 May 2022, soldiers mutinied at Kati army barracks.")["Kati"] == ("Kati", "ML")


def test_an_organisations_country_decides_a_lone_town_beside_a_place_abroad(geo: Geocoder) -> None:
    # synthetic: the other place of the note (in Palestine) has no Brest, so the French association decides
    out = resolved(geo, "Synthetic: On 2 May 2022, members of the AFPS rallied in Brest to condemn a raid in Jenine.")
    assert out["Brest"] == ("Brest", "FR")
    # synthetic: another place of the note in a country that has a Brest still decides
    out = resolved(geo, "Synthetic: On 2 May 2022, members of the CGT rallied in Brest after a strike in Minsk.")
    assert out["Brest"] == ("Brest", "BY")


def test_a_regions_adjective_and_a_countrys_own_companies_decide_a_lone_town(geo: Geocoder) -> None:
    # synthetic: "Cantabrian" names a region of Spain; a supermarket chain and a campaign of one country
    out = resolved(geo, "Synthetic: On 2 May 2022, Cantabrian nurses went on strike outside a clinic in Santander.")
    assert out["Santander"] == ("Santander", "ES")
    out = resolved(geo, "Synthetic: On 2 May 2022, Open Cages campaigners gathered outside a Morrisons store in Rochester.")
    assert out["Rochester"] == ("Rochester", "GB")


def test_a_lone_town_with_nothing_to_decide_keeps_the_usual_choice(geo: Geocoder) -> None:
    # synthetic: no organisation, region or other place: today's choice (the larger town, or none), never the hint's
    out = resolved(geo, "Synthetic: On 2 May 2022, about 100 people protested in Rochester.")
    assert out.get("Rochester") in (None, ("Rochester", "US"))


def test_a_named_groups_country_decides_a_bracketed_unit_with_namesakes(geo: Geocoder) -> None:
    # synthetic: "X (Sucre)" with a Colombian armed group: Colombia's Sucre, not Bolivia's city
    out = resolved(geo, "Synthetic: On 3 June 2022, in Lomita (Sucre), a soldier was shot by Gulf Clan members.")
    assert out["Sucre"][1] == "CO"


def test_an_indian_block_holds_its_villages_as_a_district_does(geo: Geocoder) -> None:
    # synthetic: "X village in Y block (Z district)": no Sira of Karnataka when the text puts it in Udhampur
    out = resolved(geo, "Synthetic: On 3 June 2022, students protested at Sira village in Zorvak block area "
                        "(Udhampur district) over water.")
    assert "Sira" not in out and out["Udhampur"][1] == "IN"
