"""Match predicted events to gold events within one document, with documented tolerances.

A predicted event is *compatible* with a gold event when, for each of the three checks the
gold codes (a check the gold does not code is skipped):

* type: the same ``event_type``;
* place: within ``PLACE_KM`` km of one of the gold event's places, or the same place name
  (location or district, whole words) in a country that does not contradict the gold;
  when the gold gives only a country, the same country;
* date: within ``DATE_DAYS`` days of ``event_date`` (or of the range up to ``event_date_end``).

Each gold event is first aligned one-to-one with a prediction: as many compatible pairs as
possible (a maximum matching, more similar pairs preferred), then the most similar of the rest
(any pair may align, so that a wrong type still shows in the confusion matrix). Remaining predictions that
are compatible with a gold event at a place or day its other predictions do not cover are
*splits* of it (ACLED codes one event per place and day); any other leftover is spurious, and
a second prediction for the same place and day is a duplicate.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from eventcoder.evaluation.gold import GoldDoc, GoldEvent
from eventcoder.evaluation.normalize import (
    actor_key,
    as_float,
    as_int,
    country_key,
    haversine_km,
    names_match,
    norm,
    parse_date,
)

__all__ = ["DATE_DAYS", "PLACE_KM", "DocResult", "Pair", "PredEvent", "checks", "match_document"]

PLACE_KM = 25.0
DATE_DAYS = 1


@dataclass(slots=True)
class PredEvent:
    """One predicted event (the ACLED-named dict of a prediction file) and its position in the document."""

    fields: dict[str, Any]
    index: int
    role: str = "spurious"  # primary, split, duplicate or spurious
    correct: bool = False
    lenient: bool = False

    def get(self, name: str) -> Any:
        """The value of a field, None when missing or empty."""
        value = self.fields.get(name)
        return None if value == "" else value

    @property
    def point(self) -> tuple[float, float] | None:
        """(latitude, longitude) when both are given."""
        lat, lon = as_float(self.fields.get("latitude")), as_float(self.fields.get("longitude"))
        return (lat, lon) if lat is not None and lon is not None else None

    @property
    def country(self) -> str | None:
        """ISO alpha-3 of the predicted country (from ``country`` or the numeric ``iso``)."""
        return country_key(self.get("country")) or country_key(self.get("iso"))

    @property
    def confidence(self) -> float:
        """The system's confidence, 0 when not given."""
        return as_float(self.fields.get("confidence")) or 0.0


@dataclass(slots=True)
class Pair:
    """A gold event and the predictions attached to it (the aligned one and its splits)."""

    gold: GoldEvent
    primary: PredEvent | None = None
    splits: list[PredEvent] = field(default_factory=list)
    checks: dict[str, bool | None] = field(default_factory=dict)

    @property
    def strict(self) -> bool:
        """Detected: aligned and compatible on every coded check."""
        return self.primary is not None and all(v is not False for v in self.checks.values())

    @property
    def lenient(self) -> bool:
        """Detected when the event type is ignored (place and date only)."""
        return self.primary is not None and self.checks.get("place") is not False and self.checks.get("date") is not False

    @property
    def attached(self) -> list[PredEvent]:
        """The aligned prediction and its splits."""
        return ([self.primary] if self.primary else []) + self.splits


@dataclass(slots=True)
class DocResult:
    """The outcome of matching one gold document against its predictions."""

    doc: GoldDoc
    preds: list[PredEvent]
    predicted: bool  # the prediction file has a line for this document
    failure: str | None = None
    pairs: list[Pair] = field(default_factory=list)

    @property
    def spurious(self) -> list[PredEvent]:
        """Predictions that match no gold event (false positives), duplicates included."""
        return [p for p in self.preds if p.role in ("spurious", "duplicate")]

    @property
    def exact(self) -> bool:
        """The document coded as the gold codes it: an event found where (and only where) there is one, every gold
        event matched with its sub-event type, no spurious event, and the totals of killed and injured in range."""
        if self.doc.events is not None:
            if bool(self.doc.events) != bool(self.preds) or self.spurious:
                return False
            for pair in self.pairs:
                if not pair.strict or pair.primary is None or (
                        pair.gold.get("sub_event_type") and norm(pair.gold.get("sub_event_type"))
                        != norm(pair.primary.get("sub_event_type"))):
                    return False
        for name, total in (("fatalities", self.doc.total_fatalities), ("injuries", self.doc.total_injuries)):
            predicted = sum(as_int(p.get(name)) or 0 for p in self.preds)
            if total is not None and not total[1] <= predicted <= total[2]:
                return False
        return True


