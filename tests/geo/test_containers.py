"""Containers ("X (Y)", "X in Y", "X town, in X (Y, Z)") on a small fake gazetteer; synthetic names and texts."""

from __future__ import annotations

import pytest
from geo_testdata import row

from eventcoder.geo import Geocoder
from eventcoder.geo.gazetteer import MemoryGazetteer
from eventcoder.geo.geocoder import MAX_CANDIDATES

_PLACES = [
    row(101, "Norland", 10.0, 10.0, "AA", None, 20_000_000, "country"),
    row(102, "Sudria", -10.0, -50.0, "BB", None, 30_000_000, "country"),
    row(110, "Vela", -12.0, -52.0, "BB", "Vela", 2_000_000, "admin1"),
    row(111, "Vela", -12.0, -52.0, "BB", "Vela", 300_000),
    row(112, "Vela", 11.0, 11.0, "AA", "Orsa", 0, "admin2"),
    # Many San Tormo: the shortlist of the most populous does not hold the small one of Vela province.
    *[row(200 + i, "San Tormo", 20.0 + i, 30.0, "CC", f"Prov{i}", 50_000 - i) for i in range(MAX_CANDIDATES + 5)],
    row(300, "San Tormo", -12.1, -52.1, "BB", "Vela", 0),
    # A district in one country and a town of the same name in another.
    row(400, "Kembi", 9.5, 39.0, "DD", "Highland", 30_000),
    row(401, "Kembi", -6.0, 144.0, "EE", "Ridges", 0, "admin2"),
    row(402, "Kembi", -6.0, 144.0, "EE", "Ridges", 28_000),
    row(403, "Highland", 9.0, 38.5, "DD", "Highland", 5_000_000, "admin1"),
    row(404, "East Kora", 9.4, 39.1, "DD", "Highland", 90_000, "admin2"),
    row(405, "Daria", 9.0, 40.0, "DD", None, 40_000_000, "country"),
    # A small town abroad named like a village of the report's province that the gazetteer lacks.
    row(500, "Qasra", 35.0, 40.0, "FF", "Qasra", 800_000, "admin1"),
    row(501, "Tel Mira", 28.0, 77.0, "GG", "Doab", 27_000),
    row(502, "Qasra", 35.0, 40.0, "FF", "Qasra", 250_000),
]


@pytest.fixture(scope="module")
def geo() -> Geocoder:
    return Geocoder(MemoryGazetteer.from_rows(list(_PLACES)))


def test_containers_find_a_small_town_beyond_the_shortlist_of_homonyms(geo: Geocoder) -> None:
    places = geo.geoparse("Farmers blocked a road in San Tormo (Vela) on Monday.")
    town = next(p for p in places if p.surface == "San Tormo")
    assert town.country_code == "BB" and town.admin1 == "Vela"


def test_containers_ambiguous_province_does_not_lend_a_district_of_another_country(geo: Geocoder) -> None:
    # No San Tormo inside any Vela is assumed away: a unit named Vela in another country holds no San Tormo.
    places = geo.geoparse("Farmers blocked a road in Villa Remota (Vela) on Monday.")
    assert all(p.country_code != "AA" for p in places if p.surface != "Vela")


def test_containers_a_placed_district_holds_the_town_before_it(geo: Geocoder) -> None:
    text = "Rebels clashed with the army in Kembi town, in Kembi (East Kora, Highland). Casualties unknown."
    towns = [p for p in geo.geoparse(text) if p.surface == "Kembi"]
    assert len(towns) == 2 and {p.country_code for p in towns} == {"DD"}


def test_containers_a_namesake_abroad_is_not_a_village_of_the_named_province(geo: Geocoder) -> None:
    places = geo.geoparse("An armed group attacked a checkpoint in Tel Mira in Qasra.")
    tel = next(p for p in places if p.surface == "Tel Mira")
    assert not tel.resolved


def test_containers_bracket_with_an_unknown_district_still_places_the_town(geo: Geocoder) -> None:
    places = geo.geoparse("In Kembi township (Zorandu district, Highland region), fighters attacked a post.")
    kembi = next(p for p in places if p.surface == "Kembi")
    assert kembi.country_code == "DD"


def test_containers_type_word_before_the_comma_still_places_the_town(geo: Geocoder) -> None:
    places = geo.geoparse("Workers marched in Kembi town, Highland, on Sunday.")
    assert next(p for p in places if p.surface == "Kembi").country_code == "DD"


def test_containers_a_name_placed_once_is_that_place_throughout_the_report(geo: Geocoder) -> None:
    # "Tel Mira, Qasra": no Tel Mira known in Qasra; a later bare "Tel Mira" is not the namesake abroad.
    text = "Mortars fell near Tel Mira, Qasra. Later, shells hit Tel Mira again."
    assert all(not p.resolved for p in geo.geoparse(text) if p.surface == "Tel Mira")


