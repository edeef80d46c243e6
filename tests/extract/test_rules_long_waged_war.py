"""extract.rules: a party told by the war it has long waged, or a fight told as what stops, is no battle of the report's day
(synthetic texts)."""

from __future__ import annotations

from eventcoder.api import extract_text


def test_separatists_who_have_fought_for_years_do_not_make_the_bombing_a_clash() -> None:
    # synthetic report
    text = ("A soldier was killed and two others were wounded on Tuesday when a roadside bomb went off beside their "
            "patrol truck in Yala province, police said.\n\n"
            "Officers blamed the separatists who have fought for years to break away the southern provinces.")
    doc = extract_text(text, published="2024-03-06")
    assert [e.sub_event_type for e in doc.events] == ["Remote explosive/landmine/IED"]


def test_a_group_that_has_battled_the_army_since_a_year_is_told_not_fighting() -> None:
    # synthetic
    text = ("Militants shelled a border post near Tal Afar on Monday, wounding three guards. The group, which has "
            "battled the army since 2014, did not comment.")
    doc = extract_text(text, published="2024-03-05")
    assert "Armed clash" not in [e.sub_event_type for e in doc.events]


def test_rebels_who_fought_troops_that_morning_still_fought() -> None:
    # synthetic: the clause tells the day's fight, with no span of years
    text = "Rebels who had fought troops for two hours near Kyauktaw on Tuesday fled, leaving four soldiers dead."
    doc = extract_text(text, published="2024-02-14")
    assert "Armed clash" in [e.sub_event_type for e in doc.events]


def test_a_call_to_halt_the_fighting_is_no_battle() -> None:
    # synthetic: the fighting is named as what should stop
    text = "Church leaders in Beira on Saturday called for an end to the fighting between the army and the rebels."
    doc = extract_text(text, published="2024-03-09")
    assert "Armed clash" not in [e.sub_event_type for e in doc.events]


def test_sides_that_agree_to_stop_fighting_do_not_fight() -> None:
    # synthetic
    text = "The army and the rebels agreed to stop fighting in Beira on Saturday."
    doc = extract_text(text, published="2024-03-09")
    assert "Armed clash" not in [e.sub_event_type for e in doc.events]
