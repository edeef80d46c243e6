"""Casualty counts from the grammar of casualty reporting (sentences written for these tests)."""

from __future__ import annotations

import pytest

from eventcoder.extract.lexicon import find_counts
from eventcoder.extract.numbers import NUMBER_RE, parse_quantity


def counts(text: str) -> list[tuple[str, int]]:
    return [(c.role, c.value) for c in find_counts(text, 0, len(text)) if not c.subset]


@pytest.mark.parametrize(
    ("text", "value", "low", "high"),
    [
        ("at least 11", 11, 11, None),
        ("between 5 and 7", 5, 5, 7),
        ("five or six", 5, 5, 6),
        ("twenty-three", 23, 23, 23),
        ("dozens of", 12, 12, None),
        ("hundreds of", 100, 100, None),
        ("more than 20", 20, 20, None),
        ("1,200", 1200, 1200, 1200),
        ("two hundred", 200, 200, 200),
    ],
)
def test_numbers_parse_bounds_ranges_and_vague_words(text: str, value: int, low: int, high: int | None) -> None:
    m = NUMBER_RE.search(text)
    assert m is not None
    q = parse_quantity(m)
    assert q is not None and (q.value, q.low, q.high) == (value, low, high)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At least 14 villagers were killed and 9 others wounded in the raid.", [("killed", 14), ("injured", 9)]),
        ("The explosion killed 8 people, including 2 children, and wounded 31.", [("killed", 8), ("injured", 31)]),
        ("A landmine left four soldiers dead outside the town.", [("killed", 4)]),
        ("Gunmen shot dead two farmers and their son near the border.", [("killed", 2), ("killed", 1)]),
        ("Three policemen and a civilian were killed at the checkpoint.", [("killed", 3), ("killed", 1)]),
        ("Seven killed, twelve hurt in market bombing", [("killed", 7), ("injured", 12)]),
        ("The death toll from the attack has risen to 19.", [("killed", 19)]),
        ("The raid claimed the lives of six fishermen.", [("killed", 6)]),
        ("Insurgents abducted 40 pupils from a boarding school.", [("abducted", 40)]),
        ("Six students, most of them girls, were wounded by the blast.", [("injured", 6)]),
        ("Attackers killed a tribal elder in the market.", [("killed", 1)]),
        ("A teacher was shot dead on his way home.", [("killed", 1)]),
        ("The militia killed a family of seven.", [("killed", 7)]),
        ("A bomb killed two district officials and two of their bodyguards.", [("killed", 2), ("killed", 2)]),
        ("The mayor was killed along with six others in the ambush.", [("killed", 1), ("killed", 6)]),
        ("An elderly couple were killed when the shell hit their house.", [("killed", 2)]),
        ("No fewer than 10 villagers were feared dead after the raid.", [("killed", 10)]),
        ("Gunmen shot dead 4 traders and 300 others were displaced.", [("killed", 4)]),
    ],
)
def test_counts_reads_roles_and_values(text: str, expected: list[tuple[str, int]]) -> None:
    assert counts(text) == expected


def test_counts_including_is_a_subset_not_an_addition() -> None:
    text = "The shelling killed 12 people, including 5 children."
    found = find_counts(text, 0, len(text))
    assert [(c.value, c.subset) for c in found if c.role == "killed"] in ([(12, False), (5, True)], [(12, False)])


@pytest.mark.parametrize(
    "text",
    [
        "The convoy of 30 trucks reached the city in 2021.",
        "Officials said 12 rockets were fired at the base.",
        "About 2 million people fled the fighting between 2017 and 2020.",
    ],
)
def test_counts_ignores_numbers_that_are_not_casualties(text: str) -> None:
    assert counts(text) == []


def test_counts_offsets_point_into_the_text() -> None:
    text = "Police said that 5 protesters were injured. Later 2 officers died."
    for c in find_counts(text, 0, len(text)):
        assert text[c.start : c.end].strip()
        assert c.start >= 0 and c.end <= len(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # synthetic: an adverb between the auxiliary and the verb of one victim
        ("A 52-year-old farmer was later shot dead on the road to Kidal.", [("killed", 1)]),
        ("A teacher was also killed in the raid.", [("killed", 1)]),
        ("A policeman was then wounded by a second blast.", [("injured", 1)]),
    ],
)
def test_counts_one_victim_with_an_adverb(text: str, expected: list[tuple[str, int]]) -> None:
    assert counts(text) == expected
