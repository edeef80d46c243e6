"""The press among victim nouns ("killed reporter X"), and a person's name joined by "and" to a counted group as one
more victim ("killed 12 fighters and X, a commander": 13), never counted twice. counts.py, victims.toml and
counts.toml; every sentence here is written for these tests (synthetic)."""

from __future__ import annotations

import pytest

from eventcoder.extract.lexicon import find_counts


def _killed(text: str) -> int:
    return sum(c.value for c in find_counts(text, 0, len(text)) if c.role == "killed" and c.counted)


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Masked men killed reporter Lina Castell outside her flat in Sorvena.", 1),
        ("Gunmen shot dead cameraman Ivo Marek near the studio gate.", 1),
        ("A sniper killed photographer Dara Quill on the bridge.", 1),
        ("The shell killed three reporters and a photographer at the crossing.", 4),
        ("Two cameramen were killed when the convoy was hit.", 2),
        ("Gunmen killed a correspondent of the paper in the square.", 1),
    ],
)
def test_counts_press_nouns_are_victims(text: str, dead: int) -> None:
    assert _killed(text) == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Troops killed 12 fighters and Tamir Oskan, a commander, in the raid.", 13),
        ("Troops killed 12 fighters and Tamir Oskan in the raid.", 13),
        ("Troops killed 12 fighters and their commander Tamir Oskan near the ford.", 13),  # not 14
        ("Troops killed 12 fighters and their commander near the ford.", 13),
        ("Troops killed Tamir Oskan and 12 fighters in the raid.", 13),  # the name first
        ("Raiders killed nine villagers and Bako Dunne, the village head.", 10),
        # negatives: a name among the counted, a group's or a place's name, a clause's subject
        ("Troops killed 12 fighters, including Tamir Oskan, a commander.", 12),
        ("Soldiers killed 12 fighters and Red Hand commanders vowed revenge.", 12),
        ("Jets killed 12 fighters and Sorvena State officials confirmed it.", 12),
        ("Gunmen killed 12 people and President Oskan condemned the attack.", 12),
        ("Bandits killed Sani Lawal and Garba Dogo on the road to Tsafe.", 2),
    ],
)
def test_counts_name_joined_to_counted_group_adds_one(text: str, dead: int) -> None:
    assert _killed(text) == dead
