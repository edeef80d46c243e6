"""Event-level merging across reports: whether two EventRecords describe one real-world event.

Every pair of records is *assessed* (:func:`assess`) on everything the two reports share, and the assessment
keeps its reasons (``events show``). Two things come out:

- **contradictions** (``ok`` is False): facts that make one event impossible. Different countries, admin1 or
  town-precise locations; exact dates on different days (a date read from a weekday or "yesterday" may be a day
  off); a report written before the other's event; weekdays two or more days apart ("on Tuesday" / "on
  Friday"); different named perpetrators; kinds of event that cannot be one (a protest and an air strike; an
  agreement and an arrest); a record flagged as recalled background.
- **evidence** (``score``, points): what the two share. The same day (+2), the same town (+2), the same
  sub-event type (+1; another type of the same kind: the points of the pair in data/dedup/types.toml, when a
  detail ties the reports, else -1: reporters call one attack a clash or a massacre), shared named actors (+1 each, at most 2), tolls that agree, the same targets ("the school", +0.75
  each) or the same named target ("Government Science College", +1.5), the same weekday. Evidence against
  counts too: different targets only (-1), a toll of a different order, a hedged claim, an undated report
  written months later (it recalls the event rather than reports it).

A record joins an event when nothing contradicts it with *any* of the event's sources (complete linkage, so a
vague report cannot chain two distinct events) and its mean evidence over them reaches ``MergeRules.min_score``
(an undated report of "an attack in Kagara" is not enough on its own; the same with the school, the weekday or
the toll is). Among compatible events the best mean score wins.

The place rules: ACLED codes one event per location, so two town-precise places of different names are two
events unless they lie within ``max_km_same_place`` (one place, two spellings) or one is a "City - District" of
the other; "near" a town (geo_precision 2) allows ``max_km_near``; province-precise (3) needs the same admin1;
without coordinates, the same location name or admin2. In Violence against civilians and Explosions/Remote
violence only the perpetrator (actor1) identifies the event (shelling of a town by one side and by the other
are two events); associated actors, when both name some, must overlap (two protests by different groups).
"""

from __future__ import annotations

import functools
import math
import os
import re
import tomllib
from dataclasses import dataclass, field, replace
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

from eventcoder.dedup.profile import Profile, report_dated
from eventcoder.errors import ConfigError
from eventcoder.geo.distance import km_between
from eventcoder.model import EventRecord
from eventcoder.vocab import SubEventType

__all__ = ["TACTIC_STEPS", "Assessment", "Compatibility", "MergeRules", "actors_compatible", "assess", "city_radius_km",
           "co_occurring", "compatible", "contradicts_quickly", "country_only", "crowd_arrests", "dates_compatible",
           "inside_city", "kindred_points", "kindred_types", "km_apart", "norm_actor", "one_district", "one_name",
           "place_precision", "places_compatible", "record_key", "report_dated", "reports_fatalities", "score",
           "sub_event_rank", "untimed"]

_GENERIC = re.compile(r"^(unidentified|unknown|civilians|protesters|rioters|private security)\b", re.I)
_YEARS = re.compile(r"\s*\(\d{4}-(\d{4})?\)")
_SUB_ORDER = {s.value: i for i, s in enumerate(SubEventType)}
# One-sided event types: actor1 is the perpetrator (the target of violence against civilians is
# always actor2; a remote attack's actor1 is the side that fired), so only actor1 identifies them.
_ONE_SIDED = ("Violence against civilians", "Explosions/Remote violence")
# Kinds of event that one incident can be reported as: an attack by gunmen is a clash to one outlet and a
# massacre to another, a bombing an explosion or a suicide attack; a protest turns into a riot. Strategic
# developments are each their own kind (an agreement is not an arrest).
_KIND = {"Battles": "violence", "Explosions/Remote violence": "violence", "Violence against civilians": "violence",
         "Protests": "crowd", "Riots": "crowd"}


@dataclass(frozen=True)
class MergeRules:
    """Thresholds of event-level merging (user-tunable)."""

    max_km: float = 10.0  # both town-precise: ACLED codes the town centroid, so one town is a few km
    max_km_same_place: float = 2.0  # two names this close are one place spelled two ways
    max_km_near: float = 25.0  # one says "near" a town (geo_precision 2)
    max_km_region: float = 100.0  # one is province-precise and admin1 is unknown
    max_km_district: float = 15.0  # two towns of one district this close may be one incident's village and town
    week_days: int = 4  # a week-precise date is the midpoint of its week: +-3 days, +1 for adjacency
    month_days: int = 16
    relative_days: int = 1  # a date read from "on Thursday" or "yesterday" may be a day off its anchor
    min_score: float = 2.0  # evidence (points) a record needs, on average over an event's sources, to join it
    late_report_days: int = 60  # an undated report written this long after a dated event recalls it


@dataclass
class Assessment:
    """The outcome of comparing two records: contradiction or not, the evidence for one event, the reasons."""

    ok: bool
    score: float = 0.0
    reasons: list[str] = field(default_factory=list)
    failed: str = ""  # the check that contradicts: flags, type, date, place, actors or types-one-day

    def __bool__(self) -> bool:
        return self.ok


Compatibility = Assessment  # the name of earlier versions


@functools.lru_cache(maxsize=64)
def kindred_types(event_type: str | None) -> tuple[str, ...]:
    """The event types a record of ``event_type`` may be merged with (itself, and its kind's other types)."""
    kind = _KIND.get(event_type or "")
    if kind is None:
        return (event_type or "",)
    return tuple(sorted(t for t, k in _KIND.items() if k == kind))


