"""Round 5 of the pages work (docs/extraction.md): every event is placed in a country, and actor2 repeats actor1
only when the text tells two distinct sides of one kind. Every text was written for this test (synthetic)."""

from __future__ import annotations

import pytest

from eventcoder.api import extract_text
from eventcoder.extract.coding import UNPLACED, Coder

pytestmark = pytest.mark.slow

_PUB = "2026-03-10"  # a Tuesday


def _events(text: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    doc = extract_text(text, published=_PUB)
    return sorted((e.sub_event_type, e.actor1, e.actor2, e.country) for e in doc.events)


# --- no event leaves without a country ------------------------------------------------------------------------------

def test_country_unknown_town_and_no_country_word_gives_no_event(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Coder, "require_country", True)
    text = "Gunmen killed four villagers in Qorvendal on Sunday, residents said."  # synthetic
    doc = extract_text(text, published=_PUB)
    assert doc.events == []
    assert UNPLACED in [inc.reason for inc in doc.incidents]


def test_country_unknown_town_kept_while_the_drop_is_off() -> None:
    # negative: with the drop off (the default, docs/extraction.md 4h) the record stays, with no country
    text = "Gunmen killed four villagers in Qorvendal on Sunday, residents said."  # synthetic
    assert [c for _, _, _, c in _events(text)] == [None]


@pytest.mark.parametrize(("text", "country"), [
    ("Kenyan police shot dead two robbers in Qorvendal on Sunday.", "Kenya"),  # synthetic
    ("Gunmen killed four villagers in the Afghan hamlet of Qorvendal on Sunday.", "Afghanistan"),  # synthetic
    # the report's actors all come from one country, though not the incident's own
    ("Gunmen killed four villagers in Qorvendal on Sunday, residents said. Nigerian troops were sent to the area "
     "on Monday.", "Nigeria"),  # synthetic
])
def test_country_taken_from_the_reports_evidence(text: str, country: str) -> None:
    events = _events(text)
    assert events and all(c == country for _, _, _, c in events)


def test_country_every_event_has_one() -> None:
    # negative: a placed event keeps its place's country
    text = "Gunmen killed four villagers near Kidal on Sunday, residents said."  # synthetic
    assert [c for _, _, _, c in _events(text)] == ["Mali"]


# --- actor2 equal to actor1: two sides of one kind ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Two armed groups clashed with each other near Kidal on Sunday, killing five fighters.",  # synthetic
    "Fighting between two militias near Kidal killed five fighters on Sunday.",  # synthetic
])
def test_two_sides_armed_groups_of_one_kind(text: str) -> None:
    [(sub, a1, a2, _)] = _events(text)
    assert sub == "Armed clash" and a1 == a2 == "Unidentified Armed Group (Mali)"


@pytest.mark.parametrize("text", [
    "Supporters of two rival parties fought with machetes in Kano on Sunday, injuring ten people, police said.",
    # synthetic
    "Youths from two rival villages clashed in Kano on Sunday, leaving three people dead.",  # synthetic
])
def test_two_sides_rival_crowds(text: str) -> None:
    [(sub, a1, a2, _)] = _events(text)
    assert sub == "Mob violence" and a1 == a2 == "Rioters (Nigeria)"


def test_two_sides_counter_protesters() -> None:
    text = "Supporters of the ruling party marched in Nairobi on Sunday as counter-protesters gathered nearby."
    # synthetic
    assert _events(text) == [("Peaceful protest", "Protesters (Kenya)", "Protesters (Kenya)", "Kenya")]


@pytest.mark.parametrize(("text", "actor2"), [
    # negatives: one side only, or a crowd and the police
    ("Hundreds of teachers marched in Nairobi on Sunday to demand higher pay.", None),  # synthetic
    ("A mob beat a suspected thief in Kano on Sunday.", "Civilians (Nigeria)"),  # synthetic
    ("Gunmen clashed with soldiers near Kidal on Sunday, killing five fighters.", "Military Forces of Mali (2021-)"),
    # synthetic
])
def test_two_sides_one_side_keeps_its_other(text: str, actor2: str | None) -> None:
    events = _events(text)
    assert events and all(a2 == actor2 and a2 != a1 for _, a1, a2, _ in events)
