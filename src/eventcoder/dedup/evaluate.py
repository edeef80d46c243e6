"""Merge quality: the written multi-source scenarios and real coverage (``run()``, used by docs/accuracy.md).

Each scenario is stored in a fresh temporary SQLite store through the real ingest path
(near-duplicate check, matching, splitting); the clusters found are compared with the
expected ones pairwise: a pair of records in one event is a true positive when the
scenario expects them together. ``run()`` adds the development clusters of real pages
(:mod:`eventcoder.dedup.clusters`) when the shared folder is present.
"""

from __future__ import annotations

import tempfile
from itertools import combinations
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, select

from eventcoder.dedup.scenarios import SCENARIOS, Scenario, documents
from eventcoder.model import Document
from eventcoder.store.db import open_engine
from eventcoder.store.ingest import store_documents
from eventcoder.store.schema import event_sources, events

__all__ = ["clusters_of", "events_per_document", "page_events", "page_figures", "run"]


def clusters_of(scenario: Scenario, engine: Engine, *, reverse: bool = False
                ) -> tuple[dict[str, str | None], dict[str, int]]:
    """Store the scenario in an empty store; returns record key -> event id, and event id -> coded fatalities."""
    docs = documents(scenario)
    store_documents(documents(scenario, reverse=reverse), engine)
    key_of = {(d.id, i): f"{r.key}{i}" for d, r in zip(docs, scenario.reports, strict=True)
              for i in range(len(d.events))}
    with engine.connect() as conn:
        rows = conn.execute(select(event_sources.c.document_id, event_sources.c.record_index,
                                   event_sources.c.event_id)).all()
        fat = {r.id: r.fatalities for r in conn.execute(select(events.c.id, events.c.fatalities))}
    return {key_of[(r.document_id, r.record_index)]: r.event_id for r in rows}, fat


def _sqlite_clusters(scenario: Scenario, folder: Path, reverse: bool) -> tuple[dict[str, str | None], dict[str, int]]:
    engine = open_engine(folder / f"{scenario.name}{'-reversed' if reverse else ''}.sqlite")
    try:
        return clusters_of(scenario, engine, reverse=reverse)
    finally:
        engine.dispose()


def _pairs(groups: list[list[str]]) -> set[frozenset[str]]:
    return {frozenset(p) for g in groups for p in combinations(sorted(g), 2)}


def score(scenarios: list[Scenario], *, reverse: bool = False) -> dict[str, Any]:
    """Pairwise merge precision/recall/F1, exact-cluster rate and fatality checks, reports stored in order."""
    tp = fp = fn = exact = fat_ok = fat_n = 0
    failed: list[str] = []
    with tempfile.TemporaryDirectory(prefix="eventcoder-dedup-eval-") as tmp:
        for s in scenarios:
            assigned, fat = _sqlite_clusters(s, Path(tmp), reverse)
            found: dict[str, list[str]] = {}
            for key, eid in assigned.items():
                found.setdefault(eid or f"unattached:{key}", []).append(key)
            got, want = _pairs(list(found.values())), _pairs(s.clusters)
            tp, fp, fn = tp + len(got & want), fp + len(got - want), fn + len(want - got)
            same = {frozenset(g) for g in found.values()} == {frozenset(g) for g in s.clusters}
            for key, expected in s.fatalities.items():
                fat_n += 1
                eid = assigned.get(key)
                fat_ok += int(eid is not None and fat.get(eid) == expected)
                same = same and eid is not None and fat.get(eid) == expected
            exact += int(same)
            if not same:
                failed.append(s.name)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return {
        "scenarios": len(scenarios),
        "pairs_expected": tp + fn,
        "merge_precision": round(precision, 4),
        "merge_recall": round(recall, 4),
        "merge_f1": round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0,
        "scenarios_exact": exact,
        "fatality_checks": fat_n,
        "fatality_checks_passed": fat_ok,
        "failed": failed,
    }


