"""Self-defence groups, local defence militias and security officers (round of 2026-12-07, 10:00), synthetic phrases:
self-defence groups and local defence militias are communal (identity) militias as ACLED codes them, in the plural
too; "community self-defence groups" stay the vigilantes they were; "security officers" are security forces (the
military), as "security personnel" are (data/actors/groups.tsv, states.tsv)."""

from __future__ import annotations

import pytest

from eventcoder.extract.actors import ActorLexicon
from eventcoder.vocab import Inter


@pytest.fixture(scope="module")
def lex() -> ActorLexicon:
    return ActorLexicon.load(user=False)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Self-defence groups repelled the raid.", "Unidentified Communal Militia"),
        ("A self-defense group set up a checkpoint.", "Unidentified Communal Militia"),
        ("Local defence militiamen guarded the wells.", "Unidentified Communal Militia"),
        ("Local defense militias guarded the market.", "Unidentified Communal Militia"),
        ("Community self-defense groups patrolled the road.", "Vigilante Group"),
        ("A bomb hit security officers at the gate.", "Military Forces"),
    ],
)
def test_actors_defence_groups_keys(lex: ActorLexicon, text: str, key: str) -> None:
    assert [m.key for m in lex.find(text)] == [key]


def test_actors_self_defence_groups_are_identity_militias(lex: ActorLexicon) -> None:
    (found,) = lex.find("Self-defence groups repelled the raid.")
    assert found.inter == Inter.IDENTITY_MILITIA
    assert found.kind == "identity_militia"
