"""Text -> content tokens -> hashed unigram and bigram feature ids, the same at training and at scoring time.

The features are deliberately about *content*, not *form*, because the positive training texts (ACLED
coder notes, atrocity summaries) and the negative ones (BBC articles) differ in form:

1. Lower-case, then keep runs of letters (any script). Digits, punctuation and dates go: ACLED notes open
   with "On 5 May 2022," and news articles do not, so neither the numbers nor the date formula may count.
2. Drop one-letter tokens and the stop list (``data/relevance/stopwords.txt``): function words, reporting
   verbs and news agencies ("said", "told", "BBC"), honorifics, months and weekdays, and one-word country
   names and demonyms. These carry the style or the origin of a genre (a journalist quotes people, a coder
   writes dates, the BBC is British) and no evidence of what happened. A model stores the list it was
   trained with.
3. Spell British and American English alike (:func:`spelling`): ACLED writes "labor", "organized",
   "center", the BBC "labour", "organised", "centre"; without this the model learns the spelling.
4. Hash each remaining token with ``zlib.crc32`` over the UTF-8 bytes of its spelling-normalised form
   (memoised), and each pair of adjacent remaining tokens by mixing the two token hashes; both go through
   the MurmurHash3 32-bit finaliser and are reduced modulo the number of buckets (a power of two):
   :class:`Featurizer`, :func:`unigram_ids` and :func:`bigram_ids` are the recipe.
"""

from __future__ import annotations

import functools
import re
import zlib
from importlib import resources

import numpy as np
import numpy.typing as npt

__all__ = ["Featurizer", "bigram_ids", "content_tokens", "default_stopwords", "mix", "parse_stopwords", "spelling",
           "unigram_ids"]

_WORD = re.compile(r"[^\W\d_]+")
_BIGRAM_MULT = np.uint64(0x9E3779B1)
_MASK32 = np.uint64(0xFFFFFFFF)

# British ending -> American ending, tried longest first on tokens of at least 5 letters. A rule that also
# rewrites an unrelated word ("noise" -> "noize") is harmless: training and scoring rewrite it the same way.
_SPELLING: tuple[tuple[str, str], ...] = (
    ("isations", "izations"), ("isation", "ization"), ("ising", "izing"), ("ised", "ized"), ("ises", "izes"),
    ("ise", "ize"), ("ysing", "yzing"), ("ysed", "yzed"), ("yse", "yze"),
    ("ouring", "oring"), ("oured", "ored"), ("ourite", "orite"), ("ours", "ors"), ("our", "or"),
    ("elling", "eling"), ("elled", "eled"), ("eller", "eler"),
    ("tres", "ters"), ("tre", "ter"), ("ogue", "og"), ("amme", "am"), ("ence", "ense"),
)
_SPELLING_MIN = 5


def spelling(token: str) -> str:
    """The American spelling of a British word form ("labour" -> "labor", "organised" -> "organized")."""
    if len(token) >= _SPELLING_MIN:
        for british, american in _SPELLING:
            if token.endswith(british):
                return token[: -len(british)] + american
    return token


def parse_stopwords(text: str) -> frozenset[str]:
    """Words of a stop-list file: whitespace-separated, ``#`` starts a comment line."""
    return frozenset(w for line in text.splitlines() if not line.lstrip().startswith("#") for w in line.split())


@functools.cache
def default_stopwords() -> frozenset[str]:
    """The stop list shipped in ``eventcoder/data/relevance/stopwords.txt``."""
    ref = resources.files("eventcoder") / "data" / "relevance" / "stopwords.txt"
    return parse_stopwords(ref.read_text(encoding="utf-8"))


def content_tokens(text: str, stopwords: frozenset[str] | None = None) -> list[str]:
    """The content words of ``text``, lower-cased, in order (steps 1 and 2 of the module recipe)."""
    stop = default_stopwords() if stopwords is None else stopwords
    return [t for t in _WORD.findall(text.lower()) if len(t) > 1 and t not in stop]


class _TokenTable(dict[str, int]):
    """Token -> crc32 of its normalised spelling, or -1 for a dropped token; filled on first sight."""

    def __init__(self, stopwords: frozenset[str]) -> None:
        super().__init__()
        self.stopwords = stopwords

    def __missing__(self, token: str) -> int:
        value = -1 if len(token) < 2 or token in self.stopwords else zlib.crc32(spelling(token).encode("utf-8"))
        self[token] = value
        return value


class Featurizer:
    """Steps 1-4 of the module recipe for one stop list, with a memo of every token seen (bounded)."""

    __slots__ = ("limit", "stopwords", "table")

    def __init__(self, stopwords: frozenset[str], *, limit: int = 200_000) -> None:
        self.stopwords = stopwords
        self.table = _TokenTable(stopwords)
        self.limit = limit

    def tokens(self, text: str) -> list[str]:
        """The content tokens of ``text``."""
        return content_tokens(text, self.stopwords)

    def _lookup(self, tokens: list[str]) -> npt.NDArray[np.int64]:
        if len(self.table) > self.limit:
            self.table.clear()  # bounded memory on an endless stream
        return np.fromiter(map(self.table.__getitem__, tokens), dtype=np.int64, count=len(tokens))

    def hashes(self, text: str) -> npt.NDArray[np.uint64]:
        """crc32 of each content token of ``text`` in order (the fast path of scoring)."""
        values = self._lookup(_WORD.findall(text.lower()))
        return values[values >= 0].astype(np.uint64)

    def token_hashes(self, tokens: list[str]) -> npt.NDArray[np.uint64]:
        """crc32 of each of ``tokens`` (already content tokens)."""
        return self._lookup(tokens).astype(np.uint64)


def mix(h: npt.NDArray[np.uint64]) -> npt.NDArray[np.uint64]:
    """The MurmurHash3 32-bit finaliser: spreads every input bit over the low bits used as the bucket."""
    h = h & _MASK32
    h ^= h >> np.uint64(16)
    h = (h * np.uint64(0x85EBCA6B)) & _MASK32
    h ^= h >> np.uint64(13)
    h = (h * np.uint64(0xC2B2AE35)) & _MASK32
    h ^= h >> np.uint64(16)
    return h


def unigram_ids(hashes: npt.NDArray[np.uint64], buckets: int) -> npt.NDArray[np.intp]:
    """Bucket of each token: ``mix(crc32(token)) % buckets``."""
    return (mix(hashes) % np.uint64(buckets)).astype(np.intp)


def bigram_ids(hashes: npt.NDArray[np.uint64], buckets: int) -> npt.NDArray[np.intp]:
    """Bucket of each adjacent pair (i, i+1): ``mix(crc32(a) * 0x9E3779B1 + crc32(b) + 1) % buckets``."""
    if len(hashes) < 2:
        return np.zeros(0, dtype=np.intp)
    pair = (hashes[:-1] * _BIGRAM_MULT + hashes[1:] + np.uint64(1)) & _MASK32
    return (mix(pair) % np.uint64(buckets)).astype(np.intp)
