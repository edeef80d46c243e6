"""Tolls: the killed and injured of each incident, never counting the same dead twice.

- within one incident, tolls are not added across sentences (a later sentence restates or breaks
  down): the largest sentence toll wins, the lowest figure within it (ACLED codes the lowest);
  counts of disjoint victim groups within one sentence are added; "including N" is a subset;
- dead that a later sentence says are "also" killed ("the fighting also killed four attackers") are added;
- deaths a protest is about ("demanding justice for a woman who was killed") are not its toll;
- a denial ("nobody was killed") against a claim keeps 0, with the claim as the high figure;
- a summary's toll counts only what its parts leave unexplained;
- plausibility: a toll above ``MAX_SINGLE_TOLL`` (500 by default, ``TollsComponent(max_single_toll=...)``) is
  one incident's only when the text says so ("in a single attack", "in one day", "the deadliest attack");
  otherwise it is a cumulative figure told as news: the event is hedged and the toll left out (kept as the
  high figure).
"""

from __future__ import annotations

import re

from eventcoder.extract.counts import Count
from eventcoder.extract.cues import Cue
from eventcoder.extract.frames import Frame
from eventcoder.extract.incidents import Incident, Toll
from eventcoder.extract.rules import MOTIVE
from eventcoder.vocab import SubEventType

__all__ = ["MAX_SINGLE_TOLL", "Toll", "incident_toll", "reconcile"]

S = SubEventType


def _sentence_toll(frame: Frame, role: str) -> tuple[int, int | None, list[Count]]:
    """Sum of disjoint counts of one role in one sentence (subsets excluded)."""
    cs = [c for c in frame.counts if c.role == role and c.counted]
    if not cs:
        return 0, None, []
    # "kills nine civilians ... killed nine people": the same dead told twice in one sentence, once without a group
    cs = [c for c in cs if not (_GENERIC_VICTIMS.match(c.victims or "") and not _OTHER.search(
        frame.text, max(frame.sentence.start, c.start - 12), c.end) and any(
        o is not c and o.value == c.value and not _GENERIC_VICTIMS.match(o.victims or "") for o in cs))] or cs[:1]
    if len(cs) >= 2 and _other_sources(frame, cs):
        # "the army put the dead at nine, whereas the governor's office said seven": conflicting reports of the same
        # dead, never added; ACLED codes the lowest, the highest is kept as the high figure
        low = min(cs, key=lambda c: c.value)
        return low.value, max(c.qty.high or c.value for c in cs), [low]
    cs = _without_told_total(frame.text, cs)
    totals = [c for c in cs if role == "killed" and _states_total(frame, c, cs)]
    if totals and len(cs) > len(totals):
        # "sources said nine were killed, but the army said the death toll was 15": a toll states the total of the
        # sentence; the other figures are its parts or an earlier report of it, never added to it
        rest = [c for c in cs if c not in totals]
        best = max(totals, key=lambda c: c.value)
        if best.value >= sum(c.value for c in rest):
            cs = [best]
        else:
            cs = rest
    highs = [c.qty.high for c in cs]
    high = None if any(h is None for h in highs) else sum(h for h in highs if h is not None)
    return sum(c.value for c in cs), high, cs


# Between a total and its parts: words that tell the later counts as its breakdown ("killed 15 people: ...", "11 dead
# in all, among them ...", "in two separate attacks"); a plain list ("two soldiers, one policeman and one civilian")
# tells no total
_TOTAL_THEN_PARTS = re.compile(r"[:\u2013\u2014;]|\s-\s|\b(?:in\s+total|in\s+all|altogether|of\s+(?:them|whom)|"
                               r"among\s+(?:them|whom)|including|separate)\b", re.I)


def _without_told_total(text: str, cs: list[Count]) -> list[Count]:
    """ "Two separate attacks killed 15 people: gunmen killed nine near A, and a bomb killed six in B": a figure told
    before two or more counts of the sentence that add up to it, and told as their total (a colon or a dash, "in
    total", "of them", "including" before the first part), is their total, never added to them; the parts are kept
    (each is bound to its own place). "killed two soldiers, one policeman and one civilian" is a list of four dead."""
    for c in cs:
        parts = sorted((o for o in cs if o.start > c.start), key=lambda o: o.start)
        if len(parts) >= 2 and sum(o.value for o in parts) == c.value and \
                _TOTAL_THEN_PARTS.search(text, c.end, parts[0].start):
            return [o for o in cs if o is not c]
    return cs


