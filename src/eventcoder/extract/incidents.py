"""Incidents: the frames of one document grouped into the incidents they describe.

One incident, one event (before the split by place); a digest of separate incidents, several:

- frames merge when their types are compatible (same event type, battles with explosions, arrests
  with a protest, crowd events with the police who break them up, and any political violence by the incident's own
  perpetrator at its place on its day: ``_same_attack``) and their perpetrators agree (or one is unnamed; a named
  group in the lead and "gunmen", "a suicide bomber" later are one perpetrator when the later frame has no place, day
  or dead of its own: ``_unnamed_alike``); among compatible incidents the frame joins the best scored (a shared
  perpetrator 3, a shared place 2, the same type 1, the same paragraph 0.5, the latest on a tie);
- a frame that stands on its own (a strong trigger with participants, evidence.py) at a new place with no
  shared perpetrator, or naming another perpetrator, starts an incident of its own, and so does one opening
  with "in a separate incident", "elsewhere", "meanwhile", "the same day,", or telling "a second strike", "another
  attack"; the side an incident attacked, fighting back on its day ("an exchange of fire followed between the
  officers and the raiders"), is the same fight, its perpetrator still the attacker (``_other_side``); a frame that cannot stand alone (a weak trigger,
  or no participants: "Cars were set ablaze.") tells more of the incident before it;
- a frame that would start an incident only because its words are of another type or name another party tells
  more of the incident before it when it adds no place, no other day and no earlier period, and it names the
  incident again ("the attack", "condemned the airstrike"), restates its toll, or names nobody and only wounded
  people, or names again ("the hostages") the civilians the incident targeted, with no actor of its own
  (``_tells_more``), or tells the hostages of an incident that took hostages (a hostage-taking is one incident until
  it ends: the storming, the rescue), or a group's change of activity in it (reinforcements deployed, troops
  surrendering: ``_follow_up``), security forces ending a siege the incident tells (its storming or rescue, on
  the day after or in a part of its town: ``_ends_siege``), the suspects arrested after an incident of one day, or
  a party blamed for it; its type counts only where it agrees with the incident's;
- a summary (several perpetrators in the lead, "the regime and Russian forces launched attacks on
  A, B and C") is kept apart as a check on its parts, not an event of its own;
- the merge looks back over the last ``WINDOW`` incidents only, and an incident spans at most
  ``SPAN`` sentences: a long report's later incidents start anew, and the merge stays linear in the
  length of the document.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from eventcoder.extract.actors import ActorMention
from eventcoder.extract.counts import Count
from eventcoder.extract.cues import Cue
from eventcoder.extract.dates import is_statement_date
from eventcoder.extract.frames import TRIGGER_CLASSES, Decision, Frame
from eventcoder.extract.rules import most_severe
from eventcoder.extract.sites import (
    drop_broader_places,
    drop_cause_places,
    drop_city_of_suburb,
    drop_elsewhere_places,
    drop_far_neighbourhoods,
    drop_gloss_places,
    drop_reference_places,
    drop_restated_sites,
    drop_speaker_places,
    event_places,
)
from eventcoder.geo.distance import within_km
from eventcoder.geo.eventloc import is_event_place
from eventcoder.model import DateMention, Place
from eventcoder.vocab import EVENT_TYPE_OF, EventType, SubEventType

__all__ = ["APART_DAYS", "SPAN", "WINDOW", "Incident", "Released", "Toll", "days_apart", "event_places",
           "join_fragments", "merge_frames", "perpetrator_keys", "refers_back",
           "release_lead_totals", "restore_lead_totals", "share_lead_total"]

S = SubEventType
_INTERVENED = (S.PROTEST_WITH_INTERVENTION, S.ARRESTS)
GENERIC = {S.ATTACK, None}
WINDOW = 32  # incidents the merge looks back over
SPAN = 120  # sentences one incident may span
SIEGE_DAYS = 2  # days after its start a siege or hostage-taking may be ended in (one incident until it ends)
_SEPARATE = re.compile(
    r"\s*(?:in (?:a|another) separate (?:incident|attack|development)|separately|elsewhere|in another (?:incident|attack)|"
    r"in a (?:second|third|further) (?:incident|attack)|meanwhile|also on \w+ in|(?:on )?the same day(?=,))\b",
    re.I,
)
# "reported a second strike on the camp", "another attack": an incident of its own, wherever it is told
_ANOTHER = re.compile(r"\b(?:a|another) (?:second|third|fourth|new|further|separate) (?:[\w-]+ ){0,2}?"
                      r"(?:strike|airstrike|attack|raid|blast|bombing|explosion|assault|incident|ambush)\b", re.I)
# Words of a reaction to an incident told before: the condemnation, the mourning, the funeral add no event
# (a speech's place is its speaker's, so a condemnation "from the White House" is no second site)
_REACTION = re.compile(r"\b(?:condemn(?:s|ed|ing|ation)|denounc(?:e|es|ed|ing)|deplor(?:e|es|ed|ing)|condolences|"
                       r"paid tribute|pays tribute|vowed to (?:hunt|bring|punish))\b", re.I)
# A party said to be behind the incident ("the militia are behind the killing of civilians in X on Thursday", "blamed
# the rebels for the attack"): a claim about the incident told before, not a second incident
_BLAME = re.compile(r"\b(?:(?:is|are|was|were|be) (?:\w+ )?behind|(?:held|hold|holds) (?:\w+ ){1,3}responsible|"
                    r"(?:is|are|was|were) responsible for|blam(?:e|es|ed|ing) (?:\w+ ){1,4}?for|accus(?:e|es|ed|ing) "
                    r"(?:\w+ ){1,4}?of (?:carrying out|being behind|committing))\b", re.I)
# People arrested as the incident's suspects ("two suspects were arrested", "one attacker was captured alive")
_SUSPECTS = re.compile(r"\b(?:suspects?|attackers?|assailants?|gunmen|gunman|perpetrators?|bombers?|"
                       r"(?:one|some|two|three) of (?:them|the attackers|the gunmen)|"
                       # "three members of the group were arrested": the armed party of the fight, caught
                       r"members? of the (?:group|gang|militia|cell|band|faction)|"
                       # "one armed man was arrested", "5 members from both groups were arrested", "the member of X
                       # was arrested moments later": the fight's own people, caught
                       r"armed (?:men|man)|members? (?:of|from) (?:both|the two|each of the|the rival) (?:groups|sides|"
                       r"gangs|factions)|the member of|"
                       # "One person was arrested": someone of the story, unnamed, told with no charge of its own
                       r"(?:^|(?<=[.;] ))(?:one|a|two|three) (?:person|people|man|men) (?:was|were|has been|have been) "
                       r"(?:also )?(?:arrested|detained)(?= *(?:[.;]|$|at the scene|later|moments later|shortly after))|"
                       # "launched a manhunt and detained two people", "arrested in connection with the attack"
                       r"manhunt|in connection with|(?:over|for) the (?:attack|killings?|bombing|shooting|massacre))\b",
                       re.I)
_MOURNING = re.compile(r"\b(?:mourn(?:s|ed|ing|ers)|funerals?|buried|burial)\b", re.I)
_CROWD_TYPES = {EventType.PROTESTS, EventType.RIOTS}
_CROWD_KINDS = ("civilians", "protesters", "rioters")  # actor kinds of a crowd's own people
_FIGHTING = (f"{Decision.EVENT}: armed clash", f"{Decision.EVENT}: exchange of fire")  # typing rules that read fighting
_SEVERAL = re.compile(r"\b(?:in|during)\s+(?:two|three|four|five|several|multiple|a series of|\d+)\s+(?:separate\s+|"
                      r"different\s+|distinct\s+)?(?:attacks|operations|raids|strikes|airstrikes|incidents|clashes|"
                      r"ambushes|bombings|encounters)\b", re.I)
_EARLIER = re.compile(r"(?:last|earlier|previous|the previous|the past)\b", re.I)
# "the attack", "this strike", "the siege": a definite mention of an incident already told (news tells one incident
# over several paragraphs: its toll, its claim, the reactions to it), not a new one
_REFERS_BACK = re.compile(
    r"\b(?:the|this|that|such an?|the same|the deadly|the latest|the twin|the suicide|the car|the bomb) (?:[\w-]+ ){0,2}?"
    r"(?:attacks?|strikes?|air ?strikes?|air raids?|raids?|assaults?|bombings?|blasts?|explosions?|siege|stand-?off|"
    r"incident|shootings?|ambush|massacre|violence|clash(?:es)?|confrontations?|shoot-?outs?|exchange of fire|fighting|"
    r"gunfight|firefight|gun ?battle|operation|riots?|"
    r"unrest|protests?|demonstrations?|rally|march|shelling|killings?|abductions?|kidnappings?|attackers|assailants|"
    r"gunmen|bombers?)\b", re.I)


def refers_back(f: Frame) -> bool:
    """The sentence names an incident told before it ("during the same raid", "the attack also killed ...")."""
    return _REFERS_BACK.search(f.text, f.sentence.start, f.sentence.end) is not None


_HOSTAGES = re.compile(r"\bhostages?\b", re.I)
# A siege or a hostage-taking lasts until security forces end it: their storming, raid or rescue is its end
_SIEGE = re.compile(r"\b(?:hostages?|sieges?|besieged|stand-?off|holed up|barricaded)\b", re.I)
_ENDING = re.compile(r"\b(?:storm(?:ed|ing|s)?|raid(?:ed|ing|s)?|rescu(?:e|ed|es|ing)|freed|freeing|liberat(?:ed|ing)|"
                     r"end(?:ed|ing|s)? the (?:siege|stand-?off|hostage)|commandos?|(?:siege|stand-?off) ended)\b", re.I)
# "Maradi's Zaria district", "the Gulshan area of Dhaka": a part of a town, not another site
_PART_WORD = re.compile(r"\s*(?:district|area|neighbou?rhood|quarter|suburb|locality|section|sector)\b", re.I)
_STOPPABLE = (S.AIR_DRONE_STRIKE, S.SHELLING)
# a projectile stopped in flight ("shot down two drones", "the missile was intercepted"), not a cache seized nor an
# aircraft downed (a helicopter shot down is an attack on its crew)
_STOPPED = re.compile(r"\b(?:sh(?:o|oo)t(?:ing)?\s+down|downed|intercept\w*|jamm(?:ed|ing))\b", re.I)
_PROJECTILE = re.compile(r"\b(?:drones?|UAVs?|missiles?|rockets?|projectiles?|shells?)\b", re.I)
_AIRCRAFT = re.compile(r"\b(?:helicopters?|jets?|planes?|aircraft|fighter|bomber)\b", re.I)
# a weapon that reached its target: the strike is told, whatever was shot down beside it
_IMPACT = re.compile(r"\b(?:hit|hits|struck|landed|impact(?:ed)?|damag(?:e|ed|ing)|destroy(?:ed|ing)?|exploded|"
                     r"explosions?|blasts?|fell\s+on|crashed\s+into|set\s+(?:on\s+)?fire|ablaze|casualt(?:y|ies)|"
                     r"debris)\b", re.I)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_ANAPHORA = re.compile(r"\b(?:the|other|remaining|rest|another|further|more|of them|of whom|those)\b", re.I)


_RIOTS = {S.MOB_VIOLENCE, S.VIOLENT_DEMONSTRATION}
# A sentence that opens by pointing back at the crowd of the sentence before ("They broke windows", "The protesters
# threw stones"): its violence is that crowd's, so the demonstration turned violent.
_THE_CROWD = re.compile(r"^\W*(?:they|the (?:protesters|demonstrators|marchers|crowds?|students|youths?)|"
                        r"some (?:of them|protesters|demonstrators)|"
                        # "Hundreds then pushed past police barricades", "Dozens of them later threw stones": a part
                        # of the crowd told before, by its number alone
                        r"(?:hundreds|thousands|dozens|scores|some|many)(?: of (?:them|the (?:protesters|demonstrators|"
                        r"marchers|crowd)))? (?:then|later|also|eventually|soon)|"
                        r"(?:hundreds|thousands|dozens|scores|some|many) of (?:them|the (?:protesters|demonstrators|"
                        r"marchers|crowd)))\b", re.I)


def _forces_reply(f: Frame) -> bool:
    """A riot frame whose only perpetrators are state forces: their reply to the crowd, not the crowd's act."""
    agents = [a for a in f.agents if a.kind != "civilians"]
    return f.sub_event_type in _RIOTS and bool(agents) and all(a.kind in ("state", "police") for a in agents)


