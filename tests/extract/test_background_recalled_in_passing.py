"""An earlier incident recalled in passing adds no event (background.RECALL); synthetic texts."""

from __future__ import annotations

import pytest

from eventcoder.api import extract_text


@pytest.mark.parametrize(
    "text",
    [
        # synthetic: ", a week after ..." with no verb of coming before it
        "Militants stormed a police station in Bannu on Monday, killing four officers, a week after a suicide "
        "bombing at a mosque in Peshawar killed 12 people.",
        # synthetic: "follows Monday's bombing of ..."
        "A suicide bomber killed 12 people at a mosque in Peshawar on Friday. The blast follows Monday's bombing of a "
        "police station in Bannu, which killed four officers.",
        # synthetic: an ordinal of a period told with its place ("the second attack on a mosque in the province
        # this month, after ...")
        "A suicide bomber killed 12 people at a mosque in Peshawar on Friday. It was the second attack on a mosque in "
        "the province this month, after gunmen killed five worshippers in Mardan.",
    ],
)
def test_background_recalled_in_passing_adds_no_record(text: str) -> None:
    evs = extract_text(text, published="2024-05-10").events
    assert len(evs) == 1
    assert evs[0].fatalities in (4, 12)


def test_background_a_day_after_a_statement_is_no_recall() -> None:
    # synthetic: a weekday's bombing told as the report's own stays
    evs = extract_text("Monday's bombing of a police station in Bannu killed four officers, police said on Tuesday.",
                       published="2024-05-10").events
    assert [e.fatalities for e in evs] == [4]