def _states_total(frame: Frame, c: Count, cs: list[Count]) -> bool:
    """The count is the figure the toll words give ("the death toll rose to 22"), not a later count of the sentence
    that only stands near them ("the toll rose to 22 on Monday after two more victims died": the two are a part of the
    22, never a second total to add to it)."""
    m = _TOLL_BEFORE.search(frame.text, max(frame.sentence.start, c.start - 40), c.start)
    return m is not None and not any(m.start() < o.start < c.start for o in cs if o is not c)


# Between two counts: another source's figure for the same dead ("..., whereas the governor's office said seven")
_ANOTHER_SOURCE = re.compile(r"\b(?:while|whereas|but)\s+(?:[\w'-]+\s+){0,6}?(?:said|says|reported|put|gave|counted|"
                             r"estimated|told)\b", re.I)


def _other_sources(frame: Frame, cs: list[Count]) -> bool:
    """The counts, none after the first of a victim group of its own, are each another source's figure for the same
    dead ("the group said nine fighters were killed, but police said they knew of seven deaths"): the same place, or
    none named with the later figure ("three were killed in X, while police said two died in Y" are two places' dead,
    never rival figures; "four soldiers ..., but police said two civilians ..." are two groups' dead)."""
    ordered = sorted(cs, key=lambda c: c.start)
    if not all(_GENERIC_VICTIMS.match(c.victims or "") for c in ordered[1:]):
        return False
    if not _GENERIC_VICTIMS.match(ordered[0].victims or "") and any(
            _TOLL_BEFORE.search(frame.text, max(frame.sentence.start, c.start - 40), c.start) for c in ordered[1:]):
        return False  # "earlier reports said four officers were killed, but the police chief said the toll was seven":
        # a toll that states the total updates the figure (the totals rule of _sentence_toll decides)
    ends = [c.start for c in ordered[2:]] + [frame.sentence.end]
    for a, b, end in zip(ordered, ordered[1:], ends, strict=False):
        if not _ANOTHER_SOURCE.search(frame.text, a.end, b.start):
            return False
        if _more_dead(frame, b):
            return False  # "but police said two others later died", "two people were also killed": new dead, added
        before = {p.surface.lower() for p in frame.places if frame.sentence.start <= p.start < b.start}
        if any(p.surface.lower() not in before for p in frame.places if b.start <= p.start < end):
            return False
    return True


def _more_dead(frame: Frame, c: Count) -> bool:
    """The later figure tells dead besides the earlier ones: "two others", "two more", "were also killed" (the count
    and the few words after it, to its verb)."""
    after = frame.text[c.start : min(frame.sentence.end, c.end + 30)]
    return bool(_OTHER.search(after) or _ALSO.search(after))


# The attackers' own figure: "we killed 25 of them", "our fighters have killed 30 soldiers" (a claim, not a toll)
_WE_KILLED = re.compile(r"\b(?:we|our (?:fighters|forces|men|mujahideen|brothers))\s+(?:have\s+|had\s+)?(?:\w+ly\s+)?"
                        r"(?:killed|shot dead|eliminated|slaughtered)\s*$", re.I)


def _perpetrator_claim(frame: Frame, kc: list[Count]) -> bool:
    """The sentence's dead are the attackers' own claim in the first person: beside a toll told by others it is the
    high figure only (ACLED codes the most conservative report)."""
    return all(_WE_KILLED.search(frame.text, max(frame.sentence.start, c.start - 50), c.start) for c in kc)


