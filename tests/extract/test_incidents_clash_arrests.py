"""The fight's own people arrested after an armed clash of one day, at its place, are its outcome, not an Arrests
event (incidents._SUSPECTS, read by _suspects_arrested): "one armed man was arrested", "members from both groups
were arrested", "the member of X was arrested moments later", a bare "One person was arrested." Someone arrested
for a charge of his own stays an Arrests event. Every text here is invented for these tests (synthetic)."""

from __future__ import annotations

import pytest

from eventcoder.api import extract_text


@pytest.mark.parametrize("arrest", [
    "One person was arrested.",
    "A guard was wounded and one armed man was arrested.",
    "Four members from both gangs were arrested.",
    "The member of the Red Scorpions was arrested by officers moments later.",
])
def test_incidents_fighters_arrested_after_a_clash_are_its_outcome(arrest: str) -> None:
    # synthetic: a clash of one day at one town, then its people arrested
    evs = extract_text("On Tuesday, in Temixco, Morelos, an armed clash broke out between gunmen of two rival gangs "
                       f"in a market street. {arrest}", published="2024-05-10").events
    assert [e.sub_event_type for e in evs] == ["Armed clash"]


def test_incidents_person_arrested_for_a_charge_of_his_own_stays_apart() -> None:
    # synthetic negative: an arrest for something else is no part of the clash
    evs = extract_text("On Tuesday, in Temixco, Morelos, an armed clash broke out between gunmen of two rival gangs "
                       "in a market street. One person was arrested for criticising the mayor online.",
                       published="2024-05-10").events
    assert "Armed clash" in {e.sub_event_type for e in evs}
    assert len(evs) == 2
