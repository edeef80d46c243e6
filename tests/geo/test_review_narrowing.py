"""Rules narrowed after a review found they invented places or split tolls (geo/eventloc.py, geo/detect.py,
geo/geocoder.py): an origin "from X" counts only for people on the move or victims, an act at a gathering only with
an act word on it and no other place, a demonym marks no exonym down, a street word drops a town only before a
street's name. Every text was written for this test (synthetic); invented names."""

from __future__ import annotations

import pytest
from geo_testdata import row

from eventcoder.geo import Geocoder
from eventcoder.geo.detect import detect
from eventcoder.geo.eventloc import came_from, is_event_place
from eventcoder.geo.gazetteer import MemoryGazetteer
from eventcoder.model import Place


def _town(text: str, surface: str) -> Place:
    start = text.index(surface)
    return Place(surface, start, start + len(surface), resolved=True, name=surface, latitude=10.0, longitude=10.0,
                 country_code="XA", admin1="Northshire", feature="city", population=20_000)


@pytest.mark.parametrize("text", [
    "Gunmen from Oldvale killed ten villagers on Monday.",
    "Bandits who came from Oldvale abducted 20 pupils on Monday.",
    "Troops deployed from Oldvale repelled an attack by rebels on Monday.",
    "Soldiers acting on orders from Oldvale opened fire on protesters.",
    "A delegation from Oldvale condemned the killing of ten villagers by gunmen.",
    "A police team from Oldvale rescued 15 passengers abducted by gunmen.",
    "Police said the gunmen who killed six people used rifles from Oldvale.",
    "Gunmen killed six villagers after receiving calls from Oldvale.",
    "News of the killing of six villagers came from Oldvale.",
    "Protesters marched on Monday with support from Oldvale traders.",
    "Gunmen marched from Oldvale to the hills before the raid.",
])
def test_armed_men_agencies_and_things_from_a_place_give_no_origin(text: str) -> None:
    assert not came_from(text, _town(text, "Oldvale"))


@pytest.mark.parametrize("text", [
    "On Monday, supporters rallied as the truckers' convoy departed from Oldvale.",
    "Protesters marched from Oldvale to the capital on Monday.",
    "Gunmen beat a trader from Oldvale on Sunday.",
    "Soldiers assaulted a boy from the town of Oldvale.",
    "A journalist from Oldvale was beaten by soldiers on Monday.",
])
def test_people_on_the_move_or_victims_from_a_place_give_its_origin(text: str) -> None:
    assert came_from(text, _town(text, "Oldvale"))


@pytest.mark.parametrize("text", [
    "Gunmen killed 12 villagers in Maru on Monday, the governor disclosed at a security meeting in Oldvale.",
    "Leaders at an emergency summit in Oldvale condemned the killing of 12 villagers by gunmen.",
    "Gunmen attacked a village in Maru on Monday, hours before a peace conference in Oldvale.",
    "Gunmen killed 12 villagers on Monday, the minister revealed at a security meeting in Oldvale.",
])
def test_a_gathering_where_an_incident_was_told_is_no_event_place(text: str) -> None:
    assert not is_event_place(text, _town(text, "Oldvale"))


@pytest.mark.parametrize("text", [
    "Protesters stormed a party meeting in Oldvale on Friday.",
    "Gunmen opened fire during a party meeting in Oldvale.",
    "Youths disrupted a council meeting in Oldvale on Tuesday.",
])
def test_an_act_on_a_gathering_happens_where_it_is(text: str) -> None:
    assert is_event_place(text, _town(text, "Oldvale"))


def test_victims_unit_after_their_village_is_read_with_a_capitalised_name_only() -> None:
    # "in the neighbouring state" is no unit that places the village: the attack sentence names no other place and
    # the victims' village stays the scene only because nothing else is named
    from eventcoder.geo.eventloc import _UNIT_OF_VILLAGE

    assert _UNIT_OF_VILLAGE.match(" village in the neighbouring state") is None
    assert _UNIT_OF_VILLAGE.match(" village in Northshire State") is not None


_CITY_ABROAD = [
    row(1, "Germany", 51.0, 10.0, "DE", None, 80_000_000, "country"),
    row(2, "France", 46.0, 2.0, "FR", None, 67_000_000, "country"),
    # an invented large German city that bears "Corvan" only as its English name, and an invented French hamlet
    row(10, "Korvanburg", 50.9, 6.9, "DE", "Westmark", 1_000_000, alts=("Corvan",)),
    row(11, "Corvan", 43.6, 1.4, "FR", "Southmark", 700),
]


def test_a_demonym_does_not_let_a_hamlet_push_a_city_abroad_aside() -> None:
    geo = Geocoder(MemoryGazetteer.from_rows(list(_CITY_ABROAD)))
    place = next(p for p in geo.geoparse("French supporters rioted in Corvan on Saturday.") if p.surface == "Corvan")
    assert place.country_code == "DE", place


def test_a_street_word_names_a_street_only_before_its_name() -> None:
    known = {"Rue", "Plaza", "Somme", "Norville"}
    assert [m.surface for m in detect("Farmers blocked roads in Rue, Somme, on Monday.", known.__contains__)] == [
        "Rue", "Somme"]
    assert [m.surface for m in detect("Protesters gathered in Plaza on Friday.", known.__contains__)] == ["Plaza"]
    text = "Police cleared the Rue de la Paix and the Plaza Mayor in Norville."
    assert [m.surface for m in detect(text, known.__contains__)] == ["Norville"]


@pytest.mark.slow
@pytest.mark.parametrize("text, where", [
    # synthetic: where the attackers, a team or orders came from is not where the incident happened
    ("Gunmen from Katsina State killed eight villagers on Tuesday, police said.", [None]),
    ("Bandits who came from Tsafe abducted 14 pupils on Tuesday, police said.", [None]),
    ("Soldiers acting on orders from Abuja opened fire on protesters on Tuesday, killing three people.", [None]),
    # synthetic: a meeting where the toll was told is no second site and does not split the toll
    ("Gunmen killed 9 villagers in Tsafe, Zamfara State, on Tuesday, the governor disclosed at a security meeting in "
     "Abuja.", ["Tsafe"]),
    # synthetic: an act on the gathering happens where it is
    ("Protesters stormed a party meeting in Kano on Tuesday.", ["Kano"]),
])
def test_extract_origins_and_gatherings_invent_no_site(text: str, where: list[str | None]) -> None:
    from eventcoder.api import extract_text

    evs = extract_text(text, published="2024-05-10").events
    assert [e.location for e in evs] == where, evs
    assert sum(e.fatalities or 0 for e in evs) == max((e.fatalities or 0 for e in evs), default=0)


@pytest.mark.slow
@pytest.mark.parametrize("text, surface, country, admin1", [
    # synthetic: a demonym says who rioted, not where; the city keeps its English name
    ("French supporters rioted in Cologne on Saturday.", "Cologne", "DE", "Nordrhein-Westfalen"),
    # synthetic: a town spelled like a street word, with its department after a comma
    ("Farmers blocked roads in Rue, Somme, on Monday.", "Rue", "FR", "Hauts-de-France"),
])
def test_geoparse_a_demonym_or_a_street_word_moves_no_town(text: str, surface: str, country: str, admin1: str) -> None:
    from eventcoder.api import geoparse_document

    got = [(p.country_code, p.admin1) for p in geoparse_document(text).places if p.resolved and p.surface == surface]
    assert got == [(country, admin1)], got
