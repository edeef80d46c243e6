"""extract.strategic: a place retaken within the day it was lost was held under a day: an armed clash (synthetic)."""

from __future__ import annotations

import pytest

from eventcoder.api import extract_text


@pytest.mark.parametrize("text", [
    # synthetic
    "Troops recaptured the town of Dikwa on Tuesday, hours after militants overran it, the army said.",
    # synthetic
    "Soldiers retook the village of Damasak later that day after jihadists seized it at dawn on Monday.",
])
def test_retaken_within_hours_is_a_clash(text: str) -> None:
    doc = extract_text(text, published="2021-04-20")
    assert [e.sub_event_type for e in doc.events] == ["Armed clash"]


def test_retaken_after_months_is_regained() -> None:
    # synthetic
    text = "Troops recaptured the town of Dikwa on Tuesday, eight months after militants overran it, the army said."
    doc = extract_text(text, published="2021-04-20")
    assert [e.sub_event_type for e in doc.events] == ["Government regains territory"]
