"""Event-level merging across reports: when two EventRecords describe one real-world event.

Two records are *compatible* (``compatible(a, b)``) when nothing in them contradicts one event:

- same ``event_type`` (the sub-event type may differ; the canonical event takes the one highest
  in ACLED's hierarchy, as ACLED does when tactics co-occur);
- compatible dates: the same day when both are exact, within the period when one is vague
  (a week: 4 days either side of its midpoint; a month: 16 days), any date when one is unknown;
- the same place: when both are town-precise (geo_precision 1), the same location (ACLED codes
  one event per location: two different names are two events unless they lie within
  ``max_km_same_place``, one place spelled two ways, or one is a "City - District" of the other)
  within ``max_km``; wider when one is "near" a town (2); the same admin1 when one is only
  province-precise (3); the same admin2 or location name when coordinates are missing; never two
  different countries;
- compatible actors: the named (non-generic) actors of one overlap the other's, or one names
  none ("gunmen" vs "Unidentified Armed Group" vs "al-Shabaab"); in Violence against civilians
  and Explosions/Remote violence only the perpetrator (actor1) counts (shelling of a town by one
  side and by the other are two events); associated actors,
  when both name some, overlap (two protests by different groups are two events).

Clusters use complete linkage: a record joins an event only if it is compatible with every
record already in it, so a vague report cannot chain two distinct events together. Among
compatible events the highest ``score`` wins. A document never supports one event twice.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from eventcoder.model import EventRecord
from eventcoder.vocab import SubEventType

__all__ = ["Compatibility", "MergeRules", "compatible", "score"]

_GENERIC = re.compile(r"^(unidentified|unknown|civilians|protesters|rioters|private security)\b", re.I)
_YEARS = re.compile(r"\s*\(\d{4}-(\d{4})?\)")
_SUB_ORDER = {s.value: i for i, s in enumerate(SubEventType)}
# One-sided event types: actor1 is the perpetrator (the target of violence against civilians is
# always actor2; a remote attack's actor1 is the side that fired), so only actor1 identifies them.
_ONE_SIDED = ("Violence against civilians", "Explosions/Remote violence")


@dataclass(frozen=True)
class MergeRules:
    """Thresholds of event-level merging (user-tunable)."""

    max_km: float = 10.0  # both town-precise: ACLED codes the town centroid, so one town is a few km
    max_km_same_place: float = 2.0  # two names this close are one place spelled two ways
    max_km_near: float = 25.0  # one says "near" a town (geo_precision 2)
    max_km_region: float = 100.0  # one is province-precise and admin1 is unknown
    week_days: int = 4  # a week-precise date is the midpoint of its week: +-3 days, +1 for adjacency
    month_days: int = 16


@dataclass
class Compatibility:
    """The outcome of comparing two records, with the reasons (for ``events show``)."""

    ok: bool
    reasons: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return self.ok


def _iso(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _km(a: EventRecord, b: EventRecord) -> float | None:
    if a.latitude is None or a.longitude is None or b.latitude is None or b.longitude is None:
        return None
    la1, lo1, la2, lo2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _norm(value: str | None) -> str:
    return re.sub(r"\s+", " ", value or "").strip().casefold()


def norm_actor(name: str | None) -> str:
    """An actor name without its regime years, case-folded: 'Military Forces of Syria (2000-)' -> '...syria'."""
    return _norm(_YEARS.sub("", name or ""))


def _named(rec: EventRecord) -> set[str]:
    sides = [rec.actor1] if rec.event_type in _ONE_SIDED else [rec.actor1, rec.actor2]
    return {norm_actor(a) for a in sides if a and not _GENERIC.match(a.strip())}


def dates_compatible(a: EventRecord, b: EventRecord, rules: MergeRules) -> tuple[bool, str]:
    """Whether the two event dates can be one day (see the module docstring)."""
    da, db = _iso(a.event_date), _iso(b.event_date)
    if da is None or db is None:
        return True, "one date unknown"
    gap = abs((da - db).days)
    vague = max(a.time_precision or 1, b.time_precision or 1)
    if vague >= 3:
        ok = gap <= rules.month_days or (da.year, da.month) == (db.year, db.month)
        return ok, f"month-precise date, {gap} day(s) apart"
    if vague == 2:
        return gap <= rules.week_days, f"week-precise date, {gap} day(s) apart"
    return gap == 0, "same day" if gap == 0 else f"{gap} day(s) apart"


def places_compatible(a: EventRecord, b: EventRecord, rules: MergeRules, *, lenient: bool = False) -> tuple[bool, str]:
    """Whether the two places can be one place (see the module docstring)."""
    if a.country and b.country and _norm(a.country) != _norm(b.country):
        return False, f"different countries ({a.country} / {b.country})"
    precision = max(a.geo_precision or 1, b.geo_precision or 1)
    same_admin1 = bool(a.admin1 and b.admin1 and _norm(a.admin1) == _norm(b.admin1))
    if a.admin1 and b.admin1 and not same_admin1:
        return False, f"different admin1 ({a.admin1} / {b.admin1})"
    km = _km(a, b)
    if km is not None:
        if precision >= 3:
            ok = same_admin1 or km <= rules.max_km_region
            return ok, f"province-precise, {km:.1f} km apart" + (", same admin1" if same_admin1 else "")
        limit = rules.max_km_near if precision == 2 else rules.max_km
        if precision == 1 and not _same_place_name(a.location, b.location) and km > rules.max_km_same_place:
            # ACLED codes one event per location: two town-precise places of different names are two
            # events, unless they are one place under two spellings (a kilometre or two apart).
            return False, f"different locations ({a.location} / {b.location}), {km:.1f} km apart"
        return km <= limit, f"{km:.1f} km apart (limit {limit:g})"
    if a.location and b.location and _norm(a.location) == _norm(b.location):
        return True, f"same location name ({a.location})"
    if a.admin2 and b.admin2:
        ok = _norm(a.admin2) == _norm(b.admin2)
        return ok, ("same admin2" if ok else "different admin2") + f" ({a.admin2} / {b.admin2})"
    if same_admin1 and (precision >= 3 or not (a.location and b.location)):
        return True, f"same admin1 ({a.admin1}), one report province-precise"
    if lenient or not ((a.location or a.admin1) and (b.location or b.admin1)):
        # A record with no place at all is vague about the place, not in contradiction with it.
        if lenient or (a.country and b.country):
            return True, "one place unknown, same country"
    return False, "places not comparable"


def _same_place_name(a: str | None, b: str | None) -> bool:
    """Same name, or one is a district of the other in ACLED's "City - District" form, or unknown."""
    na, nb = _norm(a), _norm(b)
    if not na or not nb or na == nb:
        return True
    pa, pb = re.split(r"\s+[-\u2013]\s+", na, maxsplit=1), re.split(r"\s+[-\u2013]\s+", nb, maxsplit=1)
    # "Mosul" and "Mosul - Old City" can be one place; two districts of one city are two places.
    return pa[0] == pb[0] and (len(pa) == 1 or len(pb) == 1)


