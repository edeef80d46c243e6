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


# --- review of the one-incident round (D1-D7) --------------------------------------------------------------------------

def _places(text: str) -> dict[str | None, int]:
    return {loc: killed for _, _, loc, killed in _events(text, "2026-03-10")}


def test_background_hours_after_an_indefinite_incident_is_no_recall() -> None:
    # synthetic (D1): "hours after a car bomb killed ..." tells the same day's other incident for the first time, and a
    # later bombing with a day and a place of its own is never dropped as the recalled one's retelling
    text = ("Hours after a truck bomb killed 12 people in Mosul, gunmen attacked a police post in Tikrit on Thursday, "
            "killing two officers. Later on Thursday, a truck bomb went off in Erbil, killing four people.")
    assert {"Mosul", "Erbil"} <= set(_places(text))


def test_background_hours_after_the_named_incident_is_a_recall() -> None:
    # synthetic (D1, kept): "hours after the X blast" points back at an incident known before: one record
    text = "Hours after the Mogadishu blast, al-Shabaab fighters ambushed an army convoy near Afgooye on Sunday."
    assert list(_places(text)) == ["Afgooye"]


def test_background_same_day_attack_with_the_recalled_weapon_stays() -> None:
    # synthetic (D1): "That same day" rockets at another town: the report's own incident, not the recalled one
    text = ("Jets struck a warehouse in Rafah on Monday, hours after militants fired rockets at Sderot. "
            "That same day rockets struck Netivot, killing a man.")
    assert "Netivot" in _places(text)


@pytest.mark.parametrize(("text", "killed"), [
    # synthetic (D2): the natural cause is another subject's; the count before the conjunction stays
    ("Troops clashed with rebels near Kidal on Monday. Seven soldiers were killed and a colonel died of a stroke.", 7),
    ("Rebels ambushed a convoy near Gao on Monday. Ten soldiers were killed and a driver died from exhaustion later.",
     10),
])
def test_counts_natural_death_of_another_subject_keeps_the_violent_toll(text: str, killed: int) -> None:
    assert list(_places(text).values()) == [killed]


def test_counts_death_after_a_beating_is_the_events() -> None:
    # synthetic (D3): a heart attack brought on by the police's beating is a death the event caused
    text = ("Police broke up a sit-in by teachers in Harare on Monday. "
            "One teacher died of a heart attack after being beaten by officers.")
    assert list(_places(text).values()) == [1]


def test_tolls_attackers_killed_later_in_a_breakdown_sentence_add() -> None:
    # synthetic (D4): the breakdown covers the villagers; the gunmen soldiers killed later are new dead
    text = ("Gunmen killed nine villagers in Djibo on Saturday. The dead included two children, and soldiers later "
            "killed five of the gunmen near the village.")
    assert list(_places(text).values()) == [14]


def test_incidents_third_blast_after_twin_blasts_on_the_next_day_stays_apart() -> None:
    # synthetic (D5): twin blasts have no third part, and "the next day" is another day's
    text = ("Twin blasts hit a bus park in Maiduguri on Monday, killing 11 people. "
            "A third explosion struck a market in the city the next day, wounding four.")
    assert len(_events(text, "2026-03-10")) == 2


def test_sites_road_between_two_named_villages_keeps_the_village() -> None:
    # synthetic (D6): both ends named: the road's first village is the site, not the governorate's city
    text = ("On 3 May 2024, settlers attacked Palestinian farmers on the road between Huwwara and Beita (Nablus), "
            "injuring two.")
    assert [loc for _, _, loc, _ in _events(text, "2024-05-10")] == ["Huwwarah"]


def test_dates_another_incidents_raised_toll_lends_no_act_day() -> None:
    # synthetic (D7): the Herat attack is its own incident after the Kabul bombing's raised toll: it keeps the toll's
    # day (the nearest day told), not the Kabul bombing's
    text = ("A bomb exploded in a Kabul market on Saturday, killing nine people. On Monday, the death toll rose to 13. "
            "Gunmen attacked a checkpoint in Herat, killing three police officers.")
    got = {loc: d for d, _, loc, _ in _events(text, "2026-03-10")}
    assert got == {"Kabul": "2026-03-07", "Herat": "2026-03-09"}


def test_sites_town_inside_a_sites_parenthesis_only_locates_it() -> None:
    # synthetic: "X village (A and B, region)": the governorate named after two towns is no second site; one record
    text = ("On 9 May 2024, Palestinian rioters threw stones at Israeli forces who entered Kafr Qaddum village "
            "(Qalqilya and Azzun, West Bank).")
    assert [loc for _, _, loc, _ in _events(text, "2024-05-10")] == ["Kafr Qaddum"]


@pytest.mark.parametrize(("reply", "killed"), [
    # synthetic: the attacked side's reply killing the attackers adds the other side's dead of the same fight
    ("Soldiers fought back, killing 15 militants.", 18),
    # synthetic: the reply restating the soldiers' own dead adds nothing
    ("Soldiers fought back, and the three soldiers died in the fighting.", 3),
])
def test_tolls_attackers_killed_in_the_attacked_sides_reply_add(reply: str, killed: int) -> None:
    text = f"Militants attacked an army camp near Menaka on Tuesday, killing three soldiers. {reply}"
    assert [k for _, _, _, k in _events(text, "2026-03-10")] == [killed]
