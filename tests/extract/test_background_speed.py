"""The cheap pre-checks in front of slow scans find exactly what the full scans find (synthetic sentences)."""

from __future__ import annotations

import re

import pytest

from eventcoder.extract import background, counts
from eventcoder.extract.lexicon import find_counts

# Synthetic sentences: one for each branch of RECALL, in several cases, and sentences with none.
SENTENCES = [
    "Troops shelled the town in direct response to an ambush, officials said.",
    "The raid came as a proportional reprisal for the bombing.",
    "Militants attacked the base, responding to airstrikes.",
    "The attack comes just two weeks after gunmen stormed a hotel.",
    "The strike COMES DAYS SINCE the market blast.",
    "It is the latest in a spate of kidnappings in the region.",
    "Last week's raid left four dead.",
    "A march marked the tenth anniversary of the massacre.",
    "Crowds gathered on the twenty-fifth anniversary of the siege.",
    "Residents met on the 3rd anniversary of the flood.",
    "Days after the militants struck, the army deployed.",
    "Months after a bombing, the town is quiet.",
    "The kidnapping is the second mass abduction in a week after gunmen seized 40 people.",
    "It was the THIRD attack within days on the town.",
    "The raid follows a similar attack on a school.",
    "Following an earlier raid, the army deployed.",
    "He was previously arrested by soldiers at a protest.",
    "Rival crews HAVE BEEN ENGAGED IN fighting since April.",
    "Police fired tear gas at protesters in the capital on Monday.",
    "Gunmen killed 3 people in a village, the governor said.",
    "",
    "Coming after dark, the gunmen opened fire.",
    "A Reſponse to the strike came hours after it.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_recall_spans_are_recalls_matches(sentence: str) -> None:
    want = tuple((m.start(), m.end()) for m in background.RECALL.finditer(sentence))
    assert background._recall_spans(sentence) == want


def test_recall_hint_covers_each_branch() -> None:
    """Every sentence RECALL matches holds a hint word (the pre-check never hides a match)."""
    hits = [s for s in SENTENCES if background.RECALL.search(s)]
    assert len(hits) >= 12
    assert all(background._may_hold(s, background._RECALL_WORDS) for s in hits)


@pytest.mark.parametrize("sentence", [
    "The body of a teacher was found with gunshot wounds on Tuesday.",
    "A beheaded BODY was discovered near the river.",
    "Police said a man was shot in the market.",
    "The governing body met after the strike.",
])
def test_body_precheck_is_necessary(sentence: str) -> None:
    if counts._ONE_BODY.search(sentence):
        assert "body" in sentence.lower()


def test_body_found_counts_one_killed() -> None:
    text = "The body of a teacher was found on Tuesday with gunshot wounds."
    assert [(c.role, c.value) for c in find_counts(text, 0, len(text))] == [("killed", 1)]


@pytest.mark.parametrize("sentence", [
    "Some 3,500 rockets have been fired at the town since May.",
    "The coalition HAS CARRIED OUT 20,000 air strikes.",
    "More than 300 shells have reportedly been fired.",
    "Gunmen fired at a bus on Monday.",
    "No tally was given.",
])
def test_running_count_gate_is_necessary(sentence: str) -> None:
    if background._RUNNING_COUNT.search(sentence):
        assert background._may_hold(sentence, background._RUNNING_WORDS)


def test_gate_scans_in_full_where_case_folding_differs() -> None:
    """The long s matches "s" when case is ignored but does not lower-case to it: no word is missed for it."""
    sentence = "The strike came in re\u017fponse to the raid."
    assert background._may_hold(sentence, re.compile("nothing-here"))
    assert background._recall_spans(sentence) == tuple((m.start(), m.end()) for m in background.RECALL.finditer(sentence))


def test_bare_year_gate_is_necessary() -> None:
    pattern = background._BARE_YEAR
    for s in ("In 1998 the war began.", "since 2011", "no year here", "in 1887 it rained"):
        if pattern.search(s):
            assert "1" in s or "2" in s
    assert re.search(r"[12]", "In 1998") is not None
