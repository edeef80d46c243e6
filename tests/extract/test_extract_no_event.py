"""Lines and sentences of real pages that add no event (synthetic texts written for these tests)."""

from __future__ import annotations

import pytest

from eventcoder.api import extract_text


def events(text: str, published: str | None = "2024-05-10"):  # type: ignore[no-untyped-def]
    return extract_text(text, published=published).events


def test_no_event_from_a_page_subheading_or_a_line_of_tags() -> None:
    # synthetic: the report, then the headings of other stories of the page and a line of tags
    evs = events(
        "Gunmen killed four farmers in Kauru on Monday, police said.\n\n"
        "Wave of abductions\n\n"
        "Student protests\n\n"
        "#attack #gunmen #Kaduna")
    assert len(evs) == 1
    assert evs[0].sub_event_type == "Attack"


def test_a_first_line_without_a_full_stop_is_still_read() -> None:
    # synthetic: a telegraphic item whose only line has no full stop
    assert events("Gunmen kill four farmers in Kauru on Monday")


@pytest.mark.parametrize("text", [
    # synthetic: a court hearing told of an earlier raid
    "Police found the men handling stolen ballots during a raid on a warehouse, the hearing was told.",
    # synthetic: a crowd that is expected to march, with an adverb in the way
    "Farmers and pensioners were also expected to demonstrate outside the conference centre.",
    # synthetic: troops that should be withdrawn, and hostages' captors asking for it
    "The video showed the hostage asking for foreign troops to be pulled out of the country.",
    # synthetic: an undated report recalling an earlier month (a capital 'In')
    "The party's leader resigned on Friday. He will stay an MP.\n\nIn January, he called the protesters 'suicide bombers' in a television debate.",
])
def test_no_event_from_courts_plans_demands_or_earlier_months(text: str) -> None:
    assert not events(text, published=None)


def test_what_a_man_was_jailed_for_is_not_what_the_crowd_did() -> None:
    # synthetic: a peaceful protest for men jailed for burning a school
    evs = events("On 3 May 2024, about 50 villagers protested outside the court in Antsirabe demanding the release "
                 "of two men who were jailed for burning and vandalising a school.")
    assert [e.sub_event_type for e in evs] == ["Peaceful protest"]


@pytest.mark.parametrize("text", [
    # synthetic: a killing within a family, told in the passive
    "A woman died in hospital on Friday after she was stabbed by her husband at their flat in Leeds, police said.",
    # synthetic: an arrest for a killing within a family
    "Police in Osaka have arrested a pensioner suspected of killing his wife with a kitchen knife.",
    # synthetic: a debate, a campaign against a policy and a site set aside for a protest
    "The mayor clashed on Thursday with a campaigner over the new tax.",
    "The group has been fighting against the defence cuts for a year.",
    "Campaigners agreed to stay in a demonstration area across the river.",
    # synthetic: history of a genocide in an aid story
    "The grant will help women survivors of the 1994 genocide who were raped.",
])
def test_no_event_from_family_crime_politics_words_or_history(text: str) -> None:
    assert not events(text)


def test_an_undated_report_told_last_month_is_context() -> None:
    # synthetic: an undated report whose third sentence recalls last month's raid elsewhere
    evs = events(
        "Police raided a slum in the north of the city on Friday, leaving six suspects dead.\n\n"
        "Officers said they seized rifles.\n\n"
        "Last month, hundreds of police raided the neighbouring district of Vila Nova.", published=None)
    assert len(evs) == 1
