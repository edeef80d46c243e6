"""One report, one incident: which of a report's records tell one incident in parts.

A news report is written about an incident, and extraction often codes it as several records: the blast and
the attack on the crowd, the siege and the rescue, a headline toll at the city and a body toll in its district,
an undated fragment ("the gunmen fled") beside the dated lead. Stored apart, these parts become several events
for one incident, and each part is matched with other reports on its own, with none of the date or place its
siblings give. So a report's records are grouped into *incidents* before they are matched with stored events
(:func:`eventcoder.dedup.linkage.plan`): a group enters the linkage as one unit, and complete linkage then
checks every part against every source of a candidate event (an undated part cannot join an event of another
day when its dated sibling contradicts it).

Two records of one report are one incident when nothing contradicts it (:func:`~eventcoder.dedup.merge.assess`
with ``within_report``: the same place at its precision, compatible dates, kindred event types, actors) and
the report does not tell them apart. A report tells two records apart when:

- both state a toll, of the same sub-event type, and the tolls differ: it counts them separately ("one strike
  killed two, another five"), unless the higher is stated as an update of the lower ("the toll rose to 32"):
  one count revised;
- they are at two places the report names apart (two towns; a town and its district or province, or a district
  and the city it lies in by the gazetteer's populations, are one place told at two precisions);
- they name different targets of one class ("the Central Market" / "the Grand Market"), or only different
  target classes ("a school" / "a market");
- one is told as an earlier incident recalled in passing ("comes a week after ...") or flagged as background.

Counts and targets never tell apart what ACLED aggregates into one event, "two incidents on the same day and place,
involving the same actors and type of activity": two records of one sub-event type with each its own exact day (not
the page's), one town and the same actors (twin blasts counted bomber by bomber; gunmen who stormed a school and then
a church of the town).

Records are taken lead first (the headline's or the first trigger's), then in order, and each joins the first
group it fits with every member of (complete linkage: a vague part cannot chain two incidents).
"""

from __future__ import annotations

from eventcoder.dedup.canonical import SourceRecord
from eventcoder.dedup.merge import (
    MergeRules,
    assess,
    inside_city,
    km_apart,
    norm_actor,
    one_name,
    place_precision,
    report_dated,
    reports_fatalities,
)
from eventcoder.dedup.profile import Profile
from eventcoder.model import EventRecord

__all__ = ["group_incidents", "told_apart"]


def _norm(value: str | None) -> str:
    return " ".join((value or "").split()).casefold()


def _targets_differ(pa: Profile, pb: Profile) -> str | None:
    named_a = {n.partition(":")[0]: n for n in pa.named}
    named_b = {n.partition(":")[0]: n for n in pb.named}
    for cls in sorted(set(named_a) & set(named_b)):
        wa, wb = set(named_a[cls].partition(":")[2].split()), set(named_b[cls].partition(":")[2].split())
        if not wa & wb:
            return f"different named targets ({named_a[cls]} / {named_b[cls]})"
    if pa.targets and pb.targets and not set(pa.targets) & set(pb.targets):
        return f"different targets ({', '.join(pa.targets)} / {', '.join(pb.targets)})"
    return None


def _places_differ(a: EventRecord, b: EventRecord, pa: Profile, pb: Profile) -> str | None:
    """Two places the report names apart: towns of different names, neither the other's district or province."""
    la, lb = _norm(a.location), _norm(b.location)
    if not la or not lb or la == lb or max(place_precision(a, pa), place_precision(b, pb)) >= 3:
        return None
    if (la == _norm(b.admin2) and (a.geo_precision or 1) >= 2) or (lb == _norm(a.admin2) and (b.geo_precision or 1) >= 2):
        return None  # a town and its district, as two sentences name it
    if la.split(" - ")[0] == lb.split(" - ")[0]:
        return None  # a city and one of its districts ("City - District")
    km = km_apart(a, b)
    if km is not None and km <= MergeRules.max_km_same_place:
        return None  # two names of one spot (a town and its twin, a spelling): one place, as across reports
    if km is not None and _norm(a.admin1) == _norm(b.admin1) and inside_city(a, pa, b, pb, km):
        return None  # a district and the city it lies in (the gazetteer's populations): one place, two precisions
    if km is not None and _one_scene(a, b, pa, pb, km):
        return None  # the scene told from a reference point, or a village and its district town
    return f"the report names two places ({a.location} / {b.location}): ACLED codes one event per location"


