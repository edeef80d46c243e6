"""Place detection precision and the document's country, on synthetic sentences written for these tests.

Capitalised common words, organisation and newspaper names, streets named after people, military
unit numbers and countries that only say whose forces acted are not places; a name no other country
has resolves whatever else the text names; a place written "X (Y, Z)" or "X village in Y" lies in Y.
"""

from __future__ import annotations

import pytest
from geo_testdata import row

from eventcoder.geo import Geocoder
from eventcoder.geo.detect import Mention, detect, load_common_words
from eventcoder.geo.gazetteer import MemoryGazetteer
from eventcoder.geo.normalize import fold

PLACES = [
    row(201, "Italy", 42.8, 12.8, "IT", None, 60_000_000, "country"),
    row(202, "Ukraine", 49.0, 32.0, "UA", None, 41_000_000, "country"),
    row(203, "Russia", 60.0, 100.0, "RU", None, 144_000_000, "country"),
    row(204, "Naples", 40.852, 14.268, "IT", "Campania", 909_000, alts=("Napoli",)),
    row(205, "Campania", 40.85, 14.27, "IT", "Campania", 5_800_000, "admin1"),
    row(206, "Herald", 38.15, -121.15, "US", "California", 1_200),
    row(207, "War", 37.30, -81.68, "US", "West Virginia", 800),
    row(208, "Delhi", 28.65, 77.23, "IN", "Delhi", 11_000_000),
    row(209, "Alexandra", -26.10, 28.10, "ZA", "Gauteng", 180_000),
    row(210, "Hastings", 50.85, 0.57, "GB", "England", 92_000),
    row(211, "United States", 39.8, -98.5, "US", None, 330_000_000, "country", aliases=("US",)),
    row(212, "Syria", 35.0, 38.0, "SY", None, 17_000_000, "country"),
    row(213, "Tall Tamr", 36.65, 40.37, "SY", "Al-Hasakah", 7_000),
    row(214, "Shakhta", 47.70, 40.20, "RU", "Rostov", 2_700),
    row(215, "Donetsk", 48.0, 37.8, "UA", "Donetsk", 4_000_000, "admin1"),
    row(216, "Donetsk", 48.023, 37.802, "UA", "Donetsk", 900_000),
    row(217, "Rome", 41.89, 12.48, "IT", "Lazio", 2_300_000, alts=("Roma",)),
    row(218, "Roma", 47.83, 26.60, "RO", "Botosani", 2_000, "admin2"),
    row(219, "Lazio", 41.9, 12.5, "IT", "Lazio", 5_400_000, "admin1"),
    row(220, "Saida", 34.83, 0.15, "DZ", "Saida", 142_000),
    row(221, "Ar Raqqah", 35.95, 39.01, "SY", "Ar Raqqah", 900_000, "admin1"),
    row(222, "Portuguesa", 9.09, -69.10, "VE", "Portuguesa", 900_000, "admin1"),
    row(223, "Portugal", 39.5, -8.0, "PT", None, 10_000_000, "country", alts=("Portuguesa",)),
    row(224, "Al-Kut", 32.51, 45.82, "IQ", "Wasit", 315_000, alts=("Kut",)),
    row(225, "Kut", 50.0, 30.0, "UA", "Kyiv", 500),
    row(226, "Dante", 36.98, -82.30, "US", "Virginia", 600),
]


@pytest.fixture(scope="module")
def geo() -> Geocoder:
    return Geocoder(MemoryGazetteer.from_rows(list(PLACES)))


def resolved(geo: Geocoder, text: str) -> dict[str, str | None]:
    return {p.surface: p.country_code for p in geo.geoparse(text) if p.resolved}


def mentions(text: str, *names: str) -> dict[str, Mention]:
    known = {fold(n) for n in names}
    return {m.surface: m for m in detect(text, lambda s: fold(s) in known)}


def test_the_common_word_list_is_bundled() -> None:
    words = load_common_words()
    assert {"herald", "war", "supreme"} <= words and "paris" not in words and not any(w.startswith("#") for w in words)


def test_a_capitalised_common_word_is_no_place_without_a_cue(geo: Geocoder) -> None:
    got = mentions("Officials announced the so-called War on Drugs campaign.", "War")
    assert got["War"].common
    assert mentions("Farmers marched in War on Sunday.", "War")["War"].common is False  # after "in" it may be
    assert "War" not in resolved(geo, "Officials announced the so-called War on Drugs campaign in Delhi.")


