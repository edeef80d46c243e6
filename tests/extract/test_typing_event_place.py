"""Which of an incident's resolved places are its event places (extract/coding.py ``_places_of``): the two ends of a
named road are one event near the first town; a site or a body named after a town is no second place; a place and
the unit written after it to place it are one place. Every text and place was written for this test (synthetic);
the places are built by hand, no gazetteer is read."""

from __future__ import annotations

from eventcoder.extract.coding import _places_of
from eventcoder.extract.frames import Frame
from eventcoder.extract.incidents import Incident
from eventcoder.model import Place, Sentence

# made-up towns of a made-up country "ZZ", province "Northland" (admin1) with its district "Vale" (admin2)
_GAZ: dict[str, tuple[int, str, str, int]] = {  # geonameid, feature, admin1, population
    "Karova": (1, "city", "Northland", 90_000),
    "Dulem": (2, "city", "Northland", 40_000),
    "Sabri": (3, "city", "Southland", 20_000),
    "Vale": (4, "admin2", "Northland", 300_000),
    "Northland": (5, "admin1", "Northland", 2_000_000),
}


def _places(text: str, *names: str) -> list[tuple[str | None, int | None]]:
    """The event places (name, geo_precision) of a one-sentence incident naming ``names`` in that order."""
    found, at = [], 0
    for name in names:
        start = text.index(name, at)
        at = start + len(name)
        gid, feature, admin1, population = _GAZ[name]
        found.append(Place(name, start, at, resolved=True, name=name, country_code="ZZ", latitude=1.0, longitude=1.0,
                           geo_precision=1, geonameid=gid, feature=feature, admin1=admin1, population=population))
    frame = Frame(0, Sentence(0, len(text)), 0, {}, [], [], found, [], text=text)
    return [(p.name, p.geo_precision) for p in _places_of(Incident(frames=[frame]), text)]


def test_coding_road_between_two_towns_is_one_event_near_the_first() -> None:
    # synthetic
    want = [("Karova", 2)]
    assert _places("Gunmen ambushed a bus on the Karova-Sabri highway on Monday.", "Karova", "Sabri") == want
    assert _places("Bandits attacked travellers on the Karova - Sabri road.", "Karova", "Sabri") == want
    assert _places("Troops clashed with rebels on the road between Karova and Sabri.", "Karova", "Sabri") == want
    assert _places("A mine exploded on the Karova to Sabri road.", "Karova", "Sabri") == want
    assert _places("An IED hit a convoy on the road from Karova to Sabri.", "Karova", "Sabri") == want
    # the other end unresolved: still on the road near the first town
    assert _places("Gunmen ambushed a bus on the Karova-Tenzi Junction road.", "Karova") == want
    assert _places("Bandits blocked the road between Karova and Tenzi.", "Karova") == want


def test_coding_two_towns_without_a_road_stay_two_events() -> None:
    # synthetic
    assert _places("Rebels attacked Karova and Sabri on Monday.", "Karova", "Sabri") == [("Karova", 1), ("Sabri", 1)]


def test_coding_site_named_after_its_town_is_that_town() -> None:
    # synthetic: the office's town is no second event beside the town the report names
    got = _places("A crowd stormed the Sabri Migration Office in Karova on Friday.", "Sabri", "Karova")
    assert got == [("Karova", 1)]
    # alone, the site stands in its town
    assert _places("A bomb went off at the Dulem Central Market.", "Dulem") == [("Dulem", 1)]


def test_coding_place_in_an_organisation_name_is_not_the_event_place() -> None:
    # synthetic
    text = "Gunmen killed four farmers in Dulem on Sunday, the Sabri State Police Command confirmed."
    assert _places(text, "Dulem", "Sabri") == [("Dulem", 1)]
    text = "Touts clashed at the Sabri Motor Park System terminal in Karova."
    assert _places(text, "Sabri", "Karova") == [("Karova", 1)]
    text = "Students of Sabri University protested in Karova on Tuesday."
    assert _places(text, "Sabri", "Karova") == [("Karova", 1)]


def test_coding_place_followed_by_its_container_is_one_place() -> None:
    # synthetic
    assert _places("Clashes broke out in Dulem district, Northland on Monday.", "Dulem", "Northland") == [
        ("Dulem", 1)]
    assert _places("Shelling hit Vale district of Northland province.", "Vale", "Northland") == [("Vale", 1)]
    assert _places("Gunmen raided Dulem town in Northland state.", "Dulem", "Northland") == [("Dulem", 1)]
    assert _places("Fighting hit Dulem, a village in the Vale district.", "Dulem", "Vale") == [("Dulem", 1)]


def test_coding_place_followed_by_a_place_outside_it_stays_two() -> None:
    # synthetic: Sabri is in another province, no container of Dulem
    assert _places("Protests spread from Karova to Dulem, Sabri.", "Dulem", "Sabri") == [("Dulem", 1), ("Sabri", 1)]


def test_coding_unit_that_does_not_hold_the_place_is_no_container() -> None:
    # synthetic: Sabri resolved in Southland, so "Vale district" (Northland) does not place it: two places stay
    assert _places("Troops raided Sabri in Vale district on Monday.", "Sabri", "Vale") == [("Sabri", 1), ("Vale", 1)]
