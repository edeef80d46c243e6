"""A number and people noun that is the subject of an active killing verb with an object are the doers, not dead
("three gunmen shot dead a teacher"); with no object after the verb the same words are a headline's passive and the
people are the dead ("three gunmen shot dead by police"). counts.py; sentences written for these tests (synthetic)."""

from __future__ import annotations

import pytest

from eventcoder.extract.lexicon import find_counts


def _killed(text: str) -> int:
    return sum(c.value for c in find_counts(text, 0, len(text)) if c.role == "killed" and c.counted)


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Three gunmen shot dead a teacher in Zaria on Friday.", 1),
        ("Three gunmen shot dead two teachers in Zaria on Friday.", 2),
        ("Two men on a motorbike shot him dead outside a pharmacy in Zaria, police said.", 1),
        ("Four soldiers killed two traders near the cattle market.", 2),
        ("Two gunmen shot and killed a shopkeeper on the ring road.", 1),
        ("Five herders killed three farmers of the next village.", 3),
        ("A man shot dead two traders at the bus depot.", 2),
        ("Two soldiers shot dead Danjuma Okoro outside his shop.", 1),  # a name is one victim
        ("Three gunmen killed them on the road home.", 0),  # who "them" are is told elsewhere
    ],
)
def test_counts_subject_of_active_killing_is_no_toll(text: str, dead: int) -> None:
    assert _killed(text) == dead


@pytest.mark.parametrize(
    "text",
    [
        "Three gunmen shot dead by police in Zaria",
        "Three gunmen shot dead in Zaria on Friday",
        "Three gunmen were shot dead",
        "Three gunmen were shot dead two days after the raid.",
        "Three Gunmen Shot Dead In Zaria On Friday",
        "Three gunmen shot dead, two arrested after the raid.",
        "Three gunmen killed the next morning by vigilantes.",
    ],
)
def test_counts_headline_passive_counts_the_people(text: str) -> None:
    assert _killed(text) == 3


def test_counts_name_before_people_is_a_group() -> None:
    text = "Nine soldiers killed Ansaru Jama fighters near the ridge."
    assert _killed(text) == 0


@pytest.mark.parametrize(
    "text",
    ["Ten villagers killed a few hours after the truce.", "Ten villagers were killed an hour later."],
)
def test_counts_time_after_the_verb_is_no_victim(text: str) -> None:
    assert _killed(text) == 10
