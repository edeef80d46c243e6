"""Real news in `eventcoder eval`: BBC topics and news pages, agreeing with the independent scorers."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from eventcoder.cli import cli
from eventcoder.evaluation import evaluate
from eventcoder.evaluation.loader import detect_kind, load_gold
from eventcoder.evaluation.realnews import page_scores, topic_scores
from eventcoder.evaluation.runner import load_predictions
from eventcoder.evaluation.splits import is_heldout

from .conftest import SHARED, write_jsonl

TOOLS = SHARED / "tools"

# Records in the shape of the two real-news development sets, with invented text and coding.
BBC_ROWS = [{"id": f"bbc:{i:04x}", "text": f"Synthetic article {i} about a cup final and a new phone.",
             "source": "synthetic", "gold": {"topic": topic}}
            for i, topic in enumerate(["sport", "business", "tech", "entertainment", "politics"] * 4)]
PAGE_ROWS = [
    {"id": "newsdev-a", "url": "https://example.org/a", "text": "Menu | Home\nSynthetic: gunmen killed four in a town.",
     "gold": {"title": "Gunmen kill four", "events": [
         {"event_type": "Violence against civilians", "sub_event_type": "Attack", "actor1": "Unidentified Armed Group",
          "actor2": "Civilians", "date": "2024-03-01", "location": "Konduga", "country": "Nigeria", "fatalities": 4,
          "injuries": None},
         {"event_type": "Battles", "sub_event_type": "Armed clash", "actor1": "Military Forces of Nigeria",
          "actor2": None, "date": None, "location": "Bama", "country": "Nigeria", "fatalities": None,
          "injuries": None}], "negative_kind": None, "notes": "synthetic"}, "gold_by": "synthetic"},
    {"id": "newsdev-b", "url": "https://example.org/b", "text": "Synthetic: the striker's shot killed off the match.",
     "gold": {"title": None, "events": [], "negative_kind": "sport", "notes": "synthetic"}, "gold_by": "synthetic"},
    {"id": "newsdev-c", "url": "https://example.org/c", "text": "Synthetic: protesters marched in the capital.",
     "gold": {"title": "March in the capital", "events": [
         {"event_type": "Protests", "sub_event_type": "Peaceful protest", "actor1": "Protesters", "actor2": None,
          "date": "2024-03-02", "location": "Abuja", "country": "Nigeria", "fatalities": 0, "injuries": None}],
         "negative_kind": None, "notes": "synthetic"}, "gold_by": "synthetic"},
]
PAGE_PREDS = [
    {"id": "newsdev-a", "document": {"title": "Gunmen kill four"}, "events": [
        {"event_type": "Violence against civilians", "event_date": "2024-03-01", "country": "Nigeria",
         "location": "Konduga", "fatalities": 4}]},
    {"id": "newsdev-b", "document": {"title": None}, "events": [
        {"event_type": "Battles", "event_date": "2024-03-01", "country": "France", "fatalities": 1500}]},
    {"id": "newsdev-c", "document": {"title": "Something else"}, "events": []},
]


def _bbc_preds() -> list[dict[str, Any]]:
    return [{"id": r["id"], "events": [{"event_type": "Battles", "fatalities": 2}] * (i % 3 == 0)}
            for i, r in enumerate(BBC_ROWS)]


def test_realnews_kinds_are_detected(tmp_path: Path):
    assert detect_kind(write_jsonl(tmp_path / "b.jsonl", BBC_ROWS)) == "bbc"
    assert detect_kind(write_jsonl(tmp_path / "p.jsonl", PAGE_ROWS)) == "news"


def test_realnews_news_page_adapter_keeps_the_gold_title_out_of_the_input(tmp_path: Path):
    docs, kind = load_gold(write_jsonl(tmp_path / "p.jsonl", PAGE_ROWS))
    first = docs[0]
    assert kind == "news" and first.title is None and first.meta["gold_title"] == "Gunmen kill four"
    assert first.events is not None and first.events[0].get("event_date") == "2024-03-01"
    assert first.total_fatalities == (4, 4, 4)  # the null of the second event counts 0, as score_events does
    assert docs[1].events == [] and docs[1].slice["negative_kind"] == "sport"


def test_realnews_bbc_adapter_codes_topic_and_split(tmp_path: Path):
    docs, kind = load_gold(write_jsonl(tmp_path / "b.jsonl", BBC_ROWS))
    assert kind == "bbc" and docs[0].events is None and docs[0].slice["topic"] == "sport"
    assert {d.slice["split"] for d in docs} <= {"heldout", "train"}


def test_realnews_page_scores_by_hand(tmp_path: Path):
    docs, _ = load_gold(write_jsonl(tmp_path / "p.jsonl", PAGE_ROWS))
    preds = load_predictions(write_jsonl(tmp_path / "pred.jsonl", PAGE_PREDS))
    scores = page_scores(docs, preds)
    assert scores["doc_precision"] == 0.5 and scores["doc_recall"] == 0.5 and scores["detected"] == pytest.approx(0.3333)
    assert scores["fatalities_total_exact"] == pytest.approx(0.6667)  # a: 4 == 4; b: 1500 != 0; c: 0 == 0
    assert scores["title"] == 0.5 and scores["date_overlap"] == 0.5 and scores["events_over_1000_dead"] == 1


def test_realnews_topic_scores_by_hand(tmp_path: Path):
    docs, _ = load_gold(write_jsonl(tmp_path / "b.jsonl", BBC_ROWS))
    preds = load_predictions(write_jsonl(tmp_path / "pred.jsonl", _bbc_preds()))
    scores = topic_scores(docs, preds)
    assert scores["documents"] == 20 and scores["nonconflict"]["documents"] == 16
    assert sum(t["fatalities"] for t in scores["topics"].values()) == 2 * 7


@pytest.mark.skipif(not (TOOLS / "score_events.py").is_file(), reason="../shared/tools is not present")
def test_realnews_pages_agree_with_the_independent_scorer(tmp_path: Path):
    gold = write_jsonl(tmp_path / "p.jsonl", PAGE_ROWS)
    pred = write_jsonl(tmp_path / "pred.jsonl", PAGE_PREDS)
    theirs = json.loads(subprocess.run([sys.executable, str(TOOLS / "score_events.py"), "news", str(gold), str(pred)],
                                       capture_output=True, text=True, check=True).stdout)
    ours = evaluate(gold, pred=pred).metrics["news_pages"]
    for name in ("detected", "fatalities_total_exact", "doc_precision", "doc_recall", "country_overlap",
                 "no_foreign_country", "event_type_overlap", "date_overlap", "title"):
        assert ours[name] == pytest.approx(theirs[name], abs=1e-4), name


@pytest.mark.skipif(not (TOOLS / "score_precision.py").is_file(), reason="../shared/tools is not present")
def test_realnews_topics_agree_with_the_independent_scorer(tmp_path: Path):
    gold = write_jsonl(tmp_path / "b.jsonl", BBC_ROWS)
    pred = write_jsonl(tmp_path / "pred.jsonl", _bbc_preds())
    theirs = json.loads(subprocess.run([sys.executable, str(TOOLS / "score_precision.py"), "topics", str(gold),
                                        str(pred)], capture_output=True, text=True, check=True).stdout)
    ours = evaluate(gold, pred=pred).metrics["topics"]["all"]
    for topic, row in ours["topics"].items():
        assert row["docs_with_events"] == theirs[f"{topic}_docs_with_events"]
        assert row["events_per_100"] == theirs[f"{topic}_events_per_100"]
        assert row["fatalities"] == theirs[f"{topic}_fatalities"]
    assert ours["nonconflict"]["docs_with_events"] == theirs["nonconflict_docs_with_events"]


def test_realnews_cli_split_keeps_the_heldout_quarter(tmp_path: Path):
    gold = write_jsonl(tmp_path / "b.jsonl", BBC_ROWS)
    pred = write_jsonl(tmp_path / "pred.jsonl", _bbc_preds())
    result = CliRunner().invoke(cli, ["eval", str(gold), "--pred", str(pred), "--split", "heldout", "--json"])
    assert result.exit_code == 0, result.output
    held = sum(is_heldout(r["id"]) for r in BBC_ROWS)
    assert json.loads(result.output)["metrics"]["documents"] == held
    markdown = CliRunner().invoke(cli, ["eval", str(gold), "--pred", str(pred), "--kind", "bbc"]).output
    assert "per topic" in markdown and "sport+business+tech+entertainment" in markdown


def test_realnews_news_pages_markdown_has_the_page_table(tmp_path: Path):
    gold = write_jsonl(tmp_path / "p.jsonl", PAGE_ROWS)
    pred = write_jsonl(tmp_path / "pred.jsonl", PAGE_PREDS)
    text = evaluate(gold, pred=pred).to_markdown()
    assert "score_events.py news" in text and "events above 1,000 dead" in text and "Event detection" in text


def test_realnews_accuracy_sections_with_heldout_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from eventcoder.evaluation import runner, suite

    shared = tmp_path / "shared"
    (shared / "dev").mkdir(parents=True)
    write_jsonl(shared / "dev" / "bbc_news_dev.jsonl", BBC_ROWS)
    write_jsonl(shared / "dev" / "news_pages_dev.jsonl", PAGE_ROWS)
    acled = [{"id": f"acled:T{i}", "text": "Synthetic: protesters gathered.", "gold": {
        "event_date": "2022-05-03", "event_type": "Protests", "sub_event_type": "Peaceful protest",
        "actor1": "Protesters (Chile)", "inter1": 6, "actor2": None, "inter2": 0, "country": "Chile",
        "fatalities": 0}} for i in range(12)]
    write_jsonl(shared / "dev" / "acled_notes_dev.jsonl", acled)
    monkeypatch.setattr(runner, "run_pipeline", lambda docs, jobs=1: {d.id: {"id": d.id, "events": []} for d in docs})
    summary: dict[str, Any] = {}
    lines: list[str] = []
    texts = {spec.file: suite._dev_section(spec, shared, dev_limit=None, jobs=1, summary=summary, summary_lines=lines)
             for spec in suite.DEV_SETS}
    assert "held-out quarter (" in texts["acled_notes_dev.jsonl"] and "Skipped" in texts["wad_dev.jsonl"]
    assert "per topic" in texts["bbc_news_dev.jsonl"] and "score_events.py news" in texts["news_pages_dev.jsonl"]
    assert {"ACLED notes (all)", "ACLED notes (held-out quarter)", "real news pages"} <= set(summary)
    assert lines and lines[0].startswith("- BBC News")
