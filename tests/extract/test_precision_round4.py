"""Precision round 4: accidents, animals, ordinary crime, crowds' own words and a few weapon words. Synthetic texts
written for these tests (no development text), each with a negative that must keep its event.

- a crash, an overturning or a collapse whose clause holds the deaths is an accident, whoever owned the vehicle; one
  brought down by fire, or a drone that crashed into a house, stays an event;
- an animal that kills (a tiger, a crocodile, an elephant) is no perpetrator; gunmen who kill near animals are;
- a pupil who shoots classmates, and a drugs raid's seizure and arrests, are ordinary crime; police who arrest
  opposition activists in a raid are not;
- "missiles" a crowd throws (British usage) are its riot, no shelling; missiles fired or launched stay shelling;
- a boycott or a work stoppage "in protest" with no gathering is no protest (a strike without a demonstration);
  people who marched "in protest" are;
- a crowd that dispersed on its own met no intervention; one dispersed by the police did;
- rival crowds that fight each other, or supporters who beat their rivals at a rally, are mob violence;
- a gold or coal mine is no landmine; a state military that bombed a place with no device told struck it from the
  air; an arrest stays one when the charge is "inciting" something.
"""

from __future__ import annotations

import pytest
from pipeline_runs import run, sub_types

from eventcoder.model import Document
from eventcoder.pipeline import Pipeline

pytestmark = pytest.mark.slow

PUBLISHED = "2026-05-08"


def _run(pipeline: Pipeline, text: str) -> Document:
    return run(pipeline, text, PUBLISHED)


def _subs(pipeline: Pipeline, text: str) -> list[str | None]:
    return sub_types(pipeline, text, PUBLISHED)


@pytest.mark.parametrize("text", [
    "An air force cargo plane crashed shortly after take-off from a base near Agadir on Tuesday, killing its four "
    "crew, the armed forces said.",
    "A navy helicopter crashed into the sea off Mombasa in fog on Wednesday, killing two pilots, officials said.",
    "Eight soldiers died when their army lorry overturned on a steep pass near Gilgit on Thursday.",
    "Three police officers were killed when their patrol car collided with a bus near Kisii on Friday.",
])
def test_vehicle_accident_is_no_event(pipeline: Pipeline, text: str) -> None:
    assert _subs(pipeline, text) == []


@pytest.mark.parametrize("text", [
    "An army helicopter crashed near Kidal on Tuesday after it was shot down by militants, killing four soldiers.",
    "A Russian drone crashed into an apartment block in Kharkiv on Tuesday, killing two residents.",
])
def test_aircraft_brought_down_or_drone_stays(pipeline: Pipeline, text: str) -> None:
    assert _subs(pipeline, text) != []


@pytest.mark.parametrize("text", [
    "A leopard killed a herder grazing goats near a forest in Junnar on Sunday, forest guards said.",
    "Two women were killed by an elephant while collecting firewood near a reserve in Assam on Monday.",
    "A shark attack killed a surfer off a beach near Esperance on Saturday, police said.",
])
def test_animal_killer_is_no_event(pipeline: Pipeline, text: str) -> None:
    assert _subs(pipeline, text) == []


def test_gunmen_near_animals_stay(pipeline: Pipeline) -> None:
    text = ("Gunmen killed three rangers who were guarding elephants in a Congolese park near Garamba on Sunday, "
            "officials said.")
    assert _subs(pipeline, text) != []


def test_pupil_shooting_classmates_is_crime(pipeline: Pipeline) -> None:
    text = ("A 16-year-old pupil shot dead three classmates at a secondary school in Kansas on Tuesday before "
            "officers detained him, police said.")
    assert _subs(pipeline, text) == []


def test_drugs_raid_is_crime(pipeline: Pipeline) -> None:
    text = ("Customs officers and police seized 800 kilograms of heroin in a raid on a depot in Antwerp on Tuesday "
            "and arrested four men.")
    assert _subs(pipeline, text) == []


def test_raid_on_activists_stays_an_arrest(pipeline: Pipeline) -> None:
    text = "Police raided the offices of an opposition party in Harare on Tuesday and arrested six activists."
    assert "Arrests" in _subs(pipeline, text)


@pytest.mark.parametrize("text", [
    "Youths threw bricks, bottles and other missiles at officers in Hartlepool on Saturday night.",
    "Missiles were thrown at riot police as a crowd gathered outside a hotel in Rotherham on Sunday.",
    "Officers were pelted with missiles by a crowd of about 200 people in Southport on Tuesday.",
])
def test_thrown_missiles_are_a_riot(pipeline: Pipeline, text: str) -> None:
    subs = _subs(pipeline, text)
    assert subs and all(s in ("Violent demonstration", "Mob violence") for s in subs)


def test_fired_missiles_stay_shelling(pipeline: Pipeline) -> None:
    text = "Russian forces fired missiles at an energy plant in Dnipro on Tuesday, killing two workers."
    assert _subs(pipeline, text) == ["Shelling/artillery/missile attack"]


