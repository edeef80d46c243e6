"""The canonical event of a cluster of records, derived (never edited) from its sources.

Because the canonical fields are recomputed from the sources each time one is added or
removed, a merge can always be undone without loss.

Which source gives which field:

- date fields: a day of the event's own before one that is only its report's date (``merge.report_dated``),
  then the most precise date (lowest ``time_precision``), then the earliest;
- place fields: the most precise place (lowest ``geo_precision``), then the most confident;
- actors: the record naming the most specific actors, then the most confident; an unidentified actor1 takes
  the name another record gives that side;
- notes: the most confident record's, or a summary of the canonical fields when the sources disagree;
- sub-event type: the one highest in ACLED's hierarchy among the sources;
- **fatalities: the lowest figure among the sources that report one** (ACLED: "when there are
  conflicting reports, the most conservative estimate is recorded", until a corroborated one
  is available). A source that says nothing about deaths does not count as reporting zero.
  UCDP instead keeps a *best* estimate with low and high bounds; we keep both bounds too, in
  ``fatalities_low`` (the lowest low) and ``fatalities_high`` (the highest high), and every
  source's own figures stay in ``event_sources``, so either rule can be recomputed. Disputed
  figures are stated in ``notes``, as ACLED does. Injuries and the civilian/attacker split
  take the lowest reported figure likewise. Near-duplicate copies of one text are one report:
  it counts with the highest figure read from any of its copies (a body-only copy that lost
  the headline's toll is a poorer reading, not a conflicting report).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cache
from typing import Any

from eventcoder.dedup.merge import (
    _GENERIC,
    _STATE,
    _UNIDENTIFIED,
    _named,
    crowd_arrests,
    norm_actor,
    place_precision,
    report_dated,
    reports_fatalities,
    sub_event_rank,
)
from eventcoder.dedup.profile import Profile
from eventcoder.model import EventRecord
from eventcoder.vocab import DISORDER_OF, Inter, SubEventType, interaction, notes_summary

__all__ = ["SourceRecord", "canonical_event", "id_prefix", "new_event_id", "reports_fatalities"]

_DATE_FIELDS = ("event_date", "year", "time_precision")
_PLACE_FIELDS = ("iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
                 "geo_precision", "geonameid")
_ACTOR_FIELDS = ("actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
                 "civilian_targeting")


@dataclass(frozen=True)
class SourceRecord:
    """One record attached to an event, with the document facts the canonical event needs."""

    record: EventRecord
    document_id: str
    record_index: int
    cluster_id: str
    role: str
    outlet: str | None = None
    published: str | None = None
    profile: Profile = Profile()


def new_event_id(document_id: str, record_index: int) -> str:
    """A stable id for the event first coded from record ``record_index`` of ``document_id``."""
    return "ev_" + hashlib.sha1(f"{document_id}:{record_index}".encode()).hexdigest()[:16]


@cache
def _alpha3(country: str | None, iso: int | None) -> str:
    from eventcoder.countries import all_countries, lookup

    if iso is not None:
        for c in all_countries():
            if c.numeric == iso:
                return c.iso3
    found = lookup(country) if country else None
    return found.iso3 if found else "XXX"


def id_prefix(country: str | None, iso: int | None) -> str:
    """The prefix of ACLED-style ids: the country's ISO alpha-3 code, ``XXX`` when unknown."""
    return _alpha3(country, iso)


def _min(values: list[int | None]) -> int | None:
    known = [v for v in values if v is not None]
    return min(known) if known else None


def _lowest_report(sources: list[SourceRecord], name: str) -> int | None:
    """The lowest figure over independent reports, each report counting with its highest reading."""
    by_report: dict[str, int] = {}
    for src in sources:
        value = getattr(src.record, name)
        if value is not None:
            by_report[src.cluster_id] = max(by_report.get(src.cluster_id, value), value)
    return min(by_report.values()) if by_report else None


@dataclass(frozen=True)
class _Report:
    """One independent report's toll: its highest reading over its copies, whether stated as an update."""

    cluster_id: str
    document_id: str
    figure: int
    update: bool
    published: str | None


