"""extract.roles: the author of a report, a statement or a toll ("a report from the army") tells of the act and is no
party of it (synthetic texts)."""

from __future__ import annotations

from eventcoder.extract.explain import explain
from eventcoder.ingest import document_from_text
from eventcoder.pipeline import Pipeline

# synthetic report
_TEXT = ("Separatist fighters ambushed an army convoy near Ndop on Friday, killing 12 soldiers.\n\n"
         "A first tally put the dead soldiers at eight; a written report from the army's northern command later "
         "raised it to 12.")


def test_report_from_the_army_is_no_agent() -> None:
    frames = explain(Pipeline.default()(document_from_text(_TEXT, published="2024-06-08"))).frames
    second = next(f for f in frames if "written report" in f.sentence)
    assert not any("army" in a for a in second.agents)
    assert any("soldiers" in t for t in second.targets)


def test_fire_from_the_army_is_still_its_act() -> None:
    # synthetic: "from" after fire names who fired, not who reported
    text = "Three villagers were wounded by fire from the army near Ndop on Friday, residents said."
    frames = explain(Pipeline.default()(document_from_text(text, published="2024-06-08"))).frames
    assert any(any("army" in a for a in f.agents) for f in frames)
