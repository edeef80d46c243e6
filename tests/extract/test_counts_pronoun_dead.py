"""A pronoun object left dead by the act ("shot him dead", "beat her to death") is one killed (counts.py); sentences
written for these tests (synthetic)."""

from __future__ import annotations

import pytest

from eventcoder.extract.lexicon import find_counts


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen on a motorbike shot him dead at a fuel station on Friday.",
        "A crowd beat her to death near the bus park.",
    ],
)
def test_counts_pronoun_left_dead_is_one_killed(text: str) -> None:
    assert [(c.role, c.value) for c in find_counts(text, 0, len(text)) if not c.subset] == [("killed", 1)]


def test_counts_pronoun_shot_but_alive_is_no_death() -> None:
    text = "Soldiers shot him in the leg as he ran from the checkpoint."
    assert [c for c in find_counts(text, 0, len(text)) if c.role == "killed"] == []