@pytest.mark.parametrize("text", [
    "Secondary school teachers in Quito boycotted lessons on Tuesday in protest at unpaid wages, leaving pupils at home.",
    "Taxi drivers in Arequipa stopped working on Tuesday in protest over new licence fees, officials said.",
    "Dock workers in Valparaiso staged a walkout on Tuesday over pay.",
])
def test_stoppage_in_protest_is_no_protest(pipeline: Pipeline, text: str) -> None:
    assert _subs(pipeline, text) == []


def test_march_in_protest_stays(pipeline: Pipeline) -> None:
    text = "Hundreds of teachers marched through Quito on Tuesday in protest at unpaid wages."
    assert _subs(pipeline, text) == ["Peaceful protest"]


def test_crowd_that_went_home_met_no_intervention(pipeline: Pipeline) -> None:
    text = ("About 2,000 people rallied in Skopje on Saturday against rising prices. The protesters later dispersed "
            "quietly.")
    assert _subs(pipeline, text) == ["Peaceful protest"]


def test_crowd_dispersed_by_police_stays_an_intervention(pipeline: Pipeline) -> None:
    text = "About 2,000 people rallied in Skopje on Saturday against rising prices. Police dispersed the crowd."
    assert _subs(pipeline, text) == ["Protest with intervention"]


@pytest.mark.parametrize("text", [
    "Rival groups of youths backing two mayoral candidates fought with stones and clubs in Kakamega on Sunday, "
    "police said.",
    "Supporters of the ruling party attacked and beat opposition supporters at a rally in Mbale, Uganda, on Sunday.",
])
def test_crowd_against_crowd_is_mob_violence(pipeline: Pipeline, text: str) -> None:
    assert _subs(pipeline, text) == ["Mob violence"]


def test_gold_mine_is_no_landmine(pipeline: Pipeline) -> None:
    text = "Gunmen attacked a gold mine near Tillaberi on Tuesday, killing nine miners, a local official said."
    subs = _subs(pipeline, text)
    assert subs and "Remote explosive/landmine/IED" not in subs


def test_landmine_stays(pipeline: Pipeline) -> None:
    text = "A landmine exploded under a truck near Tillaberi on Tuesday, killing nine passengers."
    assert _subs(pipeline, text) == ["Remote explosive/landmine/IED"]


def test_state_military_bombing_is_an_air_strike(pipeline: Pipeline) -> None:
    text = "The Sudanese army bombed a market in Nyala on Tuesday, killing 11 civilians, residents said."
    assert _subs(pipeline, text) == ["Air/drone strike"]


def test_planted_bomb_stays_remote(pipeline: Pipeline) -> None:
    text = "Soldiers said a bomb planted by militants exploded at a market in Nyala on Tuesday, killing 11 civilians."
    assert _subs(pipeline, text) == ["Remote explosive/landmine/IED"]


def test_arrest_on_a_charge_of_inciting_stays(pipeline: Pipeline) -> None:
    text = ("Police in Lusaka detained opposition lawmaker Peter Mwanza at his office on Tuesday, his lawyer said, "
            "charging him with inciting unrest.")
    assert _subs(pipeline, text) == ["Arrests"]


def test_plan_to_incite_still_vetoes(pipeline: Pipeline) -> None:
    text = "The minister warned that activists were planning to incite attacks on police stations next week."
    assert _subs(pipeline, text) == []


def test_missiles_fired_after_grenades_thrown_stay_shelling(pipeline: Pipeline) -> None:
    text = "Insurgents threw grenades and fired missiles at an army post near Mosul on Tuesday, wounding two soldiers."
    assert _subs(pipeline, text) == ["Shelling/artillery/missile attack"]


@pytest.mark.parametrize("text", [
    "Riot police came under attack in Wigan on Friday night as missiles including bricks and flares were hurled at "
    "them.",
    "Officers in Derry faced a hail of missiles from a crowd of youths on Friday night, police said.",
])
def test_missiles_of_a_crowd_are_its_riot(pipeline: Pipeline, text: str) -> None:
    subs = _subs(pipeline, text)
    assert subs and all(s in ("Violent demonstration", "Mob violence") for s in subs)


def test_hunted_animals_and_hounds_type_no_attack(pipeline: Pipeline) -> None:
    text = ("Dozens of hunts rode out across Devon on Saturday, killing a total of 40 hares; two were killed by "
            "hounds, a monitor said.")
    assert "Attack" not in _subs(pipeline, text)


def test_group_named_after_an_animal_stays(pipeline: Pipeline) -> None:
    text = ("Fighters of the Black Leopard Brigade ambushed a Burmese army patrol near Tapun on Tuesday, wounding two "
            "soldiers.")
    assert _subs(pipeline, text) != []


def test_eggs_thrown_at_a_march_keep_it_peaceful(pipeline: Pipeline) -> None:
    text = ("About 400 students marched to the education ministry in Turin on Friday, and eggs were thrown at the "
            "police line, but there was no violence.")
    assert _subs(pipeline, text) == ["Peaceful protest"]
