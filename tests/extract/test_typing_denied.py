"""Violence the sentence says did not happen is no event; a clash in which no one was hurt is (synthetic texts)."""

from __future__ import annotations

import pytest

from eventcoder.api import extract_text


def events(text: str):  # type: ignore[no-untyped-def]
    return extract_text(text, published="2024-05-10").events


@pytest.mark.parametrize("text", [
    # synthetic: a weapon that was not fired, an attack that did not come
    "No rockets were fired at the town on Monday, the army said.",
    "No shots were fired during the rally in the capital on Friday.",
    "There were no attacks overnight in the northern province, officials said on Sunday.",
    "Not a single shell landed on the town on Tuesday, residents said.",
])
def test_denied_violence_is_no_event(text: str) -> None:
    assert events(text) == []


@pytest.mark.parametrize(("text", "sub"), [
    # synthetic: the harm is denied, not the clash or the shelling
    ("No one was hurt in a clash between soldiers and rebels near Goma on Monday.", "Armed clash"),
    ("Rebels fired rockets at the town on Monday, but no one was hurt.", "Shelling/artillery/missile attack"),
    # synthetic: one weapon denied, another used
    ("No shots were fired, but gunmen attacked a village in Zamfara on Monday, killing five people.", "Attack"),
])
def test_a_denied_harm_or_a_second_weapon_keeps_the_event(text: str, sub: str) -> None:
    assert [e.sub_event_type for e in events(text)] == [sub]