def _associated(rec: EventRecord) -> set[str]:
    return {norm_actor(x) for field in (rec.assoc_actor_1, rec.assoc_actor_2) if field
            for x in field.split(";") if x.strip()}


def actors_compatible(a: EventRecord, b: EventRecord) -> tuple[bool, str]:
    """Whether the actors can be the same (see the module docstring)."""
    na, nb = _named(a), _named(b)
    if na and nb and not na & nb:
        return False, f"different actors ({'; '.join(sorted(na))} / {'; '.join(sorted(nb))})"
    # ACLED separates incidents that differ on the agent: two protests the same day in one town by
    # different groups ("Protesters (X)" with teachers / with farmers) are two events.
    sa, sb = _associated(a), _associated(b)
    if sa and sb and not sa & sb:
        return False, f"different associated actors ({'; '.join(sorted(sa))} / {'; '.join(sorted(sb))})"
    if na and nb:
        return True, "shared actor(s): " + ", ".join(sorted(na & nb))
    return True, "one report names no specific actor"


def compatible(a: EventRecord, b: EventRecord, rules: MergeRules | None = None, *, lenient: bool = False) -> Compatibility:
    """Whether ``a`` and ``b`` can describe one event; ``lenient`` for two copies of one text."""
    rules = rules or MergeRules()
    if a.event_type != b.event_type:
        return Compatibility(False, [f"different event types ({a.event_type} / {b.event_type})"])
    reasons = [f"same event type ({a.event_type})"]
    for check in (
        dates_compatible(a, b, rules),
        places_compatible(a, b, rules, lenient=lenient),
        actors_compatible(a, b),
    ):
        ok, why = check
        reasons.append(why)
        if not ok:
            return Compatibility(False, reasons)
    return Compatibility(True, reasons)


def score(a: EventRecord, b: EventRecord) -> float:
    """How alike two compatible records are, to pick the best of several compatible events."""
    s = 0.0
    if a.sub_event_type == b.sub_event_type:
        s += 1.0
    da, db = _iso(a.event_date), _iso(b.event_date)
    if da and db:
        s += 2.0 / (1 + abs((da - db).days))
    km = _km(a, b)
    if km is not None:
        s += 2.0 / (1 + km)
    elif a.location and b.location and _norm(a.location) == _norm(b.location):
        s += 1.5
    s += 0.5 * len(_named(a) & _named(b))
    if a.fatalities and b.fatalities:
        s += 1.0 - abs(a.fatalities - b.fatalities) / max(a.fatalities, b.fatalities)
    elif a.fatalities == b.fatalities:
        s += 0.5
    return s


def sub_event_rank(sub: str | None) -> int:
    """Position in ACLED's hierarchy (lower wins when reports disagree on the tactic)."""
    return _SUB_ORDER.get(sub or "", len(_SUB_ORDER))


def record_key(rec: EventRecord) -> dict[str, Any]:
    """The fields shown when explaining a merge."""
    return {k: getattr(rec, k) for k in ("event_date", "sub_event_type", "location", "actor1", "actor2", "fatalities")}
