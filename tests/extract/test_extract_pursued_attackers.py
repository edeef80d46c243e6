"""Attackers killed by the forces pursuing them are fatalities of the event, never counted twice (synthetic texts)."""

from __future__ import annotations

import pytest

from eventcoder.api import extract_text


def tolls(text: str) -> list[tuple[int | None, int | None]]:
    return [(e.fatalities, e.attacker_fatalities) for e in extract_text(text, published="2024-05-10").events]


@pytest.mark.parametrize(("text", "want"), [
    # synthetic: the pursuit in the same sentence and in the next one
    ("Troops pursued the gunmen and killed four of them on Monday after the attackers killed two villagers in Kano.",
     [(6, 4)]),
    ("Gunmen killed two villagers in Kano on Monday. Troops pursued the gunmen and killed four of them.", [(6, 4)]),
    # synthetic: a toll that already includes the attackers is not added to
    ("Six people, including two gunmen, were killed in the attack on a village in Kano on Monday. "
     "Troops pursued the gunmen and killed two of them.", [(6, None)]),
    # synthetic: "four of them children" is a part of the dead, not new dead
    ("Gunmen killed 10 people in Kano on Monday, four of them children.", [(10, None)]),
])
def test_pursued_attackers_killed_count_once(text: str, want: list[tuple[int, int | None]]) -> None:
    assert tolls(text) == want