def _gold_country(g: GoldEvent) -> set[str]:
    keys = {country_key(loc.country) for loc in g.locations} | {country_key(g.get("country")),
                                                                  country_key(g.get("country_iso3"))}
    return {k for k in keys if k}


def nearest_location(g: GoldEvent, p: PredEvent) -> tuple[int | None, float | None]:
    """Index of the gold place nearest to the prediction and its distance in km (None when not measurable)."""
    point = p.point
    best: tuple[int | None, float | None] = (None, None)
    if point is None:
        return best
    for i, loc in enumerate(g.locations):
        if loc.latitude is not None and loc.longitude is not None:
            d = haversine_km(point[0], point[1], loc.latitude, loc.longitude)
            if best[1] is None or d < best[1]:
                best = (i, d)
    return best


def _name_location(g: GoldEvent, p: PredEvent) -> int | None:
    """Index of the gold place named like the prediction, compared at the finest level the gold codes."""
    for i, loc in enumerate(g.locations):
        if loc.location or loc.admin2:
            gold_names, pred_names = [loc.location, loc.admin2], [p.get("location"), p.get("admin2")]
        else:
            gold_names, pred_names = [loc.admin1], [p.get("admin1"), p.get("location")]
        if any(names_match(a, b) for a in pred_names for b in gold_names if a and b):
            return i
    return None


def _place_check(g: GoldEvent, p: PredEvent) -> bool | None:
    countries = _gold_country(g)
    pred_country = p.country
    if countries and pred_country and pred_country not in countries:
        return False  # a same-name place in another country is another place
    if not g.locations:
        return None if not countries else pred_country in countries
    _, km = nearest_location(g, p)
    if km is not None and km <= PLACE_KM:
        return True
    return _name_location(g, p) is not None


def _date_check(g: GoldEvent, p: PredEvent) -> bool | None:
    start = parse_date(g.get("event_date"))
    if start is None:
        return None
    end = parse_date(g.get("event_date_end")) or start
    day = parse_date(p.get("event_date"))
    if day is None:
        return False
    return start - timedelta(days=DATE_DAYS) <= day <= end + timedelta(days=DATE_DAYS)


def checks(g: GoldEvent, p: PredEvent) -> dict[str, bool | None]:
    """The three matching checks: True, False, or None when the gold does not code it."""
    gold_type = g.get("event_type")
    return {
        "type": None if not gold_type else norm(gold_type) == norm(p.get("event_type")),
        "place": _place_check(g, p),
        "date": _date_check(g, p),
    }


def _similarity(g: GoldEvent, p: PredEvent, c: dict[str, bool | None]) -> float:
    score = float(sum(v is True for v in c.values()))
    if g.get("sub_event_type") and norm(g.get("sub_event_type")) == norm(p.get("sub_event_type")):
        score += 0.5
    if g.get("actor1") and actor_key(g.get("actor1")) == actor_key(p.get("actor1")):
        score += 0.25
    if g.get("event_date") and parse_date(g.get("event_date")) == parse_date(p.get("event_date")):
        score += 0.1  # two events a day apart at one place: each aligns with its own day
    return score


def _slot(g: GoldEvent, p: PredEvent) -> tuple[Any, Any]:
    """Which place and day of the gold event a prediction covers; two predictions on one slot are duplicates."""
    index, _ = nearest_location(g, p)
    if index is None:
        index = _name_location(g, p)
    return (index, p.get("event_date"))


