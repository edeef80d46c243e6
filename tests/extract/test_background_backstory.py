"""A person's life told in the past perfect is a backstory, no event (background.is_background); synthetic texts."""

from __future__ import annotations

from eventcoder.api import extract_text


def test_background_backstory_of_a_sentenced_fighter_adds_no_event() -> None:
    # synthetic: a court report, then the convict's life ("had joined ... was wounded")
    evs = extract_text("A 31-year-old man from Ohio who fought for an armed group abroad was sentenced to eight years "
                       "in prison on Tuesday.\n\nThe man had joined the group at 20, was wounded in combat, and later "
                       "ran its online propaganda, prosecutors said.", published="2024-05-10").events
    assert evs == []


def test_background_backstory_does_not_hide_a_dated_act() -> None:
    # synthetic: the past perfect of the day's act, dated, stays an event
    evs = extract_text("Gunmen killed four soldiers in an ambush near Gao on Monday, the army said.\n\n"
                       "He had fought off the attackers on Monday before he was shot dead, a witness said.",
                       published="2024-05-10").events
    assert len(evs) == 1


def test_background_backstory_does_not_hide_the_act_of_its_when_clause() -> None:
    # synthetic: the past perfect only sets the scene; the when-clause tells the killing of the report
    evs = extract_text("She had worked as a judge for twelve years when gunmen shot her dead outside her office "
                       "in Culiacan.", published="2024-05-10").events
    assert len(evs) == 1
    assert "Culiac" in (evs[0].location or "")
