"""The typing table's ``needs`` column (extract/rules.py): a rule is skipped on a frame that has none of the cue
classes it names, so each row must name classes without which its test never types a frame. Every rule with a
column is run here on frames of synthetic sentences (written for this test) with those classes taken out, and
must pass on all of them; the frames as they are keep their types."""

from __future__ import annotations

from dataclasses import replace

from eventcoder.extract.frames import Frame
from eventcoder.extract.rules import RULES, _facts
from eventcoder.ingest import document_from_text
from eventcoder.pipeline import Pipeline

SENTENCES = [
    "Rebel fighters retook the town of Kalehe from the army after two days of fighting, residents said.",
    "Soldiers and allied militiamen recaptured the village of Tin-Akof from jihadist fighters on Sunday.",
    "The militia handed the border post over to the national army on Tuesday, officials said.",
    "The army and the rebel alliance agreed a 72-hour truce to let aid convoys through, mediators said.",
    "Police defused a bomb planted under a bridge in Quetta on Wednesday.",
    "The rebel group announced it had merged with two smaller factions in the east.",
    "The militia set up a new base in the hills above the town, villagers said.",
    "A suicide bomber blew himself up at an election rally in Peshawar, killing 12 people.",
    "Demonstrators set fire to the regional governor's office in Ayacucho during a protest over fuel prices.",
    "Villagers beat a suspected thief to death in Kiambu county, police said.",
    "Warplanes struck a market in Maarat al-Numan, killing 9 civilians, and artillery shelled nearby villages.",
    "Gunmen abducted 20 students from a school in Kaduna state and looted shops before fleeing.",
    "Troops clashed with militants near Bama, and a roadside bomb hit a patrol, killing three soldiers.",
    "Police arrested 14 protesters and fired tear gas at a march in Nairobi on Monday.",
    "A grenade was thrown at a police station in Srinagar, wounding two officers; a mass grave was found nearby.",
    "Soldiers raped two women and burned houses in the village, residents said, as the army withdrew from the area.",
    "Insurgents used chemical weapons in an attack on the base, and rival groups exchanged fire overnight.",
]


def _frames() -> list[Frame]:
    pipe = Pipeline.default()
    out: list[Frame] = []
    for text in SENTENCES:
        doc = pipe(document_from_text(text, published="2025-03-04"))
        out += [f for f in doc.frames if not f.background]
    return out


def _typed_by(rule_apply: object, f: Frame) -> bool:
    x = _facts(f)
    x.victims = {c.victim_kind for c in x.killed + [c for c in f.counts if c.role == "injured"]}
    x.state_agent = any(a.kind in ("state", "police") for a in f.agents)
    return rule_apply(x) is not None  # type: ignore[operator]


def test_rules_type_no_frame_without_the_cues_they_need() -> None:
    frames = _frames()
    assert len(frames) >= len(SENTENCES)
    ruled = [r for r in RULES if r.needs]
    assert len(ruled) >= 20  # all but the protest and attack rules name their cues
    typed_somewhere = set()
    for f in frames:
        for rule in ruled:
            if _typed_by(rule.apply, f):
                typed_somewhere.add(rule.name)
            without = replace(f, cues={cls: found for cls, found in f.cues.items() if cls not in rule.needs})
            assert not _typed_by(rule.apply, without), (rule.name, f.sentence_text)
    assert len(typed_somewhere) >= 12  # the frames exercise most rows: the check above is no empty one
