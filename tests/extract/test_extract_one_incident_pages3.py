"""One incident, one record (issue 17, round of 12:00, docs/extraction.md "Parts of one incident told apart"): a
neighbourhood read as a far town of its name, a killing told again at its precise site, the police's evacuation
during an attack and the toll told after it. Every text was written for this test (synthetic)."""

from __future__ import annotations

import pytest

from eventcoder.api import extract_text

pytestmark = pytest.mark.slow


def _events(text: str, published: str | None = None) -> list[tuple[str | None, str | None, str | None, int]]:
    doc = extract_text(text, published=published)
    return [(e.event_date, e.sub_event_type, e.location, e.fatalities) for e in doc.events]


# --- a neighbourhood is no far town ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "town"), [
    # synthetic: the index knows a village of the colonia's name some 45 km from the city, in the same state
    ("Prosecutors in Guadalajara, Jalisco, said gunmen killed two brothers at a car wash in colonia Lazaro Cardenas "
     "on 12 May 2024.", "Guadalajara"),
    # synthetic: ... and a colonia named after a state, read as the state
    ("On 12 May 2024, gunmen on a motorbike shot dead a shopkeeper in colonia Morelos in Culiacan, Sinaloa, state "
     "prosecutors said.", "Culiacan"),
])
def test_sites_neighbourhood_read_as_a_far_town_is_no_second_site(text: str, town: str) -> None:
    assert [loc for _, _, loc, _ in _events(text, "2024-05-14")] == [town]


def test_sites_neighbourhood_alone_stays_the_site() -> None:
    # synthetic: the neighbourhood is the only place told: it stays, wherever the index puts it
    events = _events("On 9 March 2024, gunmen shot dead two police officers in the Penha neighborhood.")
    assert [loc for _, _, loc, _ in events] == ["Penha"]


# --- a killing told again at its site ------------------------------------------------------------------------------------

def test_sites_killing_told_again_at_its_district_is_one_record() -> None:
    # synthetic: the lead names the state capital, the next sentence tells the same victim killed in a district
    text = ("On 4 March 2024, a herder was killed in Kano. The herder was stabbed to death near a cattle market in "
            "Gwarzo Local Government Area.")
    assert _events(text) == [("2024-03-04", "Attack", "Gwarzo", 1)]


def test_sites_attack_told_again_to_take_place_in_a_district_is_one_record() -> None:
    # synthetic: "The attack took place in Y" tells the incident's site again, more precisely than the lead's town
    text = ("On 4 April 2024, bandits killed four farmers in Kano. The attack took place in Gwarzo Local Government "
            "Area, police said.")
    assert _events(text, "2024-04-06") == [("2024-04-04", "Attack", "Gwarzo", 4)]


def test_sites_other_victims_at_another_town_stay_apart() -> None:
    # synthetic: other dead ("the two herders" after three farmers) at a town of their own: two sites
    text = "On 4 March 2024, three farmers were killed in Kano. The two herders were killed later in Gwarzo."
    assert {loc for _, _, loc, _ in _events(text)} == {"Kano", "Gwarzo"}


def test_sites_killing_told_again_in_another_province_keeps_both() -> None:
    # synthetic: the retelling's site lies in another state than the lead's place: not the same site told finer
    text = ("On 4 March 2024, a herder was killed in Kano. The herder was stabbed to death near a cattle market in "
            "Makurdi.")
    assert {loc for _, _, loc, _ in _events(text)} == {"Kano", "Makurdi"}


# --- the course of an attack ----------------------------------------------------------------------------------------------

def test_incidents_evacuation_and_later_toll_belong_to_the_bombing() -> None:
    # synthetic: police evacuating people during an attack is its course, and the toll told after it is the attack's
    text = ("A suicide bomber drove a car packed with explosives into the gate of a hotel in Mogadishu on Monday. "
            "Police evacuated about 300 people living nearby. A hospital official says nine people died.")
    assert [(s, loc, n) for _, s, loc, n in _events(text, "2024-03-05")] == [("Suicide bomb", "Mogadishu", 9)]


