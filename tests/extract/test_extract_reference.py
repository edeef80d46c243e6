"""The reference report (../shared/samples/idlib-2023-10) in both forms: the events, totals and traps of gold.json.

Skips when ../shared/samples is not beside the checkout; the report text is never copied into the repository.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventcoder.api import extract_text
from eventcoder.geo.distance import haversine_km

SAMPLE = Path(__file__).resolve().parents[3] / "shared" / "samples" / "idlib-2023-10"
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not (SAMPLE / "gold.json").exists(), reason="../shared/samples/idlib-2023-10 not present"),
]


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    return haversine_km(a[0], a[1], b[0], b[1])


@pytest.fixture(scope="module")
def gold() -> dict:  # type: ignore[type-arg]
    return json.loads((SAMPLE / "gold.json").read_text())


@pytest.fixture(scope="module", params=["report-full.txt", "report-body.txt"])
def coded(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    name = request.param
    return name, extract_text((SAMPLE / name).read_text())


def test_reference_totals_are_not_double_counted(coded, gold) -> None:  # type: ignore[no-untyped-def]
    _, doc = coded
    assert sum(e.fatalities for e in doc.events) == gold["expect"]["total_fatalities"]
    assert sum(e.injuries or 0 for e in doc.events) == gold["expect"]["total_injuries"]


def test_reference_two_perpetrators_two_sub_types(coded, gold) -> None:  # type: ignore[no-untyped-def]
    _, doc = coded
    for g in gold["expect"]["events"]:
        mine = [e for e in doc.events if e.sub_event_type == g["sub_event_type"]
                and (e.actor1 or "").startswith(g["actor1"])]
        assert mine, f"no {g['sub_event_type']} by {g['actor1']}"
        assert sum(e.fatalities for e in mine) == g["fatalities"]
        assert sum(e.injuries or 0 for e in mine) == g["injuries"]
        assert all(e.actor2 == g["actor2"] for e in mine)


def test_reference_every_event_in_syria(coded) -> None:  # type: ignore[no-untyped-def]
    _, doc = coded
    assert doc.events and {e.country for e in doc.events} == {"Syria"}
    for e in doc.events:
        if e.latitude is not None:
            assert _km((e.latitude, e.longitude), (35.93, 36.63)) < 150  # type: ignore[arg-type]


def test_reference_places_within_10_km(coded, gold) -> None:  # type: ignore[no-untyped-def]
    _, doc = coded
    pts = [(e.latitude, e.longitude) for e in doc.events if e.latitude is not None]
    for want in ("Idlib", "Ariha", "Jisr ash-Shughur"):
        g = next(loc for ev in gold["expect"]["events"] for loc in ev["locations"] if loc["name"] == want)
        assert min(_km(p, (g["lat"], g["lon"])) for p in pts) <= 10, want  # type: ignore[arg-type]


def test_reference_dates_from_the_caption_or_none(coded, gold) -> None:  # type: ignore[no-untyped-def]
    name, doc = coded
    want = gold["expect"]["date"][name]
    assert {e.event_date for e in doc.events} == {want}


def test_reference_evidence_quotes_the_text(coded) -> None:  # type: ignore[no-untyped-def]
    _, doc = coded
    for e in doc.events:
        assert e.evidence
        for ev in e.evidence:
            assert doc.text[ev.start : ev.end] == ev.quote
