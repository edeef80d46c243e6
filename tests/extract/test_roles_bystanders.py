"""Actors named beside an act who took no part in it. Synthetic texts written for these tests (no development text).

- officialdom that takes a stance on the act ("the X government refuses to accept ...", "the ministry condemned the
  bombing") tells of it; a force told acting stays the party (negative);
- police who investigate the act or hunt its authors came after it ("officers are investigating the shooting");
  soldiers who search a house and arrest a man are the arresting party (negative);
- the agent of an escort or care verb ("escorted to safety by guards") escorted, it did not shoot; the agent of
  the violent verb ("shot by soldiers") stays the party (negative).
"""

from __future__ import annotations

import pytest
from pipeline_runs import run

from eventcoder.pipeline import Pipeline

pytestmark = pytest.mark.slow

PUBLISHED = "2024-05-05"


def _actor1(pipeline: Pipeline, text: str) -> list[str | None]:
    return [e.actor1 for e in run(pipeline, text, PUBLISHED).events]


@pytest.mark.parametrize("text", [
    # synthetic: a government's stance on a bombing
    "A bomb exploded outside a nightclub in Haifa on Friday, killing five people. The Israeli government rejects "
    "claims that it ignored warnings about the bombing.",
    "A bomb exploded outside a nightclub in Haifa on Friday, killing five people. The Israeli government condemned "
    "the bombing.",
])
def test_roles_government_stance_is_no_party(pipeline: Pipeline, text: str) -> None:
    assert _actor1(pipeline, text) == ["Unidentified Armed Group (Israel)"]


def test_roles_police_investigating_are_no_party(pipeline: Pipeline) -> None:
    # synthetic
    text = "A man was shot dead outside a bar in Medellin on Friday. Police are investigating the shooting."
    assert _actor1(pipeline, text) == ["Unidentified Armed Group (Colombia)"]


def test_roles_police_who_shot_stay_the_party(pipeline: Pipeline) -> None:
    # synthetic negative
    text = "Police opened fire on a crowd in Medellin on Friday, killing two men."
    assert all(a is not None and a.startswith("Police Forces of Colombia") for a in _actor1(pipeline, text))


def test_roles_escort_agent_is_no_party(pipeline: Pipeline) -> None:
    # synthetic
    text = ("A man was shot in the leg outside a radio studio in Chicago on Monday. The visiting singer was quickly "
            "escorted to a waiting car by security personnel.")
    assert _actor1(pipeline, text) == ["Unidentified Armed Group (United States)"]


def test_roles_agent_of_the_violent_verb_stays_the_party(pipeline: Pipeline) -> None:
    # synthetic negative
    text = "A farmer was shot dead by soldiers near Mopti on Monday."
    assert _actor1(pipeline, text) == ["Military Forces of Mali (2021-)"]
