"""Deduplication measured on real coverage: pages from several outlets about known incidents.

A clusters file (``../shared/dev/dedup_clusters_dev.jsonl``) holds news pages (``id``, ``url``, ``text``) and
their gold: the ``incident`` each page reports, the incidents it is easy to confuse with (``confusable_with``:
the same city days apart, the same method the same week) and the event as the page tells it. Every page is
ingested into one fresh store through the real path (``eventcoder ingest``), then the stored events are read
back as ``eventcoder events --format json`` gives them, and compared with the gold by page pairs:

- **page-pair precision / recall**: two pages *merged* share a stored event; they *should* when they report
  the same incident. ``confusable_merged`` counts merged pairs of confusable incidents (0 is right);
- **events per incident**: stored events holding a page of the incident, averaged (1.0 is right). It has two
  parts, measured apart: how many records extraction codes per page (``records_per_page``; one incident, one
  event is the engine's side) and how well the store merges the pages' records of the incident. The parts
  named ``one record per page`` measure the store alone: every page is stored with only its record that
  matches the page's hand-coded event (pages with none are left out), as if extraction coded one event per
  page, so the figures there are the store's merging of the records extraction gave it.

  The table *where the events per incident come from* splits the headline figure (which counts every event and
  stays the issue's metric): the incident once, its records stored apart (missed merges, by place), the same kind
  elsewhere, and two kinds of event ACLED codes as events of their own: another kind of event (looting beside a
  riot), and a record at another town on the incident's day: 25 km or more (``OTHER_TOWN_KM``) from every record
  placed at the incident's place, or in another district (admin2) when coordinates are missing, dated the page's
  hand-coded day (ACLED codes one event per location and day, so riots reported from three towns are three
  events). Events per incident is also given without each of them and without both.

The same figures are given for the whole set and for its two parts of a fixed split by incident
(:func:`eventcoder.evaluation.splits.is_heldout` of the incident key): merge thresholds may be tuned on the
``tuned`` part only, and the ``held-out`` part is the honest figure. These are DEVELOPMENT figures.

**Arrival orders.** Feeds deliver reports in any order, and the store decides as they arrive, so one order's
figures can be luck. With ``orders`` N > 1 the extracted pages are also stored into N fresh stores, each in
its own order (:func:`arrival_orders`: the file order, the reverse, then shuffles drawn with ``seed``), and
``ClusterReport.orders`` gives, per part, the worst and the median over the orders of pair precision, recall,
events per incident and confusable pairs merged (and, for ``all`` and ``tuned``, each order's figures; the
held-out part is given as the aggregate only).
"""

from __future__ import annotations

import copy
import itertools
import json
import random
import statistics
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventcoder.errors import EvalError
from eventcoder.evaluation.normalize import country_key, names_match
from eventcoder.evaluation.splits import is_heldout
from eventcoder.geo.distance import km_or_none
from eventcoder.model import Document

__all__ = ["ClusterReport", "DEFAULT_FILE", "arrival_orders", "evaluate_clusters", "order_figures", "is_clusters_file", "read_store", "score_events"]

DEFAULT_FILE = "dev/dedup_clusters_dev.jsonl"  # under the shared folder
_KIND = {"Battles": "violence", "Explosions/Remote violence": "violence", "Violence against civilians": "violence",
         "Protests": "crowd", "Riots": "crowd"}


