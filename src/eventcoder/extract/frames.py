"""Frames: what one sentence says happened: cues, type, agent, target, places, dates, counts.

A frame is filled from the cheap first pass (cue lexicon, count patterns, actor dictionary, the
document's place and date layers); the event builder (``events.py``) merges frames into events.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from eventcoder.extract.actors import ActorMention
from eventcoder.extract.counts import Count
from eventcoder.extract.cues import CueMatch
from eventcoder.model import DateMention, Place, Sentence
from eventcoder.vocab import EventType, Inter, SubEventType

__all__ = ["Frame", "classify", "is_background"]

S = SubEventType

# Classes whose presence makes a sentence a candidate at all (the cheap first pass).
TRIGGER_CLASSES = (
    "suicide", "chemical", "air", "shelling", "remote_explosive", "grenade", "clash", "regain", "overtake",
    "abduction", "sexual", "attack", "protest", "riot", "arrest", "looting", "agreement", "disrupted", "hq",
    "transfer", "change_group",
)
# Cues that name political violence unmistakably: they outweigh a stray disaster or crime word.
STRONG_CONFLICT = ("suicide", "chemical", "shelling", "clash", "abduction", "protest", "riot", "regain", "overtake")
_WEAK_PROTEST = re.compile(
    r"^(?:chant\w*|placards|banners|denounc\w*|demanding|commemorat\w*|assembled|gathered|demanded|to demand|"
    r"calling for|called for|in support of)$",
    re.I,
)
_WEAK_AIR = re.compile(r"^(?:aircraft|helicopters?|jets?|air force|drones?|UAVs?)$", re.I)
_WEAK_REMOTE = re.compile(r"^(?:explosions?|blasts?|bomb(?:s|ing|ings)?|detonated|exploded)$", re.I)
_WEAK_ATTACK = re.compile(r"^(?:attack(?:ed|s|ing)?|targeted|struck|strikes?|hit|shot|shooting|storm(?:ed)?)$", re.I)
_PLACE_NOUN = re.compile(
    r"\s+(?:the\s+)?(?:(?:full\s+)?control\s+(?:of|over)\s+)?(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?(?:town|village|city|district|base|outpost|post|"
    r"camp|barracks|airport|airbase|position|positions|area|territory|region|province|county|island|hill|checkpoint|"
    r"headquarters|locality|settlement|garrison|stronghold|port|bridge)\b",
    re.I,
)
_BRIEF = re.compile(r"\bfor (?:several|a few|some|\d+|two|three) hours\b|\bbriefly\b|\btemporarily\b|before (?:withdrawing|retreating|being (?:pushed|driven) (?:back|out))", re.I)
_CROWD = re.compile(r"\b(?:supporters|protesters|demonstrators|crowds?|students|marchers|mourners)\b", re.I)
# A plain protest needs people in the street, not leaders who "called for" something.
_PEOPLE = re.compile(
    r"\b(?:people|persons|residents|workers|members|supporters|students|activists|farmers|traders|teachers|women|"
    r"youths?|locals|villagers|citizens|relatives|families|employees|drivers|doctors|nurses|lawyers|pensioners|"
    r"parents|vendors|miners|fishermen|inhabitants|community|group|crowd|dozens|hundreds|thousands|protesters|"
    r"demonstrators|marchers|union|unions|staff|retirees|veterans|mothers|journalists|truckers|taxi|motorists|"
    r"indigenous|villagers|pupils|graduates|unemployed|faithful|worshippers|congregants|fans|owners|tenants|"
    r"organi[sz]ations|associations|groups|collectives|movements?|neighbou?rs|friends|feminists|councillors|councilors)\b",
    re.I,
)
# What a protest is about: deaths told after these words are its cause, not its toll.
MOTIVE = re.compile(
    r"\b(?:justice for|in memory of|remember(?:ing)?|commemorat\w+|mourn(?:ing|ed)?|relatives of|families of|"
    r"family of|friends of|deaths? of|killings? of|murders? of|(?:over|against|for) the (?:deaths?|killings?|murders?) of)"
    r"\s+(?:[\w'-]+\s+){0,6}$",
    re.I,
)
_DEMONSTRATORS = re.compile(r"\b(?:supporters|protesters|demonstrators|marchers|strikers)\b", re.I)
_MUTUAL = re.compile(
    r"^(?:clash\w*|fight\w*|fought|gun ?battles?|gunfights?|fire ?fights?|exchange\w*|skirmish\w*|battl\w*|"
    r"hostilities|combat|shoot-?outs?|confrontations?|armed confrontations?|engaged)",
    re.I,
)
_GROUPS = re.compile(
    r"\b(?:cadres|members|supporters|residents|villagers|students|youths?|workers|farmers|pastoralists|herders|"
    r"settlers|inmates|prisoners|fans|locals|traders|vendors|crowds?|mobs?|group of (?:people|men|individuals))\b",
    re.I,
)
_STRIKE_VERB = re.compile(r"^(?:struck|strikes?|hit|bomb\w*|fired|targeted|attack(?:ed|s)?)$", re.I)
_PERFECT = re.compile(r"\b(?:have|has) (?:been killed|died|been displaced|killed|claimed|left)\b", re.I)
_BARE_YEAR = re.compile(r"(?<![\d-])((?:19[5-9]|20[0-4])\d)(?![\d-])")
_HEDGE_STRONG = re.compile(r"claim|alleg|reportedly|denied|accused|purported|unconfirmed|verified|rumou?r", re.I)
_POLICE_ARREST_AGENT = ("state", "police")


@dataclass(slots=True)
class Frame:
    """The analysis of one sentence."""

    index: int
    sentence: Sentence
    paragraph: int
    cues: dict[str, list[CueMatch]]
    counts: list[Count]
    actors: list[ActorMention]
    places: list[Place]
    dates: list[DateMention]
    text: str = ""  # the document text the offsets point into
    sub_event_type: SubEventType | None = None
    trigger: CueMatch | None = None
    strong: bool = False
    agents: list[ActorMention] = field(default_factory=list)
    targets: list[ActorMention] = field(default_factory=list)
    hedged: bool = False
    negated: bool = False
    background: bool = False
    background_reason: str | None = None
    rejected_reason: str | None = None

    @property
    def event_type(self) -> EventType | None:
        from eventcoder.vocab import EVENT_TYPE_OF

        return EVENT_TYPE_OF[self.sub_event_type] if self.sub_event_type else None

    def has(self, cls: str) -> bool:
        return bool(self.cues.get(cls))

    def first(self, cls: str) -> CueMatch | None:
        found = self.cues.get(cls)
        return found[0] if found else None

    def killed(self) -> list[Count]:
        return [c for c in self.counts if c.role == "killed" and not c.subset]


def _strong_cues(frame: Frame, cls: str, weak: re.Pattern[str] | None) -> list[CueMatch]:
    return [c for c in frame.cues.get(cls, ()) if not (weak and weak.match(c.text))]


def is_background(frame: Frame, reference: date | None, lead: bool) -> str | None:
    """Why a sentence is history or context rather than a new event, or None."""
    trend = frame.first("trend")
    if trend is not None and _strong_cues(frame, "protest", _WEAK_PROTEST):
        trend = None  # a protest marking an anniversary is a protest today; its history is its cause
    sent = frame.text[frame.sentence.start : frame.sentence.end]
    perfect = bool(_PERFECT.search(sent))
    if trend is not None and (perfect or not any(c.start < trend.start for c in frame.counts if c.role in ("killed", "injured"))):
        # "7 were shot dead ... where an insurgency has left dozens killed in recent years": the toll comes first
        return f"trend or history ({frame.first('trend').text!r})"  # type: ignore[union-attr] # has() checked
    years = [d for d in frame.dates if d.kind == "year" or d.date]
    if reference is not None and not years:
        # a bare year as a modifier ("the violence that followed the 2007 vote") dates the sentence too
        bare = [int(m.group(1)) for m in _BARE_YEAR.finditer(sent)]
        if bare and all(y < reference.year for y in bare):
            return f"dated before the report ({bare[0]})"
    if not years:
        return None
    past: list[DateMention] = []
    for d in years:
        y = _year_of(d)
        if y is None:
            continue
        if reference is None:
            # Without a reference date only the lead may carry a dated event; later dated sentences of an
            # undated report are context (histories of cease-fires, earlier years).
            if not lead:
                past.append(d)
            continue
        if d.date and d.precision == 1:
            dd = date.fromisoformat(d.date)
            if (reference - dd).days > 45:
                past.append(d)
        elif y < reference.year or (d.date and d.precision == 3 and (reference - date.fromisoformat(d.date)).days > 75):
            past.append(d)
    dated = [d for d in years if _year_of(d) is not None]
    if dated and len(past) == len(dated):
        return f"dated before the report ({past[0].text or past[0].date})"
    return None


def _year_of(d: DateMention) -> int | None:
    if d.date:
        return int(d.date[:4])
    m = re.search(r"(?:19|20)\d\d", d.text or "")
    return int(m.group(0)) if m else None


def classify(frame: Frame) -> None:
    """Set the frame's sub-event type, trigger and strength from its cues, counts and actors (ACLED hierarchy)."""
    f = frame
    conflict = [c for c in STRONG_CONFLICT if f.has(c) and c != "protest"]
    if _strong_cues(f, "air", _WEAK_AIR):
        conflict.append("air")
    armed_actor = any(a.kind not in ("civilians", "protesters", "rioters") and not a.generic for a in f.actors)
    killed = f.killed()
    harmed = killed or any(c.role == "injured" for c in f.counts)
    protest = _strong_cues(f, "protest", _WEAK_PROTEST)
    attack_first = f.has("attack") and f.cues["attack"][0].start < f.cues.get("protest", [f.cues["attack"][0]])[0].start
    if (not protest and f.has("protest") and not harmed and not armed_actor and not conflict and not attack_first
            and not f.has("diplomacy") and _PEOPLE.search(_sentence_text(f))):
        # "people gathered in support of ...", "supporters demanded his release": a protest told plainly
        protest = f.cues["protest"]
    crowd = any(a.kind in ("protesters", "rioters") for a in f.actors) or bool(_CROWD.search(_sentence_text(f)))
    force = [c for c in f.cues.get("intervention", ()) if not re.match(r"arrest|detain", c.text, re.I)]
    if not protest and force and crowd and not killed:
        # "police fired tear gas to disperse opposition supporters": a protest met by force
        protest = force
    if f.has("non_event") and not harmed and not protest and not f.has("looting"):
        f.rejected_reason = "an exercise, a film, a book or an exhibition"
        return
    sporty = f.has("sport") or len({c.text.lower() for c in f.cues.get("sport_weak", ())}) >= 2
    if sporty and not armed_actor and not killed:
        f.rejected_reason = "sport"
        return
    if not protest:
        # Deaths in floods, crashes, matches or ordinary crime are not political violence.
        if (f.has("disaster") or sporty) and not conflict and not armed_actor:
            f.rejected_reason = "disaster, accident, disease or sport"
            return
        if f.has("crime") and not conflict and not armed_actor:
            f.rejected_reason = "ordinary crime or justice"
            return
    if f.has("irrealis") and not harmed and not any(c.role in ("abducted", "arrested") for c in f.counts):
        # "the army would launch an offensive next month", "militants are planning attacks": the modal
        # comes before the first trigger and so governs it; "... attacked a base; the army vowed to retaliate" does not.
        first_trigger = min((c.start for cls in TRIGGER_CLASSES for c in f.cues.get(cls, ())), default=None)
        modal = f.first("irrealis")
        if modal is not None and first_trigger is not None and modal.start < first_trigger:
            f.rejected_reason = "a plan, threat or warning, not an event"
            return
    f.hedged = any(_HEDGE_STRONG.search(c.text) for c in f.cues.get("hedge", ()))
    f.negated = f.has("negation")
    victims = {c.victim_kind for c in killed + [c for c in f.counts if c.role == "injured"]}
    agent_kinds = {a.kind for a in f.agents}
    state_agent = bool(agent_kinds & {"state", "police"})

    def pick(sub: SubEventType, cue: CueMatch | None, strong: bool = True) -> None:
        f.sub_event_type, f.trigger, f.strong = sub, cue, strong

    if protest:
        killed = [c for c in killed if not MOTIVE.search(f.text[max(f.sentence.start, c.start - 90) : c.start])]
        protesters_killed = any(c.victims and re.match(r"protest|demonstr", c.victims, re.I) for c in killed)
        if f.has("riot"):
            return pick(S.VIOLENT_DEMONSTRATION, f.first("riot"))
        police_present = any(a.kind in ("state", "police") for a in f.actors)
        if f.has("excessive") or protesters_killed or (killed and (state_agent or police_present)):
            return pick(S.EXCESSIVE_FORCE, f.first("excessive") or protest[0])
        # "police detained 12 protesters" is an intervention; "demanding the release of a man who was detained" is not
        police_there = any(a.kind in ("state", "police") for a in f.actors)
        intervened = [c for c in f.cues.get("intervention", ())
                      if not re.match(r"arrest|detain", c.text, re.I) or police_there
                      or any(n.role == "arrested" for n in f.counts)]
        if intervened:
            return pick(S.PROTEST_WITH_INTERVENTION, intervened[0])
        return pick(S.PEACEFUL_PROTEST, protest[0])
    if f.has("riot") and not (f.has("looting") and not any(a.kind == "rioters" for a in f.actors)):
        # a demonstrating crowd that turns violent is a violent demonstration; rioting without a demonstration
        # (stones thrown at a raid, a lynching) is mob violence (ACLED)
        if _DEMONSTRATORS.search(_sentence_text(f)) and not f.has("attack"):
            return pick(S.VIOLENT_DEMONSTRATION, f.first("riot"))
        return pick(S.MOB_VIOLENCE, f.first("riot"))
    first_clash = f.first("clash")
    if first_clash and not _armed_party(f) and _crowd_acts(f, first_clash.end + 40):
        # party cadres, villagers or students fighting each other or the police: a riot, not a battle
        return pick(S.MOB_VIOLENCE, f.first("clash"))
    if f.has("disrupted") and not killed and not f.has("clash"):
        return pick(S.DISRUPTED_WEAPONS_USE, f.first("disrupted"))
    exchange = next((c for c in f.cues.get("clash", ()) if c.text.lower().startswith("exchange")), None)
    if exchange is not None:
        return pick(S.ARMED_CLASH, exchange)  # two sides exchanging fire, even long-range fire, is a clash
    capture = f.first("regain") if _place_after(f, "regain") else f.first("overtake") if _place_after(f, "overtake") else None
    if capture is not None:
        if f.has("transfer"):
            return pick(S.NON_VIOLENT_TRANSFER, f.first("transfer"))
        if _BRIEF.search(_sentence_text(f)):
            return pick(S.ARMED_CLASH, capture)  # held for hours only: ACLED codes a clash
        regain = capture.cls == "regain" or state_agent
        return pick(S.GOVERNMENT_REGAINS_TERRITORY if regain else S.NON_STATE_OVERTAKES_TERRITORY, capture)
    if f.has("arrest") and not killed and (state_agent or any(c.role == "arrested" for c in f.counts)):
        if f.agents and not state_agent:
            return pick(S.ABDUCTION, f.first("arrest"))  # arrests by non-state groups are abductions (ACLED)
        return pick(S.ARRESTS, f.first("arrest"))
    for cls, sub in (("chemical", S.CHEMICAL_WEAPON), ("suicide", S.SUICIDE_BOMB)):
        if f.has(cls):
            return pick(sub, f.first(cls))
    air = _strong_cues(f, "air", None)
    strong_air = _strong_cues(f, "air", _WEAK_AIR)
    struck = any(_STRIKE_VERB.match(c.text) for c in f.cues.get("attack", ()))
    if strong_air or (air and (struck or f.has("remote_explosive"))):
        return pick(S.AIR_DRONE_STRIKE, (strong_air or air)[0])
    mutual = [c for c in f.cues.get("clash", ()) if _MUTUAL.match(c.text)]
    if f.has("clash") and not (f.has("shelling") and not mutual):
        # artillery or rockets fired at the other side's positions is shelling; both sides fighting is a clash
        return pick(S.ARMED_CLASH, f.first("clash"))
    if f.has("shelling"):
        return pick(S.SHELLING, f.first("shelling"))
    if f.has("sexual"):
        return pick(S.SEXUAL_VIOLENCE, f.first("sexual"))
    strong_remote = _strong_cues(f, "remote_explosive", _WEAK_REMOTE)
    if strong_remote:
        return pick(S.REMOTE_EXPLOSIVE, strong_remote[0])
    if f.has("grenade"):
        return pick(S.GRENADE, f.first("grenade"))
    if f.has("remote_explosive"):
        # "a bomb exploded at the tax office in X": an explosion at a place is an event even before a toll is known
        hurt = bool(killed or f.counts or f.places)
        return pick(S.REMOTE_EXPLOSIVE, f.first("remote_explosive"), strong=hurt)
    if f.has("sexual"):
        return pick(S.SEXUAL_VIOLENCE, f.first("sexual"))
    if f.has("abduction") and not killed and not (state_agent and f.has("arrest")):
        # a raid that kills and abducts is an Attack: Attack ranks above Abduction in the codebook
        return pick(S.ABDUCTION, f.first("abduction"))
    if f.has("other_sd"):
        return pick(S.OTHER, f.first("other_sd"))
    if f.has("arrest") and (state_agent or not f.agents) and not killed:
        return pick(S.ARRESTS, f.first("arrest"), strong=bool(f.agents) or any(c.role == "arrested" for c in f.counts))
    if f.has("attack") or killed:
        cue = f.first("attack")
        # "militants launched an attack against the base": a weak verb with a named perpetrator and a place or target
        strong = bool(killed) or bool(cue and not _WEAK_ATTACK.match(cue.text)) or bool(
            cue and any(not a.generic for a in f.agents) and (f.places or f.targets)) or any(
            c.role == "injured" for c in f.counts)
        armed_victims = victims & {"armed"} and not victims & {"civilian"}
        target_armed = any(t.kind in ("state", "police", "rebel", "political_militia", "identity_militia")
                           and not _same_as_agent(t, f.agents) for t in f.targets)
        if armed_victims or target_armed:
            return pick(S.ARMED_CLASH, cue, strong)
        if not _armed_party(f) and _crowd_acts(f, cue.end if cue else f.sentence.start):
            # supporters, villagers or students beating someone up: mob violence (rioters), not an armed group's attack
            return pick(S.MOB_VIOLENCE, cue, strong)
        return pick(S.ATTACK, cue, strong)
    if f.has("looting"):
        return pick(S.LOOTING, f.first("looting"))
    for cls, sub in (("agreement", S.AGREEMENT), ("hq", S.HQ_ESTABLISHED), ("transfer", S.NON_VIOLENT_TRANSFER),
                     ("change_group", S.CHANGE_TO_GROUP)):
        if f.has(cls) and (f.actors or cls == "agreement"):
            return pick(sub, f.first(cls), strong=bool(f.actors))
    return None