# A source's words right after an actor ("Burkina Faso's government says at least 100 were killed by gunmen"), or
# after the speaking part of it ("police officials said", "a military source said", "an army spokesman told
# reporters"). ("told" alone is left out: "the group told the residents to leave" gives an order, it does not report)
_SAYS = re.compile(
    r"\s*(?:(?:officials?|sources?|spokes(?:man|woman|person|people)|officers?|chiefs?|commanders?|authorities)\s+"
    r"(?:(?:in|from)\s+(?-i:[A-Z])[\w'-]+(?:\s+(?-i:[A-Z])[\w'-]+)?\s+)?"  # "a military spokesman in Abuja said"
    r"(?:(?-i:[A-Z])[\w.'-]*,?\s+){0,4})?"  # "police commander Lieutenant-Colonel A. B. told reporters"
    r"(?:says|say|said|reported|report|stated|claims|claim|claimed|confirmed|added|blamed|blames|accused|accuses|"
    r"told\s+(?:reporters|journalists|"
    r"(?-i:[A-Z])))\b(?!\s+(?:responsibility|credit)\b)", re.I)
_SAYS_BEFORE = re.compile(r"\b(?:according\s+to|quoting|quoted|told|cited|citing)\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+){0,2}$",
                          re.I)


def _speaks(f: Frame, a: ActorMention) -> bool:
    """The actor is the frame's source, not a party: the speaker of its report ("police officials said", "a
    military source said Wednesday", "according to the army")."""
    return bool(_SAYS.match(f.text, a.end, f.sentence.end)) or bool(
        _SAYS_BEFORE.search(f.text, max(f.sentence.start, a.start - 40), a.start))


def perpetrator_keys(f: Frame) -> set[str]:
    """The keys of the frame's agents that may have done it: not civilians, and not a source who tells it ("the
    government says 100 were killed by gunmen": the government speaks, the gunmen killed; "..., police officials
    said"). A lead is a summary of several perpetrators' attacks only when it names several of these."""
    return {a.key for a in f.agents if a.kind != "civilians" and not _speaks(f, a)}


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
    implausible: bool = False  # a one-day toll above the limit, with no word of a single incident: left out
    # the counts of a total told for a whole area ("30 killed in three villages"), replaced by a later sentence's
    # place-by-place breakdown of the same dead (tolls._place_by_place): where they were told is the parts' area
    area_counts: list[Count] = field(default_factory=list)


@dataclass(slots=True)
class Incident:
    """Frames that describe one incident (before the split by place); ``add`` keeps its summaries current."""

    frames: list[Frame] = field(default_factory=list)
    summary: bool = False
    toll: Toll | None = None  # set by the tolls component (eventcoder.extract.tolls.reconcile)
    reason: str | None = None  # why it gives no event, for --explain
    event_ids: list[str] = field(default_factory=list)  # the events coded from it
    # dead of the lead's total that other incidents tell ("ten killed in two separate operations"): not this one's
    told_elsewhere: int = 0
    # the unnamed armed men ("gunmen") it joined as its named perpetrator told again (``_unnamed_alike``): the same
    # party, never its other side (coding._parties)
    unnamed_aliases: set[str] = field(default_factory=set)
    _specific: set[SubEventType] = field(default_factory=set)
    _first_any: SubEventType | None = None
    _intervention: bool = False
    _agent_keys: set[str] = field(default_factory=set)
    _target_keys: set[str] = field(default_factory=set)
    _place_ids: set[int] = field(default_factory=set)
    _provinces: set[tuple[str | None, str | None]] = field(default_factory=set)  # (admin1, country) of its provinces
    _fine: bool = False  # it names a site finer than a province
    _killed: bool = False
    _replies: set[int] = field(default_factory=set)  # frames told by the other side (_other_side): not perpetrators
    # sub_event_type, remembered until the next add (merging asks it tens of thousands of times a batch)
    _sub: SubEventType | None = field(default=None, repr=False, compare=False)
    _sub_known: bool = field(default=False, repr=False, compare=False)

    @classmethod
    def of(cls, frame: Frame, *, summary: bool = False) -> Incident:
        inc = cls(summary=summary)
        inc.add(frame)
        return inc

    def add(self, f: Frame, *, typed: bool = True) -> None:
        """Add a frame; an untyped one (a later mention of the incident told with another type's words, "the
        airstrike" then "the attack killed 30") tells more of the incident but does not decide its type."""
        self._sub_known = False
        self.frames.append(f)
        if not typed:
            self._killed = self._killed or any(c.counted and c.role == "killed" for c in f.counts)
            return
        if f.strong and f.evidence is not None and f.sub_event_type not in GENERIC:
            # a frame that cannot stand alone tells more of the incident; its words do not decide the type
            if not ((_forces_reply(f) or _forces_attack(f)) and self._specific & _RIOTS) and not (
                    self._attacker_as_target(f)):
                # rioters who clashed with soldiers, then the soldiers who fired at them: the riot is the crowd's
                self._specific.add(f.sub_event_type)  # type: ignore[arg-type] # not None: GENERIC holds None
        if self._first_any is None:
            self._first_any = f.sub_event_type
        # the police act in the incident (a frame typed so), not an arrest the crowd protests against ("demanding the
        # release of a man who was arrested"): crowds.protest tells the two apart
        self._intervention = self._intervention or f.sub_event_type in _INTERVENED
        self._killed = self._killed or any(c.counted and c.role == "killed" for c in f.counts)
        self._agent_keys.update(perpetrator_keys(f))  # a source who tells it ("police said") is no party
        self._target_keys.update(t.key for t in f.targets if t.kind != "civilians")
        places = event_places(f)
        self._place_ids.update(p.geonameid for p in places if p.geonameid is not None)
        self._provinces.update((p.admin1 or p.name, p.country_code) for p in places if p.feature == "admin1")
        self._fine = self._fine or any(p.feature not in ("admin1", "region") for p in places)

    def _attacker_as_target(self, f: Frame) -> bool:
        """An attack read as a battle only because its "target" is the attacker ("the gunmen started shooting", "no
        group claimed the attack, but suspicion fell on X", "the army defeated X"): the armed party it names as
        target is the incident's perpetrator or the frame's own agent. The type follows the real target, so such a
        frame does not make the incident a battle."""
        if f.sub_event_type != S.ARMED_CLASH or f.decision != f"{Decision.EVENT}: attack":
            return False
        own = {a.key for a in f.agents if a.kind != "civilians"}
        return any(t.kind != "civilians" and (t.key in self._agent_keys or t.key in own) for t in f.targets)

    @property
    def sub_event_type(self) -> SubEventType | None:
        if not self._sub_known:
            self._sub, self._sub_known = self._type(), True
        return self._sub

    def _type(self) -> SubEventType | None:
        specific = self._specific
        types = {EVENT_TYPE_OF[s] for s in specific}
        if EventType.PROTESTS in types and specific & _RIOTS:
            return S.VIOLENT_DEMONSTRATION  # a demonstration that turned violent (_compatible joins the crowd's riot)
        if (S.EXCESSIVE_FORCE in specific or self._forces_killed_in_protest(types)) and types <= {
                EventType.PROTESTS, EventType.STRATEGIC_DEVELOPMENTS}:
            # "forces opened fire on demonstrators, killing five. ... police arrested several": lethal force ranks
            # above the intervention (the codebook's order); a battle or a riot told in it still decides below
            return S.EXCESSIVE_FORCE
        if S.PEACEFUL_PROTEST in specific and (S.ARRESTS in specific or self._intervention):
            return S.PROTEST_WITH_INTERVENTION  # "... protested. Police intervened, arresting 7."
        if specific:
            sub = most_severe(list(specific))
            if sub in (S.ABDUCTION, S.LOOTING) and self._killed:
                # a raid that kills and abducts, or kills and burns houses, is an attack (Attack ranks above both;
                # ACLED codes the property destroyed in an attack as part of it)
                return S.ATTACK
            if sub == S.ARRESTS and self._killed and any(f.sub_event_type == S.ATTACK for f in self.frames if not (
                    f.sub_event_type == S.ARRESTS)):
                # "gunmen attacked a mosque, killing four. Two suspects were arrested": the killing is the event, the
                # arrest its outcome (Attack ranks above Arrests)
                return S.ATTACK
            return sub
        return self._first_any

    def coded_type(self) -> SubEventType | None:
        """The sub-event type its events are coded with: an incident whose strike is told stopped ("two drones were
        launched at X ... air defences shot down both") is Disrupted weapons use (ACLED). Only coding asks it, so
        merging still reads the strike's words as the strike's."""
        sub = self.sub_event_type
        return S.DISRUPTED_WEAPONS_USE if sub in _STOPPABLE and self._stopped() else sub

    def _stopped(self) -> bool:
        """A sentence tells the incident's drones or missiles stopped (shot down, intercepted) and none tells a
        hit: no dead, no wounded, no impact or damage. ACLED codes such an incident as Disrupted weapons use."""
        return any(_STOPPED.search(c.text) and _PROJECTILE.search(f.sentence_text) and not _AIRCRAFT.search(
            f.sentence_text) and not _PARTIAL.search(f.sentence_text) for f in self.frames for c in f.cues.get(Cue.DISRUPTED, ())) and not self._killed and not any(
            c.counted and c.role == "injured" for f in self.frames for c in f.counts) and not any(
            _IMPACT.search(f.sentence_text) for f in self.frames)

    def _forces_killed_in_protest(self, types: set[EventType]) -> bool:
        """A protest in which one of its sentences tells state forces killing ("Police shot dead a protester"): lethal
        force against the demonstrators, Excessive force against protesters (ACLED), whatever type that sentence
        had alone (an attack on a civilian, a course of the protest that decides no type)."""
        if EventType.PROTESTS not in types:
            return False
        return any(f.sub_event_type in (S.ATTACK, S.EXCESSIVE_FORCE) and _killed_in(f)
                   and any(a.kind in ("state", "police") for a in f.agents) for f in self.frames)

    @property
    def text(self) -> str:
        return self.frames[0].text if self.frames else ""

    @property
    def agents(self) -> list[ActorMention]:
        """Who acted; the other side's reply ("the army said its troops repelled the attackers") names the party
        the incident attacked, its target, not its perpetrator."""
        return [a for f in self.frames if id(f) not in self._replies for a in f.agents]

    def is_reply(self, f: Frame) -> bool:
        """Whether the frame joined as the other side's reply or as the incident's course (``add_reply``)."""
        return id(f) in self._replies

    def add_reply(self, f: Frame, *, typed: bool = True) -> None:
        """Add a frame told by the side the incident attacked (``_other_side``), or of its course (``_follow_up``):
        its agents are no perpetrators of the incident."""
        self.add(f, typed=typed)
        self._replies.add(id(f))

    @property
    def agent_keys(self) -> set[str]:
        return self._agent_keys

    @property
    def target_keys(self) -> set[str]:
        return self._target_keys

    def place_ids(self) -> set[int]:
        return self._place_ids

    def within(self, f: Frame) -> set[int]:
        """The frame's places that lie in a province the incident is told at, when it names no finer site ("six
        civilians were killed in X province" then "... wounded in the airstrike in Y district"): its site told finer,
        not a place of its own."""
        if not self._provinces or self._fine:
            return set()
        return {p.geonameid for p in event_places(f) if p.geonameid is not None and p.feature not in ("admin1", "region")
                and (p.admin1, p.country_code) in self._provinces}

    def perpetrators(self, f: Frame, fk: set[str]) -> set[str]:
        """The frame's perpetrators as this incident sees them: a party the incident told as its target, named
        again as the agent of a frame of the same type ("a car bomb exploded inside the army's barracks" after "the
        army's barracks were the target of an explosion"), is its target read as agent, not another perpetrator.
        One-sided violence only (explosions, violence against civilians): in a battle each side is both."""
        if f.sub_event_type is not None and f.sub_event_type == self.sub_event_type and EVENT_TYPE_OF[
                f.sub_event_type] in (EventType.EXPLOSIONS, EventType.VIOLENCE_AGAINST_CIVILIANS):
            return fk - (self._target_keys - self._agent_keys)
        return fk