def run(scenarios: list[Scenario] | None = None, *, clusters: bool | None = None) -> dict[str, Any]:
    """Merge scores on the written scenarios, stored in order and in reverse order, with a markdown summary.

    ``clusters`` (default: when all scenarios are scored) adds the development clusters of real pages.
    """
    scenarios = scenarios if scenarios is not None else SCENARIOS
    result = score(scenarios)
    reversed_ = score(scenarios, reverse=True)
    result["reversed_order"] = {k: reversed_[k] for k in ("merge_precision", "merge_recall", "scenarios_exact",
                                                          "failed")}
    rows = [("stored in the written order", result), ("stored in reverse order", reversed_)]
    lines = [
        f"{len(scenarios)} hand-written multi-source scenarios (`src/eventcoder/dedup/scenarios.py`, synthetic "
        "records, expected clusters and tolls), each stored through the real ingest path. They were written "
        "together with the merge rules: they check that the rules do what docs/store.md says, they are not an "
        "independent accuracy estimate. The reverse order tests that clustering does not depend on which "
        "report arrives first.",
        "",
        "| order | merge precision | merge recall | F1 | scenarios exact | fatality checks | failed |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, r in rows:
        lines.append(f"| {name} | {r['merge_precision']:.3f} | {r['merge_recall']:.3f} | {r['merge_f1']:.3f} | "
                     f"{r['scenarios_exact']}/{r['scenarios']} | {r['fatality_checks_passed']}/{r['fatality_checks']} "
                     f"| {', '.join(r['failed']) or 'none'} |")
    with_clusters = clusters if clusters is not None else scenarios is SCENARIOS
    if with_clusters:
        part, figures = _clusters_section()
        lines += ["", part]
        if figures is not None:
            result["clusters"] = figures
    result["markdown"] = "\n".join(lines)
    return result


def _clusters_section() -> tuple[str, dict[str, Any] | None]:
    """The Markdown of the real-coverage measurement (or why it was skipped), and its figures."""
    from eventcoder.dedup.clusters import DEFAULT_FILE, evaluate_clusters
    from eventcoder.errors import EvalError

    head = ("### DEVELOPMENT figures: deduplication on real coverage\n\n"
            f"Command: `eventcoder eval ../shared/{DEFAULT_FILE}`\n\n")
    try:
        report = evaluate_clusters()
    except EvalError as exc:
        return head + f"Skipped: {exc}\n", None
    return head + _CLUSTERS_NOTE + "\n\n" + report.to_markdown() + "\n", report.parts


_CLUSTERS_NOTE = (
    "Every page of the development clusters (real news pages from several outlets about the same incidents, "
    "with confusable incidents: the same city days apart, the same method the same week) is ingested into one "
    "fresh store; page pairs that share a stored event are compared with the pages that report the same "
    "incident. Events per incident has two parts: records per page (extraction's split of one report into "
    "several events) and the store's merging, measured alone by the `one record per page` rows (each page stored "
    "with only its record that matches the page's hand-coded event). The merge threshold (`MergeRules.min_score`) was chosen on the "
    "`tuned` part; `held-out` is the fixed quarter of incidents by `evaluation.splits.is_heldout` of the "
    "incident key, never tuned on. Development figures: they overstate accuracy on unseen coverage.")


def _dev_file(path: str | Path | None, name: str, expected: str) -> Path:
    """``path``, or the development file ``name`` in ``../shared/dev`` beside the repository; an EvalError naming the
    path and what to give (``expected``) when it is no file."""
    from eventcoder.errors import EvalError

    if path is None:
        from eventcoder.evaluation.suite import find_shared

        path = (find_shared() or Path(__file__).resolve().parents[4] / "shared") / "dev" / name
    source = Path(path)
    if not source.is_file():
        raise EvalError(f"{source}: not found; give {expected}")
    return source


def false_merges(path: str | Path | None = None, *, limit: int | None = None) -> dict[str, Any]:
    """False merges on a JSON-lines file of texts that each report a *distinct* event (``text`` field only).

    Default: ``../shared/dev/acled_notes_dev.jsonl`` beside the repository (5,801 ACLED notes, each
    a distinct ACLED event), so any merge across two texts is a false merge. Runs the real
    pipeline; slow (about a minute), so ``run()`` does not call it.
    """
    import json

    from eventcoder.ingest import document_from_text
    from eventcoder.pipeline import Pipeline

    source = _dev_file(path, "acled_notes_dev.jsonl", "the path of a JSON-lines file with a 'text' field per line")
    texts = []
    with source.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if limit is not None and n >= limit:
                break
            record = json.loads(line)
            texts.append((str(record.get("id") or n), record["text"]))  # the text only, never a coding
    docs = Pipeline.default().pipe(document_from_text(text, input_ref=ref) for ref, text in texts)
    with tempfile.TemporaryDirectory(prefix="eventcoder-dedup-fm-") as tmp:
        engine = open_engine(Path(tmp) / "fm.sqlite")
        try:
            summary = store_documents(docs, engine)
            with engine.connect() as conn:
                rows = conn.execute(select(event_sources.c.event_id, event_sources.c.document_id)
                                    .where(event_sources.c.event_id.is_not(None))).all()
                coded = conn.execute(select(func.count()).select_from(event_sources)).scalar() or 0
        finally:
            engine.dispose()
    docs_of: dict[str, set[str]] = {}
    for r in rows:
        docs_of.setdefault(r.event_id, set()).add(r.document_id)
    records = len(rows)
    return {
        "texts": len(texts),
        "event_records": coded,  # every record extraction coded (background ones included)
        "events": len(docs_of),
        "records_merged_across_texts": summary.events_merged + summary.records_copied,
        "events_from_several_texts": sum(1 for d in docs_of.values() if len(d) > 1),
        "texts_taken_as_copies": summary.documents_near_duplicate,
        "failures": len(summary.failures),
        "attached_records": records,
    }


def events_per_document(docs: list[Document]) -> list[int]:
    """Each document stored alone into a fresh store: how many events the store keeps of its records."""
    counts = []
    with tempfile.TemporaryDirectory(prefix="eventcoder-dedup-pages-") as tmp:
        for n, doc in enumerate(docs):
            if not doc.events:
                counts.append(0)
                continue
            engine = open_engine(Path(tmp) / f"page{n}.sqlite")
            try:
                store_documents([doc], engine)
                with engine.connect() as conn:
                    counts.append(conn.execute(select(func.count(func.distinct(event_sources.c.event_id)))
                                               .where(event_sources.c.event_id.is_not(None))).scalar() or 0)
            finally:
                engine.dispose()
    return counts


def page_figures(rows: list[tuple[int, int, int]]) -> dict[str, int]:
    """The page-level figure of (stored events, gold events, extracted records) per page: pages exact, over-split
    (more events than gold), under-split (fewer, though extraction coded as many records), short (extraction coded
    fewer records than gold events), and the totals."""
    out = {"pages": len(rows), "exact": 0, "over": 0, "under": 0, "extraction_short": 0,
           "stored_events": 0, "gold_events": 0, "records": 0}
    for stored, gold, records in rows:
        kind = "exact" if stored == gold else "over" if stored > gold else "under" if records >= gold \
            else "extraction_short"
        out[kind] += 1
        out["stored_events"] += stored
        out["gold_events"] += gold
        out["records"] += records
    return out


def page_events(path: str | Path | None = None) -> dict[str, int]:
    """A report's records grouped into incidents, measured by page: each page of a news-pages file
    (``../shared/dev/news_pages_dev.jsonl``: ``text`` and ``url`` read, ``gold.events`` counted) is extracted and
    stored alone into a fresh store, and its stored events are compared with its hand-coded event count
    (:func:`page_figures`). DEVELOPMENT figures."""
    import json

    from eventcoder.ingest import read
    from eventcoder.pipeline import Pipeline

    source = _dev_file(path, "news_pages_dev.jsonl", "a news-pages file (JSON lines with url, text and gold.events)")
    with source.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    with tempfile.TemporaryDirectory(prefix="eventcoder-dedup-pages-") as tmp:
        pages = Path(tmp) / "pages.jsonl"
        pages.write_text("".join(json.dumps({"id": r["id"], "url": r["url"], "text": r["text"]}) + "\n"
                                 for r in rows), encoding="utf-8")
        docs = [d for d in Pipeline.default().pipe(read(pages)) if isinstance(d, Document)]
    by_url = {d.url: d for d in docs}
    found = [by_url.get(r["url"]) for r in rows]
    stored = events_per_document([d for d in found if d is not None])
    counts = iter(stored)
    return page_figures([(next(counts) if d is not None else 0, len(r["gold"].get("events") or []),
                          len(d.events) if d is not None else 0) for r, d in zip(rows, found, strict=True)])
