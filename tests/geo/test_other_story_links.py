"""Places of a link to another story ("Read more: <headline>" in the middle of a page's body, twenty-eighth round,
geo/geocoder.py over ingest/lines.py): that story's, no place of this report, none lent to a later sentence. Every
text was written for these tests (synthetic)."""

from __future__ import annotations

import pytest

from eventcoder.api import extract_text

pytestmark = pytest.mark.slow

STORY = ("Gunmen attack market in northern town\n\n"
         "Gunmen killed four traders at a market in the town of Dutsin-Ma in Katsina State on Sunday, police said.\n\n"
         "{link}\n\n"
         "The attackers also burned several shops before fleeing, a resident said. Two more traders died of their "
         "wounds in hospital on Monday, he added.\n")


def test_a_link_to_another_story_gives_the_report_no_place() -> None:
    doc = extract_text(STORY.format(link="Read more: Bandits abduct twenty worshippers in Zamfara church raid"),
                       published="2026-03-10")
    assert all(p.name != "Zamfara" for p in doc.places if p.resolved)
    assert doc.events and {e.admin1 for e in doc.events} == {"Katsina"}


def test_a_sentence_of_the_story_keeps_its_places() -> None:
    # negative: the same words told as a sentence of the story are its own (a second place of the report)
    doc = extract_text(STORY.format(link="Bandits also abducted twenty worshippers in Zamfara on Sunday."),
                       published="2026-03-10")
    assert any(p.name == "Zamfara" for p in doc.places if p.resolved)


def test_a_body_sentence_after_related_and_a_dash_keeps_its_places() -> None:
    # negative: a plain "Related" and a dash open a sentence of the story, not a link; its place is the report's
    doc = extract_text(STORY.format(link="Related - Bandits also abducted twenty worshippers in Zamfara on Sunday."),
                       published="2026-03-10")
    assert any(p.name == "Zamfara" for p in doc.places if p.resolved)
