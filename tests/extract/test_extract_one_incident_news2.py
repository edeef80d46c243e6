"""Leftovers and review fixes of the one-incident round (docs/extraction.md, "Review fixes and leftovers (round of
10:00)"): a demonstration whose crowd is told rioting is a violent demonstration, also when the police act in the same
sentence; shelling answered by the shelled side's fire is an armed clash; a recalled incident's own item does not take
the lead's day; seizing a house is no territory. Every text was written for this test (synthetic)."""

from __future__ import annotations

import pytest

from eventcoder.api import extract_text

pytestmark = pytest.mark.slow


def _events(text: str, published: str | None = None) -> list[tuple[str | None, str | None, str | None, int]]:
    doc = extract_text(text, published=published)
    return [(e.event_date, e.sub_event_type, e.location, e.fatalities) for e in doc.events]


# --- a demonstration turned violent ------------------------------------------------------------------------------------

def test_incidents_crowd_burning_after_a_protest_makes_it_violent() -> None:
    # synthetic: the lead names armed men only in the protest's cause; the next sentence tells the demonstrators rioting
    text = ("On 3 May 2024, in Kumasi, residents blocked a main road in protest at the death of a taxi driver in a "
            "gunfight between gang members and the police. Demonstrators burned tyres on the road.")
    assert [(d, s) for d, s, _, _ in _events(text)] == [("2024-05-03", "Violent demonstration")]


def test_incidents_police_acting_against_rioting_crowd_is_no_summary() -> None:
    # synthetic: the police and the rioters in one sentence are the crowd event's two sides, not a summary of two
    # perpetrators' attacks dropped for its parts
    text = ("On 4 May 2024, market vendors protested in Ndola against the confiscation of their stalls. "
            "The police intervened when the rioters tried to smash parked cars and block the highway.")
    assert [(d, s) for d, s, _, _ in _events(text)] == [("2024-05-04", "Violent demonstration")]


def test_incidents_peaceful_march_with_police_watching_stays_peaceful() -> None:
    # synthetic: no crowd violence told: the police presence does not make it violent
    text = ("On 4 May 2024, nurses marched peacefully in Ndola to demand unpaid allowances. "
            "Police officers escorted the marchers to the provincial offices.")
    assert all(s != "Violent demonstration" for _, s, _, _ in _events(text))


# --- shelling answered ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("reply", [
    "Militia fighters fired back with heavy machine guns. No casualties were reported.",
    "The rebels fired back with heavy machine guns.",
    "Fighters returned fire, and the exchange lasted for two hours.",
])
def test_incidents_shelling_answered_by_fire_is_an_armed_clash(reply: str) -> None:
    # synthetic: the shelled side firing back: both sides fired, an armed clash (ACLED), one event, the shelled side
    # its other party
    text = f"On 6 May 2024, army units fired four mortar shells at rebel positions near Kidal. {reply}"
    doc = extract_text(text)
    assert [(e.event_date, e.sub_event_type) for e in doc.events] == [("2024-05-06", "Armed clash")]
    assert doc.events[0].actor2 is not None


def test_incidents_shelling_with_no_reply_stays_shelling() -> None:
    # synthetic: nobody fires back: shelling
    text = ("On 6 May 2024, army units fired four mortar shells at militia positions near Kidal. "
            "The shells damaged two vehicles, a local official said.")
    assert [(d, s) for d, s, _, _ in _events(text)] == [("2024-05-06", "Shelling/artillery/missile attack")]


def test_incidents_crowd_told_earlier_in_the_week_is_another_demonstration() -> None:
    # synthetic: Saturday's march the police broke up, then "Earlier this week" burning by protesters: two days, two
    # events (one demonstration event per day), the first not made violent by the second
    text = ("Several thousand protesters marched in Lusaka on Saturday and police fired live rounds at them, "
            "wounding a photographer. Earlier this week, protesters set fire to a tax office in Lusaka.")
    subs = sorted(s or "" for _, s, _, _ in _events(text))  # no publication date: both days stay
    assert len(subs) == 2 and "Violent demonstration" in subs and subs != ["Violent demonstration"] * 2


# --- the day of a recalled incident's own item -----------------------------------------------------------------------

_RECALLED = ("Rockets fired by militants hit a market in Kandahar on Wednesday, killing four people, officials said. "
             "The strike came {gap} after militants fired three rockets at an army base. "
             "The projectiles hit a fuel depot in Spin Boldak and wounded two soldiers.")


def test_dates_recalled_incidents_item_takes_the_day_the_recall_gives() -> None:
    # synthetic: "a day after" on Wednesday: the recalled strike's item is Tuesday's, not the lead's Wednesday
    got = {loc: d for d, _, loc, _ in _events(_RECALLED.format(gap="a day"), "2024-05-10")}
    assert got == {"Kandahar": "2024-05-08", "Spin Boldak": "2024-05-07"}


def test_dates_recalled_incidents_item_with_no_days_told_is_undated() -> None:
    # synthetic: "weeks after" gives no day: the item is left undated rather than given the lead's
    got = {loc: d for d, _, loc, _ in _events(_RECALLED.format(gap="weeks"), "2024-05-10")}
    assert got == {"Kandahar": "2024-05-08", "Spin Boldak": None}


# --- a statement's day is not the act's when the act is dated otherwise ------------------------------------------------

def test_dates_statement_day_gives_way_to_the_day_of_the_raid_named_again() -> None:
    # synthetic: the second place's dead were killed "during the same raid" told on Sunday; Tuesday is the statement's
    text = ("On Sunday, gunmen killed seven farmers in Kaduna. "
            "Police said on Tuesday that two herders were killed in Zaria during the same raid.")
    got = {loc: d for d, _, loc, _ in _events(text, "2024-05-10")}
    assert got == {"Kaduna": "2024-05-05", "Zaria": "2024-05-05"}


def test_dates_statement_day_of_an_act_told_on_its_own_stays() -> None:
    # synthetic: a separate arrest with only the statement's day: the statement's day is all the text gives
    text = ("On Sunday, gunmen killed seven farmers in Kaduna. "
            "In a separate incident, police said on Tuesday that soldiers arrested five suspects in Zaria.")
    got = {loc: d for d, _, loc, _ in _events(text, "2024-05-10")}
    assert got["Zaria"] == "2024-05-07"
