""""No immediate reports of casualties" denies that anything more is known of the report's own event: it is no trend
or history cue, and must not open a background passage that hides the sentences after it
(extract/background.py `_trend_cues`). A drone or missile attack whose projectiles are told shot down or intercepted,
with no hit, dead or wounded told, is coded Disrupted weapons use (ACLED), not the strike
(extract/incidents.py `Incident.coded_type`); the strike and its weapons stopped, told at its place on its day,
are one incident (`_compatible`). Every text was written for this test (synthetic)."""

from __future__ import annotations

import pytest

from eventcoder.api import extract_text

pytestmark = pytest.mark.slow

_TEXT = ("Rebels launched a drone at the port of Aden on Tuesday, the rebel television channel said. There were no "
         "immediate reports of casualties. The coalition said its air defences shot down the drone over Aden.\n\n"
         "The rebels also fired a missile at the airport in Mukalla, the coalition said, adding that it was "
         "intercepted.")


def test_denied_reports_hide_no_later_sentence() -> None:
    got = {e.location for e in extract_text(_TEXT, published="2022-03-03").events}
    assert got == {"Aden", "Mukalla"}


def test_weapons_shot_down_with_no_hit_are_disrupted_use() -> None:
    # the second sentence reads "fighting" and "shot" too: its type alone would not tell the strike stopped
    text = ("Rebels targeted the airport in Abha with two drones on Tuesday, the rebel channel said.\n\n"
            "The coalition fighting the rebels said its air defences had shot down both drones over the city.")
    got = [(e.location, e.sub_event_type) for e in extract_text(text, published="2022-03-03").events]
    assert got == [("Abha", "Disrupted weapons use")]


def test_a_drone_that_hit_its_target_stays_a_strike() -> None:
    text = ("Rebels launched two drones at Abha on Tuesday, the rebel channel said.\n\n"
            "Air defences shot down one drone, but the other hit a fuel depot and set it ablaze, officials said.")
    got = {e.sub_event_type for e in extract_text(text, published="2022-03-03").events}
    assert "Disrupted weapons use" not in got


def test_reports_of_stays_a_trend_when_not_denied() -> None:
    from eventcoder.extract.background import _NO_REPORTS

    assert _NO_REPORTS.search("There were no immediate ")
    assert _NO_REPORTS.search("without any ") is None
    assert _NO_REPORTS.search("amid growing ") is None


def test_a_strike_and_its_weapons_shot_down_at_its_place_are_one_event() -> None:
    text = ("Rebel drones targeted Abha on Tuesday. Two drones were shot down by air defences, the coalition said.")
    got = [(e.location, e.sub_event_type) for e in extract_text(text, published="2022-03-03").events]
    assert got == [("Abha", "Disrupted weapons use")]


def test_weapons_shot_down_elsewhere_stay_apart() -> None:
    text = ("Rebel drones struck a fuel depot in Abha on Tuesday, setting it ablaze. Two other drones were shot down "
            "over Jizan on Tuesday, the coalition said.")
    got = {e.location for e in extract_text(text, published="2022-03-03").events}
    assert {"Abha", "Jizan"} <= got
