"""extract.naming: weapons stopped with no one named as stopping them were stopped by the state (synthetic texts)."""

from __future__ import annotations

from eventcoder.api import extract_text


def test_weapons_stopped_by_no_one_named_are_stopped_by_the_state() -> None:
    # synthetic: drones downed, with no one told as downing them
    text = "Five drones were shot down over the Odesa region overnight, the regional governor said on 4 June 2024."
    doc = extract_text(text, published="2024-06-04")
    assert [e.sub_event_type for e in doc.events] == ["Disrupted weapons use"]
    assert (doc.events[0].actor1 or "").startswith("Military Forces of Ukraine")
