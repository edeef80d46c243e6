"""From frames to events: merge frames of one incident, reconcile tolls, split by place, code ACLED fields.

Rules (ACLED codebook, shared/ACLED.md):
- frames merge when type, agent, place and date are compatible; a frame with no agent or with a
  generic type ("attacks") joins the incident that shares its place, else the nearest one;
- a summary frame (several perpetrators in one sentence, "X and Y launched attacks") is a check
  on its parts, not an event: its toll is dropped when the parts account for it;
- tolls within one incident are never added across sentences (a later sentence restates or
  breaks down); counts of disjoint victim groups within a sentence are added; "including N" is a
  subset;
- one event per location: a toll the text gives for one place stays there; a toll given for
  several places is split evenly, the remainder to the first.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date

from eventcoder import countries
from eventcoder.extract.actors import ActorLexicon, ActorMention
from eventcoder.extract.counts import Count
from eventcoder.extract.frames import MOTIVE, Frame
from eventcoder.extract.naming import (
    actor_name,
    country_fields,
    crowd_actors,
    most_named,
    notes_line,
    target_name,
    text_country,
)
from eventcoder.geo.eventloc import event_country, is_event_place
from eventcoder.model import DateMention, Document, EventRecord, Evidence, Place
from eventcoder.vocab import DISORDER_OF, EVENT_TYPE_OF, EventType, SubEventType, interaction

__all__ = ["Incident", "build_events", "merge_frames"]

S = SubEventType
GENERIC = {S.ATTACK, None}
_SEPARATE = re.compile(
    r"\s*(?:in (?:a|another) separate (?:incident|attack|development)|separately|elsewhere|in another (?:incident|attack)|"
    r"in a (?:second|third|further) (?:incident|attack)|meanwhile|also on \w+ in)\b",
    re.I,
)
_CONTAINER = re.compile(
    r"(?:districts?|province|governorate|region|countryside|state|county|outskirts|suburbs?) of\s+$|\bof\s+$"
    r"|\b(?:in|of|across)\s+(?:the\s+)?(?:western|eastern|northern|southern|north-?western|north-?eastern|"
    r"south-?western|south-?eastern|central|rural|greater)\s+$",
    re.I,
)


@dataclass(slots=True)
class Incident:
    """Frames that describe one incident (before the split by place)."""

    frames: list[Frame] = field(default_factory=list)
    summary: bool = False

    @property
    def sub_event_type(self) -> SubEventType | None:
        specific = [f.sub_event_type for f in self.frames if f.strong and f.sub_event_type not in GENERIC]
        types = {EVENT_TYPE_OF[s] for s in specific if s}
        if EventType.PROTESTS in types and EventType.RIOTS in types:
            return S.VIOLENT_DEMONSTRATION  # a demonstration that turned violent
        if S.PEACEFUL_PROTEST in specific and (S.ARRESTS in specific or any(f.has("intervention") for f in self.frames)):
            return S.PROTEST_WITH_INTERVENTION  # "... protested. Police intervened, arresting 7."
        if specific:
            return _most_severe(specific)
        any_type = [f.sub_event_type for f in self.frames if f.sub_event_type]
        return any_type[0] if any_type else None

    @property
    def text(self) -> str:
        return self.frames[0].text if self.frames else ""

    @property
    def agents(self) -> list[ActorMention]:
        return [a for f in self.frames for a in f.agents]

    @property
    def agent_keys(self) -> set[str]:
        return {a.key for a in self.agents if a.kind not in ("civilians",)}

    def place_ids(self) -> set[int]:
        return {p.geonameid for f in self.frames for p in event_places(f) if p.geonameid is not None}


# ACLED's hierarchy: when tactics co-occur the one higher in the table wins.
_ORDER = [
    S.GOVERNMENT_REGAINS_TERRITORY, S.NON_STATE_OVERTAKES_TERRITORY, S.ARMED_CLASH, S.EXCESSIVE_FORCE,
    S.PROTEST_WITH_INTERVENTION, S.PEACEFUL_PROTEST, S.VIOLENT_DEMONSTRATION, S.MOB_VIOLENCE, S.CHEMICAL_WEAPON,
    S.AIR_DRONE_STRIKE, S.SUICIDE_BOMB, S.SHELLING, S.REMOTE_EXPLOSIVE, S.GRENADE, S.SEXUAL_VIOLENCE, S.ATTACK,
    S.ABDUCTION, S.AGREEMENT, S.ARRESTS, S.CHANGE_TO_GROUP, S.DISRUPTED_WEAPONS_USE, S.HQ_ESTABLISHED, S.LOOTING,
    S.NON_VIOLENT_TRANSFER, S.OTHER,
]


def _most_severe(subs: list[SubEventType | None]) -> SubEventType | None:
    present = [s for s in subs if s is not None]
    if not present:
        return None
    # Battles outrank the rest only when a battle is really described; otherwise keep the first specific type.
    return min(present, key=_ORDER.index) if S.ARMED_CLASH not in present else S.ARMED_CLASH


def event_places(frame: Frame) -> list[Place]:
    """Places of a frame where the event happened (not hospitals, speakers' cities, or containers)."""
    out: list[Place] = []
    for p in frame.places:
        if not p.resolved or p.feature == "country":
            continue
        out.append(p)
    return out


def _compatible(inc: Incident, f: Frame) -> bool:
    a, b = inc.sub_event_type, f.sub_event_type
    if a is None or b is None or a in GENERIC or b in GENERIC:
        type_ok = True
    else:
        type_ok = EVENT_TYPE_OF[a] == EVENT_TYPE_OF[b] or {EVENT_TYPE_OF[a], EVENT_TYPE_OF[b]} <= {
            EventType.BATTLES, EventType.EXPLOSIONS}
    if not type_ok and a and b and {a, b} & {S.ARRESTS} and {EVENT_TYPE_OF[a], EVENT_TYPE_OF[b]} & {EventType.PROTESTS}:
        type_ok = True  # arrests at a protest are the intervention in that protest
    if not type_ok:
        return False
    crowd = {EventType.PROTESTS, EventType.RIOTS}
    if a and b and ({EVENT_TYPE_OF[a], EVENT_TYPE_OF[b]} <= crowd | {EventType.STRATEGIC_DEVELOPMENTS}) and (
            EVENT_TYPE_OF[a] in crowd or EVENT_TYPE_OF[b] in crowd):
        return True  # the police who break up a protest are part of it, not another perpetrator
    fk = {x.key for x in f.agents if x.kind != "civilians"}
    ik = inc.agent_keys
    if fk and ik and not fk & ik:
        return False
    return True


def merge_frames(frames: list[Frame]) -> list[Incident]:
    """Group event frames into incidents, nearest compatible first; summaries kept apart."""
    incidents: list[Incident] = []
    for f in frames:
        agents = {a.key for a in f.agents if a.kind != "civilians"}
        armed_targets = [t for t in f.targets if t.kind != "civilians"]
        if len(agents) >= 2 and f.sub_event_type not in (S.ARMED_CLASH,) and not armed_targets and f.index <= 2:
            # "the regime and Russian forces launched attacks on A, B and C": a summary of what follows
            incidents.append(Incident([f], summary=True))
            continue
        if f.strong and _SEPARATE.match(f.text, f.sentence.start):
            incidents.append(Incident([f]))  # "In a separate incident, ...": never part of what came before
            continue
        best: Incident | None = None
        best_score = -1.0
        pids = {p.geonameid for p in event_places(f) if p.geonameid is not None}
        fk = {a.key for a in f.agents if a.kind != "civilians"}
        for pos, inc in enumerate(incidents):
            if inc.summary or not _compatible(inc, f):
                continue
            score = 0.0
            if fk and fk & inc.agent_keys:
                score += 3
            if pids and pids & inc.place_ids():
                score += 2
            if f.sub_event_type and f.sub_event_type == inc.sub_event_type:
                score += 1
            last = inc.frames[-1]
            if last.paragraph == f.paragraph:
                score += 0.5
            score += pos * 0.01  # the most recent incident wins ties
            if pids and inc.place_ids() and not pids & inc.place_ids() and not fk & inc.agent_keys:
                # a new place with no shared perpetrator: a new incident when this frame stands on its own
                if f.strong and f.sub_event_type not in GENERIC:
                    continue
            if f.strong and fk and not fk & inc.agent_keys and inc.agent_keys:
                continue
            if score > best_score:
                best, best_score = inc, score
        if best is not None and (best_score > 0 or not f.strong or not f.agents):
            best.frames.append(f)
        elif f.strong:
            incidents.append(Incident([f]))
        elif incidents and not incidents[-1].summary:
            incidents[-1].frames.append(f)
        else:
            incidents.append(Incident([f]))
    return incidents


def _sentence_toll(frame: Frame, role: str) -> tuple[int, int | None, list[Count]]:
    """Sum of disjoint counts of one role in one sentence (subsets excluded)."""
    cs = [c for c in frame.counts if c.role == role and not c.subset]
    if not cs:
        return 0, None, []
    highs = [c.qty.high for c in cs]
    high = None if any(h is None for h in highs) else sum(h for h in highs if h is not None)
    return sum(c.value for c in cs), high, cs


@dataclass(slots=True)
class Toll:
    """Killed and injured of an incident, with the evidence counts."""

    killed: int = 0
    killed_high: int | None = None
    injured: int | None = None
    killed_counts: list[Count] = field(default_factory=list)
    injured_counts: list[Count] = field(default_factory=list)
    civilians: int | None = None
    attackers: int | None = None


def incident_toll(inc: Incident) -> Toll:
    """Never add the same dead across sentences: take the largest per-sentence toll (lowest figure within it)."""
    t = Toll()
    extra: list[Count] = []  # "the attack also killed five jihadists": new dead, added to the toll
    for n, f in enumerate(inc.frames):
        k, kh, kc = _sentence_toll(f, "killed")
        if kc and n > 0 and _ALSO.search(f.text, max(f.sentence.start, kc[0].start - 30), kc[0].start):
            extra.extend(kc)
            continue
        if kc and k > t.killed:
            t.killed, t.killed_high, t.killed_counts = k, kh, kc
            civ = sum(c.value for c in kc if c.victim_kind == "civilian")
            att = sum(c.value for c in kc if c.victim_kind == "attacker")
            t.civilians = civ or None
            t.attackers = att or None
        i, _, ic = _sentence_toll(f, "injured")
        if ic and i > (t.injured or 0):
            t.injured, t.injured_counts = i, ic
    if extra:
        t.killed += sum(c.value for c in extra)
        t.killed_high = None if t.killed_high is None else t.killed_high + sum(c.qty.high or c.value for c in extra)
        t.killed_counts = t.killed_counts + extra
    if inc.sub_event_type in (S.PEACEFUL_PROTEST, S.PROTEST_WITH_INTERVENTION) and t.killed_counts and all(
            MOTIVE.search(inc.text[max(0, c.start - 90) : c.start]) for c in t.killed_counts):
        # deaths a protest is about ("demanding justice for a woman who was killed") are not its toll
        t.killed, t.killed_high, t.killed_counts, t.civilians, t.attackers = 0, None, [], None, None
    # Conflicting reports: ACLED codes the lowest. "... claimed to have killed nine soldiers"
    # against "nobody was killed" is 0 dead, with 9 kept as the high figure.
    denied = [f for f in inc.frames for c in f.cues.get("negation", ()) if _DEATHS_DENIED.search(c.text)]
    if denied and t.killed:
        t.killed_high, t.killed, t.killed_counts = t.killed, 0, []
        t.civilians = t.attackers = None
    return t


_ALSO = re.compile(r"\b(?:also|another|a further|an additional|additional|more)\b", re.I)
_DEATHS_DENIED = re.compile(r"killed|deaths|fatalities|died|casualties|loss of life", re.I)


def reconcile(incidents: list[Incident]) -> dict[int, Toll]:
    """Tolls per incident; a summary's toll is kept only for what its parts do not account for."""
    tolls = {id(inc): incident_toll(inc) for inc in incidents}
    parts = [inc for inc in incidents if not inc.summary]
    for inc in incidents:
        if not inc.summary:
            continue
        t = tolls[id(inc)]
        pk = sum(tolls[id(p)].killed for p in parts)
        pi = sum(tolls[id(p)].injured or 0 for p in parts)
        t.killed = max(0, t.killed - pk)
        t.injured = max(0, (t.injured or 0) - pi) or None
        if t.killed == 0:
            t.killed_counts = []
        if not t.injured:
            t.injured_counts = []
    return tolls


def release_lead_totals(frames: list[Frame]) -> None:
    """A lead toll that equals the sum of the tolls told later is their total, not more dead: drop it.

    "At least 11 were killed ..." followed by "10 were killed in A" and "a child was killed in B":
    the 11 is checked against 10 + 1 and its counts leave the lead frame (the parts keep theirs).
    """
    for role in ("killed", "injured"):
        with_counts = [f for f in frames if any(c.role == role and not c.subset for c in f.counts)]
        if len(with_counts) < 2:
            continue
        lead = with_counts[0]
        if lead.index > 2:
            continue
        total = sum(c.value for c in lead.counts if c.role == role and not c.subset)
        rest = sum(c.value for f in with_counts[1:] for c in f.counts if c.role == role and not c.subset)
        if rest == total:
            lead.counts = [c for c in lead.counts if c.role != role]


def build_events(doc: Document, frames: list[Frame], actors: ActorLexicon, reference: date | None) -> list[EventRecord]:
    """Merge, reconcile, split by place and code each event with evidence."""
    release_lead_totals(frames)
    incidents = merge_frames(frames)
    tolls = reconcile(incidents)
    records: list[EventRecord] = []
    for inc in incidents:
        toll = tolls[id(inc)]
        if inc.summary:
            # A summary adds an event only for a toll its parts leave unexplained, or when it has no parts.
            if not (toll.killed or toll.injured) and len(incidents) > 1:
                continue
        if inc.sub_event_type is None:
            continue
        if not any(f.strong for f in inc.frames) and not (toll.killed or toll.injured):
            continue
        records.extend(_code_incident(doc, inc, toll, actors, reference))
    return records


def _usable(d: DateMention, reference: date | None) -> bool:
    if not d.date or d.kind == "year" or d.precision not in (1, 2, 3):
        return False
    return not (reference and d.precision == 1 and date.fromisoformat(d.date) > reference)


def _event_date(doc: Document, inc: Incident, reference: date | None) -> tuple[str | None, int | None, DateMention | None]:
    for f in inc.frames:
        for d in f.dates:
            if _usable(d, reference):
                return d.date, d.precision, d
    # News tells the day once, in the lead, and elaborates after it: an undated incident takes the date of
    # the nearest dated body sentence before it (not history: those sentences are not frames' neighbours).
    first = inc.frames[0].sentence.start
    body = [s for s in doc.sections if s.kind == "body"]
    body_start = body[0].start if body else 0
    before = [d for d in doc.dates if body_start <= d.start < first and _usable(d, reference)
              and (reference is None or (reference - date.fromisoformat(d.date)).days <= 45)]  # type: ignore[arg-type]
    if before:
        d = before[-1]
        return d.date, d.precision, d
    if doc.published:
        precise = doc.published_origin in ("caption", "dateline")
        return doc.published, 1 if precise else 2, None
    return None, None, None


def _place_before(doc: Document, inc: Incident) -> list[Place]:
    """An incident told without a place happened where the report last placed its events (lead first)."""
    first = inc.frames[0].sentence.start
    body = [s for s in doc.sections if s.kind == "body"]
    body_start = body[0].start if body else 0
    actors_spans = [(a.start, a.end) for f in inc.frames for a in f.actors]
    cands = [p for p in doc.places if body_start <= p.start < first and p.resolved and p.feature != "country"
             and not any(s <= p.start < e for s, e in actors_spans)
             and is_event_place(doc.text, p)]
    focus = doc.meta.get("country")
    if focus:
        cands = [p for p in cands if p.country_code == focus]  # an inherited place stays in the report's country
    return cands[-1:]


def _places_of(inc: Incident, text: str) -> list[Place]:
    seen: dict[int | str, Place] = {}
    for f in inc.frames:
        ps = event_places(f)
        for i, p in enumerate(ps):
            before = text[max(f.sentence.start, p.start - 40) : p.start]
            if not is_event_place(text, p, f.sentence.start):
                continue  # hospitals, speakers' cities, where people fled: geo.eventloc decides
            if i > 0 and _CONTAINER.search(before) and ps[i - 1].end <= p.start:
                continue  # "Darat Izza districts of Aleppo": Aleppo is the container, not a second event
            prev = ps[i - 1] if i > 0 else None
            if prev is not None and text[prev.end : p.start] in (", ", " (", ",") and _contains(p, prev):
                continue  # "Rafah, Gaza", "Maiduguri (Borno)": the second name places the first
            key: int | str = p.geonameid if p.geonameid is not None else p.surface.lower()
            seen.setdefault(key, p)
    places = list(seen.values())
    # A province or region is dropped when a town inside it is named ("Idlib, Aleppo and Hama regions" vs towns).
    towns = [p for p in places if p.feature not in ("admin1", "admin2", "region", "country")]
    if towns:
        places = [p for p in places if p in towns or not any(t.admin1 and t.admin1 == p.admin1 for t in towns)]
    return places


def _contains(outer: Place, inner: Place) -> bool:
    """``outer`` is a larger unit around ``inner`` (a province, region or bigger town of the same area)."""
    if outer.feature in ("admin1", "admin2", "region", "country"):
        return True
    if outer.admin1 and outer.admin1 == inner.admin1:
        return True
    return bool(outer.country_code == inner.country_code and (outer.population or 0) > (inner.population or 0))


def _ev(field_name: str, text: str, start: int, end: int) -> Evidence:
    return Evidence(field_name, start, end, text[start:end])


def _code_incident(doc: Document, inc: Incident, toll: Toll, lex: ActorLexicon, reference: date | None) -> list[EventRecord]:
    text = doc.text
    sub = inc.sub_event_type
    assert sub is not None
    etype = EVENT_TYPE_OF[sub]
    event_date, precision, date_mention = _event_date(doc, inc, reference)
    places = _places_of(inc, text) or _place_before(doc, inc)
    focus = doc.meta.get("country")
    # names and demonyms of the text ("the Afghan capital"): the country when no place resolves
    text_cc = text_country(text) if not focus else None
    # Perpetrator: the most named agent of the incident; the rest are associates.
    crowd_event = etype in (EventType.PROTESTS, EventType.RIOTS)
    # activists or residents who "said" something are sources, not perpetrators, outside protests and riots
    agents = [a for a in inc.agents if a.kind != "civilians" and (crowd_event or a.kind not in ("protesters", "rioters"))]
    agent = most_named(agents)
    associates = [a for a in agents if agent and a.key != agent.key]
    targets = [t for f in inc.frames for t in f.targets if not agent or t.key != agent.key]
    if etype not in (EventType.VIOLENCE_AGAINST_CIVILIANS, EventType.EXPLOSIONS, EventType.RIOTS) and sub not in (
            S.LOOTING, S.ARRESTS):
        # Civilians are actor2 only where they are the target: never in battles (their dead are added to the
        # battle's toll) nor in protests.
        targets = [t for t in targets if t.kind != "civilians"]
    target = most_named(targets)
    victims_civ = any(c.victim_kind == "civilian" for f in inc.frames for c in f.counts)
    victims_armed = any(c.victim_kind == "armed" for f in inc.frames for c in f.counts)
    hedged = any(f.hedged for f in inc.frames)
    frames_strong = any(f.strong for f in inc.frames)

    # Counts per place: a toll stays where its sentence puts it.
    per_place: dict[int, tuple[int, int | None, bool]] = {}
    if places:
        sent_places = []
        for c in toll.killed_counts + toll.injured_counts:
            fr = next((f for f in inc.frames if f.sentence.start <= c.start < f.sentence.end), None)
            sp = [p for p in places if fr and fr.sentence.start <= p.start < fr.sentence.end]
            sent_places.append((c, sp))
        k_sp = next((sp for c, sp in sent_places if c in toll.killed_counts), [])
        i_sp = next((sp for c, sp in sent_places if c in toll.injured_counts), [])
        k_targets = k_sp or places[:1]
        i_targets = i_sp or k_sp or places[:1]
        told = _told_per_place(text, k_targets, toll.killed) if len(k_targets) > 1 else None
        ks = told or _split(toll.killed, len(k_targets))
        is_ = _split(toll.injured, len(i_targets)) if toll.injured is not None else [None] * len(i_targets)
        for j, p in enumerate(places):
            k = ks[k_targets.index(p)] if p in k_targets else 0
            inj = is_[i_targets.index(p)] if p in i_targets else None
            per_place[j] = (k, inj, told is None and len(k_targets) > 1 and p in k_targets)
    sites: list[Place | None] = list(places) or [None]

    records = []
    for j, place in enumerate(sites):
        # an actor's home country is a last resort, a state's after a local group's: its forces may act abroad
        parties = [*targets, *([agent] if agent else [])]
        country_code = event_country(place, doc.places, focus, text_country=text_cc, actor_countries=(
            a.country for a in sorted(parties, key=lambda a: a.kind in ("state", "police")))).code
        country_name, iso, region = country_fields(country_code)
        if etype in (EventType.PROTESTS, EventType.RIOTS):
            a1_name, inter1, a2_name, inter2 = crowd_actors(lex, [m for f in inc.frames for m in f.actors], etype, sub,
                                                               country_code, event_date)
        else:
            a1_name, inter1 = actor_name(lex, agent, event_date, country_code, etype, sub)
            a2_name, inter2 = target_name(lex, target, etype, sub, country_code, event_date, victims_civ, victims_armed)
        if a2_name and a2_name == a1_name:
            a2_name, inter2 = None, None
        assoc_names = {lex.name(a, event_date=event_date, event_country=country_code)[0] for a in associates}
        assoc = "; ".join(sorted(assoc_names - {a1_name, a2_name})) or None
        if place is not None and j in per_place:
            fatal, injured, split = per_place[j]
        else:
            fatal, injured, split = toll.killed, toll.injured, False
        ev: list[Evidence] = []
        trig = next((f.trigger for f in inc.frames if f.trigger and f.sub_event_type == sub), None) or next(
            (f.trigger for f in inc.frames if f.trigger), None)
        if trig:
            ev += [_ev("event_type", text, trig.start, trig.end), _ev("sub_event_type", text, trig.start, trig.end)]
        if agent:
            ev.append(_ev("actor1", text, agent.start, agent.end))
        for a in associates:
            ev.append(_ev("assoc_actor_1", text, a.start, a.end))
        if target:
            ev.append(_ev("actor2", text, target.start, target.end))
        if place:
            ev.append(_ev("location", text, place.start, place.end))
        if date_mention:
            ev.append(_ev("event_date", text, date_mention.start, date_mention.end))
        if fatal:
            ev += [_ev("fatalities", text, c.start, c.end) for c in toll.killed_counts]
        if injured:
            ev += [_ev("injuries", text, c.start, c.end) for c in toll.injured_counts]
        first = inc.frames[0].sentence
        ev.append(_ev("notes", text, first.start, first.end))
        confidence = 0.45 + 0.15 * frames_strong + 0.1 * bool(agent) + 0.1 * bool(place) + 0.1 * bool(event_date)
        confidence += 0.05 * bool(toll.killed_counts or toll.injured_counts) - 0.2 * hedged - 0.15 * inc.summary
        civ_target = "Civilians targeted" if (a2_name or "").startswith("Civilians") else None
        notes = notes_line(event_date, a1_name, sub, place, country_name, a2_name, fatal, injured, split)
        rec = EventRecord(
            event_date=event_date,
            year=int(event_date[:4]) if event_date else None,
            time_precision=precision,
            disorder_type=DISORDER_OF[sub].value,
            event_type=etype.value,
            sub_event_type=sub.value,
            actor1=a1_name,
            assoc_actor_1=assoc,
            inter1=inter1.value if inter1 else None,
            actor2=a2_name,
            inter2=inter2.value if inter2 else None,
            interaction=interaction(inter1, inter2),
            civilian_targeting=civ_target,
            iso=iso,
            region=region,
            country=country_name,
            admin1=place.admin1 if place else None,
            admin2=place.admin2 if place else None,
            location=place.name if place else None,
            latitude=round(place.latitude, 4) if place and place.latitude is not None else None,
            longitude=round(place.longitude, 4) if place and place.longitude is not None else None,
            geo_precision=place.geo_precision if place else None,
            source=doc.source,
            notes=notes,
            fatalities=fatal,
            injuries=injured,
            fatalities_low=fatal,
            fatalities_high=toll.killed_high if not split else None,
            fatalities_split=split,
            civilian_fatalities=toll.civilians if not split and j == 0 else None,
            attacker_fatalities=toll.attackers if not split and j == 0 else None,
            confidence=round(max(0.05, min(0.99, confidence)), 2),
            hedged=hedged,
            document_id=doc.id,
            geonameid=place.geonameid if place else None,
            iso3=c3.iso3 if (c3 := countries.by_code(country_code) if country_code else None) else None,
            evidence=tuple(sorted(ev, key=lambda e: (e.start, e.field))),
        )
        eid = hashlib.sha1(f"{doc.id}|{rec.sub_event_type}|{rec.location}|{rec.event_date}|{rec.actor1}|{j}|{first.start}".encode()).hexdigest()[:12]
        records.append(_with_id(rec, eid))
    return records


def _with_id(rec: EventRecord, eid: str) -> EventRecord:
    from dataclasses import replace

    return replace(rec, event_id_cnty=f"EC{eid}")


_PER_PLACE = re.compile(
    r"(?P<n>\b[\w-]+(?: [\w-]+)?)\s+(?:of them\s+|people\s+|were killed\s+|killed\s+|died\s+|dead\s+)?"
    r"(?:in|near|at|around|outside)\s+(?:the\s+)?(?:[\w-]+\s+)?$",
    re.I,
)


def _told_per_place(text: str, places: list[Place], total: int) -> list[int] | None:
    """ "eleven of them in Djibo, eight in Dori and four near Kaya": the toll the text gives each place, when
    those figures add up to the total (then ACLED's even split is not needed)."""
    from eventcoder.extract.numbers import NUMBER_RE, parse_quantity

    out: list[int] = []
    for p in places:
        m = _PER_PLACE.search(text, max(0, p.start - 45), p.start)
        if m is None or m.end() != p.start:
            return None
        q = None
        for nm in NUMBER_RE.finditer(m.group("n")):
            q = parse_quantity(nm)
        if q is None:
            return None
        out.append(q.value)
    return out if sum(out) == total else None


def _split(total: int | None, n: int) -> list[int]:
    """ACLED's split: evenly, the remainder to the first."""
    if n <= 0:
        return []
    if total is None:
        return [0] * n
    base, rest = divmod(total, n)
    return [base + (1 if i < rest else 0) for i in range(n)]
