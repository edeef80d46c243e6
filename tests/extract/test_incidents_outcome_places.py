"""The town where an incident's suspects were arrested, joined as its outcome, is no place of the incident
(incidents._drop_response_places); synthetic texts."""

from __future__ import annotations

from eventcoder.api import extract_text


def test_incidents_outcome_arrest_town_is_not_the_attacks_place() -> None:
    # synthetic: an unresolved village in a named state, then "In Z, police said they had arrested ..."
    evs = extract_text("Gunmen killed 10 villagers in an attack on Kurmin Masara in Kaduna State on Sunday. In Zaria, "
                       "police said they had arrested three suspects in connection with the attack.",
                       published="2024-05-10").events
    assert [(e.sub_event_type, e.location) for e in evs] == [("Attack", "Kaduna")]


def test_incidents_outcome_arrest_with_a_place_of_its_own_stays_its_own_event() -> None:
    # synthetic: an arrest told at its own town (not as the attack's outcome) stays apart
    evs = extract_text("Gunmen killed 10 villagers in Kachia on Sunday. Police arrested three suspects in Zaria in "
                       "connection with the attack.", published="2024-05-10").events
    assert sorted(e.location or "" for e in evs) == ["Kachia", "Zaria"]
