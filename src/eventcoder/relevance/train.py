"""Train the relevance model: ``python -m eventcoder.relevance.train`` (``make model``).

Reproducible: the same development files and the same options give the same weights, byte for byte
(full-batch training in numpy, a seeded generator for the negative window lengths, no clock in the file).

1. Every training text (:func:`eventcoder.relevance.corpus.training_texts`) is cut into windows of content
   tokens. A positive text is cut into equal parts of at most ``window`` tokens; a BBC article into parts
   whose lengths are drawn from the positives' part lengths, so that length says nothing about the label.
   Every text also gives one short window, its first 3 to 8 tokens (``lead_weight``): the lead of a report
   names what happened, the lead of an article its subject, and short texts (headlines, sentences) are
   scored like the rest.
2. A logistic regression over the windows' hashed unigram and bigram counts is fitted by full-batch Adam
   with an L2 penalty; the two classes weigh the same in the loss.
3. The threshold: out-of-fold document scores of the training texts (``folds`` models, each trained without
   one fold, score that fold as :meth:`RelevanceModel.score` does) give the highest threshold that keeps
   ``recall_target`` of the real positive documents (ACLED and WAD); the final model is trained on all.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import zlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from eventcoder.relevance.corpus import LabelledText, training_texts
from eventcoder.relevance.features import Featurizer, bigram_ids, default_stopwords, unigram_ids
from eventcoder.relevance.model import FORMAT_VERSION, RelevanceModel

__all__ = ["Examples", "TrainConfig", "choose_threshold", "fit", "main", "make_examples", "train", "train_model"]

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.intp]


@dataclass(frozen=True, slots=True)
class TrainConfig:
    """Every option of a training run (stored in the model file)."""

    buckets: int = 2**18
    window: int = 24
    stride: int = 12
    l2: float = 2e-4
    iterations: int = 300
    learning_rate: float = 0.1
    synthetic_weight: float = 3.0
    seed: int = 7
    folds: int = 4
    recall_target: float = 0.99
    lead_weight: float = 0.5  # weight of an extra short window, the first 3-8 tokens, of every text


@dataclass(slots=True)
class Examples:
    """Training windows: flat feature ids, per-window offsets, labels and loss weights."""

    features: IntArray
    offsets: IntArray
    labels: FloatArray
    weights: FloatArray
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def size(self) -> int:
        """Number of windows."""
        return len(self.labels)


def equal_parts(n: int, window: int) -> list[tuple[int, int]]:
    """``n`` tokens cut into the fewest equal parts of at most ``window`` tokens, as (start, end)."""
    parts = max(1, -(-n // window))
    bounds = [round(i * n / parts) for i in range(parts + 1)]
    return [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a]


def drawn_parts(n: int, lengths: npt.NDArray[np.int64], rng: np.random.Generator) -> list[tuple[int, int]]:
    """``n`` tokens cut into consecutive parts whose lengths are drawn from ``lengths``."""
    out, start = [], 0
    while start < n:
        end = min(n, start + int(rng.choice(lengths)))
        out.append((start, end))
        start = end
    return out


def _window_features(featurizer: Featurizer, tokens: list[str], parts: list[tuple[int, int]],
                     buckets: int) -> list[IntArray]:
    hashes = featurizer.token_hashes(tokens)
    uni, bi = unigram_ids(hashes, buckets), bigram_ids(hashes, buckets)
    return [np.concatenate([uni[a:b], bi[a : b - 1]]) for a, b in parts]


def make_examples(texts: Sequence[LabelledText], config: TrainConfig) -> Examples:
    """The training windows of ``texts`` with class-balanced loss weights (see the module recipe)."""
    rng = np.random.default_rng(config.seed)
    featurizer = Featurizer(default_stopwords())
    tokenised = [featurizer.tokens(t.text) for t in texts]
    positive_lengths = [b - a for t, toks in zip(texts, tokenised, strict=True) if t.label == 1 and t.source != "bbc"
                        for a, b in equal_parts(len(toks), config.window)]
    lengths = np.asarray(positive_lengths or [config.window], dtype=np.int64)
    rows: list[IntArray] = []
    labels: list[float] = []
    weights: list[float] = []
    counts: Counter[str] = Counter()
    for item, tokens in zip(texts, tokenised, strict=True):
        if not tokens:
            continue
        parts = drawn_parts(len(tokens), lengths, rng) if item.source == "bbc" else equal_parts(len(tokens), config.window)
        feats = _window_features(featurizer, tokens, parts, config.buckets)
        base = config.synthetic_weight if item.source == "synthetic" else 1.0
        weights += [base] * len(feats)
        if config.lead_weight > 0:
            feats += _window_features(featurizer, tokens, [(0, min(len(tokens), int(rng.integers(3, 9))))],
                                      config.buckets)
            weights.append(base * config.lead_weight)
        rows += feats
        labels += [float(item.label)] * len(feats)
        counts[f"{item.source}:{item.label}"] += len(feats)
    y = np.asarray(labels)
    w = np.asarray(weights)
    for label in (0.0, 1.0):  # each class carries half of the loss
        mask = y == label
        if mask.any():
            w[mask] *= 0.5 / w[mask].sum()
    offsets = np.zeros(len(rows) + 1, dtype=np.intp)
    np.cumsum([len(r) for r in rows], out=offsets[1:])
    flat = np.concatenate(rows) if rows else np.zeros(0, dtype=np.intp)
    return Examples(flat.astype(np.intp), offsets, y, w, dict(sorted(counts.items())))


def _expit(z: FloatArray) -> FloatArray:
    return np.exp(-np.logaddexp(0.0, -z))


def fit(examples: Examples, config: TrainConfig) -> tuple[npt.NDArray[np.float32], float]:
    """Weights and bias of an L2-penalised logistic regression over the windows (full-batch Adam)."""
    n, buckets = examples.size, config.buckets
    segment = np.repeat(np.arange(n), np.diff(examples.offsets))
    feats = examples.features
    w = np.zeros(buckets)
    b = 0.0
    m_w, v_w = np.zeros(buckets), np.zeros(buckets)
    m_b = v_b = 0.0
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    for step in range(1, config.iterations + 1):
        z: FloatArray = b + np.bincount(segment, weights=w[feats], minlength=n).astype(np.float64)
        residual: FloatArray = examples.weights * (_expit(z) - examples.labels)
        g_w = np.bincount(feats, weights=residual[segment], minlength=buckets) + config.l2 * w
        g_b = float(residual.sum())
        m_w = beta1 * m_w + (1 - beta1) * g_w
        v_w = beta2 * v_w + (1 - beta2) * g_w * g_w
        m_b = beta1 * m_b + (1 - beta1) * g_b
        v_b = beta2 * v_b + (1 - beta2) * g_b * g_b
        step_size = config.learning_rate * np.sqrt(1 - beta2**step) / (1 - beta1**step)
        w -= step_size * m_w / (np.sqrt(v_w) + eps)
        b -= step_size * m_b / (np.sqrt(v_b) + eps)
    return w.astype(np.float32), float(b)


def train_model(texts: Sequence[LabelledText], config: TrainConfig, threshold: float = 0.5,
                meta: dict[str, Any] | None = None) -> RelevanceModel:
    """A :class:`RelevanceModel` fitted on ``texts``."""
    examples = make_examples(texts, config)
    weights, bias = fit(examples, config)
    full_meta = {"format": FORMAT_VERSION, "window": config.window, "stride": config.stride,
                 "threshold": threshold, "windows": examples.counts, **(meta or {})}
    return RelevanceModel(weights=weights, bias=bias, window=config.window, stride=config.stride,
                          threshold=threshold, meta=full_meta, stopwords=default_stopwords())


def fold_of(ident: str, folds: int) -> int:
    """The cross-validation fold of a training text (crc32 of its id)."""
    return zlib.crc32(ident.encode("utf-8")) % folds


def choose_threshold(scores: Sequence[float], recall_target: float) -> float:
    """The highest threshold at which ``recall_target`` of the positive ``scores`` are at or above it."""
    ranked = np.sort(np.asarray(scores))
    if not len(ranked):
        return 0.5
    keep = int(np.ceil(recall_target * len(ranked)))
    return float(ranked[len(ranked) - keep])


def out_of_fold_scores(texts: Sequence[LabelledText], config: TrainConfig) -> list[float]:
    """The document score of every text by a model trained without its fold."""
    scores = [0.0] * len(texts)
    for k in range(config.folds):
        inside = [t for t in texts if fold_of(t.id, config.folds) != k]
        model = train_model(inside, config)
        for i, t in enumerate(texts):
            if fold_of(t.id, config.folds) == k:
                scores[i] = model.score(t.text)
    return scores


def _summary(texts: Sequence[LabelledText], scores: Sequence[float], threshold: float) -> dict[str, Any]:
    groups: dict[str, list[float]] = {}
    for t, s in zip(texts, scores, strict=True):
        groups.setdefault(f"{t.source}:{t.group}" if t.source == "bbc" else t.source, []).append(s)
    return {name: {"n": len(v), "at_or_above_threshold": round(sum(s >= threshold for s in v) / len(v), 4)}
            for name, v in sorted(groups.items())}


def file_digest(path: Path) -> str:
    """SHA-256 of a file, so that a model names the exact data it was trained on."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def train(dev: Path, config: TrainConfig, *, exclude_topics: frozenset[str] = frozenset(),
          synthetic: bool = True) -> tuple[RelevanceModel, dict[str, Any]]:
    """Threshold from out-of-fold scores, then the final model on every training text; and a report."""
    texts = training_texts(dev, synthetic=synthetic, exclude_topics=exclude_topics)
    oof = out_of_fold_scores(texts, config)
    real_pos = [s for t, s in zip(texts, oof, strict=True) if t.label == 1 and t.source in ("acled", "wad")]
    threshold = choose_threshold(real_pos, config.recall_target)
    report = {"threshold": threshold, "criterion": f"out-of-fold recall {config.recall_target} of training "
              f"ACLED and WAD documents ({config.folds} folds)",
              "out_of_fold": _summary(texts, oof, threshold),
              "texts": dict(sorted(Counter(f"{t.source}:{t.label}" for t in texts).items()))}
    data = {name: file_digest(dev / name) for name in ("acled_notes_dev.jsonl", "wad_dev.jsonl",
                                                        "bbc_news_dev.jsonl") if (dev / name).is_file()}
    meta = {"config": asdict(config), "texts": report["texts"], "data_sha256": data,
            "threshold_criterion": report["criterion"], "excluded_topics": sorted(exclude_topics)}
    model = train_model(texts, config, threshold=threshold, meta=meta)
    return model, report


