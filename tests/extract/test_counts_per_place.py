"""A count told with its own place is that place's dead (extract/counts.py `_other_place`, extract/coding.py
`_bound_place`, `_without_held_regions`): "killed seven people in A and three in B" is 7 and 3, never a total of 7
split between A and B; a district told with its own count beside towns of its province is a site of its own. A figure
told before a colon ("killing ten people: seven in A and three in B") is the total of its parts, never added to them.
Every text was written for this test (synthetic)."""

from __future__ import annotations

import pytest

from eventcoder.api import extract_text

pytestmark = pytest.mark.slow

PUBLISHED = "2026-03-10"


def _tolls(text: str) -> dict[str | None, int | None]:
    return {e.location: e.fatalities for e in extract_text(text, published=PUBLISHED).events}


def test_a_bare_count_after_a_place_is_the_next_places_own() -> None:
    got = _tolls("Gunmen killed seven people in Ariha and three in Sarmin on Monday.")
    assert got == {"Ariha": 7, "Sarmin": 3}


def test_three_places_each_with_its_figure_joined_by_and() -> None:
    got = _tolls("Bandits killed 4 people in Kauru and 3 in Zangon Kataf and 1 in Kajuru, Kaduna State, on Monday.")
    assert got == {"Kauru": 4, "Zangon Kataf": 3, "Kajuru": 1}


def test_three_places_each_with_its_figure_listed_by_commas() -> None:
    got = _tolls("Bandits killed four people in Kauru, three in Zangon Kataf and one in Kajuru in Kaduna State on "
                 "Monday.")
    assert got == {"Kauru": 4, "Zangon Kataf": 3, "Kajuru": 1}


def test_a_total_told_before_a_colon_is_not_added_to_its_parts() -> None:
    got = _tolls("Gunmen attacked villages on Monday, killing ten people: seven in Ariha and three in Sarmin.")
    assert got == {"Ariha": 7, "Sarmin": 3}


def test_a_total_with_one_part_placed_stays_one_event_of_the_total() -> None:
    got = _tolls("Gunmen killed ten people in Idlib province on Monday, seven of them in Ariha.")
    assert got == {"Ariha": 10}


def test_a_bare_count_with_a_verb_of_its_own_keeps_its_own_role() -> None:
    events = extract_text("Shelling killed seven people in Ariha on Monday and three in Sarmin were wounded.",
                          published=PUBLISHED).events
    assert sum(e.fatalities or 0 for e in events) == 7
    assert sum(e.injuries or 0 for e in events) == 3


def test_dead_told_at_one_place_beside_the_abducted_of_another_are_not_split() -> None:
    got = _tolls("Gunmen killed four people in Ariha and abducted three in Sarmin on Monday.")
    assert got == {"Ariha": 4, "Sarmin": 0}


def test_a_later_sentence_telling_the_leads_dead_place_by_place_gives_each_place_its_own() -> None:
    # the lead's total for the area is the sum of the parts: each town its own toll, the area no event of its own
    got = _tolls("Gunmen on motorcycles killed at least 30 people in three towns of southern Kaduna on Sunday, "
                 "residents said.\n\nA local official said the attackers shot 14 dead in Kachia, 9 in Zonkwa and 7 in "
                 "Kagoro before fleeing into the forest.")
    assert got == {"Kachia": 14, "Zonkwa": 9, "Kagoro": 7}


def test_a_list_of_places_joined_by_and_in_shares_the_dead() -> None:
    # synthetic (review rv7): "in A and in B" gives B no figure of its own: the dead are shared, never all A's
    got = _tolls("Gunmen killed ten people in Kachia and in Zonkwa on Monday, police said.")
    assert got == {"Kachia": 5, "Zonkwa": 5}


def test_a_breakdown_naming_the_leads_own_towns_keeps_the_leads_total_shared() -> None:
    # synthetic (review rv7): the breakdown repeats the lead's towns; its counts bind to none of the lead's place
    # mentions, so no town takes the whole total and none is dropped as the area
    got = _tolls("Gunmen killed ten people in Kachia and Zonkwa on Monday, residents said.\n\n"
                 "A councillor said six died in Kachia and four in Zonkwa.")
    assert set(got) == {"Kachia", "Zonkwa"} and sum(v or 0 for v in got.values()) == 10