# "several of the missiles were downed": only some stopped, the rest struck
_PARTIAL = re.compile(r"\b(?:some|several|most|many|part|one|two|three|four|five|\d+)\s+of\s+(?:the|them|those)\b", re.I)


def _all_stopped(inc: Incident, f: Frame) -> bool:
    """Neither the incident nor the frame tells a hit (dead, wounded, impact) and the frame does not tell only some
    of the weapons stopped: the strike and its stopping are one Disrupted weapons use."""
    frames = [*inc.frames, f]
    return not _PARTIAL.search(f.sentence_text) and not any(
        c.counted and c.role in ("killed", "injured") for g in frames for c in g.counts) and not any(
        _IMPACT.search(g.sentence_text) for g in frames)


def _compatible(inc: Incident, f: Frame) -> bool:
    a, b = inc.sub_event_type, f.sub_event_type
    if a is None or b is None or a in GENERIC or b in GENERIC:
        type_ok = True
    else:
        type_ok = EVENT_TYPE_OF[a] == EVENT_TYPE_OF[b] or {EVENT_TYPE_OF[a], EVENT_TYPE_OF[b]} <= {
            EventType.BATTLES, EventType.EXPLOSIONS}
    if _figure_apart(inc, f):
        return False  # "Police arrested opposition leader X": an arrest of its own, beside the crowd that day
    if not type_ok and a and b and {a, b} & {S.ARRESTS} and {EVENT_TYPE_OF[a], EVENT_TYPE_OF[b]} & _CROWD_TYPES:
        # arrests at a protest are the intervention in that protest; the rioters (or the mob's victim) arrested at or
        # after a riot of one day are its story, told in its notes (ACLED), not a second event; on another day they
        # are their own (``_crowd_event``), and after rioting told over several days they belong to none of its days
        type_ok = EventType.PROTESTS in {EVENT_TYPE_OF[a], EVENT_TYPE_OF[b]} or len(_days(inc.frames)) <= 1
    if not type_ok and a and b and EVENT_TYPE_OF[a] == EventType.PROTESTS and b == S.MOB_VIOLENCE and not f.agents and (
            _THE_CROWD.match(f.sentence_text)):
        # "... protested in X. They broke windows and threw stones.": the protesters rioted, one violent demonstration
        type_ok = not {p.geonameid for p in event_places(f)} - inc.place_ids() - {None}
    if not type_ok and a in _RIOTS and b is not None and EVENT_TYPE_OF[b] == EventType.PROTESTS and _riot_began_as(
            inc, f):
        type_ok = True  # "A mob set fire to the station. Residents had gathered outside it earlier to demand answers."
    if not type_ok and a and b and {EVENT_TYPE_OF[a], EVENT_TYPE_OF[b]} <= _CROWD_TYPES and S.VIOLENT_DEMONSTRATION in (a, b):
        # a demonstration that turns violent is one event (Incident.sub_event_type), where it is one place: a
        # report of peaceful marches in one city and riots in another tells two
        pids = {p.geonameid for p in event_places(f) if p.geonameid is not None}
        ipids = inc.place_ids()
        type_ok = not pids or (len(ipids) == 1 and pids <= ipids)
    if not type_ok and a and b and {a, b} <= {*_STOPPABLE, S.DISRUPTED_WEAPONS_USE} and S.DISRUPTED_WEAPONS_USE in (a, b):
        # "rebel drones targeted X on Tuesday. Two drones were shot down by air defences": the strike and its
        # weapons stopped, at its place (or none told) and on its day, are one event (Incident.coded_type)
        pids = {p.geonameid for p in event_places(f) if p.geonameid is not None}
        type_ok = (not pids or pids <= inc.place_ids()) and not _other_day_than(inc, f) and _all_stopped(inc, f)
    if not type_ok and not _same_attack(inc, f) and not _forces_in_crowd(inc, f):
        return False
    if _crowd_event(inc, f):
        return True  # the police who break up a protest are part of it, not another perpetrator
    fk = inc.perpetrators(f, perpetrator_keys(f))
    ik = inc.agent_keys
    return not (fk and ik and not fk & ik) or _other_side(inc, f, fk) or _unnamed_alike(inc, f, fk) or (
        _same_agreement(inc, f, fk))


# A past perfect or "earlier in the day": a verb told as before the rest of the day ("had gathered", "had been
# protesting"); it tells the crowd's earlier stage only when it is the sentence's main verb (``_told_earlier``)
_EARLIER_STAGE = re.compile(r"\bhad\s+(?:(?:already|first|been)\s+)?\w+(?:ed|en|ing)\b|\bearlier\s+(?:in\s+the|that|on\s+the)\s+"
                            r"(?:day|morning|afternoon|evening)\b", re.I)
# ... a relative pronoun opens the clause the perfect is in ("leaders, who had condemned the attack, marched")
_RELATIVE_BEFORE = re.compile(r"\b(?:who|whom|which|that|whose)\b[^,]*$", re.I)
# ... or the sentence tells its act as after the riot, or as against it ("later that day", "against the violence")
_AFTER_IT = re.compile(r"\b(?:later|afterwards|then|after\s+the)\b|\bagainst\s+the\s+(?:\w+\s+)?(?:violence|attacks?|"
                       r"riots?|killings?|lynching|unrest|burning)\b", re.I)


def _told_earlier(sentence: str) -> bool:
    """The sentence's main verb is told as before the rest of the day: a past perfect outside a relative clause, or
    "earlier in the day", and nothing telling it as after or against the riot."""
    if _AFTER_IT.search(sentence):
        return False
    return any(not _RELATIVE_BEFORE.search(sentence, 0, m.start()) for m in _EARLIER_STAGE.finditer(sentence))


def _riot_began_as(inc: Incident, f: Frame) -> bool:
    """A riot told first, then its crowd's demonstration told as what came before it on its day ("Residents had
    gathered outside the station earlier in the day to demand answers"): the demonstration that turned violent, one
    event (Incident._type: a violent demonstration). Only the crowd's own people, at no other place and on no other
    day; a protest told after the riot ("later, residents marched against the lynching") is its own event."""
    if not _told_earlier(f.sentence_text) or _other_day_than(inc, f):
        return False
    if any(a.kind not in _CROWD_KINDS for a in f.agents):
        return False
    pids = {p.geonameid for p in event_places(f) if p.geonameid is not None}
    return not pids - inc.place_ids()


def _same_attack(inc: Incident, f: Frame) -> bool:
    """Political violence of another type by the incident's own perpetrator, at its place and on its day, with no
    dead of its own ("a suicide bomber blew up the gate" then "gunmen stormed in and took guests hostage"; "gunmen
    raided the village" then "they fought the police who came"): one attack told stage by stage, one event. Another
    perpetrator, a place or a day of its own, or dead of its own keep it apart (``_unnamed_alike``)."""
    a, b = inc.sub_event_type, f.sub_event_type
    if a is None or b is None or not {EVENT_TYPE_OF[a], EVENT_TYPE_OF[b]} <= _VIOLENT:
        return False
    if not _one_second_party(inc, f):
        return False
    fk = inc.perpetrators(f, perpetrator_keys(f))
    if fk & inc.agent_keys:
        return _unnamed_alike(inc, f, fk, shared=True)
    return _unnamed_alike(inc, f, fk)


def _against(frames: list[Frame]) -> set[str]:
    """Whom the frames' violence is against: "armed" (state forces, armed groups: a battle) or "civilians" (its
    targets, or the type: violence against civilians)."""
    out = {"civilians" if t.kind in _UNARMED else "armed" for f in frames for t in f.targets}
    for f in frames:
        etype = EVENT_TYPE_OF[f.sub_event_type] if f.sub_event_type is not None else None
        if etype == EventType.VIOLENCE_AGAINST_CIVILIANS:
            out.add("civilians")
        elif etype == EventType.BATTLES:
            out.add("armed")
    return out


def _one_second_party(inc: Incident, f: Frame) -> bool:
    """The frame's stage is against the incident's second party, or both are stages of one siege or hostage-taking:
    a raid on a military base and an abduction of women from the town are two events (ACLED codes a battle and an
    abduction apart), never a frame against armed forces joined with one against civilians."""
    if any(_SIEGE.search(g.sentence_text) for g in (*inc.frames, f)):
        return True
    ia, fa = _against(inc.frames), _against([f])
    ft = {t.key for t in f.targets}
    return not (ia and fa and (ia != fa or (ft and inc.target_keys and not ft & inc.target_keys)))


def _told_unnamed(inc: Incident, f: Frame, fk: set[str]) -> bool:
    """The frame, of another event type than the incident's, joins it as its perpetrator told unnamed, or as another
    type's stage of its attack (``_unnamed_alike``, ``_same_attack``): it tells more of the incident, and its words
    (the army the gunmen accused, the guests they held) do not decide the incident's type."""
    a, b = inc.sub_event_type, f.sub_event_type
    # fighting told in so many words beside an explosion ("after the blast the police and the rebels exchanged fire")
    # keeps its say: a battle described in the incident outranks the rest (rules.most_severe)
    other_type = a is not None and b is not None and b not in GENERIC and EVENT_TYPE_OF[a] != EVENT_TYPE_OF[b] and not (
        f.decision in _FIGHTING and {EVENT_TYPE_OF[a], EVENT_TYPE_OF[b]} <= {EventType.BATTLES, EventType.EXPLOSIONS})
    if _claimed_strike(inc, f):
        return True
    if _crowd_turns_violent(inc, f):
        return False  # the crowd's own violence decides: the demonstration turned violent (Incident._type)
    return other_type and (_unnamed_alike(inc, f, fk) or _same_attack(inc, f))


def _crowd_turns_violent(inc: Incident, f: Frame) -> bool:
    """A demonstration, then its crowd told rioting ("Demonstrators burned tyres on the road"): the frame's only
    parties are the crowd, so it is not the incident's perpetrator told unnamed but the demonstrators engaging in
    violence, which makes the demonstration a violent one (codebook: Violent demonstration)."""
    a, b = inc.sub_event_type, f.sub_event_type
    if a is None or b not in _RIOTS or EVENT_TYPE_OF[a] != EventType.PROTESTS:
        return False
    kinds = {x.kind for x in f.agents}
    # on the demonstration's day: "Earlier this week, protesters set fire to ..." is another day's riot
    own_day = not _other_day_than(inc, f) and not any(_EARLIER.match(d.text or "") for d in f.dates)
    return bool(kinds) and kinds <= {"protesters", "rioters"} and own_day


def _claimed_strike(inc: Incident, f: Frame) -> bool:
    """A frame read as fighting only because its verb is a plain attack on an armed party ("the ministry said it had
    struck a command post"), joining an explosion or a strike: the perpetrator's account of its strike, whose weapon
    decides the type (ACLED codes a missile strike on a military target as a strike, not a battle)."""
    a = inc.sub_event_type
    return (a in (S.SHELLING, S.AIR_DRONE_STRIKE) and f.sub_event_type == S.ARMED_CLASH
            and f.decision == f"{Decision.EVENT}: attack")


