"""Aggregate matched documents into scores: detection, fields, counts, places, confusion, reliability."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from datetime import timedelta
from typing import Any

from eventcoder.evaluation.gold import GoldEvent, count_range
from eventcoder.evaluation.matching import DocResult, Pair, PredEvent, nearest_location
from eventcoder.evaluation.normalize import (
    actor_key,
    as_int,
    country_key,
    names_match,
    norm,
    parse_date,
)

__all__ = ["FIELDS", "aggregate", "confusion", "label_scores", "reliability", "slice_summary"]

MISSED = "(missed)"
SPURIOUS = "(spurious)"
RADII_KM = (10, 25, 100)
BUCKETS = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0000001)
WINDOW_DAYS = 7


def _same_text(g: Any, p: Any) -> bool:
    return norm(g) == norm(p)


def _same_actor(g: Any, p: Any) -> bool:
    return actor_key(g) == actor_key(p)


def _inter_name(value: Any) -> str:
    # Older ACLED exports give actor types as numbers 1-8; compare by name.
    from eventcoder.vocab import Inter

    number = as_int(value)
    if number is not None and str(value).strip().isdigit():
        names = [i.value for i in Inter]
        return norm(names[number - 1]) if 1 <= number <= len(names) else ""
    return norm(value)


def _same_date(g: GoldEvent, p: PredEvent) -> bool:
    start, day = parse_date(g.get("event_date")), parse_date(p.get("event_date"))
    end = parse_date(g.get("event_date_end")) or start
    return start is not None and day is not None and end is not None and start <= day <= end


# Field -> how a primary prediction is compared with the gold event (exact after normalisation).
FIELDS: dict[str, Callable[[GoldEvent, PredEvent], bool]] = {
    "event_type": lambda g, p: _same_text(g.get("event_type"), p.get("event_type")),
    "sub_event_type": lambda g, p: _same_text(g.get("sub_event_type"), p.get("sub_event_type")),
    "actor1": lambda g, p: _same_actor(g.get("actor1"), p.get("actor1")),
    "actor2": lambda g, p: _same_actor(g.get("actor2"), p.get("actor2")),
    "inter1": lambda g, p: _inter_name(g.get("inter1")) == _inter_name(p.get("inter1")),
    "event_date": _same_date,
    "country": lambda g, p: (country_key(g.get("country")) or country_key(g.get("country_iso3"))) == p.country,
    "admin1": lambda g, p: names_match(g.get("admin1"), p.get("admin1")),
    "location": lambda g, p: any(names_match(loc.location, p.get("location")) for loc in g.locations),
}


def _ratio(num: float, den: float) -> float | None:
    return round(num / den, 4) if den else None


def _prf(tp_pred: int, n_pred: int, tp_gold: int, n_gold: int) -> dict[str, Any]:
    p, r = _ratio(tp_pred, n_pred), _ratio(tp_gold, n_gold)
    f1 = round(2 * p * r / (p + r), 4) if p is not None and r is not None and p + r else (0.0 if p is not None and r is not None else None)
    return {"precision": p, "recall": r, "f1": f1}


Count = tuple[int, tuple[int, int, int]]


def _count_scores(pairs: Iterable[Count]) -> dict[str, Any]:
    """exact, within the gold range, within max(1, 10%) and mean absolute error of (predicted, gold) pairs."""
    rows = list(pairs)
    n = len(rows)
    exact = in_range = within = 0
    abs_err = 0.0
    for pred, (point, low, high) in rows:
        exact += pred == point
        in_range += low <= pred <= high
        within += abs(pred - point) <= max(1.0, 0.1 * point) or low <= pred <= high
        # Error to the nearest accepted value: a figure inside the gold range is no error.
        abs_err += 0.0 if low <= pred <= high else min(abs(pred - low), abs(pred - high))
    return {"n": n, "exact": _ratio(exact, n), "in_range": _ratio(in_range, n),
            "within_10pct": _ratio(within, n), "mae": round(abs_err / n, 3) if n else None}


def _size_class(low: int) -> str:
    return "0" if low == 0 else "1" if low == 1 else "2-10" if low <= 10 else ">10"


def _pred_total(preds: list[PredEvent], name: str) -> int:
    return sum(as_int(p.get(name)) or 0 for p in preds)


def _event_counts(pairs: list[Pair], name: str) -> list[Count]:
    rows = []
    for pair in pairs:
        gold = pair.gold.fatality_range if name == "fatalities" else _inj_range(pair.gold)
        if gold is None or pair.primary is None:
            continue
        rows.append((_pred_total(pair.attached, name), gold))
    return rows


def _inj_range(g: GoldEvent) -> tuple[int, int, int] | None:
    return count_range(g.get("injuries"), g.get("injuries_low"), g.get("injuries_high"))


def _counts(results: list[DocResult], pairs: list[Pair], name: str) -> dict[str, Any]:
    totals = []
    for r in results:
        gold = r.doc.total_fatalities if name == "fatalities" else r.doc.total_injuries
        if gold is not None:
            totals.append((_pred_total(r.preds, name), gold))
    by_size: dict[str, list[Count]] = defaultdict(list)
    for row in totals:
        by_size[_size_class(row[1][0])].append(row)
    return {
        "events": _count_scores(_event_counts(pairs, name)),
        "totals": _count_scores(totals),
        "totals_by_gold_size": {k: _count_scores(v) for k, v in sorted(by_size.items())},
    }


def _location(results: list[DocResult], pairs: list[Pair]) -> dict[str, Any]:
    within = Counter[int]()
    n_points = no_coords = 0
    admin_n = admin_ok = country_n = country_ok = country_missing = 0
    for pair in pairs:
        g, p = pair.gold, pair.primary
        if any(loc.has_point for loc in g.locations):
            n_points += 1
            km = nearest_location(g, p)[1] if p is not None else None
            if km is None:
                no_coords += 1
            else:
                for radius in RADII_KM:
                    within[radius] += km <= radius
        if g.get("admin1"):
            admin_n += 1
            admin_ok += p is not None and FIELDS["admin1"](g, p)
        if g.get("country") or g.get("country_iso3"):
            country_n += 1
            country_ok += p is not None and FIELDS["country"](g, p)
            country_missing += p is None
    wrong = n_with_country = 0
    for r in results:
        gold_countries = {k for pair in r.pairs for k in (country_key(pair.gold.get("country")),
                                                           country_key(pair.gold.get("country_iso3"))) if k}
        if not gold_countries:
            continue
        for p in r.preds:
            if p.country:
                n_with_country += 1
                wrong += p.country not in gold_countries
    out: dict[str, Any] = {"n_with_coordinates": n_points}
    for radius in RADII_KM:
        out[f"within_{radius}km"] = _ratio(within[radius], n_points)
    out.update({
        "no_coordinates": _ratio(no_coords, n_points),
        "same_admin1": _ratio(admin_ok, admin_n), "n_admin1": admin_n,
        "same_country": _ratio(country_ok, country_n), "n_country": country_n,
        # "same country" counts a gold event without any prediction as a miss; this share says how many of the
        # misses are that (no event found), not a country coded wrong
        "no_prediction": _ratio(country_missing, country_n),
        "wrong_country_rate": _ratio(wrong, n_with_country), "n_predicted_with_country": n_with_country,
    })
    return out


def _detection(pairs: list[Pair], preds: list[PredEvent]) -> dict[str, Any]:
    n_gold, n_pred = len(pairs), len(preds)
    why = Counter[str]()
    for pair in pairs:
        if pair.primary is None:
            why["no prediction left"] += 1
        elif not pair.strict:
            why.update(k for k, v in pair.checks.items() if v is False)
    return {
        "gold_events": n_gold,
        "predicted_events": n_pred,
        "matched_gold": sum(p.strict for p in pairs),
        "correct_predictions": sum(p.correct for p in preds),
        **_prf(sum(p.correct for p in preds), n_pred, sum(p.strict for p in pairs), n_gold),
        "splits": sum(p.role == "split" for p in preds),
        "duplicates": sum(p.role == "duplicate" for p in preds),
        "spurious": sum(p.role == "spurious" for p in preds),
        "ignoring_type": _prf(sum(p.lenient for p in preds), n_pred, sum(p.lenient for p in pairs), n_gold),
        # A missed event may fail several checks; each failing check is counted.
        "missed_because": {k: why[k] for k in ("no prediction left", "type", "place", "date") if why[k]},
    }


def _document_detection(results: list[DocResult]) -> dict[str, Any]:
    docs = Counter[str]()
    for r in results:
        gold_has = bool(r.doc.events) if r.doc.events is not None else (
            True if r.doc.total_fatalities and r.doc.total_fatalities[1] > 0 else None)
        if gold_has is None:
            continue
        docs[("t" if gold_has == bool(r.preds) else "f") + ("p" if r.preds else "n")] += 1
    return {"tp": docs["tp"], "fp": docs["fp"], "fn": docs["fn"], "tn": docs["tn"],
            **_prf(docs["tp"], docs["tp"] + docs["fp"], docs["tp"], docs["tp"] + docs["fn"]),
            "accuracy": _ratio(docs["tp"] + docs["tn"], sum(docs.values()))}


def _fields(pairs: list[Pair]) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    for name, same in FIELDS.items():
        coded = [pair for pair in pairs if pair.gold.get(name) is not None
                 or (name == "country" and pair.gold.get("country_iso3"))
                 or (name == "location" and any(loc.location for loc in pair.gold.locations))]
        if name == "location":
            coded = [pair for pair in coded if any(loc.location for loc in pair.gold.locations)]
        ok = sum(pair.primary is not None and same(pair.gold, pair.primary) for pair in coded)
        aligned = sum(pair.primary is not None for pair in coded)
        fields[name] = {"n": len(coded), "accuracy": _ratio(ok, len(coded)), "accuracy_when_aligned": _ratio(ok, aligned)}
    return fields


def _dates_outside_window(scored: list[DocResult]) -> dict[str, Any]:
    """Events dated well outside the gold events' dates are usually background (earlier years, past campaigns)."""
    outside = dated = 0
    for r in scored:
        starts = [parse_date(pair.gold.get("event_date")) for pair in r.pairs]
        ends = [parse_date(pair.gold.get("event_date_end")) or parse_date(pair.gold.get("event_date")) for pair in r.pairs]
        if not starts or any(d is None for d in starts) or "date" in r.doc.unchecked:
            continue
        low = min(d for d in starts if d is not None) - timedelta(days=WINDOW_DAYS)
        high = max(d for d in ends if d is not None) + timedelta(days=WINDOW_DAYS)
        for p in r.preds:
            day = parse_date(p.get("event_date"))
            if day is not None:
                dated += 1
                outside += not low <= day <= high
    return {"n_predicted_with_date": dated, "rate": _ratio(outside, dated), "window_days": WINDOW_DAYS}


