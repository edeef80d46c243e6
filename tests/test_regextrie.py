"""eventcoder.regextrie: literal words as one trie-shaped alternation (synthetic words)."""

from __future__ import annotations

import re

import pytest

from eventcoder.regextrie import trie


def test_the_trie_matches_the_same_words_longest_first() -> None:
    words = ["jet", "jets", "jab", "CGT", "CGT-FO", "a.b"]
    pattern = re.compile(f"(?:{trie(words)})")
    for w in words:
        assert pattern.fullmatch(w), w
    assert pattern.match("jets").group(0) == "jets" and pattern.match("CGT-FO x").group(0) == "CGT-FO"
    assert not pattern.fullmatch("axb")  # a literal dot


def test_no_words_or_an_empty_word_is_refused() -> None:
    with pytest.raises(ValueError, match="no words"):
        trie([])
    with pytest.raises(ValueError, match="empty word"):
        trie(["a", ""])
