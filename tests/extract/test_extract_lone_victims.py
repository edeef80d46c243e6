"""A single victim named by a role noun is a person (extract/evidence.py); synthetic texts."""

from __future__ import annotations

from eventcoder.api import extract_text
from eventcoder.model import EventRecord


def events(text: str, published: str | None = "2024-05-10") -> list[EventRecord]:
    return extract_text(text, published=published).events


def test_lone_victim_person_blown_up_is_an_event() -> None:
    # synthetic: an explosive whose target is a person named by his office
    evs = events("A village imam was blown up in his car outside Kazanka on Tuesday, police said.")
    assert [e.sub_event_type for e in evs] == ["Remote explosive/landmine/IED"]


def test_lone_victim_thing_blown_up_is_no_victim() -> None:
    # synthetic: a thing blown up names no person, and no one did it
    assert events("An old gas pipe was blown up on Tuesday near Kazanka.") == []


def test_lone_victim_head_of_an_outlet_stabbed_to_death_is_an_event() -> None:
    # synthetic: "the head of" a website is a person
    evs = events("The head of a local news website was found stabbed to death in Kazanka on Monday.")
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Attack", 1)]


def test_lone_victim_found_dead_after_being_murdered_counts_one() -> None:
    # synthetic: "found dead ... after being murdered": the death is the murder's
    evs = events("A radio presenter was found dead in his flat in Kazanka on Tuesday after being apparently "
                 "murdered, officials said.")
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Attack", 1)]


def test_lone_victim_has_died_after_being_shot_counts_one() -> None:
    # synthetic: one victim who died of the shooting is one fatality (extract/counts.py)
    evs = events("The local mayor has died after being shot by unknown men in Kazanka on Monday.")
    assert [e.fatalities for e in evs] == [1]


def test_lone_victim_died_of_gunshot_wounds_counts_one() -> None:
    # synthetic: "has died of gunshot wounds"
    evs = events("A village elder has died of gunshot wounds after gunmen opened fire in Kazanka on Monday.")
    assert [e.fatalities for e in evs] == [1]
