"""Literal words as one regular-expression alternation shaped as a character trie.

A flat alternation ``a|b|c`` makes the regex engine try every word in turn at each position; the trie form
``(?:ab(?:c|)|d)`` reads each character once. Used by the engine's prefilter scans and the geocoder's organisation
names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["trie"]

_Trie = dict[str, "_Trie"]  # character -> the words' rests after it; "" marks the end of a word


def trie(words: Iterable[str]) -> str:
    """An alternation of ``words`` (literal strings) as a character trie: one pass per position, and of the words
    that match at a position, the longest is tried first ("jets" before "jet", "CGT-FO" before "CGT")."""
    root: _Trie = {}
    for word in words:
        if not word:
            raise ValueError("regextrie.trie: an empty word would match everywhere; leave it out")
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    if not root:
        raise ValueError("regextrie.trie: no words (the alternation would match the empty string everywhere)")
    return _trie_node(root)


def _trie_node(node: _Trie) -> str:
    alternatives = [re.escape(ch) + _trie_node(child) for ch, child in sorted(node.items()) if ch]
    if "" in node:
        alternatives.append("")  # a word ends here: tried after the longer ones
    if len(alternatives) == 1:
        return alternatives[0]
    return "(?:" + "|".join(alternatives) + ")"