def _one_scene(a: EventRecord, b: EventRecord, pa: Profile, pb: Profile, km: float) -> bool:
    """Whether two places of one report are one scene told two ways: a record that is not the report's lead, with
    no toll of its own, of the lead's sub-event type on its exact day (or neither dated: a report that dates nothing
    puts neither on another day), placed "near" a town within ``max_km_near``
    of the other's place (the report locates the scene from a reference point: "the strike near X"), or at the town
    that names the other's district within ``max_km_district`` (a village and its district town).

    A digest's further event has a detail of its own (its toll), another type or day, or is told as one ("another
    strike", "also", "elsewhere": ``Profile.another``): those stay apart.
    """
    if a.sub_event_type != b.sub_event_type or (a.event_date or "")[:10] != (b.event_date or "")[:10] \
            or _norm(a.admin1) != _norm(b.admin1):
        return False
    rules = MergeRules()
    for (bare, pbare), (other, pother) in (((a, pa), (b, pb)), ((b, pb), (a, pa))):
        if pbare.lead or not pother.lead or pbare.another or pbare.recalled:
            continue  # only a later mention beside the lead, not told as a further event
        if reports_fatalities(bare) and bare.fatalities != other.fatalities:
            continue  # a toll of its own: a second incident the report counts
        if (bare.geo_precision or 1) == 2 and km <= rules.max_km_near:
            return True
        if one_name(bare.location, other.admin2) and km <= rules.max_km_district:
            return True
    return False


def _revised(a: SourceRecord, b: SourceRecord) -> bool:
    """Whether the higher of two tolls is stated as an update of the lower ("the toll rose to 32" after "20
    killed"): the report revises one count, it does not count two incidents."""
    high = a if (a.record.fatalities or 0) > (b.record.fatalities or 0) else b
    return high.profile.toll_update


def _aggregated(a: SourceRecord, b: SourceRecord) -> bool:
    """Whether ACLED codes the two records' incidents as one event: "two incidents on the same day and place,
    involving the same actors and type of activity, will be aggregated into a single event" (the type is checked
    by the caller). The day must be each record's own exact day (not its page's date), the place a town."""
    ra, rb = a.record, b.record
    for rec, prof in ((ra, a.profile), (rb, b.profile)):
        if not rec.event_date or (rec.time_precision or 1) != 1 or prof.date_kind not in ("explicit", "relative") \
                or report_dated(rec, prof) or not rec.location or place_precision(rec, prof) != 1:
            return False
    if ra.event_date[:10] != (rb.event_date or "")[:10] or _norm(ra.location) != _norm(rb.location):  # type: ignore[index]
        return False
    return {norm_actor(ra.actor1), norm_actor(ra.actor2)} == {norm_actor(rb.actor1), norm_actor(rb.actor2)}


def told_apart(a: SourceRecord, b: SourceRecord) -> str | None:
    """Why one report's two records are two incidents it tells apart (None: nothing in the report says so)."""
    ra, rb = a.record, b.record
    if a.profile.background or b.profile.background:
        return "a record is an earlier incident recalled in passing (background)"
    if a.profile.recalled != b.profile.recalled:
        return "one record is told as an earlier incident ('comes a week after')"
    if ra.sub_event_type == rb.sub_event_type and _aggregated(a, b):
        return None  # ACLED's one event, however the report counts or names its targets (the school, the church)
    if ra.sub_event_type == rb.sub_event_type and reports_fatalities(ra) and reports_fatalities(rb) \
            and ra.fatalities != rb.fatalities and not _revised(a, b):
        return f"the report counts them apart ({ra.sub_event_type}: {ra.fatalities} / {rb.fatalities} killed)"
    return _places_differ(ra, rb, a.profile, b.profile) or _targets_differ(a.profile, b.profile)


def _one_incident(a: SourceRecord, b: SourceRecord, rules: MergeRules) -> str | None:
    """Why ``a`` and ``b`` are one incident of their report (None: they are not)."""
    if told_apart(a, b) is not None:
        return None
    found = assess(a.record, b.record, rules, pa=a.profile, pb=b.profile, within_report=True)
    if not found:
        return None
    return "; ".join(r for r in found.reasons if r)


def group_incidents(records: list[SourceRecord], rules: MergeRules) -> list[tuple[list[SourceRecord], list[str]]]:
    """The report's records grouped into incidents (see the module docstring), each with why its parts joined.

    ``records`` are the records of one report; groups come in the order of their first record.
    """
    ordered = sorted(records, key=lambda s: (not s.profile.lead, s.record_index))
    groups: list[tuple[list[SourceRecord], list[str]]] = []
    for src in ordered:
        for members, why in groups:
            found = [_one_incident(src, m, rules) for m in members]
            if all(f is not None for f in found):
                members.append(src)
                why.append(f"record {src.record_index} is part of the incident of record "
                           f"{members[0].record_index} of the same report: {found[0]}")
                break
        else:
            groups.append(([src], []))
    return sorted(groups, key=lambda g: min(s.record_index for s in g[0]))
