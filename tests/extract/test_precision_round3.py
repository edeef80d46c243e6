"""Precision round 3: reports that gave no event at all. Synthetic texts written for these tests (no development
text).

- a charge named only as "a roadside explosive" or "an explosive charge" that went off is a remote explosive;
- fans or supporters who protest, march or block a road over their club protest (ACLED codes it); the sport they
  protest about does not reject the sentence, and a sport report with no such verb stays rejected;
- the air force (or "airforce") that fired on or in a place struck it from the air;
- "fired its chief executive on Monday" is a dismissal: fire aimed at a time is no shooting;
- a drug trafficking group or a rival gang is an armed gang, not an ordinary criminal;
- a war that dates a thing by its participle ("a mine laid during the war") is its origin, not the time of the
  sentence's event;
- one tank, howitzer or armoured vehicle of a named force or "the enemy" destroyed or hit is a battle with that
  force (a plural "tanks" already was); a storm's water tank is none;
- a head slammed or banged against a wall is a beating; the police or troops who "held" a number of people arrested
  them (a hall that held 500 people did not);
- a police officer or soldier who throws a rock at someone, or who manhandles or roughs someone up, attacks them (a
  crowd's stones stay its riot); a feud between two armed groups that leaves people wounded is a clash;
- someone dragged out of their car, home or office is attacked (a side dragged out of the relegation zone is not).
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
    "On 3 May 2026, a roadside explosive went off near soldiers on patrol in Kandahar (Kandahar).",
    "On 3 May 2026, an explosive charge detonated under a police car in Diyarbakir.",
    "On 3 May 2026, a homemade explosive exploded beside an army truck near Gao.",
])
def test_explosive_that_went_off(pipeline: Pipeline, text: str) -> None:
    assert _subs(pipeline, text) == ["Remote explosive/landmine/IED"]


def test_explosive_as_praise_is_no_event(pipeline: Pipeline) -> None:
    assert _subs(pipeline, "The winger made an explosive start to the season on Saturday.") == []


@pytest.mark.parametrize("text", [
    "On 3 May 2026, supporters of a local football club protested at the club's sports complex in Shiraz over "
    "the transfer of two players.",
    "On 3 May 2026, supporters of a local football club blocked the main road in Sfax (Sfax) in protest at the "
    "board's sale of two players.",
    "On 3 May 2026, fans of a basketball club gathered in front of the regional sports office in Tabriz to "
    "protest against the club's management.",
])
def test_fans_who_protest_protest(pipeline: Pipeline, text: str) -> None:
    assert _subs(pipeline, text) == ["Peaceful protest"]


def test_fans_who_celebrate_stay_sport(pipeline: Pipeline) -> None:
    assert _subs(pipeline, "On 3 May 2026, the team's fans celebrated the cup win in Madrid.") == []


@pytest.mark.parametrize("text", [
    "On 3 May 2026, the Russian air force fired in Bucha (Kyiv). Two people were injured.",
    "On 3 May 2026, Russian airforce fired on Bucha (Kyiv). Two people were injured.",
])
def test_air_force_that_fires_strikes(pipeline: Pipeline, text: str) -> None:
    assert _subs(pipeline, text) == ["Air/drone strike"]


@pytest.mark.parametrize("text", [
    "The air force fired its chief of staff on Monday over a procurement scandal.",
    "The bank fired its chief executive at the end of the year.",
])
def test_dismissal_is_no_shooting(pipeline: Pipeline, text: str) -> None:
    assert _subs(pipeline, text) == []


def test_gunfire_at_a_bus_still_shoots(pipeline: Pipeline) -> None:
    assert _subs(pipeline, "On 3 May 2026, gunmen fired several shots at a bus in Kaduna, wounding two passengers.") \
        == ["Attack"]


def test_drug_trafficking_group_is_a_gang(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "On 3 May 2026, in Manaus (Amazonas), gunmen of a rival gang shot and wounded two men belonging "
               "to a drug trafficking group.")
    assert [(e.sub_event_type, e.actor1) for e in doc.events] == [("Armed clash", "Unidentified Gang (Brazil)")]


@pytest.mark.parametrize("text", [
    "On 3 May 2026, a farmer was wounded when his tractor struck a mine that had been planted during the 2020 war "
    "near Agdam.",
    "On 3 May 2026, a shepherd was killed by a mine laid during the civil war near Tartar.",
])
def test_war_that_dates_a_thing_leaves_the_event(pipeline: Pipeline, text: str) -> None:
    assert _subs(pipeline, text) == ["Remote explosive/landmine/IED"]


def test_deaths_during_a_past_war_stay_history(pipeline: Pipeline) -> None:
    assert _subs(pipeline, "Thousands of civilians were killed during the civil war in the 1990s.") == []


@pytest.mark.parametrize("text", [
    "On 3 May 2026, Ukrainian forces destroyed an enemy tank and two armoured vehicles near Izium (Kharkiv).",
    "On 3 May 2026, Ukrainian forces hit an enemy dugout near Izium (Kharkiv).",
    "On 3 May 2026, Ukrainian forces destroyed a Russian tank near Izium (Kharkiv).",
])
def test_an_enemy_or_a_force_hit_in_its_tank_is_a_battle(pipeline: Pipeline, text: str) -> None:
    assert _subs(pipeline, text) == ["Armed clash"]


def test_a_water_tank_destroyed_by_a_storm_is_no_event(pipeline: Pipeline) -> None:
    assert _subs(pipeline, "The storm destroyed a water tank in the village on Monday.") == []


def test_head_slammed_against_a_wall_is_an_attack(pipeline: Pipeline) -> None:
    assert _subs(pipeline, "On 3 May 2026, prison guards slammed a detainee's head against a wall in a prison in "
                 "Minsk.") == ["Attack"]


def test_police_who_held_migrants_arrested_them(pipeline: Pipeline) -> None:
    assert _subs(pipeline, "On 3 May 2026, police officers and immigration agents held 120 migrants travelling in a "
                 "lorry in Veracruz.") == ["Arrests"]


@pytest.mark.parametrize("text", [
    "The concert hall held 500 people on Saturday night.",
    "The goalkeeper hit his head on the post during the second half.",
])
def test_a_hall_that_held_people_or_a_head_on_a_post_is_no_event(pipeline: Pipeline, text: str) -> None:
    assert _subs(pipeline, text) == []


@pytest.mark.parametrize(("text", "sub"), [
    ("On 3 May 2026, a municipal police officer threw a rock at a journalist who was covering a council meeting in "
     "Merida (Yucatan).", "Attack"),
    ("On 3 May 2026, soldiers roughed up a shopkeeper in Goma (North Kivu).", "Attack"),
    ("On 3 May 2026, a feud between two armed groups over farmland left three people wounded in Lashkar Gah "
     "(Helmand).", "Armed clash"),
    ("On 3 May 2026, protesters threw stones at police officers in Nairobi.", "Violent demonstration"),
])
def test_rock_rough_handling_and_armed_dispute(pipeline: Pipeline, text: str, sub: str) -> None:
    assert _subs(pipeline, text) == [sub]


def test_striker_manhandled_is_sport(pipeline: Pipeline) -> None:
    assert _subs(pipeline, "The striker was manhandled by defenders all afternoon and the referee gave nothing.") == []


def test_dragged_out_of_a_car_is_violence(pipeline: Pipeline) -> None:
    assert _subs(pipeline, "On 3 May 2026, ruling party members dragged an opposition candidate's driver out of his "
                 "car in Kwekwe (Midlands) ahead of the by-election.") == ["Mob violence"]


def test_dragged_out_of_relegation_is_sport(pipeline: Pipeline) -> None:
    assert _subs(pipeline, "The manager dragged his side out of the relegation zone with a win on Saturday.") == []