def _reports(sources: list[SourceRecord]) -> list[_Report]:
    best: dict[str, _Report] = {}
    for src in sources:
        if not reports_fatalities(src.record):
            continue
        seen = best.get(src.cluster_id)
        mine = _Report(src.cluster_id, src.document_id, src.record.fatalities, src.profile.toll_update,
                       src.profile.published or src.published)
        if seen is None or (mine.figure, mine.update) > (seen.figure, seen.update):
            best[src.cluster_id] = mine
    return sorted(best.values(), key=lambda r: (r.figure, r.document_id))


def _superseded(reports: list[_Report]) -> dict[str, _Report]:
    """Reports whose toll a later report states as an update ("the toll rose to 32"): report -> the update."""
    out: dict[str, _Report] = {}
    for old in reports:
        for new in reports:
            if not new.update or new.figure <= old.figure or new.cluster_id == old.cluster_id:
                continue
            if old.published and new.published and new.published < old.published:
                continue  # an "update" published before the report it would update is not one
            if old.cluster_id not in out or new.figure > out[old.cluster_id].figure:
                out[old.cluster_id] = new
    return out


def _fatality_fields(sources: list[SourceRecord], out: dict[str, Any], info: dict[str, Any]) -> str | None:
    """Set the toll fields (ACLED's most conservative figure, the range, updates); returns the note on them.

    Copies of one text are one report: a lower figure from a copy (a body without its headline) is a poorer
    reading of the same report, not a conflicting one. So each document cluster counts with its highest
    reading, and the lowest over the independent reports is coded, except that a toll a later report
    states as an update of it ("the death toll rose to 32") is superseded: ACLED keeps the most
    conservative estimate until a more reliable one is available.
    """
    reporting = [s.record for s in sources if reports_fatalities(s.record)]
    reports = _reports(sources)
    superseded = _superseded(reports)
    current = [r for r in reports if r.cluster_id not in superseded] or reports
    figures = sorted({r.figure for r in reports})
    out["fatalities"] = min((r.figure for r in current), default=0)
    out["fatalities_low"] = _min([r.fatalities_low if r.fatalities_low is not None else r.fatalities
                                  for r in reporting])
    highs = [r.fatalities_high if r.fatalities_high is not None else r.fatalities for r in reporting]
    out["fatalities_high"] = max(highs) if highs else None
    info["fatalities"] = {"rule": "lowest reported" + ("; updates supersede earlier tolls" if superseded else ""),
                          "reported": figures}
    if superseded:
        info["fatalities"]["superseded"] = [{"document_id": r.document_id, "figure": r.figure,
                                             "by": superseded[r.cluster_id].document_id,
                                             "by_figure": superseded[r.cluster_id].figure}
                                            for r in reports if r.cluster_id in superseded]
    notes = []
    if len(figures) > 1:
        notes.append(f"Sources report between {figures[0]} and {figures[-1]} fatalities; "
                     + ("the lowest current figure is coded." if superseded else "the lowest is coded."))
    for r in reports:
        if r.cluster_id in superseded:
            notes.append(f"An early toll of {r.figure} was superseded by a later report of {superseded[r.cluster_id].figure}.")
    return " ".join(notes) or None


_CROWD_TOLD = {"Protests", "Riots"}  # one crowd told as a rally by one outlet, as a riot by another


def _type_fields(by_conf: list[SourceRecord], out: dict[str, Any], info: dict[str, Any]) -> list[SourceRecord]:
    """Set the type fields; returns the sources of that event type (the actors are taken from one of them).

    The event type most independent reports give wins (one attack is a clash to one outlet, an attack on
    civilians to two others), except that a crowd told as a rally and as a riot is the riot whatever the votes;
    within the type, the sub-event type highest in ACLED's hierarchy.
    """
    votes: dict[str, set[str]] = {}
    for s in by_conf:
        votes.setdefault(s.record.event_type or "", set()).add(s.cluster_id)
    top = max(votes.values(), key=len)
    tied = {t for t, v in votes.items() if len(v) == len(top)}
    if set(votes) == _CROWD_TOLD:
        # ACLED: a demonstration that turns violent is a riot. The outlet that saw the rally's start tells a
        # peaceful protest, the one that saw its end the riot (or the deaths): the merged crowd is the riot.
        tied = {"Riots"}
    typed = [s for s in by_conf if (s.record.event_type or "") in tied]
    best = min(typed, key=lambda s: sub_event_rank(s.record.sub_event_type))
    out["event_type"], out["sub_event_type"] = best.record.event_type, best.record.sub_event_type
    try:
        out["disorder_type"] = DISORDER_OF[SubEventType(out["sub_event_type"])].value
    except ValueError:
        out["disorder_type"] = best.record.disorder_type
    info["type"] = best.document_id
    return [s for s in typed if s.record.event_type == best.record.event_type]


