"""Precision round 5: crowds that turn violent, and burials of an attack's dead. Synthetic texts written for these
tests (no development text), each with a negative that must keep its reading.

- a protest, march or rally that "turned violent" is a violent demonstration (ACLED: demonstrators who engage in
  violence or vandalism), and so is one whose members were "smashing cars"; a debate or a match that turned violent
  is no demonstration;
- villagers or residents "of/in X" who buried (mourned, fled) people killed by armed men did not kill them: the
  attack is the armed men's, not mob violence; residents of X who beat a thief are still a mob;
- a crowd that rioted over an issue ("over a fee", "against a new toll") made a demand: a violent demonstration;
  youths who rioted after a match, or against foreign traders, are mob violence.
"""

from __future__ import annotations

import pytest
from pipeline_runs import run

from eventcoder.model import Document, EventRecord
from eventcoder.pipeline import Pipeline

pytestmark = pytest.mark.slow


def _events(pipeline: Pipeline, text: str, published: str) -> list[EventRecord]:
    doc: Document = run(pipeline, text, published)
    return doc.events


@pytest.mark.parametrize("text", [
    # synthetic
    "A demonstration by nursing students over unpaid stipends turned violent in Ibadan on 6 March 2024, with "
    "students smashing cars.",
    "A march by bus drivers against fuel prices turned violent in Lagos on 6 March 2024, with marchers burning tyres.",
])
def test_demonstration_that_turned_violent_is_a_violent_demonstration(pipeline: Pipeline, text: str) -> None:
    assert [e.sub_event_type for e in _events(pipeline, text, "2024-03-07")] == ["Violent demonstration"]


def test_peaceful_march_stays_peaceful(pipeline: Pipeline) -> None:
    # synthetic negative: no violence told
    text = "Nursing students marched peacefully in Ibadan on 6 March 2024 to demand unpaid stipends."
    assert [e.sub_event_type for e in _events(pipeline, text, "2024-03-07")] == ["Peaceful protest"]


def test_a_debate_that_turned_violent_is_no_demonstration(pipeline: Pipeline) -> None:
    # synthetic negative: the new cue needs a gathering of people as its subject
    text = "The television debate between the two finance ministers turned violent in tone on Tuesday, viewers said."
    assert _events(pipeline, text, "2024-03-07") == []


@pytest.mark.parametrize("text", [
    # synthetic
    "Residents of Dutsinma buried 22 people killed when armed bandits raided the town on 14 January 2024.",
    "Villagers in Dutsinma mourned 22 people killed when armed bandits raided the town on 14 January 2024.",
])
def test_burial_of_an_attacks_dead_is_the_armed_mens_attack(pipeline: Pipeline, text: str) -> None:
    events = _events(pipeline, text, "2024-01-18")
    assert [e.sub_event_type for e in events] == ["Attack"]
    assert events[0].actor1 != "Rioters (Nigeria)"


def test_residents_who_beat_a_thief_stay_a_mob(pipeline: Pipeline) -> None:
    # synthetic negative: the crowd's own violence, an "of" phrase with no verb in it
    text = "Residents of Dutsinma beat a suspected thief to death on 14 January 2024, police said."
    assert [e.sub_event_type for e in _events(pipeline, text, "2024-01-18")] == ["Mob violence"]


@pytest.mark.parametrize("text", [
    # synthetic
    "Okada riders rioted in Wa on 12 March 2024 against a new road toll, burning tyres.",
    "Market women rioted in Wa on 12 March 2024 over the closure of their market, burning tyres.",
])
def test_riot_over_an_issue_is_a_violent_demonstration(pipeline: Pipeline, text: str) -> None:
    # a headline keeps the relevance model sure of the page (a lone riot sentence it doubts: see the report)
    assert [e.sub_event_type for e in _events(pipeline, "Riot in Wa\n\n" + text, "2024-03-13")] == ["Violent demonstration"]


@pytest.mark.parametrize("text", [
    # synthetic negatives: no demand, or a crowd against people
    "Youths rioted in Wa on 12 March 2024 after a football match, looting shops.",
    "Youths rioted in Wa on 12 March 2024 against foreign traders, burning their stalls.",
])
def test_riot_with_no_demand_stays_mob_violence(pipeline: Pipeline, text: str) -> None:
    assert [e.sub_event_type for e in _events(pipeline, "Riot in Wa\n\n" + text, "2024-03-13")] == ["Mob violence"]
