"""An earlier incident a report recalls is none of its events (background.mark_recalled); synthetic texts."""

from __future__ import annotations

import pytest

from eventcoder.api import extract_text
from eventcoder.model import EventRecord


def events(text: str, published: str | None = "2024-05-10") -> list[EventRecord]:
    return extract_text(text, published=published).events


def test_recalled_caption_of_last_weeks_raid_is_not_the_reports_record() -> None:
    # synthetic: a photo caption recalls last week's raid before the lead, which has only a weekday
    evs = events(
        "A burnt classroom at a college in Kontagora, where gunmen kidnapped 30 people last week.\n\n"
        "Gunmen abducted a group of pupils from a boarding school in Gusau early on Friday, a state official said.\n\n"
        "It was not clear how many children had been taken.")
    assert [(e.sub_event_type, e.location) for e in evs] == [("Abduction/forced disappearance", "Gusau")]


def test_recalled_last_week_aside_without_a_place_adds_nothing_to_the_lead() -> None:
    # synthetic: an aside about last week with no place of its own neither joins the lead nor adds its toll
    evs = events(
        "Gunmen abducted a group of pupils from a boarding school in Gusau early on Friday, a state official said.\n\n"
        "It was not clear how many children had been taken.\n\n"
        "Last week, gunmen killed a teacher in an attack on another school and kidnapped 30 people.")
    assert len(evs) == 1
    assert evs[0].sub_event_type == "Abduction/forced disappearance"
    assert evs[0].fatalities == 0


def test_recalled_last_week_at_a_place_of_its_own_stays_apart_from_the_lead() -> None:
    # synthetic: a digest's paragraph about last week elsewhere is its own incident (the store keeps it apart as
    # recalled), never more of the lead's; an earlier month's incident is context and left out
    evs = events(
        "Gunmen abducted a group of pupils from a boarding school in Gusau early on Friday, a state official said.\n\n"
        "It was not clear how many children had been taken.\n\n"
        "Last week, gunmen killed a teacher in an attack on a college in Kontagora and kidnapped 30 people.\n\n"
        "Earlier this month, a bomb exploded at a market in Maiduguri, killing 12 traders.")
    assert [(e.sub_event_type, e.location, e.fatalities) for e in evs] == [
        ("Abduction/forced disappearance", "Gusau", 0), ("Attack", "Kontagora", 1)]


def test_recalled_clause_after_response_words_leaves_the_sentence() -> None:
    # synthetic: a missile strike "in response to" a gas attack; the gas attack's toll and type are not the strike's
    evs = events(
        "Navy destroyers fired 30 cruise missiles at the Tiyas airbase near Homs on Friday, the Pentagon said, "
        "in response to a chemical attack on the town of Saraqib that killed 40 civilians.\n\n"
        "Officials said the chemical attack on Tuesday had been launched from the base.")
    assert len(evs) == 1
    assert evs[0].sub_event_type != "Chemical weapon"
    assert evs[0].fatalities == 0


def test_recalled_where_clause_of_an_earlier_day_adds_no_event() -> None:
    # synthetic: "where ... last Friday": the earlier day's attack in the capital is context of today's blast
    evs = events(
        "Three people were killed on Thursday when a bomb exploded near a mosque in Sylhet.\n\n"
        "The blast took place in the north of the country, where gunmen attacked a restaurant last Friday, "
        "killing 18 people.", published="2024-05-09")
    assert len(evs) == 1
    assert evs[0].fatalities == 3


def test_recalled_words_that_open_the_sentence_keep_its_main_clause() -> None:
    # synthetic: "Days after ..., the army ..." recalls only up to the comma
    evs = events(
        "Days after militants stormed a police post in Tank, the army launched air strikes on hideouts in "
        "North Waziristan on Monday, killing 12 militants.")
    assert len(evs) == 1
    assert evs[0].sub_event_type == "Air/drone strike"
    assert evs[0].fatalities == 12


def test_recalled_report_about_last_weeks_incident_keeps_it() -> None:
    # synthetic: with no lead of its own, a report dated by "last week" is about that incident
    evs = events("Last week, gunmen killed 9 villagers in an attack on Dogo in Plateau state, police said.")
    assert len(evs) == 1
    assert evs[0].fatalities == 9


