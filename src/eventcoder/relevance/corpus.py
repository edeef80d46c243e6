"""The labelled texts a relevance model learns from: development sets (train split only) and synthetic texts.

Positives (label 1): ACLED notes and WAD atrocity descriptions whose id is not in the held-out quarter
(:func:`eventcoder.evaluation.splits.is_heldout`), and the synthetic positives. Negatives (label 0): BBC
articles of the train split, minus those that report an event themselves (:func:`bbc_reports_event`), and
the synthetic negatives. ``news_pages_dev`` and ``dedup_clusters_dev`` are never read here.

Texts are never copied anywhere: they are read from the development folder at training time, and only
weights are written.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from eventcoder.errors import ConfigError
from eventcoder.evaluation.splits import NEVER_TRAIN, is_heldout

__all__ = [
    "BBC_EVENT_CUES",
    "LabelledText",
    "SYNTHETIC",
    "bbc_reports_event",
    "read_dev",
    "read_synthetic",
    "strip_coder_label",
    "training_texts",
]

SYNTHETIC = "synthetic.jsonl"  # in eventcoder/data/relevance/: texts the team wrote, labelled synthetic

# A coder's category label that opens some ACLED notes ("Property destruction: On 3 May ..."): the form of
# a note, not news language.
_CODER_LABEL = re.compile(r"^\s*[A-Z][A-Za-z /-]{2,40}:\s+")

# Phrases by which a news article reports a violent or protest event itself (not merely mentions war or
# a "battle"): killings and woundings, bombs going off, soldiers or insurgents attacking, crowds protesting
# or rioting. Used only to keep such BBC articles out of the negatives (see bbc_reports_event).
BBC_EVENT_CUES = re.compile(
    r"\b(?:killed|killing|wounded|injured|bomb(?:s|ing|ings|ed)?|blast|explosion|exploded|suicide attack|"
    r"gunm[ae]n|insurgents?|militants?|rebels? (?:attack|fought|seized|killed)|troops|soldiers|"
    r"protest(?:s|ers|ed|ing)?|demonstrat(?:ors|ion|ions|ed)|riots?|rioting|rioters|clashe[sd]|"
    r"march(?:ed|ers)|rall(?:y|ies|ied) (?:in|outside|against)|tear gas|hostages?|kidnapp\w+|shot dead)\b",
    re.IGNORECASE,
)
BBC_CUE_LIMIT = 3  # an article with this many distinct cue phrases is left out of the negatives


@dataclass(frozen=True, slots=True)
class LabelledText:
    """One training or evaluation text: its id, label (1 = reports an event), source set and group."""

    id: str
    text: str
    label: int
    source: str  # acled, wad, bbc, synthetic
    group: str  # the BBC topic, the synthetic kind, or the source


def strip_coder_label(text: str) -> str:
    """An ACLED note without the coder's category label at its start."""
    return _CODER_LABEL.sub("", text, count=1)


def bbc_reports_event(text: str) -> bool:
    """Whether a BBC article may report a political-violence or protest event itself.

    True when at least :data:`BBC_CUE_LIMIT` distinct :data:`BBC_EVENT_CUES` phrases occur: such an
    article (a riot over fuel prices, a car bomb outside a stadium, a war report in politics) is not a
    safe negative, so it is left out of training rather than guessed at. An article that merely says
    "battle", "attack" or "soldier" once stays a negative: that is what the model must learn to ignore.
    """
    found = {m.group(0).lower() for m in BBC_EVENT_CUES.finditer(text)}
    return len(found) >= BBC_CUE_LIMIT


def read_dev(path: Path) -> Iterator[dict[str, object]]:
    """The records of a development JSONL file; ConfigError naming the file when it cannot be read."""
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the development set ({exc.strerror}); give --dev FOLDER "
                          "with acled_notes_dev.jsonl, wad_dev.jsonl and bbc_news_dev.jsonl") from exc
    with handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def read_synthetic(path: Path | None = None) -> list[LabelledText]:
    """The synthetic texts shipped in the package (written by the team, never from development data)."""
    if path is None:
        ref = resources.files("eventcoder") / "data" / "relevance" / SYNTHETIC
        lines = ref.read_text(encoding="utf-8").splitlines()
    else:
        lines = path.read_text(encoding="utf-8").splitlines()
    out = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        rec = json.loads(line)
        if rec.get("synthetic") is not True or rec.get("label") not in (0, 1):
            raise ConfigError(f"{path or SYNTHETIC} line {number}: a synthetic text needs 'synthetic': true and "
                              "'label' 0 or 1")
        out.append(LabelledText(f"synthetic:{number}", rec["text"], int(rec["label"]), "synthetic",
                                str(rec.get("kind") or "synthetic")))
    return out


def _dev_texts(folder: Path, name: str, source: str, label: int) -> Iterator[LabelledText]:
    if name.removesuffix(".jsonl") in NEVER_TRAIN:
        raise ConfigError(f"{name} is for measuring only and is never trained on")
    for rec in read_dev(folder / name):
        ident, text = str(rec["id"]), str(rec["text"])
        if is_heldout(ident):
            continue
        if source == "acled":
            text = strip_coder_label(text)
        gold = rec.get("gold")
        group = str(gold.get("topic", source)) if isinstance(gold, dict) else source
        yield LabelledText(ident, text, label, source, group)


def training_texts(folder: Path, *, synthetic: bool = True, exclude_topics: frozenset[str] = frozenset(),
                   screen_bbc: bool = True) -> list[LabelledText]:
    """Every training text of the train split, in a fixed order.

    ``exclude_topics`` leaves BBC topics out (leave-one-topic-out validation); ``screen_bbc`` drops BBC
    articles that report an event themselves (:func:`bbc_reports_event`).
    """
    texts = list(_dev_texts(folder, "acled_notes_dev.jsonl", "acled", 1))
    texts += _dev_texts(folder, "wad_dev.jsonl", "wad", 1)
    for item in _dev_texts(folder, "bbc_news_dev.jsonl", "bbc", 0):
        if item.group in exclude_topics or (screen_bbc and bbc_reports_event(item.text)):
            continue
        texts.append(item)
    if synthetic:
        texts += read_synthetic()
    return texts
