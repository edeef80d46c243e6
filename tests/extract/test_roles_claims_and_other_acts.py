"""Who claimed the act, and who is told doing only other acts like it. Synthetic texts written for these tests (no
development text).

- "the attack was claimed by X", "an attack claimed by X": a claim told in the passive makes X the claimant, who is
  actor1 beside unnamed attackers; an actor only blamed stays none (negative);
- "X has carried out similar bombings", "X has staged many such raids": the acts told are others like this one, so
  X is no party of it (an unclaimed attack is an unidentified armed group's); X told doing this act stays its party
  (negative);
- a building, vehicle or ship seized with the people in it ("gunmen seized a hotel") is a hostage-taking or an
  attack, not territory overtaken; a town or a base seized stays a capture (negative).
"""

from __future__ import annotations

import pytest
from pipeline_runs import run

from eventcoder.pipeline import Pipeline

pytestmark = pytest.mark.slow

PUBLISHED = "2024-05-05"


def _coded(pipeline: Pipeline, text: str) -> list[tuple[str | None, str | None]]:
    return [(e.sub_event_type, e.actor1) for e in run(pipeline, text, PUBLISHED).events]


def test_roles_passive_claim_names_the_claimant(pipeline: Pipeline) -> None:
    # synthetic
    text = "Gunmen killed 14 villagers in an attack in northern Burkina Faso on Sunday. The attack was claimed by JNIM."
    assert [(sub, (a1 or "").split(":")[0]) for sub, a1 in _coded(pipeline, text)] == [("Attack", "JNIM")]


def test_roles_blamed_group_is_no_claimant(pipeline: Pipeline) -> None:
    # synthetic negative: a group only blamed by others
    text = "Gunmen killed 14 villagers in Borno State on Sunday. Residents blamed Boko Haram for the attack."
    assert _coded(pipeline, text) == [("Attack", "Unidentified Armed Group (Nigeria)")]


@pytest.mark.parametrize("text", [
    # synthetic: the named group is told doing other acts like this one
    "A car bomb exploded near a checkpoint in Kabul on Sunday, killing eight people. No group has claimed the "
    "attack, but the Islamic State has carried out similar bombings in the city.",
    "A car bomb exploded near a checkpoint in Kabul on Sunday, killing eight people. The Islamic State has "
    "staged many such attacks before.",
])
def test_roles_group_told_doing_similar_acts_is_no_party(pipeline: Pipeline, text: str) -> None:
    assert _coded(pipeline, text) == [("Remote explosive/landmine/IED", "Unidentified Armed Group (Afghanistan)")]


def test_roles_group_told_doing_this_act_stays_its_party(pipeline: Pipeline) -> None:
    # synthetic negative
    text = "The Islamic State carried out a car bombing near a checkpoint in Kabul on Sunday, killing eight people."
    assert _coded(pipeline, text) == [("Remote explosive/landmine/IED", "Islamic State (Afghanistan)")]


@pytest.mark.parametrize(("text", "sub"), [
    # synthetic: a building held with the people in it
    ("Gunmen seized a hotel in Mogadishu on Friday and held dozens of guests for hours, killing 12 of them.",
     "Attack"),
    ("Militants seized a school in Maiduguri on Monday, abducting 30 pupils.", "Abduction/forced disappearance"),
])
def test_strategic_seized_building_is_no_territory(pipeline: Pipeline, text: str, sub: str) -> None:
    assert [s for s, _ in _coded(pipeline, text)] == [sub]


def test_strategic_seized_base_stays_a_capture(pipeline: Pipeline) -> None:
    # synthetic negative
    text = "Jihadists seized the army base in Tessit on Monday after hours of fighting with soldiers."
    assert [s for s, _ in _coded(pipeline, text)] == ["Non-state actor overtakes territory"]