def _first_prediction(scored: list[DocResult]) -> dict[str, float | None]:
    """What a judge that reads only the first predicted event sees (one gold event per document)."""
    firsts = [(r.pairs[0].gold, r.preds[0] if r.preds else None) for r in scored if r.pairs]
    return {
        name: _ratio(sum(p is not None and FIELDS[name](g, p) for g, p in firsts if g.get(name)),
                     sum(1 for g, _ in firsts if g.get(name)))
        for name in ("event_type", "sub_event_type")
    }


def aggregate(results: list[DocResult]) -> dict[str, Any]:
    """All scores over a list of matched documents (see docs/evaluation.md for each definition)."""
    scored = [r for r in results if r.doc.events is not None]
    pairs = [pair for r in scored for pair in r.pairs]
    preds = [p for r in scored for p in r.preds]
    return {
        "documents": len(results),
        "documents_without_prediction": sum(not r.predicted for r in results),
        "documents_failed": sum(r.failure is not None for r in results),
        "detection": _detection(pairs, preds),
        "document_detection": _document_detection(results),
        "fields": _fields(pairs),
        "first_prediction": _first_prediction(scored),
        "dates_outside_window": _dates_outside_window(scored),
        "fatalities": _counts(results, pairs, "fatalities"),
        "injuries": _counts(results, pairs, "injuries"),
        "location": _location(scored, pairs),
    }


