"""A clash right after a demonstration with no armed side but the police is the demonstration turned violent, not a
battle (ACLED: a battle needs two organised armed groups). Synthetic texts written for these tests."""

from __future__ import annotations

import pytest
from pipeline_runs import sub_types

from eventcoder.pipeline import Pipeline

pytestmark = pytest.mark.slow

PUBLISHED = "2026-05-08"


def _subs(pipeline: Pipeline, text: str) -> list[str | None]:
    return sub_types(pipeline, text, PUBLISHED)


@pytest.mark.parametrize("text", [
    "Residents blocked the main highway with burning tyres in Isiolo on Monday to protest against the killing of a "
    "herder. Running battles with police went on for hours near the market.",
    "Members of the opposition staged a sit-in outside the party office in Guwahati on Monday. Police stopped them "
    "from marching, and the two camps then fought in the street, leaving an officer hurt.",
    "Hundreds of students marched in Rajshahi on Monday demanding lower fees. Running battles between the students "
    "and police followed.",
    "Residents protested against a night curfew in Tamale on Friday. Clashes broke out between police and residents.",
])
def test_crowds_clash_after_a_demonstration_is_no_battle(pipeline: Pipeline, text: str) -> None:
    subs = _subs(pipeline, text)
    assert "Armed clash" not in subs
    assert subs == ["Violent demonstration"]


@pytest.mark.parametrize("text", [
    "Soldiers clashed with militants near Gao on Monday.",
    "Hundreds of people protested in Zaria on Monday over fuel prices. Police later clashed with gunmen on the edge "
    "of the town, killing two.",
])
def test_crowds_armed_sides_still_make_a_battle(pipeline: Pipeline, text: str) -> None:
    assert "Armed clash" in _subs(pipeline, text)


def test_crowds_gunfire_at_a_demonstration_is_no_crowd_fight(pipeline: Pipeline) -> None:
    subs = _subs(pipeline, "Security forces opened fire on demonstrators in Abdanan on Thursday, injuring several "
                           "people. Videos show people marching while gunfire can be heard and some people being hit "
                           "by shots.")
    assert "Violent demonstration" not in subs


def test_crowds_cobblestones_thrown_at_police_make_the_demonstration_violent(pipeline: Pipeline) -> None:
    subs = _subs(pipeline, "Police fired tear gas at protesters in Lyon on Thursday, where some 3,000 people marched "
                           "against the pension reform. Witnesses saw cobblestones being thrown at officers, who "
                           "charged to scatter the crowd.")
    assert subs == ["Violent demonstration"]


def test_crowds_two_crowds_fighting_after_a_demonstration_stay_their_own_fight(pipeline: Pipeline) -> None:
    subs = _subs(pipeline, "Traders protested in Lafia on Monday. Fighting then broke out between herders and "
                           "traders, and police intervened.")
    assert "Violent demonstration" not in subs
