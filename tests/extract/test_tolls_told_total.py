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
