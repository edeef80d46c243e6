"""Roads named by the towns they link ("the X-Y highway"): the towns are found, and the event is near the first town
unless the incident names a town of its own. Synthetic texts."""

from __future__ import annotations

import pytest

from eventcoder.api import extract_text
from eventcoder.geo.detect import Mention, detect, road_towns
from eventcoder.geo.roads import road_spans

KNOWN = {"Kaduna", "Abuja", "Zaria", "Port Harcourt", "Aba"}


def test_the_towns_of_a_hyphenated_road_name_are_two_mentions() -> None:
    text = "The Kaduna-Abuja highway was blocked; later the Port Harcourt-Aba expressway too."
    got = road_towns(text, [], KNOWN.__contains__)
    assert [m.surface for m in got] == ["Kaduna", "Abuja", "Port Harcourt", "Aba"]
    assert all(text[m.start : m.end] == m.surface for m in got)


def test_detect_itself_splits_a_road_named_by_two_towns() -> None:
    # synthetic: every road word, a hyphen or an en dash, and a sentence-initial word before the first town
    known = {"kabul", "jalalabad", "port harcourt", "aba", "lashkar gah", "kandahar"}.__contains__
    for text, want in (
            ("Gunmen attacked a convoy on the Kabul-Jalalabad highway on Monday.", ["Kabul", "Jalalabad"]),
            ("The Port Harcourt-Aba expressway was blocked by protesters.", ["Port Harcourt", "Aba"]),
            ("A mine exploded on the Lashkar Gah\u2013Kandahar route.", ["Lashkar Gah", "Kandahar"]),
            ("Kabul-Jalalabad road traffic resumed.", ["Kabul", "Jalalabad"])):
        got = detect(text, lambda s: known(s.lower()))
        assert [m.surface for m in got] == want, text
        assert all(text[m.start : m.end] == m.surface for m in got)
    # no road word after the compound, or a part the index lacks: no split
    assert detect("The Kabul-Jalalabad talks resumed.", lambda s: known(s.lower())) == []
    assert detect("Gunmen struck on the Kabul-Surobi road.", lambda s: known(s.lower())) == []


def test_a_road_whose_part_is_unknown_or_already_found_adds_nothing() -> None:
    text = "Gunmen struck on the Kaduna-Birnin Yero road."
    assert road_towns(text, [], KNOWN.__contains__) == []
    text = "Gunmen struck on the Kaduna-Zaria road."
    found = [Mention(21, 33, "Kaduna-Zaria")]
    assert road_towns(text, found, lambda s: True) == found  # the index knows the joined name: one place
    assert road_spans(text) == [(21, 33)]


@pytest.mark.slow
def test_the_event_is_near_the_first_town_or_at_the_incidents_own_town() -> None:
    text = "On 3 May 2023, gunmen ambushed a bus on the Kaduna-Abuja highway, killing four passengers."
    got = [(e.location, e.geo_precision) for e in extract_text(text, published="2023-05-05").events]
    assert got == [("Kaduna", 2)]
    text = "On 3 May 2023, gunmen ambushed a bus on the Kaduna-Abuja highway in Zaria, killing four passengers."
    got = [(e.location, e.geo_precision) for e in extract_text(text, published="2023-05-05").events]
    assert got == [("Zaria", 1)]


@pytest.mark.slow
def test_a_road_written_between_its_towns_is_no_event_beside_the_incidents_town() -> None:
    text = ("On 3 May 2023, in Zaria, residents blocked the highway between Kaduna and Abuja to demand security "
            "on the road.")
    got = [e.location for e in extract_text(text, published="2023-05-05").events]
    assert got == ["Zaria"]
    assert road_spans("traffic on the road linking Kaduna to Abuja stopped") == [(28, 43)]
