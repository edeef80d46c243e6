"""A figure told before counts that add up to it is their total only when the text tells it as one (a colon or a
dash, "in total", "of them", "including"); a plain list of groups is a list of dead (review r5 #4). Every text was
written for this test (synthetic)."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from eventcoder.extract.counts import Count
from eventcoder.extract.lexicon import find_counts
from eventcoder.extract.tolls import _without_told_total

_WORDS = {"two": 2, "one": 1, "three": 3, "four": 4, "five": 5}


def _counts(text: str) -> list[Count]:
    """One killed count for each number word of the text, at its offsets (the unit probe: the grammar is not tested)."""
    template = next(c for c in find_counts("Gunmen killed two farmers.", 0, 26) if c.role == "killed")
    out = []
    for m in re.finditer(r"\b(?:two|one|three|four|five)\b", text):
        qty = replace(template.qty, value=_WORDS[m.group(0)], high=None)
        out.append(replace(template, start=m.start(), end=m.end(), qty=qty))
    return out


@pytest.mark.parametrize("text", [
    "Gunmen killed two soldiers, one policeman and one civilian near Gao.",  # synthetic
    "Gunmen killed three soldiers, two policemen and one civilian near Gao.",  # synthetic
])
def test_tolls_a_plain_list_keeps_every_count(text: str) -> None:
    cs = _counts(text)
    assert [c.value for c in _without_told_total(text, cs)] == [c.value for c in cs]


@pytest.mark.parametrize("text", [
    "Gunmen killed four people near Gao: two soldiers, one policeman and one civilian.",  # synthetic
    "Gunmen killed four people near Gao, among them two soldiers, one policeman and one civilian.",  # synthetic
    "Gunmen killed four people in total near Gao \u2014 two soldiers, one policeman and one civilian.",  # synthetic
])
def test_tolls_a_total_told_with_its_parts_drops_the_total(text: str) -> None:
    assert [c.value for c in _without_told_total(text, _counts(text))] == [2, 1, 1]


@pytest.mark.parametrize(("text", "dead"), [
    ("Gunmen killed two farmers, one woman and one child in a hamlet near Kauru.", 4),  # synthetic
    ("Raiders killed three farmers, two traders, a woman and a child near Gao.", 7),  # synthetic
    # negatives: a part of the first group, a teller between the groups, a plain pair
    ("Gunmen killed two soldiers, one of them an officer, near Gao.", 2),  # synthetic
    ("Gunmen killed two soldiers, a police officer said, and one civilian was hurt near Gao.", 2),  # synthetic
    ("Gunmen killed two soldiers and three policemen near Gao.", 5),  # synthetic
    ("A drone hit a truck near Gao on Monday, killing nine traders, a teacher and three drivers.", 13),  # synthetic
])
def test_counts_a_comma_list_of_groups_counts_each(text: str, dead: int) -> None:
    assert sum(c.value for c in find_counts(text, 0, len(text)) if c.role == "killed" and c.counted) == dead


def test_counts_a_list_of_tellers_after_the_toll_adds_no_dead() -> None:
    # negative: the list after the toll names who told it (synthetic)
    text = "A drone hit a truck near Gao on Monday, killing nine traders, a teacher and three drivers said."
    assert sum(c.value for c in find_counts(text, 0, len(text)) if c.role == "killed" and c.counted) == 9