def incident_toll(inc: Incident) -> Toll:
    """Never add the same dead across sentences: take the largest per-sentence toll (lowest figure within it)."""
    t = Toll()
    extra: list[Count] = []  # "the attack also killed five jihadists": new dead, added to the toll
    # "as many as 12" is a ceiling: it gives the toll only when no sentence of the incident gives a count
    firm = any(not c.qty.upper_bound for f in inc.frames for c in f.counts if c.role == "killed" and c.counted)
    ceiling = 0
    for n, f in enumerate(inc.frames):
        k, kh, kc = _sentence_toll(f, "killed")
        if kc and n > 0 and (_ALSO.search(f.text, max(f.sentence.start, kc[0].start - 30), kc[0].start)
                             or _attackers_told_after(inc, n, kc) or _killed_in_reply(inc, f, kc)):
            extra.extend(kc)
            continue
        if kc and firm and (all(c.qty.upper_bound for c in kc) or (n > 0 and _perpetrator_claim(f, kc))):
            ceiling = max(ceiling, k)  # "as many as 12", and the attackers' own boast ("we killed 25 of them")
            continue
        if kc and k > t.killed and n > 0 and t.killed_counts and not any(
                c.qty.approximate or c.qty.vague for c in t.killed_counts) and _bounds_alike(t.killed_counts, kc) and (
                _rival_figure(f, kc)):
            t.killed_high = max(t.killed_high or t.killed, kh or k)  # ACLED codes the lowest report, keeps the high
            continue
        if kc and (k > t.killed or (k == t.killed and n > 0 and _place_by_place(f, kc))):
            t.area_counts = t.killed_counts if k == t.killed else []  # a breakdown takes the place of the total
            t.killed, t.killed_high, t.killed_counts = k, kh, kc
            civ = sum(c.value for c in kc if c.victim_kind == "civilian")
            att = sum(c.value for c in kc if c.victim_kind == "attacker")
            t.civilians = civ or None
            t.attackers = att or None
        i, _, ic = _sentence_toll(f, "injured")
        if ic and i > (t.injured or 0):
            t.injured, t.injured_counts = i, ic
    if not t.killed_counts:
        _partitive_dead(inc, t)
    if inc.told_elsewhere and t.killed_counts:
        # the lead's total less what the other incidents it covers tell, never below a part of this incident
        own = max((_sentence_toll(f, "killed")[0] for f in inc.frames[1:]), default=0)
        t.killed = max(own, t.killed - inc.told_elsewhere)
        t.killed_high = None
    if ceiling > t.killed:
        t.killed_high = max(t.killed_high or 0, ceiling)
    if extra:
        t.killed += sum(c.value for c in extra)
        t.killed_high = None if t.killed_high is None else t.killed_high + sum(c.qty.high or c.value for c in extra)
        t.killed_counts = t.killed_counts + extra
        att = sum(c.value for c in extra if c.victim_kind == "attacker")
        t.attackers = (t.attackers or 0) + att or None
    if inc.sub_event_type in _CROWD_SUBS and t.killed_counts and all(
            MOTIVE.search(inc.text[max(0, c.start - 90) : c.start]) for c in t.killed_counts):
        # deaths a protest or a riot is about ("demanding justice for a woman who was killed", "blocked the road with
        # burning tyres in protest against the killing of six herders") are not its toll
        t.killed, t.killed_high, t.killed_counts, t.civilians, t.attackers = 0, None, [], None, None
    # Conflicting reports: ACLED codes the lowest. "... claimed to have killed nine soldiers"
    # against "nobody was killed" is 0 dead, with 9 kept as the high figure.
    denied = [f for f in inc.frames for c in f.cues.get(Cue.NEGATION, ()) if _DEATHS_DENIED.search(c.text)]
    if denied and t.killed:
        t.killed_high, t.killed, t.killed_counts = t.killed, 0, []
        t.civilians = t.attackers = None
    return t


# A count told with a place of its own right after it: "14 people in Kachia", "nine near Kaya", "7 dead at Y"
_AT_PLACE = re.compile(r"\s+(?:(?:people|persons|villagers|civilians|of them)\s+)?(?:(?:were\s+)?killed\s+|dead\s+)?"
                       r"(?:in|near|at|around|outside)\s+(?:the\s+)?[A-Z]")


def _place_by_place(f: Frame, kc: list[Count]) -> bool:
    """The sentence tells the dead place by place ("they killed 14 people in A, 9 in B and 7 in C"): two counts or
    more, each told with a place of its own. As many dead as a lead's total told for the whole area ("at least 30
    people in three villages"), they are its breakdown and take its place (each village its own event and toll)."""
    return len(kc) >= 2 and all(_AT_PLACE.match(f.text, c.end) for c in kc)


# Another teller's figure for the same dead ("a local councillor said 14 people died"), and words that make a later
# figure an update or new dead instead ("the toll rose to 14", "14 more", "in all")
_TELLER = re.compile(r"\b(?:said|says|told|put|puts|estimated|counted|according\s+to|reported)\b", re.I)
_UPDATE = re.compile(r"\b(?:rose|risen|rises|climbed|climbs|increased|jumped|reached|revised|updated|later|now|since|"
                     r"more|other|others|another|further|additional|also|total|in\s+all|overall|altogether|"
                     r"including|so\s+far|bodies|died\s+(?:of|from|in\s+hospital)|"
                     # another make-up, place or period of dead, or a correction: not a rival count of the same dead
                     r"among|there|this\s+(?:week|month|year)|in\s+fact|actually|corrected|correcting)\b", re.I)


