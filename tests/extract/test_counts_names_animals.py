"""A name as the object of a killing verb is one victim even with no counted subject ("gunmen shot dead Halima
Yusufu"); a number before an animal noun is no toll ("culled two stray cats"). counts.py and counts.toml; sentences
written for these tests (synthetic)."""

from __future__ import annotations

import pytest

from eventcoder.extract.lexicon import find_counts


def _killed(text: str) -> int:
    return sum(c.value for c in find_counts(text, 0, len(text)) if c.role == "killed" and c.counted)


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Gunmen shot dead Halima Yusufu near her farm outside Funtua on Tuesday.", 1),
        ("Masked men killed activist Tomas Villalobos outside a cafe in Culiacan.", 1),
        ("Unidentified assailants assassinated Karim Haddad near a bakery in Tikrit.", 1),
        ("Bandits killed Sani Lawal and Garba Dogo on the road to Tsafe.", 2),  # two names, two victims
        ("Raiders killed Sani Lawal, a village elder, at his gate.", 1),  # the apposition is the same man
        ("Troops killed Danladi Jatau, the leader of the cell, near the border.", 1),
        ("Soldiers killed Boko Haram fighters near the lake shore.", 0),  # a group's name before people
        ("Jets struck Kano State targets and killed Niger Delta militants.", 0),
        ("Two soldiers shot dead Danjuma Okoro outside his shop.", 1),  # the counted subject's object, not twice
    ],
)
def test_counts_named_object_of_killing_is_one_victim(text: str, dead: int) -> None:
    assert _killed(text) == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Rangers shot dead two stray cats behind the depot.", 0),
        ("Villagers shot dead 14 wild boars that had raided the maize fields.", 0),
        ("The hunt ended after killing 63 foxes across the estate.", 0),
        ("Gunmen shot dead four herders and killed 35 cattle near the river.", 4),  # people keep their count
        ("Raiders killed three farmers and 20 goats in the hamlet.", 3),
    ],
)
def test_counts_number_of_animals_is_no_toll(text: str, dead: int) -> None:
    assert _killed(text) == dead
