"""Small typing fixes: stone-throwers met by the police riot, a crowd's looting during its riot is the riot, a
clash with the members of a group is literal, and animals are no victims. Synthetic texts written for these tests."""

from __future__ import annotations

import pytest
from pipeline_runs import run, sub_types

from eventcoder.extract.rules import _ARMED_COMMUNAL
from eventcoder.pipeline import Pipeline

pytestmark = pytest.mark.slow

PUBLISHED = "2026-05-08"


def _subs(pipeline: Pipeline, text: str) -> list[str | None]:
    return sub_types(pipeline, text, PUBLISHED)


def test_stone_throwers_met_by_police_riot(pipeline: Pipeline) -> None:
    # synthetic
    subs = _subs(pipeline, "Police fired tear gas at stone-throwing youths in Kisumu on Tuesday after a disputed "
                           "council vote.")
    assert subs and subs[0] in ("Mob violence", "Violent demonstration")


def test_clash_with_members_of_a_group_is_literal(pipeline: Pipeline) -> None:
    # synthetic
    subs = _subs(pipeline, "Students of the polytechnic in Enugu clashed with members of a rival student group on "
                           "Friday, leaving four injured.")
    assert subs == ["Mob violence"]


def test_clash_of_views_with_a_minister_stays_an_idiom(pipeline: Pipeline) -> None:
    # synthetic
    assert _subs(pipeline, "The union leader clashed with the finance minister over pay in Nairobi on Friday.") == []


@pytest.mark.parametrize("text", [
    "Hunters shot dead 91 foxes in a cull near Oban on Saturday, the estate said.",
    "Rangers killed two stray dogs near the school in Mombasa on Monday.",
    "Wardens shot dead 12 wild boars near Ravenna on Sunday.",
])
def test_animals_are_no_victims(pipeline: Pipeline, text: str) -> None:
    # synthetic
    assert _subs(pipeline, text) == []


def test_people_killed_with_animals_stay_victims(pipeline: Pipeline) -> None:
    # synthetic
    assert _subs(pipeline, "Gunmen shot dead three herders and killed their cattle near Bokkos on Monday.")


def test_looting_during_a_crowds_riot_is_the_riot(pipeline: Pipeline) -> None:
    # synthetic
    subs = _subs(pipeline, "Hundreds of traders rioted in Lokoja on Wednesday, burning tyres and looting shops, and "
                           "two policemen were injured.")
    assert subs == ["Mob violence"]


@pytest.mark.parametrize("text", [
    "Herders raided the farming villages of Okpudu and Agbaji in Kogi state on Sunday night, killing nine people, "
    "a councillor said.",
    "Gunmen suspected to be herders opened fire on farmers near Agatu in Benue state on Tuesday, police said.",
    "Armed settlers shot dead a shepherd near the village of Qaryut in the West Bank on Friday, medics said.",
    "Herdsmen stormed the hamlet of Ungwan Doka in Kaduna state on Monday, burned homes and killed two farmers.",
])
def test_armed_herders_or_settlers_attack_civilians(pipeline: Pipeline, text: str) -> None:
    # synthetic: herders or settlers who kill, shoot or burn homes are an armed communal group's attack (ACLED's
    # identity militias), not a crowd's mob violence
    assert _subs(pipeline, text) == ["Attack"]


@pytest.mark.parametrize(("text", "sub"), [
    ("A crowd of villagers lynched a suspected cattle thief in Ikot Abasi on Tuesday, police said.", "Mob violence"),
    ("Israeli settlers threw stones at Palestinian cars near Sinjil on Sunday, damaging four of them.", "Mob violence"),
])
def test_unarmed_crowds_and_stone_throwing_stay_mob_violence(pipeline: Pipeline, text: str, sub: str) -> None:
    # synthetic: a crowd's beating and settlers' stones with no one killed stay mob violence (ACLED)
    assert _subs(pipeline, text) == [sub]


def test_herders_protesting_a_grazing_ban_stay_a_protest(pipeline: Pipeline) -> None:
    # synthetic
    subs = _subs(pipeline, "Hundreds of herders marched in Lafia on Thursday to protest against a new grazing ban.")
    assert subs == ["Peaceful protest"]


def test_bodies_found_with_hands_tied_are_an_attack(pipeline: Pipeline) -> None:
    # synthetic: bodies bearing the marks of a killing are the killing's attack
    subs = _subs(pipeline, "Farmers found the bodies of three men with their hands bound near Bukavu on Friday, "
                           "police said.")
    assert subs == ["Attack"]


def test_bodies_recovered_with_no_mark_of_a_killing_are_no_attack(pipeline: Pipeline) -> None:
    # synthetic
    assert _subs(pipeline, "Rescuers recovered the bodies of six miners with their families watching near Kolwezi "
                           "on Monday.") == []


def test_armed_herders_are_named_a_communal_militia(pipeline: Pipeline) -> None:
    # synthetic
    doc = run(pipeline, "Herders raided the farming villages of Okpudu and Agbaji in Kogi state on Sunday night, "
                        "killing nine people, a councillor said.", PUBLISHED)
    assert [e.actor1 for e in doc.events] == ["Unidentified Communal Militia (Nigeria)"]


@pytest.mark.parametrize("text", [
    # synthetic negatives: a headline passive (the herders are the victims), and herders fleeing the killers
    "Seven herders killed in raid by bandits near Kachia, Kaduna State, on Tuesday, police said.",
    "Herders fleeing gunmen who killed six villagers reached Kachia, Kaduna State, on Tuesday, police said.",
])
def test_herders_as_victims_or_fleeing_are_no_communal_militia(pipeline: Pipeline, text: str) -> None:
    doc = run(pipeline, text, PUBLISHED)
    assert doc.events and all("Communal" not in (e.actor1 or "") + (e.actor2 or "") for e in doc.events)
    assert all(e.sub_event_type != "Armed clash" for e in doc.events)


@pytest.mark.parametrize(("text", "armed"), [
    # synthetic: the act right after the group (three words at most), no clause of another subject between
    ("herders who killed four farmers", True),
    ("herdsmen on Friday shot two farmers", True),
    ("settlers opened fire on a shepherd", True),
    ("herders killed in an ambush by bandits", False),
    ("herders fleeing bandits who killed four", False),
    ("herders said bandits shot their cattle", False),
    ("herders accused soldiers who opened fire on them", False),
    ("herders and their families living in the camp near the river killed", False),
])
def test_armed_communal_act_follows_the_group(text: str, armed: bool) -> None:
    assert (_ARMED_COMMUNAL.search(text) is not None) is armed