def test_containers_a_name_no_unit_holds_casts_no_vote_for_the_focus(geo: Geocoder) -> None:
    # "Tel Mira (Kembi district)": no Tel Mira in any Kembi; its namesake's country is not the report's.
    text = "Cadres clashed in Tel Mira municipality (Kembi district) on Monday."
    places = {p.surface: p for p in geo.geoparse(text)}
    assert not places["Tel Mira"].resolved
    assert places["Kembi"].country_code in ("DD", "EE")


def test_containers_a_quarter_written_after_its_city_stays_in_the_city(geo: Geocoder) -> None:
    places = {p.surface: p for p in geo.geoparse("Activists gathered in Qasra - Tel Mira on Monday.")}
    assert places["Qasra"].country_code == "FF"
    assert "Tel Mira" not in places or not places["Tel Mira"].resolved  # not the namesake abroad


def test_containers_a_province_abroad_needs_its_type_word_not_its_population() -> None:
    # Two countries have a "Salt Coast" province; in a report about Sudria neither is taken by its size alone.
    extra = [row(600, "Salt Coast", 15.0, 38.0, "DD", "Salt Coast", 1_500_000, "admin1"),
             row(601, "Salt Coast", 22.0, 36.0, "GG", "Salt Coast", 1_200_000, "admin1")]
    geo = Geocoder(MemoryGazetteer.from_rows([*_PLACES, *extra]))
    text = "Troops clashed in Vela, Sudria, near the Salt Coast on Monday."
    assert all(p.country_code in (None, "BB") for p in geo.geoparse(text))
    named = geo.geoparse("Troops clashed in Vela, Sudria, and in Salt Coast province of Daria on Monday.")
    assert any(p.country_code == "DD" for p in named if p.surface == "Salt Coast")


# Synthetic country HH: province Lorn (its point at 20N 20E) and towns just across its line in province Brae.
_EDGE = [
    row(700, "Miravia", 20.0, 21.0, "HH", None, 9_000_000, "country"),
    row(701, "Lorn", 20.0, 20.0, "HH", "Lorn", 3_000_000, "admin1"),
    row(702, "Kessel", 20.5, 20.3, "HH", "Brae", 30_000),  # ~65 km from Lorn's point, filed under Brae
    row(703, "Tolvik", 20.4, 20.2, "HH", "Brae", 8_000),
    row(704, "Tolvik", 23.0, 24.0, "HH", "Fenn", 9_000),  # two towns of the name in HH: which one is unknown
    row(705, "Ardel", 24.5, 20.0, "HH", "Fenn", 20_000),  # ~500 km away: not a town "in Lorn"
    row(706, "Dorn", 20.1, 20.1, "HH", "Lorn", 40_000, "admin2"),
    row(707, "Gravona", 45.0, 5.0, "JJ", "Upland", 600_000),  # a great city abroad
    row(708, "Tshala", 20.2, 19.9, "HH", "Lorn", 900_000),
    row(709, "Mabeni", 21.9, 22.5, "HH", "Fenn", 4_000),  # far from Lorn: not the quarter of the text
]


@pytest.fixture(scope="module")
def edge() -> Geocoder:
    return Geocoder(MemoryGazetteer.from_rows([*_PLACES, *_EDGE]))


def test_containers_the_one_town_of_the_name_just_across_the_province_line(edge: Geocoder) -> None:
    # synthetic: the index files Kessel under the neighbouring province; it is still the town of "Kessel (Lorn)"
    town = next(p for p in edge.geoparse("Traders blocked a road in Kessel (Lorn) on Monday.") if p.surface == "Kessel")
    assert town.resolved and town.country_code == "HH" and town.admin1 == "Brae"


def test_containers_no_town_across_the_line_when_several_or_far(edge: Geocoder) -> None:
    # synthetic: two Tolvik in HH (which is meant cannot be told); Ardel lies 500 km from Lorn
    for name in ("Tolvik", "Ardel"):
        place = next(p for p in edge.geoparse(f"Traders blocked a road in {name}, Lorn, on Monday.") if p.surface == name)
        assert not place.resolved


def test_containers_a_unit_written_city_of_in_the_bracket(edge: Geocoder) -> None:
    # synthetic: "X (City of Y, Z)" places X in Z; the only Mabeni of the index lies in another province far away
    places = edge.geoparse("Residents gathered outside the court in Mabeni (City of Tshala, Lorn) on Monday.")
    mabeni = next(p for p in places if p.surface == "Mabeni")
    assert not mabeni.resolved


