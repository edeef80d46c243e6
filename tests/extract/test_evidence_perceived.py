"""People who hear or see violence tell it; they are not its victims (evidence._victims); synthetic texts."""

from __future__ import annotations

from eventcoder.api import extract_text


def test_evidence_residents_who_heard_gunfire_elsewhere_add_no_event() -> None:
    # synthetic: a town's residents who heard gunfire are no victims of a second incident
    evs = extract_text("Gunmen killed 10 villagers in Kachia on Sunday. Residents of Kauru said they heard gunfire "
                       "through the night.", published="2024-05-10").events
    assert [e.location for e in evs] == ["Kachia"]


def test_evidence_residents_shot_stay_victims() -> None:
    # synthetic: residents shot are victims
    evs = extract_text("Soldiers opened fire on residents of Kauru on Sunday, wounding four, witnesses said.",
                       published="2024-05-10").events
    assert len(evs) == 1
