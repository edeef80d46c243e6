"""Which stored events a new report's records join, and which stored events they show to be one.

When a report arrives, its records and the stored events near them (``store.candidates``) form a small
neighbourhood. The records are clustered into it by average linkage under constraints:

- two groups can join only when nothing contradicts one event between *any* record of one and *any* record
  of the other (complete linkage of contradictions: a vague report cannot chain two distinct events), and
  when no report (document cluster) is in both (one report never supports one event twice: it told them
  apart);
- among the joinable pairs, the one with the highest mean evidence joins first, if that mean reaches
  ``MergeRules.min_score``; then again, until no pair qualifies. Only pairs that involve a new record are
  considered: two stored events join only through a new record that fits both (its evidence counts in the
  mean), never on their own;
- so that the order of arrival does not decide, two more joins qualify (at the threshold): a new report that
  reaches it with every report of another group, whose reports agree with its own group's within
  ``BRIDGE_SLACK`` (it ties them); and a report that reaches it with one report of a group, falls short of the
  mean by less than ``AMBIGUITY_MARGIN`` (each pair within ``BRIDGE_SLACK``), when the mean over every pair of
  reports of the joined event, inside and across, reaches it (stored one by one in another order, they would
  have joined);
- a *vague* record (no day, or only the province) that fits two groups about equally well (within
  ``AMBIGUITY_MARGIN``) which cannot join each other stays alone: which one it reports would be a guess.

Before that, the report's own records are grouped into incidents (:mod:`eventcoder.dedup.incidents`): the parts
of one incident enter as one group.

The result is a :class:`Plan`: the groups after clustering. The store writes it (``store.writer``).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field, replace

from eventcoder.dedup.canonical import SourceRecord
from eventcoder.dedup.incidents import group_incidents
from eventcoder.dedup.merge import (
    TACTIC_STEPS,
    Assessment,
    MergeRules,
    assess,
    contradicts_quickly,
    country_only,
    kindred_types,
    place_precision,
    report_dated,
)
from eventcoder.dedup.profile import Profile
from eventcoder.model import EventRecord

__all__ = ["AMBIGUITY_MARGIN", "BRIDGE_SLACK", "Group", "Plan", "compared_records", "is_vague", "is_vague_date", "plan"]

# Evidence points by which a vague record's best group must beat the next one to join it.
AMBIGUITY_MARGIN = 0.5
# Evidence points below the threshold that stored reports may have between them when the new report fits each.
BRIDGE_SLACK = 1.0
# Contradictions that describe a part of an incident rather than the incident: who fought whom, and which kind
# of violence (the blast and the gunfight of one attack).
_PART_CHECKS = ("actors", "types-one-day")
_VIOLENCE = frozenset(kindred_types("Battles"))  # political violence: an attack told as its parts
_CROWD = frozenset(kindred_types("Protests"))  # a crowd: a protest, a riot
_INCIDENT_TYPES = _VIOLENCE | _CROWD  # the incidents a report's steps belong to
_STEPS = frozenset(TACTIC_STEPS)


def is_vague_date(rec: EventRecord, prof: Profile | None = None) -> bool:
    """No day of its own: undated, week- or month-precise, or dated only by its report (``merge.report_dated``)."""
    return (not rec.event_date or (rec.time_precision or 1) >= 2
            or (prof is not None and report_dated(rec, prof)))


def is_vague(rec: EventRecord, prof: Profile | None = None) -> bool:
    """No day, or only the province, or no place: a record that may fit several events."""
    return is_vague_date(rec, prof) or place_precision(rec, prof) >= 3 or (rec.latitude is None and not rec.location)


@dataclass
class Group:
    """A stored event (``key`` its id) or a new record (``key`` ``new:<index>``), and the groups it absorbed."""

    key: str
    members: list[SourceRecord]
    stored: list[str] = field(default_factory=list)  # ids of the stored events in the group
    new: list[int] = field(default_factory=list)  # indexes of the new document's records in the group
    joined_at: dict[str, float] = field(default_factory=dict)  # absorbed stored event -> mean evidence then


class _Linker:
    """Pair assessments, computed once per pair of records."""

    def __init__(self, rules: MergeRules) -> None:
        self.rules = rules
        self.cache: dict[tuple[str, int, str, int], Assessment] = {}
        self.part_cache: dict[tuple[str, str, int, str, int], Assessment] = {}
        self.new_cluster: str | None = None  # the report being stored (its records are the new ones)
        # pairs that contradicted whole and agreed as parts of an incident (the assessment ``link`` went by)
        self.as_parts: dict[tuple[str, int, str, int], Assessment] = {}

    def pair(self, a: SourceRecord, b: SourceRecord) -> Assessment:
        key = (a.document_id, a.record_index, b.document_id, b.record_index)
        found = self.cache.get(key)
        if found is None:
            found = assess(a.record, b.record, self.rules, pa=a.profile, pb=b.profile)
            self.cache[key] = found
            self.cache[(b.document_id, b.record_index, a.document_id, a.record_index)] = found
        return found

    def part_pair(self, a: SourceRecord, b: SourceRecord) -> Assessment:
        """The assessment of two parts of incidents: their actors and kinds of violence describe the parts."""
        return self._as_part("part", a, b, within_report=True)

    def crowd_part_pair(self, a: SourceRecord, b: SourceRecord) -> Assessment:
        """The assessment of two crowd records of which one is a part of its report's crowd incident (the rally,
        the riot after it): the other kind of crowd on that day is the other part, not a second crowd."""
        return self._as_part("crowd", a, b, crowd_parts=True)

    def _as_part(self, kind: str, a: SourceRecord, b: SourceRecord, **how: bool) -> Assessment:
        key = (kind, a.document_id, a.record_index, b.document_id, b.record_index)
        found = self.part_cache.get(key)
        if found is None:
            found = assess(a.record, b.record, self.rules, pa=a.profile, pb=b.profile, **how)
            self.part_cache[key] = found
        return found

    def scene_pair(self, a: SourceRecord, b: SourceRecord, xs: list[SourceRecord],
                   ys: list[SourceRecord]) -> Assessment | None:
        """The assessment of ``a`` and ``b`` at a place a sibling of either gives (None: at none of them).

        A report that tells one incident at two places of one scene (a village and its district town, a district and
        its city: ``incidents.told_apart`` keeps them together) names one place two ways; another report that names
        one of them names the incident's place, and a part of the report at the other name does not contradict it.
        Every other fact of the pair is assessed as usual."""
        for part, other, mine in ((a, b, xs), (b, a, ys)):
            for sibling in _scene_siblings(part, mine):
                moved = _placed_as(part.record, sibling.record)
                found = assess(moved, other.record, self.rules, pa=part.profile, pb=other.profile)
                if found:
                    return found
        return None

    def best(self, x: Group, y: Group) -> float:
        """The highest evidence between a record of ``x`` and one of ``y`` (pairs already assessed by ``link``)."""
        return max((self.pair(a, b).score for a in x.members for b in y.members), default=0.0)

    def link(self, x: Group, y: Group) -> float | None:
        """Mean evidence between two groups' reports; None when a pair contradicts or a report is in both.

        Two reports' evidence is the best of their records' pairs (a report's parts tell one incident); the
        mean is over the pairs of reports.

        A record that is one of several parts of its report's incident (the bombing, the gunfight with the
        police) is compared with the other group's records as a part: actors and kinds of violence that differ
        of political violence describe different parts of one incident, as within a report
        (``assess(within_report=True)``); the
        incident's facts (country, place, date, targets) must still agree between every pair, and at least one
        pair of records must be one event on their own.
        """
        if {s.cluster_id for s in x.members} & {s.cluster_id for s in y.members}:
            return None
        xs, ys = _compared(x), _compared(y)
        for a in xs:
            for b in ys:
                if contradicts_quickly(a.record, b.record, a.profile, b.profile):
                    return None
        reports: dict[tuple[str, str], float] = {}
        whole = False
        for a in xs:
            for b in ys:
                found = self.pair(a, b)
                whole = whole or found.ok
                if not found and found.failed in _PART_CHECKS and _parts(a, b, xs, ys):
                    found = self.part_pair(a, b)
                if not found and found.failed == "types-one-day" and _crowd_parts(a, b, xs, ys):
                    found = self.crowd_part_pair(a, b)
                if not found and found.failed == "place":
                    found = self.scene_pair(a, b, xs, ys) or found
                if not found:
                    return None
                if found is not self.pair(a, b):
                    self.as_parts[(a.document_id, a.record_index, b.document_id, b.record_index)] = found
                key = (a.cluster_id, b.cluster_id)
                reports[key] = max(reports.get(key, found.score), found.score)
        # Two reports' evidence is that of their parts that agree most: a report tells one incident in parts (the
        # blast, the rescue; the province in the lead, the town later), and a vague part does not dilute it.
        if not whole:
            return None
        basis = _placed_pairs(reports, x, y) or reports
        mean = sum(basis.values()) / max(1, len(basis))
        if mean >= self.rules.min_score:
            return mean
        bridged = self._bridged(reports, mean)
        return bridged if bridged >= self.rules.min_score else self._cohesive(x, y, reports, mean)

    def _reports(self, g: Group) -> dict[tuple[str, str], float]:
        """The evidence between each two reports inside a group (the best of their records' pairs)."""
        out: dict[tuple[str, str], float] = {}
        for a, b in itertools.combinations(g.members, 2):
            if a.cluster_id != b.cluster_id:
                key = (min(a.cluster_id, b.cluster_id), max(a.cluster_id, b.cluster_id))
                score = self.pair(a, b).score
                out[key] = max(out.get(key, score), score)
        return out

    def _cohesive(self, x: Group, y: Group, reports: dict[tuple[str, str], float], mean: float) -> float:
        """The threshold when the two groups as one event hold together as well as a merge needs.

        A report whose evidence with an event's reports falls just short (within ``AMBIGUITY_MARGIN``, each
        pair within ``BRIDGE_SLACK``, one pair at the threshold) joins when the mean over every pair of reports of the joined event,
        inside and across, reaches the threshold: what it was stored next to must not decide (the same
        reports, in another order, would have joined one by one).
        """
        rules = self.rules
        if mean < rules.min_score - AMBIGUITY_MARGIN or min(reports.values()) < rules.min_score - BRIDGE_SLACK \
                or max(reports.values()) < rules.min_score:
            return mean  # it must be one event with at least one of the reports on its own
        inside = [*self._reports(x).values(), *self._reports(y).values()]
        if not inside:
            return mean
        union = (sum(inside) + sum(reports.values())) / (len(inside) + len(reports))
        return rules.min_score if union >= rules.min_score else mean

    def _bridged(self, reports: dict[tuple[str, str], float], mean: float) -> float:
        """The evidence of two groups that the new report ties: it fits every report of the other group.

        Average linkage depends on the order of arrival: stored A then B (B fits A at the threshold), then C
        (fits A well, B a little less) gives one event; C and A first, then B, left B alone, since the strong
        pair A-C was inside a group and only the weak B-C counted. When the new report's own evidence with each
        report of the other group reaches the threshold and the stored reports between the groups agree within
        ``BRIDGE_SLACK`` of it (nothing contradicts, checked before), the groups are one event whichever came first.
        """
        new = self.new_cluster
        if new is None:
            return mean
        own = [v for (a, b), v in reports.items() if new in (a, b)]
        rest = [v for (a, b), v in reports.items() if new not in (a, b)]
        if not own or not rest or min(own) < self.rules.min_score or \
                min(rest) < self.rules.min_score - BRIDGE_SLACK:
            return mean
        return self.rules.min_score


def compared_records(members: list[SourceRecord]) -> list[SourceRecord]:
    """The records of an event or group compared with another's: all but the co-occurring steps of an incident of
    their own report there (the looting, the arrests: :func:`eventcoder.dedup.merge.co_occurring`), which another
    report tells as the incident itself or not at all. A step was judged against its incident in its report (its
    day, its place); across reports its kind would contradict every report of the incident."""
    incidents = {s.cluster_id for s in members if s.record.event_type in _INCIDENT_TYPES}
    if not incidents:
        return members
    kept = [s for s in members if s.record.sub_event_type not in _STEPS or s.cluster_id not in incidents]
    return kept if len(kept) < len(members) else members


def _compared(g: Group) -> list[SourceRecord]:
    return compared_records(g.members)


def _placed_as(rec: EventRecord, other: EventRecord) -> EventRecord:
    """``rec`` at ``other``'s place (location, coordinates, admin units, precision)."""
    return replace(rec, location=other.location, latitude=other.latitude, longitude=other.longitude,
                   admin1=other.admin1, admin2=other.admin2, admin3=other.admin3, geo_precision=other.geo_precision)


def _at_town(src: SourceRecord) -> bool:
    """Placed at a town itself (not near it, not only in the province or the country)."""
    return bool(src.record.location) and place_precision(src.record, src.profile) == 1 and not country_only(src.record)


def _scene_siblings(part: SourceRecord, members: list[SourceRecord]) -> list[SourceRecord]:
    """The records of ``part``'s report in its group at another town (the report's incident told at two places), when
    ``part`` is at a town too: a province or a "near" place of the report is vaguer, not another name of the place."""
    if not _at_town(part):
        return []
    return [s for s in members if s.cluster_id == part.cluster_id and s is not part and _at_town(s)
            and s.record.location != part.record.location]


def _placeless(rec: EventRecord) -> bool:
    """No place below the country (none, or the country's centroid): it can neither confirm a place nor deny it."""
    return country_only(rec) or not (rec.location or rec.admin1)


def _placed_pairs(reports: dict[tuple[str, str], float], x: Group, y: Group) -> dict[tuple[str, str], float]:
    """The report pairs of ``reports`` in which both reports place the incident below the country.

    A report that names no place below the country scores -1.5 with every report that does ("only the country in
    common"): its evidence says that it cannot confirm the place, not that the other report tells another
    incident. Once such a report is in an event, its low evidence with a placed newcomer would pull the mean down
    for every later outlet; so a join is decided on the reports that place the incident, when there are any
    (nothing may contradict any report, placed or not: complete linkage is checked before).
    """
    vague = {s.cluster_id for g in (x, y) for s in g.members} - {
        s.cluster_id for g in (x, y) for s in g.members if not _placeless(s.record)}
    if not vague:
        return {}
    return {k: v for k, v in reports.items() if not set(k) & vague}


def _parts(a: SourceRecord, b: SourceRecord, xs: list[SourceRecord], ys: list[SourceRecord]) -> bool:
    """Whether ``a`` (of ``xs``) or ``b`` (of ``ys``, the records of two groups compared: ``_compared``) is one of
    several parts of its report's incident there, in political violence (where an attack is told as its parts)."""
    if a.record.event_type not in _VIOLENCE or b.record.event_type not in _VIOLENCE:
        return False
    return sum(s.cluster_id == a.cluster_id for s in xs) > 1 or sum(s.cluster_id == b.cluster_id for s in ys) > 1


def _crowd_parts(a: SourceRecord, b: SourceRecord, xs: list[SourceRecord], ys: list[SourceRecord]) -> bool:
    """Whether ``a`` (of ``xs``) or ``b`` (of ``ys``) is one of its report's crowd records there of both kinds (a
    protest and a riot), both records crowds: the report told one crowd incident as its rally and its violence."""
    if a.record.event_type not in _CROWD or b.record.event_type not in _CROWD:
        return False
    return any(len({s.record.event_type for s in rs if s.cluster_id == r.cluster_id and s.record.event_type in _CROWD})
               > 1 for r, rs in ((a, xs), (b, ys)))


@dataclass
class Plan:
    """The neighbourhood after clustering, and what the new records fit on their own (for the split check)."""

    groups: list[Group]
    alone: dict[int, str] = field(default_factory=dict)  # new record index -> why it stays alone
    parts: dict[int, str] = field(default_factory=dict)  # new record index -> why it is part of another's incident
    fits: dict[str, list[tuple[int, float]]] = field(default_factory=dict)  # stored event -> (record, evidence)
    linker: _Linker | None = None  # the pair assessments made (reused for the stored reasons)

    def assessments(self, member: SourceRecord, others: list[SourceRecord], rules: MergeRules) -> list[Assessment]:
        """The assessments of ``member`` against each of ``others`` (for the stored reasons)."""
        linker = self.linker or _Linker(rules)
        return [linker.as_parts.get((member.document_id, member.record_index, s.document_id, s.record_index))
                or linker.as_parts.get((s.document_id, s.record_index, member.document_id, member.record_index))
                or linker.pair(member, s) for s in others]


def _best_pair(groups: list[Group], linker: _Linker, frozen: set[str]) -> tuple[float, Group, Group] | None:
    best: tuple[float, Group, Group] | None = None
    for x, y in itertools.combinations(groups, 2):
        if not (x.new or y.new) or x.key in frozen or y.key in frozen:
            continue
        found = linker.link(x, y)
        if found is None or found < linker.rules.min_score:
            continue
        if best is None or (found, y.key, x.key) > (best[0], best[2].key, best[1].key):
            best = (found, x, y)
    return best


def _ambiguous(record: Group, partner: Group, score: float, groups: list[Group], linker: _Linker) -> str | None:
    """Why a vague new record that fits ``partner`` and another group about as well must stay alone."""
    if len(record.members) != 1 or not record.new or not is_vague(record.members[0].record, record.members[0].profile):
        return None
    best = linker.best(record, partner)
    for other in groups:
        if other is record or other is partner:
            continue
        found = linker.link(record, other)
        # "About as well" on the best evidence with each (the source it agrees with most): an event's mean falls
        # as more outlets tell it in different words.
        if found is None or found < linker.rules.min_score or best - linker.best(record, other) >= AMBIGUITY_MARGIN:
            continue
        if {s.cluster_id for s in partner.members} & {s.cluster_id for s in other.members}:
            # One report coded the two apart (often one incident split by extraction): joining the better one is
            # no more a guess than that report's split, and a third event for the incident would be worse.
            continue
        between = linker.link(partner, other)
        if between is None or between < linker.rules.min_score - 1.0:
            return (f"vague record fits {partner.key} and {other.key} about equally well (evidence {score:.2f} "
                    f"and {found:.2f}), and they are not one event; merged into neither")
    return None


def _join(x: Group, y: Group, score: float) -> Group:
    """One group of two; the stored event with the most reports (then the first id) gives the key."""
    def weight(g: Group) -> tuple[int, int, str]:
        return (bool(g.stored), len({s.cluster_id for s in g.members}), "~" if not g.stored else g.key)

    keep, other = (x, y) if (weight(x)[:2], y.key) >= (weight(y)[:2], x.key) else (y, x)
    merged = Group(keep.key, keep.members + other.members, keep.stored + other.stored, keep.new + other.new,
                   {**keep.joined_at, **other.joined_at})
    for eid in other.stored:
        merged.joined_at.setdefault(eid, round(score, 3))
    return merged


def plan(stored: dict[str, list[SourceRecord]], new: list[SourceRecord], rules: MergeRules) -> Plan:
    """Cluster the new records into the stored events near them (see the module docstring)."""
    linker = _Linker(rules)
    linker.new_cluster = new[0].cluster_id if new else None
    groups = [Group(eid, list(srcs), stored=[eid]) for eid, srcs in sorted(stored.items()) if srcs]
    out = Plan(groups=[], linker=linker)
    for members, joined in group_incidents(new, rules):
        groups.append(Group(f"new:{members[0].record_index}", members, new=[s.record_index for s in members]))
        out.parts.update({s.record_index: w for s, w in zip(members[1:], joined, strict=True)})
    for g in groups:
        if g.new:
            continue
        for r in groups:
            if r.new:
                found = linker.link(r, g)
                if found is not None and found >= rules.min_score:
                    out.fits.setdefault(g.key, []).append((r.new[0], found))
    frozen: set[str] = set()
    while True:
        best = _best_pair(groups, linker, frozen)
        if best is None:
            break
        score, x, y = best
        record, partner = (x, y) if x.new and not x.stored and len(x.members) == 1 else (y, x)
        why = _ambiguous(record, partner, score, groups, linker)
        if why is not None:
            frozen.add(record.key)
            out.alone[record.new[0]] = why
            continue
        groups = [g for g in groups if g is not x and g is not y] + [_join(x, y, score)]
    out.groups = groups
    return out


