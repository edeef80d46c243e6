"""No-event reports of atrocity data that are violence (synthetic sentences, written for these tests): a stampede
set off by tear gas, killings where a drought drives raids, one community's herders attacking another's, and a
person of public life found stabbed to death with no date (extract/rejections.py, coding.py, components.py)."""

from __future__ import annotations

import pytest

from eventcoder.ingest import document_from_text
from eventcoder.pipeline import Pipeline

PUBLISHED = "2025-03-04"

VIOLENCE = [
    ("Nine people were killed at a packed dance hall in Valdoria when a tear gas canister was set off, causing a "
     "stampede, officials said.", 9),
    ("Eleven people were killed on Friday in the northern county of Marsabit, where drought has fuelled "
     "cattle raids, officials said.", 11),
    ("Borana herders attacked Gabra herders in a village near Moyale, killing three people and stealing 40 cattle.",
     3),
    ("The director of a local news website was found stabbed to death in the town of Ixtapan.", 1),
]
DISASTER = [
    "Floods killed 14 people in the south after a week of heavy rain, officials said.",
    "Twelve people died in a stampede at a crowded stadium gate in the capital on Saturday.",
    "The drought has killed 30 people and thousands of cattle in the north, officials said.",
]


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.default()


@pytest.mark.slow
@pytest.mark.parametrize(("text", "killed"), VIOLENCE)
def test_violence_behind_disaster_words_is_coded(pipeline: Pipeline, text: str, killed: int) -> None:
    doc = next(iter(pipeline.pipe([document_from_text(text, published=PUBLISHED)])))
    assert doc.events, text
    assert sum(e.fatalities or 0 for e in doc.events) == killed


@pytest.mark.slow
@pytest.mark.parametrize("text", DISASTER)
def test_disasters_stay_uncoded(pipeline: Pipeline, text: str) -> None:
    doc = next(iter(pipeline.pipe([document_from_text(text, published=PUBLISHED)])))
    assert not doc.events, (text, [e.sub_event_type for e in doc.events])
