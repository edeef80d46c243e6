"""A province's capital told by the province's name ("Zarenta's state capital", "the capital of the state of
Zarenta") is the town, and a town glossed as a province's capital is the scene, not the province (geo.capitals,
geo.eventloc.innermost_place). All texts and places here are synthetic: invented names at invented points."""

from __future__ import annotations

from dataclasses import replace

from geo_testdata import row

from eventcoder.geo import Geocoder
from eventcoder.geo.eventloc import innermost_place
from eventcoder.geo.gazetteer import MemoryGazetteer

PLACES = [
    row(900, "Mexico", 23.0, -102.0, "MX", None, 126_000_000, "country"),
    row(901, "Zarenta", 24.80, -107.39, "MX", "Zarenta", 3_000_000, "admin1"),  # placed at its capital
    row(902, "Calvero", 24.80, -107.39, "MX", "Zarenta", 800_000),  # the capital: at the province's point
    row(903, "Brisola", 25.79, -108.99, "MX", "Zarenta", 300_000),
    row(904, "Tamerin", 25.57, -108.47, "MX", "Zarenta", 90_000),
]


def _geo() -> Geocoder:
    return Geocoder(MemoryGazetteer.from_rows(list(PLACES)))  # type: ignore[arg-type]


def _resolved(text: str) -> list[tuple[str, str | None, str | None, int | None]]:
    return [(p.surface, p.name, p.feature, p.geo_precision) for p in _geo().geoparse(text) if p.resolved]


def test_province_capitals_the_state_capital_of_a_province_is_its_main_town() -> None:
    # synthetic
    assert _resolved("Gunmen fought soldiers for hours on Monday in the state capital of Zarenta.") == [
        ("the state capital of Zarenta", "Calvero", "city", 1)]
    assert _resolved("Police said Zarenta's state capital was full of burning trucks on Monday.") == [
        ("Zarenta's state capital", "Calvero", "city", 1)]
    assert _resolved("Troops patrolled the capital of Mexico's Zarenta state on Monday.")[0][1:] == (
        "Calvero", "city", 1)


def test_province_capitals_a_bare_province_stays_a_province() -> None:
    # synthetic: no capital word, or a capital that is the country's
    assert _resolved("Gunmen fought soldiers for hours on Monday in Zarenta.") == [
        ("Zarenta", "Zarenta", "admin1", 3)]
    assert ("Zarenta", "Zarenta", "admin1", 3) in _resolved("Zarenta has a capital that is calm, officials said.")


def test_province_capitals_the_name_written_after_the_phrase_is_the_place() -> None:
    # synthetic: "Zarenta's state capital, Tamerin" names the town (whatever the index holds as capital)
    got = _resolved("Gunmen fought soldiers on Monday in Zarenta's state capital, Tamerin.")
    assert ("Tamerin", "Tamerin", "city", 1) in got and all(name != "Calvero" for _, name, _, _ in got)


def test_province_capitals_a_phrase_glossing_a_town_is_that_town() -> None:
    # synthetic: the text says which town is the capital: that town, not the town at the province's point
    got = _resolved("Tamerin, the capital of the state of Zarenta, was the scene of heavy shooting on Monday.")
    assert [name for _, name, _, _ in got] == ["Tamerin", "Tamerin"]


def test_eventloc_innermost_place_reads_a_town_glossed_in_a_state_of() -> None:
    # synthetic: "X, a town in the northern state of Y": the province is written to locate the town
    text = "Brisola, a town in the northern state of Zarenta, saw shooting on Monday. Troops repelled an attack."
    places = [p for p in _geo().geoparse(text) if p.resolved and p.feature != "country"]
    assert [p.feature for p in places] == ["city", "admin1"]
    assert innermost_place(text, places, 1) == 0


def test_eventloc_innermost_place_is_the_town_told_as_the_scene_not_its_province_named_after() -> None:
    # synthetic: the town "was the scene of" the report's events; the province named after it is its setting
    text = ("Brisola was the scene of heavy shooting on Monday. Schools across Zarenta closed. "
            "Troops repelled an attack on a house.")
    places = [p for p in _geo().geoparse(text) if p.resolved]
    assert [p.feature for p in places] == ["city", "admin1"]
    assert innermost_place(text, places, 1) == 0


def test_eventloc_innermost_place_reads_this_city_after_the_province() -> None:
    # synthetic: "in this city" after the province refers back to the report's town
    text = ("Gunfire paralysed Brisola on Monday. Schools across Zarenta closed. In this city of traders, shops "
            "stayed shut. Troops repelled an attack on a house.")
    places = [p for p in _geo().geoparse(text) if p.resolved]
    assert innermost_place(text, places, 1) == 0
    # without a word that tells the town as the scene, the province told last stays
    plain = "Gunfire paralysed Brisola on Monday. Schools across Zarenta closed. Troops repelled an attack on a house."
    ps = [p for p in _geo().geoparse(plain) if p.resolved]
    assert innermost_place(plain, ps, 1) == 1
    # a town of another province is no scene of this one
    other = [p for p in _geo().geoparse("Brisola was the scene of shooting. Schools across Zarenta closed.")
             if p.resolved]
    other[0] = replace(other[0], admin1="Elsewhere")
    assert innermost_place("Brisola was the scene of shooting. Schools across Zarenta closed.", other, 1) == 1


def test_province_capitals_capital_as_money_or_penalty_is_no_town() -> None:
    # synthetic
    assert ("Zarenta", "Zarenta", "admin1", 3) in _resolved("Zarenta's capital spending rose on Monday, officials said.")
    assert ("Zarenta", "Zarenta", "admin1", 3) in _resolved(
        "Protesters in Zarenta's state capital punishment debate marched on Monday.")
