"""The gold loader: which kind a file is, its adapter, the fixed split and a reproducible sample."""

from __future__ import annotations

import random
from pathlib import Path

from eventcoder.errors import EvalError
from eventcoder.evaluation import adapters
from eventcoder.evaluation.gold import GoldDoc, parse_gold_record, read_jsonl
from eventcoder.evaluation.splits import split_of

__all__ = ["KINDS", "SAMPLE_SEED", "SPLITS", "detect_kind", "load_gold"]

KINDS = ("gold", "acled", "wad", "reference", "bbc", "news")
SAMPLE_SEED = 13


def detect_kind(path: Path) -> str:
    """``reference`` for a folder with gold.json; ``gold`` for the gold format; else by id or gold shape.

    ``acled:`` and ``wad:`` ids; a gold object with a ``topic`` is a BBC article (``bbc``), one with a
    ``negative_kind`` a real news page (``news``).
    """
    if path.is_dir():
        if (path / "gold.json").is_file():
            return "reference"
        raise EvalError(f"{path}: a folder is accepted only when it holds a gold.json reference coding")
    for _, record in read_jsonl(path):
        ident = str(record.get("id", "")) if isinstance(record, dict) else ""
        gold = record.get("gold") if isinstance(record, dict) else None
        if isinstance(gold, dict) and "negative_kind" in gold:
            return "news"
        if isinstance(gold, dict) and "topic" in gold and "events" not in gold:
            return "bbc"
        if isinstance(gold, dict) and ("events" in gold or "total_fatalities" in gold):
            return "gold"  # already in the gold format (e.g. written by --export-gold), whatever the id
        if ident.startswith("acled:"):
            return "acled"
        if ident.startswith("wad:"):
            return "wad"
        return "gold"
    raise EvalError(f"{path}: the gold file is empty")


SPLITS = ("heldout", "train")


def _split(docs: list[GoldDoc], split: str, path: Path) -> list[GoldDoc]:
    if split not in SPLITS:
        raise EvalError(f"unknown split {split!r}; use one of {', '.join(SPLITS)}")
    dataset = path.name.removesuffix(".jsonl")
    return [doc for doc in docs if split_of(doc.id, dataset) == split]


def load_gold(
    path: str | Path, *, kind: str | None = None, limit: int | None = None, sample: bool = False,
    seed: int = SAMPLE_SEED, split: str | None = None,
) -> tuple[list[GoldDoc], str]:
    """Gold documents of ``path`` and the kind used; ``limit`` keeps the first N, or N at random with ``sample``.

    ``split`` (``heldout`` or ``train``) keeps that part of the fixed split first (every record of a
    measuring-only set such as news_pages_dev is held out).
    """
    path = Path(path)
    if not path.exists():
        raise EvalError(f"{path}: no such gold file; give a JSONL gold file or a sample folder with gold.json")
    kind = kind or detect_kind(path)
    if kind not in KINDS:
        raise EvalError(f"unknown gold kind {kind!r} for {path}; use one of {', '.join(KINDS)}")
    if kind == "reference":
        docs = adapters.reference_docs(path)
    else:
        convert = {"gold": parse_gold_record, "acled": adapters.acled_doc, "wad": adapters.wad_doc,
                   "bbc": adapters.bbc_doc, "news": adapters.news_page_doc}[kind]
        docs = [convert(record, f"{path} line {number}") for number, record in read_jsonl(path)]
    seen: set[str] = set()
    for doc in docs:
        if doc.id in seen:
            raise EvalError(f"{doc.ref}: the id {doc.id!r} is used twice; ids must be unique within a gold file")
        seen.add(doc.id)
    if split is not None:
        docs = _split(docs, split, path)
    if limit is not None and limit < len(docs):
        keep = sorted(random.Random(seed).sample(range(len(docs)), limit)) if sample else range(limit)
        docs = [docs[i] for i in keep]
    return docs, kind
