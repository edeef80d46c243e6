"""Number phrases read whole and faithfully (issue 15, items 1 and 11); sentences written for these tests."""

from __future__ import annotations

import pytest

from eventcoder.extract.lexicon import find_counts
from eventcoder.extract.numbers import MAX_COUNT, NUMBER_RE, parse_quantity


def _value(text: str) -> tuple[str, int | None]:
    m = NUMBER_RE.search(text)
    assert m is not None, text
    q = parse_quantity(m)
    return m.group(0), None if q is None else q.value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("2 million", "2 million", 2_000_000),
        ("one million", "one million", 1_000_000),
        ("1.2 million", "1.2 million", 1_200_000),
        ("4.35 million", "4.35 million", 4_350_000),  # exact, not 4349999.999...
        ("1 000 000", "1 000 000", 1_000_000),
        ("12 500", "12 500", 12_500),
        ("two hundred thousand", "two hundred thousand", 200_000),
        ("2.5 dozen", "2.5 dozen", 30),
        ("1,200", "1,200", 1200),
        ("twenty-three", "twenty-three", 23),
    ],
)
def test_numbers_reads_multipliers_and_grouped_digits_whole(text: str, phrase: str, value: int) -> None:
    assert _value(text) == (phrase, value)


@pytest.mark.parametrize(
    "text",
    [
        "5.5",  # a fraction of a person is not a count
        "1.2345 thousand",
        "1000000000000000000000000000000",  # more than everyone alive
        "9 billion",
        "1" * 5000,  # past Python's int() digit limit: must not raise
    ],
)
def test_numbers_fractions_and_impossible_figures_are_not_counts(text: str) -> None:
    assert _value(text)[1] is None


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("between 1.1 and 1.5 million", 1_100_000, 1_500_000),  # the low end takes the high end's multiplier
        ("between 2 and 3 million", 2_000_000, 3_000_000),
        ("two or three hundred", 200, 300),
        ("5 to 7 thousand", 5000, 7000),
        ("between 2 million and 3 million", 2_000_000, 3_000_000),
        ("between 5 and 7", 5, 7),
    ],
)
def test_numbers_ranges_share_their_multiplier(text: str, low: int, high: int) -> None:
    m = NUMBER_RE.search(text)
    assert m is not None and m.group(0) == text
    q = parse_quantity(m)
    assert q is not None and (q.value, q.low, q.high) == (low, low, high)


def test_numbers_bound_is_the_world_population() -> None:
    assert _value(f"{MAX_COUNT:,}")[1] == MAX_COUNT
    assert _value(f"{MAX_COUNT + 1:,}")[1] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On March 12 300 people were killed.", [("killed", 300, "300 people were killed")]),
        ("At least 1 000 000 people were killed in the famine.", [("killed", 1_000_000, "At least 1 000 000 people were killed")]),
        ("The war has killed 2 million people.", [("killed", 2_000_000, "2 million people")]),
        ('Police said "at least 7 people" were killed in the attack.', [("killed", 7, 'at least 7 people" were killed')]),
        # a quote further on is not crossed: this is an audience, not a toll
        ('Over 9 million viewers watched "Big" Frank Butcher killed off in the finale.', []),
        ("About 5.5 people were killed.", []),
        ("1000000000000000000000000000000 people were killed.", []),
    ],
)
def test_counts_take_the_whole_number_with_its_evidence(text: str, expected: list[tuple[str, int, str]]) -> None:
    got = [(c.role, c.value, text[c.start : c.end]) for c in find_counts(text, 0, len(text)) if not c.subset]
    assert got == expected


def test_counts_quoted_victim_noun_keeps_its_kind() -> None:
    text = 'Officials said at least 7 "civilians" were killed.'
    (count,) = find_counts(text, 0, len(text))
    assert (count.value, count.victims, count.victim_kind) == (7, "civilians", "civilian")