def _actor_fields(typed: list[SourceRecord], out: dict[str, Any], info: dict[str, Any]) -> None:
    """The actors of the record naming the most specific parties; an unidentified actor1 takes a name another
    report of the event gives its side ("gunmen" in one outlet, "Al Shabaab gunmen" in the next)."""
    best = max(typed, key=lambda s: len(_named(s.record)) + (0.5 if s.record.actor2 else 0.0))
    out.update({f: getattr(best.record, f) for f in _ACTOR_FIELDS})
    info["actors"] = best.document_id
    if not (best.record.actor1 and _UNIDENTIFIED.match(best.record.actor1)):
        return
    # A name for the unknown side: a non-state group (state forces are never "unidentified"), not the other
    # side's, and the one name every record that names it gives (sources that disagree leave it unidentified).
    other_side = {norm_actor(a) for a in (best.record.actor2, best.record.assoc_actor_2) if a}
    namers = [s for s in typed if s.record.actor1 and not _GENERIC.match(s.record.actor1)
              and not _STATE.match(norm_actor(s.record.actor1)) and s.record.inter1 != Inter.STATE_FORCES.value
              and norm_actor(s.record.actor1) not in other_side]
    if len({norm_actor(s.record.actor1) for s in namers}) != 1:
        if namers:
            info["actor1_disputed"] = sorted({s.record.actor1 or "" for s in namers})
        return
    namer = max(namers, key=lambda s: (s.record.confidence, s.document_id))
    # Only the name (and its actor type when the record gives one): the namer's associates may be the other
    # side's, as its reading of the roles differs.
    out["actor1"] = namer.record.actor1
    out["inter1"] = namer.record.inter1 or out["inter1"]
    assoc = [a.strip() for a in (out.get("assoc_actor_1") or "").split(";") if a.strip()]
    out["assoc_actor_1"] = "; ".join(a for a in assoc if norm_actor(a) != norm_actor(out["actor1"])) or None
    inters = (out["inter1"], out["inter2"])
    out["interaction"] = interaction(*(Inter(v) if v else None for v in inters)) if set(inters) - {None} <= _INTERS \
        else None
    info["actor1"] = namer.document_id


def _intervention(sources: list[SourceRecord], out: dict[str, Any], info: dict[str, Any]) -> None:
    """A peaceful protest whose report also tells the crowd's arrests (a step of it: ``merge.crowd_arrests``) is a
    Protest with intervention, as ACLED codes protesters arrested during a protest; the arresting force is its
    actor2 when no record names one."""
    if out.get("sub_event_type") != SubEventType.PEACEFUL_PROTEST.value:
        return
    crowds = [s for s in sources if s.record.event_type == "Protests"]
    step = next((s for s in sources if s.record.sub_event_type == SubEventType.ARRESTS.value and any(
        c.cluster_id == s.cluster_id and crowd_arrests(s.record, c.record, s.profile, c.profile) for c in crowds)), None)
    if step is None:
        return
    out["sub_event_type"] = SubEventType.PROTEST_WITH_INTERVENTION.value
    out["disorder_type"] = DISORDER_OF[SubEventType.PROTEST_WITH_INTERVENTION].value
    info["intervention"] = step.document_id
    if out.get("actor2") or not step.record.actor1:
        return
    out["actor2"], out["inter2"] = step.record.actor1, step.record.inter1
    inters = (out.get("inter1"), out["inter2"])
    out["interaction"] = interaction(*(Inter(v) if v else None for v in inters)) if set(inters) - {None} <= _INTERS \
        else None