@dataclass
class ClusterReport:
    """Page-pair scores of deduplication on a clusters file: ``parts`` maps all/tuned/held-out to figures."""

    path: str
    parts: dict[str, dict[str, Any]] = field(default_factory=dict)
    seconds: float = 0.0
    errors: list[dict[str, Any]] = field(default_factory=list)
    orders: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (errors: the wrongly merged and wrongly split page pairs; orders: over arrival orders)."""
        return {"path": self.path, "seconds": self.seconds, "parts": self.parts, "errors": self.errors,
                "orders": self.orders}

    def to_markdown(self) -> str:
        """The figures as Markdown: one row per part, then where each part's events per incident come from."""
        lines = ["| part | pages | incidents | pair precision | pair recall | confusable pairs merged | events per "
                 "incident | records per page |", "|" + "---|" * 8]
        for name, p in self.parts.items():
            lines.append(
                f"| {name} | {p['pages']} | {p['incidents']} | {p['pair_P']:.2f} | {p['pair_R']:.2f} | "
                f"{p['confusable_merged']} | {p['events_per_incident']:.2f} | {p['records_per_page']:.2f} |")
        gap = [(name, p["gap"]) for name, p in self.parts.items() if "gap" in p and not name.startswith("one record")]
        if gap:
            lines += ["", "Where the events per incident come from (stored events holding a page of the incident; the "
                      "headline above counts them all):", "",
                      "| part | events | the incident (one per incident) | the incident stored apart (missed "
                      "merges) | of them: at the incident's place / only coarser (province, country) / at another "
                      "town; siblings of a merged page | of the other towns: 25 km or more away (or another admin2) on "
                      "the incident's day (ACLED codes one event per location and day) | same kind elsewhere (another "
                      "place, a recalled incident) | another kind of event (ACLED codes it apart) | events per "
                      "incident without another kind | without another town's event of the day | without either |",
                      "|" + "---|" * 11]
            for name, g in gap:
                lines.append(f"| {name} | {g['events']} | {g['incident']} | {g['apart']} | {g['apart_here']} / "
                             f"{g['apart_coarser']} / {g['apart_other_town']}; {g['apart_siblings']} | "
                             f"{g['apart_other_town_same_day']} | {g['elsewhere']} | {g['other_kind']} | "
                             f"{g['per_incident_same_kind']:.2f} | {g['per_incident_one_place']:.2f} | "
                             f"{g['per_incident_acled_apart']:.2f} |")
        if self.orders:
            lines += ["", *_orders_markdown(self.orders)]
        return "\n".join(lines)


_ORDER_KEYS = (("pair_P", min), ("pair_R", min), ("events_per_incident", max), ("confusable_merged", max))


def _orders_markdown(orders: dict[str, Any]) -> list[str]:
    """The worst and median figures over the arrival orders, one row per part, then each order (not held-out)."""
    lines = [f"Over {orders['n']} arrival orders (file order, reversed, shuffles with seed {orders['seed']}): "
             "worst / median", "", "| part | pair precision | pair recall | events per incident | confusable pairs "
             "merged |", "|" + "---|" * 5]
    for name, figs in orders["parts"].items():
        cells = [f"{figs[k]['worst']:.2f} / {figs[k]['median']:.2f}" if k != "confusable_merged"
                 else f"{figs[k]['worst']} / {figs[k]['median']:g}" for k, _ in _ORDER_KEYS]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    for name, runs in orders.get("each", {}).items():
        lines += ["", f"Each order, {name} (precision, recall, events per incident, confusable pairs merged): "
                  + "; ".join(f"{r['pair_P']:.2f} {r['pair_R']:.2f} {r['events_per_incident']:.2f} "
                              f"{r['confusable_merged']}" for r in runs)]
    return lines


def arrival_orders(n: int, size: int, seed: int = 0) -> list[list[int]]:
    """``n`` arrival orders of ``size`` items: the file order, the reverse, then shuffles drawn with ``seed``."""
    base = list(range(size))
    out = [base, base[::-1]][:n]
    rng = random.Random(seed)
    while len(out) < n:
        order = base[:]
        rng.shuffle(order)
        out.append(order)
    return out


def order_figures(runs: list[dict[str, dict[str, Any]]], *, seed: int = 0) -> dict[str, Any]:
    """Worst and median, per part, of the figures of several arrival orders (``runs``: one ``parts`` dict each).

    Worst is the lowest precision and recall, the most events per incident and confusable pairs merged. Each
    order's figures are kept for ``all`` and ``tuned`` only: the held-out part is given as the aggregate.
    """
    parts: dict[str, Any] = {}
    for name in runs[0] if runs else ():
        parts[name] = {}
        for key, worst in _ORDER_KEYS:
            values = [run[name][key] for run in runs]
            parts[name][key] = {"worst": worst(values), "median": round(statistics.median(values), 4)}
    each = {name: [{k: run[name][k] for k, _ in _ORDER_KEYS} for run in runs] for name in ("all", "tuned")
            if runs and name in runs[0]}
    return {"n": len(runs), "seed": seed, "parts": parts, "each": each}


