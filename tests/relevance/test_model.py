"""RelevanceModel: the shipped model loads, scores in [0, 1], deterministically, and tells sides apart."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from eventcoder.errors import ConfigError
from eventcoder.relevance import RelevanceModel
from eventcoder.relevance.features import bigram_ids, unigram_ids
from eventcoder.relevance.model import window_starts

# Synthetic sentences written for this test.
RELEVANT = [
    "Gunmen stormed a village in the district before dawn, shooting residents and torching homes.",
    "Police fired tear gas at thousands of protesters who marched on parliament demanding the minister resign.",
    "A suicide bomber killed at least nine people at a checkpoint outside the provincial capital, officials said.",
    "Rebel fighters seized the border town after heavy clashes with government troops.",
]
IRRELEVANT = [
    "The midfielder signed a new three-year contract with the club and will stay until the end of the decade.",
    "The software company reported higher quarterly profits thanks to strong sales of its cloud services.",
    "The actor won the award for best comedy performance at the ceremony in Los Angeles.",
    "Shoppers queued outside the store on Friday morning as the winter sales began.",
]


@pytest.fixture(scope="module")
def model() -> RelevanceModel:
    return RelevanceModel.default()


def test_relevance_default_model_loads_once_and_is_small(model: RelevanceModel):
    assert RelevanceModel.default() is model
    assert model.buckets & (model.buckets - 1) == 0 and 0.0 < model.threshold < 1.0
    assert model.window > model.stride > 0
    path = Path(__file__).resolve().parents[2] / "src" / "eventcoder" / "data" / "models" / "relevance.npz"
    assert path.stat().st_size < 5_000_000


def test_relevance_scores_in_range_and_deterministic(model: RelevanceModel):
    texts = RELEVANT + IRRELEVANT + ["", "123 456", "!!!"]
    first = model.score_many(texts)
    assert first == model.score_many(texts) == [model.score(t) for t in texts]
    assert all(0.0 <= s <= 1.0 for s in first)


def test_relevance_text_without_content_words_scores_zero(model: RelevanceModel):
    assert model.score("") == 0.0 and model.score("On 5 May 2022, 12.") == 0.0


@pytest.mark.parametrize("text", RELEVANT)
def test_relevance_synthetic_conflict_sentences_are_relevant(model: RelevanceModel, text: str):
    assert model.is_relevant(text), model.explain(text)


@pytest.mark.parametrize("text", IRRELEVANT)
def test_relevance_synthetic_everyday_sentences_are_not(model: RelevanceModel, text: str):
    assert not model.is_relevant(text), model.explain(text)


def test_relevance_long_article_with_one_attack_paragraph_is_relevant(model: RelevanceModel):
    article = " ".join(IRRELEVANT * 4) + " " + RELEVANT[0] + " " + " ".join(IRRELEVANT * 4)
    assert model.is_relevant(article)
    assert not model.is_relevant(" ".join(IRRELEVANT * 8))


def _slow_score(model: RelevanceModel, text: str) -> float:
    # The definition, window by window, without cumulative sums.
    tokens = model.featurizer.tokens(text)
    best = -math.inf
    for start in window_starts(len(tokens), model.window, model.stride):
        hashes = model.featurizer.token_hashes(tokens[start : start + model.window])
        logit = model.bias + float(model.weights[unigram_ids(hashes, model.buckets)].sum())
        logit += float(model.weights[bigram_ids(hashes, model.buckets)].sum())
        best = max(best, logit)
    return 1 / (1 + math.exp(-best))


@pytest.mark.parametrize("repeat", [1, 2, 5, 9])
def test_relevance_window_sums_equal_the_definition(model: RelevanceModel, repeat: int):
    text = " ".join((IRRELEVANT + RELEVANT[1:2]) * repeat)
    assert model.score(text) == pytest.approx(_slow_score(model, text), abs=1e-6)


def test_relevance_window_starts_cover_the_text():
    assert window_starts(10, 24, 12) == [0]
    assert window_starts(50, 24, 12) == [0, 12, 24, 26]
    assert window_starts(48, 24, 12) == [0, 12, 24]


def test_relevance_explain_names_the_words_that_decided(model: RelevanceModel):
    terms = model.explain(RELEVANT[1], top=5)
    assert len(terms) == 5 and any(t.weight > 0 for t in terms)
    assert model.explain("") == []


def test_relevance_with_threshold_is_a_copy_and_checks_range(model: RelevanceModel):
    strict = model.with_threshold(0.99)
    assert strict.threshold == 0.99 and model.threshold != 0.99 and strict.weights is model.weights
    with pytest.raises(ConfigError, match="outside"):
        model.with_threshold(1.5)


def test_relevance_save_and_load_round_trip(model: RelevanceModel, tmp_path: Path):
    path = tmp_path / "m.npz"
    model.with_threshold(0.4).save(path)
    loaded = RelevanceModel.load(path)
    assert loaded.threshold == 0.4 and loaded.stopwords == model.stopwords
    assert np.array_equal(loaded.weights, model.weights)
    assert loaded.score(RELEVANT[0]) == model.score(RELEVANT[0])
    assert RelevanceModel.load(path, threshold=0.7).threshold == 0.7


def test_relevance_load_rejects_a_file_that_is_not_a_model(tmp_path: Path):
    bad = tmp_path / "bad.npz"
    bad.write_text("not a model", encoding="utf-8")
    with pytest.raises(ConfigError, match="not a relevance model file"):
        RelevanceModel.load(bad)
    with pytest.raises(ConfigError, match="not a relevance model file"):
        RelevanceModel.load(tmp_path / "missing.npz")


def test_relevance_api_scores_with_the_shipped_model(model: RelevanceModel):
    import eventcoder

    assert eventcoder.relevance_score(RELEVANT[0]) == model.score(RELEVANT[0])


def test_relevance_model_pickles_for_worker_processes(model: RelevanceModel):
    import pickle

    copy = pickle.loads(pickle.dumps(model))
    assert copy.score(RELEVANT[2]) == model.score(RELEVANT[2]) and copy.threshold == model.threshold
