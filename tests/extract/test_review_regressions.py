"""Regressions an independent review found in the extraction round, each with the case the rule was made for. Every
text here is synthetic, written for these tests (invented figures and people; places only as common gazetteer names):
a "previously" participle recalls only its own clause; fighting "since" a day is history only when it is all the
sentence tells and the day is well before the lead's; a later figure of other dead is no rival report of the same
dead; two unnamed parties told as coordinated subjects are a summary; a riot absorbs only its own crowd's arrests."""

from __future__ import annotations

import pytest

from eventcoder.api import extract_text
from eventcoder.extract import background
from eventcoder.extract.incidents import _CROWD_ARRESTED  # noqa: PLC2701 -- the rule under test
from eventcoder.model import EventRecord


def events(text: str) -> list[EventRecord]:
    return [e for e in extract_text(text, published="2025-03-07").events if not e.background]


# --- "previously": the participle's own clause only -----------------------------------------------------------------

def test_previously_in_a_relative_clause_leaves_the_main_clause_act() -> None:
    # synthetic: the raid told "previously" is history; the return and the killing on Tuesday are the report's event
    evs = events("Bandits who had previously raided the settlement came back on Tuesday and shot dead six herders "
                 "in Gusau, police said.")
    assert [e.fatalities for e in evs] == [6]


def test_previously_between_commas_leaves_the_main_clause_act() -> None:
    # synthetic: the looting "previously" told is closed by its comma; the attack after it stands
    evs = events("The market, which was previously looted by gunmen, was attacked again on Tuesday when militants "
                 "killed four traders in Maiduguri.")
    assert [e.fatalities for e in evs] == [4]


def test_previously_kidnapped_person_kidnapped_again_is_an_abduction() -> None:
    # synthetic: the earlier kidnapping (with its year) is recalled; "was abducted again on Tuesday" is today's
    evs = events("A priest who had previously been kidnapped in 2021 was abducted again on Tuesday by gunmen in "
                 "Kaduna.")
    assert [e.sub_event_type for e in evs] == ["Abduction/forced disappearance"]


def test_what_a_person_suffered_previously_still_adds_no_event() -> None:
    # synthetic: the case the rule was made for: coordinated participles ("arrested and flogged") are one clause
    evs = events("On 3 March 2025, soldiers burnt the office of a radio station in Jos. Its manager had previously "
                 "been arrested and flogged by soldiers at a rally.")
    assert len(evs) == 1
    assert evs[0].event_type != "Protests"


# --- fighting "since" a day -----------------------------------------------------------------------------------------

def test_fighting_since_a_recent_day_with_its_own_toll_is_the_report_event() -> None:
    # synthetic: the killing after the comma is the sentence's own; the fight is the report's event
    evs = events("Troops have been fighting Boko Haram militants around Gwoza since Tuesday, killing at least 17 "
                 "fighters, the army said on Thursday.")
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Armed clash", 17)]


def test_fighting_since_a_day_stops_at_a_semicolon() -> None:
    # synthetic: the toll after the semicolon is outside the feud's clause
    evs = events("Two communities have been clashing in Bokkos since Sunday; at least nine people were killed on "
                 "Tuesday, police said.")
    assert sum(e.fatalities for e in evs) == 9


def test_fighting_since_the_day_before_the_lead_keeps_its_sides() -> None:
    # synthetic: fighting since the day before the lead's is the lead's own fighting: its sides stay named
    evs = events("At least 25 civilians were killed in El Fasher on Tuesday. The army and the Rapid Support Forces "
                 "have been fighting in the city since Monday.")
    assert [e.fatalities for e in evs] == [25]
    assert evs[0].sub_event_type == "Armed clash"


def test_a_feud_since_a_month_is_still_history() -> None:
    # synthetic: the case the rule was made for, told with a month: one event, the report's
    evs = events("On 4 March 2025, in Jos, members of the Black Axe gang clashed with members of the Eiye gang. "
                 "The two gangs have been locked in fighting over the market since January.")
    assert [e.event_date for e in evs] == ["2025-03-04"]


