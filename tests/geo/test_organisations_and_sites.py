"""Places inside organisations' names, military sites named after a place, "the <demonym> province of X".

All texts are synthetic, written for these tests; the places are those of the fake gazetteer (conftest).
"""

from __future__ import annotations

from geo_testdata import row

from eventcoder.geo import Geocoder
from eventcoder.geo.detect import detect, load_organisation_words
from eventcoder.geo.eventloc import event_places, is_event_place
from eventcoder.geo.gazetteer import MemoryGazetteer
from eventcoder.geo.hints import is_organisation, shared_country
from eventcoder.model import Place

KNOWN = {"idlib", "aleppo", "tripoli", "hama", "sarmin", "lagos", "lagos state", "kabul", "herat"}


def surfaces(text: str) -> list[str]:
    return [m.surface for m in detect(text, lambda s: s.lower() in KNOWN)]


def test_organisation_words_are_data() -> None:
    words, trailer = load_organisation_words()
    assert {"party", "times", "command", "system"} <= words
    assert trailer is not None and trailer.match(" news agency said")


def test_a_place_inside_an_organisations_name_is_no_mention() -> None:
    # the organisation word may come two or three words after the place
    assert surfaces("Gunmen attacked the Hama Motor Park System depot in Aleppo.") == ["Aleppo"]
    assert surfaces("The Idlib Farmers Cooperative Society marched in Aleppo.") == ["Aleppo"]
    # a lower-case outlet trailer: "X news agency", "X TV"
    assert surfaces("Shells hit Aleppo, Sarmin news agency reported.") == ["Aleppo"]
    assert surfaces("Shells hit Aleppo, Hama TV said.") == ["Aleppo"]
    # after a locative cue, a station of the outlet is a building in the town
    assert surfaces("A bomb exploded near the Hama television station on Monday.") == ["Hama"]


def test_a_state_in_a_state_bodys_name_is_a_weak_hint_of_the_state() -> None:
    ms = detect("The Lagos State Police Command said two officers were killed.", lambda s: s.lower() in KNOWN)
    assert [(m.surface, m.type_hint, m.weak, m.attributive) for m in ms] == [("Lagos State", "admin1", True, False)]


def test_province_of_x_is_the_province(fake_geocoder: Geocoder) -> None:
    for text in ("Troops shelled rebel positions in the Syrian province of Idlib on Friday.",
                 "Troops shelled rebel positions in the province of Idlib on Friday.",
                 "Troops shelled rebel positions in Syria's Idlib province on Friday."):
        idlib = next(p for p in fake_geocoder.geoparse(text) if p.surface == "Idlib")
        assert (idlib.feature, idlib.geo_precision) == ("admin1", 3), text
    city = next(p for p in fake_geocoder.geoparse("Shells hit Idlib city on Friday.") if p.surface == "Idlib")
    assert city.feature == "city"


def test_region_of_x_is_the_region(fake_geocoder: Geocoder) -> None:
    """Synthetic: "the (northern) region of X", as "the province of X", is the first-level unit (Ukraine's oblasts,
    Mali's and Italy's regions are called regions in English), not its namesake seat; "the Kurdistan region of Iraq"
    keeps the country, and "X region" was typed already."""
    for text in ("Drones hit a depot in the northern region of Idlib overnight, its governor said.",
                 "Drones hit a depot in the region of Idlib overnight, its governor said."):
        idlib = next(p for p in fake_geocoder.geoparse(text) if p.surface == "Idlib")
        assert (idlib.feature, idlib.geo_precision) == ("admin1", 3), text
    syria = next(p for p in fake_geocoder.geoparse("Clashes spread across the Kurdish region of Syria on Monday.")
                 if p.surface == "Syria")
    assert syria.feature == "country"  # negative: a country after "region of" stays the country
    city = next(p for p in fake_geocoder.geoparse("Drones hit a depot in Idlib city, the region's capital.")
                if p.surface == "Idlib")
    assert city.feature == "city"  # negative: a town word still gives the town


