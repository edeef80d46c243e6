"""Limits of the rules that join one attack told stage by stage (issue 17, extraction side): stages against
another second party, another counted dead, an unnamed side that is the counterpart, a crowd fired on after a
protest, a statement date, a day told by one side only. Every text here is synthetic, written for these tests,
with invented towns and figures."""

from __future__ import annotations

from eventcoder.api import extract_text
from eventcoder.model import EventRecord


def events(text: str, published: str = "2024-03-13") -> list[EventRecord]:
    return [e for e in extract_text(text, published=published).events if not e.background]


def test_an_abduction_after_a_raid_on_a_base_is_another_event() -> None:
    # synthetic: ACLED codes the fight with the soldiers and the abduction of civilians as two events
    evs = events("Boko Haram fighters attacked a military base in Dikwa on Monday, killing seven soldiers, the army "
                 "said. The fighters also abducted 14 women from the town.")
    assert sorted(e.sub_event_type for e in evs) == ["Abduction/forced disappearance", "Armed clash"]


def test_the_same_number_of_other_dead_are_other_dead() -> None:
    # synthetic: "three soldiers" then "three traders" are six dead, not one toll told twice
    from eventcoder.extract.incidents import Incident, _unnamed_alike  # noqa: PLC2701 -- the rule under test

    doc = extract_text("Al-Shabaab fighters attacked an army base in Afgoye on Tuesday, killing three soldiers. "
                       "Gunmen shot dead three traders.", published="2024-03-13")
    lead, other = [f for f in doc.frames if f.part == "body"][:2]
    assert not _unnamed_alike(Incident.of(lead), other, {"Unidentified Armed Group"})