def _default_out() -> Path:
    return Path(__file__).resolve().parents[1] / "data" / "models" / "relevance.npz"


def _default_dev() -> Path | None:
    from eventcoder.devdata import find_shared

    shared = find_shared()
    return shared / "dev" if shared else None


def main(argv: list[str] | None = None) -> int:
    """Command line: train and write the model (and its training report as JSON)."""
    parser = argparse.ArgumentParser(prog="python -m eventcoder.relevance.train", description=__doc__.split("\n")[0])
    parser.add_argument("--dev", type=Path, default=None, help="development folder (default ../shared/dev)")
    parser.add_argument("--out", type=Path, default=_default_out(), help="model file to write")
    parser.add_argument("--report", type=Path, default=None, help="also write the training report (JSON) here")
    parser.add_argument("--no-synthetic", action="store_true", help="leave out the synthetic texts")
    args = parser.parse_args(argv)
    dev = args.dev or _default_dev()
    if dev is None or not dev.is_dir():
        parser.error("no development folder: give --dev FOLDER (with acled_notes_dev.jsonl, wad_dev.jsonl, "
                     "bbc_news_dev.jsonl)")
    model, report = train(dev, TrainConfig(), synthetic=not args.no_synthetic)
    model.save(args.out)
    if args.report:
        args.report.write_text(json.dumps(report, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(json.dumps(report, sort_keys=True), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
