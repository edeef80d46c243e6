"""State forces firing on a crowd told before, with no place, day or victims of their own, are the crowd event's
other side and its dead, not an attack of its own (incidents._forces_in_crowd); synthetic texts."""

from __future__ import annotations

from eventcoder.api import extract_text


def test_incidents_police_opening_fire_in_a_riot_are_its_other_side() -> None:
    # synthetic: a riot, the march that drew it, then "Police opened fire, killing at least five."
    evs = extract_text("Protesters stormed the parliament building in Nairobi on Tuesday, setting part of it on fire. "
                       "The demonstrations, against a proposed finance bill, drew thousands onto the streets. Police "
                       "opened fire, killing at least five.", published="2024-05-10").events
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Violent demonstration", 5)]
    assert evs[0].actor2 is not None and "Police" in evs[0].actor2


def test_incidents_police_killing_at_a_peaceful_march_is_excessive_force() -> None:
    # synthetic: a peaceful march in one paragraph, the police's lethal fire in the next
    evs = extract_text("Thousands of teachers marched through Accra on Monday to demand unpaid salaries.\n\n"
                       "Police opened fire on the marchers, killing two.", published="2024-05-10").events
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Excessive force against protesters", 2)]


def test_incidents_police_killing_at_a_place_of_their_own_stays_apart() -> None:
    # synthetic: a police raid elsewhere after a march is its own event
    evs = extract_text("Thousands of teachers marched through Accra on Monday to demand unpaid salaries.\n\n"
                       "In Tamale, soldiers shot dead two villagers at a checkpoint.",
                       published="2024-05-10").events
    assert len(evs) == 2
