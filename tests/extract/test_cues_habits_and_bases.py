"""Cue lexicon: acts told as a habit, and a base set up with several words before "base". Synthetic texts written for
these tests (no development text).

- "where militants have staged repeated ambushes", "the group has carried out similar bombings": the attack words
  tell of other acts like this one, so they type no event of the sentence; an ambush told as this day's act stays
  one (negative);
- "established a new forward operating base in X": a base established, however many words describe it; a base
  attacked is no base established (negative).
"""

from __future__ import annotations

import pytest
from pipeline_runs import sub_types

from eventcoder.pipeline import Pipeline

pytestmark = pytest.mark.slow

PUBLISHED = "2024-05-22"


def _subs(pipeline: Pipeline, text: str) -> list[str | None]:
    return sub_types(pipeline, text, PUBLISHED)


def test_cues_base_with_several_modifiers_is_established(pipeline: Pipeline) -> None:
    # synthetic: the base set up, and the attacks told as the area's habit
    text = ("On Tuesday, the army said it had established a new forward operating base in Lamu County to protect "
            "travellers on the coastal road, where militants have staged repeated ambushes.")
    assert _subs(pipeline, text) == ["Headquarters or base established"]


def test_cues_habitual_attacks_type_no_event(pipeline: Pipeline) -> None:
    # synthetic: only the habit is told
    text = "Farmers in Lamu County say militants have carried out frequent raids on the coastal road."
    assert _subs(pipeline, text) == []


def test_cues_ambush_of_the_day_stays_an_event(pipeline: Pipeline) -> None:
    # synthetic negative
    text = "Militants ambushed a police patrol on the coastal road in Lamu County on Monday, killing two officers."
    assert _subs(pipeline, text) == ["Armed clash"]


def test_cues_base_attacked_is_no_base_established(pipeline: Pipeline) -> None:
    # synthetic negative
    text = "Militants attacked a new forward operating base in Lamu County on Monday, killing two soldiers."
    assert _subs(pipeline, text) == ["Armed clash"]
