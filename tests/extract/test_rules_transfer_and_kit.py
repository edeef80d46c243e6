"""extract.rules and cues: who takes a place handed over, weapons named as kit, and harm only feared (synthetic
texts)."""

from __future__ import annotations

from eventcoder.api import extract_text
from eventcoder.extract.actors import ActorLexicon


def _events(text: str) -> list[tuple[str | None, str | None, str | None]]:
    doc = extract_text(text, published="2017-04-04")
    return [(e.sub_event_type, e.actor1, e.actor2) for e in doc.events]


def test_side_taking_over_a_place_left_is_actor1() -> None:
    # synthetic
    text = ("Kenyan troops on Tuesday withdrew from the town of Bardere in Gedo region, letting Al-Shabaab fighters "
            "take over the town without a fight, elders said.")
    subs = _events(text)
    assert subs and subs[0][0] == "Non-violent transfer of territory"
    assert subs[0][1] == "Al Shabaab"
    assert (subs[0][2] or "").startswith("Military Forces of Kenya")


def test_artillery_carried_away_is_no_shelling() -> None:
    # synthetic: guns driven off or carried are kit, not fire
    assert _events("Residents of Bardere said on Tuesday that the soldiers drove away with all their artillery.") == []
    assert _events("The convoy carried rockets and artillery through Bardere in Gedo region on Tuesday.") == []


def test_artillery_aimed_at_a_place_is_shelling() -> None:
    # synthetic: a note's shorthand with no verb, the weapon aimed at a place
    subs = _events("On 3 April 2017, government forces artillery at Bardere, Gedo. No casualties.")
    assert subs and subs[0][0] == "Shelling/artillery/missile attack"


def test_harm_only_feared_is_no_attack() -> None:
    # synthetic
    text = "\"We may be killed by the militants if we stay,\" a trader in Bardere told a local radio station."
    assert _events(text) == []


def test_one_word_spelling_of_al_shabaab_is_known() -> None:
    assert [m.key for m in ActorLexicon.default().find("Alshabaab fighters entered the town.")] == ["Al Shabaab"]
