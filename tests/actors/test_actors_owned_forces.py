"""A generic force word owned by a named armed group is that group's wing, not a state's forces (synthetic sentences
written for these tests)."""

from __future__ import annotations

import pytest

from eventcoder.extract.actors import ActorLexicon


@pytest.fixture(scope="module")
def lex() -> ActorLexicon:
    return ActorLexicon.load(user=False)


def _kinds(lex: ActorLexicon, text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.kind) for m in lex.find(text)]


@pytest.mark.parametrize("text", [
    "A spokesman for Al-Shabaab's military operations said the group carried out the raid.",
    "Hezbollah's military wing said it fired at the post.",
])
def test_actors_a_groups_own_force_word_is_no_state(lex: ActorLexicon, text: str) -> None:
    assert all(kind != "state" for _, kind in _kinds(lex, text))


@pytest.mark.parametrize(("text", "surface"), [
    ("Militants attacked the army's base near the border.", "army"),
    ("Syria's army shelled the town on Monday.", "Syria's army"),
])
def test_actors_a_state_force_stays(lex: ActorLexicon, text: str, surface: str) -> None:
    assert (surface, "state") in _kinds(lex, text)
