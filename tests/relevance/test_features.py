"""Features: content tokens, spelling, the hashing recipe (pinned, so a trained model keeps its meaning)."""

from __future__ import annotations

import zlib

import numpy as np

from eventcoder.relevance.features import (
    Featurizer,
    bigram_ids,
    content_tokens,
    default_stopwords,
    parse_stopwords,
    spelling,
    unigram_ids,
)


def test_features_drop_dates_digits_stopwords_and_reporting_verbs():
    tokens = content_tokens("On 5 May 2022, police said 200 protesters marched in Lagos, Nigeria.")
    assert tokens == ["police", "protesters", "marched", "lagos"]


def test_features_keep_march_the_verb_but_drop_other_months():
    assert content_tokens("They will march in June") == ["march"]


def test_features_spelling_makes_british_and_american_alike():
    for british, american in (("labour", "labor"), ("organised", "organized"), ("centre", "center"),
                              ("defence", "defense"), ("travelled", "traveled"), ("programme", "program")):
        assert spelling(british) == spelling(american) == american


def test_features_parse_stopwords_skips_comment_lines():
    assert parse_stopwords("# comment words\nthe a\n  # more\nof") == frozenset({"the", "a", "of"})


def test_features_default_stopwords_keep_car_for_car_bombs():
    assert "car" not in default_stopwords() and "nigeria" in default_stopwords()


def test_features_hash_recipe_is_pinned():
    # A change of the recipe silently breaks every trained model, so the numbers are pinned.
    featurizer = Featurizer(frozenset())
    hashes = featurizer.token_hashes(["protest", "police"])
    assert hashes.tolist()[0] == zlib.crc32(b"protest") == 3585597971
    assert unigram_ids(hashes[:1], 2**18).tolist() == [188091]
    assert len(bigram_ids(hashes, 2**18)) == 1 and len(bigram_ids(hashes[:1], 2**18)) == 0


def test_features_featurizer_fast_path_equals_tokens_path():
    featurizer = Featurizer(default_stopwords())
    text = "Riot police fired tear gas at students in the centre of the capital on Tuesday."
    assert np.array_equal(featurizer.hashes(text), featurizer.token_hashes(featurizer.tokens(text)))


def test_features_featurizer_memo_is_bounded():
    featurizer = Featurizer(frozenset(), limit=3)
    for word in ("alpha", "bravo", "charlie", "delta", "echo"):
        featurizer.hashes(word)
    assert len(featurizer.table) <= 4

