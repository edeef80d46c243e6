"""Relevance figures (held-out quarter, news pages, Markdown) on a tiny synthetic development folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcoder.relevance.evaluate import heldout_figures, markdown, news_page_figures, run
from eventcoder.relevance.train import TrainConfig, train_model

from .test_train import TINY, _texts


@pytest.fixture(scope="module")
def tiny_model():
    return train_model(_texts(), TINY, threshold=0.5)


def test_relevance_evaluate_heldout_and_all_columns(tiny_model, dev_folder: Path):
    figures = heldout_figures(tiny_model, dev_folder)
    assert figures["acled"]["all_n"] == 24 and 0 < figures["acled"]["heldout_n"] < 24
    assert set(figures["bbc"]) == {"sport", "business", "tech", "entertainment", "politics"}
    assert figures["bbc_non_conflict"]["all_relevant"] is not None


def test_relevance_evaluate_news_pages_document_detection(tiny_model, dev_folder: Path):
    pages = news_page_figures(tiny_model, dev_folder)
    assert pages is not None and pages["n"] == 8 and pages["tp"] + pages["fn"] == 4
    assert pages["negatives_relevant_by_kind"]["sport"]["n"] == 4
    assert news_page_figures(tiny_model, dev_folder / "absent") is None


def test_relevance_evaluate_markdown_is_labelled_development(tiny_model, dev_folder: Path):
    text = markdown(tiny_model, dev_folder, loto={"sport": {"n": 4, "relevant": 0.0, "threshold": 0.5}})
    assert text.startswith("DEVELOPMENT figures") and "Leave one topic out" in text and "News pages" in text
    assert run(dev_folder, model=tiny_model)["news_pages"]["n"] == 8


def test_relevance_evaluate_run_needs_the_folder(tmp_path: Path):
    with pytest.raises(OSError, match="not present"):
        run(tmp_path / "absent")


def test_relevance_evaluate_config_defaults_are_documented():
    assert TrainConfig().window == 24 and TrainConfig().recall_target == 0.99