def test_containers_a_list_before_in_y_lies_in_y(edge: Geocoder) -> None:
    # synthetic: "took A, B, C and D west of Y district": a great city abroad among the listed names is no trip
    text = "Government forces took Sharva, Gravona, Olden, and Pike west of Dorn district (Lorn) after the rebels left."
    places = {p.surface: p for p in edge.geoparse(text)}
    assert "Gravona" not in places or places["Gravona"].country_code != "JJ"
    listed = edge.geoparse("Rebels shelled Gravona and Kessel in Lorn on Monday.")
    # a bare "A and B in Y": a great city may still be named abroad; the town across the line is not strict here
    assert any(p.surface == "Gravona" and p.country_code == "JJ" for p in listed)


def test_containers_a_unit_in_brackets_abroad_is_not_vetoed_by_the_actors_country() -> None:
    # synthetic: "Norland forces shelled X (Velasur)": the village is unknown; Velasur (another name of a town of
    # Sudria and of a village elsewhere) is where it lies, though the report's focus is the shelling side's country
    extra = [row(800, "Vela Sur", -12.5, -52.5, "BB", "Vela", 130_000, alts=("Velasur",)),
             row(801, "Velasur Alto", 30.0, 31.0, "CC", "Prov1", 3_000, alts=("Velasur",))]
    geo = Geocoder(MemoryGazetteer.from_rows([*_PLACES, *extra]))
    text = "Norland forces fired shells towards Kafr Tallo (Velasur), in retaliation for a rocket fired at Norland."
    unit = next(p for p in geo.geoparse(text) if p.surface == "Velasur")
    assert unit.resolved and unit.country_code == "BB"
    bare = "Norland forces fired shells towards Velasur, in retaliation for a rocket fired at Norland."
    assert not any(p.resolved and p.country_code == "BB" for p in geo.geoparse(bare))  # not written as a unit


def test_containers_a_quarter_in_a_town_is_not_a_namesake_across_the_country() -> None:
    # synthetic: "Oak Hill in Marlow": a park or quarter of the town Marlow, not the Oak Hill 500 km away
    extra = [row(710, "Marlow", 20.2, 20.2, "HH", "Lorn", 50_000), row(711, "Oak Hill", 24.6, 20.1, "HH", "Fenn", 5_000)]
    geo = Geocoder(MemoryGazetteer.from_rows([*_PLACES, *_EDGE, *extra]))
    places = {p.surface: p for p in geo.geoparse("Residents gathered in Oak Hill in Marlow, Miravia, on Monday.")}
    assert places["Marlow"].resolved and not places["Oak Hill"].resolved
    alone = {p.surface: p for p in geo.geoparse("Residents gathered in Oak Hill, Miravia, on Monday.")}
    assert alone["Oak Hill"].resolved  # without the town, the one Oak Hill of the country


def test_containers_a_site_near_a_town_is_not_a_great_city_abroad(edge: Geocoder) -> None:
    # synthetic: "the Gravona airbase near Tshala": a base named like a great city abroad lies by Tshala
    places = {p.surface: p for p in edge.geoparse("Jets struck the Gravona airbase near Tshala, Miravia, on Monday.")}
    assert places["Tshala"].country_code == "HH"
    assert "Gravona" not in places or places["Gravona"].country_code != "JJ"
    # "X near Y" without a site word says nothing of where X is
    plain = {p.surface: p for p in edge.geoparse("Delegates from Gravona met near Tshala, Miravia, on Monday.")}
    assert plain["Gravona"].country_code == "JJ"


def test_a_country_before_a_lower_case_town_word_with_a_direction_is_the_country() -> None:
    """Synthetic: "this northwestern Lebanon city" is a town somewhere in the country's north-west, not a capital that
    bears the country's name; without a direction or a qualifier ("in Lebanon city"), or for the city's centre, the
    town word keeps its type."""
    from geo_testdata import row

    from eventcoder.geo import Geocoder
    from eventcoder.geo.detect import detect
    from eventcoder.geo.gazetteer import MemoryGazetteer
    from eventcoder.geo.geocoder import _country_as_modifier

    geo = Geocoder(MemoryGazetteer.from_rows([
        row(1, "Lebanon", 33.9, 35.9, "LB", None, 6_000_000, "country"),
        row(2, "Lebanon City", 33.89, 35.50, "LB", "Beirut", 1_900_000, alts=("Lebanon",)),
    ]))
    far = next(p for p in geo.geoparse("Gunmen stormed a jail in this northwestern Lebanon city at dawn.")
               if p.surface == "Lebanon")
    assert far.feature == "country"

    def typed(text: str) -> str | None:
        m = next(m for m in detect(text, lambda s: s.lower() == "lebanon") if m.surface == "Lebanon")
        return _country_as_modifier(text, m).type_hint

    assert typed("Troops entered a Lebanon border town at dawn.") is None
    assert typed("Fans clashed with police in Lebanon city at dawn.") == "city"  # negative: no direction, no qualifier
    assert typed("Fans clashed in the northern Lebanon city centre.") == "city"  # negative: the city's centre
