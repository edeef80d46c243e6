"""Typing decisions (synthetic sentences, written for these tests): a body found with wounds from a weapon is a
candidate sentence; a police force that only tells of a crowd is no party to it; an aircraft or convoy that "came
under fire" is the attacked party; a country that attacks a place with drones or missiles is its military
(extract/components.py, roles.py, coding.py, actors.py, data/lexicons/cues.toml)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventcoder.model import EventRecord

EventsOf = Callable[[str], list[EventRecord]]  # the events_of fixture (tests/extract/conftest.py)


def test_a_body_with_bullet_wounds_is_one_killed(events_of: EventsOf) -> None:
    events = events_of("The body of a farmer was found near Kisumu on Tuesday with bullet wounds, residents said.")
    assert [(e.event_type, e.fatalities) for e in events] == [("Violence against civilians", 1)]


@pytest.mark.parametrize("text", [
    "The body of a missing climber was found on a mountain in Scotland on Sunday after a long search, police said.",
    "The bodies of two missing climbers were found on a mountain in Scotland on Sunday, police said.",
    "The sport's governing body said on Monday that the match in Leeds would go ahead.",
])
def test_a_body_alone_is_no_event(events_of: EventsOf, text: str) -> None:
    assert events_of(text) == []


@pytest.mark.parametrize("text", [
    "Rioters torched shops and blocked roads in Eldoret on Monday after a disputed vote, police said.",
    "Rioters burned tyres and blocked roads in Eldoret on Monday, according to local police.",
    "Rioters burned tyres and blocked roads in Eldoret on Monday, a police spokesman told reporters.",
])
def test_police_who_only_tell_of_a_riot_are_no_party(events_of: EventsOf, text: str) -> None:
    events = events_of(text)
    assert [e.event_type for e in events] == ["Riots"], text
    assert not (events[0].actor2 or "").startswith("Police Forces"), events[0].actor2


def test_police_who_act_against_a_riot_stay_actor2(events_of: EventsOf) -> None:
    events = events_of("Police fired tear gas at rioters who torched shops in Eldoret on Monday, police said.")
    assert [e.event_type for e in events] == ["Riots"]
    assert (events[0].actor2 or "").startswith("Police Forces")


@pytest.mark.parametrize(("text", "actor2"), [
    ("A police helicopter came under fire near Tororo on Friday, officials said.", "Police Forces"),
    ("An army convoy came under heavy fire near Gao on Friday, the army said.", "Military Forces"),
])
def test_what_came_under_fire_is_the_attacked_party(events_of: EventsOf, text: str, actor2: str) -> None:
    events = events_of(text)
    assert [e.sub_event_type for e in events] == ["Armed clash"], text
    assert (events[0].actor1 or "").startswith("Unidentified Armed Group"), events[0].actor1
    assert (events[0].actor2 or "").startswith(actor2), events[0].actor2


def test_coming_under_fire_from_critics_is_no_attack(events_of: EventsOf) -> None:
    events = events_of("The interior minister came under fire over the new police budget in Nairobi on Monday.")
    assert all(e.event_type not in ("Battles", "Violence against civilians") for e in events)


@pytest.mark.parametrize("text", [
    "Russia attacked Kyiv with drones overnight on Sunday, Ukrainian officials said.",
    "Russia struck Kharkiv with ballistic missiles on Sunday, the mayor said.",
])
def test_a_country_that_attacks_with_weapons_is_its_military(events_of: EventsOf, text: str) -> None:
    events = events_of(text)
    assert len(events) == 1 and events[0].event_type == "Explosions/Remote violence", text
    assert (events[0].actor1 or "").startswith("Military Forces of Russia"), events[0].actor1


def test_sanctions_are_no_weapon(events_of: EventsOf) -> None:
    assert events_of("The United States hit Russia with new sanctions on Tuesday over the war in Ukraine.") == []


def test_police_who_tell_of_their_own_act_stay_actor2(events_of: EventsOf) -> None:
    events = events_of("Police said they fired tear gas at rioters who torched shops in Eldoret on Monday.")
    assert [e.event_type for e in events] == ["Riots"]
    assert (events[0].actor2 or "").startswith("Police Forces"), events[0].actor2