def confusion(results: list[DocResult], name: str = "event_type") -> dict[str, dict[str, int]]:
    """Gold label -> predicted label -> count; misses and spurious predictions in their own row/column."""
    table: dict[str, Counter[str]] = defaultdict(Counter)
    for r in results:
        for pair in r.pairs:
            gold = pair.gold.get(name)
            if not gold:
                continue
            pred = (pair.primary.get(name) or "(none)") if pair.primary else MISSED
            table[gold][pred] += 1
        if any(pair.gold.get(name) for pair in r.pairs) or r.doc.events == []:
            for p in r.spurious:
                table[SPURIOUS][p.get(name) or "(none)"] += 1
    return {g: dict(sorted(row.items())) for g, row in sorted(table.items())}


def label_scores(table: dict[str, dict[str, int]]) -> dict[str, Any]:
    """Per-label precision, recall and F1 from a confusion table, and their macro average over gold labels."""
    labels = sorted(g for g in table if g != SPURIOUS)
    per_label: dict[str, Any] = {}
    for label in labels:
        tp = table[label].get(label, 0)
        fn = sum(table[label].values()) - tp
        fp = sum(row.get(label, 0) for g, row in table.items() if g != label)
        scores = _prf(tp, tp + fp, tp, tp + fn)
        if tp == 0 and tp + fn:
            scores["f1"] = 0.0  # a gold type never predicted right scores 0, not "undefined"
        per_label[label] = {"n": tp + fn, **scores}
    f1s = [v["f1"] for v in per_label.values() if v["f1"] is not None]
    return {"macro_f1": round(sum(f1s) / len(f1s), 4) if f1s else None, "per_label": per_label}


def reliability(results: list[DocResult]) -> list[dict[str, Any]]:
    """Precision of the predictions by confidence bucket: higher confidence should mean higher precision."""
    rows = []
    preds = [p for r in results if r.doc.events is not None for p in r.preds]
    for low, high in zip(BUCKETS, BUCKETS[1:], strict=False):
        inside = [p for p in preds if low <= p.confidence < high]
        rows.append({"confidence": f"{low:.1f}-{min(high, 1.0):.1f}", "n": len(inside),
                     "correct": sum(p.correct for p in inside), "precision": _ratio(sum(p.correct for p in inside), len(inside))})
    return rows


def slice_summary(results: list[DocResult]) -> dict[str, Any]:
    """The headline scores of one slice: sizes, detection, event type and fatality totals."""
    full = aggregate(results)
    return {
        "documents": full["documents"],
        "gold_events": full["detection"]["gold_events"],
        "predicted_events": full["detection"]["predicted_events"],
        "precision": full["detection"]["precision"],
        "recall": full["detection"]["recall"],
        "f1": full["detection"]["f1"],
        "event_type": full["fields"]["event_type"]["accuracy"],
        "fatalities_total_exact": full["fatalities"]["totals"]["exact"],
        "location_within_25km": full["location"]["within_25km"],
    }
