"""Typing decisions of issue 17's detection work (synthetic sentences, written for these tests): a state named as
the subject of an act of war is its military; the incident a strike answers ("in response to", "in retaliation
for") does not type the strike; a ceasefire told as decided is an agreement; an anaphoric "the attack killed
soldiers" adds a toll, not a battle (extract/rules.py, actors.py, cues.toml)."""

from __future__ import annotations

import pytest

from eventcoder.extract.actors import ActorLexicon
from eventcoder.ingest import document_from_text
from eventcoder.model import Document
from eventcoder.pipeline import Pipeline

PUBLISHED = "2025-03-04"

CASES = [
    # the strike, not the chemical attack it answers
    ("The navy fired 40 cruise missiles at an air base in Syria on Friday, in response to a deadly chemical attack "
     "that killed 50 villagers on Tuesday.", "Shelling/artillery/missile attack"),
    ("Army helicopters struck rebel positions near Goma on Monday in retaliation for last week's suicide bombing "
     "of a market.", "Air/drone strike"),
    # a ceasefire decided, taking effect at a stated time
    ("The army and the rebel militia will cease fire along the front line as of midnight on Sunday, mediators "
     "said.", "Agreement"),
    ("A truce between the army and the rebel militia took effect on Saturday, mediators said.", "Agreement"),
]


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.default()


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), CASES)
def test_answered_incident_does_not_type_the_strike(pipeline: Pipeline, text: str, expected: str | None) -> None:
    doc: Document = next(iter(pipeline.pipe([document_from_text(text, published=PUBLISHED)])))
    got = doc.events[0].sub_event_type if doc.events else None
    assert got == expected, f"{text!r}: {got} (expected {expected})"


@pytest.mark.parametrize(("text", "state"), [
    ("On 3 May, Russia launched dozens of cruise missiles at the city.", True),
    ("The United States has fired 59 missiles at the base.", True),
    ("Israel shelled the town overnight.", True),
    ("Britain launched an inquiry into the bombing.", False),
    ("France launched a campaign against violence.", False),
])
def test_country_as_subject_of_an_act_of_war_is_its_military(text: str, state: bool) -> None:
    found = [m for m in ActorLexicon.default().find(text) if m.kind == "state"]
    assert bool(found) == state, (text, found)


def test_anaphoric_attack_adds_a_toll_not_a_battle(pipeline: Pipeline) -> None:
    text = ("Warplanes bombed a fuel depot outside Idlib on Monday, residents said. "
            "A monitor said the attack killed four soldiers.")
    doc = next(iter(pipeline.pipe([document_from_text(text, published=PUBLISHED)])))
    assert [e.sub_event_type for e in doc.events] == ["Air/drone strike"]




@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    # the armed holder of the place is no target: an air strike on a bus, not a battle
    ("An airstrike hit a bus at a market in the rebel stronghold of Kutara on Thursday; 30 were killed, medics said.",
     ["Air/drone strike"]),
    # a campaign under way is the setting, not a battle that outranks the strike the report is about
    ("An air strike killed 14 people at a market in Basra on Monday. Government forces have been conducting an "
     "offensive to retake the city from the rebels, but paused the assault for talks.", ["Air/drone strike"]),
])
def test_setting_words_do_not_make_a_battle(pipeline: Pipeline, text: str, expected: list[str]) -> None:
    doc = next(iter(pipeline.pipe([document_from_text(text, published=PUBLISHED)])))
    assert [e.sub_event_type for e in doc.events] == expected, text


def test_who_publishes_pictures_takes_no_part(pipeline: Pipeline) -> None:
    text = ("Rebels posted video on Friday showing doctors treating a wounded boy after an airstrike hit his school "
            "bus in Kutara, killing 12 children.")
    doc = next(iter(pipeline.pipe([document_from_text(text, published=PUBLISHED)])))
    assert doc.events and all("Rebel" not in (e.actor1 or "") for e in doc.events), [e.actor1 for e in doc.events]


def test_a_party_described_as_fighting_is_no_battle(pipeline: Pipeline) -> None:
    text = ("An air strike killed 30 people at a fish market in Kutara on Thursday. The raid, blamed on the coalition "
            "of Gulf countries fighting the rebels, also hit the gate of the main hospital.")
    doc = next(iter(pipeline.pipe([document_from_text(text, published=PUBLISHED)])))
    assert "Armed clash" not in [e.sub_event_type for e in doc.events]


def test_answered_words_are_found_by_the_prefilter_as_by_the_full_scan() -> None:
    # Synthetic: the response words are tried on every frame, so only at the word starts that can begin them.
    from eventcoder.extract.rules import _RESPONSE

    assert _RESPONSE.keys is not None
    text = ("Warships fired missiles at the base, responding to a deadly gas attack. The army, in direct "
            "retaliation for the raid, shelled the town, from which jets usually fly. Their response to the "
            "bombing came a day later; the group held responsible for it was blamed for two more.")
    fast = [(m.start(), m.group()) for m in _RESPONSE.finditer(text)]
    assert fast == [(m.start(), m.group()) for m in _RESPONSE.rx.finditer(text)] and len(fast) >= 5
