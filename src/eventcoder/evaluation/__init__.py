"""Evaluation: score the pipeline, or any system's predictions, against hand-coded gold documents.

``evaluate(gold, pred=None)`` reads a gold file (the documented format, an ACLED or WAD
development set, or the reference sample folder), gets predictions (a file, or the pipeline
run here), matches events with documented tolerances and returns an :class:`EvalReport`.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from eventcoder.evaluation.gold import GoldDoc
from eventcoder.evaluation.loader import load_gold
from eventcoder.evaluation.matching import DATE_DAYS, PLACE_KM, DocResult, match_document
from eventcoder.evaluation.metrics import aggregate, confusion, label_scores, reliability, slice_summary
from eventcoder.evaluation.normalize import as_int, norm
from eventcoder.evaluation.realnews import page_scores, split_topic_scores
from eventcoder.evaluation.report import EvalReport
from eventcoder.evaluation.runner import load_predictions, run_pipeline

__all__ = ["EvalReport", "evaluate", "load_gold", "load_predictions", "score"]

DEFAULT_SLICES = ("country", "event_type", "format")


def slice_value(doc: GoldDoc, name: str) -> str:
    """The slice a document falls in: its own label, else derived from its first gold event or its input."""
    if doc.slice.get(name):
        return doc.slice[name]
    first = doc.events[0] if doc.events else None
    if name == "format":
        return doc.input_format
    if name == "event_type":
        return "(no event)" if doc.events == [] else (first.get("event_type") if first else None) or "(not coded)"
    if first is not None and first.get(name):
        return str(first.get(name))
    return "(none)"


def _errors(results: list[DocResult]) -> list[dict[str, Any]]:
    from eventcoder.evaluation.metrics import FIELDS

    out: list[dict[str, Any]] = []
    for r in results:
        base = {"id": r.doc.id, "ref": r.doc.ref}
        if r.failure:
            out.append({**base, "error": "failed", "message": r.failure})
        for pair in r.pairs:
            g = pair.gold
            if not pair.strict:
                out.append({**base, "error": "missed", "gold": {k: g.get(k) for k in ("event_type", "location", "event_date")},
                            "checks": pair.checks})
            if pair.primary is not None:
                for name, same in FIELDS.items():
                    if g.get(name) is not None and not same(g, pair.primary):
                        out.append({**base, "error": "field", "field": name, "gold": g.get(name),
                                    "pred": pair.primary.get(name)})
        for p in r.spurious:
            out.append({**base, "error": p.role, "pred": {k: p.get(k) for k in ("event_type", "location", "event_date")}})
        total = r.doc.total_fatalities
        pred_total = sum(as_int(p.get("fatalities")) or 0 for p in r.preds)
        if total is not None and not total[1] <= pred_total <= total[2]:
            out.append({**base, "error": "total_fatalities", "gold": total[0], "pred": pred_total})
    return out


def score(docs: list[GoldDoc], preds: dict[str, dict[str, Any]], *, slices: Sequence[str] = DEFAULT_SLICES,
          meta: dict[str, Any] | None = None) -> EvalReport:
    """Score prediction records (by gold id) against gold documents."""
    results = []
    for doc in docs:
        rec = preds.get(doc.id)
        results.append(match_document(doc, (rec or {}).get("events") or [], predicted=rec is not None,
                                      failure=(rec or {}).get("error")))
    by_slice: dict[str, dict[str, dict[str, Any]]] = {}
    for name in slices:
        groups: dict[str, list[DocResult]] = defaultdict(list)
        for r in results:
            groups[slice_value(r.doc, name)].append(r)
        by_slice[name] = {value: slice_summary(group) for value, group in sorted(groups.items(), key=lambda kv: norm(kv[0]))}
    metrics = aggregate(results)
    types, subs = confusion(results), confusion(results, "sub_event_type")
    metrics["event_type_scores"] = label_scores(types)
    metrics["sub_event_type_scores"] = label_scores(subs)
    # Real news: BBC articles are scored per topic, news pages also page by page (as ../shared/tools do).
    if docs and all(doc.meta.get("set") == "bbc" for doc in docs):
        metrics["topics"] = split_topic_scores(docs, preds)
    if docs and all(doc.meta.get("set") == "news_pages" for doc in docs):
        metrics["news_pages"] = page_scores(docs, preds)
    return EvalReport(
        meta={**(meta or {}), "documents": len(docs),
              "tolerances": {"place_km": PLACE_KM, "date_days": DATE_DAYS}},
        metrics=metrics,
        slices=by_slice,
        confusion=types,
        confusion_sub=subs,
        reliability=reliability(results),
        errors=_errors(results),
    )


def evaluate(
    gold: str | Path,
    *,
    pred: str | Path | None = None,
    kind: str | None = None,
    limit: int | None = None,
    sample: bool = False,
    slices: Sequence[str] = DEFAULT_SLICES,
    jobs: int = 1,
    split: str | None = None,
) -> EvalReport:
    """Score ``pred`` (a prediction file) or the pipeline itself against ``gold``.

    ``kind`` is ``gold``, ``acled``, ``wad``, ``reference``, ``bbc`` or ``news`` (detected when None);
    ``split`` keeps the ``heldout`` quarter or the ``train`` split (eventcoder.evaluation.splits); ``limit``
    keeps the first N documents, or N drawn with a fixed seed when ``sample`` is true.
    """
    started = time.perf_counter()
    docs, kind = load_gold(gold, kind=kind, limit=limit, sample=sample, split=split)
    preds = load_predictions(pred) if pred is not None else run_pipeline(docs, jobs=jobs)
    meta = {"gold": str(gold), "kind": kind, "pred": str(pred) if pred is not None else "pipeline",
            "limit": limit, "sample": sample, "split": split}
    report = score(docs, preds, slices=slices, meta=meta)
    report.meta["seconds"] = round(time.perf_counter() - started, 2)
    return report