def _crowd_acts(f: Frame, until: int) -> bool:
    """A crowd is the subject of the violence: "a group of residents attacked", "cadres of two parties clashed"."""
    for m in _GROUPS.finditer(f.text, f.sentence.start, until):
        end = m.end()
        if re.search(r"\bbetween\s+(?:[\w-]+\s+){0,2}$", f.text[max(f.sentence.start, m.start() - 30) : m.start()]):
            return True  # "a clash ensued between cadres of two parties"
        of = re.match(r"\s+(?:of|from)\s+(?:the\s+)?(?:[\w'()-]+\s+){0,7}?[\w'()-]+(?=\s)", f.text[end : f.sentence.end])
        for start in (end, end + of.end()) if of else (end,):
            if _AGENT_AFTER.match(f.text[start : f.sentence.end]):  # sliced: the pattern is anchored with ^
                return True
    return False


def _same_as_agent(t: ActorMention, agents: list[ActorMention]) -> bool:
    """ "the fighters" after "Houthi fighters": a generic mention repeating a perpetrator is not a second party."""
    head = t.surface.lower().split()[-1] if t.surface else ""
    return t.generic and any(head and head in a.surface.lower() for a in agents)


def _armed_party(f: Frame) -> bool:
    """A military, rebel or militia actor takes part (the police alone do not make a battle)."""
    return any(a.kind in ("state", "rebel", "political_militia", "identity_militia") and not
               (a.generic and a.kind == "political_militia" and a.surface.lower() in ("assailants", "attackers"))
               for a in f.actors)