def test_incidents_evacuation_alone_stays_an_event() -> None:
    # synthetic: an evacuation with no violent incident told is a development of its own
    text = "On 5 March 2024, police evacuated 300 residents from Mopti after a bomb threat."
    assert [(d, loc) for d, _, loc, _ in _events(text)] == [("2024-03-05", "Mopti")]


# --- men of one force are one perpetrator ---------------------------------------------------------------------------------

def test_incidents_gunmen_from_a_force_are_one_party_and_their_abduction_is_the_attack() -> None:
    # synthetic: "gunmen from an army unit" is one party, not a summary of two; the abduction told next is a
    # co-occurring tactic of the same attack (ACLED codes one Attack)
    text = ("On 6 March 2024, gunmen from an army unit stormed a market in Marib, killing four traders. The raiders "
            "also kidnapped two women.")
    assert [(s, loc, n) for _, s, loc, n in _events(text)] == [("Attack", "Marib", 4)]


def test_incidents_two_parties_coordinated_stay_a_summary() -> None:
    # synthetic: "soldiers and rebels" are two parties: the lead is a summary, never one party's attack
    text = "On 6 March 2024, soldiers and rebels attacked villages in Marib, killing four. The attackers abducted two others."
    events = [(s, loc, n) for _, s, loc, n in _events(text)]
    assert events and ("Attack", "Marib", 4) not in events


# --- a period's toll told in a relative clause ---------------------------------------------------------------------------

def test_background_period_toll_in_a_where_clause_is_no_event_of_the_day() -> None:
    # synthetic: the day is the curfew's; the deaths "in recent days" are the period's, told in the "where" clause,
    # commas and all: only Friday's rally is an event, on its own day
    text = ("On Thursday, the government shut schools across Malawi, where at least 40 people have died, doctors say, "
            "in street battles with police in recent days. Thousands of students ignored the order on Friday and "
            "rallied in Lilongwe.")
    assert _events(text, "2024-07-21") == [("2024-07-19", "Peaceful protest", "Lilongwe", 0)]


def test_background_day_event_beside_a_period_clause_stays() -> None:
    # synthetic: the main clause tells the day's own act; only the clause's period toll leaves it
    text = "On Thursday, police fired tear gas at protesters in Lilongwe, where 40 people have died in clashes in recent days."
    events = _events(text, "2024-07-21")
    assert [(d, loc, n) for d, _, loc, n in events] == [("2024-07-18", "Lilongwe", 0)]


# --- an earlier day's incident ----------------------------------------------------------------------------------------------

def test_background_earlier_day_told_after_the_lead_at_no_place_is_recalled() -> None:
    # synthetic: the incident told on 2 July, after Monday's lead and at no place of its own, is the earlier one the
    # report recalls: no record, and its toll is never the lead's
    text = ("Gunmen killed ten civilians in an attack on Kaya on Monday, a security source said on Tuesday. "
            "On 30 June, insurgents ambushed a convoy in the east, killing 21 soldiers.")
    assert _events(text, "2024-08-13") == [("2024-08-12", "Attack", "Kaya", 10)]


def test_incidents_earlier_day_at_a_place_of_its_own_is_its_own_incident() -> None:
    # synthetic: a digest's item of last Thursday at its own town, by the same group, is an incident of its own on its
    # own day with its own toll (ACLED codes one event per day and place): Monday's ten dead are not shared with it
    text = ("Jihadists from the Ansarul Islam group killed ten civilians in an attack on Kaya on Monday, a security "
            "source said on Tuesday. Last Thursday, Ansarul Islam fighters killed four soldiers in an ambush near "
            "Dori.")
    assert sorted((d, loc, n) for d, _, loc, n in _events(text, "2024-08-13")) == [
        ("2024-08-08", "Dori", 4), ("2024-08-12", "Kaya", 10)]


