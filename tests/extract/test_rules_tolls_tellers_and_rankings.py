"""Sentences that count, tell or rank an incident, not a new act (synthetic texts written for these tests).

- a toll with no act and no perpetrator of its own whose dead are soldiers and civilians together ("had been killed,
  including soldiers and civilians") counts the dead of the bombing told before it: no battle that would outrank it;
  a clash told in the toll's own sentence stays a clash, and a toll that opens the report or has a day of its own
  is its own incident (never an Attack whose target is a state force); those a toll includes are harmed, but not the
  parties of a clause after the list ("..., when gunmen attacked");
- the one who only tells of it ("according to police officer X") is no party: neither a target that makes a battle
  nor the agent of the sentence;
- "It marked the fourth straight day of marches over X", "It was the second rocket attack in a day": a sentence
  that ranks or counts an incident told before tells no act of its own (a second event at X would be false), unless
  it tells one after a colon or names a day of its own.
"""

from __future__ import annotations

import pytest
from pipeline_runs import run

from eventcoder.api import explain
from eventcoder.model import Document
from eventcoder.pipeline import Pipeline

pytestmark = pytest.mark.slow

PUBLISHED = "2026-05-08"


def _run(pipeline: Pipeline, text: str) -> Document:
    return run(pipeline, text, PUBLISHED)


@pytest.mark.parametrize("text", [
    "A car bomb struck a district office in Mogadishu on Sunday, destroying the building. At least six people had "
    "been killed, among them soldiers and civilians, according to a police officer, Ahmed Ali.",
    "A bomb tore through a market in Baidoa on Sunday. At least eight people had been killed, including soldiers, "
    "according to police officer Ahmed Ali.",
])
def test_a_mixed_toll_after_a_bombing_is_no_battle(pipeline: Pipeline, text: str) -> None:
    doc = _run(pipeline, text)
    assert [e.sub_event_type for e in doc.events] == ["Remote explosive/landmine/IED"]
    assert all(not (e.actor1 or "").startswith("Police Forces") for e in doc.events)


def test_a_clash_in_the_tolls_own_sentence_stays_a_clash(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Five residents of two villages in Delta State were killed on Sunday during a clash between "
                         "farmers and suspected herdsmen, police said.")
    assert [e.sub_event_type for e in doc.events][:1] == ["Armed clash"]


def test_soldiers_killed_by_militants_stay_a_battle(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Militants attacked an army post near Gao on Sunday, killing four soldiers, the army said.")
    assert [e.sub_event_type for e in doc.events] == ["Armed clash"]


@pytest.mark.parametrize(("text", "place"), [
    ("Rioters set fire to a railway station in Ara on Monday during a protest against the new recruitment scheme. "
     "It was the fourth straight day of protests over the scheme in Bihar.", "Bihar"),
    ("Students marched through Dhaka on Monday to demand safer roads. It was the fifth day of protests in Gazipur.",
     "Gazipur"),
])
def test_a_ranking_sentence_adds_no_event(pipeline: Pipeline, text: str, place: str) -> None:
    doc = _run(pipeline, text)
    assert len(doc.events) == 1
    assert all(e.location != place for e in doc.events)


def test_a_ranking_sentence_with_its_own_dead_is_kept(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Gunmen attacked a market in Gao on Monday. It was the second attack on the town this week, "
                         "and three traders were killed, police said.")
    decisions = [f["decision"] for f in explain(doc).to_dict()["frames"] if "second attack" in f["sentence"]]
    assert decisions and not any("ranks or counts" in str(d) for d in decisions)


def test_a_standalone_mixed_toll_keeps_its_own_type(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Three soldiers and two civilians were killed in Beni on Monday, a local official said.")
    assert [e.sub_event_type for e in doc.events] == ["Armed clash"]
    assert all(not (e.actor2 or "").startswith("Military Forces") for e in doc.events if e.sub_event_type == "Attack")


def test_the_attackers_after_an_including_list_stay_the_agents(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Seven people were killed, including four soldiers and a civilian, when gunmen attacked a "
                         "checkpoint in Mopti on Monday.")
    assert [(e.actor1 or "").split(" (")[0] for e in doc.events] == ["Unidentified Armed Group"]
    assert all((e.actor2 or "").startswith("Military Forces") for e in doc.events)


def test_a_police_spokesman_after_the_act_is_no_party(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Gunmen shot dead three herders in Lafia on Monday, according to police spokesman Musa Bello.")
    assert [e.sub_event_type for e in doc.events] == ["Attack"]
    assert all(not (e.actor2 or "").startswith("Police Forces") for e in doc.events)


def test_police_who_act_stay_the_agent(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Police shot dead two robbery suspects in Kaduna on Monday after a chase, police said.")
    assert all((e.actor1 or "").startswith("Police Forces") for e in doc.events)


@pytest.mark.parametrize(("text", "sub"), [
    ("It was the third time in a month that gunmen raided the village of Dogo: on Monday they burned 15 huts.",
     None),
    ("That was the first air strike on Ariha in weeks: Russian jets bombed a bakery there on Monday.",
     "Air/drone strike"),
])
def test_a_ranking_that_tells_a_new_act_is_kept(pipeline: Pipeline, text: str, sub: str | None) -> None:
    subs = [e.sub_event_type for e in _run(pipeline, text).events]
    assert subs and (sub is None or sub in subs)