# ACLED's actor types: an interaction is recomputed only from these.
_INTERS = {i.value for i in Inter}

# The fields a record's notes summarise: when its sources disagree on one, the notes are written afresh.
_SUMMARISED = ("event_date", "actor1", "actor2", "sub_event_type", "location", "admin1", "country", "fatalities",
               "injuries")


def _notes(first: EventRecord, out: dict[str, Any]) -> str | None:
    """The most confident source's notes if they tell the canonical event, else a summary of its fields.

    The canonical fields come from several records (the date from one, the actors from another), so the
    first record's summary may state another day or party than the event's own columns.
    """
    if all(getattr(first, f) == out.get(f) for f in _SUMMARISED) or not out.get("sub_event_type"):
        return first.notes
    return notes_summary(out.get("event_date"), out.get("actor1"), out["sub_event_type"], out.get("location"),
                         out.get("admin1"), out.get("country"), out.get("actor2"), out.get("fatalities") or 0,
                         out.get("injuries"), bool(out.get("fatalities_split")))


def canonical_event(sources: list[SourceRecord], *, event_id: str, assigned_id_cnty: str | None = None,
                    timestamp: int | None = None) -> dict[str, Any]:
    """The canonical event's columns (model.ACLED_COLUMNS + EXTRA_COLUMNS) and how each was chosen.

    ``event_id_cnty`` is ``assigned_id_cnty`` (the store numbers events per country) or empty.
    """
    if not sources:
        raise ValueError(f"event {event_id} has no sources to derive it from")
    recs = [s.record for s in sources]
    by_conf = sorted(sources, key=lambda s: (-s.record.confidence, s.document_id, s.record_index))
    first = by_conf[0]
    out: dict[str, Any] = first.record.to_dict()
    out.pop("evidence", None)
    info: dict[str, Any] = {}

    dated = [s for s in sources if s.record.event_date]
    if dated:
        # A day of its own before a date that is only the report's (the event was that day or before it).
        best = min(dated, key=lambda s: (report_dated(s.record, s.profile), s.record.time_precision or 1,
                                         s.record.event_date, s.document_id))
        out.update({f: getattr(best.record, f) for f in _DATE_FIELDS})
        info["date"] = best.document_id
    placed = [s for s in sources if s.record.latitude is not None or s.record.location or s.record.admin1]
    if placed:
        best = min(placed, key=lambda s: (s.record.latitude is None, place_precision(s.record, s.profile),
                                          -s.record.confidence, s.document_id))
        out.update({f: getattr(best.record, f) for f in _PLACE_FIELDS})
        info["place"] = best.document_id
    _actor_fields(_type_fields(by_conf, out, info), out, info)
    _intervention(sources, out, info)

    toll_note = _fatality_fields(sources, out, info)
    out["injuries"] = _lowest_report(sources, "injuries")
    out["civilian_fatalities"] = _lowest_report(sources, "civilian_fatalities")
    out["attacker_fatalities"] = _lowest_report(sources, "attacker_fatalities")
    out["fatalities_split"] = any(r.fatalities_split for r in recs)
    out["hedged"] = all(r.hedged for r in recs)
    out["confidence"] = max(r.confidence for r in recs)

    outlets = sorted({s.outlet for s in sources if s.outlet})
    out["source"] = "; ".join(outlets) or None
    tags = sorted({t.strip() for r in recs if r.tags for t in r.tags.split(";") if t.strip()})
    out["tags"] = "; ".join(tags) or None
    notes = _notes(first.record, out)
    if toll_note:
        notes = f"{notes} {toll_note}" if notes else toll_note
    out["notes"] = notes
    out["document_id"] = min(sources, key=lambda s: (s.role != "origin", s.published or "9999", s.document_id)
                             ).document_id
    out["timestamp"] = timestamp
    out["event_id_cnty"] = assigned_id_cnty or ""
    out["n_sources"] = len({s.cluster_id for s in sources})
    out["merge_info"] = info
    return out