def _place_after(f: Frame, cls: str) -> bool:
    """A capture cue followed closely by a place: "captured the town of X", "retook X" (not "captured two men")."""
    text = f.text
    for c in f.cues.get(cls, ()):
        if any(0 <= p.start - c.end <= 30 for p in f.places) or _PLACE_NOUN.match(text, c.end):
            return True
    return False


def _sentence_text(f: Frame) -> str:
    return f.text[f.sentence.start : f.sentence.end]


_ACTIVE_VERB = (
    r"launch(?:ed|es)?|carried out|carry out|conducted|attack(?:ed|s)?|kill(?:ed|s)?|shell(?:ed|s)?|struck|strikes?|"
    r"bomb(?:ed|s)?|fired|fire[sd]?|target(?:ed|s)?|hit|stormed|raid(?:ed|s)?|ambush(?:ed|es)?|abduct(?:ed|s)?|"
    r"kidnap(?:ped|s)?|opened fire|clash(?:ed|es)|seiz(?:ed|es)|captur(?:ed|es)|detonat(?:ed|es)|shot|execut(?:ed|es)|"
    r"arrest(?:ed|s)|detain(?:ed|s)|dispers(?:ed|es)|used|dropped|destroy(?:ed|s)|burn(?:ed|t)|torch(?:ed|es)|"
    r"loot(?:ed|s)|overr?an|took|retook|recaptur(?:ed|es)|intercept(?:ed|s)|down(?:ed|s)|pound(?:ed|s)|"
    r"wounded|injured|massacred|beheaded|invaded|besieged|assaulted|fought|battled|engaged|repelled|pushed|"
    r"advanced|shelled|rocketed|blew up|set fire|razed|demolished|raped|tortured|gunned down|hacked|stabbed|"
    r"protested|marched|rallied|demonstrated|gathered|staged|held|blocked|rioted|pelted|threw|clashed|beat|"
    r"beat up|hurled|vandali[sz]ed|lynched|chased|stoned|damaged|ransacked|broke|smashed|dragged|lashed|whipped|"
    r"manhandled|harassed|ensued|erupted|broke out|confronted|surrounded|set ablaze|set fire|burned|burnt"
)
_AGENT_AFTER = re.compile(
    rf"^\s*(?:\([^)]{{0,30}}\)\s*)?(?:,[^,.;]{{0,60}},\s*)?(?:(?:and|&)\s+[^,.;]{{0,60}}?\s+)?"
    rf"(?:(?:have|has|had|have been|reportedly|allegedly|also|then|later|again|repeatedly|on \w+|jointly|"
    rf"subsequently|initially|who|which)\s+){{0,2}}(?:{_ACTIVE_VERB})\b",
    re.IGNORECASE,
)
_BLAMED = re.compile(
    r"\b(?:blam(?:ed|ing|es)|attributed (?:it |the attack )?to|claimed by|"
    r"carried out by|responsibility (?:lay|lies) with)\s+(?:it on\s+|the attack on\s+)?(?:the\s+|a\s+|suspected\s+)?$",
    re.I,
)
_CLAIMED_AFTER = re.compile(r"^\s*(?:\([^)]{0,30}\)\s*)?(?:has |had |later |quickly )?claimed (?:responsibility|the attack|the killing|the bombing)", re.I)
_SPEAKER_AFTER = re.compile(r"^\s*(?:spokes(?:man|woman|person)\s+)?(?:said|say|says|told|reported|confirmed|stated)\b", re.I)
_AGENT_BEFORE = re.compile(r"\b(?:by|from)\s+(?:the\s+|a\s+|an\s+|suspected\s+|alleged\s+|unidentified\s+|some\s+)?$", re.I)
_TARGET_BEFORE = re.compile(
    rf"(?:\b(?:against|on|targeting|at|targeted|hitting|killing|attacking|ambushing|wounding|abducting|"
    rf"kidnapping|with|of)\s+(?:the\s+|a\s+|an\s+|several\s+|two\s+|positions of\s+(?:the\s+)?)?$)"
    rf"|(?:\b(?:{_ACTIVE_VERB})\s+(?:\w+\s+){{0,2}}$)",
    re.IGNORECASE,
)


