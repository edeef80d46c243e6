"""Training: windows, the numpy fit, the threshold criterion and the command, on tiny synthetic sets."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from eventcoder.errors import ConfigError
from eventcoder.relevance import RelevanceModel
from eventcoder.relevance.corpus import (
    LabelledText,
    bbc_reports_event,
    read_synthetic,
    strip_coder_label,
    training_texts,
)
from eventcoder.relevance.train import (
    TrainConfig,
    choose_threshold,
    drawn_parts,
    equal_parts,
    main,
    make_examples,
    train,
    train_model,
)

from .conftest import CONFLICT, EVERYDAY

TINY = TrainConfig(buckets=2**12, iterations=80, folds=2)


def _texts() -> list[LabelledText]:
    pos = [LabelledText(f"p{i}", t, 1, "acled", "acled") for i, t in enumerate(CONFLICT)]
    neg = [LabelledText(f"n{i}", " ".join(EVERYDAY[i:] + EVERYDAY[:i]), 0, "bbc", "sport") for i in range(8)]
    return pos + neg


def test_train_equal_parts_are_balanced_and_cover_the_text():
    assert equal_parts(10, 24) == [(0, 10)]
    assert equal_parts(50, 24) == [(0, 17), (17, 33), (33, 50)]
    assert equal_parts(0, 24) == []


def test_train_drawn_parts_cover_the_text_with_drawn_lengths():
    parts = drawn_parts(100, np.asarray([7, 13]), np.random.default_rng(1))
    assert parts[0][0] == 0 and parts[-1][1] == 100
    assert all(b - a in (7, 13) for a, b in parts[:-1])
    assert all(a == prev_b for (a, _), (_, prev_b) in zip(parts[1:], parts, strict=False))


def test_train_examples_balance_the_two_classes():
    examples = make_examples(_texts(), TINY)
    pos = examples.weights[examples.labels == 1].sum()
    neg = examples.weights[examples.labels == 0].sum()
    assert pos == pytest.approx(0.5) and neg == pytest.approx(0.5)
    assert examples.offsets[-1] == len(examples.features) and examples.size == len(examples.labels)


def test_train_model_separates_a_tiny_set_and_is_reproducible():
    first = train_model(_texts(), TINY)
    second = train_model(_texts(), TINY)
    assert np.array_equal(first.weights, second.weights) and first.bias == second.bias
    assert min(first.score_many(CONFLICT)) > max(first.score_many(EVERYDAY))


def test_train_choose_threshold_keeps_the_recall_target():
    scores = [i / 100 for i in range(100)]
    threshold = choose_threshold(scores, 0.9)
    assert sum(s >= threshold for s in scores) == 90
    assert choose_threshold([], 0.9) == 0.5


def test_train_coder_label_and_bbc_screen():
    assert strip_coder_label("Property destruction: On 3 May, rioters burned a bus.") == "On 3 May, rioters burned a bus."
    assert strip_coder_label("On 3 May, rioters burned a bus.") == "On 3 May, rioters burned a bus."
    assert bbc_reports_event("Rioters clashed with police; two were killed and dozens injured.")
    assert not bbc_reports_event("The team faces a battle against relegation after a bruising defeat.")


def test_train_texts_use_only_the_train_split_and_never_news_pages(dev_folder: Path):
    from eventcoder.evaluation.splits import is_heldout

    texts = training_texts(dev_folder, synthetic=False)
    assert texts and not any(is_heldout(t.id) for t in texts)
    assert {t.source for t in texts} == {"acled", "wad", "bbc"}
    without = training_texts(dev_folder, synthetic=False, exclude_topics=frozenset({"sport"}))
    assert not any(t.group == "sport" for t in without)
    assert all(t.label == 1 for t in texts if t.source != "bbc")
    assert all("On 3 May" not in t.text or t.source == "acled" for t in texts)


def test_train_synthetic_texts_are_labelled_synthetic():
    texts = read_synthetic()
    assert len(texts) > 100 and {t.label for t in texts} == {0, 1}
    assert all(t.source == "synthetic" for t in texts)


def test_train_synthetic_file_must_say_synthetic(tmp_path: Path):
    path = tmp_path / "s.jsonl"
    path.write_text(json.dumps({"label": 1, "text": "x"}) + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="synthetic"):
        read_synthetic(path)


def test_train_end_to_end_on_a_tiny_dev_folder(dev_folder: Path):
    model, report = train(dev_folder, TINY, synthetic=False)
    assert 0.0 <= model.threshold <= 1.0 and report["threshold"] == model.threshold
    assert set(report["out_of_fold"]) >= {"acled", "wad"}
    assert model.meta["data_sha256"].keys() == {"acled_notes_dev.jsonl", "wad_dev.jsonl", "bbc_news_dev.jsonl"}


def test_train_command_writes_a_loadable_model(dev_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    import eventcoder.relevance.train as train_module

    monkeypatch.setattr(train_module, "TrainConfig", lambda: TINY)
    out, report = tmp_path / "m.npz", tmp_path / "r.json"
    assert main(["--dev", str(dev_folder), "--out", str(out), "--report", str(report), "--no-synthetic"]) == 0
    model = RelevanceModel.load(out)
    assert model.buckets == TINY.buckets and json.loads(report.read_text())["threshold"] == model.threshold


def test_train_command_needs_a_dev_folder(tmp_path: Path):
    with pytest.raises(SystemExit):
        main(["--dev", str(tmp_path / "absent")])