def test_recalled_perfect_toll_after_a_period_toll_is_no_event() -> None:
    # synthetic: a war's toll, then a side's claim in the perfect tense with no day: both context, no event
    evs = events(
        "Rockets were fired at Ashdod from the Gaza Strip on Thursday, hours before a truce was due.\n\n"
        "Since the fighting began on May 2, health officials say 180 people have been killed.\n"
        "The army says it has killed at least 90 fighters in the strip.")
    assert all(e.fatalities == 0 for e in evs)
    assert all(e.event_date == "2024-05-09" for e in evs)


def test_recalled_a_few_days_ago_or_earlier_this_week_beside_a_dated_lead_adds_nothing() -> None:
    # synthetic: beside a lead with a day of its own ("on Thursday"), an aside told "a few days ago" or "earlier
    # this week" with no place of its own is an earlier incident: it neither adds an event nor its toll
    for when in ("A few days ago", "Earlier this week", "Several days ago"):
        evs = events(
            "Gunmen abducted a group of pupils from a boarding school in Gusau on Thursday, a state official said.\n\n"
            "It was not clear how many children had been taken.\n\n"
            f"{when}, gunmen killed a teacher in an attack on another school and kidnapped 30 people.")
        assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Abduction/forced disappearance", 0)], when


def test_recalled_earlier_this_week_without_a_dated_lead_is_the_reports_incident() -> None:
    # synthetic: with no day of the lead's own to set it apart, "earlier this week" dates the report's incident
    evs = events("Gunmen killed 9 villagers in an attack on Dogo in Plateau state earlier this week, police said.")
    assert len(evs) == 1
    assert evs[0].fatalities == 9


def test_recalled_a_few_days_ago_at_a_place_of_its_own_is_context_not_a_digest_item() -> None:
    # synthetic: "a few days ago" dates no item of a digest: the earlier attack elsewhere adds no event and no toll
    evs = events(
        "Gunmen attacked a church in Makurdi on Thursday, killing five worshippers, police said.\n\n"
        "Police said two suspects were arrested.\n\n"
        "A few days ago, raiders shot dead more than 20 herders near Jos.")
    assert [e.location for e in evs if e.fatalities] == ["Makurdi"]
    assert sum(e.fatalities for e in evs) == 5


def test_recalled_relative_clause_history_of_the_victim_leaves_the_main_clause() -> None:
    # synthetic: "who won a prize last year" tells the victim's history; the murder on Thursday is the event
    evs = events("A local activist, a teacher who won a national award last year for her work, was murdered in "
                 "her home in Kontagora on Thursday, her family said.")
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Attack", 1)]


def test_recalled_where_clause_trend_after_the_toll_keeps_the_toll() -> None:
    # synthetic: a perfect-tense trend in a where-clause after the sentence's own toll
    evs = events("At least six people were shot dead during a local vote in the hill district of Kontagora, "
                 "where banditry has left hundreds killed in recent years.")
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Attack", 6)]


def test_recalled_where_clause_trend_alone_is_background() -> None:
    # synthetic: the trend clause with no trigger outside it tells no event
    assert events("Officials met in Kontagora, where banditry has left hundreds killed in recent years.") == []


def test_recalled_reports_of_killings_on_a_given_day_are_news() -> None:
    # synthetic: "alarmed by reports of" executions on a weekday: the day's event is told
    evs = events("The monitors said they were alarmed by reports of executions in Kontagora on Wednesday, a "
                 "video seeming to show nine detainees being shot dead.")
    assert [e.fatalities for e in evs] == [9]


def test_recalled_where_clause_of_history_leaves_its_toll_out() -> None:
    # synthetic: troop deployment to a town "where militants killed 30 people in recent years": the toll is history
    evs = events("Soldiers were deployed on Monday to the town of Dori, where militants killed 30 people in recent "
                 "years.")
    assert all(e.fatalities == 0 and e.event_type != "Battles" for e in evs)


def test_recalled_responding_to_an_attack_is_no_second_event() -> None:
    # synthetic: missile strikes "responding to" an earlier gas attack: only the strikes are the report's event
    evs = events(
        "The navy fired cruise missiles at an air base near Homs on Friday, officials said, responding to a poison "
        "gas attack that killed dozens of people in a rebel-held town.")
    assert len(evs) == 1
    assert evs[0].sub_event_type != "Chemical weapon"