def match_document(doc: GoldDoc, pred_events: list[dict[str, Any]], *, predicted: bool = True,
                   failure: str | None = None) -> DocResult:
    """Align, split and classify the predictions of one document (see the module docstring)."""
    preds = [PredEvent(dict(e), i) for i, e in enumerate(pred_events) if isinstance(e, dict)]
    result = DocResult(doc, preds, predicted, failure)
    if doc.events is None:  # coded at document level only: totals are scored, events are not
        return result
    pairs = [Pair(g) for g in doc.events]
    result.pairs = pairs
    candidates: list[tuple[float, int, int, dict[str, bool | None]]] = []
    for gi, pair in enumerate(pairs):
        for pi, p in enumerate(preds):
            c = _doc_checks(doc, pair.gold, p)
            candidates.append((_similarity(pair.gold, p, c), gi, pi, c))
    # Best similarity first; ties go to the earlier gold event and the earlier (primary) prediction.
    candidates.sort(key=lambda t: (-t[0], t[1], t[2]))
    checks_of = {(gi, pi): c for _, gi, pi, c in candidates}
    # First as many compatible pairs as possible (a greedy choice could take the one prediction that a
    # second gold event needed), then the most similar of the rest.
    assigned = _max_compatible(candidates, len(pairs))
    used: set[int] = set()
    for gi, pi in assigned.items():
        pairs[gi].primary, pairs[gi].checks = preds[pi], checks_of[(gi, pi)]
        preds[pi].role = "primary"
        used.add(pi)
    for _, gi, pi, c in candidates:
        if pairs[gi].primary is None and pi not in used:
            pairs[gi].primary, pairs[gi].checks = preds[pi], c
            preds[pi].role = "primary"
            used.add(pi)
    _attach_splits(doc, pairs, preds, used)
    for pair in pairs:
        for p in pair.attached:
            p.correct = p.role == "split" or pair.strict
            p.lenient = p.role == "split" or pair.lenient
    return result


def _max_compatible(candidates: list[tuple[float, int, int, dict[str, bool | None]]], n_gold: int) -> dict[int, int]:
    """A maximum matching of gold events to compatible predictions (augmenting paths; documents are small).

    Edges are tried in similarity order, so among maximum matchings the more similar pairs are preferred.
    """
    edges: dict[int, list[int]] = {gi: [] for gi in range(n_gold)}
    for _, gi, pi, c in candidates:
        if all(v is not False for v in c.values()):
            edges[gi].append(pi)
    owner: dict[int, int] = {}  # prediction -> gold

    def augment(gi: int, seen: set[int]) -> bool:
        for pi in edges[gi]:
            if pi in seen:
                continue
            seen.add(pi)
            if pi not in owner or augment(owner[pi], seen):
                owner[pi] = gi
                return True
        return False

    for gi in range(n_gold):
        augment(gi, set())
    return {gi: pi for pi, gi in owner.items()}


def _doc_checks(doc: GoldDoc, g: GoldEvent, p: PredEvent) -> dict[str, bool | None]:
    return {k: None if k in doc.unchecked else v for k, v in checks(g, p).items()}


def _attach_splits(doc: GoldDoc, pairs: list[Pair], preds: list[PredEvent], used: set[int]) -> None:
    slots: dict[int, set[tuple[Any, Any]]] = {
        gi: {_slot(pair.gold, pair.primary)} for gi, pair in enumerate(pairs) if pair.primary is not None
    }
    for pi, p in enumerate(preds):
        if pi in used:
            continue
        for gi, pair in enumerate(pairs):
            c = _doc_checks(doc, pair.gold, p)
            if not all(v is not False for v in c.values()):
                continue
            if pair.primary is not None and not pair.strict:
                # The aligned prediction was wrong but this one fits: it takes its place.
                pair.primary.role = "spurious"
                pair.primary, pair.checks, p.role = p, c, "primary"
                slots[gi] = {_slot(pair.gold, p)}
                break
            slot = _slot(pair.gold, p)
            if slot in slots.setdefault(gi, set()):
                p.role = "duplicate"
                continue
            slots[gi].add(slot)
            p.role = "split"
            pair.splits.append(p)
            break
