"""DEVELOPMENT figures of the relevance model: held-out quarter, real news pages, leave-one-topic-out.

    python -m eventcoder.relevance.evaluate [--dev FOLDER] [--model PATH] [--loto] [--json]

- Held-out quarter (:func:`eventcoder.evaluation.splits.is_heldout`, never trained or tuned on): share of
  ACLED and WAD descriptions scored relevant (recall), and share of BBC articles scored relevant per topic
  (false positives, except the few politics articles that report an event).
- News pages (``news_pages_dev.jsonl``, never trained on): document-level precision, recall and F1 of
  "reports an event", the relevant share per ``negative_kind``, and the ids of missed conflict pages.
- Leave one topic out (``--loto``; trains 5 x 5 models, about a minute): for each BBC topic, a model trained
  without that topic's articles (threshold by the same out-of-fold criterion) scores every article of the
  topic; a topic the model never saw shows whether it learned content or the style of BBC sections.

``run()`` gives the Markdown section of docs/accuracy.md (``make accuracy``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from eventcoder.evaluation.report import format_table
from eventcoder.evaluation.splits import is_heldout
from eventcoder.relevance.corpus import read_dev
from eventcoder.relevance.model import RelevanceModel

__all__ = ["heldout_figures", "leave_one_topic_out", "main", "markdown", "news_page_figures", "run"]

TOPICS = ("business", "entertainment", "politics", "sport", "tech")
NON_CONFLICT = ("business", "entertainment", "sport", "tech")


def _share(flags: list[bool]) -> float | None:
    return round(sum(flags) / len(flags), 4) if flags else None


def _prf(tp: int, fp: int, fn: int) -> dict[str, float | None]:
    p = tp / (tp + fp) if tp + fp else None
    r = tp / (tp + fn) if tp + fn else None
    f1 = 2 * p * r / (p + r) if p is not None and r is not None and p + r else None
    return {"precision": None if p is None else round(p, 4), "recall": None if r is None else round(r, 4),
            "f1": None if f1 is None else round(f1, 4)}


def heldout_figures(model: RelevanceModel, dev: Path) -> dict[str, Any]:
    """Relevant share of the held-out quarter (and of all records, labelled) of ACLED, WAD and BBC."""
    out: dict[str, Any] = {}
    for name, label in (("acled_notes_dev.jsonl", "acled"), ("wad_dev.jsonl", "wad")):
        if not (dev / name).is_file():
            continue
        rows = [(is_heldout(str(r["id"])), model.is_relevant(str(r["text"]))) for r in read_dev(dev / name)]
        out[label] = {"heldout_n": sum(h for h, _ in rows), "heldout_recall": _share([s for h, s in rows if h]),
                      "all_n": len(rows), "all_recall": _share([s for _, s in rows])}
    if (dev / "bbc_news_dev.jsonl").is_file():
        held: dict[str, list[bool]] = defaultdict(list)
        every: dict[str, list[bool]] = defaultdict(list)
        for r in read_dev(dev / "bbc_news_dev.jsonl"):
            topic = str(r["gold"]["topic"])  # type: ignore[index]
            relevant = model.is_relevant(str(r["text"]))
            every[topic].append(relevant)
            if is_heldout(str(r["id"])):
                held[topic].append(relevant)
        out["bbc"] = {topic: {"heldout_n": len(held[topic]), "heldout_relevant": _share(held[topic]),
                              "all_n": len(every[topic]), "all_relevant": _share(every[topic])}
                      for topic in sorted(every)}
        out["bbc_non_conflict"] = {
            "heldout_relevant": _share([x for t in NON_CONFLICT for x in held[t]]),
            "all_relevant": _share([x for t in NON_CONFLICT for x in every[t]])}
    return out


def news_page_figures(model: RelevanceModel, dev: Path) -> dict[str, Any] | None:
    """Document-level detection on the real news pages (never trained on); None when the file is absent."""
    path = dev / "news_pages_dev.jsonl"
    if not path.is_file():
        return None
    tp = fp = fn = tn = 0
    kinds: dict[str, list[bool]] = defaultdict(list)
    missed: list[str] = []
    for r in read_dev(path):
        gold = r["gold"]
        assert isinstance(gold, dict)
        has_event, relevant = bool(gold.get("events")), model.is_relevant(str(r["text"]))
        tp += has_event and relevant
        fn += has_event and not relevant
        fp += relevant and not has_event
        tn += not relevant and not has_event
        if not has_event:
            kinds[str(gold.get("negative_kind") or "(none)")].append(relevant)
        elif not relevant:
            missed.append(str(r["id"]))
    return {"n": tp + fp + fn + tn, "tp": tp, "fp": fp, "fn": fn, "tn": tn, **_prf(tp, fp, fn),
            "negatives_relevant_by_kind": {k: {"n": len(v), "relevant": _share(v)} for k, v in sorted(kinds.items())},
            "missed_conflict_pages": missed}


def leave_one_topic_out(dev: Path, topics: tuple[str, ...] = TOPICS) -> dict[str, Any]:
    """Per BBC topic: relevant share of all its articles under a model trained without that topic."""
    from eventcoder.relevance.train import TrainConfig, train

    out: dict[str, Any] = {}
    for topic in topics:
        model, _ = train(dev, TrainConfig(), exclude_topics=frozenset({topic}))
        flags = [model.is_relevant(str(r["text"])) for r in read_dev(dev / "bbc_news_dev.jsonl")
                 if r["gold"]["topic"] == topic]  # type: ignore[index]
        out[topic] = {"n": len(flags), "relevant": _share(flags), "threshold": round(model.threshold, 4)}
    return out


def _fmt_rows(figures: dict[str, Any]) -> list[list[Any]]:
    rows: list[list[Any]] = []
    for label in ("acled", "wad"):
        if label in figures:
            f = figures[label]
            rows.append([f"{label.upper()} descriptions (recall)", f["heldout_n"], f["heldout_recall"], f["all_n"],
                         f["all_recall"]])
    for topic, f in (figures.get("bbc") or {}).items():
        rows.append([f"BBC {topic} (scored relevant)", f["heldout_n"], f["heldout_relevant"], f["all_n"],
                     f["all_relevant"]])
    if "bbc_non_conflict" in figures:
        f = figures["bbc_non_conflict"]
        rows.append(["BBC sport+business+tech+entertainment", "", f["heldout_relevant"], "", f["all_relevant"]])
    return rows


def markdown(model: RelevanceModel, dev: Path, *, loto: dict[str, Any] | None = None) -> str:
    """The Markdown of the relevance figures (DEVELOPMENT figures, labelled)."""
    meta = model.meta
    parts = [f"DEVELOPMENT figures of the shipped relevance model (docs/relevance.md) at its threshold "
             f"{model.threshold:.3f} ({meta.get('threshold_criterion', 'as configured')}). Trained on the train "
             "split of ACLED, WAD and BBC; the held-out quarter and the news pages were never trained or tuned on. "
             "The 'all' columns include the training records and overstate accuracy."]
    parts.append(format_table(["set", "held-out docs", "held-out share", "all docs", "all share (incl. training)"],
                              _fmt_rows(heldout_figures(model, dev))))
    pages = news_page_figures(model, dev)
    if pages is not None:
        parts.append(f"News pages (real pages with boilerplate, never trained on; {pages['n']} pages): a page is "
                     f"predicted to report an event when scored relevant. Precision {pages['precision']}, recall "
                     f"{pages['recall']}, F1 {pages['f1']} (tp {pages['tp']}, fp {pages['fp']}, fn {pages['fn']}, "
                     f"tn {pages['tn']}). Missed conflict pages: {', '.join(pages['missed_conflict_pages']) or 'none'}. "
                     "The relevance score is one input of the engine, which also needs evidence for an event; "
                     "hard negatives scored relevant here are left to its rules.")
        parts.append(format_table(["page without events, kind", "pages", "scored relevant"],
                                  [[k, v["n"], v["relevant"]] for k, v in pages["negatives_relevant_by_kind"].items()]))
    if loto is not None:
        parts.append("Leave one topic out: each BBC topic scored by a model trained without any article of it "
                     "(threshold by the same out-of-fold criterion):")
        parts.append(format_table(["left-out topic", "articles", "scored relevant", "threshold"],
                                  [[t, v["n"], v["relevant"], v["threshold"]] for t, v in loto.items()]))
    return "\n\n".join(parts) + "\n"


def run(dev: Path | None = None, *, model: RelevanceModel | None = None, loto: bool = False) -> dict[str, Any]:
    """The accuracy-report section: ``{"markdown": ...}``; raises OSError when no development folder exists."""
    from eventcoder.devdata import find_shared

    if dev is None:
        shared = find_shared()
        dev = shared / "dev" if shared else None
    if dev is None or not dev.is_dir():
        raise OSError("the development folder ../shared/dev is not present")
    model = model or RelevanceModel.default()
    loto_figures = leave_one_topic_out(dev) if loto else None
    return {"markdown": markdown(model, dev, loto=loto_figures), "heldout": heldout_figures(model, dev),
            "news_pages": news_page_figures(model, dev), "leave_one_topic_out": loto_figures}


def main(argv: list[str] | None = None) -> int:
    """Command line: print the figures as Markdown (or JSON)."""
    parser = argparse.ArgumentParser(prog="python -m eventcoder.relevance.evaluate", description=__doc__.split("\n")[0])
    parser.add_argument("--dev", type=Path, default=None, help="development folder (default ../shared/dev)")
    parser.add_argument("--model", type=Path, default=None, help="model file (default: the shipped one)")
    parser.add_argument("--loto", action="store_true", help="also train and score leave-one-topic-out models")
    parser.add_argument("--json", action="store_true", help="print JSON instead of Markdown")
    args = parser.parse_args(argv)
    model = RelevanceModel.load(args.model) if args.model is not None else None
    result = run(args.dev, model=model, loto=args.loto)
    print(json.dumps({k: v for k, v in result.items() if k != "markdown"}, indent=1) if args.json else result["markdown"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
