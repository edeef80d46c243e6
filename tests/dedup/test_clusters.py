"""The clusters evaluation (page pairs of real coverage): scoring on synthetic events, and a smoke run on the
development clusters when ../shared is present."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventcoder.dedup.clusters import (
    _errors,
    arrival_orders,
    errors_of_split,
    is_clusters_file,
    order_figures,
    score_events,
)
from eventcoder.evaluation.suite import find_shared

_EVENT = {"event_type": "Violence against civilians", "location": "Gwoza", "country": "Nigeria"}


def _page(pid: str, incident: str, confusable: list[str] | None = None) -> dict[str, object]:
    return {"id": pid, "url": f"https://example.org/{pid}", "text": "Synthetic.",
            "gold": {"incident": incident, "confusable_with": confusable or [], "event": _EVENT}}


def _event(eid: str, *pages: str) -> dict[str, object]:
    return {"id": eid, "country": "Nigeria", "location": "Gwoza", "event_type": "Violence against civilians",
            "sources": [{"url": f"https://example.org/{p}"} for p in pages]}


def test_clusters_page_pair_scores_on_synthetic_events() -> None:
    rows = [_page("p1", "A", ["B"]), _page("p2", "A", ["B"]), _page("p3", "A", ["B"]), _page("p4", "B", ["A"])]
    events = [_event("e1", "p1", "p2"), _event("e2", "p3", "p4"), _event("e3", "p3")]
    records = {"p1": [("e1", _EVENT)], "p2": [("e1", _EVENT)], "p3": [("e2", _EVENT), ("e3", _EVENT)],
               "p4": [("e2", _EVENT)]}
    out = score_events(rows, events, records=records)  # type: ignore[arg-type]
    # same-incident pairs: p1-p2 merged, p1-p3 and p2-p3 missed; p3-p4 merged across confusable incidents
    assert (out["pair_P"], round(out["pair_R"], 2), out["confusable_merged"]) == (0.5, 0.33, 1)
    assert out["events_per_incident"] == 2.0  # A: e1, e2, e3; B: e2
    assert out["records_per_page"] == 1.25 and out["main_events_per_incident"] == 1.5


def test_clusters_errors_say_why_a_missed_pair_stayed_apart() -> None:
    # Synthetic: two pages of one incident whose main records are placed in two provinces.
    rows = [_page("p1", "A"), _page("p2", "A")]
    base = {**_EVENT, "sub_event_type": "Attack", "actor1": "Unidentified Armed Group (Nigeria)", "fatalities": 0}
    records = {"p1": [("e1", {**base, "admin1": "Borno"})], "p2": [("e2", {**base, "admin1": "Yobe"})]}
    (row,) = _errors(rows, {"p1": {"e1"}, "p2": {"e2"}}, records)  # type: ignore[arg-type]
    assert row["kind"] == "missed merge" and row["part"] in ("tuned", "held-out")
    assert row["contradiction"] == "place" and "different admin1 (Borno / Yobe)" in row["why"]


def test_clusters_file_is_detected_by_its_gold(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps(_page("p1", "A")) + "\n", encoding="utf-8")
    assert is_clusters_file(path)
    path.write_text(json.dumps({"id": "x", "text": "t", "gold": {"events": []}}) + "\n", encoding="utf-8")
    assert not is_clusters_file(path)


@pytest.mark.slow
def test_clusters_eval_runs_on_the_development_clusters(tmp_path: Path) -> None:
    shared = find_shared()
    source = shared / "dev" / "dedup_clusters_dev.jsonl" if shared else None
    if source is None or not source.is_file():
        pytest.skip("../shared/dev/dedup_clusters_dev.jsonl is not present")
    from eventcoder.cli import cli

    small = tmp_path / "few.jsonl"
    with source.open(encoding="utf-8") as fh:
        small.write_text("".join(line for _, line in zip(range(8), fh, strict=False)), encoding="utf-8")
    out = CliRunner().invoke(cli, ["eval", str(small), "--json", "--orders", "3", "--seed", "1"])
    assert out.exit_code == 0, out.output
    report = json.loads(out.output)
    parts = report["parts"]
    assert {"all", "tuned", "held-out", "one record per page: all"} <= set(parts) and parts["all"]["pages"] == 8
    orders = report["orders"]
    assert orders["n"] == 3 and orders["seed"] == 1 and set(orders["parts"]) == {"all", "tuned", "held-out"}
    assert set(orders["each"]) == {"all", "tuned"} and len(orders["each"]["all"]) == 3  # held-out: aggregate only


def test_clusters_errors_give_why_as_a_list_when_a_page_has_no_matching_record() -> None:
    # Synthetic: the second page's only record is in another country than its page's event.
    rows = [_page("p1", "A"), _page("p2", "A")]
    records = {"p1": [("e1", _EVENT)], "p2": [("e2", {**_EVENT, "country": "Atlantis", "location": "Nowhere",
                                                       "admin1": "Nowhere", "admin2": None})]}
    (row,) = _errors(rows, {"p1": {"e1"}, "p2": {"e2"}}, records)  # type: ignore[arg-type]
    assert isinstance(row["why"], list) and "no record of p2" in row["why"][0]


def test_clusters_errors_of_the_train_split_never_show_a_held_out_pair() -> None:
    rows = [{"kind": "missed merge", "part": "tuned"}, {"kind": "false merge", "part": "held-out"}]
    assert errors_of_split(rows, "train") == rows[:1]
    assert errors_of_split(rows, "heldout") == rows[1:]
    assert errors_of_split(rows, None) == rows


def test_clusters_gap_tells_missed_merges_from_separate_events() -> None:
    # Synthetic: one incident told by two pages. Their main records were stored apart (a missed merge); page 1
    # also has a looting record (another kind of event, coded apart) and page 2 a record of the same kind placed
    # in another country (elsewhere).
    rows = [_page("p1", "A"), _page("p2", "A")]
    loot = {**_EVENT, "event_type": "Strategic developments", "sub_event_type": "Looting/property destruction"}
    abroad = {**_EVENT, "country": "Atlantis", "location": "Nowhere", "admin1": "Nowhere"}
    events = [_event("e1", "p1"), _event("e2", "p2"), _event("e3", "p1"), _event("e4", "p2")]
    records = {"p1": [("e1", _EVENT), ("e3", loot)], "p2": [("e2", _EVENT), ("e4", abroad)]}
    gap = score_events(rows, events, records=records)["gap"]  # type: ignore[arg-type]
    assert gap == {"events": 4, "incident": 1, "apart": 1, "apart_here": 1, "apart_coarser": 0, "apart_other_town": 0,
                   "apart_siblings": 0, "apart_other_town_same_day": 0, "elsewhere": 1, "other_kind": 1,
                   "per_incident_same_kind": 3.0, "per_incident_one_place": 4.0, "per_incident_acled_apart": 3.0}


def test_clusters_gap_tells_records_apart_at_the_incidents_place_from_another_town() -> None:
    # Synthetic: one page tells the attack on Gwoza and, stored apart, an attack in Konduga (same country, same
    # kind: another location, which ACLED codes as an event of its own) and one placed only in Borno; a second
    # page's record of Gwoza was not merged with the first page's (a missed merge at the incident's place).
    rows = [_page("p1", "A"), _page("p2", "A")]
    konduga = {**_EVENT, "location": "Konduga", "admin1": "Borno", "admin2": "Konduga"}
    borno = {**_EVENT, "location": "Borno", "admin1": "Borno", "geo_precision": 3}
    events = [_event("e1", "p1"), _event("e2", "p1"), _event("e3", "p2"), _event("e4", "p1")]
    records = {"p1": [("e1", _EVENT), ("e2", konduga), ("e4", borno)], "p2": [("e3", _EVENT)]}
    gap = score_events(rows, events, records=records)["gap"]  # type: ignore[arg-type]
    assert (gap["apart"], gap["apart_here"], gap["apart_coarser"], gap["apart_other_town"]) == (3, 1, 1, 1)
    assert gap["apart_siblings"] == 0  # page 1 merged with no other page: its records are no merged page's siblings
    # Page 2's record joined page 1's main event: page 1's other records are siblings of a merged page.
    events = [_event("e1", "p1", "p2"), _event("e2", "p1"), _event("e4", "p1")]
    records = {"p1": [("e1", _EVENT), ("e2", konduga), ("e4", borno)], "p2": [("e1", _EVENT)]}
    gap = score_events(rows, events, records=records)["gap"]  # type: ignore[arg-type]
    assert (gap["apart"], gap["apart_siblings"]) == (2, 2)


def test_clusters_gap_counts_another_towns_event_of_the_incidents_day_apart() -> None:
    # Synthetic: a page tells a riot in Gwoza (its hand-coded day 2024-03-05) and riots the same day in a town
    # 100 km away (ACLED codes one event per location and day: right to be apart), in a village 8 km away (the
    # incident's scene told from a reference point: a missed merge) and, 100 km away, a riot of the day before.
    gold = {"event_type": "Riots", "location": "Gwoza", "country": "Nigeria", "date": "2024-03-05"}
    rows = [{"id": "p1", "url": "https://example.org/p1", "text": "Synthetic.",
             "gold": {"incident": "A", "confusable_with": [], "event": gold}}]
    here = {**gold, "event_date": "2024-03-05", "admin1": "Borno", "admin2": "Gwoza", "latitude": 11.08,
            "longitude": 13.69}
    far = {**here, "location": "Farville", "admin2": "Farville", "latitude": 11.98}  # 100 km north
    near = {**here, "location": "Nearby", "admin2": "Gwoza", "latitude": 11.15}  # 8 km north, in its district
    before = {**far, "event_date": "2024-03-04"}
    events = [_event(e, "p1") for e in ("e1", "e2", "e3", "e4")]
    records = {"p1": [("e1", here), ("e2", far), ("e3", near), ("e4", before)]}
    gap = score_events(rows, events, records=records)["gap"]  # type: ignore[arg-type]
    assert (gap["apart"], gap["apart_here"], gap["apart_other_town"], gap["apart_other_town_same_day"]) == (3, 1, 2, 1)
    assert (gap["per_incident_same_kind"], gap["per_incident_one_place"], gap["per_incident_acled_apart"]) == (
        4.0, 3.0, 3.0)
    # Without coordinates, another district (admin2) of the day is another town too; the same district is not.
    records = {"p1": [("e1", {**here, "latitude": None}), ("e2", {**far, "latitude": None}),
                      ("e3", {**near, "latitude": None})]}
    gap = score_events(rows, events[:3], records=records)["gap"]  # type: ignore[arg-type]
    assert gap["apart_other_town_same_day"] == 1


def test_clusters_arrival_orders_are_the_file_order_the_reverse_then_seeded_shuffles() -> None:
    orders = arrival_orders(5, 6, seed=3)
    assert orders[0] == [0, 1, 2, 3, 4, 5] and orders[1] == [5, 4, 3, 2, 1, 0]
    assert all(sorted(o) == list(range(6)) for o in orders) and orders == arrival_orders(5, 6, seed=3)
    assert arrival_orders(1, 4) == [[0, 1, 2, 3]]


def test_clusters_order_figures_give_the_worst_and_the_median() -> None:
    def run(p: float, r: float, epi: float, cm: int) -> dict[str, dict[str, object]]:
        figs = {"pair_P": p, "pair_R": r, "events_per_incident": epi, "confusable_merged": cm}
        return {"all": figs, "tuned": figs, "held-out": figs}

    out = order_figures([run(1.0, 0.8, 1.5, 0), run(0.9, 0.7, 2.0, 2), run(1.0, 0.9, 1.0, 0)], seed=0)
    allp = out["parts"]["all"]
    assert allp["pair_P"] == {"worst": 0.9, "median": 1.0} and allp["pair_R"] == {"worst": 0.7, "median": 0.8}
    assert allp["events_per_incident"] == {"worst": 2.0, "median": 1.5}
    assert allp["confusable_merged"] == {"worst": 2, "median": 0}
    assert "held-out" not in out["each"] and len(out["each"]["tuned"]) == 3
