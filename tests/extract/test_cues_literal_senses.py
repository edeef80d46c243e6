"""Cue words in a sense that is no violence, read from the lexicon alone (synthetic sentences written for these tests).

- a shell of tear gas or smoke is a crowd-control round, no artillery; a calibre of artillery or mortars (50 mm and
  up) is shelling, a pistol's or a rifle's ("9mm rounds", "7.62mm") is not;
- a strike of workers (a rail strike, the teachers' strike, a 48-hour strike, strike action, a hunger strike) is a
  stoppage of work, not a blow; an air strike and a state's strike keep their own words;
- weapons seized in a number told as a word ("seized two rifles") are a seizure, as "seized 40 rifles" was.
"""

from __future__ import annotations

import pytest

from eventcoder.extract.cues import Cue
from eventcoder.extract.lexicon import Lexicons


def _cues(text: str, cls: Cue) -> list[str]:
    return [c.text for c in Lexicons.default().cues.find(text).get(cls, [])]


@pytest.mark.parametrize("text", [
    "Officers fired tear gas shells and rubber bullets at the marchers near the bridge.",
    "Riot police lobbed teargas shells into the square on Friday.",
    "The troops released smoke shells to cover their withdrawal from the market.",
    "Investigators picked up spent shell casings from the pavement outside the bar.",
    "The raid recovered 60 rounds of 9mm ammunition and two pistols.",
    "A 7.62mm rifle and a 5.56 mm carbine were found in the car.",
])
def test_cues_crowd_control_and_small_calibres_are_no_shelling(text: str) -> None:
    assert _cues(text, Cue.SHELLING) == []


@pytest.mark.parametrize("text", [
    "Insurgents fired 120mm mortar rounds at the garrison overnight.",
    "The brigade hit the ridge with 152 mm artillery on Sunday.",
    "Shells fell on the eastern districts of the city all night.",
    "Army units shelled the hills above the village.",
])
def test_cues_artillery_stays_shelling(text: str) -> None:
    assert _cues(text, Cue.SHELLING) != []


@pytest.mark.parametrize("text", [
    "A rail strike left thousands of commuters stranded in the capital.",
    "The teachers' strike shut every school in the county for a week.",
    "Dockers began a 48-hour strike at the port on Tuesday.",
    "The union voted for strike action over pay.",
    "Bus strike grips the city as talks collapse.",
    "The former officer is in the fifth week of a hunger strike outside the ministry.",
    "Workers remained on strike for a third day.",
])
def test_cues_a_strike_of_workers_is_no_attack(text: str) -> None:
    assert "strike" not in [c.lower() for c in _cues(text, Cue.ATTACK)]


@pytest.mark.parametrize(("text", "cls"), [
    ("A strike on a fuel depot set it ablaze on Monday.", Cue.ATTACK),
    ("Two strikes hit the outskirts of the town at dawn.", Cue.ATTACK),
    ("An Israeli strike hit a house in the camp.", Cue.AIR),
    ("A drone strike killed two fighters on the road.", Cue.AIR),
])
def test_cues_a_strike_of_weapons_stays(text: str, cls: Cue) -> None:
    assert _cues(text, cls) != []


def test_cues_weapons_seized_in_words_are_a_seizure() -> None:
    assert _cues("Soldiers seized two rifles and a radio from the hideout.", Cue.DISRUPTED) != []


@pytest.mark.parametrize("text", [
    "The ministry launched a fund to combat smuggling along the coast.",
    "New cameras will help combat vote rigging, officials said.",
    "Recruits finished a six-week combat training course on Friday.",
    "The unit was placed on full combat readiness ahead of the holiday.",
])
def test_cues_combat_the_verb_or_an_adjunct_is_no_fight(text: str) -> None:
    assert _cues(text, Cue.CLASH) == []


def test_cues_combat_the_fight_stays() -> None:
    assert _cues("Two soldiers died in heavy combat near the border on Monday.", Cue.CLASH) == ["combat"]


def test_cues_weapons_shown_are_a_non_event() -> None:
    assert _cues("At the parade the army showcased two new missiles and a drone.", Cue.NON_EVENT) != []


@pytest.mark.parametrize("text", [
    "During the IRA bombings there were huge explosions in the financial district.",
    "Her father was shot during the Troubles.",
    "The town was shelled in the Second Intifada.",
])
def test_cues_a_named_campaign_or_era_is_a_past_period(text: str) -> None:
    assert _cues(text, Cue.PERIOD) != []


def test_cues_the_bombing_of_the_day_is_no_period() -> None:
    assert _cues("Three people were killed during the bombing on Monday.", Cue.PERIOD) == []


@pytest.mark.parametrize("text", [
    "The group is prepared to use suicide bombers, the minister warned.",
    "Rebels were poised to attack the town.",
])
def test_cues_readiness_is_irrealis(text: str) -> None:
    assert _cues(text, Cue.IRREALIS) != []


@pytest.mark.parametrize("text", [
    "Witnesses saw cobblestones being thrown at the officers.",
    "Youths threw paving stones at the riot van.",
])
def test_cues_stones_of_the_street_thrown_are_a_riot(text: str) -> None:
    assert _cues(text, Cue.RIOT) != []


@pytest.mark.parametrize("text", [
    "Five people were killed in the Peshawar bombings on Wednesday, officials said.",
    "At least 11 mourners died in the Christmas bombings at a chapel in Jos on Friday.",
])
def test_cues_a_town_or_holiday_bombing_of_the_day_is_no_period(text: str) -> None:
    assert _cues(text, Cue.PERIOD) == []


def test_cues_a_campaign_with_its_year_is_a_past_period() -> None:
    assert _cues("Her brother lost an arm in the 2016 Brussels bombings.", Cue.PERIOD) != []


@pytest.mark.parametrize("text", [
    "The rebels' offensive ended in the hills on Friday after a week of fighting.",
    "The army's offensive played out over three days around the airport.",
])
def test_cues_the_offensive_noun_before_a_verb_stays_literal(text: str) -> None:
    assert _cues(text, Cue.NON_LITERAL) == []
