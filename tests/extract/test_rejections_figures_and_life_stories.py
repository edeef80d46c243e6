"""Look-alikes of violence in whole reports (synthetic texts written for these tests, no development text).

- a denial covers a pair of pronouns ("nor does she/he kill"), and a count of people "held" read off the denial
  itself ("5,000 wardens who cannot arrest anyone") holds no one;
- a person's past told by their age then ("had joined the militia at 17, was wounded in combat") is a life story,
  no incident of the report; a clock time ("kidnapped at 4 in the morning", "turned violent at 10") is no age;
- being ready, prepared or willing to act governs only its own clause: an act told after a comma, "when" or "but" is
  the report's;
- a deal "struck", an adjective "offensive", words or a push one "engaged in" and a public "taken hostage" by a strike
  are figures of speech, no blow, battle or abduction.
"""

from __future__ import annotations

import pytest
from pipeline_runs import run

from eventcoder.api import explain
from eventcoder.model import Document
from eventcoder.pipeline import Pipeline

pytestmark = pytest.mark.slow

PUBLISHED = "2026-05-08"


def _run(pipeline: Pipeline, text: str) -> Document:
    return run(pipeline, text, PUBLISHED)


def _decision(doc: Document, words: str) -> str | None:
    """The decision on the sentence that holds ``words`` (None when it was no candidate at all)."""
    for f in explain(doc).to_dict()["frames"]:
        if words in f["sentence"]:
            return str(f["decision"])
    return None


def _cues(doc: Document, words: str) -> list[str]:
    for f in explain(doc).to_dict()["frames"]:
        if words in f["sentence"]:
            return list(f["cues"])
    return []


def test_a_denial_with_a_pronoun_pair_is_no_event(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Bombers who attacked trains in London killed 52 people in 2005, and the police still hunt "
                         "their helpers. A peaceful believer does not seek martyrdom, nor does she/he kill innocent "
                         "women and children, one reader wrote on Monday.")
    assert (_decision(doc, "she/he kill") or "").startswith("rejected")
    assert doc.events == []


def test_an_arrest_count_read_off_its_denial_holds_no_one(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Police officers were attacked by gunmen in Leeds last year, and chiefs criticised the plan "
                         'for street wardens on Monday. "The ministry wants to recruit 5,000 people who can\'t arrest '
                         'anyone," the federation\'s chair said.')
    assert (_decision(doc, "arrest anyone") or "rejected").startswith("rejected")
    assert doc.events == []


def test_a_life_story_told_by_age_is_no_event(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "A man from Ohio was sentenced to eight years in federal prison on Monday for supporting "
                         "an armed group abroad. The man had joined the Islamic State at 19, was wounded in combat, "
                         "and later worked for the group as a translator, prosecutors said.")
    # rejected as a life story, or (since the backstory rule of background.py runs first) kept as background
    assert (_decision(doc, "wounded in combat") or "rejected").startswith(("rejected", "background"))
    assert doc.events == []


def test_a_relative_clause_of_age_describes_the_news_person(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Gunmen attacked a market near Bunia on Monday. Amani, who had joined a militia at 16, was "
                         "wounded in the attack, a nurse said.")
    assert [e.sub_event_type for e in doc.events] == ["Attack"]
    assert [e.injuries for e in doc.events] == [1]


def test_a_fight_told_with_its_day_is_still_an_event(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "On 6 May 2026, militants who had joined the group as teenagers clashed with soldiers near "
                         "Kidal, killing four soldiers, the army said.")
    assert [e.sub_event_type for e in doc.events] == ["Armed clash"]


@pytest.mark.parametrize(("text", "words", "cue"), [
    ("Gunmen stormed a concert in Kingston in 2019, killing three people, and militants bombed a club in 2020. The "
     "labels will drop the songs under a global deal struck with campaign groups in London on Monday, the groups said "
     "after months of pickets.", "deal struck", "attack: struck"),
    ("Gunmen stormed a concert in Kingston in 2019, killing three people, and militants bombed a club in 2020. The "
     "record companies pledged on Monday not to release any offensive songs again, the campaign said in London.",
     "offensive songs", "clash: offensive"),
    ("Students rallied outside the council in Surabaya on Monday. One student engaged in a verbal argument with a "
     "council member, witnesses said.", "verbal argument", "clash: engaged"),
    ("Commuters were stranded across the capital on Tuesday as a metro strike entered its third day. \"We are taken "
     "as hostages by this strike,\" one commuter said.", "We are taken", "abduction: hostages"),
])
def test_figures_of_speech_are_no_cues(pipeline: Pipeline, text: str, words: str, cue: str) -> None:
    assert cue not in _cues(_run(pipeline, text), words)


@pytest.mark.parametrize("text", [
    "On 12 May 2026, the army held a military parade in the capital to mark its founding. During the parade, troops "
    "showcased newly developed weapons, including ballistic missiles and attack drones.",
    "On 9 May 2026, the graduation ceremony of the fifth combat training course of a local defence force was held in "
    "Myaing township.",
])
def test_weapons_shown_and_combat_training_are_no_events(pipeline: Pipeline, text: str) -> None:
    assert _run(pipeline, text).events == []


def test_a_readiness_to_attack_is_no_event(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Militants are prepared to use suicide bombers against the metro, the minister told "
                         "parliament in London on Monday, after a bomb exploded near a station in 2005.")
    assert doc.events == []


@pytest.mark.parametrize(("text", "sub"), [
    ("Thirty students were kidnapped from their school at 4 in the morning, a teacher in Zaria said.",
     "Abduction/forced disappearance"),
    ("Three guards were abducted at 1 in the morning from their post near Agadez, the army said.",
     "Abduction/forced disappearance"),
    ("Bandits raided Dansadau overnight. Nine farmers were kidnapped at 2 in the morning, villagers said.",
     None),
    ("The dispute turned deadly at 10 when soldiers opened fire on traders in Gusau, killing three.",
     "Attack"),
    ("The dispute became deadly at 10 when soldiers opened fire on traders in Gusau, killing three.",
     "Attack"),
])
def test_a_clock_time_is_no_life_story(pipeline: Pipeline, text: str, sub: str | None) -> None:
    doc = _run(pipeline, text)
    assert not (_decision(doc, " at ") or "").startswith("rejected")
    assert doc.events and (sub is None or sub in [e.sub_event_type for e in doc.events])


@pytest.mark.parametrize(("text", "sub"), [
    ("Police, who were ready to break up the march, fired tear gas at students in Kisumu on Monday.",
     "Protest with intervention"),
    ("Riot officers were prepared to move in when youths set fire to tyres in Bulawayo on Monday.",
     "Mob violence"),
    ("The troops were prepared to fight, but the militia pulled out of Rutshuru on Monday without a shot.",
     "Non-violent transfer of territory"),
])
def test_a_readiness_in_its_own_clause_keeps_the_act_beside_it(pipeline: Pipeline, text: str, sub: str) -> None:
    assert [e.sub_event_type for e in _run(pipeline, text).events] == [sub]