# Issue #17: a lead with no toll and no place finer than the country, then a sentence that recalls an earlier
# incident ("comes a week after", "is the second ... in a week", "follows a similar attack"): the earlier incident
# adds no event and lends the lead no place, toll or actor. Synthetic texts.
_LEAD_NO_PLACE = "Gunmen abducted scores of students from a secondary school in northern Nigeria on Thursday, police said.\n\n"
_LEAD_ZAMFARA = "Armed men kidnapped pupils from a school in Zamfara State on Thursday, police said.\n\n"
_RECALLS = [
    "The abduction comes a week after gunmen killed one person and abducted 42 others in the state of Niger.",
    "The abduction came days after bandits killed three villagers and seized 42 people in Kaduna State.",
    "It is the second mass abduction in a week after bandits killed three villagers and seized 42 people in Kaduna.",
    "The kidnapping is the second in a week: on Monday gunmen killed two and abducted 40 in Kebbi State.",
    "The raid follows a similar attack in which gunmen killed five people in Sokoto State.",
]


@pytest.mark.parametrize("recall", _RECALLS)
def test_recalled_incident_lends_an_unplaced_lead_no_place_toll_or_event(recall: str) -> None:
    evs = events(_LEAD_NO_PLACE + recall)
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Abduction/forced disappearance", 0)]
    assert evs[0].admin1 is None and evs[0].location is None  # the country only, as the lead tells it


@pytest.mark.parametrize("recall", _RECALLS)
def test_recalled_incident_leaves_a_placed_lead_as_it_is(recall: str) -> None:
    evs = events(_LEAD_ZAMFARA + recall)
    assert [(e.sub_event_type, e.admin1, e.fatalities) for e in evs] == [
        ("Abduction/forced disappearance", "Zamfara", 0)]


def test_today_second_attack_sentence_without_recall_keeps_its_own_toll() -> None:
    # synthetic: a sentence that is itself today's incident, with "second" but no recall frame, keeps its toll
    evs = events("Gunmen killed four farmers in a second attack on the village of Dogon Daji in Sokoto State on Thursday.")
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Attack", 4)]


@pytest.mark.parametrize("rest", ["; 12 people were killed, police said.", " and 12 people were killed."])
def test_recalled_ordinal_in_a_period_only_counts_the_earlier_ones(rest: str) -> None:
    # Synthetic: "the second attack this week" names no earlier incident's facts; today's toll after it stays.
    text = "Gunmen attacked a market in Maiduguri on Tuesday. It was the second attack this week" + rest
    assert [(e.location, e.fatalities) for e in events(text)] == [("Maiduguri", 12)]


def test_recalled_last_week_overnight_raid_beside_an_unplaced_lead_stays_its_own_incident() -> None:
    # synthetic: the lead names no town the gazetteer knows; last week's "overnight" raid at a place of its own is no
    # day of the lead's ("overnight" names a time of day, not another day), so it stays apart from the lead
    evs = events(
        "Gunmen abducted a group of pupils from a boarding school early on Friday, a state official said.\n\n"
        "It was not clear how many children had been taken.\n\n"
        "Last week, gunmen killed a teacher in an overnight attack on a college in Kontagora and kidnapped 30 people.",
        published=None)
    assert sorted(e.sub_event_type or "" for e in evs) == ["Abduction/forced disappearance", "Attack"]
    abduction = next(e for e in evs if e.sub_event_type == "Abduction/forced disappearance")
    assert abduction.fatalities == 0


def test_recalled_caption_lends_its_place_to_no_unplaced_lead() -> None:
    # synthetic: the caption tells only last week's raid; its town is that raid's, not the lead's, whose place the
    # report gives later in a speaker's title
    evs = events(
        "A burnt classroom at a college in Kontagora, where gunmen kidnapped 30 people last week.\n\n"
        "Gunmen abducted a group of pupils from a boarding school early on Friday, a state official said.\n\n"
        "It was not clear how many children had been taken.")
    assert all(e.location != "Kontagora" for e in evs)
