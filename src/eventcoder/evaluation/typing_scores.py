"""Typing scores (issue 11): ACLED's 25 sub-event types on news phrasing, and look-alikes rejected.

Two sources of figures:

* the news-phrased set (``tests/extract/cases/news_types.jsonl``, synthetic): each event document holds one
  event; its predicted sub-event type is that of the first event the pipeline codes (``(none)`` when it codes
  none). Sub-event type accuracy is over the event documents; F1 per sub-type is over every document (a
  look-alike coded as an event counts against that type's precision); a look-alike is rejected when the
  pipeline codes no event for it;
* an evaluation report of a development set (ACLED notes): the macro-F1 over sub-event types and the
  precision, recall and F1 of each sub-type, from the report's sub-event confusion table.

``python -m eventcoder.evaluation.typing_scores`` prints the news-set figures and the errors.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

from eventcoder.devdata import repo_root
from eventcoder.evaluation.gold import GoldDoc
from eventcoder.evaluation.loader import load_gold
from eventcoder.evaluation.report import EvalReport, format_table
from eventcoder.evaluation.runner import run_pipeline

__all__ = ["NEWS_SET", "NONE", "acled_rows", "news_scores", "news_section", "typing_section"]

NEWS_SET = Path("tests") / "extract" / "cases" / "news_types.jsonl"
NONE = "(none)"


def _gold_label(doc: GoldDoc) -> str:
    return str(doc.events[0].get("sub_event_type")) if doc.events else NONE


def _pred_label(rec: dict[str, Any] | None) -> str:
    events = (rec or {}).get("events") or []
    return str(events[0].get("sub_event_type") or NONE) if events else NONE


def _f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def news_scores(docs: list[GoldDoc], preds: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Accuracy, per sub-type F1 and look-alike rejection of predictions on the news-phrased set."""
    pairs = [(doc, _gold_label(doc), _pred_label(preds.get(doc.id))) for doc in docs]
    events = [(g, p) for _, g, p in pairs if g != NONE]
    lookalikes = [(doc.slice.get("family", "look-alike"), p) for doc, g, p in pairs if g == NONE]
    per_sub: dict[str, dict[str, Any]] = {}
    for sub in sorted({g for g, _ in events}):
        tp = sum(1 for _, g, p in pairs if g == sub and p == sub)
        fp = sum(1 for _, g, p in pairs if g != sub and p == sub)
        fn = sum(1 for _, g, p in pairs if g == sub and p != sub)
        prec, rec, f1 = _f1(tp, fp, fn)
        per_sub[sub] = {"n": tp + fn, "precision": round(prec, 3), "recall": round(rec, 3), "f1": round(f1, 3)}
    families: dict[str, list[int]] = {}
    for family, p in lookalikes:
        families.setdefault(family, []).append(int(p == NONE))
    errors = [{"id": doc.id, "gold": g, "pred": p, "text": doc.text} for doc, g, p in pairs if g != p]
    return {
        "documents": len(pairs),
        "sub_event_accuracy": round(sum(g == p for g, p in events) / len(events), 3) if events else None,
        "min_sub_type_f1": min((v["f1"] for v in per_sub.values()), default=None),
        "macro_f1": round(sum(v["f1"] for v in per_sub.values()) / len(per_sub), 3) if per_sub else None,
        "lookalikes_rejected": round(sum(p == NONE for _, p in lookalikes) / len(lookalikes), 3) if lookalikes else None,
        "per_sub_type": per_sub,
        "per_family": {f: round(sum(v) / len(v), 3) for f, v in sorted(families.items())},
        "confusions": Counter(f"{g} -> {p}" for _, g, p in pairs if g != p).most_common(),
        "errors": errors,
    }


def acled_rows(report: EvalReport) -> dict[str, Any]:
    """Macro-F1 over sub-event types and each sub-type's precision, recall and F1 from an evaluation report."""
    scores: dict[str, Any] = report.metrics.get("sub_event_type_scores") or {}
    fields = report.metrics["fields"]
    return {"sub_event_type": fields["sub_event_type"]["accuracy"], "event_type": fields["event_type"]["accuracy"],
            "detection_recall": report.metrics["detection"]["recall"], "macro_f1": scores.get("macro_f1"),
            "per_sub_type": scores.get("per_label", {})}


def _per_sub_table(per_sub: dict[str, dict[str, Any]]) -> str:
    rows = [[sub, v.get("n"), v.get("precision"), v.get("recall"), v.get("f1")] for sub, v in per_sub.items()]
    return format_table(["sub-event type", "n", "precision", "recall", "F1"], rows)


def news_section(scores: dict[str, Any], command: str) -> str:
    """The Markdown of the news-phrased set's typing figures."""
    fam = ", ".join(f"{f} {v:.3f}" for f, v in scores["per_family"].items())
    return (f"News-phrased set ({scores['documents']} synthetic documents), command: `{command}`\n\n"
            f"- sub-event type accuracy {scores['sub_event_accuracy']}, macro-F1 {scores['macro_f1']}, lowest "
            f"sub-type F1 {scores['min_sub_type_f1']}\n- look-alikes rejected {scores['lookalikes_rejected']} ({fam})\n\n"
            + _per_sub_table(scores["per_sub_type"]) + "\n")


def typing_section(acled: dict[str, EvalReport], *, jobs: int = 1) -> str:
    """The typing section of docs/accuracy.md: the news-phrased set, then ACLED's per-sub-type rows."""
    command = "python -m eventcoder.evaluation.typing_scores"
    parts = ["## Typing: ACLED sub-event types (issue 11)\n", "See docs/typing.md.\n"]
    path = repo_root() / NEWS_SET
    if path.is_file():
        docs, _ = load_gold(path, kind="gold")
        parts.append(news_section(news_scores(docs, run_pipeline(docs, jobs=jobs)), command))
    for title, report in acled.items():
        rows = acled_rows(report)
        parts.append(f"{title}: sub-event type {rows['sub_event_type']}, event type {rows['event_type']}, macro-F1 "
                     f"over sub-event types {rows['macro_f1']}\n\n" + _per_sub_table(rows["per_sub_type"]) + "\n")
    return "\n".join(parts)


def main(argv: list[str]) -> int:
    """Print the news-set figures (and with ``--errors`` every wrong document)."""
    path = Path(next((a for a in argv if not a.startswith("--")), str(repo_root() / NEWS_SET)))
    docs, _ = load_gold(path, kind="gold")
    scores = news_scores(docs, run_pipeline(docs, jobs=2 if "--jobs2" in argv else 1))
    out = [news_section(scores, "python -m eventcoder.evaluation.typing_scores")]
    out += [f"{n:3d}  {c}" for c, n in scores["confusions"]]
    if "--errors" in argv:
        out += [f"{e['id']}\t{e['gold']} -> {e['pred']}\t{e['text']}" for e in scores["errors"]]
    sys.stdout.write("\n".join(out) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
