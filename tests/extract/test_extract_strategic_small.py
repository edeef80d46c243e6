"""Two small strategic-development decisions (extract/strategic.py, extract/coding.py), synthetic texts written for
this test (no development text):

- a capture verb that takes a house, property, goods, weapons, vehicles, documents, money or drugs takes no
  territory (ACLED: territory is a place or an area an armed group takes over), even with a town named right after;
  "troops seized the town of X" and "rebels seized control of X" stay territory;
- a development of kind Other or Disrupted weapons use told once over several places in one sentence is one event,
  at the first of its most precise places; a violent event over several places stays one event per place.
"""

from __future__ import annotations

import pytest
from pipeline_runs import run

from eventcoder.model import Document
from eventcoder.pipeline import Pipeline

pytestmark = pytest.mark.slow

PUBLISHED = "2024-05-20"
TERRITORY = {"Government regains territory", "Non-state actor overtakes territory"}


def _run(pipeline: Pipeline, text: str) -> Document:
    return run(pipeline, text, PUBLISHED)


@pytest.mark.parametrize("text", [
    "On 14 May 2024, police sealed and seized the house of a union leader in Taunggyi.",
    "On 14 May 2024, troops seized the house of a village elder in Kalaw.",
    "On 14 May 2024, soldiers seized the property of a former mayor in Kalaw.",
    "On 14 May 2024, police seized the land titles of three farmers in Pyay.",
    "On 14 May 2024, customs officers seized the vehicles of a smuggling ring in Myawaddy.",
    "On 14 May 2024, rebels seized the cattle of herders near Kalaw.",
])
def test_goods_or_property_seized_are_no_territory(pipeline: Pipeline, text: str) -> None:
    doc = _run(pipeline, text)
    got = {e.sub_event_type for e in doc.events}
    assert not got & TERRITORY, f"{text!r}: {got}"


@pytest.mark.parametrize(("text", "expected"), [
    ("On 14 May 2024, troops seized the town of Kalaw from the rebels after heavy fighting.",
     "Government regains territory"),
    ("On 14 May 2024, rebels seized control of Kalaw after heavy fighting with the army.",
     "Non-state actor overtakes territory"),
    ("On 14 May 2024, rebels captured the home town of the general, Kalaw, after heavy fighting.",
     "Non-state actor overtakes territory"),
])
def test_a_town_seized_stays_territory(pipeline: Pipeline, text: str, expected: str) -> None:
    doc = _run(pipeline, text)
    assert expected in {e.sub_event_type for e in doc.events}, [e.sub_event_type for e in doc.events]


@pytest.mark.parametrize(("text", "sub"), [
    ("Displacement: On 15 May 2024, volunteers evacuated about 400 civilians from Kupyansk, Vovchansk and "
     "Balakliia as the front line moved closer.", "Other"),
    ("On 15 May 2024, sappers defused two explosive devices in Kupyansk and Balakliia.", "Disrupted weapons use"),
])
def test_one_development_over_several_places_is_one_event(pipeline: Pipeline, text: str, sub: str) -> None:
    doc = _run(pipeline, text)
    got = [(e.sub_event_type, e.location) for e in doc.events]
    assert got == [(sub, "Kupyansk")], got


def test_violent_events_over_several_places_stay_one_per_place(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "On 15 May 2024, the army shelled Kupyansk and Balakliia with artillery.")
    assert len({e.location for e in doc.events}) == 2, [(e.sub_event_type, e.location) for e in doc.events]
