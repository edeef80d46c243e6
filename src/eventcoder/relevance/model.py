"""RelevanceModel: does a text report political violence, demonstrations or strategic developments at all?

A linear model over hashed content-word unigrams and bigrams (:mod:`eventcoder.relevance.features`),
applied to windows of ``window`` content tokens that overlap by half. A window's logit is the bias plus the
weights of its features (each occurrence counts); the text's score is the sigmoid of its best window, so a
long article with one paragraph about an attack scores as that paragraph does, and a sentence is simply a
short text. Training uses windows of the same lengths (``python -m eventcoder.relevance.train``).

Scoring costs a regex pass, one dict lookup per token and a few numpy operations: about 0.1 ms for a
400-word article (docs/relevance.md).
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from eventcoder.errors import ConfigError
from eventcoder.relevance.features import Featurizer, bigram_ids, unigram_ids

__all__ = ["DEFAULT_MODEL", "FORMAT_VERSION", "RelevanceModel", "Term", "window_starts"]

FORMAT_VERSION = 1
DEFAULT_MODEL = "relevance.npz"  # in eventcoder/data/models/


def window_starts(n: int, window: int, stride: int) -> list[int]:
    """First token of each scored window: every ``stride`` tokens, the last one ending at the text's end."""
    if n <= window:
        return [0]
    starts = list(range(0, n - window + 1, stride))
    if starts[-1] != n - window:
        starts.append(n - window)
    return starts


def _sigmoid(x: float) -> float:
    # Numerically safe for very negative logits.
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    z = math.exp(x)
    return z / (1.0 + z)


@dataclass(frozen=True, slots=True)
class Term:
    """One feature of the best window with its weight (for :meth:`RelevanceModel.explain`)."""

    text: str
    weight: float


@dataclass(frozen=True, slots=True, eq=False)
class RelevanceModel:
    """Weights, bias and window geometry of a trained relevance model, with its decision threshold.

    Build one with :meth:`default` (the shipped model, cached) or :meth:`load` (a file written by the
    training command); :meth:`with_threshold` gives a copy with another threshold.
    """

    weights: npt.NDArray[np.float32]
    bias: float
    window: int
    stride: int
    threshold: float
    meta: dict[str, Any]
    stopwords: frozenset[str]
    featurizer: Featurizer = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "featurizer", Featurizer(self.stopwords))

    @property
    def buckets(self) -> int:
        """Number of hash buckets (the length of the weight vector)."""
        return int(self.weights.shape[0])

    @classmethod
    def load(cls, path: str | Path, *, threshold: float | None = None) -> RelevanceModel:
        """A model from an ``.npz`` file written by ``python -m eventcoder.relevance.train``."""
        path = Path(path)
        try:
            with np.load(path, allow_pickle=False) as data:
                meta = json.loads(str(data["meta"]))
                weights = data["weights"].astype(np.float32)
                bias = float(data["bias"])
                stopwords = frozenset(str(data["stopwords"]).split())
        except (OSError, KeyError, ValueError) as exc:
            raise ConfigError(f"{path}: not a relevance model file ({exc}); write one with "
                              "`python -m eventcoder.relevance.train --out PATH`") from exc
        if meta.get("format") != FORMAT_VERSION:
            raise ConfigError(f"{path}: relevance model format {meta.get('format')!r}, this eventcoder reads "
                              f"format {FORMAT_VERSION}; retrain it with `python -m eventcoder.relevance.train`")
        if weights.ndim != 1 or weights.shape[0] & (weights.shape[0] - 1):
            raise ConfigError(f"{path}: the weight vector must be one-dimensional with a power-of-two length")
        model = cls(weights=weights, bias=bias, window=int(meta["window"]), stride=int(meta["stride"]),
                    threshold=float(meta["threshold"]), meta=meta, stopwords=stopwords)
        return model if threshold is None else model.with_threshold(threshold)

    @classmethod
    def default(cls) -> RelevanceModel:
        """The model shipped in the package (loaded once per process)."""
        return _default_model()

    def with_threshold(self, threshold: float) -> RelevanceModel:
        """The same model deciding at ``threshold`` (a score in [0, 1])."""
        if not 0.0 <= threshold <= 1.0:
            raise ConfigError(f"relevance threshold {threshold!r} is outside [0, 1]; give a probability")
        return replace(self, threshold=float(threshold))

    def _logits(self, hashes: npt.NDArray[np.uint64]) -> tuple[npt.NDArray[np.float64], list[int]]:
        """The logit of every window of a text's token hashes, and the windows' first tokens."""
        n, w = len(hashes), self.weights
        uni = w[unigram_ids(hashes, self.buckets)]
        bi = w[bigram_ids(hashes, self.buckets)]
        if n <= self.window:
            return np.asarray([self.bias + float(uni.sum()) + float(bi.sum())]), [0]
        cu = np.concatenate(([0.0], np.cumsum(uni, dtype=np.float64)))
        cb = np.concatenate(([0.0], np.cumsum(bi, dtype=np.float64)))
        starts = window_starts(n, self.window, self.stride)
        s = np.asarray(starts)
        e = s + self.window
        return self.bias + (cu[e] - cu[s]) + (cb[e - 1] - cb[s]), starts

    def score(self, text: str) -> float:
        """Probability-like score in [0, 1] that ``text`` reports a conflict, protest or strategic event.

        The score of the text's most relevant window; 0.0 for a text with no content word.
        """
        hashes = self.featurizer.hashes(text)
        if not len(hashes):
            return 0.0
        logits, _ = self._logits(hashes)
        return _sigmoid(float(logits.max()))

    def save(self, path: str | Path) -> None:
        """Write the model as a compressed ``.npz`` (weights as float16, stop list and metadata as text)."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as handle:
            np.savez_compressed(handle, weights=self.weights.astype(np.float16), bias=np.float64(self.bias),
                                stopwords=np.asarray(" ".join(sorted(self.stopwords))),
                                meta=np.asarray(json.dumps({**self.meta, "threshold": self.threshold},
                                                           sort_keys=True)))

    def score_many(self, texts: Iterable[str]) -> list[float]:
        """:meth:`score` of each text, in order."""
        return [self.score(text) for text in texts]

    def is_relevant(self, text: str) -> bool:
        """Whether the score reaches the threshold."""
        return self.score(text) >= self.threshold

    def explain(self, text: str, top: int = 10) -> list[Term]:
        """The ``top`` features of the best window by absolute weight: why the text scored as it did."""
        tokens = self.featurizer.tokens(text)
        if not tokens:
            return []
        logits, starts = self._logits(self.featurizer.token_hashes(tokens))
        start = starts[int(logits.argmax())]
        part = tokens[start : start + self.window]
        hashes = self.featurizer.token_hashes(part)
        terms = [Term(t, float(self.weights[i])) for t, i in zip(part, unigram_ids(hashes, self.buckets), strict=True)]
        terms += [Term(f"{a} {b}", float(self.weights[i]))
                  for a, b, i in zip(part[:-1], part[1:], bigram_ids(hashes, self.buckets), strict=True)]
        unique = {t.text: t for t in terms}
        return sorted(unique.values(), key=lambda t: -abs(t.weight))[:top]


@functools.cache
def _default_model() -> RelevanceModel:
    ref = resources.files("eventcoder") / "data" / "models" / DEFAULT_MODEL
    with resources.as_file(ref) as path:
        if not path.is_file():
            raise ConfigError(f"{path}: the shipped relevance model is missing; reinstall eventcoder or "
                              "rebuild it with `make model`")
        return RelevanceModel.load(path)