def _unnamed_alike(inc: Incident, f: Frame, fk: set[str], *, shared: bool = False) -> bool:
    """One side names the perpetrator and the other only says armed people did it ("al-X fighters stormed a hotel"
    then "gunmen took guests hostage", or "gunmen attacked a village" then "the X militia carried out the raid"): the
    same perpetrator told twice, when the frame tells it at no place of its own, on no other day, with no other dead.
    A frame with a place or a day of its own, or its own dead, is another incident by other men; state forces named
    beside unnamed gunmen are their other side, never the gunmen told again."""
    ik = inc.agent_keys
    bare = _bare_keys([*f.agents, *inc.agents])
    if not shared and (not fk or not ik or not (fk <= bare or ik <= bare)):
        return False
    named = [a for a in (*f.agents, *inc.agents) if a.key in fk | ik and a.key not in bare]
    if not shared and any(a.kind in ("state", "police") for a in named):
        return False  # "gunmen roamed the streets", then "the army repelled the attack": the other side, not them
    pids = {p.geonameid for p in event_places(f) if p.geonameid is not None}
    ipids = inc.place_ids()
    # an incident told at no place takes the frame's, as one told on no day takes its day ("rebels killed 36 in attacks
    # on villages", then "the X rebels attacked four villages in Y territory")
    if (ipids and pids - ipids - inc.within(f)) or _other_day_than(inc, f):
        return False  # (an incident told with no day takes the frame's: "they stormed the village late on Saturday")
    own = {(c.victim_kind, c.value) for c in f.killed()} if _own_toll(f) else set()
    told = {(c.victim_kind, c.value) for g in inc.frames for c in g.killed()}
    # the same dead are the same number of the same kind ("4 soldiers" then "4 civilians" are eight dead)
    return all(any(v == w and (k == j or "unknown" in (k, j)) for j, w in told) for k, v in own)


def _note_aliases(inc: Incident, f: Frame, fk: set[str]) -> None:
    """Record the unnamed perpetrators the frame joins the incident as (``_unnamed_alike``, ``_same_attack``):
    the named group told again, on either side ("gunmen" after "al-X fighters", or the reverse)."""
    if fk and inc.agent_keys and not fk & inc.agent_keys and (_unnamed_alike(inc, f, fk) or _same_attack(inc, f)):
        inc.unnamed_aliases |= {k for k in fk | inc.agent_keys if _unnamed(k)}


def _other_side(inc: Incident, f: Frame, fk: set[str]) -> bool:
    """The frame's agents are the armed party the incident attacked, and its targets the incident's attackers
    ("militants opened fire at the police"; then "the police fought the militants"): the two sides of one fight,
    not another perpetrator's incident. A fight told between the incident's attackers and another armed party
    ("an exchange of fire followed between officers and raiders"), with no toll and no place of its own, is that
    party's reply: in a battle each side is both. One with a toll or a place of its own ("rebels ambushed a column
    outside the town, killing five soldiers") is the other party's own attack."""
    tk = {t.key for t in f.targets if t.kind != "civilians"}
    if not fk or _other_day_than(inc, f):
        return False  # a fight on another day is another event (ACLED codes one event per day; an undated side takes
        # the other's: "militants attacked a post", then "police fought them off on Monday")
    if not tk & inc.agent_keys:
        return not tk and _answers(inc, f, fk)
    return fk <= inc.target_keys or (f.sub_event_type == S.ARMED_CLASH and not event_places(f) and (
        not _own_toll(f) or _REPLY.search(f.sentence_text) is not None))


def _answers(inc: Incident, f: Frame, fk: set[str]) -> bool:
    """A reply in so many words aimed at no one named ("The rebels fired back with machine guns", "troops returned
    fire") right after an armed attack: it answers the attack told before, at its place (none of its own) and with no
    toll of its own, so it is the attacked side firing, the same fight."""
    a = inc.sub_event_type
    return (a is not None and EVENT_TYPE_OF[a] in {EventType.BATTLES, EventType.EXPLOSIONS}
            and f.sub_event_type == S.ARMED_CLASH and not fk & inc.agent_keys and not event_places(f)
            and not _own_toll(f) and _REPLY.search(f.sentence_text) is not None)


# Words of a reply to an attack told before ("soldiers fought back and killed several assailants", "troops returned
# fire"): the fight's other side, with its toll one of the same fight's, not an attack of its own
_REPLY = re.compile(r"\b(?:fought|fight|fighting|hit|struck|striking|fired|firing|shot|shooting)\s+back|"
                    r"\b(?:returned|returning|return)\s+fire\b|"
                    r"\b(?:repelled|repulsed|fought\s+off|beat\s+back|counter-?attacked)\b", re.I)


def _crowd_and_police(f: Frame, fk: set[str]) -> bool:
    """A crowd's frame whose parties are the crowd and the police or troops who act in it ("the police intervened when
    the rioters tried to damage vehicles"): the two sides of one crowd event, never a summary of several perpetrators'
    attacks."""
    if f.sub_event_type is None or EVENT_TYPE_OF[f.sub_event_type] not in _CROWD_TYPES:
        return False
    kinds = {a.kind for a in f.agents if a.key in fk}
    return bool(kinds & {"protesters", "rioters"}) and kinds <= {"protesters", "rioters", "state", "police"}


def _crowd_event(inc: Incident, f: Frame) -> bool:
    """A crowd event and the police who act in it (an arrest, a dispersal, their fire: ``_forces_in_crowd``): the
    crowd and the police are its two sides, never two perpetrators of two incidents."""
    a, b = inc.sub_event_type, f.sub_event_type
    if a is None or b is None:
        return False
    if _forces_in_crowd(inc, f):
        return True
    types = {EVENT_TYPE_OF[a], EVENT_TYPE_OF[b]}
    days, own_days = _days(inc.frames), _days([f])
    # an arrest told of another day ("five suspects were detained on 3 June, police said") is no part of the crowd
    return (types <= _CROWD_TYPES | {EventType.STRATEGIC_DEVELOPMENTS} and bool(types & _CROWD_TYPES)
            and not (days and own_days - days))


# A named figure of politics ("opposition leader X", "former prime minister X", "the MP X", "X, a senator"): a person
# whose arrest ACLED codes as an Arrests event of its own, not as the intervention in a crowd told beside it
_OFFICE = (r"(?:opposition\s+(?:leader|figure|politician|lawmaker|candidate|chief)|(?:party|opposition)\s+(?:leader|"
           r"chairman|chairwoman|president|chief|secretary[- ]general)|(?:former\s+|ex-)?(?:prime\s+minister|president|"
           r"vice[- ]president|minister|governor|mayor|senator|lawmaker|legislator|MP|parliamentarian|politician|"
           r"presidential\s+candidate|candidate))")
_NAMED = r"(?-i:[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){0,3})"
_FIGURE = re.compile(rf"\b{_OFFICE}\s*,?\s+{_NAMED}|\b{_NAMED},\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?{_OFFICE}\b",
                     re.I)


def _arrests_figure(f: Frame) -> bool:
    """An arrest of a named figure of politics ("Police arrested opposition leader X"), with no crowd's people
    arrested with him ("arrested 30 protesters"): the arrest ACLED codes as its own event."""
    return (f.sub_event_type == S.ARRESTS and _FIGURE.search(f.sentence_text) is not None
            and _CROWD_ARRESTED.search(f.sentence_text) is None)


# People of public life, the press and civil society: whom a riot's police arrest for something of their own ("also
# arrested a union leader for hate speech", "arrested two reporters who had criticised the governor"), not its crowd
_PUBLIC_ARRESTED = re.compile(
    r"\b(?:journalists?|reporters?|bloggers?|editors?|cameram[ae]n|photographers?|union\s+leaders?|unionists?|"
    r"councill?ors?|lawmakers?|legislators?|MPs?|senators?|politicians?|officials?|candidates?|mayors?|governors?|"
    r"ministers?|judges?|lawyers?|clerics?|imams?|priests?|(?:opposition|party|community|religious)\s+"
    r"(?:leaders?|figures?|members?))\b", re.I)


def _arrests_others(f: Frame) -> bool:
    """An arrest of people of public life or the press, with no crowd's people arrested with them."""
    return (f.sub_event_type == S.ARRESTS and _PUBLIC_ARRESTED.search(f.sentence_text) is not None
            and _CROWD_ARRESTED.search(f.sentence_text) is None)


def _figure_apart(inc: Incident, f: Frame) -> bool:
    """A crowd event and the arrest of a named political figure, either told first: two events (the crowd's people
    arrested at it are its intervention, one event; a politician's arrest is a strategic development of its own).
    Beside a riot, so is the arrest of people of public life or the press ("police also arrested a union leader for
    hate speech"): a riot's arrests are its crowd's (or its mob's victim's), anyone else's are another matter."""
    a, b = inc.sub_event_type, f.sub_event_type
    if a is None or b is None:
        return False
    if EVENT_TYPE_OF[a] in _CROWD_TYPES and b == S.ARRESTS:
        arrests, riot = [f], EVENT_TYPE_OF[a] == EventType.RIOTS
    elif a == S.ARRESTS and EVENT_TYPE_OF[b] in _CROWD_TYPES:
        arrests, riot = [g for g in inc.frames if g.sub_event_type == S.ARRESTS], EVENT_TYPE_OF[b] == EventType.RIOTS
    else:
        return False
    return bool(arrests) and all(_arrests_figure(g) or (riot and _arrests_others(g)) for g in arrests)


_PART_KM = 20.0  # a neighbourhood or suburb lies this close to its town (sites.drop_city_of_suburb's distance)


def _near_parts(inc: Incident, f: Frame, pids: set[int]) -> bool:
    """Every place of the frame lies within a suburb's distance of a place of the incident, in its country, and is
    smaller than it: a part of the incident's town ("in the X area", "at the Y intersection"), not a town of its
    own."""
    told = [p for g in inc.frames for p in event_places(g) if p.geonameid in inc.place_ids()]
    own = [p for p in event_places(f) if p.geonameid in pids]
    return bool(own) and all(any(q.country_code == p.country_code and (q.population or 0) > (p.population or 0)
                                 and within_km(p, q, _PART_KM) for q in told) for p in own)


def _crowd_arrested_nearby(inc: Incident, f: Frame, pids: set[int]) -> bool:
    """The crowd's people arrested at a part of its town on its day ("Police arrested 45 party workers in the X
    area" after a protest in the town): the intervention in that crowd event (ACLED: protesters arrested during a
    protest make one Protest with intervention), not an Arrests event at a site of its own. A named figure's
    arrest, and an arrest on another day, stay apart."""
    a = inc.sub_event_type
    return (a is not None and EVENT_TYPE_OF[a] in _CROWD_TYPES and f.sub_event_type == S.ARRESTS
            and not _arrests_figure(f) and not _other_day_than(inc, f) and _near_parts(inc, f, pids))


def _drop_arrest_parts(inc: Incident) -> None:
    """The parts of a crowd's town where its people were arrested (``_crowd_arrested_nearby``) leave the arrest's
    frame: the event is coded at the crowd's place, one event, not split by the arrest's site."""
    arrests = [f for f in inc.frames[1:] if f.sub_event_type == S.ARRESTS]
    if not arrests:
        return
    told = [p for g in inc.frames if g.sub_event_type != S.ARRESTS for p in event_places(g) if p.geonameid]
    for f in arrests:
        f.places = [p for p in f.places if not (p.resolved and p.feature not in ("country", "admin1", "region") and any(
            q.geonameid != p.geonameid and q.country_code == p.country_code and (q.population or 0) > (
                p.population or 0) and within_km(p, q, _PART_KM) for q in told))]


def _forces_attack(f: Frame) -> bool:
    """An attack whose only perpetrators are state forces ("Police opened fire, killing at least five")."""
    agents = [a for a in f.agents if a.kind != "civilians"]
    return f.sub_event_type == S.ATTACK and bool(agents) and all(a.kind in ("state", "police") for a in agents)


