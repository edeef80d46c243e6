"""extract.roles: a passive told without its auxiliary ("two militants killed.") names who was hit (synthetic texts)."""

from __future__ import annotations

from eventcoder.api import extract_text
from eventcoder.extract.explain import explain


def _frame(text: str, needle: str) -> tuple[list[str], list[str]]:
    doc = extract_text(text, published="2024-05-05")
    f = next(f for f in explain(doc).frames if needle in f.sentence)
    return f.agents, f.targets


def test_participle_ending_the_clause_is_a_passive() -> None:
    # synthetic: a post quoted in a report, with a zero-padded number the count reader does not take
    agents, targets = _frame("Troops and rebels fought near Kupwara on Friday. 03 #rebels killed.", "#rebels")
    assert not any("rebels" in a for a in agents)
    assert any("rebels" in t for t in targets)


def test_participle_with_an_object_stays_active() -> None:
    # synthetic: "killed at least ten", "killed on Sunday five": the men named first did it
    agents, _ = _frame("Gunmen killed at least ten villagers near Maru on Monday.", "Gunmen")
    assert any("Gunmen" in a for a in agents)
    agents, _ = _frame("Gunmen killed on Sunday five farmers near Maru.", "Gunmen")
    assert any("Gunmen" in a for a in agents)
