""""The Y village of X", "the Y suburb of X", "the <Demonym> village of X" (twenty-eighth round, geo/eventloc.py,
extract/sites.py, geo/geocoder.py): X is the place, the modifier where it lies. Every text was written for these
tests (synthetic)."""

from __future__ import annotations

import pytest

from eventcoder.geo import Geocoder
from eventcoder.geo.eventloc import event_places, modified_place
from eventcoder.model import Place


def _at(text: str, word: str, feature: str = "city", cc: str = "NG", admin1: str = "Kaduna", pop: int = 0) -> Place:
    start = text.index(word)
    return Place(surface=word, start=start, end=start + len(word), resolved=True, name=word, feature=feature,
                 country_code=cc, admin1=admin1, population=pop)


@pytest.mark.parametrize("text", [
    "Gunmen raided the Kaduna village of Kauru at dawn.",
    "Gunmen raided the Kaduna town of Kauru at dawn.",
    "Gunmen raided Kaduna's village of Kauru at dawn.",
    "Gunmen raided the Kaduna suburb of Kauru at dawn.",
])
def test_the_modifier_of_a_settlement_word_holds_the_settlement(text: str) -> None:
    outer, inner = _at(text, "Kaduna", pop=900_000), _at(text, "Kauru")
    assert modified_place(text, [outer, inner], outer) == inner
    assert [p.surface for p in event_places(text, [outer, inner])][0] == "Kauru"


@pytest.mark.parametrize("text", [
    "Gunmen raided Kauru village of Kaduna state at dawn.",  # no "the": Kauru is the village, Kaduna holds it
    "Gunmen raided the Kauru village, then Kaduna.",
])
def test_a_name_before_its_own_type_word_is_the_settlement(text: str) -> None:
    first, second = _at(text, "Kauru"), _at(text, "Kaduna", pop=900_000)
    assert modified_place(text, [first, second], first) is None


def test_a_coarser_unit_after_the_type_word_is_no_settlement_it_holds() -> None:
    text = "Floods and clashes hit the Kauru district of Kaduna on Monday."
    district = _at(text, "Kauru", feature="admin2")
    state = _at(text, "Kaduna", feature="admin1")
    assert modified_place(text, [district, state], district) is None  # "X district of Y state": Y holds X


def test_a_part_named_before_its_larger_city_is_the_part() -> None:
    # "the X neighbourhood of Y": X is the neighbourhood, of the larger city Y (the other reading of the same words)
    text = "Protesters rallied in the Eastfield neighbourhood of Rivertown on Monday."
    part, city = _at(text, "Eastfield", pop=30_000), _at(text, "Rivertown", pop=600_000)
    assert modified_place(text, [part, city], part) is None


def test_a_settlement_in_another_country_is_not_the_modifiers() -> None:
    text = "Gunmen raided the Kaduna village of Kauru at dawn."
    outer, inner = _at(text, "Kaduna"), _at(text, "Kauru", cc="NE", admin1="Zinder")
    assert modified_place(text, [outer, inner], outer) is None


def test_a_demonym_before_a_settlement_word_places_the_name_in_its_country(real_geocoder: Geocoder) -> None:
    # the named actors' country has no place of the name; the demonym says which country's village it is
    text = "Israeli settlers torched two houses in the Palestinian village of Burin on Tuesday."
    burin = next(p for p in real_geocoder.geoparse(text) if p.surface == "Burin")
    assert burin.resolved and burin.feature == "city" and burin.country_code == "PS"
    # negative: a demonym of a country with no place of the name gives that country only (no namesake elsewhere)
    text = "Settlers torched two houses in the Jordanian village of Burin on Tuesday."
    burin = next(p for p in real_geocoder.geoparse(text) if p.surface == "Burin")
    assert burin.feature == "country" and burin.country_code == "JO"


@pytest.mark.slow
@pytest.mark.parametrize(("text", "town"), [
    ("Armed men killed three residents in the Port-au-Prince suburb of Petion-Ville on Tuesday.", "Petionville"),
    ("Air strikes killed six civilians in the Damascus suburb of Douma on Tuesday.", "Duma"),
    # negative: a province as the modifier was already left for the town inside it
    ("Insurgents killed seven farmers in the Borno village of Konduga on Tuesday.", "Konduga"),
])
def test_the_event_is_coded_at_the_settlement_not_its_modifier(text: str, town: str) -> None:
    from eventcoder.api import extract_text

    events = extract_text(text, published="2026-03-11").events
    assert [e.location for e in events] == [town]