def _forces_in_crowd(inc: Incident, f: Frame) -> bool:
    """State forces firing or killing right after a crowd event is told (its paragraph or the next), with no place,
    day or armed target of their own ("Protesters stormed parliament. ... Police opened fire, killing at least
    five."): the crowd event's other side and its dead (ACLED: a riot's or a protest's fatalities; lethal force
    against a peaceful crowd is Excessive force, Incident._type), not an attack of their own."""
    a = inc.sub_event_type
    if a is None or EVENT_TYPE_OF[a] not in _CROWD_TYPES or not _forces_attack(f):
        return False
    triggers = [c.start for cls in TRIGGER_CLASSES for c in f.cues.get(cls, ())]
    if not triggers or not any(a.kind in ("state", "police") and a.start < min(triggers) for a in f.agents):
        return False  # the forces are the act's subject; "a man was killed by the police" after a march is its cause
    if any(t.kind != "civilians" for t in f.targets) or f.paragraph - max(g.paragraph for g in inc.frames) > 1:
        return False
    pids = {p.geonameid for p in event_places(f) if p.geonameid is not None}
    days, own_days = _days(inc.frames), _days([f])
    return not pids - inc.place_ids() and not (days and own_days - days)


def _standing(f: Frame) -> bool:
    """The frame can stand as an incident of its own: a strong trigger with participants (evidence.py)."""
    return f.strong and f.evidence is not None


def _own_toll(f: Frame) -> bool:
    """A toll of the frame's own, not one that points back ("the other four", "the nine killed", "of them")."""
    return any(c.counted and c.role == "killed" and not _ANAPHORA.search(f.text, max(f.sentence.start, c.start - 25),
                                                                            c.start + 1) for c in f.counts)


# "two explosions", "twin blasts", "a double suicide bombing", "three coordinated attacks": an incident told as several
# blasts or attacks at once, whose parts a later sentence may number ("the first bomber ..., a second blast ...")
_COUNTED_ACTS = re.compile(
    r"\b(?:(two|three|four|five|several|multiple|\d)\s+(?:[\w-]+\s+){0,2}?(?:blasts|explosions|bombings|attacks|"
    r"strikes|air ?strikes|raids|bombs|bombers|suicide bombers|rockets|missiles)|(twin|double|triple)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:blasts?|explosions?|bombings?|attacks?|strikes?|air ?strikes?|raids?|bombs?|bombers?))\b",
    re.I)
_ORDINAL = re.compile(r"\b(?:second|third|fourth)\b", re.I)
_ORDINALS = {"second": 2, "third": 3, "fourth": 4}
# A day told relative to the incident's: "the next day", "a day later", "the following morning"
_NEXT_DAY = re.compile(r"\b(?:the\s+(?:next|following)\s+(?:day|morning|afternoon|evening|night)|(?:a|one|two|three|"
                       r"several|\d+)\s+days?\s+later|the\s+day\s+after)\b", re.I)


# "another gunman killed nine in Y", "a second bomber struck in Y": other men than the incident's, told as such
_ANOTHER_PARTY = re.compile(r"\b(?:another|a\s+second|a\s+third|a\s+different)\s+(?:[\w-]+\s+)?(?:gunm[ae]n|attackers?|"
                            r"assailants?|bombers?|shooters?|suicide\s+bombers?)\b", re.I)


def _another_party_elsewhere(incidents: list[Incident], f: Frame, pids: set[int]) -> bool:
    """The frame tells other men than the incident's ("another gunman") at a place of its own: an incident of its own,
    even when both are told only as unnamed gunmen (whom ``_unnamed_alike`` would take as one party). At the
    incident's own place (a second bomber at the same gate) it may be its part, and is left to the score."""
    if not (incidents and pids and _standing(f) and _ANOTHER_PARTY.search(f.sentence_text)):
        return False
    last = incidents[-1]
    return not pids & (last.place_ids() | last.within(f))


# "killed a further six", "another four", "an additional two": dead besides those told before
_FURTHER = re.compile(r"\b(?:a\s+further|another|an\s+additional)\s+$", re.I)


def _further_dead(f: Frame) -> bool:
    """The frame's dead are told as more than those told before ("the attackers killed a further six in Y on
    Tuesday"): dead of its own, though the words point back."""
    return any(c.counted and c.role == "killed" and _FURTHER.search(f.text, max(f.sentence.start, c.start - 20), c.start)
               for c in f.counts)


# "two other villagers", "also killed two", "two more were also shot": dead told as besides those told before
_ALSO_BEFORE = re.compile(r"\balso\s+(?:[\w-]+\s+){0,2}$", re.I)
_OTHER_AFTER = re.compile(r"^[\w,.-]+(?:\s+(?:hundred|thousand))?\s+(?:other|more)\b|^[^.;]{0,40}?\balso\b", re.I)


def _also_dead(f: Frame) -> bool:
    """The frame's dead are told as others than those told before ("two other villagers were killed in Y on
    Monday", "the bandits also killed two in Y"): dead of its own, though "the" or "other" is near the figure."""
    return any(c.counted and c.role == "killed" and (
        _ALSO_BEFORE.search(f.text, max(f.sentence.start, c.start - 30), c.start)
        or _OTHER_AFTER.search(f.text[c.start:min(f.sentence.end, c.start + 60)])) for c in f.counts)


def _new_dead(inc: Incident, f: Frame) -> bool:
    """The frame tells dead the incident has not told (a figure none of its sentences gives)."""
    return not {c.value for c in f.killed()} <= {c.value for g in inc.frames for c in g.killed()}


def _told_elsewhere(inc: Incident, f: Frame, pids: set[int]) -> bool:
    """No place of the frame is the incident's: its sites below a province (a province both name, "X district of
    Kashmir" and "Kashmir's Y district", is no shared site), else all its places (a frame with none is elsewhere);
    never when its dead are the incident's told again."""
    def key(p: Place) -> int | str:  # a district may resolve with no id: told apart by its name
        return p.geonameid if p.geonameid is not None else p.surface.casefold()

    fine = {key(p) for p in event_places(f) if p.feature not in ("admin1", "region", "country")}
    if not _new_dead(inc, f):
        return False  # its dead told again ("eight deaths" after "eight people have been killed", "13 of us")
    if not fine:
        return not pids & (inc.place_ids() | inc.within(f))
    shared = {key(p) for g in inc.frames for p in event_places(g)} | inc.within(f)
    return not fine & shared


def _same_agreement(inc: Incident, f: Frame, fk: set[str]) -> bool:
    """An agreement told again by one of its parties on no other day ("the government signed a ceasefire with the
    rebels on Monday", then "in X, the rebel commander signed the accord on Monday"): its parties are its sides, not
    an agent and a target, so a party named on either side is the same agreement (ACLED codes one Agreement event)."""
    if not (inc.sub_event_type == S.AGREEMENT == f.sub_event_type) or _other_day_than(inc, f):
        return False
    sides = fk | {t.key for t in f.targets if t.kind != "civilians"}
    return bool(sides & (inc.agent_keys | inc.target_keys))


def _one_of_counted(inc: Incident, f: Frame, pids: set[int]) -> bool:
    """A frame telling "a second blast" or "a third attack" numbers a part of the incident before it when that
    incident told its acts counted ("died in two explosions in X", "twin bombings") and the frame adds no place and no
    dead of its own: one incident told in its parts ("the first bomber hit the gate, with a second blast targeting
    those who rushed to the scene"), as ACLED codes one event per place and day. "Another attack", "a new strike",
    and a numbered one at a place or with a toll of its own stay incidents of their own."""
    told = _ANOTHER.search(f.sentence_text)
    ordinal = _ORDINAL.search(told.group(0)) if told is not None else None
    if ordinal is None or _own_toll(f) or _days([f]) or _NEXT_DAY.search(f.sentence_text) or (
            pids and not pids <= inc.place_ids()):
        return False  # ("a third explosion hit a market the next day": another day's, another event)
    nth = _ORDINALS[ordinal.group(0).lower()]
    # the number told must hold the part's: "twin blasts" have no third
    return any(_counted_at_least(m.group(1) or m.group(2), nth) for g in inc.frames
               for m in _COUNTED_ACTS.finditer(g.sentence_text))


def _counted_at_least(word: str, nth: int) -> bool:
    """The counted acts ("two", "twin", "several", "3") are at least ``nth``."""
    w = word.lower()
    n = {"two": 2, "twin": 2, "double": 2, "three": 3, "triple": 3, "four": 4, "five": 5}.get(w)
    if n is None:
        n = int(w) if w.isdigit() else nth  # "several", "multiple": as many as told
    return nth <= n


def _earlier_period(inc: Incident, f: Frame) -> bool:
    """The frame is told of an earlier week or month ("where last week gunmen raided a camp") and the incident of
    a day."""
    if _days([f]) or not any(d.precision != 1 and _EARLIER.match(d.text or "") for d in f.dates):
        return False  # a day of its own, or no earlier period ("overnight" in "last week's overnight raid" is no day)
    return bool(_days(inc.frames))


def _score(inc: Incident, pos: int, f: Frame, fk: set[str], pids: set[int]) -> float | None:
    """How well a frame fits an incident, or None when it may not join it."""
    if inc.summary or f.index - inc.frames[0].index > SPAN or not _compatible(inc, f) or _attack_after_crowd(inc, f, fk):
        return None
    if inc.sub_event_type in _NO_VIOLENCE and f.sub_event_type in GENERIC and f.killed():
        return None  # "nine people died" after "police evacuated 300 people": the bombing's toll, not theirs
    if _standing(f) and _told_days_before(inc, f):
        return None  # "Last Thursday, insurgents killed four soldiers" after Monday's attack: another day's
    if _standing(f) and (_own_toll(f) or _further_dead(f)) and _new_dead(inc, f) and _opens_with_another_day(inc, f):
        return None  # "On Saturday, the militia shelled the city with five mortar shells, killing seven" after
        # Monday's shelling there: the report moves on to another day's event (ACLED: one per place and day)
    if _standing(f) and (_own_toll(f) or _further_dead(f) or _also_dead(f)) and _told_elsewhere(inc, f, pids) and (
            _other_day_than(inc, f)):
        return None  # "Earlier on Friday, two militants were killed in Y" after Sunday's clash in X: dead of their own
        # on another day and at no place of the incident, another event (ACLED: one per place and day), even by the
        # same forces and in an undated report
    fk = inc.perpetrators(f, fk)
    if _standing(f) and pids and not pids & (inc.place_ids() | inc.within(f)) and _earlier_period(inc, f):
        return None  # told of an earlier week at a place of its own: another incident
    ik, ipids = inc.agent_keys, inc.place_ids() | inc.within(f)
    standing = _standing(f)
    if standing and _crowd_types(inc, f) and (_opens_with_another_day(inc, f) or _earlier_period(inc, f)):
        # one demonstration event per day: "On Friday, thousands marched" after Thursday's protest, "Earlier this
        # week, protesters set fire to ..." after Saturday's
        return None
    if standing and _same_agreement(inc, f, fk):
        return 4.0 + (pos + 1) * 0.01  # the sides of one agreement told again ("the ELN commander signed the accord")
    if standing and _speaker_party(inc, f, fk) and _own_toll(f) and _other_day_than(inc, f):
        return None  # "the army said it had neutralised several attackers during a sweep on Monday" after Sunday's attack
    if pids and ipids and not pids & ipids and not fk & ik and standing and (
            f.sub_event_type not in GENERIC or _own_toll(f)) and not _crowd_arrested_nearby(inc, f, pids):
        # a new place with no shared perpetrator: a new incident when this frame stands on its own (a specific
        # type, or a toll of its own: "Thirteen were killed in Bourzanga" after a report of an attack in Sima)
        return None
    if standing and fk and not fk & ik and ik and not _crowd_event(inc, f) and not _other_side(inc, f, fk) and not (
            _unnamed_alike(inc, f, fk)):
        return None
    score = 3.0 * bool(fk and fk & ik) + 2.0 * bool(pids and pids & ipids)
    score += 1.0 * bool(f.sub_event_type and f.sub_event_type == inc.sub_event_type)
    score += 0.5 * (inc.frames[-1].paragraph == f.paragraph)
    return score + (pos + 1) * 0.01  # the most recent incident wins ties


