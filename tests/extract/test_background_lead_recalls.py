"""A lead that recalls an earlier incident announces it: a later sentence of an earlier week tells that one
(background.mark_recalled); synthetic texts."""

from __future__ import annotations

from eventcoder.api import extract_text
from eventcoder.model import EventRecord


def events(text: str, published: str | None = "2024-05-10") -> list[EventRecord]:
    return extract_text(text, published=published).events


def test_background_lead_ordinal_in_a_period_recalls_last_weeks_incident() -> None:
    # synthetic: the lead calls its abduction "the third ... in just over a month"; the paragraph about last
    # week elsewhere tells the earlier one it announced, no event of the report
    evs = events(
        "Armed men abducted a group of pupils from a school in Gusau early on Friday, the police said, the third "
        "abduction of pupils in just over a month.\n\n"
        "It was not known how many pupils had been taken.\n\n"
        "Last week, armed men killed a teacher in a night raid on a college in Kontagora and took 30 people away.")
    assert [(e.sub_event_type, e.location) for e in evs] == [("Abduction/forced disappearance", "Gusau")]
    assert evs[0].fatalities == 0


def test_background_lead_in_response_recalls_last_weeks_attack() -> None:
    # synthetic: a strike "in retaliation for" last week's ambush; the ambush told after it is the recalled one
    evs = events(
        "Fighter jets bombed militant hideouts near Damboa on Thursday in retaliation for an ambush, the air force "
        "said.\n\n"
        "Last week, militants killed nine soldiers in an ambush on a convoy near Gwoza.")
    assert [e.sub_event_type for e in evs] == ["Air/drone strike"]


def test_background_lead_without_recall_keeps_last_weeks_item_at_its_place() -> None:
    # synthetic: with no recall in the lead, last week's incident at a place of its own stays a digest's item
    evs = events(
        "Armed men abducted a group of pupils from a school in Gusau early on Friday, a police spokesman said.\n\n"
        "Last week, armed men killed a teacher in a night raid on a college in Kontagora and took 30 people away.")
    assert len(evs) == 2
