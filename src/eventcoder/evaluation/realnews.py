"""Scores of real news: false events per BBC topic, and page-level figures of the hand-coded news pages.

Both follow the independent scorers in ``../shared/tools`` so that the figures agree:

- :func:`topic_scores` is ``score_precision.py topics``: per topic, the share of documents with at least one
  event, events per 100 documents and summed fatalities; ``nonconflict`` pools every topic except world and
  politics (sport, business, tech, entertainment), where an ACLED event is rare.
- :func:`page_scores` is ``score_events.py news``: document-level detection (accuracy, precision, recall),
  the page's fatality total (null gold fatalities count 0), and, over the pages whose gold codes them, any
  country in common, no country outside the gold's, any event type in common, any date in common, and the
  title. Added here: events above 1,000 dead (the issue's plausibility check).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from eventcoder.evaluation.gold import GoldDoc
from eventcoder.evaluation.normalize import as_int, norm
from eventcoder.evaluation.splits import is_heldout

__all__ = ["CONFLICT_TOPICS", "HUGE_TOLL", "page_scores", "split_topic_scores", "topic_scores"]

CONFLICT_TOPICS = frozenset({"world", "politics"})  # topics where a real event may be reported
HUGE_TOLL = 1000  # an event above this many dead needs the page to say so of one incident

Pred = dict[str, dict[str, Any]]


def _events(preds: Pred, ident: str) -> list[dict[str, Any]]:
    return list((preds.get(ident) or {}).get("events") or [])


def _fatalities(events: Iterable[dict[str, Any]]) -> int:
    return sum(as_int(e.get("fatalities")) or 0 for e in events)


def topic_scores(docs: list[GoldDoc], preds: Pred) -> dict[str, Any]:
    """Per topic: documents, share with an event, events per 100 documents, fatalities; and the pooled rows."""
    n, with_events, events, fatalities = Counter[str](), Counter[str](), Counter[str](), Counter[str]()
    for doc in docs:
        topic = doc.slice.get("topic", "(none)").replace("/", "")
        evs = _events(preds, doc.id)
        n[topic] += 1
        with_events[topic] += bool(evs)
        events[topic] += len(evs)
        fatalities[topic] += _fatalities(evs)
    out: dict[str, Any] = {"documents": sum(n.values()), "topics": {}}
    for topic in sorted(n):
        out["topics"][topic] = {"documents": n[topic], "docs_with_events": round(with_events[topic] / n[topic], 4),
                                "events_per_100": round(100 * events[topic] / n[topic], 1),
                                "fatalities": fatalities[topic]}
    calm = [t for t in n if t not in CONFLICT_TOPICS]
    calm_docs = sum(n[t] for t in calm)
    out["nonconflict"] = {"documents": calm_docs,
                          "docs_with_events": round(sum(with_events[t] for t in calm) / calm_docs, 4) if calm_docs else None,
                          "fatalities": sum(fatalities[t] for t in calm)}
    return out


def split_topic_scores(docs: list[GoldDoc], preds: Pred) -> dict[str, Any]:
    """:func:`topic_scores` on the held-out quarter (never trained on) and on every document, labelled."""
    held = [d for d in docs if is_heldout(d.id)]
    return {"heldout": topic_scores(held, preds) if held else None, "all": topic_scores(docs, preds)}


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


def _page_checks(doc: GoldDoc, evs: list[dict[str, Any]], title: Any, m: Counter[str]) -> None:
    gold = [e.fields for e in doc.events or ()]
    gc = {norm(e.get("country")) for e in gold if e.get("country")}
    pc = {norm(e.get("country")) for e in evs if e.get("country")}
    if gc:
        m["n_country"] += 1
        m["country_overlap"] += bool(gc & pc)
        m["no_foreign_country"] += pc <= gc
    gt = {norm(e.get("event_type")) for e in gold}
    if gt:
        m["n_type"] += 1
        m["event_type_overlap"] += bool(gt & {norm(e.get("event_type")) for e in evs})
    gd = {e.get("event_date") for e in gold if e.get("event_date")}
    if gd:
        m["n_date"] += 1
        m["date_overlap"] += bool(gd & {str(e.get("event_date") or "")[:10] for e in evs})
    gold_title = doc.meta.get("gold_title")
    if gold_title:
        m["n_title"] += 1
        m["title"] += norm(title) == norm(gold_title)


def page_scores(docs: list[GoldDoc], preds: Pred) -> dict[str, Any]:
    """The page-level figures of ``score_events.py news`` (see the module docstring)."""
    m = Counter[str]()
    huge: list[str] = []
    for doc in docs:
        evs = _events(preds, doc.id)
        has_gold = bool(doc.events)
        gold_total = doc.total_fatalities[0] if doc.total_fatalities else 0
        m["detected"] += bool(evs) == has_gold
        m["pred_pos"] += bool(evs)
        m["gold_pos"] += has_gold
        m["both_pos"] += bool(evs) and has_gold
        m["fatalities_total_exact"] += _fatalities(evs) == gold_total
        huge += [doc.id for e in evs if (as_int(e.get("fatalities")) or 0) > HUGE_TOLL]
        _page_checks(doc, evs, (preds.get(doc.id) or {}).get("title"), m)
    n = len(docs)
    out: dict[str, Any] = {
        "documents": n, "detected": _ratio(m["detected"], n),
        "doc_precision": _ratio(m["both_pos"], m["pred_pos"]), "doc_recall": _ratio(m["both_pos"], m["gold_pos"]),
        "pages_with_events": m["gold_pos"], "pages_predicted_with_events": m["pred_pos"],
        "fatalities_total_exact": _ratio(m["fatalities_total_exact"], n),
    }
    for name, den in (("country_overlap", "n_country"), ("no_foreign_country", "n_country"),
                      ("event_type_overlap", "n_type"), ("date_overlap", "n_date"), ("title", "n_title")):
        out[name] = _ratio(m[name], m[den])
        out[f"{name}_n"] = m[den]
    out["events_over_1000_dead"] = len(huge)
    out["pages_with_events_over_1000_dead"] = sorted(set(huge))
    return out