def test_organisation_and_newspaper_names_are_not_places(geo: Geocoder) -> None:
    assert "Herald" not in resolved(geo, "Party members protested in Delhi over the National Herald case.")
    assert "Herald" not in mentions("The Herald Tribune reported it.", "Herald")


def test_a_site_placed_elsewhere_is_not_a_place(geo: Geocoder) -> None:
    assert resolved(geo, "About 50 people gathered in Alexandra Park in Hastings.") == {"Hastings": "GB"}
    assert "Dante" not in resolved(geo, "Activists gathered in Dante square in Napoli.")
    assert mentions("Clashes broke out near Alexandra Hospital.", "Alexandra")["Alexandra"].embedded is False


def test_organisation_parts_and_unit_numbers_are_not_places() -> None:
    assert "US" not in mentions("Cadres of CPN(US) clashed with police.", "US")
    assert "LIB" not in mentions("Troops of LIB 241 shelled the village.", "LIB")
    assert mentions("the 'Roma' plant closed", "Roma")["Roma"].embedded


def test_a_country_modifying_an_actor_votes_like_a_demonym(geo: Geocoder) -> None:
    places, ctx = geo._geoparse("A US military patrol was blocked near Tall Tamr in Syria.", [])
    assert {p.surface for p in places} == {"Tall Tamr", "Syria"}  # "US" says whose patrol, not where
    assert ctx.focus == "SY"


def test_a_name_no_other_country_has_resolves_whatever_else_the_text_names(geo: Geocoder) -> None:
    got = resolved(geo, "People prayed in Napoli for peace after the invasion of Ukraine by Russia.")
    assert got["Napoli"] == "IT"


def test_a_village_abroad_is_not_taken_for_a_place_the_gazetteer_lacks(geo: Geocoder) -> None:
    got = resolved(geo, "Forces shelled houses in Shakhta imeni Gagarina, Donetsk region.")
    assert "Shakhta" not in got and got["Donetsk"] == "UA"


def test_the_widest_unit_decides_the_country_of_a_bracket(geo: Geocoder) -> None:
    got = {p.surface: p for p in geo.geoparse("Activists gathered in Rome (Roma, Lazio) on Saturday.")}
    assert got["Rome"].country_code == "IT" and got["Rome"].name == "Rome"


def test_a_town_in_a_province_is_looked_for_there_only(geo: Geocoder) -> None:
    got = resolved(geo, "Turkish forces shelled Saida town in Ar Raqqa countryside.")
    assert "Saida" not in got  # the Saida the gazetteer knows is in Algeria, not in Ar Raqqa


def test_a_state_is_not_the_country_of_the_same_name(geo: Geocoder) -> None:
    places, ctx = geo._geoparse("Protesters gathered in Portuguesa state on Monday.", [])
    assert [(p.surface, p.country_code, p.feature) for p in places] == [("Portuguesa", "VE", "admin1")]
    assert ctx.focus == "VE"


def test_a_short_alternate_name_of_a_city_beats_a_hamlet(geo: Geocoder) -> None:
    assert resolved(geo, "Gunmen attacked a shop in Kut.")["Kut"] == "IQ"


def test_words_after_a_name_that_never_continue_it() -> None:
    got = mentions("Five died Thursday when herders clashed in Omala Local Government Area of Kogi State.", "Omala",
                   "Kogi State")
    assert got["Omala"].type_hint == "admin2" and not got["Kogi State"].weak
    assert mentions("Members of the Nimo Town Development Union met.", "Nimo")["Nimo"].type_hint is None
    assert not mentions("Air raids hit Darfur's Jebel Marra.", "Darfur", "Jebel Marra")["Jebel Marra"].tail


def test_the_head_of_an_unknown_name_and_possessives() -> None:
    got = mentions("Rioters clashed with police in Bab al-Amod near the old city.", "Bab")
    assert got["Bab"].head
    assert "Day" not in {s for s, m in mentions("Crowds marked International Women's Day.", "Day").items()
                         if not m.tail}
    assert mentions("Parents gathered at the Dante school in the Nurum district.", "Dante")["Dante"].embedded


def test_precision_a_name_before_a_two_word_facility_placed_elsewhere_is_not_a_place(fake_geocoder: Geocoder) -> None:
    # Synthetic: "Mobile Medical Center in Tripoli, Libya" names a clinic in Tripoli, not the US city of Mobile.
    got = [p.surface for p in fake_geocoder.geoparse("Nurses protested at Mobile Medical Center in Tripoli, Libya.")
           if p.resolved]
    assert "Mobile" not in got and "Tripoli" in got