def is_clusters_file(path: str | Path) -> bool:
    """Whether the first record of a JSON-lines file has a gold ``incident`` (a clusters file)."""
    try:
        with Path(path).open(encoding="utf-8") as fh:
            first = next((line for line in fh if line.strip()), "")
        gold = json.loads(first).get("gold") if first else None
    except (OSError, ValueError, AttributeError):
        return False
    return isinstance(gold, dict) and "incident" in gold


def _load(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        raise EvalError(f"{path}: not found; give a clusters file (JSON lines with id, url, text and "
                        "gold.incident), e.g. ../shared/dev/dedup_clusters_dev.jsonl")
    rows = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                row["gold"]["incident"]  # noqa: B018 -- a clusters record must have one
            except (ValueError, KeyError, TypeError) as exc:
                raise EvalError(f"{path} line {n}: not a clusters record ({exc}); each line needs id, url, text "
                                "and gold.incident") from exc
            rows.append(row)
    return rows


_PageRecords = dict[str, list[tuple[str | None, dict[str, Any]]]]


def _extract(rows: list[dict[str, Any]], folder: Path) -> list[Document]:
    """The pages as ``eventcoder ingest`` reads and extracts them (text and URL only)."""
    from eventcoder.ingest import read
    from eventcoder.pipeline import Pipeline

    pages = folder / "pages.jsonl"
    with pages.open("w", encoding="utf-8") as out:
        for r in rows:
            out.write(json.dumps({"id": r["id"], "url": r["url"], "text": r["text"]}) + "\n")
    return [d for d in Pipeline.default().pipe(read(pages)) if isinstance(d, Document)]


def _store(docs: list[Document], rows: list[dict[str, Any]], target: str) -> tuple[list[dict[str, Any]], _PageRecords]:
    """Store the documents into ``target`` as ``eventcoder ingest`` does; the events and each page's records."""
    from eventcoder.store.db import open_engine
    from eventcoder.store.ingest import store_documents

    engine = open_engine(target)
    try:
        store_documents(copy.deepcopy(docs), engine)
    finally:
        engine.dispose()
    return read_store(rows, target)


def _one_record_per_page(docs: list[Document], rows: list[dict[str, Any]]) -> list[Document]:
    """Each page with only its record that matches the page's gold event (none when no record does)."""
    gold = {r["url"]: r["gold"]["event"] for r in rows}
    out = []
    for doc in docs:
        scored = [(_match_value(rec.to_dict(), gold.get(doc.url) or {}), -i) for i, rec in enumerate(doc.events)]
        best = max(scored, default=(0.0, 0))
        one = copy.copy(doc)
        one.events = [doc.events[-best[1]]] if best[0] > 0 else []
        out.append(one)
    return out


def read_store(rows: list[dict[str, Any]], target: str) -> tuple[list[dict[str, Any]], _PageRecords]:
    """The stored events (as ``eventcoder events --format json``) and each page's records with their event."""
    from sqlalchemy import select

    from eventcoder.store.db import open_engine
    from eventcoder.store.query import query_events
    from eventcoder.store.schema import documents, event_sources

    by_url = {r["url"]: r["id"] for r in rows}
    engine = open_engine(target)
    coded: _PageRecords = {r["id"]: [] for r in rows}
    stmt = select(documents.c.url, event_sources.c.event_id, event_sources.c.record, event_sources.c.profile).join(
        documents, documents.c.id == event_sources.c.document_id).order_by(
        event_sources.c.document_id, event_sources.c.record_index)
    try:
        with engine.connect() as conn:
            for url, event_id, record, profile in conn.execute(stmt):
                if url in by_url:
                    # the record's profile rides along (key "_profile") to explain the missed merges
                    coded[by_url[url]].append((event_id, {**json.loads(record), "_profile": json.loads(profile or "{}")}))
    finally:
        engine.dispose()
    return query_events(target), coded


def _page_events(rows: list[dict[str, Any]], events: list[dict[str, Any]]) -> dict[str, set[str]]:
    """Page id -> the ids of the stored events citing it, by URL as the scoring tool does."""
    by_url = {r["url"]: r["id"] for r in rows}
    out: dict[str, set[str]] = {r["id"]: set() for r in rows}
    for n, ev in enumerate(events):
        for src in ev.get("sources") or []:
            page = by_url.get(src.get("url"))
            if page is not None:
                out[page].add(str(ev.get("id", n)))
    return out


def _match_value(ev: dict[str, Any], gold: dict[str, Any]) -> float:
    """How well a stored event matches a page's gold event (0: not the incident)."""
    same_country = country_key(ev.get("country")) == country_key(gold.get("country"))
    place = str(gold.get("location") or "").split(" - ")[0]
    same_place = any(names_match(place, ev.get(k)) for k in ("location", "admin2", "admin1")) if place else False
    if not (same_country or same_place):
        return 0.0
    value = 2.0 * same_place + 1.0 * same_country
    if ev.get("event_type") == gold.get("event_type"):
        value += 1.0
    elif _KIND.get(ev.get("event_type") or "") and _KIND.get(ev.get("event_type") or "") == _KIND.get(
            gold.get("event_type") or ""):
        value += 0.5
    else:
        return 0.0
    return value


def _main_record(page: dict[str, Any], records: _PageRecords) -> tuple[str | None, dict[str, Any] | None]:
    """The event and the record of the page's record that best matches its gold event ((None, None): none does)."""
    scored = [(_match_value(rec, page["gold"]["event"]), -n, eid, rec)
              for n, (eid, rec) in enumerate(records.get(page["id"], [])) if eid is not None]
    best = max(scored, default=(0.0, 0, None, None), key=lambda x: (x[0], x[1]))
    return (best[2], best[3]) if best[0] > 0 else (None, None)


def _main_records(pages: list[dict[str, Any]], records: _PageRecords) -> dict[str, str | None]:
    """Page id -> the event of the page's record that best matches its gold event (None: no record does)."""
    return {r["id"]: _main_record(r, records)[0] for r in pages}


def _kind_of(event_type: str | None) -> str:
    return _KIND.get(event_type or "") or str(event_type)


def _event_class(eid: str, pages: list[dict[str, Any]], records: _PageRecords, main: dict[str, str | None]) -> str:
    """What a stored event holding a page of one incident is: ``incident`` (a page's record matching the page's
    event), ``part`` (another record that matches it), ``elsewhere`` (the incident's kind of event in another place:
    a misread place or an earlier incident recalled), ``other_kind`` (another kind of event: looting, a riot, a
    rocket attack beside an agreement, which ACLED codes as events of their own)."""
    held = [(p, rec) for p in pages for e, rec in records.get(p["id"], []) if e == eid]
    if any(main.get(p["id"]) == eid for p in pages):
        return "incident"
    if any(_match_value(rec, p["gold"]["event"]) > 0 for p, rec in held):
        return "part"
    if held and all(_kind_of(rec.get("event_type")) != _kind_of(p["gold"]["event"].get("event_type"))
                    for p, rec in held):
        return "other_kind"
    return "elsewhere"


def _at_place(eid: str, pages: list[dict[str, Any]], records: _PageRecords) -> str:
    """Where the event's records are against their pages' gold place: ``here`` (its location or district),
    ``coarser`` (only the province or the country, or no place), else ``town`` (another place of the country)."""
    found = "town"
    for p in pages:
        place = str(p["gold"]["event"].get("location") or "").split(" - ")[0]
        for e, rec in records.get(p["id"], []):
            if e != eid:
                continue
            if place and any(names_match(place, rec.get(k)) for k in ("location", "admin2")):
                return "here"
            if (rec.get("geo_precision") or 1) >= 3 or not rec.get("location") or not rec.get("admin1"):
                found = "coarser"
    return found


def _sibling(eid: str, pages: list[dict[str, Any]], records: _PageRecords, main: dict[str, str | None]) -> bool:
    """Whether the event holds only records of pages whose main record joined another event with another page of
    the incident (a page's sibling record left apart when the page merged), not a page that stayed apart."""
    holders = [p for p in pages if any(e == eid for e, _ in records.get(p["id"], []))]
    return bool(holders) and all(
        main.get(p["id"]) not in (None, eid)
        and any(q["id"] != p["id"] and main.get(q["id"]) == main.get(p["id"]) for q in pages)
        for p in holders)


# ACLED codes one event per location and day: a record 25 km or more from the incident's place (or in another
# district) on the incident's day is an event of its own, whatever the report it came from.
OTHER_TOWN_KM = 25.0


def _km(a: dict[str, Any], b: dict[str, Any]) -> float | None:
    """The great-circle distance (km) between two records' coordinates, None when one has none."""
    found = [a.get("latitude"), a.get("longitude"), b.get("latitude"), b.get("longitude")]
    return km_or_none(*(None if c is None else float(c) for c in found))


def _far_from(rec: dict[str, Any], ref: dict[str, Any]) -> bool:
    """Whether ``rec`` is at another place than ``ref`` that ACLED codes apart: 25 km or more away, or in another
    district (admin2) when a coordinate is missing."""
    km = _km(rec, ref)
    if km is not None:
        return km >= OTHER_TOWN_KM
    a2, b2 = str(rec.get("admin2") or "").casefold(), str(ref.get("admin2") or "").casefold()
    return bool(a2 and b2 and a2 != b2)


def _gold_place(page: dict[str, Any]) -> str:
    return str(page["gold"]["event"].get("location") or "").split(" - ")[0]


def _other_town_same_day(eid: str, pages: list[dict[str, Any]], records: _PageRecords) -> bool:
    """Whether every record of event ``eid`` is on its page's day of the incident (the page's hand-coded date)
    and far from every record placed at the incident's place (:func:`_far_from`): a town the reports tell beside
    the incident, which ACLED codes as an event of its own (one event per location and day), not a missed merge."""
    at_place = [rec for p in pages for _, rec in records.get(p["id"], [])
                if _gold_place(p) and any(names_match(_gold_place(p), rec.get(k)) for k in ("location", "admin2"))]
    held = [(p, rec) for p in pages for e, rec in records.get(p["id"], []) if e == eid]
    if not held or not at_place:
        return False
    return all(str(rec.get("event_date") or "")[:10] == str(p["gold"]["event"].get("date") or "?")[:10]
               and all(_far_from(rec, ref) for ref in at_place) for p, rec in held)


def _gap(pages: list[dict[str, Any]], per_inc: dict[str, set[str]], records: _PageRecords,
         main: dict[str, str | None]) -> dict[str, Any]:
    """The events per incident in parts: the incident once, its records stored apart (missed merges), the same
    kind of event elsewhere, and other kinds of event (separate events, not the store's errors).

    The records stored apart are split by place: ``apart_here`` holds a record at the incident's place as its page
    tells it (a missed merge, or a part of the incident its report told apart), ``apart_coarser`` only records
    placed in the province or the country (or nowhere), ``apart_other_town`` only records at another place of the
    country (another town the page tells, which ACLED codes as an event of its own; or a misread place).
    ``apart_siblings`` counts those holding only records of pages that did merge with another page of the incident
    (a page's other record left apart), against pages that stayed apart whole."""
    count = {"incident": 0, "part": 0, "elsewhere": 0, "other_kind": 0}
    ones = 0
    where_apart = {"here": 0, "coarser": 0, "town": 0}
    siblings = far = 0
    for incident, eids in per_inc.items():
        of_inc = [p for p in pages if p["gold"]["incident"] == incident]
        classes = {e: _event_class(e, of_inc, records, main) for e in sorted(eids)}
        for c in classes.values():
            count[c] += 1
        at = {e: _at_place(e, of_inc, records) for e, c in classes.items() if c in ("incident", "part")}
        ones += "incident" in classes.values()
        # one event is the incident itself (of the events holding a page's main record, one at its place if any)
        first = sorted((at[e] != "here", e) for e, c in classes.items() if c == "incident")[:1]
        for e, where in at.items():
            if not first or e != first[0][1]:
                where_apart[where] += 1
                siblings += _sibling(e, of_inc, records, main)
                far += where == "town" and _other_town_same_day(e, of_inc, records)
    total = sum(count.values())
    n_inc = max(1, len(per_inc))
    apart = count["incident"] - ones + count["part"]
    return {"events": total, "incident": ones, "apart": apart, "apart_here": where_apart["here"],
            "apart_coarser": where_apart["coarser"], "apart_other_town": where_apart["town"],
            "apart_siblings": siblings, "apart_other_town_same_day": far,
            "elsewhere": count["elsewhere"], "other_kind": count["other_kind"],
            "per_incident_same_kind": round((total - count["other_kind"]) / n_inc, 2),
            "per_incident_one_place": round((total - far) / n_inc, 2),
            "per_incident_acled_apart": round((total - count["other_kind"] - far) / n_inc, 2)}


def score_events(rows: list[dict[str, Any]], events: list[dict[str, Any]], *, records: _PageRecords | None = None,
                 subset: Iterable[str] | None = None) -> dict[str, Any]:
    """The page-pair figures of ``events`` (``eventcoder events --format json``) against the clusters' gold.

    ``records``: each page's coded records with their event id (from the store), for the per-page figures.
    """
    keep = set(subset) if subset is not None else {r["id"] for r in rows}
    pages = [r for r in rows if r["id"] in keep]
    records = records or {}
    inc = {r["id"]: r["gold"]["incident"] for r in pages}
    conf = {r["gold"]["incident"]: set(r["gold"].get("confusable_with") or []) for r in pages}
    page_events = _page_events(pages, events)
    main = _main_records(pages, records)
    tp = fp = fn = cm = main_tp = main_n = 0
    for a, b in itertools.combinations(sorted(inc), 2):
        same, merged = inc[a] == inc[b], bool(set(page_events[a]) & set(page_events[b]))
        tp, fp, fn = tp + (same and merged), fp + (merged and not same), fn + (same and not merged)
        cm += merged and (inc[b] in conf.get(inc[a], ()) or inc[a] in conf.get(inc[b], ()))
        if same and main[a] is not None and main[b] is not None:
            main_n += 1
            main_tp += main[a] == main[b]
    per_inc: dict[str, set[str]] = {}
    per_inc_main: dict[str, set[str]] = {}
    for r in pages:
        per_inc.setdefault(inc[r["id"]], set()).update(page_events[r["id"]])
        found = main[r["id"]]
        per_inc_main.setdefault(inc[r["id"]], set()).update([found] if found is not None else [])
    p = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    n_inc = max(1, len(per_inc))
    with_main = [v for v in per_inc_main.values() if v]
    return {
        "pages": len(pages), "incidents": len(per_inc), "pages_with_event": sum(bool(v) for v in page_events.values()),
        "pair_P": round(p, 4), "pair_R": round(rec, 4), "pair_F1": round(2 * p * rec / (p + rec), 4) if p + rec else 0.0,
        "confusable_merged": cm, "merged_pairs": tp + fp, "false_merges": fp,
        "events_per_incident": round(sum(len(v) for v in per_inc.values()) / n_inc, 2),
        "events_per_page": round(sum(len(v) for v in page_events.values()) / max(1, len(pages)), 2),
        "records_per_page": round(sum(len(records.get(r["id"], [])) for r in pages) / max(1, len(pages)), 2),
        "pages_matching_gold": sum(v is not None for v in main.values()),
        "main_events_per_incident": round(sum(len(v) for v in with_main) / max(1, len(with_main)), 2),
        "main_pair_recall": round(main_tp / main_n, 4) if main_n else 0.0,
        "gap": _gap(pages, per_inc, records, main),
    }


def _summary(rec: dict[str, Any]) -> dict[str, Any]:
    return {k: rec.get(k) for k in ("event_type", "sub_event_type", "event_date", "location", "admin1",
                                    "geo_precision", "actor1", "actor2", "fatalities")}


def _why_apart(pa: dict[str, Any], pb: dict[str, Any], records: _PageRecords) -> dict[str, Any]:
    """The two pages' main records (those matching their gold events) and their assessment: why not merged."""
    from eventcoder.dedup.merge import assess
    from eventcoder.dedup.profile import Profile
    from eventcoder.model import EventRecord

    (_, ra), (_, rb) = _main_record(pa, records), _main_record(pb, records)
    if ra is None or rb is None:
        return {"why": ["no record of " + (pa["id"] if ra is None else pb["id"]) + " matches its page's event"]}

    def load(rec: dict[str, Any]) -> tuple[EventRecord, Profile]:
        rest = {k: v for k, v in rec.items() if k != "_profile"}
        return EventRecord.from_dict(rest), Profile.from_dict(rec.get("_profile"))

    (a, prof_a), (b, prof_b) = load(ra), load(rb)
    found = assess(a, b, pa=prof_a, pb=prof_b)
    return {"records": [_summary(ra), _summary(rb)], "contradiction": found.failed or None,
            "score": found.score, "why": found.reasons}


def _errors(rows: list[dict[str, Any]], page_events: dict[str, set[str]],
            records: _PageRecords | None = None) -> list[dict[str, Any]]:
    """Every wrongly merged or wrongly split page pair, with its part of the split (filter on it: ``tuned``).

    A missed merge says why the pages' main records stayed apart (their assessment, ``merge.assess``).
    """
    inc = {r["id"]: r["gold"]["incident"] for r in rows}
    by_id = {r["id"]: r for r in rows}
    out = []
    for a, b in itertools.combinations(sorted(inc), 2):
        same, merged = inc[a] == inc[b], bool(set(page_events[a]) & set(page_events[b]))
        if same != merged:
            part = "held-out" if is_heldout(inc[a]) or is_heldout(inc[b]) else "tuned"
            row: dict[str, Any] = {"kind": "false merge" if merged else "missed merge", "part": part,
                                   "pages": [a, b], "incidents": sorted({inc[a], inc[b]})}
            if not merged and records is not None:
                row.update(_why_apart(by_id[a], by_id[b], records))
            out.append(row)
    return out


def errors_of_split(errors: list[dict[str, Any]], split: str | None) -> list[dict[str, Any]]:
    """The error rows of one part of the fixed split (``train``: tuned pairs only, ``heldout``: held-out only).

    A pair with a held-out page is held-out; reading errors to tune on asks for ``train``, which never shows one.
    """
    if split is None:
        return errors
    keep = "held-out" if split == "heldout" else "tuned"
    return [row for row in errors if row.get("part") == keep]


def _score_parts(rows: list[dict[str, Any]], events: list[dict[str, Any]], records: _PageRecords,
                 subsets: dict[str, set[str] | None]) -> dict[str, dict[str, Any]]:
    return {name: score_events(rows, events, records=records, subset=subset) for name, subset in subsets.items()}


def _over_orders(docs: list[Document], rows: list[dict[str, Any]], folder: Path, subsets: dict[str, set[str] | None],
                 orders: int, seed: int) -> dict[str, Any]:
    """Store the documents in ``orders`` arrival orders, each into a fresh store; the figures over the orders."""
    runs = []
    for n, order in enumerate(arrival_orders(orders, len(docs), seed)):
        events, records = _store([docs[i] for i in order], rows, str(folder / f"order{n}.sqlite"))
        runs.append(_score_parts(rows, events, records, subsets))
    return order_figures(runs, seed=seed)


def evaluate_clusters(path: str | Path | None = None, *, db: str | None = None, orders: int = 1,
                      seed: int = 0) -> ClusterReport:
    """Ingest a clusters file into a fresh store (or ``db``) and score the merges (see the module docstring).

    ``orders`` > 1 also stores the pages in that many arrival orders (``seed`` draws the shuffles) and gives
    the worst and median figures over them in ``ClusterReport.orders``.
    """
    if path is None:
        from eventcoder.evaluation.suite import find_shared

        shared = find_shared()
        if shared is None:
            raise EvalError("the shared folder (../shared beside the checkout, or $EVENTCODER_SHARED) is not "
                            "present; give the path of a clusters file")
        path = shared / DEFAULT_FILE
    source = Path(path)
    rows = _load(source)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="eventcoder-clusters-") as tmp:
        docs = _extract(rows, Path(tmp))
        events, records = _store(docs, rows, db or str(Path(tmp) / "clusters.sqlite"))
        alone, alone_records = _store(_one_record_per_page(docs, rows), rows, str(Path(tmp) / "one.sqlite"))
        heldout = {r["id"] for r in rows if is_heldout(r["gold"]["incident"])}
        subsets: dict[str, set[str] | None] = {"all": None, "tuned": {r["id"] for r in rows} - heldout,
                                               "held-out": heldout}
        spread = _over_orders(docs, rows, Path(tmp), subsets, orders, seed) if orders > 1 else {}
    report = ClusterReport(str(path), seconds=round(time.perf_counter() - started, 1), orders=spread)
    tuned = {r["id"] for r in rows} - heldout
    report.parts.update(_score_parts(rows, events, records, subsets))
    matched = {pid for pid, recs in alone_records.items() if recs}
    for name, subset in (("all", matched), ("tuned", tuned & matched), ("held-out", heldout & matched)):
        report.parts[f"one record per page: {name}"] = score_events(rows, alone, records=alone_records, subset=subset)
    report.errors = _errors(rows, _page_events(rows, events), records)
    return report