def test_a_site_named_after_a_place_abroad_is_not_guessed_across_the_border(fake_geocoder: Geocoder) -> None:
    places = fake_geocoder.geoparse("Jets struck the Tripoli air base in Syria on Friday, killing two soldiers.")
    assert not any(p.resolved and p.country_code == "LY" for p in places)
    assert any(p.resolved and p.feature == "country" and p.country_code == "SY" for p in places)
    places = fake_geocoder.geoparse("Rebels shelled the Tripoli military base in Idlib province, killing two soldiers.")
    assert [(p.surface, p.feature) for p in places if p.resolved] == [("Idlib", "admin1")]


def test_a_site_named_after_a_place_inside_the_province_keeps_it(fake_geocoder: Geocoder) -> None:
    places = fake_geocoder.geoparse("Drones struck the Sarmin airbase in Idlib province, killing three soldiers.")
    sarmin = next(p for p in places if p.surface == "Sarmin")
    assert sarmin.resolved and sarmin.admin1 == "Idlib"


def _place(surface: str, text: str, feature: str = "city") -> Place:
    start = text.index(surface)
    return Place(surface, start, start + len(surface), resolved=True, name=surface, country_code="AF",
                 admin1=surface, feature=feature, geo_precision=1)


def test_an_institutions_town_is_not_the_event_place_when_the_sentence_names_another() -> None:
    text = "Students of Kabul University marched in Herat on Monday."
    kabul, herat = _place("Kabul", text), _place("Herat", text)
    assert not is_event_place(text, kabul) and is_event_place(text, herat)
    assert event_places(text, [kabul, herat]) == [herat]
    alone = "Students of Kabul University marched on Monday."
    assert is_event_place(alone, _place("Kabul", alone))
    at = "Police fired tear gas at Kabul University; students fled in Herat."
    assert is_event_place(at, _place("Kabul", at))


def test_an_international_bodys_name_is_no_place_and_no_country_hint() -> None:
    geo = Geocoder(MemoryGazetteer.from_rows([row(90, "Red Cross", 40.0, -80.0, "US", "Ohio", 900),
                                              row(91, "Kivu Town", -1.6, 29.2, "CD", "Nord-Kivu", 600_000)]))
    places = geo.geoparse("Volunteers of the Red Cross were shot near Kivu Town on Monday.")
    assert [p.surface for p in places] == ["Kivu Town"]
    assert is_organisation("Red Cross")
    assert shared_country("The Red Cross and the CFDT spoke.", []) == "FR"


def test_a_site_named_after_a_province_outside_its_container_is_not_that_province() -> None:
    geo = Geocoder(MemoryGazetteer.from_rows([
        row(95, "Nigeria", 9.0, 8.0, "NG", None, 200_000_000, "country"),
        row(96, "Northprov", 12.0, 8.5, "NG", "Northprov", 9_000_000, "admin1"),
        row(97, "Midprov", 10.5, 7.4, "NG", "Midprov", 6_000_000, "admin1"),
        row(98, "Midtown", 10.52, 7.44, "NG", "Midprov", 700_000)]))
    places = geo.geoparse("Gunmen attacked the Northprov barracks in Midprov state, killing three soldiers in Nigeria.")
    assert [p.surface for p in places if p.resolved and p.feature != "country"] == ["Midprov"]



def test_geocoder_a_school_named_after_a_town_abroad_is_no_trip_there() -> None:
    # synthetic: a university named after a town of one country, in a report set in another

    geo = Geocoder(MemoryGazetteer.from_rows([
        row(941, "Kenya", 0.5, 37.9, "KE", None, 50_000_000, "country"),
        row(942, "Uganda", 1.3, 32.3, "UG", None, 45_000_000, "country"),
        row(943, "Nairobi", -1.29, 36.82, "KE", "Nairobi", 60_000),
        row(944, "Velmora", 0.35, 32.57, "UG", "Central", 400_000),
        row(945, "Entebbe", 0.05, 32.46, "UG", "Central", 70_000),
    ]))

    def got(text: str) -> list[tuple[str, str | None]]:
        return [(p.surface, p.country_code) for p in geo.geoparse(text) if p.resolved]

    marks = detect("Staff of Velmora University met in Velmora town.", lambda s: s.lower() == "velmora")
    assert [m.school for m in marks] == [True, False]
    assert got("A professor of Velmora university protested outside the parliament (Nairobi).") == [("Nairobi", "KE")]
    assert got("Lecturers of Velmora university marched in Entebbe.") == [("Velmora", "UG"), ("Entebbe", "UG")]