def merge_frames(frames: list[Frame], released: list[Released] | None = None) -> list[Incident]:
    """Group event frames into incidents, nearest compatible first; summaries kept apart.

    ``released``: the lead totals taken off their frames (``release_lead_totals``); a later frame that tells such a
    toll again tells the lead's incident."""
    told = {id(r.lead): {c.value for c in r.counts if c.role == "killed"} for r in released or ()}
    incidents: list[Incident] = []
    for f in frames:
        fk = perpetrator_keys(f)
        armed_targets = [t for t in f.targets if t.kind != "civilians"]
        # several perpetrators: "the regime and Russian forces launched attacks on ..." (never only unnamed ones, "an armed
        # gang killed 34 in raids the governor blamed on bandits": the same men told twice)
        if len(fk) >= 2 and not _told_twice(f, fk) and not _members_of(f, fk) and f.sub_event_type != S.ARMED_CLASH and (
                not armed_targets and f.index <= 2) and not _crowd_and_police(f, fk):
            incidents.append(Incident.of(f, summary=True))
            continue
        standing = _standing(f)
        # an arrest's place that coding never takes as an event's (where the suspect is from) is no place of its own:
        # "The suspect, a man from X, was taken into custody" is told at the incident's place
        pids = {p.geonameid for p in event_places(f) if p.geonameid is not None and (
            f.sub_event_type != S.ARRESTS or is_event_place(f.text, p, f.sentence.start))}
        if standing and (_SEPARATE.match(f.text, f.sentence.start) or _ANOTHER.search(f.sentence_text)) and not (
                incidents and _one_of_counted(incidents[-1], f, pids)) or _another_party_elsewhere(incidents, f, pids):
            incidents.append(Incident.of(f))  # "In a separate incident, ...": never part of what came before
            continue
        best: Incident | None = None
        best_score = -1.0
        first = max(0, len(incidents) - WINDOW)
        for pos in range(first, len(incidents)):
            score = _score(incidents[pos], pos, f, fk, pids)
            if score is not None and score > best_score:
                best, best_score = incidents[pos], score
        last = incidents[-1] if incidents else None
        if best is not None and (best_score > 0 or not standing or not f.agents):
            _join_best(incidents, best, f, fk, pids)
        elif not standing and last is not None and not last.summary and f.index - last.frames[0].index <= SPAN:
            last.add(f)  # a frame that cannot stand alone ("Cars were set ablaze.") tells more of the last incident
        else:
            # a group's change of activity may be the course of an incident told a few paragraphs before
            # ("... looters ransacked an embassy. Dozens of troops had surrendered"): the recent incidents are tried
            recent = incidents[first:][::-1] if f.sub_event_type == S.CHANGE_TO_GROUP else []
            home = next((inc for inc in (best, last, *recent) if inc is not None
                         and _tells_more(inc, f, fk, pids, told)), None)
            if home is not None:
                # its type counts where it agrees with the incident's, where it names the perpetrator the incident
                # lacked ("The violence began when armed herders attacked farmers"), or where it tells fighting in
                # so many words between named sides (a battle described in the incident outranks the rest:
                # rules.most_severe; people "wounded by gunfire" are no battle)
                if (f.sub_event_type in _COURSE and _follow_up(home, f, fk)) or _ends_siege(home, f) or (
                        _suspects_arrested(home, f) or (_blamed(home, f) and home.agent_keys)):
                    home.add_reply(f, typed=False)  # the incident's course: it names no perpetrator, decides no type
                else:
                    home.add(f, typed=_decides_type(home, f, fk, pids))
            else:
                incidents.append(Incident.of(f))
    return _sited(join_fragments(incidents))


def _decides_type(home: Incident, f: Frame, fk: set[str], pids: set[int]) -> bool:
    """Whether a frame joined to an incident as more of it counts for its type: its type agrees with the incident's,
    or it names the perpetrator the incident lacked, or it tells fighting between named sides; a frame whose every
    trigger names the incident again ("20 were injured in the clash") decides nothing (``_names_again``)."""
    if _compatible(home, f):
        return True
    if _victims_again(home, f, pids) or _names_again(home, f, fk, pids):
        return False
    return bool(fk and not home.agent_keys) or (f.decision in _FIGHTING and f.evidence != "victims")


def _join_best(incidents: list[Incident], best: Incident, f: Frame, fk: set[str], pids: set[int]) -> None:
    """Join the frame to the incident it fits best: as its other side's reply, as its course (troops deployed), or as
    more of it; a sweep told on another day starts an incident of its own."""
    fk_best = best.perpetrators(f, fk)
    if fk_best and best.agent_keys and not fk_best & best.agent_keys and _other_side(best, f, fk_best):
        best.add_reply(f)
    elif f.sub_event_type == S.CHANGE_TO_GROUP and _follow_up(best, f, fk) and _other_day_than(best, f):
        incidents.append(Incident.of(f))  # a sweep told on another day: its own event (one event per day)
    elif f.sub_event_type == S.CHANGE_TO_GROUP and _follow_up(best, f, fk):
        # "troops were deployed to the village": the attack's response, not what the incident was
        best.add_reply(f, typed=False)
    elif f.sub_event_type == S.ARRESTS and best.sub_event_type in _RIOTS:
        # the police who arrest a riot's people (or its mob's victim) are no party of a riot they did not fight: the
        # arrest is its outcome, told in its notes (as ``_suspects_arrested`` joins one told with no place or day)
        best.add_reply(f, typed=False)
    else:
        _note_aliases(best, f, fk_best)
        best.add(f, typed=not _names_again(best, f, fk_best, pids) and not _told_unnamed(best, f, fk_best))


def _sited(incidents: list[Incident]) -> list[Incident]:
    """Leave out of each incident's frames the places where nothing of it happened (sites.py)."""
    for inc in incidents:
        _drop_response_places(inc)
        drop_reference_places(inc.frames)
        drop_speaker_places(inc.frames)
        drop_elsewhere_places(inc.frames)
        drop_broader_places(inc.frames)
        drop_gloss_places(inc.frames)
        drop_far_neighbourhoods(inc.frames)
        if inc.sub_event_type is not None and EVENT_TYPE_OF[inc.sub_event_type] in _VIOLENT:
            drop_restated_sites(inc.frames)
            drop_city_of_suburb(inc.frames, lambda f: bool(_REFERS_BACK.search(f.sentence_text)))
        if inc.sub_event_type is not None and EVENT_TYPE_OF[inc.sub_event_type] in _CROWD_TYPES:
            drop_cause_places(inc.frames)
            _drop_arrest_parts(inc)
            # a crowd gathers at one site: a town and the much larger city a few km off it that the report names
            # with it ("outside the hospital in X, Y") are one site told twice, and X (the finer) is where it was
            drop_city_of_suburb(inc.frames, lambda f: True)
    return incidents


def _drop_response_places(inc: Incident) -> None:
    """Where troops were deployed after an attack ("troops were deployed to X and nearby villages in Y and Z") is
    where the response went, not where the attack happened: a follow-up's places (``_follow_up``, joined as the
    incident's course) leave its frame when the incident has places of its own; the ones it shares stay. So do the
    places of its suspects' arrest joined as its outcome ("In X, police said they had arrested three suspects in
    connection with the attack": the speaker's or the arrest's town, not the attack's)."""
    sub = inc.sub_event_type
    violent = sub is not None and EVENT_TYPE_OF[sub] in _VIOLENT
    course = [f for f in inc.frames[1:] if (id(f) in inc._replies and f.sub_event_type == S.CHANGE_TO_GROUP)
              or (violent and f.sub_event_type == S.ARRESTS)]
    if not course:
        return
    ids = {id(f) for f in course}
    own = {p.geonameid for f in inc.frames if id(f) not in ids for p in event_places(f) if p.geonameid is not None}
    if not own:
        return
    for f in course:
        f.places = [p for p in f.places if p.feature == "country" or not p.resolved or p.geonameid in own]


def _placed_or_dated(inc: Incident) -> bool:
    return bool(inc.place_ids() or _days(inc.frames))


def _fragment(inc: Incident) -> bool:
    """An incident told with no place, no day and no period of its own, not opened as another one ("In a separate
    incident", "a second attack"): a fragment of what the report tells around it, which no reader (and no store)
    could tell apart from it."""
    first = inc.frames[0]
    return not (inc.summary or _placed_or_dated(inc) or any(event_places(f) for f in inc.frames)
                or _SEPARATE.match(first.text, first.sentence.start) or _ANOTHER.search(first.sentence_text)
                or any(_EARLIER.match(d.text or "") for f in inc.frames for d in f.dates))


def _unnamed(key: str) -> bool:
    return key.startswith("Unidentified")


def _bare_keys(mentions: list[ActorMention]) -> set[str]:
    """The keys of armed people named by no name of their own: unidentified men ("gunmen", "assailants") and the bare
    word for an armed group ("rebels", "militants"), a generic militia ACLED codes as an unidentified armed group (not
    a named group told generically, "Islamic State militants")."""
    return {a.key for a in mentions if _unnamed(a.key) or (a.generic and a.kind == "political_militia")}


# Between two subjects told as distinct parties: "rebels and bandits", "gunmen, militants", "X as well as Y"
_COORDINATED = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|as\s+well\s+as\s+|along\s+with\s+)"
                          r"(?:(?:the|some|suspected|armed)\s+)?$", re.I)


def _told_twice(f: Frame, fk: set[str]) -> bool:
    """Several unnamed perpetrator keys that are the same men told twice ("an armed gang killed 34 in raids the
    governor blamed on bandits"), not two parties coordinated as subjects ("rebels and bandits killed 30 people in
    separate attacks": each its own attacks, a summary)."""
    if not fk <= _bare_keys(f.agents):
        return False
    agents = sorted((a for a in f.agents if a.key in fk), key=lambda a: a.start)
    return not any(a.key != b.key and _COORDINATED.fullmatch(f.text, a.end, b.start)
                   for a, b in zip(agents, agents[1:], strict=False))


# Between a party's men and the force they belong to: "gunmen from a militia", "fighters of the X", "men loyal to Y"
_MEMBER_OF = re.compile(r"\s+(?:from|of|belonging\s+to|loyal\s+to|attached\s+to|affiliated\s+with|linked\s+to)\s+"
                        r"(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?$", re.I)


def _members_of(f: Frame, fk: set[str]) -> bool:
    """Two perpetrator keys that are one party: men told as members of a force ("gunmen from an army unit stormed a
    market"), the force named right after them. One perpetrator, not a summary of two parties' attacks."""
    agents = sorted((a for a in f.agents if a.key in fk), key=lambda a: a.start)
    pairs = [(a, b) for a, b in zip(agents, agents[1:], strict=False) if a.key != b.key]
    return len(fk) == 2 and bool(pairs) and all(_MEMBER_OF.fullmatch(f.text, a.end, b.start) for a, b in pairs)


def _joins(lead: Incident, frag: Incident) -> bool:
    """The fragment can be part of the incident: compatible types (``_compatible``'s table; property destroyed with
    nobody named, in an attack: ACLED codes it as part of the attack), no perpetrator of its own that is not a party
    of the incident (unless the incident's party is unnamed: "gunmen", then "the group X claimed it"; "the gunmen"
    after a named group is that group), and no dead of its own beside the incident's (two tolls told apart are two
    incidents; a toll told again is the same dead)."""
    a, b = lead.sub_event_type, frag.sub_event_type
    named = {k for k in frag.agent_keys if not _unnamed(k)}
    parties = lead.agent_keys | lead.target_keys
    if a is not None and b is not None and a not in GENERIC and b not in GENERIC and not (
            EVENT_TYPE_OF[a] == EVENT_TYPE_OF[b] or {EVENT_TYPE_OF[a], EVENT_TYPE_OF[b]} <= _VIOLENT - {
                EventType.VIOLENCE_AGAINST_CIVILIANS} or (b == S.LOOTING and EVENT_TYPE_OF[a] in _VIOLENT and not named)):
        return False
    if named - parties and not any(_unnamed(k) for k in parties):
        return False
    own = {c.value for f in frag.frames if _own_toll(f) for c in f.killed()}
    told = {c.value for f in lead.frames for c in f.killed()}
    return not (own and told and not own <= told)