def test_the_feud_rule_reads_only_its_own_clause() -> None:
    assert background._FEUD.search("The clans have been locked in fighting over land since May")
    assert not background._FEUD.search("The clans have been fighting, killing 12, since May")


# --- rival figures and more dead ------------------------------------------------------------------------------------

def test_others_who_died_later_are_added_not_a_rival_figure() -> None:
    # synthetic: "two others later died" are more dead, not another source's figure for the same three
    evs = events("Militants stormed a police post in Damboa on Tuesday, killing three officers, but officials said "
                 "two others later died in hospital.")
    assert [e.fatalities for e in evs] == [5]


def test_people_also_killed_are_added_not_a_rival_figure() -> None:
    # synthetic: "were also killed" tells dead besides the soldiers
    evs = events("Gunmen killed three soldiers at a checkpoint in Damboa on Tuesday, but residents said four people "
                 "were also killed in a nearby market.")
    assert [e.fatalities for e in evs] == [7]


def test_a_rival_figure_for_the_same_dead_is_still_not_added() -> None:
    # synthetic: the case the rule was made for: another source's count of the attack's dead; the lowest is coded
    evs = events("Gunmen killed three soldiers at a checkpoint in Damboa on Tuesday, but residents said nine people "
                 "died in the attack.")
    assert [e.fatalities for e in evs] == [3]


# --- unnamed perpetrators told twice or as two parties --------------------------------------------------------------

def test_two_unnamed_parties_as_coordinated_subjects_are_a_summary() -> None:
    # synthetic: "rebels and bandits ... in separate attacks": each later sentence is its own attack with its toll
    evs = events("Rebels and bandits killed 25 people in separate attacks on Tuesday. Rebels killed 15 villagers in "
                 "Beni territory, North Kivu. Bandits killed 10 travellers near Rutshuru.")
    assert sorted(e.fatalities for e in evs) == [10, 15]


# --- arrests beside a riot ------------------------------------------------------------------------------------------

def test_an_unrelated_arrest_on_a_riot_day_is_its_own_event() -> None:
    # synthetic: a politician arrested for his remarks is not the rioting crowd
    evs = events("Youths rioted in Jos on Tuesday, torching shops over the death of a trader. Police also arrested "
                 "a union leader in Jos for hate speech.")
    assert "Arrests" in {e.sub_event_type for e in evs}


def test_reporters_arrested_on_a_riot_day_are_their_own_event() -> None:
    evs = events("Youths rioted in Jos on Tuesday, torching shops over the death of a trader. Police arrested two "
                 "reporters who had criticised the governor.")
    assert "Arrests" in {e.sub_event_type for e in evs}


def test_the_crowd_arrested_at_a_riot_is_its_outcome() -> None:
    # synthetic: the case the rule was made for: the rioters arrested are the riot's outcome, no record of their own
    evs = events("Youths rioted in Jos on Tuesday after a trader was killed, and police arrested 25 people.")
    assert "Arrests" not in {e.sub_event_type for e in evs}


def test_arrests_over_a_lynching_are_its_outcome() -> None:
    evs = events("A mob beat a suspected thief to death in Kano on Tuesday. Police later arrested nine people over "
                 "the lynching.")
    assert "Arrests" not in {e.sub_event_type for e in evs}


@pytest.mark.parametrize(("sentence", "crowd"), [
    ("Police arrested 25 people.", True),
    ("Dozens of youths were arrested.", True),
    ("Police rescued the man and arrested him.", True),
    ("Eleven were arrested over the unrest.", True),
    ("Three men, among them the shop's owner, have been arrested.", True),
    ("Two reporters were arrested.", False),
    ("Police said they made 14 arrests.", True),
    ("Troops detained dozens of protesters.", True),
    ("Those arrested will appear in court.", True),
    ("Police detained a local councillor on charges of fraud.", False),
    ("Police arrested a union leader for hate speech.", False),
    ("Police arrested two reporters who had criticised the governor.", False),
])
def test_who_a_riot_arrest_takes(sentence: str, crowd: bool) -> None:
    assert bool(_CROWD_ARRESTED.search(sentence)) is crowd
