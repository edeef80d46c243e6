"""A link to another story inside a page's body ("Read more: <headline>" on a line of its own, twenty-eighth round,
ingest/lines.py): that story's words, cut out of the body as a caption is. Every line was written for these tests
(synthetic)."""

from __future__ import annotations

import pytest

from eventcoder.ingest import document_from_text
from eventcoder.ingest.lines import classify, is_other_story


@pytest.mark.parametrize("line", [
    ">> Read more: Bandits abduct twenty worshippers in Ruritown church raid",
    "ALSO READ - Flood waters rise again across the northern delta",
    "Related: Court jails two men over the Eastport market blast",
    "READ MORE | Ten killed as rival herders clash near Lakeside",
    "See also: \u201cWe have nowhere to go,\u201d say the displaced of Hilltown",
    "RELATED - Court frees three traders held after the Eastport riot",  # a label in capitals before a dash
    "Read more \u2013 Bandits abduct twenty worshippers in Ruritown church raid",  # a "read" label before a dash
])
def test_a_label_and_a_headline_on_one_line_link_to_another_story(line: str) -> None:
    assert is_other_story(line)
    assert classify(line).kind == "related"


@pytest.mark.parametrize("line", [
    "Read more about the attack in our live coverage",  # no separator: a sentence, not a link
    "Related stories",  # the heading of a list of other stories (classify: related), not a link with a headline
    "Also read: the statement below.",  # no headline after the label
    "Police said the attack was related to a land dispute in Ruritown.",
    "Read more: Ruritown",  # one word: no headline
    "WATCH: Police fire tear gas at marchers in Ruritown",  # a video, often of this very story
    # a dash after a plain word a sentence can open with: the story's own words, not a link
    "Related - Police said the attack was carried out by gunmen from Ruritown",
    "See also \u2014 Ruritown, where two more traders were killed on Monday",
    "Recommended - Officials urged the traders of Eastport to stay indoors",
])
def test_other_lines_are_no_link_to_another_story(line: str) -> None:
    assert not is_other_story(line)


def test_a_long_link_line_is_still_a_link() -> None:
    line = ("Read more: Herders and farmers clash again over grazing land near Ruritown as the state government "
            "promises a new peace committee")
    assert len(line) > 120 and classify(line).kind == "related"


def test_a_link_in_the_middle_of_the_body_is_cut_out_of_the_story() -> None:
    text = ("Gunmen kill four traders in Ruritown\n\n"
            "Gunmen killed four traders at a market in Ruritown on Sunday, police said.\n\n"
            "Read more: Bandits abduct twenty worshippers in Eastport church raid\n\n"
            "The attackers burned several shops before they fled, a resident said.\n")
    doc = document_from_text(text, published="2026-03-09")
    link = text.index("Read more")
    assert [s.kind for s in doc.sections if s.start <= link < s.end] == ["caption"]
    assert not any(s.start <= link < s.end for s in doc.sentences if s.section == "body")
    assert sum(1 for s in doc.sentences if s.section == "body") == 2


def test_a_body_sentence_after_related_and_a_dash_stays_in_the_story() -> None:
    # negative (synthetic): "Related - <sentence>" is a sentence of the story, not a link cut out as a caption
    text = ("Gunmen kill four traders in Ruritown\n\n"
            "Gunmen killed four traders at a market in Ruritown on Sunday, police said.\n\n"
            "Related - Police said the attackers also burned several shops in Eastport before they fled.\n")
    doc = document_from_text(text, published="2026-03-09")
    line = text.index("Related -")
    assert not any(s.kind == "caption" and s.start <= line < s.end for s in doc.sections)
    assert sum(1 for s in doc.sentences if s.section == "body") == 2
