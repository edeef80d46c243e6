"""Round 3 of the pages work (docs/extraction.md): people harming people with the doer unnamed, a mine's victims,
a picket's people, damage summed over months of shelling, and road ends told with their units. Every text was
written for this test (synthetic)."""

from __future__ import annotations

import pytest

from eventcoder.api import extract_text
from eventcoder.extract.explain import explain
from eventcoder.ingest import document_from_text
from eventcoder.pipeline import Pipeline

pytestmark = pytest.mark.slow


def _events(text: str, published: str = "2024-05-05") -> list[tuple[str | None, str | None, str | None, int | None]]:
    doc = extract_text(text, published=published)
    return sorted((e.event_date, e.sub_event_type, e.location, e.geo_precision) for e in doc.events)


# --- people harming people, the doer unnamed: ACLED codes unidentified perpetrators -----------------------------------

@pytest.mark.parametrize("text", [
    "On 3 May 2024, refugees attacked other refugees in a camp near Kano.",  # synthetic
    "On 3 May 2024, prison guards hit a woman's head with a baton at the gate of the prison in Kano.",  # synthetic
])
def test_evidence_dated_people_harming_people_is_an_attack(text: str) -> None:
    assert [(d, s) for d, s, _, _ in _events(text)] == [("2024-05-03", "Attack")]


def test_evidence_mine_hitting_named_victims_is_an_explosion() -> None:
    text = "On 3 May 2024, two road workers were hit by a mine near Kandahar."  # synthetic
    assert [(d, s) for d, s, _, _ in _events(text)] == [("2024-05-03", "Remote explosive/landmine/IED")]


@pytest.mark.parametrize("text", [
    "Arsenal beat Chelsea 2-1 on Saturday in London.",  # synthetic
    "On Saturday, the women beat the men in the relay final in London.",  # synthetic
])
def test_evidence_sport_results_stay_no_event(text: str) -> None:
    assert _events(text) == []


def test_evidence_people_named_as_a_pickets_subject_are_its_crowd() -> None:
    text = "On 3 May 2024, candidates picketed in Kano."  # synthetic
    frames = explain(Pipeline.default()(document_from_text(text))).frames
    assert [f.evidence for f in frames] == ["crowd"]


# --- damage summed over a long period is no event of the day ---------------------------------------------------------

@pytest.mark.parametrize("tail", ["destroyed in months of shelling", "damaged during years of fighting"])
def test_components_damage_over_months_of_shelling_is_no_event(tail: str) -> None:
    text = f"Drones filmed the town of Bakhmut on Monday, showing streets of houses {tail}."  # synthetic
    assert _events(text) == []


def test_components_shelling_of_the_day_stays_an_event() -> None:
    text = "On Monday, houses in Bakhmut were destroyed by shelling."  # synthetic
    assert [s for _, s, _, _ in _events(text)] == ["Shelling/artillery/missile attack"]


# --- road ends told with their units; a stretch between two towns ------------------------------------------------------

@pytest.mark.parametrize("road", [
    "the road between Zaria (Kaduna, Nigeria) and Kano (Kano, Nigeria)",  # synthetic
    "the road between Zaria, Kaduna and Kano, Kano",  # synthetic
    "the stretch between Zaria and Kano",  # synthetic
    "a section of road between the villages of Zaria and Kano",  # synthetic
])
def test_coding_road_ends_with_their_units_code_the_first_end(road: str) -> None:
    text = f"On 3 May 2024, gunmen attacked a bus on {road}."  # synthetic
    assert _events(text) == [("2024-05-03", "Attack", "Zaria", 2)]