def _fire_returned(home: Incident, f: Frame) -> bool:
    """Shelling, then its targets told firing back ("The militia fired back with heavy weapons", "soldiers returned
    fire"): both sides fired, so the incident is an armed clash (codebook: two groups exchanging long-range fire is an
    armed clash, not shelling). Only a reply in so many words, by a party other than the shelling one."""
    if home.sub_event_type != S.SHELLING or f.sub_event_type != S.ARMED_CLASH or f.decision not in _FIGHTING:
        return False
    return _REPLY.search(f.sentence_text) is not None and not perpetrator_keys(f) & home.agent_keys


def join_fragments(incidents: list[Incident]) -> list[Incident]:
    """One incident, one event (issue 17): an incident told with no place and no day of its own (a fragment: "Two
    more people died in hospital", "The gunmen also torched vehicles") joins the nearest incident told before it
    (else the first after it) that has a place or a day and that it can be part of (``_joins``). Stored apart it
    would be an event no other report could be matched with: ACLED codes one event per actor pair, place and day, and
    a fragment names none of its own. Its words do not decide the incident's type unless they agree with it."""
    placed = [inc for inc in incidents if not inc.summary and inc.sub_event_type is not None and _placed_or_dated(inc)]
    if not placed or len(incidents) < 2:
        return incidents
    placed_ids = {id(inc) for inc in placed}
    out: list[Incident] = []
    for n, inc in enumerate(incidents):
        if not _fragment(inc):
            out.append(inc)
            continue
        # the nearest incidents only (WINDOW each side, as the merge looks back): linear time in long documents
        before = [h for h in out[-WINDOW:] if id(h) in placed_ids][::-1]
        after = [h for h in incidents[n + 1:n + 1 + WINDOW] if id(h) in placed_ids]
        home = next((h for h in (*before, *after) if _joins(h, inc)), None)
        if home is None:
            out.append(inc)
            continue
        for f in inc.frames:
            home.add(f, typed=f.sub_event_type == home.sub_event_type or _fire_returned(home, f))
        home.frames.sort(key=lambda f: f.sentence.start)  # the report's order: its lead first (coding reads it so)
    return out


_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)


def _day_key(d: DateMention) -> str | None:
    """The day a date mention names, as a key two mentions can be compared by: its date, else the weekday or the
    calendar day it names (an undated report's "on Friday", "on 6 May"); a time of day with no date ("overnight",
    "this morning", "after midnight") names no day that could differ from another mention's, so it gives none."""
    if d.precision != 1:
        return None
    if d.date:
        return d.date
    text = (d.text or "").lower()
    m = _WEEKDAY.search(text)
    return m.group(0) if m else text if any(c.isdigit() for c in text) else None


def _days(frames: list[Frame]) -> set[str]:
    """The days the frames tell their events on; the day a statement was made ("the army confirmed on Friday", "police
    said on Saturday") is none of them (the event was that day or before: dates.is_statement_date)."""
    return {k for f in frames for d in f.dates if (k := _day_key(d)) is not None and not is_statement_date(f.text, d)}


def _crowd_types(inc: Incident, f: Frame) -> bool:
    """The incident and the frame are both told as crowd events (protests, riots)."""
    a, b = inc.sub_event_type, f.sub_event_type
    return a is not None and b is not None and {EVENT_TYPE_OF[a], EVENT_TYPE_OF[b]} <= _CROWD_TYPES


_DAY_OPENING = re.compile(r"\W*(?:(?:early|late)\s+)?(?:on\s+)?", re.I)


def _opens_with_another_day(inc: Incident, f: Frame) -> bool:
    """The frame's sentence opens with its day ("On Friday evening, ...", "Saturday's march ..."), and that day is
    none of the incident's (both told): the report moves on to that day's event. A day told inside the sentence ("the
    sit-in that began on 5 April", "calls made on Monday", "the visit planned for 7 January") is the crowd's history
    or its cause, not another day's event."""
    days = _days(inc.frames)
    opening = _DAY_OPENING.match(f.text, f.sentence.start)
    first = next((d for d in f.dates if opening is not None and d.start == opening.end()), None)
    key = _day_key(first) if first is not None else None
    return bool(days) and key is not None and key not in days


def _tells_more(inc: Incident, f: Frame, fk: set[str], pids: set[int], told: dict[int, set[int]]) -> bool:
    """The frame tells more of the incident before it, not a new one: it gives no place the incident lacks, no
    day it was not told of (ACLED codes one event per day) and no earlier period, and it names the incident again ("the attack killed 30", "the group said it
    carried out the bombing", "condemned the airstrike"), restates its toll, or names no perpetrator or place of
    its own ("More than 50 people were wounded by gunfire.")."""
    if inc.summary or f.index - inc.frames[0].index > SPAN or _attack_after_crowd(inc, f, fk):
        return False
    ipids = inc.place_ids() | inc.within(f)
    reaction = _REACTION.search(f.sentence_text)
    ending = _ends_siege(inc, f)
    if pids and ipids and not pids <= ipids and not reaction and not (ending and _parts_of(f, pids & ipids, pids - ipids)):
        return False  # a place of its own: a digest's next incident, or one recalled (a reaction's is its speaker's)
    days, own_days = _days(inc.frames), _days([f])
    if (days and own_days - days and not (ending and _day_after(days, own_days - days))) or any(
            _EARLIER.match(d.text or "") for d in f.dates):
        return False
    if ending or reaction or _REFERS_BACK.search(f.sentence_text) or _MOURNING.search(f.sentence_text):
        return True
    if _blamed(inc, f) or _suspects_arrested(inc, f) or _riot_damage(inc, f, fk):
        return True
    if _HOSTAGES.search(f.sentence_text) and any(_HOSTAGES.search(g.sentence_text) for g in inc.frames):
        return True  # a hostage-taking is one incident until it ends: the storming, the rescue, the hostages freed
    if _follow_up(inc, f, fk):
        return True  # "police reinforcements were deployed", "dozens of troops surrendered": the incident's course
    if _victims_again(inc, f, pids):
        return True  # "All the hostages killed were foreigners": the incident's victims named again
    killed = {c.value for c in f.killed()}
    if killed and killed <= {v for g in inc.frames for v in {c.value for c in g.killed()} | told.get(id(g), set())}:
        return True  # "At least six people had been killed": the toll told again
    # no perpetrator, no place, no day but the incident's, and no participant but the wounded ("More than 50 people
    # were wounded by gunfire."); an arrest, an armed group or a weapon told on its own may be an event of its own
    return (not fk and not pids and not killed and f.evidence in (None, "victims")
            and all(c.role == "injured" for c in f.counts if c.counted))


def _attack_after_crowd(inc: Incident, f: Frame, fk: set[str]) -> bool:
    """Armed men of their own attacking after a crowd event is told ("gunmen opened fire on a crowd at the bus
    station", crowds._gunmen_on_a_crowd): an attack of its own, never a protest that carries its dead."""
    a, b = inc.sub_event_type, f.sub_event_type
    # (in the protest's own paragraph "the crowd" is its protesters: crowds._gunmen_on_a_crowd types it so)
    return (a is not None and b is not None and EVENT_TYPE_OF[a] in _CROWD_TYPES and EVENT_TYPE_OF[b] in _VIOLENT
            and _standing(f) and bool(fk) and not fk & inc.agent_keys
            and f.paragraph not in {g.paragraph for g in inc.frames} and not _forces_in_crowd(inc, f))


def _names_again(inc: Incident, f: Frame, fk: set[str], pids: set[int]) -> bool:
    """The frame names the incident again ("Another soldier was wounded in the same attack", "a police officer
    blamed the attack on separatists") with no perpetrator and no place of its own, in another type's words: it tells
    more of the incident, and its words do not decide the incident's type (a roadside bomb stays a roadside bomb).
    One that tells dead of its own ("an attacker was also killed in the incident") tells what the incident was."""
    if fk or pids - inc.place_ids() - inc.within(f) or f.sub_event_type in (None, inc.sub_event_type) or _own_toll(f):
        return False
    # every trigger of the sentence is in its mention of the incident ("the same attack"): a sentence with a trigger
    # of its own ("Clashes erupted at the edge of the march") tells what happened
    spans = [m.span() for m in _REFERS_BACK.finditer(f.text, f.sentence.start, f.sentence.end)]
    triggers = [c for cls in TRIGGER_CLASSES for c in f.cues.get(cls, ())]
    return bool(triggers) and all(any(a <= c.start and c.end <= b for a, b in spans) for c in triggers)


def _ends_siege(inc: Incident, f: Frame) -> bool:
    """The frame tells security forces (or nobody named) storming, raiding or rescuing in a siege or hostage-taking
    the incident tells: its end ("commandos stormed the cafe Saturday morning, freeing 13 hostages"), not a new
    incident, while the siege lasts (the day after it began, a part of its town: ``_tells_more``)."""
    if not _ENDING.search(f.sentence_text) or not any(_SIEGE.search(g.sentence_text) for g in inc.frames):
        return False
    return all(a.kind in ("state", "police", "civilians") for a in f.agents)


def _blamed(inc: Incident, f: Frame) -> bool:
    """The frame blames a party for a violent incident told before (its place and day: ``_tells_more``), with no
    toll of its own: another account of who did it, not a second incident."""
    return _violent(inc) and bool(_BLAME.search(f.sentence_text)) and not _own_toll(f)


def _suspects_arrested(inc: Incident, f: Frame) -> bool:
    """Suspects or attackers arrested, at the place and on the one day of a violent incident, or people arrested at a
    riot ("two people were arrested", "the police rescued the man and arrested him") (``_tells_more``): its outcome,
    not a strategic development of its own, and the police who arrest are no party of a riot they did not fight.
    After fighting told over several days the arrest belongs to none of them (ACLED codes one event per day)."""
    riot = inc.sub_event_type in _RIOTS and bool(_SUSPECTS.search(f.sentence_text) or _CROWD_ARRESTED.search(
        f.sentence_text))
    return (f.sub_event_type == S.ARRESTS and (riot or (_violent(inc) and bool(_SUSPECTS.search(f.sentence_text))))
            and not _own_toll(f) and len(_days(inc.frames)) <= 1)


# Who a riot's arrests take: its crowd ("arrested 30 people", "dozens of youths were arrested", "arrested him" after
# the mob's victim was rescued) or people linked to it ("arrested over the riot", "in connection with the violence"),
# not anyone arrested that day ("police also arrested an opposition politician for hate speech")
_NUM = r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds|several|many|some)"
_CROWD = r"(?:rioters|protesters|demonstrators|youths?|people|persons|looters|men|members\s+of\s+the\s+(?:mob|crowd))"
_ARRESTED = r"(?:arrested|detained|held|rounded\s+up|taken\s+into\s+custody|apprehended)"
_CROWD_ARRESTED = re.compile(
    rf"\b(?:arrest(?:ed|ing|s)?|detain(?:ed|ing|s)?|round(?:ed|ing)?\s+up|apprehend(?:ed|ing|s)?)\s+"
    rf"(?:(?:at\s+least|about|some|more\s+than|over|nearly|dozens\s+of|scores\s+of|hundreds\s+of)\s+)?"
    rf"(?:(?:{_NUM}|the|several)\s+)?(?:other\s+|more\s+|young\s+|suspected\s+)?"
    rf"(?:{_CROWD}\b|them\b|him\b|her\b|{_NUM}\b(?!\s+[a-z]))"
    rf"|\b(?:{_NUM}\s+(?:other\s+|more\s+)?(?:(?:young|suspected)\s+)?(?:{_CROWD}\s*)?|{_CROWD}\s*)"
    rf"(?:,[^,.;]{{0,60}},\s*)?(?:(?:also|later|reportedly|subsequently|since|all)\s+)?"
    rf"(?:(?:were|have\s+been|had\s+been|was|are)\s+(?:also\s+|later\s+)?)?{_ARRESTED}\b"
    # "police made 14 arrests", "arrests were made", "those arrested": arrests told of the crowd as a whole
    rf"|\bmade\s+(?:\w+\s+){{0,2}}arrests\b|\barrests\s+(?:were|have\s+been|had\s+been)\s+made\b"
    rf"|\b(?:those|the\s+people|the\s+persons)\s+(?:arrested|detained)\b"
    rf"|\b(?:arrest|detain|apprehend)\w*\b[^.;]{{0,60}}?\b(?:over|in\s+connection\s+with|for\s+(?:their|his|her)\s+"
    rf"(?:role|part)\s+in|linked\s+to|during|after)\s+(?:the\s+)?(?:riots?|rioting|violence|unrest|lynching|killing|"
    rf"mob|disturbances?|clashes|protests?|looting|arson|attack|burning)\b", re.I)


