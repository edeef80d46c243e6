"""Round 4 of the pages work (docs/extraction.md): a count in a clause told as days after an earlier incident, a
month's or a year's tally, a report's publication day, a toll bound to the place of its own clause, a total told with
its parts, days counted from the day told before, and suicide bombers among the dead. Every text was written for this
test (synthetic)."""

from __future__ import annotations

import pytest

from eventcoder.api import extract_text
from eventcoder.extract.lexicon import find_counts

pytestmark = pytest.mark.slow

_PUB = "2026-03-10"  # a Tuesday


def _events(text: str) -> list[tuple[str | None, str | None, str | None, int | None, int | None]]:
    doc = extract_text(text, published=_PUB)
    return sorted((e.event_date, e.sub_event_type, e.location, e.fatalities, e.injuries) for e in doc.events)


# --- a clause told as days after an earlier incident keeps its count ----------------------------------------------

@pytest.mark.parametrize("text", [
    "Heavy fighting resumed between rival militias in Sirte on Monday, a week after clashes in the port killed at "
    "least 25 people, witnesses said.",  # synthetic
    "Police broke up a march of students in Kano on Monday, two weeks after soldiers shot dead six marchers in the "
    "same street.",  # synthetic
])
def test_background_days_after_clause_lends_no_count(text: str) -> None:
    events = _events(text)
    assert events and all(f == 0 for _, _, _, f, _ in events)


def test_background_days_after_the_persons_own_wounding_is_the_same_incident() -> None:
    # negative: the shooting that led to the death is no earlier incident; its place stays the event's
    text = "A headman died on Sunday, a week after being shot by gunmen at his farm in Bauchi."  # synthetic
    events = _events(text)
    assert [(loc, f) for _, _, loc, f, _ in events] == [("Bauchi", 1)]


# --- a month's or a year's tally is no event -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Raids by armed groups killed 240 villagers in Niger in January, the highest monthly figure on record, an "
    "observatory said on Monday.",  # synthetic
    "The police said on Monday that they had killed more than 300 gang members in operations in Sinaloa during 2024.",
    # synthetic
    "In a study released on Monday, a rights group said troops had executed 30 herders near Mopti in June 2021.",
    # synthetic
])
def test_background_period_tallies_and_old_reports_are_no_event(text: str) -> None:
    assert _events(text) == []


def test_background_a_month_told_with_one_attack_stays() -> None:
    # negative: one attack told with its day, beside a statement's day
    text = "Gunmen killed seven farmers near Mopti on Saturday, the army said on Monday."  # synthetic
    assert [(d, f) for d, _, _, f, _ in _events(text)] == [("2026-03-07", 7)]


@pytest.mark.parametrize("text", [
    "Rebels killed 31 villagers in a raid on a hamlet near Mopti in March, the highest toll in the region this year, "
    "officials said.",  # synthetic: "highest" ranks one attack
    "Gunmen killed two public figures in Kauru in Kaduna State in March, police said.",  # synthetic: victims
])
def test_background_one_attack_ranked_or_of_figures_is_no_tally(text: str) -> None:
    events = _events(text)
    assert len(events) == 1 and events[0][3] is not None and events[0][3] >= 2


@pytest.mark.parametrize("text", [
    "Raids by armed groups killed 96 villagers around Mopti in March, the highest toll for any month since 2019, "
    "an observatory said.",  # synthetic: "highest" bound to a period
    "Gangs killed 57 people in Zamfara in March, according to figures for the month released by a monitor.",
    # synthetic: "figures" bound to a period
])
def test_background_period_bound_highest_or_figures_is_a_tally(text: str) -> None:
    assert _events(text) == []


# --- a toll bound to its clause's place; a total with its parts ------------------------------------------------------

def test_coding_toll_binds_to_its_clause_place() -> None:
    text = ("Missiles hit Odesa on Sunday night, killing four people, and a drone strike on Sumy later that night "
            "injured nine, officials said.")  # synthetic
    got = {loc: (f, i or 0) for _, _, loc, f, i in _events(text)}
    assert got == {"Odesa": (4, 0), "Sumy": (0, 9)}


def test_tolls_total_told_with_its_parts_is_not_added() -> None:
    text = ("Two raids in Zamfara killed 11 people on Sunday: bandits killed seven farmers near Anka, and four traders "
            "died in an ambush near Gusau.")  # synthetic
    found = find_counts(text, 0, len(text))
    assert sorted(c.value for c in found if c.role == "killed") == [4, 7, 11]
    assert sum(f for _, _, _, f, _ in _events(text)) == 11


# --- days counted from the day told before ---------------------------------------------------------------------------

@pytest.mark.parametrize(("opening", "day"), [
    ("The next day", "2026-03-07"), ("Two days later", "2026-03-08"), ("The following day", "2026-03-07"),
])
def test_coding_days_later_count_from_the_day_before(opening: str, day: str) -> None:
    text = (f"Protesters blocked the highway in Kisumu on Friday. {opening}, police fired tear gas at a crowd "
            "in Nakuru.")  # synthetic
    dates = {loc: d for d, _, loc, _, _ in _events(text)}
    assert dates.get("Kisumu") == "2026-03-06" and dates.get("Nakuru") == day


# --- suicide bombers are counted among the dead (ACLED) --------------------------------------------------------------

@pytest.mark.parametrize(("text", "dead"), [
    ("Two suicide bombers blew themselves up outside a barracks, killing four soldiers.", 6),  # synthetic
    ("A suicide bomber detonated his explosive belt at a wedding, killing nine guests.", 10),  # synthetic
    # negatives: the bomber already in the toll, a bomber caught alive
    ("A suicide bomber blew himself up at a wedding, killing nine people including the bomber.", 9),  # synthetic
    ("Police arrested a would-be suicide bomber before he could detonate his vest.", 0),  # synthetic
    # the act retold with no toll of its victims gives no toll of its own
    ("An officer said two suicide bombers detonated their vests as guards chased them.", 0),  # synthetic
])
def test_counts_suicide_bombers_are_fatalities(text: str, dead: int) -> None:
    assert sum(c.value for c in find_counts(text, 0, len(text)) if c.role == "killed" and c.counted) == dead