def _bounds_alike(earlier: list[Count], later: list[Count]) -> bool:
    """An earlier exact figure, or two lower bounds ("counted at least five bodies", then "a paramedic said at least
    10 were shot dead"): two tellers' figures, never an estimate refined ("at least a dozen", then 13)."""
    return not any(c.qty.lower_bound for c in earlier) or all(c.qty.lower_bound for c in later)


def _rival_figure(f: Frame, kc: list[Count]) -> bool:
    """A later sentence gives another teller's larger figure for the incident's dead ("Police said nine were killed
    ... A local councillor said 14 people died"): conflicting reports, never an update ("the toll rose to 14") or new
    dead ("14 more"); ACLED codes the lowest, so the earlier toll stays and the figure is its high. An earlier figure
    told as a bound or an estimate ("at least a dozen") is refined by the later one, never rivalled (incident_toll)."""
    text = f.sentence_text
    first = min(c.start for c in kc) - f.sentence.start
    # the teller before the figure ("a councillor said 14 died"); "The attacks killed six, officials said" tells an act
    return all(_GENERIC_VICTIMS.match(c.victims or "") for c in kc) and bool(_TELLER.search(text, 0, max(0, first))) \
        and not (_UPDATE.search(text) or _TOLL_BEFORE.search(text))


_LIVING_GROUP = ("abducted", "injured", "arrested")  # the fates of a group whose part may be killed after


def _partitive_dead(inc: Incident, t: Toll) -> None:
    """ "Gunmen abducted 20 villagers; four of them were killed": with no toll of its own, an incident's dead told as a
    part of a group of the living told before them (abducted, wounded, arrested) are its dead; the largest such part,
    never added to another (a conservative toll), and never a part larger than its group."""
    counts = [c for f in inc.frames for c in f.counts]

    def group_of(c: Count) -> Count | None:  # the nearest living group told before the part, as large as it
        return next((g for g in reversed(counts) if g.role in _LIVING_GROUP and g.counted and g.start < c.start
                     and g.value >= c.value), None)

    parts = [(c, g) for c in counts if c.partitive and c.role == "killed" and not c.cumulative
             if (g := group_of(c)) is not None]
    if not parts:
        return
    best, group = max(parts, key=lambda p: p[0].value)
    t.killed, t.killed_high, t.killed_counts = best.value, best.qty.high, [best]
    t.civilians = best.value if group.victim_kind == "civilian" else None
    t.attackers = best.value if group.victim_kind == "attacker" else None


# The attackers a toll says it includes: "six people, including two of the gunmen, were killed"
_ATTACKER_WORDS = ("attackers?", "assailants?", "gunm[ae]n", "militants?", "bombers?", "insurgents?", "jihadists?",
                   "terrorists?", "raiders?", "bandits?", "perpetrators?")
_INCLUDES_ATTACKERS = re.compile(
    rf"\b(?:including|among (?:them|whom|the dead|those killed)|as well as|and)\b[^.;]{{0,40}}\b(?:{'|'.join(_ATTACKER_WORDS)})\b", re.I)


# A sentence that breaks down the dead told before ("the dead included five residents, while five of the gunmen ...",
# "among the dead were ...", "of the dead, ..."): its attackers are a part of that toll, not new dead
_BREAKS_DOWN = re.compile(r"\b(?:the|those)\s+(?:dead|victims|deceased|people\s+killed|killed)\s+(?:included|include|"
                          r"comprised|were\s+made\s+up\s+of)\b|\bamong\s+the\s+(?:dead|victims)\s+(?:were|are)\b|"
                          r"\bof\s+the\s+(?:dead|victims),", re.I)


# An active killing right before the count: "soldiers later killed six of the gunmen" are new dead, not a part
_KILLED_ANEW = re.compile(r"\b(?:killed|killing|shot\s+dead|gunned\s+down|neutrali[sz]ed|eliminated)\s+(?:at\s+least\s+)?$",
                          re.I)