def _riot_damage(inc: Incident, f: Frame, fk: set[str]) -> bool:
    """Property set on fire, smashed or ransacked, with nobody armed named (a crowd's own "looters", "rioters" are
    its people), at a riot's place and day (``_tells_more``): the rioters' own violence ("they set a police car on
    fire", "looters ransacked an embassy"), one riot event, not a property destruction of its own."""
    armed = {a.key for a in f.agents if a.kind not in _CROWD_KINDS} & fk
    return inc.sub_event_type in _RIOTS and f.sub_event_type == S.LOOTING and not armed and not _own_toll(f)


def _violent(inc: Incident) -> bool:
    sub = inc.sub_event_type
    return sub is not None and EVENT_TYPE_OF[sub] in _VIOLENT


def _parts_of(f: Frame, shared: set[int], new: set[int]) -> bool:
    """The frame's new places are parts of a town the incident is in, named with it ("Maradi's Zaria district",
    "the Gulshan area of Dhaka"): the same site told finer."""
    if not shared:
        return False
    news = [p for p in event_places(f) if p.geonameid in new]
    return bool(news) and all(_PART_WORD.match(f.text, p.end) for p in news)


def _day_after(days: set[str], own: set[str]) -> bool:
    """Every day of the frame's own is one of the two days after one of the incident's (a siege that began at night
    and was ended in the morning, or after some thirty hours): dates, or weekday names when the report has no date.
    A siege is one incident until it ends (``_ends_siege``); a later day's storming is a new one."""
    from datetime import date

    def after(a: str, b: str) -> bool:
        try:
            return 1 <= (date.fromisoformat(b) - date.fromisoformat(a)).days <= SIEGE_DAYS
        except ValueError:
            wa = next((i for i, w in enumerate(_WEEKDAYS) if w in a), None)
            wb = next((i for i, w in enumerate(_WEEKDAYS) if w in b), None)
            return wa is not None and wb is not None and 1 <= (wb - wa) % 7 <= SIEGE_DAYS

    return all(any(after(a, b) for a in days) for b in own)


_UNARMED = ("civilians", "protesters", "rioters")
_VIOLENT = {EventType.BATTLES, EventType.EXPLOSIONS, EventType.VIOLENCE_AGAINST_CIVILIANS}


# Strategic developments told in a violent incident that are its course: troops deployed or surrendering, people
# evacuated by the police (``_follow_up``)
_COURSE = (S.CHANGE_TO_GROUP, S.OTHER)
# Strategic developments with no violence of their own: a toll told with no act of its own ("the ministry said 40
# people were killed") is never theirs while a violent incident may take it (``_score``)
_NO_VIOLENCE = (S.CHANGE_TO_GROUP, S.OTHER, S.AGREEMENT, S.HQ_ESTABLISHED, S.NON_VIOLENT_TRANSFER)


def _follow_up(inc: Incident, f: Frame, fk: set[str]) -> bool:
    """A change in a group's activity (reinforcements deployed, troops surrendering or withdrawing), or another
    development by state forces with no armed group of its own (people evacuated, the area sealed off), told at the place
    and on the day of a violent incident, by its parties or by state forces, with no toll of its own: the course of
    that incident (its response, its outcome), not a strategic development of its own. The caller decides the day
    (one told on another day is its own event: ``_other_day_than``); its places where the response went, beyond the
    incident's, leave it afterwards (``_drop_response_places``)."""
    sub = inc.sub_event_type
    if f.sub_event_type not in _COURSE or sub is None or EVENT_TYPE_OF[sub] not in _VIOLENT or _own_toll(f):
        return False
    own = {a.key for a in f.agents if a.kind not in ("civilians", "state", "police")}
    if f.sub_event_type == S.OTHER:
        return not own  # police evacuating people, sealing the area: the state's response, by no armed group
    if sub == S.ARMED_CLASH and len(own) == 1 and not inc.target_keys:
        return True  # a battle told with one side named: the party that moves in it is its other side
    return not own - inc.agent_keys - inc.target_keys


_DEFINITE = re.compile(r"\b(?:the|those|these)\s+(?:[\w-]+\s+)?$", re.I)


def _head(surface: str) -> str:
    return surface.split()[-1].casefold() if surface.split() else ""


def _victims_again(inc: Incident, f: Frame, pids: set[int]) -> bool:
    """The frame names nobody acting, no place, no day and no toll of its own, and names again, definitely,
    civilians the incident targeted ("the hostages" after "killing 20 hostages"): one incident told over its
    stages (the siege, the hostages, its end), not a new one. Its words do not decide the incident's type."""
    return not f.agents and not pids and not _days([f]) and not _own_toll(f) and _same_victims(inc, f)


def _same_victims(inc: Incident, f: Frame) -> bool:
    told = {_head(t.surface) for g in inc.frames for t in g.targets if t.kind == "civilians"}
    return any(t.kind == "civilians" and _head(t.surface) in told
               and _DEFINITE.search(f.text, max(f.sentence.start, t.start - 30), t.start) for t in f.targets)


def _speaker_party(inc: Incident, f: Frame, fk: set[str]) -> bool:
    """The frame's source is also its actor ("the army said its soldiers had neutralised...", "the ministry said it had
    struck..."), and that party is none of the incident's perpetrators: its own account, of this incident only when
    told at its place and on its day."""
    told = {a.key for a in f.agents if a.kind != "civilians"}
    return told != fk and not told & inc.agent_keys


def _other_day_than(inc: Incident, f: Frame) -> bool:
    """The frame tells its event on a day of its own, none of the incident's (both told): ACLED codes one event per
    day, so a toll of that day is another event's."""
    return _another_day(_days(inc.frames), _days([f]))


APART_DAYS = 3  # a day this many days or more from every day of an incident is another incident's (ACLED: one per day)


def _told_days_before(inc: Incident, f: Frame) -> bool:
    """The frame tells its act on a calendar day of its own, at least ``APART_DAYS`` before every day the incident is
    told on (both told as dates): an earlier day's incident, a digest's item at a place of its own ("Last Thursday,
    insurgents killed four soldiers near X" after Monday's attack), not a part of this one, whatever else they share. The night
    and the morning after stay one incident; a later day may be a quote's "yesterday", read from the report's date."""
    return _gap_days(inc.frames, [f], lambda gap: gap >= APART_DAYS) or _weekdays_apart(inc.frames, [f])


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _weekdays_apart(a: list[Frame], b: list[Frame]) -> bool:
    """An undated report's days, told only as weekdays on both sides, each at least ``APART_DAYS`` from every day of
    the other whichever week they fall in ("Three guards were killed on Tuesday evening" in a report of Friday's
    bombing: Tuesday to Friday is three days, Friday to the next Tuesday four)."""
    da, db = _days(a), _days(b)
    if not da or not db or not (da | db) <= set(_WEEKDAYS):
        return False
    return all(min(d := abs(_WEEKDAYS.index(x) - _WEEKDAYS.index(y)), 7 - d) >= APART_DAYS for x in da for y in db)


def days_apart(a: list[Frame], b: list[Frame]) -> bool:
    """Both groups of frames tell their acts on calendar days, and every day of one is at least ``APART_DAYS`` from
    every day of the other, either way: two days' incidents (coding lends no place of one to the other)."""
    return _gap_days(a, b, lambda gap: abs(gap) >= APART_DAYS)


def _gap_days(a: list[Frame], b: list[Frame], apart: Callable[[int], bool]) -> bool:
    """Both groups tell calendar days, and every gap (a day of ``a`` less a day of ``b``) is ``apart``."""
    own, told = _iso_days(b), _iso_days(a)
    return bool(own and told) and all(apart((y - x).days) for x in own for y in told)


def _iso_days(frames: list[Frame]) -> set[date]:
    return {date.fromisoformat(k) for k in _days(frames) if len(k) == 10 and k[4] == "-" and k[:4].isdigit()}


def _other_day(a: Frame, b: Frame) -> bool:
    return _another_day(_days([a]), _days([b]))


def _another_day(told: set[str], own: set[str]) -> bool:
    """The one test of "another day": both days told and none shared (a side that tells no day takes the other's:
    an undated attack and troops deployed "on Sunday" are one incident)."""
    return bool(told and own and not own & told)


@dataclass(slots=True)
class Released:
    """A lead total taken off its frame because later frames (its parts) add up to it."""

    lead: Frame
    counts: list[Count]
    parts: list[Frame]


def restore_lead_totals(released: list[Released], incidents: list[Incident]) -> None:
    """A lead total whose parts all belong to the lead's own incident is that incident's toll: it goes back.

    Within one incident sentence tolls are not added ("Six were killed in an encounter" then "five rebels
    were killed" and "one soldier died" in the same incident is 6, not 5)."""
    where = {id(f): n for n, inc in enumerate(incidents) for f in inc.frames}
    for r in released:
        home = where.get(id(r.lead))
        if home is not None and all(where.get(id(p)) == home for p in r.parts):
            r.lead.counts = sorted([*r.lead.counts, *r.counts], key=lambda c: c.start)


def _killed_in(f: Frame) -> int:
    return sum(c.value for c in f.counts if c.role == "killed" and c.counted)


def share_lead_total(frames: list[Frame], incidents: list[Incident]) -> None:
    """A lead total told of several incidents ("Soldiers killed 14 insurgents in three raids this week") covers the
    tolls of the other incidents told after it: its own incident keeps only the rest (``told_elsewhere``)."""
    lead = next((f for f in frames[:3] if f.index <= 2 and _killed_in(f) and _SEVERAL.search(f.sentence_text)), None)
    if lead is None:
        return
    home = next((inc for inc in incidents if lead in inc.frames), None)
    if home is None:
        return
    # the several incidents may be of several days: no part is left out for its day
    elsewhere = sum(max((_killed_in(f) for f in inc.frames), default=0)
                    for inc in incidents if inc is not home and not inc.summary)
    if 0 < elsewhere <= _killed_in(lead):
        home.told_elsewhere = elsewhere


def release_lead_totals(frames: list[Frame]) -> list[Released]:
    """A lead toll that equals the sum of the tolls told later is their total, not more dead: drop it.

    "At least 11 were killed ..." followed by "10 were killed in A" and "a child was killed in B":
    the 11 is checked against 10 + 1 and its counts leave the lead frame (the parts keep theirs). Returns what
    was taken, for ``restore_lead_totals`` once the incidents are known.
    """
    released: list[Released] = []
    for role in ("killed", "injured"):
        with_counts = [f for f in frames if any(c.role == role and c.counted for c in f.counts)]
        if len(with_counts) < 2:
            continue
        lead = with_counts[0]
        if lead.index > 2:
            continue
        # a part told of another day ("On Thursday, jets struck ... killing dozens") is no part of the lead's total
        with_counts = [lead, *(f for f in with_counts[1:] if not _other_day(lead, f))]
        total = sum(c.value for c in lead.counts if c.role == role and c.counted)
        rest = sum(c.value for f in with_counts[1:] for c in f.counts if c.role == role and c.counted)
        if rest == total:
            released.append(Released(lead, [c for c in lead.counts if c.role == role], with_counts[1:]))
            lead.counts = [c for c in lead.counts if c.role != role]
    return released