def roles_from_parse(f: Frame, actors: list[ActorMention], doc: Any) -> list[ActorMention]:
    """Decide agents and targets from the dependency parse of the frame's sentence; returns the rest."""
    offset = f.sentence.start
    left: list[ActorMention] = []
    for a in actors:
        toks = [t for t in doc if offset + t.idx >= a.start and offset + t.idx < a.end]
        if not toks:
            left.append(a)
            continue
        head = next((t for t in toks if t.head not in toks or t.head == t), toks[-1])
        role = None
        node = head
        for _ in range(4):  # climb through conjunctions and compounds to the clause role
            if node.dep_ in ("nsubj", "agent") or (node.dep_ == "pobj" and node.head.lower_ == "by"):
                role = "agent"
            elif node.dep_ in ("dobj", "nsubjpass", "attr") or (
                    node.dep_ == "pobj" and node.head.lower_ in ("on", "against", "at", "targeting")):
                role = "target"
            if role or node.dep_ not in ("conj", "compound", "appos", "amod", "poss", "pobj", "prep"):
                break
            node = node.head
        if role == "agent":
            f.agents.append(a)
        elif role == "target":
            f.targets.append(a)
        else:
            left.append(a)
    return left


def assign_roles(frame: Frame, text: str) -> list[ActorMention]:
    """Split the sentence's actors into agents (actor1 side) and targets (actor2 side).

    Grammar of news: "X attacked Y", "Y were killed by X", "attacks by X", "clashes between X and Y",
    "X and Y launched attacks". Victims named inside a casualty count are targets. Returns the actors the
    patterns cannot place (for the parser, then ``place_undecided``).
    """
    f = frame
    if not f.actors:
        return []
    s0 = f.sentence.start
    sent = text[s0 : f.sentence.end]
    count_spans = [(c.start, c.end) for c in f.counts]
    trig_pos = min((c.start for cls in TRIGGER_CLASSES for c in f.cues.get(cls, ())), default=None)
    undecided: list[ActorMention] = []
    for a in f.actors:
        before = sent[: a.start - s0][-50:]
        after = sent[a.end - s0 :][:120]
        in_count = any(cs <= a.start < ce for cs, ce in count_spans)
        if _BLAMED.search(before) or _CLAIMED_AFTER.match(after):
            f.agents.append(a)  # "police blamed militants", "the BLA claimed the attack"
        elif trig_pos is not None and a.start > trig_pos and _SPEAKER_AFTER.match(after):
            continue  # "..., killing four officers, police said": the source of the report, not a party
        elif _AGENT_BEFORE.search(before):
            f.agents.append(a)
        elif re.search(r"\bbetween\s+(?:the\s+)?$", before, re.I):
            f.agents.append(a)
        elif re.search(r"\bbetween\b[^,;]*\band\s+(?:the\s+)?$", before, re.I):
            f.targets.append(a)
        elif in_count or a.kind == "civilians":
            f.targets.append(a)
        elif _AGENT_AFTER.match(after):
            f.agents.append(a)
        elif _TARGET_BEFORE.search(before):
            f.targets.append(a)
        elif re.match(r"^\s*(?:was|were|had been|has been|have been)\b", after, re.I):
            f.targets.append(a)  # passive subject: "soldiers were ambushed"
        else:
            undecided.append(a)
    _tidy(f)
    return undecided


def place_undecided(f: Frame, undecided: list[ActorMention]) -> None:
    """Actors left undecided: the first party named is the agent unless the sentence already has one."""
    for a in undecided:
        (f.targets if f.agents else f.agents).append(a)
    _tidy(f)


def _tidy(f: Frame) -> None:
    f.agents.sort(key=lambda a: a.start)
    f.targets.sort(key=lambda a: a.start)
    # Passive voice without "by": "5 soldiers were killed" has no agent in this sentence.
    if f.agents and all(a.kind == "civilians" for a in f.agents):
        f.targets.extend(f.agents)
        f.agents.clear()


def is_state(a: ActorMention) -> bool:
    """True for state forces (military, police) of any country."""
    return a.inter in (Inter.STATE_FORCES, Inter.EXTERNAL_OTHER) and a.kind in ("state", "police")
