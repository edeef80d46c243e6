"""Adapters: ACLED and WAD development records and the reference sample mapped onto the gold format."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcoder.evaluation import evaluate
from eventcoder.evaluation.loader import load_gold

from .conftest import SHARED, write_jsonl

# Records in the shape of the development sets, with invented text and coding.
ACLED_ROW = {"id": "acled:TST1", "text": "On 3 May 2022, synthetic protesters gathered in a synthetic town.",
             "gold": {"event_date": "2022-05-03", "event_type": "Protests", "sub_event_type": "Peaceful protest",
                      "actor1": "Protesters (Chile)", "inter1": 6, "actor2": None, "inter2": 0, "country": "Chile",
                      "region": "South America", "admin1": "Santiago Metropolitan", "location": "Santiago",
                      "latitude": -33.4569, "longitude": -70.6483, "fatalities": 0}}
WAD_ROW = {"id": "wad:2016-2020:row1", "text": "Synthetic: gunmen killed four villagers and wounded two.",
           "gold": {"record_type": "Campaign", "start_date": "2017-02-06", "end_date": "2017-02-08",
                    "country_iso3": "NGA", "region": "Borno", "district": None, "locality": "Konduga village",
                    "fatalities": 4, "injuries": 2}}


def test_adapters_acled_maps_numeric_inter_and_zero_fatalities(tmp_path: Path):
    docs, kind = load_gold(write_jsonl(tmp_path / "a.jsonl", [ACLED_ROW]))
    event = docs[0].events[0]
    assert kind == "acled" and event.get("inter1") == "Protesters" and event.get("inter2") is None
    assert docs[0].total_fatalities == (0, 0, 0) and docs[0].total_injuries is None
    assert docs[0].slice["country"] == "Chile"


def test_adapters_wad_campaign_date_range_and_place_names(tmp_path: Path):
    gold = write_jsonl(tmp_path / "w.jsonl", [WAD_ROW])
    docs, kind = load_gold(gold)
    assert kind == "wad" and docs[0].events[0].get("country") == "Nigeria"
    pred = write_jsonl(tmp_path / "p.jsonl", [{"id": WAD_ROW["id"], "events": [
        {"event_date": "2017-02-07", "country": "Nigeria", "location": "Konduga", "fatalities": 4, "injuries": 2}]}])
    report = evaluate(gold, pred=pred)
    assert report.metrics["detection"]["recall"] == 1.0
    assert report.metrics["fatalities"]["totals"]["exact"] == 1.0 and report.metrics["injuries"]["totals"]["exact"] == 1.0


@pytest.mark.skipif(not (SHARED / "samples" / "idlib-2023-10").is_dir(), reason="shared samples not present")
def test_adapters_reference_report_builds_two_documents():
    docs, kind = load_gold(SHARED / "samples" / "idlib-2023-10")
    assert kind == "reference" and len(docs) == 2
    full = next(d for d in docs if d.id.endswith("report-full"))
    assert full.total_fatalities == (11, 11, 11) and full.total_injuries == (78, 78, 78)
    assert len(full.events[0].locations) == 7 and full.events[0].get("event_date") == "2023-10-07"


def test_adapters_wad_date_not_required_to_match(tmp_path: Path):
    gold = write_jsonl(tmp_path / "w.jsonl", [WAD_ROW])
    pred = write_jsonl(tmp_path / "p.jsonl", [{"id": WAD_ROW["id"], "events": [
        {"event_date": None, "country": "Nigeria", "location": "Konduga"}]}])
    report = evaluate(gold, pred=pred)
    assert report.metrics["detection"]["recall"] == 1.0 and report.metrics["fields"]["event_date"]["accuracy"] == 0.0


def test_adapters_wad_unknown_country_code_is_not_scored(tmp_path: Path):
    row = {**WAD_ROW, "gold": {**WAD_ROW["gold"], "country_iso3": "QQQ"}}
    docs, _ = load_gold(write_jsonl(tmp_path / "w.jsonl", [row]))
    assert docs[0].events[0].get("country") is None and docs[0].slice["country"] == "(none)"


def test_adapters_wad_region_only_gold_matches_predicted_admin1(tmp_path: Path):
    row = {**WAD_ROW, "gold": {**WAD_ROW["gold"], "locality": None, "district": None}}
    gold = write_jsonl(tmp_path / "w.jsonl", [row])
    pred = write_jsonl(tmp_path / "p.jsonl", [{"id": WAD_ROW["id"], "events": [
        {"country": "Nigeria", "location": "Maiduguri", "admin1": "Borno"}]}])
    assert evaluate(gold, pred=pred).metrics["detection"]["recall"] == 1.0


def test_adapters_export_gold_round_trip_scores_the_same(tmp_path: Path):
    from click.testing import CliRunner

    from eventcoder.cli import cli

    source = write_jsonl(tmp_path / "w.jsonl", [WAD_ROW])
    exported = tmp_path / "w.gold.jsonl"
    result = CliRunner().invoke(cli, ["eval", str(source), "--export-gold", str(exported)])
    assert result.exit_code == 0, result.output
    docs, kind = load_gold(exported)
    assert kind == "gold" and docs[0].unchecked == frozenset({"date"})
    pred = write_jsonl(tmp_path / "p.jsonl", [{"id": WAD_ROW["id"], "events": [
        {"country": "Nigeria", "location": "Konduga", "fatalities": 3, "injuries": 2}]}])
    assert evaluate(exported, pred=pred).metrics == evaluate(source, pred=pred).metrics