# --- "the clash" told again -----------------------------------------------------------------------------------------------

def test_incidents_injured_in_the_clash_is_the_riot_told_again() -> None:
    # synthetic: "in the clash" names the riot again: one record, whose type the back-reference does not decide
    text = ("On 3 April 2024, supporters of two rival parties clashed with sticks and stones in Tangail after a local "
            "election. 15 people were injured in the clash.")
    assert [(d, s, loc) for d, s, loc, _ in _events(text, "2024-04-06")] == [
        ("2024-04-03", "Violent demonstration", "Tangail")]


def test_incidents_the_clash_left_dead_is_the_fight_at_the_rally() -> None:
    # synthetic: the fight told at a rally, then "The clash ... left 12 people dead": one incident, one record with
    # its dead, not a peaceful protest beside an armed clash
    text = ("At a campaign rally in Enugu on Friday, soldiers clashed with members of a separatist movement. Twelve "
            "people died in the clash, hospital staff said.")
    assert [(s, loc, n) for _, s, loc, n in _events(text, "2024-04-06")] == [("Armed clash", "Enugu", 12)]


# --- a crowd's day told in parts ------------------------------------------------------------------------------------------

def test_incidents_riot_then_the_gathering_before_it_is_one_violent_demonstration() -> None:
    # synthetic: the riot is told first, then the crowd's demonstration "earlier in the day" that it grew out of, then
    # the arrests over the violence: one event, a demonstration that turned violent
    text = ("An angry mob set fire to a police station in the town of Kisii on Saturday after a motorcycle taxi driver "
            "died in police custody, residents said. Hundreds of residents had gathered outside the station earlier in "
            "the day to demand answers over the death. Police said 12 people were arrested for their role in the "
            "violence.")
    assert [(s, loc) for _, s, loc, _ in _events(text, "2024-06-27")] == [("Violent demonstration", "Kisii")]


def test_incidents_gathering_on_another_day_stays_its_own_event() -> None:
    # synthetic: a gathering told in the past perfect but on another day than the riot is not its beginning
    text = ("A mob lynched a suspected thief in Kisii on Saturday, police said. On Sunday, hundreds of residents had "
            "gathered in Kisii to condemn mob justice.")
    assert sorted(d for d, _, _, _ in _events(text, "2024-06-27")) == ["2024-06-22", "2024-06-23"]


def test_incidents_lethal_force_on_a_march_outranks_the_arrests() -> None:
    # synthetic: forces killing marchers, then arrests at the same march: excessive force against protesters (ACLED's
    # order), not a protest with intervention
    text = ("Security forces opened fire on demonstrators in Khartoum on Sunday, killing five people, medics said. "
            "The protesters had been marching towards the presidential palace to demand civilian rule. Dozens were "
            "wounded, and police arrested several protest leaders.")
    assert [(s, n) for _, s, _, n in _events(text, "2024-06-27")] == [("Excessive force against protesters", 5)]


# --- a trend word in the act's cause -------------------------------------------------------------------------------------

def test_background_trend_word_in_the_cause_clause_leaves_the_act() -> None:
    # synthetic: "spread" tells how the rumour travelled, in the clause after "after": the mob's act on Monday is the
    # day's event, and the arrests over it are its course (one record)
    text = ("A mob attacked a mosque and torched shops in the town of Nuh on Monday after rumours spread of an insult to "
            "a local religious leader. Police have arrested 23 people in connection with the unrest.")
    assert [(d, s, loc) for d, s, loc, _ in _events(text, "2024-06-27")] == [("2024-06-24", "Mob violence", "Nuh")]


def test_background_trend_of_the_act_itself_stays_history() -> None:
    # synthetic: the trend is the sentence's own (violence that has spread over a period): no event of a day
    text = "Attacks by armed gangs have spread to several districts of Zamfara since last year, officials said."
    assert _events(text, "2024-06-27") == []