def _iso(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def km_apart(a: EventRecord, b: EventRecord) -> float | None:
    """The great-circle distance (km) between two records' coordinates, None when one has none
    (:func:`eventcoder.geo.distance.km_between`)."""
    return km_between(a, b)


_SPACES = re.compile(r"\s+")


@functools.lru_cache(maxsize=65536)
def _norm(value: str | None) -> str:
    return _SPACES.sub(" ", value or "").strip().casefold()


@functools.lru_cache(maxsize=65536)
def norm_actor(name: str | None) -> str:
    """An actor name without its regime years, case-folded: 'Military Forces of Syria (2000-)' -> '...syria'."""
    return _norm(_YEARS.sub("", name or ""))


def _named(rec: EventRecord) -> set[str]:
    sides = [rec.actor1] if rec.event_type in _ONE_SIDED else [rec.actor1, rec.actor2]
    return {norm_actor(a) for a in sides if a and not _GENERIC.match(a.strip())}


def _all_named(rec: EventRecord) -> set[str]:
    return {norm_actor(a) for a in (rec.actor1, rec.actor2) if a and not _GENERIC.match(a.strip())}


def reports_fatalities(rec: EventRecord) -> bool:
    """Whether the record states a death toll (a figure, or evidence for one, even "no one was killed")."""
    return rec.fatalities > 0 or any(e.field == "fatalities" for e in rec.evidence)


# -- dates ---------------------------------------------------------------------------------------------------

_Check = tuple[bool, float, str]


def _dated(rec: EventRecord, prof: Profile) -> bool:
    """Whether the record says when the event happened (a page's date says when the page was written)."""
    return bool(rec.event_date) and not report_dated(rec, prof)


def _as_report_date(rec: EventRecord, prof: Profile) -> Profile:
    """The profile of a record dated by its page's date: undated, published that day."""
    if rec.event_date and report_dated(rec, prof):
        return replace(prof, published=prof.published or rec.event_date[:10])
    return prof


def _weekday_of(rec: EventRecord, prof: Profile) -> int | None:
    day = _iso(rec.event_date) if _dated(rec, prof) else None
    if day is not None and (rec.time_precision or 1) == 1:
        return day.weekday()
    return prof.weekday


def _weekdays(a: EventRecord, pa: Profile, b: EventRecord, pb: Profile) -> _Check | None:
    wa, wb = _weekday_of(a, pa), _weekday_of(b, pb)
    if wa is None or wb is None:
        return None
    gap = min((wa - wb) % 7, (wb - wa) % 7)
    names = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    if gap >= 2:
        return False, 0.0, f"different weekdays ({names[wa]} / {names[wb]})"
    if gap == 1:
        (first, pf), (then, pt) = ((wa, pa), (wb, pb)) if (wb - wa) % 7 == 1 else ((wb, pb), (wa, pa))
        if pf.daypart in ("early", "day") or pt.daypart in ("late", "day"):
            # "Monday afternoon" and "Tuesday night" are a day and more apart: no night joins them.
            return True, -1.0, (f"a day apart and not one night ({names[first]} {pf.daypart or ''} / "
                                f"{names[then]} {pt.daypart or ''})").replace("  ", " ").replace(" )", ")")
    return True, (1.0 if gap == 0 else 0.0), ("same weekday" if gap == 0 else "adjacent weekdays (a night)") + \
        f" ({names[wa]} / {names[wb]})"


def _written(prof: Profile) -> date | None:
    """The earliest day the report can have been written: its publication date, else the latest date it gives."""
    return _iso(prof.published) or _iso(prof.latest)


def _lag_points(lag: int, exact: bool, rules: MergeRules) -> tuple[float, str]:
    """Evidence from how long after an event (or another report) a report was written (``exact``: published)."""
    if lag > rules.late_report_days:
        return -3.0, f"written {lag} days or more apart (a recall, not a report)"
    if lag > 14:
        return -1.5, f"written {lag} days or more apart"
    if not exact:
        return 0.0, ""
    if lag <= 2:
        return 1.0, f"published {max(lag, 0)} day(s) apart"
    return (0.5 if lag <= 7 else 0.0), f"published {lag} days apart"


def _dated_vs_undated(dated: EventRecord, undated: EventRecord, pu: Profile, rules: MergeRules) -> _Check:
    """An undated report against a dated event: it cannot be older than the event, nor much younger."""
    day, published, written = _iso(dated.event_date), _iso(pu.published), _written(pu)
    if day is None or written is None:
        return True, 0.0, "one date unknown"
    slack = 1 if (dated.time_precision or 1) == 1 else 17
    if published is not None and (day - published).days > slack:
        return False, 0.0, f"the undated report was published on {published}, before the event of {day}"
    points, why = _lag_points((written - day).days, published is not None, rules)
    return True, points, "one date unknown" + (f"; its report {why}" if why else "")


def _both_dated(a: EventRecord, pa: Profile, b: EventRecord, pb: Profile, rules: MergeRules) -> _Check:
    da, db = _iso(a.event_date), _iso(b.event_date)
    assert da is not None and db is not None
    gap = abs((da - db).days)
    vague = max(a.time_precision or 1, b.time_precision or 1)
    if vague >= 3:
        ok = gap <= rules.month_days or (da.year, da.month) == (db.year, db.month)
        return ok, 0.5, f"month-precise date, {gap} day(s) apart"
    if vague == 2:
        return gap <= rules.week_days, 0.5, f"week-precise date, {gap} day(s) apart"
    if gap == 0:
        return True, 2.0, "same day"
    relative = "relative" in (pa.date_kind, pb.date_kind)
    if relative and gap <= rules.relative_days:
        return True, 0.5, f"{gap} day apart, one date read from a weekday or 'yesterday'"
    return False, 0.0, f"{gap} day(s) apart"


def _both_undated(pa: Profile, pb: Profile, rules: MergeRules) -> _Check:
    wa, wb = _written(pa), _written(pb)
    if wa is None or wb is None:
        return True, 0.0, "dates unknown"
    exact = bool(pa.published and pb.published)
    if not pa.published and not pb.published:
        # The latest date a text writes is only a lower bound of its writing day (a fresh page may name an older
        # date in background): two such bounds say nothing of the gap. Only the months the pages were written
        # (a month date line or address) are compared: far apart, one is a recall or another incident.
        ma, mb = (_iso(f"{p.written_month}-01") if p.written_month else None for p in (pa, pb))
        lag = abs((ma - mb).days) if ma is not None and mb is not None else 0
    elif not exact:
        # One date is only the latest the report gives (it was written then or later): a gap counts one way.
        later, earlier = (wa, pb) if pa.published is None else (wb, pa)
        known = _iso(earlier.published)
        lag = (later - known).days if known is not None else 0
    else:
        lag = abs((wa - wb).days)
    points, why = _lag_points(lag, exact, rules)
    return True, points, "dates unknown" + (f"; the reports were {why}" if why else "")


def dates_compatible(a: EventRecord, b: EventRecord, rules: MergeRules,
                     pa: Profile | None = None, pb: Profile | None = None) -> tuple[bool, str]:
    """Whether the two event dates can be one day (see the module docstring)."""
    ok, _, why = _date_check(a, pa or Profile.of(a), b, pb or Profile.of(b), rules)
    return ok, why


def _date_check(a: EventRecord, pa: Profile, b: EventRecord, pb: Profile, rules: MergeRules) -> _Check:
    dated_a, dated_b = _dated(a, pa), _dated(b, pb)
    if dated_a and dated_b:
        found = _both_dated(a, pa, b, pb, rules)
    elif dated_a:
        found = _dated_vs_undated(a, b, _as_report_date(b, pb), rules)
    elif dated_b:
        found = _dated_vs_undated(b, a, _as_report_date(a, pa), rules)
    else:
        found = _both_undated(_as_report_date(a, pa), _as_report_date(b, pb), rules)
    if not found[0]:
        return found
    week = _weekdays(a, pa, b, pb)
    if week is None or (dated_a and dated_b):
        return found
    if not week[0]:
        return week
    return True, found[1] + week[1], f"{found[2]}; {week[2]}"


# -- places --------------------------------------------------------------------------------------------------

def _same_place_name(a: str | None, b: str | None) -> bool:
    """Same name, or one is a district of the other in ACLED's "City - District" form, or unknown."""
    na, nb = _norm(a), _norm(b)
    if not na or not nb or na == nb:
        return True
    pa, pb = re.split(r"\s+[-\u2013]\s+", na, maxsplit=1), re.split(r"\s+[-\u2013]\s+", nb, maxsplit=1)
    # "Mosul" and "Mosul - Old City" can be one place; two districts of one city are two places.
    return pa[0] == pb[0] and (len(pa) == 1 or len(pb) == 1)


def place_precision(rec: EventRecord, prof: Profile | None = None) -> int:
    """The record's geo precision as its text gives it (1 town, 2 near a town, 3 only the province).

    A place written as a province or state ("the province of Idlib", ``Profile.province``) is province-precise
    when it was resolved to the town of that name (the province's capital): ACLED codes it to the province.
    """
    found = rec.geo_precision or 1
    if found < 3 and prof is not None and prof.province and _skeleton(rec.location) and \
            _skeleton(rec.admin1).startswith(_skeleton(rec.location)):
        return 3
    return found


@functools.lru_cache(maxsize=4096)
def _skeleton(name: str | None) -> str:
    """A name's consonants, case-folded: one name in two transliterations ("Idlib" / "Idleb") is one skeleton."""
    return re.sub(r"[^a-z]|[aeiouy]", "", _norm(name))


def one_name(a: str | None, b: str | None) -> bool:
    """Whether two place names are one name, in two transliterations ("Idlib" / "Idleb")."""
    return bool(_skeleton(a)) and _skeleton(a) == _skeleton(b)


# A large city's extent from its population: people per km2 of a dense city of the regions ACLED covers, the
# radius at most, the smallest city with parts that outlets name on their own, and how much larger than a part
# the city must be (Sadr City, 1.2 million, is a part of Baghdad, 7 million; two towns of a size are two towns).
CITY_DENSITY = 10_000.0
CITY_MAX_KM = 20.0
CITY_MIN_POPULATION = 100_000
CITY_PART_RATIO = 3
_INSIDE = "lies inside"  # the reason of a place inside the other's city: it needs a detail of the incident too


def city_radius_km(population: int | None) -> float:
    """The radius (km) of a city of ``population`` people at ``CITY_DENSITY``: 15 km for 7 million, 0 for towns."""
    if not population or population < CITY_MIN_POPULATION:
        return 0.0
    return min(CITY_MAX_KM, math.sqrt(population / (math.pi * CITY_DENSITY)))


def inside_city(a: EventRecord, pa: Profile | None, b: EventRecord, pb: Profile | None, km: float) -> str | None:
    """Why one of two town-precise places lies inside the other's city (a district or suburb named by one outlet,
    the city by another), None when it does not: within the city's extent (``city_radius_km`` of the gazetteer's
    population), and the city ``CITY_PART_RATIO`` times more populous than the place."""
    if pa is None or pb is None:
        return None
    (city, pc), (part, pp) = sorted(((a, pa), (b, pb)), key=lambda x: -(x[1].population or 0))
    big, small = pc.population or 0, pp.population or 0
    radius = city_radius_km(big)
    if small * CITY_PART_RATIO > big or km > radius:
        return None
    return (f"{part.location} {_INSIDE} {city.location} ({km:.1f} km from the centre of a city of {big:,} people, "
            f"{radius:.0f} km across its extent): one place named at two precisions")


_DISTRICT = "in one district"  # the reason of two towns of one district: it needs a detail of the incident too
# The reason of a crowd near one town and a crowd at another town within a "near" reach: it needs the toll or a target.
_NEAR_TIE = "a crowd near one town and one at another: needs the toll or a target"


def one_district(a: EventRecord, b: EventRecord, km: float, rules: MergeRules) -> str | None:
    """Why two town-precise places of different names may be one incident's place as two reports name it (a
    village and its district town, two towns a few km apart), None when not: the same admin1 and admin2 (both
    known) and within ``rules.max_km_district``. Across reports only, and only with a detail of the incident."""
    district = _norm(a.admin2)
    if not district or district != _norm(b.admin2) or _norm(a.admin1) != _norm(b.admin1) or km > rules.max_km_district:
        return None
    return (f"{a.location} and {b.location} lie {km:.1f} km apart {_DISTRICT} ({a.admin2}): a village and its "
            "district town, as two reports place one incident")


def _place_by_distance(a: EventRecord, b: EventRecord, km: float, rules: MergeRules, same_admin1: bool,
                       precision: int, pa: Profile | None = None, pb: Profile | None = None) -> _Check:
    if precision >= 3:
        ok = same_admin1 or km <= rules.max_km_region
        return ok, 0.5, f"province-precise, {km:.1f} km apart" + (", same admin1" if same_admin1 else "")
    limit = rules.max_km_near if precision == 2 else rules.max_km
    if precision == 2 and km <= limit and _two_towns(a, b, precision, km, rules):
        # A crowd near one town and one at another town: two places unless the toll or a target ties them (a riot
        # "near X" told by another outlet at the village where it happened, with its dead and its police station).
        return True, 0.5, f"{km:.1f} km apart, {_NEAR_TIE} ({a.location} / {b.location})"
    if _two_towns(a, b, precision, km, rules):
        # ACLED codes one event per location: two town-precise places of different names are two
        # events, unless they are one place under two spellings (a kilometre or two apart), or one is a part of
        # the other's city (a district named by one outlet, the city by another; it needs a detail too).
        inside = inside_city(a, pa, b, pb, km) if same_admin1 else None
        if inside is not None:
            return True, 1.0, inside
        district = one_district(a, b, km, rules)
        if district is not None:
            return True, 0.5, district
        return False, 0.0, f"different locations ({a.location} / {b.location}), {km:.1f} km apart"
    if km > limit:
        return False, 0.0, f"{km:.1f} km apart (limit {limit:g})"
    points = 2.0 if precision == 1 else 1.5
    return True, points, f"{km:.1f} km apart (limit {limit:g})"


def _two_towns(a: EventRecord, b: EventRecord, precision: int, km: float, rules: MergeRules) -> bool:
    """Whether two places of different names are two towns as far as the names go: both town-precise and farther
    apart than one place spelled two ways; or two crowds, one "near" its town or in its district (geo_precision 2)
    and the other place farther from it than a town's reach (``max_km``). A crowd gathers at a town's edge (a
    checkpoint, a wall, a road out of it): "near X" names X, not a town 20 km away (a village of X's district is
    weighed as a district's village, ``one_district``). A strike or a clash "near X" may lie out in the country
    between the towns two outlets name, and keeps ``max_km_near``."""
    if _same_place_name(a.location, b.location):
        return False
    if precision == 1:
        return km > rules.max_km_same_place
    crowds = _KIND.get(a.event_type or "") == "crowd" == _KIND.get(b.event_type or "")
    return crowds and precision == 2 and km > rules.max_km


def country_only(rec: EventRecord) -> bool:
    """Whether the record is placed only in its country (no admin1; no location, or the country's own name).

    Geocoded at country level, such a record sits at the country's centroid, which is no place of the event:
    its distance to a town says nothing (a large country's centroid is hundreds of km from most of its towns,
    a small one's within reach of all of them), so it is compared as a record with no place below the country.
    """
    return not rec.admin1 and (not rec.location or bool(rec.country) and _norm(rec.location) == _norm(rec.country))


def _has_town(rec: EventRecord) -> bool:
    return bool(rec.location) and (rec.geo_precision or 1) < 3 and not country_only(rec)


def _unresolved_check(a: EventRecord, pa: Profile | None, b: EventRecord, pb: Profile | None) -> _Check | None:
    """Two records, one at least with no town, whose reports name the same place the gazetteer does not know (a
    village; the other record may be at the district town its report gave): one place named by both, not "only the
    country in common" (None: no such name in common, or both records have a town and are compared by it)."""
    if pa is None or pb is None or not pa.unresolved or not pb.unresolved or (_has_town(a) and _has_town(b)):
        return None
    shared = sorted(set(pa.unresolved) & set(pb.unresolved))
    if not shared:
        return None
    if a.admin1 and b.admin1 and _norm(a.admin1) != _norm(b.admin1):
        return False, 0.0, f"different admin1 ({a.admin1} / {b.admin1})"
    return True, 1.5, f"both reports name {', '.join(shared)}, a place the gazetteer does not know"


def _one_settlement(x: str, y: str) -> bool:
    """Whether two unresolved place names are one (a word in common, or one name in two transliterations)."""
    return bool(set(x.split()) & set(y.split())) or (bool(_skeleton(x)) and _skeleton(x) == _skeleton(y))


def villages_differ(a: EventRecord, pa: Profile, b: EventRecord, pb: Profile) -> str:
    """Why two reports name different places below their records' place, '' when they do not: both name villages
    as such (``Profile.villages``: "Mushu village in Bokkos", "the village of Butura"), none in common, and no
    named target of both ties them.

    Both records then sit at the district town, tied only by it; ACLED codes one event per location, and a village
    is a location: two villages of one district attacked on one day are two events (their tolls both count)."""
    if not pa.villages or not pb.villages:
        return ""
    if any(_one_settlement(x, y) for x in pa.villages for y in pb.villages):
        return ""
    countries = _countries(a, b)
    if _shared_names(_distinctive(pa.named, countries), _distinctive(pb.named, countries)):
        return ""
    return (f"different villages named below {a.location or 'the place'} ({', '.join(pa.villages)} / "
            f"{', '.join(pb.villages)}): two locations")


def _place_check(a: EventRecord, b: EventRecord, rules: MergeRules, lenient: bool,
                 pa: Profile | None = None, pb: Profile | None = None) -> _Check:
    if a.country and b.country and _norm(a.country) != _norm(b.country):
        return False, 0.0, f"different countries ({a.country} / {b.country})"
    unresolved = None if lenient else _unresolved_check(a, pa, b, pb)
    if unresolved is not None:
        return unresolved
    if (lenient or (a.country and b.country)) and country_only(a) != country_only(b):
        # A record with no place below the country is vague about the place, not in contradiction with it (its
        # centroid is no place); only the country ties the two: any incident of that kind there fits as well.
        return True, (0.0 if lenient else -1.5), "one place unknown (only the country in common)"
    precision = max(place_precision(a, pa), place_precision(b, pb))
    same_admin1 = bool(a.admin1 and b.admin1 and _norm(a.admin1) == _norm(b.admin1))
    if a.admin1 and b.admin1 and not same_admin1:
        return False, 0.0, f"different admin1 ({a.admin1} / {b.admin1})"
    km = km_apart(a, b)
    if km is not None:
        return _place_by_distance(a, b, km, rules, same_admin1, precision, pa, pb)
    if a.location and b.location and _norm(a.location) == _norm(b.location):
        return True, 1.5, f"same location name ({a.location})"
    if a.admin2 and b.admin2:
        ok = _norm(a.admin2) == _norm(b.admin2)
        return ok, 1.0, ("same admin2" if ok else "different admin2") + f" ({a.admin2} / {b.admin2})"
    if same_admin1 and (precision >= 3 or not (a.location and b.location)):
        return True, 0.5, f"same admin1 ({a.admin1}), one report province-precise"
    if lenient or not ((a.location or a.admin1) and (b.location or b.admin1)):
        # A record with no place at all is vague about the place, not in contradiction with it.
        if lenient or (a.country and b.country):
            # Only the country ties the two: any incident of that kind in the country fits as well.
            return True, (0.0 if lenient else -1.5), "one place unknown (only the country in common)"
    return False, 0.0, "places not comparable"


def places_compatible(a: EventRecord, b: EventRecord, rules: MergeRules, *, lenient: bool = False) -> tuple[bool, str]:
    """Whether the two places can be one place (see the module docstring)."""
    ok, _, why = _place_check(a, b, rules, lenient)
    return ok, why


# -- actors, types, tolls, details -------------------------------------------------------------------------

def _associated(rec: EventRecord) -> set[str]:
    return {norm_actor(x) for field_ in (rec.assoc_actor_1, rec.assoc_actor_2) if field_
            for x in field_.split(";") if x.strip()}


# State forces: the army, the police and the government of one country are one side of an incident to the
# reports that tell it (one outlet names the police cordon, another the army's assault).
_STATE = re.compile(r"^(?:(?:military|police) forces of |government of )(?:the )?(.+)$", re.I)


def _sides(names: set[str]) -> set[str]:
    """The named actors, each state force as its state ("state forces of bangladesh")."""
    return {f"state forces of {m.group(1)}" if (m := _STATE.match(x)) else x for x in names}


def _party(rec: EventRecord, one_sided: bool) -> set[str]:
    """The named actors of the sides that identify the event, with their associated actors.

    One outlet names the army as actor2 with M23 associated, another M23 alone: the overlap may be in any of
    the fields, so "different actors" needs the whole named parties apart. The associates of a one-sided
    event's target (actor2) are its victims' groups: they do not identify the perpetrator.
    """
    sides = [(rec.actor1, rec.assoc_actor_1)] if one_sided else [(rec.actor1, rec.assoc_actor_1),
                                                                 (rec.actor2, rec.assoc_actor_2)]
    names = [a for actor, assoc in sides for a in [actor, *(assoc or "").split(";")]]
    return {norm_actor(a) for a in names if a and a.strip() and not _GENERIC.match(a.strip())}


_UNIDENTIFIED = re.compile(r"^unidentified\b(?! civilians)", re.I)


def _unknown_side(rec: EventRecord, other_rec: EventRecord, other: set[str], one_sided: bool) -> str | None:
    """Why ``rec``'s unidentified armed actor may be the one non-state group the other record names (None: not).

    "Unidentified Armed Group (X)" is an actor the report could not name, not a different one: a named armed
    group of the other report may be it. Only one group fits one unnamed slot, state forces are never
    unidentified, and a group named against an unidentified actor of its own report is that actor's opponent.
    """
    def unnamed(r: EventRecord) -> bool:
        return any(x and _UNIDENTIFIED.match(x.strip()) for x in ((r.actor1,) if one_sided else (r.actor1, r.actor2)))

    if not unnamed(rec) or unnamed(other_rec):
        return None
    if len(other) != 1 or any(x.startswith("state forces of ") or _STATE.match(x) for x in other):
        return None
    if any(not _STATE.match(x) for x in _party(rec, one_sided) - _named(rec)):
        return None  # the unnamed actor's associates are named, and they are not the other's group
    return f"an unidentified armed actor / {next(iter(other))}: unknown vs known, not a different actor"


# Bombings whose perpetrator hides or dies: state forces never plant the roadside bomb that hits their convoy nor
# blow themselves up, so a record of one that names only the state's forces names its target.
_HIDDEN_PERPETRATOR = ("Remote explosive/landmine/IED", "Suicide bomb")


def _target_told_as_party(rec: EventRecord, other: EventRecord) -> str:
    """Why ``rec``'s only party, a state's forces, is the bombing's target that ``other`` names as actor2 ('' if not).

    "A roadside bomb struck an army convoy" names no perpetrator: the army it names is the target (extraction
    may give it as actor1, the record's only party); another outlet names the group that planted the bomb and
    the army as its target. The perpetrator is unnamed in one report, not a different one.
    """
    if rec.actor2 or rec.sub_event_type not in _HIDDEN_PERPETRATOR or other.sub_event_type not in _HIDDEN_PERPETRATOR:
        return ""
    state = _STATE.match(norm_actor(rec.actor1))
    target = _STATE.match(norm_actor(other.actor2))
    if state is None or target is None or state.group(1) != target.group(1):
        return ""
    return (f"{rec.actor1} is the bombing's only party in one report and its target in the other: the bomber "
            "is unnamed there, not another one")


_SYMMETRIC = ("Agreement",)  # sub-event types whose parties are one set: no side is the agent


@dataclass(frozen=True)
class _Family:
    umbrella: str
    members: frozenset[str]
    prefixes: tuple[str, ...]
    alike: bool
    why: str

    def has(self, name: str) -> bool:
        return name in self.members or name.startswith(self.prefixes)


@functools.cache
def _families() -> tuple[_Family, ...]:
    """data/dedup/actors.toml (then ``$EVENTCODER_HOME/lexicons/actors.toml``): armed groups named by their family."""
    texts = [resources.files("eventcoder.data.dedup").joinpath("actors.toml").read_text(encoding="utf-8")]
    home = os.environ.get("EVENTCODER_HOME")
    user = Path(home) / "lexicons" / "actors.toml" if home else None
    if user is not None and user.is_file():
        texts.append(user.read_text(encoding="utf-8"))
    out = []
    for text in texts:
        try:
            for item in tomllib.loads(text).get("family") or []:
                names = [norm_actor(m) for m in item["members"]]
                out.append(_Family(norm_actor(item["umbrella"]), frozenset(n for n in names if not n.endswith("*")),
                                   tuple(n[:-1] for n in names if n.endswith("*")), bool(item.get("members_alike")),
                                   str(item.get("why", ""))))
        except (tomllib.TOMLDecodeError, KeyError, TypeError, AttributeError) as exc:
            raise ConfigError(f"actors.toml: not a valid table of actor families ({exc}); each [[family]] needs "
                              "umbrella and members") from exc
    return tuple(out)


def _one_family(fa: set[str], fb: set[str]) -> str:
    """Why two records' named groups may be one group named at two precisions ('' when not): one names a family's
    umbrella and the other one of its members (or two members outlets confuse, ``members_alike``)."""
    for fam in _families():
        for x, y in ((fa, fb), (fb, fa)):
            outer = fam.umbrella in x or (fam.alike and any(fam.has(n) for n in x))
            inner = [n for n in y if fam.has(n) and n not in x]
            if outer and inner:
                return f"{inner[0]} is of the family outlets call {fam.umbrella} ({fam.why}): not a different actor"
    return ""


def _agreement_check(a: EventRecord, b: EventRecord) -> _Check:
    """Parties of an agreement are a set: outlets name different sides of one ceasefire (Hamas / Israel).

    Two agreements are told apart only when both name at least two parties and share none.
    """
    na, nb = _sides(_party(a, False)), _sides(_party(b, False))
    if len(na) >= 2 and len(nb) >= 2 and not na & nb:
        return False, 0.0, f"different parties ({'; '.join(sorted(na))} / {'; '.join(sorted(nb))})"
    shared = sorted(na & nb)
    if shared:
        return True, min(2.0, float(len(shared))), "shared part(ies) of the agreement: " + ", ".join(shared)
    return True, 0.0, "parties named apart (" + "; ".join(sorted(na)) + " / " + "; ".join(sorted(nb)) + \
        "): sides of one agreement"


def _actor_check(a: EventRecord, b: EventRecord, within_report: bool = False) -> _Check:
    same_type = a.event_type == b.event_type
    if same_type and a.sub_event_type == b.sub_event_type and a.sub_event_type in _SYMMETRIC:
        return _agreement_check(a, b)
    one_sided = same_type and a.event_type in _ONE_SIDED
    na, nb = (_named(a), _named(b)) if same_type else (_all_named(a), _all_named(b))
    # What the two share is counted over their whole parties (associated actors too); only named main actors
    # can tell two incidents apart (associates alone never do, outside crowds).
    fa, fb = _party(a, one_sided), _party(b, one_sided)
    if within_report:
        # One report's parts of one incident name different state forces (the police cordon, the army's
        # assault); only different named non-state actors (two armed groups), or the forces of two different
        # states (each side's strikes), make two incidents there.
        states_a = {x for x in _sides(na) if x.startswith("state forces of ")}
        states_b = {x for x in _sides(nb) if x.startswith("state forces of ")}
        if states_a and states_b and not states_a & states_b:
            return False, 0.0, f"different states' forces ({'; '.join(sorted(states_a))} / {'; '.join(sorted(states_b))})"
        na, nb = {x for x in na if not _STATE.match(x)}, {x for x in nb if not _STATE.match(x)}
        fa, fb = {x for x in fa if not _STATE.match(x)}, {x for x in fb if not _STATE.match(x)}
    else:
        na, nb, fa, fb = _sides(na), _sides(nb), _sides(fa), _sides(fb)
    if na and nb and not fa & fb:
        target = one_sided and (_target_told_as_party(a, b) or _target_told_as_party(b, a))
        if target:
            return True, 0.5, target
        family = _one_family(fa, fb)
        if family:
            return True, 0.0, family
        unknown = _unknown_side(a, b, nb, one_sided) or _unknown_side(b, a, na, one_sided)
        if unknown is None:
            return False, 0.0, f"different actors ({'; '.join(sorted(fa))} / {'; '.join(sorted(fb))})"
        return True, 0.0, unknown
    # ACLED separates incidents that differ on the agent: two protests the same day in one town by
    # different groups ("Protesters (X)" with teachers / with farmers) are two events.
    sa, sb = _associated(a), _associated(b)
    crowd = _KIND.get(a.event_type or "") == "crowd" and _KIND.get(b.event_type or "") == "crowd"
    if crowd and sa and sb and not sa & sb:
        return False, 0.0, f"different associated actors ({'; '.join(sorted(sa))} / {'; '.join(sorted(sb))})"
    if fa & fb:
        shared = sorted(fa & fb)
        # The state is a side of most incidents in its country: sharing it says less than sharing a named group.
        # An associate shared by two records that name it only as an associate is weak evidence too.
        points = sum(0.5 if x.startswith("state forces of ") or x not in na | nb else 1.0 for x in shared)
        return True, min(2.0, points), "shared actor(s): " + ", ".join(shared)
    return True, 0.0, "one report names no specific actor"


def actors_compatible(a: EventRecord, b: EventRecord) -> tuple[bool, str]:
    """Whether the actors can be the same (see the module docstring)."""
    ok, _, why = _actor_check(a, b)
    return ok, why


@functools.cache
def _kindred_table() -> tuple[float, dict[frozenset[str], tuple[float, str]]]:
    """data/dedup/types.toml (then ``$EVENTCODER_HOME/lexicons/types.toml``): points of sub-event type pairs."""
    texts = [resources.files("eventcoder.data.dedup").joinpath("types.toml").read_text(encoding="utf-8")]
    home = os.environ.get("EVENTCODER_HOME")
    user = Path(home) / "lexicons" / "types.toml" if home else None
    if user is not None and user.is_file():
        texts.append(user.read_text(encoding="utf-8"))
    default, pairs = -1.0, {}
    for text in texts:
        try:
            data = tomllib.loads(text)
            default = float(data.get("default", default))
            for item in data.get("pair") or []:
                pairs[frozenset((item["a"], item["b"]))] = (float(item["points"]), str(item.get("why", "")))
        except (tomllib.TOMLDecodeError, KeyError, TypeError, ValueError) as exc:
            raise ConfigError(f"types.toml: not a valid table of sub-event type pairs ({exc}); each [[pair]] "
                              "needs a, b and points") from exc
    return default, pairs


def kindred_points(sub_a: str | None, sub_b: str | None) -> tuple[float, str]:
    """The evidence two sub-event types of different event types of one kind give for one incident, and why.

    From data/dedup/types.toml: an attack on civilians and an armed clash are one incident told two ways often
    (0 points), an air strike and a clash rarely (the default, -1).
    """
    default, pairs = _kindred_table()
    return pairs.get(frozenset((sub_a or "", sub_b or "")), (default, ""))


# Strategic developments that one report tells as a step of its violent or crowd incident: the houses the raiders
# burned, the rioters the police arrested. ACLED codes co-occurring tactics as one event, the tactic highest in its
# hierarchy (the attack, the riot), so within one report such a record on the incident's day, sharing an actor
# with it, is a part of the incident (:mod:`eventcoder.dedup.incidents`), never across reports.
TACTIC_STEPS = ("Looting/property destruction", "Arrests")
_CIVILIANS = re.compile(r"^civilians\b")
# Whom a crowd's arrests may hold: the crowd itself (ACLED's crowd actors) or people the report does not name
# ("police arrested 15 people"); a named group or party arrested is an arrest of its own.
_CROWD_HELD = re.compile(r"^(?:protesters|rioters|demonstrators|civilians)\b")


def co_occurring(a: EventRecord, b: EventRecord, pa: Profile | None = None, pb: Profile | None = None) -> str | None:
    """Why ``a`` and ``b`` are co-occurring tactics of one incident (a looting or arrests step of a violent or
    crowd event, the same exact day, taken by a side of that event: its actor1 is one of the event's actors; or
    the arrests of a crowd, :func:`crowd_arrests`), or None."""
    (step, ps), (main, pm) = ((a, pa), (b, pb)) if a.sub_event_type in TACTIC_STEPS else ((b, pb), (a, pa))
    if step.sub_event_type not in TACTIC_STEPS or not _KIND.get(main.event_type or ""):
        return None
    if step.sub_event_type == "Arrests" and _KIND.get(main.event_type or "") == "crowd":
        return crowd_arrests(step, main, ps, pm)
    if not step.event_date or step.event_date[:10] != (main.event_date or "")[:10]:
        return None
    doer = norm_actor(step.actor1)
    if not doer or _CIVILIANS.match(doer) or doer not in {norm_actor(x) for x in (main.actor1, main.actor2) if x}:
        return None  # the looters or the arresting force must be a side of the incident (not only its victims)
    return (f"{step.sub_event_type} by {step.actor1} on the day of the {main.sub_event_type}: "
            "co-occurring tactics of one incident, coded as the higher in ACLED's hierarchy")


def _own_day(rec: EventRecord, prof: Profile | None) -> str:
    """The day the record's own words give (a date or a weekday), '' when it has none (undated, or dated only by its
    page, or only to the week or month)."""
    if not rec.event_date or (rec.time_precision or 1) != 1 or (prof is not None and report_dated(rec, prof)):
        return ""
    return rec.event_date[:10]


def _faced_states(crowd: EventRecord) -> set[str]:
    """The states whose forces faced the crowd: those it names, else its country's ("state forces of" dropped)."""
    named = {m.group(1) for x in (crowd.actor1, crowd.actor2) if x and (m := _STATE.match(norm_actor(x)))}
    if named:
        return named
    country = _norm(crowd.country) or _norm(_YEARS.sub("", crowd.actor1 or "")).partition("(")[2].rstrip(")")
    return {country.removeprefix("the ")} if country else set()


def crowd_arrests(step: EventRecord, crowd: EventRecord, ps: Profile | None = None,
                  pc: Profile | None = None) -> str | None:
    """Why an Arrests record of one report is a step of its crowd (Protests, Riots), or None.

    ACLED codes protesters arrested during a protest as a Protest with intervention, and a demonstration that turns
    violent as one riot: one event. The arrests are the crowd's when the arresting side is the state whose forces
    faced the crowd (those the crowd record names, else its country's), the arrested are the crowd or people the
    report does not name (not a named group), and they fall on the crowd's day or have no day of their own in the
    report. Arrests on another day (the next morning's raids) are an event of their own.
    """
    force = _STATE.match(norm_actor(step.actor1))
    if force is None or force.group(1) not in _faced_states(crowd):
        return None
    held = norm_actor(step.actor2)
    if held and not _CROWD_HELD.match(held) and held not in {norm_actor(crowd.actor1), norm_actor(crowd.actor2)}:
        return None
    day = _own_day(step, ps)
    if day and day != _own_day(crowd, pc):
        return None
    when = f"on the day of the {crowd.sub_event_type}" if day else "with no day of their own"
    return (f"Arrests by {step.actor1} of {step.actor2 or 'people'} {when}: the crowd's arrests by the force it "
            f"faced, one event with the {crowd.sub_event_type} (ACLED: a protest with intervention, or the riot)")


def _type_check(a: EventRecord, b: EventRecord, within_report: bool = False, pa: Profile | None = None,
                pb: Profile | None = None) -> _Check:
    if within_report and a.event_type != b.event_type:
        steps = co_occurring(a, b, pa, pb)
        if steps:
            return True, 0.0, steps
    if a.event_type == b.event_type:
        if a.sub_event_type == b.sub_event_type:
            return True, 1.0, f"same sub-event type ({a.sub_event_type})"
        if a.event_type == "Strategic developments":
            return False, 0.0, f"different strategic developments ({a.sub_event_type} / {b.sub_event_type})"
        return True, 0.5, f"same event type ({a.event_type}), sub-types {a.sub_event_type} / {b.sub_event_type}"
    ka, kb = _KIND.get(a.event_type or ""), _KIND.get(b.event_type or "")
    if ka and ka == kb:
        points, why = kindred_points(a.sub_event_type, b.sub_event_type)
        return True, points, f"event types {a.event_type} / {b.event_type}: one {ka} incident told two ways? " + \
            (f"({a.sub_event_type} / {b.sub_event_type}: {why})" if why else "(rarely)")
    return False, 0.0, f"different event types ({a.event_type} / {b.event_type})"


# A far higher count (or deaths after "no one was killed") is a later count of one incident only when stated as
# an update ("the toll rose to 12") or written within this many days of the lower one: days apart, the deadlier
# report is as likely another incident of the same town.
TOLL_RISE_DAYS = 3


def _rising(a: EventRecord, pa: Profile, b: EventRecord, pb: Profile, within: int | None = None) -> bool:
    """Whether the higher toll is the later count: stated as an update, or from a report written later (within
    ``within`` days of the lower one, when given)."""
    high, low = ((a, pa), (b, pb)) if a.fatalities > b.fatalities else ((b, pb), (a, pa))
    if high[1].toll_update:
        return True
    written_high, written_low = _written(high[1]), _written(low[1])
    if written_high is None or written_low is None or written_high <= written_low:
        return False
    return within is None or (written_high - written_low).days <= within


def _toll_check(a: EventRecord, b: EventRecord, pa: Profile, pb: Profile) -> tuple[float, str] | None:
    if not (reports_fatalities(a) and reports_fatalities(b)):
        return None
    fa, fb = a.fatalities, b.fatalities
    if fa == fb:
        # Two incidents share a toll of 1 or 2 often, a toll of 40 rarely.
        return (0.75 if fa < 5 else 1.0 if fa < 20 else 1.5), f"same toll ({fa})"
    soon = _rising(a, pa, b, pb, within=TOLL_RISE_DAYS)
    if not fa or not fb:
        if soon:
            # "No casualties were reported" at first, then the wounded die or bodies are found: a later count.
            return 0.0, f"tolls {fa} / {fb}: none at first, a later count of the dead"
        return -1.0, f"tolls {fa} / {fb}: one report says no one was killed"
    ratio = min(fa, fb) / max(fa, fb)
    if ratio >= 0.5:
        return 0.5, f"tolls {fa} / {fb} agree (an early and a later count)"
    if ratio >= 0.25 and _rising(a, pa, b, pb):
        # Tolls rise as bodies are found and the wounded die: an early count of 20 and a later one of 60 agree,
        # when the higher count is the later one (written later, or stated as an update).
        return 0.5, f"tolls {fa} / {fb}: an early count and a later, higher one"
    if ratio < 0.2 and not soon:
        return -0.5, f"tolls {fa} / {fb} differ widely"
    # A first count of a mass-casualty attack is often a tenth of the final one: a far higher count stated as an
    # update, or written within days, is no evidence either way.
    return 0.0, f"tolls {fa} / {fb}" + (": a far higher later count" if soon and ratio < 0.25 else "")


def _injuries_check(a: EventRecord, b: EventRecord) -> tuple[float, str] | None:
    """The same count of injured in both reports (at least 2): a detail of the incident, as a shared toll is."""
    ia, ib = a.injuries or 0, b.injuries or 0
    if ia >= 2 and ia == ib:
        return 0.5, f"same count of injured ({ia})"
    return None


def _crowd_group(a: EventRecord, b: EventRecord, pa: Profile | None = None, pb: Profile | None = None) -> str:
    """The named group both crowds are told with (an associated actor of each: a union, a party, a community; or
    the noun of who gathered in both texts, ``Profile.group``: traders), or ''. A crowd's group identifies it: two
    groups protesting are two events, so one group in common ties them."""
    if _KIND.get(a.event_type or "") != "crowd" or _KIND.get(b.event_type or "") != "crowd":
        return ""
    shared = sorted(x for x in _associated(a) & _associated(b) if not _STATE.match(x))
    if not shared and pa is not None and pb is not None:
        shared = sorted(f"{x}s" for x in set(pa.group) & set(pb.group))
    return shared[0] if shared else ""


def _one_town(a: EventRecord, pa: Profile, b: EventRecord, pb: Profile) -> bool:
    """Both records at one named town (the same name, or one name in two transliterations), town-precise."""
    if not (a.location and b.location) or max(place_precision(a, pa), place_precision(b, pb)) >= 3:
        return False
    return _norm(a.location) == _norm(b.location) or one_name(a.location, b.location)


def _crowd_tie(a: EventRecord, pa: Profile, b: EventRecord, pb: Profile) -> tuple[float, str] | None:
    """What ties a rally and a riot at one town as one crowd told two ways, besides its group: the incident both
    say it gathered over (two or more content words in common: "the killing of a taxi driver"; ``Profile.cause``
    keeps no issue), or the same number arrested (2 or more). An outlet that saw the crowd's start tells a rally,
    one that saw its end a riot, both with its cause and its arrests."""
    if _KIND.get(a.event_type or "") != "crowd" or _KIND.get(b.event_type or "") != "crowd" \
            or a.event_type == b.event_type or not _one_town(a, pa, b, pb):
        return None
    points, why = 0.0, []
    countries = _countries(a, b)
    shared = sorted(w for w in set(pa.cause) & set(pb.cause) if not _country_word(w, countries))
    if len(shared) >= 2:
        points += 0.5
        why.append("the same cause (" + ", ".join(shared[:4]) + ")")
    if pa.arrests is not None and pa.arrests >= 2 and pa.arrests == pb.arrests:
        points += 0.5
        why.append(f"the same count of arrests ({pa.arrests})")
    return (points, "; ".join(why)) if why else None


def _detail_check(pa: Profile, pb: Profile, countries: frozenset[str] = frozenset()) -> tuple[float, str] | None:
    ta, tb = set(pa.targets), set(pb.targets)
    points, why = 0.0, []
    named_a, named_b = _distinctive(pa.named, countries), _distinctive(pb.named, countries)
    shared_named = _shared_names(named_a, named_b)
    if shared_named:
        points += 1.5
        why.append("same named target (" + ", ".join(shared_named) + ")")
    else:
        classes = {n.partition(":")[0] for n in named_a} & {n.partition(":")[0] for n in named_b}
        if classes:
            points -= 1.5
            why.append("different named targets (" + ", ".join(sorted(named_a)) + " / " +
                       ", ".join(sorted(named_b)) + ")")
    if ta & tb:
        points += min(1.5, 0.75 * len(ta & tb))
        why.append("same target(s): " + ", ".join(sorted(ta & tb)))
    elif ta and tb:
        points -= 1.0
        why.append(f"different targets ({', '.join(sorted(ta))} / {', '.join(sorted(tb))})")
    return (points, "; ".join(why)) if why else None


def _shared_names(na: tuple[str, ...], nb: tuple[str, ...]) -> list[str]:
    out = []
    for x in na:
        cx, _, wx = x.partition(":")
        for y in nb:
            cy, _, wy = y.partition(":")
            if cx == cy and set(wx.split()) & set(wy.split()):
                out.append(x)
                break
    return sorted(set(out))


def _country_word(word: str, countries: frozenset[str]) -> bool:
    """Whether a word is a country's name or its adjective ("syrian" of Syria, "iraqi" of Iraq)."""
    for c in countries:
        n = 0
        while n < min(len(c), len(word)) and c[n] == word[n]:
            n += 1
        if n >= min(len(c), 5):
            return True
    return False


def _distinctive(named: tuple[str, ...], countries: frozenset[str]) -> tuple[str, ...]:
    """Named targets without the words of the countries ("the Syrian airbase" names no airbase); empty ones go."""
    if not countries:
        return named
    out = []
    for n in named:
        cls, _, words = n.partition(":")
        kept = [w for w in words.split() if not _country_word(w, countries)]
        if kept:
            out.append(f"{cls}:{' '.join(kept)}")
    return tuple(out)


def _countries(a: EventRecord, b: EventRecord) -> frozenset[str]:
    """The words of the two records' countries (a name of a target is not its country's name)."""
    return frozenset(w for c in (a.country, b.country) for w in _norm(c).split() if len(w) >= 4)


def _flags(a: EventRecord, pa: Profile, b: EventRecord, pb: Profile) -> tuple[bool, float, list[str]]:
    if pa.background or pb.background:
        return False, 0.0, ["a report recalls this event in passing (background): it never drives a merge"]
    points, why = 0.0, []
    if pa.recalled or pb.recalled:
        points -= 2.0
        why.append("a record is told in a sentence that recalls an earlier incident ('comes a week after')")
    if a.hedged or b.hedged:
        points -= 0.5
        why.append("a report is hedged (a claim, 'reportedly')")
    return True, points, why


# -- the assessment -------------------------------------------------------------------------------------------

def _tied(found: dict[str, float], toll: tuple[float, str] | None, detail: tuple[float, str] | None) -> bool:
    """Whether a detail of the incident ties two reports: the toll (the same, or an early and a later count), a
    target, or a shared named actor."""
    return bool((toll and toll[0] > 0) or (detail and detail[0] > 0) or found.get("actors", 0.0) >= 1.0
                or found.get("group"))


def _untied(found: dict[str, float], toll: tuple[float, str] | None, detail: tuple[float, str] | None,
            reasons: list[str]) -> float:
    """Points taken back from two event types told as one incident when no detail of it ties the reports.

    The types table (data/dedup/types.toml) says which pairs one incident is often told as; such a pair is one
    event when the date, the place *and* a distinctive detail agree: the toll, a target, a named actor. Without
    one, the pair counts as rarely one incident (the table's default), so that a town and a neutral pair of
    types alone never merge two attacks of the same city days apart.
    """
    if _tied(found, toll, detail):
        return 0.0
    default = _kindred_table()[0]
    if found.get("type", default) <= default:
        return 0.0
    reasons.append("no toll, target or named actor in common to tie the two event types")
    return default - found["type"]


def untimed(rec: EventRecord, prof: Profile) -> bool:
    """Whether nothing places the record in time: no date of its own, no weekday, no publication date, no date its
    report writes. Such a report fits an incident of its place of any year as well as another."""
    return not _dated(rec, prof) and prof.weekday is None and _written(prof) is None


def _no_time(rec: EventRecord, prof: Profile) -> bool:
    """Whether nothing places the record in time (:func:`untimed`) and nothing of its own tells its incident from
    another: no toll, no target, no town, no named non-state actor."""
    if not untimed(rec, prof):
        return False
    if reports_fatalities(rec) or prof.targets or prof.named or (rec.location and place_precision(rec, prof) < 3):
        return False  # a toll, a target or a town is a detail of its own
    return all(_STATE.match(a) for a in _all_named(rec))


def _timeless(a: EventRecord, pa: Profile, b: EventRecord, pb: Profile, found: dict[str, float],
              toll: tuple[float, str] | None, detail: tuple[float, str] | None, reasons: list[str]) -> float:
    """Points taken back when one report is placed in time by nothing and no detail of the incident ties the two.

    A report with no date of any kind (no day, no weekday, no publication date, no date written anywhere) and no
    detail of its own (no toll, no target, no town, only the state's forces or unnamed actors: "a clash with the
    army in the state") fits
    every incident of its kind in its province, of any year: the same type, province and state forces say nothing
    about *which* one. Placed only in the province (or less), it joins on a detail that tells incidents apart (the
    toll, a target, a named actor), never on what any incident there would share (two clashes years apart).
    """
    if not (_no_time(a, pa) or _no_time(b, pb)):
        return 0.0
    if (toll and toll[0] > 0) or (detail and detail[0] > 0) or found.get("actors", 0.0) >= 1.0:
        return 0.0
    reasons.append("one report is placed in time by nothing, and no toll, target or named actor ties the two")
    return -0.5


def contradicts_quickly(a: EventRecord, b: EventRecord, pa: Profile, pb: Profile) -> bool:
    """A cheap test, without reasons, of contradictions that need no profile detail (most candidate pairs).

    Only a sure contradiction returns True; :func:`assess` gives the full answer and its reasons.
    """
    if a.event_type != b.event_type and (_KIND.get(a.event_type or "") is None
                                         or _KIND.get(a.event_type or "") != _KIND.get(b.event_type or "")):
        return True
    if a.country and b.country and a.country != b.country and _norm(a.country) != _norm(b.country):
        return True
    if a.admin1 and b.admin1 and a.admin1 != b.admin1 and _norm(a.admin1) != _norm(b.admin1):
        return True
    if (a.time_precision or 1) == 1 and (b.time_precision or 1) == 1 and a.event_date and b.event_date \
            and pa.date_kind != "relative" and pb.date_kind != "relative" \
            and not report_dated(a, pa) and not report_dated(b, pb):
        return a.event_date[:10] != b.event_date[:10]
    return False


def assess(a: EventRecord, b: EventRecord, rules: MergeRules | None = None, *, lenient: bool = False,
           pa: Profile | None = None, pb: Profile | None = None, within_report: bool = False,
           crowd_parts: bool = False) -> Assessment:
    """Contradictions and evidence for ``a`` and ``b`` being one event; ``lenient`` for two copies of one text.

    ``within_report``: two records of one report (:mod:`eventcoder.dedup.incidents`): kinds of violence that
    differ on one day do not make two events there (the blast and the attack on the crowd are one incident's
    parts); what the report tells apart is decided by :func:`eventcoder.dedup.incidents.told_apart`.

    ``crowd_parts``: ``a`` or ``b`` is one of several crowd records its report tells as one incident (the rally and
    the violence that followed it): a record of the other part in another report is no second crowd on that day;
    every other check holds as for any two reports.
    """
    rules = rules or MergeRules()
    pa, pb = pa or Profile.of(a), pb or Profile.of(b)
    ok, points, reasons = _flags(a, pa, b, pb)
    if not ok:
        return Assessment(False, 0.0, reasons, "flags")
    pa, pb = _as_report_date(a, pa), _as_report_date(b, pb)
    found: dict[str, float] = {}
    for name, check in (("type", _type_check(a, b, within_report, pa, pb)), ("date", _date_check(a, pa, b, pb, rules)),
                        ("place", _place_check(a, b, rules, lenient, pa, pb)), ("actors", _actor_check(a, b, within_report))):
        good, pts, why = check
        reasons.append(why)
        if not good:
            return Assessment(False, 0.0, reasons, name)
        points += pts
        found[name] = pts
        if name == "place" and (_INSIDE in why or _DISTRICT in why):
            found["inside"] = 1.0
        if name == "place" and _NEAR_TIE in why:
            found["near_tie"] = 1.0
    toll, detail = _toll_check(a, b, pa, pb), _detail_check(pa, pb, _countries(a, b))
    injured = _injuries_check(a, b)
    for extra in (toll, detail, injured):
        if extra is not None:
            points += extra[0]
            reasons.append(extra[1])
    if injured is not None:  # the injured count is a detail of the incident, as a target is
        detail = (injured[0] + (detail[0] if detail else 0.0), injured[1])
    group = _crowd_group(a, b, pa, pb)
    if group:
        found["group"] = 1.0
        reasons.append(f"both crowds are told with {group}")
    crowd = _crowd_tie(a, pa, b, pb)
    if crowd is not None and not (detail and detail[0] < 0):
        # a crowd's cause or its arrests tie two reports as its group does; never against different targets
        points += crowd[0]
        found["group"] = 1.0
        reasons.append(crowd[1])
    if within_report:
        return Assessment(True, round(points, 3), reasons)
    extra_points, failed = _across_reports(a, pa, b, pb, found, toll, detail, reasons, crowd_parts)
    if failed:
        return Assessment(False, 0.0, reasons, failed)
    points += extra_points
    return Assessment(True, round(points, 3), reasons)


def _across_reports(a: EventRecord, pa: Profile, b: EventRecord, pb: Profile, found: dict[str, float],
                    toll: tuple[float, str] | None, detail: tuple[float, str] | None,
                    reasons: list[str], crowd_parts: bool = False) -> tuple[float, str]:
    """The checks of two reports' records that need the toll and the details: points taken back, or the failed check."""
    villages = villages_differ(a, pa, b, pb)
    if villages:
        reasons.append(villages)
        return 0.0, "place"
    if found.get("near_tie") and not ((toll and toll[0] > 0) or (detail and detail[0] > 0)):
        reasons.append("no toll or target in common to tie a crowd near one town to a crowd at another")
        return 0.0, "place"
    both_crowds = _KIND.get(a.event_type or "") == "crowd" == _KIND.get(b.event_type or "")
    if both_crowds and groups_differ(pa, pb):
        reasons.append(f"different crowds: {', '.join(pa.group)} / {', '.join(pb.group)} gathered")
        return 0.0, "group"
    if found.get("inside") and not _tied(found, toll, detail):
        # A district and its city (two towns of one district) are one place only when a detail of the incident says
        # it is the same incident.
        reasons.append("no toll, target or named actor in common to tie the two places")
        return 0.0, "place"
    points = 0.0
    if a.event_type != b.event_type:
        points += _untied(found, toll, detail, reasons)
    points += _timeless(a, pa, b, pb, found, toll, detail, reasons)
    if a.event_type != b.event_type and _dated(a, pa) and _dated(b, pb) \
            and not ((toll and toll[0] > 0) or (detail and detail[0] > 0) or found.get("group")):
        crowd = _one_crowd_day(a, pa, b, pb, detail)
        if crowd:
            reasons.append(crowd)
            return points, ""
        if crowd_parts and both_crowds and _one_town(a, pa, b, pb) and not (
                _causes_differ(a, pa, b, pb) or _sizes_differ(pa, pb)):
            reasons.append("one report tells the rally and the crowd's violence as parts of one incident")
            return points, ""
        # Two kinds of violence on one day in one town are two events (a clash and an air strike), unless a
        # detail of the incident ties the two reports together: the toll, the target. (Undated, the day does
        # not carry them together, and the evidence decides.)
        reasons.append("different event types on one day and no toll or target in common")
        return 0.0, "types-one-day"
    return points, ""


def _exact_day(rec: EventRecord, prof: Profile) -> str:
    """The record's own day when its text writes it out ("on 5 March"), else '': not a day read from a weekday or
    "yesterday" (it may be a day off), nor the page's date, nor a week or a month."""
    if not rec.event_date or (rec.time_precision or 1) != 1 or prof.date_kind != "explicit":
        return ""
    return rec.event_date[:10]


def _weekday_day(rec: EventRecord, prof: Profile) -> str:
    """The record's day when it was read from the weekday its sentences name ("on Thursday") against its report's
    own publication date, else '': the weekday is the date's, and the date lies in the week up to that publication
    day. A weekday names its day whatever the hour or the time zone the page was dated in ("yesterday" or "last
    night" is a day off when the page is dated the next morning), so two reports that resolve it to one date name one
    day, as two written dates do."""
    if prof.date_kind != "relative" or (rec.time_precision or 1) != 1 or prof.weekday is None:
        return ""
    day, published = _iso(rec.event_date), _iso(prof.published)
    if day is None or published is None or day.weekday() != prof.weekday or not 0 <= (published - day).days <= 6:
        return ""
    return day.isoformat()


def _crowd_day(rec: EventRecord, prof: Profile) -> str:
    """The day a crowd record's text gives for sure: written out, or read from a weekday against its report's own
    publication date (:func:`_weekday_day`); '' otherwise."""
    return _exact_day(rec, prof) or _weekday_day(rec, prof)


def _causes_differ(a: EventRecord, pa: Profile, b: EventRecord, pb: Profile) -> bool:
    """Whether both crowds are told with what they gathered over and the two share no word of it."""
    countries = _countries(a, b)
    ca = {w for w in pa.cause if not _country_word(w, countries)}
    cb = {w for w in pb.cause if not _country_word(w, countries)}
    return bool(ca and cb) and not ca & cb


# Mob violence is a violent crowd that is not demonstrating (a lynching, a communal attack): one outlet may tell as
# mob violence what another tells as a rally that turned violent (windows smashed, cars burned), but a mob whose
# victims or opponents (civilians, a community, a party, the police) the other report does not name attacked them:
# an event of its own.
_MOB = "Mob violence"
# Crowd counts of one crowd differ between outlets (the organisers' and the police's) by a few times, not by this:
# a march of 500 and a group of 20 breaking windows the same day are two crowds.
CROWD_SIZE_RATIO = 10


def _sizes_differ(pa: Profile, pb: Profile) -> bool:
    """Whether both crowds are counted (``Profile.crowd``) and one count is ``CROWD_SIZE_RATIO`` times the other."""
    if not pa.crowd or not pb.crowd:
        return False
    return max(pa.crowd, pb.crowd) >= CROWD_SIZE_RATIO * min(pa.crowd, pb.crowd)


def _mentioned(names: list[str | None]) -> set[str]:
    """The actors of ``names`` (fields, each ';'-separated), normalised, each state force as its state; not an
    unidentified or unknown actor (no one in particular)."""
    found = {norm_actor(x) for field_ in names if field_ for x in field_.split(";") if x.strip()}
    return _sides({x for x in found if not _UNIDENTIFIED.match(x) and not x.startswith("unknown")})


def _unmentioned_victims(a: EventRecord, b: EventRecord) -> set[str]:
    """Whom a mob of the two records attacked or fought (its actor2 and their associates: civilians, a community, a
    party, the police) that the other record does not name among its actors or their associates.

    A rally's actor2 is the force that intervened in it (the police that dispersed it), not anyone its crowd
    attacked: it never names a mob's victims (a mob that killed a policeman is not the rally the police broke up)."""
    out: set[str] = set()
    for mob, other in ((a, b), (b, a)):
        if mob.sub_event_type == _MOB:
            named = [other.actor1, other.assoc_actor_1]
            if other.event_type != "Protests":
                named += [other.actor2, other.assoc_actor_2]
            out |= _mentioned([mob.actor2, mob.assoc_actor_2]) - _mentioned(named)
    return out


def groups_differ(pa: Profile, pb: Profile) -> bool:
    """Whether both crowds are told with who gathered (``Profile.group``: farmers, students) and no noun is shared.

    ACLED codes different actors at one place and day as separate events: market traders rioting over their stalls
    and students rioting over a classmate's death in one town are two riots, whatever the outlets' generic
    'Rioters' say."""
    return bool(pa.group and pb.group) and not set(pa.group) & set(pb.group)



def _one_crowd_day(a: EventRecord, pa: Profile, b: EventRecord, pb: Profile,
                   detail: tuple[float, str] | None) -> str:
    """Why a rally and a riot need no tie to be weighed as one crowd ('' when they do): both at one town on one day
    that both texts give for sure (written out, or read from a weekday against the report's own publication date,
    :func:`_crowd_day`). ACLED codes a demonstration that turns violent as one riot, and one event for one day,
    place, actors and activity; one outlet saw the rally, another the riot or the mob. The evidence then decides,
    as for other event types of one kind; what tells two crowds apart still does: different targets (negative
    detail), different groups or opposing forces (the actor check, before this), what each gathered over when both
    say it, crowds counted an order of magnitude apart, and a mob's victims that the other report does not name.
    A day read from "yesterday", the page's date, or days apart keep the refusal: the same city's crowds of other
    days are the confusable ones."""
    if _KIND.get(a.event_type or "") != "crowd" or _KIND.get(b.event_type or "") != "crowd":
        return ""
    day = _crowd_day(a, pa)
    if not day or day != _crowd_day(b, pb) or not _one_town(a, pa, b, pb):
        return ""
    if (detail and detail[0] < 0) or _causes_differ(a, pa, b, pb) or _sizes_differ(pa, pb) \
            or _unmentioned_victims(a, b) or groups_differ(pa, pb):
        return ""
    kinds = "both days written out" if _exact_day(a, pa) and _exact_day(b, pb) else \
        "each day written out or read from a weekday against its page's date"
    return (f"a {a.sub_event_type} and a {b.sub_event_type} at {a.location} on {day}, {kinds}: one crowd told two "
            "ways (a demonstration that turns violent is one riot), weighed on the evidence")


def compatible(a: EventRecord, b: EventRecord, rules: MergeRules | None = None, *, lenient: bool = False,
               pa: Profile | None = None, pb: Profile | None = None) -> Assessment:
    """Whether nothing contradicts ``a`` and ``b`` being one event (truthy), with the evidence and reasons."""
    return assess(a, b, rules, lenient=lenient, pa=pa, pb=pb)


def score(a: EventRecord, b: EventRecord, pa: Profile | None = None, pb: Profile | None = None) -> float:
    """The evidence (points) for two records being one event; 0 when they contradict."""
    return assess(a, b, pa=pa, pb=pb).score


def sub_event_rank(sub: str | None) -> int:
    """Position in ACLED's hierarchy (lower wins when reports disagree on the tactic)."""
    return _SUB_ORDER.get(sub or "", len(_SUB_ORDER))


def record_key(rec: EventRecord) -> dict[str, Any]:
    """The fields shown when explaining a merge."""
    return {k: getattr(rec, k) for k in ("event_date", "sub_event_type", "location", "actor1", "actor2", "fatalities")}

