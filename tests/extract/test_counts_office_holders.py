"""One office-holder killed is one victim: a definite office noun after a killing verb, also after the person's name
("killed X Y, the chairman of ..."); sentences written for these tests (synthetic)."""

from __future__ import annotations

import pytest

from eventcoder.extract.lexicon import find_counts


def counts(text: str) -> list[tuple[str, int]]:
    return [(c.role, c.value) for c in find_counts(text, 0, len(text)) if not c.subset]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen shot dead the mayor of a small town on Sunday.", [("killed", 1)]),
        ("Militants assassinated the provincial governor near his office.", [("killed", 1)]),
        ("Unknown attackers killed Musa Bello, the chairman of a local council, at his farm.", [("killed", 1)]),
        ("Gunmen abducted the village councillor from his home.", [("abducted", 1)]),
    ],
)
def test_counts_office_holder_killed_is_one(text: str, expected: list[tuple[str, int]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said gunmen had fired at the market.",
        "The governor condemned the killing of the chairman of the council.",
    ],
)
def test_counts_office_holder_who_speaks_is_no_victim(text: str) -> None:
    assert [c for c in counts(text) if c[0] == "killed"] == []


def test_counts_possessive_office_holder_is_not_the_victim() -> None:
    # synthetic: the senator was not killed; his bodyguard and a driver were
    text = "Attackers killed the senator's bodyguard and a driver near a market on Friday."
    found = [c for c in find_counts(text, 0, len(text)) if not c.subset and c.role == "killed"]
    assert sum(c.value for c in found) == 2
    assert all(not text[c.start : c.end].endswith("senator") for c in found)
