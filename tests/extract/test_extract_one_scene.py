"""One incident, one scene (issue 17, extract/coding.py and extract/sites.py): the other places a sentence names to
locate the site (its district or province, "X province's Y district", "Y, in the X region", "60 km north of the
capital") are no second events, and the toll is not divided between them; places joined by "and", listed with commas,
given a toll each, or told as a part of a capital ("in the north of the capital X") stay apart (ACLED 1.3). Every
text was written for this test (synthetic; the "stays apart" cases follow an independent review's repros)."""

from __future__ import annotations

import pytest

from eventcoder.api import extract_text

pytestmark = pytest.mark.slow

PUBLISHED = "2024-05-10"


def _places(text: str) -> list[tuple[str | None, int]]:
    return [(e.location, e.fatalities) for e in extract_text(text, published=PUBLISHED).events]


@pytest.mark.parametrize(("text", "site", "killed"), [
    # a possessive unit holds the site told after it: the district, not the province's capital city
    ("Militants killed eight farmers on Tuesday in the Kandahar province's Panjwai district, officials said.",
     "Panjwai", 8),
    ("Unknown attackers killed four guards on Thursday in Mali's Mopti region's Bandiagara circle, a mayor said.",
     "Bandiagara", 4),
    # "Y, in the X region": X is read as a town by the index, but the text tells it as the unit holding Y
    ("Rebels killed six villagers overnight in the town of Butembo, in the Lubero region, a civil society leader "
     "said.", "Butembo", 6),
    ("Rebels killed six villagers overnight in Mangina, in the Beni region, a civil society leader said.",
     "Mangina", 6),
    # the comma form "Y city, X province" within X's own province
    ("Gunmen shot dead four shopkeepers on Friday in Lashkar Gah city, Helmand province, police said.",
     "Lashkar Gah", 4),
    ("Clashes between troops and militants in Bandiagara, Mopti region, killed seven people on Monday, officials "
     "said.", "Bandiagara", 7),    # "Y town, X State" with Y put in another state by the index: the comma still holds a town told as a town
    ("Gunmen killed four traders on Friday in Lafia town, Benue State, police said.", "Lafia", 4),
])
def test_coding_unit_that_locates_the_site_is_no_second_event(text: str, site: str, killed: int) -> None:
    assert _places(text) == [(site, killed)]


@pytest.mark.parametrize(("text", "site", "killed"), [
    # the distance's unit written "Km" and a distance told "outside" a town measure from that town
    ("A roadside bomb killed three policemen on Wednesday in Charikar, some 60Km north of the capital Kabul, "
     "officials said.", "Charikar", 3),
    ("Gunmen shot dead a teacher on Thursday in Maidan Shahr, which lies 35 km outside the capital Kabul, police "
     "said.", "Maydanshakhr", 1),
])
def test_coding_town_a_distance_is_measured_from_is_no_second_event(text: str, site: str, killed: int) -> None:
    assert _places(text) == [(site, killed)]


@pytest.mark.parametrize(("text", "sites"), [
    # "in the north of the capital X" is a part of X, where a second attack happened, not a point measured from
    ("A suicide bomber killed nine people on Monday in Jalalabad and another killed four in the north of the capital "
     "Kabul, officials said.", ["Jalalabad", "Kabul"]),
    # a toll per place after a comma ("in Y, two in X region") is no "Y in X region"
    ("Jihadists killed four soldiers in Douentza, two in Gao region on Monday, the army said.", ["Douentza", "Gao"]),
    # a comma list across provinces: "Y, X province and Z" names three places, not Y's province
    ("Bombs exploded in Jalalabad, Kandahar province and Herat on Monday, killing ten people, officials said.",
     ["Herat", "Jalalabad", "Kandahar"]),
    ("Gunmen killed 11 people in attacks on Gusau, Katsina State and Kaduna on Sunday, police said.",
     ["Gusau", "Kaduna", "Katsina"]),
    # a small town of an unnamed province stays when nothing reads it as a name: joined by "and", an attack's object
    ("Herders attacked villages in Agatu local government area of Benue State and Keana on Sunday, killing 14 people, "
     "police said.", ["Agatu", "Keana"]),
    ("Bandits killed four people in Wase local government area of Plateau State on Sunday and attacked Awe, killing "
     "two, police said.", ["Awe", "Wase"]),
    ("Gunmen attacked Kauru and Riyom local government area of Plateau State on Sunday, killing nine people, police "
     "said.", ["Kauru", "Riyom"]),
])
def test_coding_places_listed_or_given_their_own_toll_stay_apart(text: str, sites: list[str]) -> None:
    got = _places(text)
    assert sorted(loc or "" for loc, _ in got) == sites, got


def test_coding_province_across_provinces_told_with_in_holds_the_town() -> None:
    # "Y, in the X region" with X's region put elsewhere by the index: still the unit that locates Y (one of them is
    # a homonym), while a bare comma across provinces lists places (above)
    text = "Rebels killed five farmers on Saturday in Mangina, in the Ituri region, a local official said."
    got = _places(text)
    assert [loc for loc, _ in got] == ["Mangina"], got


def test_coding_places_joined_by_and_stay_separate_events() -> None:
    text = ("Gunmen attacked the towns of Butembo and Beni on Sunday, killing three people in each, officials said.")
    got = _places(text)
    assert sorted(loc or "" for loc, _ in got) == ["Beni", "Butembo"], got


def test_coding_homonym_in_an_unnamed_province_is_no_second_site() -> None:
    # "Bassa" names a people here; the index also knows a small district of that name in another state, which the
    # report never names, while it names the state of the site: one event there, with the whole toll
    text = ("Clashes between Bassa and Gwari youths killed nine people on Sunday in Gboko local government area of "
            "Benue State, police said.")
    assert _places(text) == [("Gboko", 9)]


@pytest.mark.parametrize(("text", "sites"), [
    # a city (100,000 people or more) in a province the report does not name stays a site of its own
    ("Herders attacked villages in Agatu local government area of Benue State and Lafia on Sunday, killing 14 "
     "people, police said.", ["Agatu", "Lafia"]),
    # a province the report names too keeps its town
    ("Herders attacked villages in Agatu local government area of Benue State and Keana in Nasarawa State on "
     "Sunday, killing 14 people, police said.", ["Agatu", "Keana"]),
])
def test_coding_city_or_named_province_stays_a_site(text: str, sites: list[str]) -> None:
    got = _places(text)
    assert sorted(loc or "" for loc, _ in got) == sites, got


def test_coding_street_named_after_a_town_of_an_unnamed_province_is_no_second_site() -> None:
    # "the X road" names a road, not a site in X: the protest is where the report names its state
    text = ("Youths in Agatu local government area of Benue State blocked the Keana road on Monday to protest the "
            "killing of two farmers, police said.")
    assert [loc for loc, _ in _places(text)] == ["Agatu"]


def test_coding_place_told_as_a_place_stays_in_an_unnamed_province() -> None:
    # "in X" tells X as a place: a second site, even in a state the report does not name
    text = ("Gunmen killed a trader on Tuesday in Dukku local government area of Gombe State and another in Asa, "
            "police said.")
    assert sorted(loc or "" for loc, _ in _places(text)) == ["Asa", "Dukku"]
