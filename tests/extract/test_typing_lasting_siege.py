"""A siege told as lasting is the setting, not a clash of the report's day (synthetic texts)."""

from __future__ import annotations

import pytest

from eventcoder.api import extract_text


def subs(text: str) -> list[str]:
    return [e.sub_event_type for e in extract_text(text, published="2024-05-10").events]


@pytest.mark.parametrize("text", [
    # synthetic: a relative clause telling a siege with its duration
    "Food ran out on Monday in Mekele, which rebels have besieged for months, aid workers said.",
    "Militants laid siege to the city for three weeks, residents said on Monday.",
])
def test_a_lasting_siege_is_no_clash(text: str) -> None:
    assert subs(text) == []


@pytest.mark.parametrize("text", [
    # synthetic: a siege begun on the day, and fighting told with it
    "Rebels besieged an army base in Kidal on Monday, residents said.",
    "Rebels besieged the town on Monday and clashed with soldiers.",
])
def test_a_siege_of_the_day_is_a_clash(text: str) -> None:
    assert subs(text) == ["Armed clash"]