def _in_breakdown(f: Frame, kc: list[Count]) -> bool:
    """The attacker counts are parts of a toll the sentence breaks down ("the dead included five residents, while five
    of the gunmen were killed"): after the breakdown's words and not the object of a killing of their own ("and
    soldiers later killed six of the gunmen")."""
    m = _BREAKS_DOWN.search(f.text, f.sentence.start, f.sentence.end)
    return m is not None and all(c.start >= m.end() and not _KILLED_ANEW.search(f.text, max(m.end(), c.start - 30),
                                                                              c.start) for c in kc)


def _killed_in_reply(inc: Incident, f: Frame, kc: list[Count]) -> bool:
    """The attacked side's reply killing the attackers ("Troops fought back, killing 18 militants", joined as the other
    side: incidents._other_side): the other side's dead of the same fight, new dead (ACLED counts every side's)."""
    return inc.is_reply(f) and all(
        _KILLED_ANEW.search(f.text, max(f.sentence.start, c.start - 30), c.start) for c in kc)


def _attackers_told_after(inc: Incident, n: int, kc: list[Count]) -> bool:
    """ "Gunmen killed two villagers. Troops pursued the gunmen and killed four of them.": the attackers killed
    after the attack are new dead of the event (ACLED counts all its fatalities), unless a toll told before already
    counts attackers."""
    if not all(c.victim_kind == "attacker" for c in kc):
        return False
    before = inc.frames[:n]
    if _in_breakdown(inc.frames[n], kc):
        return False  # "the dead included five residents, while five of the gunmen were killed": the total's parts
    return not any(c.victim_kind == "attacker" and c.role == "killed" for f in before for c in f.counts) and not any(
        _INCLUDES_ATTACKERS.search(f.sentence_text) for f in before)


MAX_SINGLE_TOLL = 500
_SINGLE_INCIDENT = re.compile(
    r"\b(?:in a single|in one (?:attack|day|strike|blast|bombing|raid|incident|night)|single (?:attack|strike|day|"
    r"incident|bombing|blast|raid)|deadliest (?:single )?(?:attack|strike|bombing|blast|day|massacre|incident))\b",
    re.I,
)
_OTHER = re.compile(r"\b(?:other|others|more|another|further|additional)\b", re.I)
_CROWD_SUBS = (S.PEACEFUL_PROTEST, S.PROTEST_WITH_INTERVENTION, S.VIOLENT_DEMONSTRATION, S.MOB_VIOLENCE)
_GENERIC_VICTIMS = re.compile(r"^(?:|people|persons|others|individuals)$", re.I)
_TOLL_BEFORE = re.compile(r"\b(?:death toll|toll|number of (?:the )?dead|number of deaths)\b[^.;,]{0,30}$", re.I)
_ALSO = re.compile(r"\b(?:also|another|a further|an additional|additional|more)\b", re.I)
_DEATHS_DENIED = re.compile(r"killed|deaths|fatalities|died|casualties|loss of life", re.I)


def _plausible(inc: Incident, t: Toll, limit: int) -> None:
    """A toll above ``limit`` needs words of a single incident in its sentences, else it is left out (hedged)."""
    if t.killed <= limit:
        return
    starts = {c.start for c in t.killed_counts}
    sentences = [f.sentence_text for f in inc.frames if any(f.sentence.start <= s < f.sentence.end for s in starts)]
    if any(_SINGLE_INCIDENT.search(s) for s in sentences):
        return
    t.killed_high, t.killed, t.killed_counts = t.killed, 0, []
    t.civilians = t.attackers = None
    t.implausible = True


def reconcile(incidents: list[Incident], max_single_toll: int = MAX_SINGLE_TOLL) -> None:
    """Set each incident's toll; a summary's toll is kept only for what its parts do not account for."""
    for inc in incidents:
        inc.toll = incident_toll(inc)
        _plausible(inc, inc.toll, max_single_toll)
    parts = [inc.toll for inc in incidents if not inc.summary and inc.toll is not None]
    pk = sum(t.killed for t in parts)
    pi = sum(t.injured or 0 for t in parts)
    for inc in incidents:
        t = inc.toll
        if not inc.summary or t is None:
            continue
        t.killed = max(0, t.killed - pk)
        t.injured = max(0, (t.injured or 0) - pi) or None
        if t.killed == 0:
            t.killed_counts = []
        if not t.injured:
            t.injured_counts = []
