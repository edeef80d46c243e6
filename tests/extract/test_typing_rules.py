"""Typing decisions of issue 11, one sentence each (synthetic, written for these tests): who holds a place
afterwards, transfers without a fight, agreements, disrupted weapons, group changes, crowds, and the look-alikes
rejected with their reason (extract/strategic.py, crowds.py, rejections.py)."""

from __future__ import annotations

import pytest

from eventcoder.extract.rejections import REJECTIONS
from eventcoder.extract.rules import RULES
from eventcoder.model import Document
from eventcoder.pipeline import Pipeline

PUBLISHED = "2025-03-04"

CASES = [
    # territory: the side that takes the place decides, not the verb
    ("Rebel fighters retook the town of Kalehe from the army after two days of fighting, residents said.",
     "Non-state actor overtakes territory"),
    ("Soldiers and allied militiamen recaptured the village of Tin-Akof from jihadist fighters on Sunday.",
     "Government regains territory"),
    ("The militia handed the border post over to the national army on Tuesday, officials said.",
     "Non-violent transfer of territory"),
    ("Insurgents took over the town of Ancuabe after the army pulled out on Sunday, residents said.",
     "Non-violent transfer of territory"),
    # strategic developments
    ("The army and the rebel alliance agreed a 72-hour truce to let aid convoys through, mediators said.", "Agreement"),
    ("The two sides swapped 90 prisoners of war on the border on Friday.", "Agreement"),
    ("Police defused a bomb planted under a bridge in Quetta on Wednesday.", "Disrupted weapons use"),
    ("The rebel group announced it had merged with two smaller factions in the east.", "Change to group/activity"),
    ("The militia set up a new base in the hills above the town, villagers said.", "Headquarters or base established"),
    # crowds
    ("A suicide bomber blew himself up at an election rally in Peshawar, killing 12 people.", "Suicide bomb"),
    ("Demonstrators set fire to the regional governor's office in Ayacucho during a protest over fuel prices.",
     "Violent demonstration"),
    ("Villagers beat a suspected thief to death in Kiambu county, police said.", "Mob violence"),
    # look-alikes: no event
    ("A gas cylinder exploded at a restaurant in Karachi, killing four people, rescue officials said.", None),
    ("The armed group claimed responsibility for last week's bombing of a bus station in Mogadishu.", None),
    ("Foreign ministers of the two countries met in Doha for talks but reached no agreement.", None),
]


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.default()


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), CASES)
def test_typing_sentence_sub_event_type(pipeline: Pipeline, text: str, expected: str | None) -> None:
    from eventcoder.ingest import document_from_text

    doc: Document = next(iter(pipeline.pipe([document_from_text(text, published=PUBLISHED)])))
    got = doc.events[0].sub_event_type if doc.events else None
    assert got == expected, f"{text!r}: {got} (expected {expected})"


def test_typing_tables_name_every_rule_and_rejection() -> None:
    assert len({r.name for r in RULES}) == len(RULES)
    reasons = [reason for reason, _ in REJECTIONS]
    assert "an industrial or accidental explosion" in reasons
    assert any("claim of responsibility" in r for r in reasons)
