"""ACLED typing of a frame as ordered rule tables, and the one precedence list of ACLED's hierarchy.

``classify(frame)`` first runs the REJECTIONS table (what ACLED does not code: exercises and films,
sport, disasters and accidents, ordinary crime, plans and threats), then the RULES table: each rule
reads the frame's cues, counts and actors and either types the frame or passes. Rules run in table
order and the first that types the frame wins. PRECEDENCE is ACLED's hierarchy (codebook table 2):
the incident merger picks an incident's type from its frames' types with it (``most_severe``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from eventcoder.extract.actors import ActorMention
from eventcoder.extract.background import WEAK_PROTEST, strong_cues
from eventcoder.extract.counts import Count
from eventcoder.extract.cues import Cue, CueMatch
from eventcoder.extract.frames import STRONG_CONFLICT, Frame
from eventcoder.extract.roles import armed_party, crowd_acts, same_as_agent
from eventcoder.vocab import SubEventType

__all__ = ["GRIEVANCE", "MOTIVE", "MUTUAL", "PRECEDENCE", "REJECTIONS", "RULES", "Rule", "Typing", "classify", "most_severe"]

S = SubEventType

# ACLED's hierarchy (codebook table 2): when tactics co-occur, the one higher in the table wins.
PRECEDENCE: tuple[SubEventType, ...] = (
    S.GOVERNMENT_REGAINS_TERRITORY, S.NON_STATE_OVERTAKES_TERRITORY, S.ARMED_CLASH, S.EXCESSIVE_FORCE,
    S.PROTEST_WITH_INTERVENTION, S.PEACEFUL_PROTEST, S.VIOLENT_DEMONSTRATION, S.MOB_VIOLENCE, S.CHEMICAL_WEAPON,
    S.AIR_DRONE_STRIKE, S.SUICIDE_BOMB, S.SHELLING, S.REMOTE_EXPLOSIVE, S.GRENADE, S.SEXUAL_VIOLENCE, S.ATTACK,
    S.ABDUCTION, S.AGREEMENT, S.ARRESTS, S.CHANGE_TO_GROUP, S.DISRUPTED_WEAPONS_USE, S.HQ_ESTABLISHED, S.LOOTING,
    S.NON_VIOLENT_TRANSFER, S.OTHER,
)
_RANK = {sub: i for i, sub in enumerate(PRECEDENCE)}


def most_severe(subs: list[SubEventType | None]) -> SubEventType | None:
    """The sub-event type highest in ACLED's hierarchy; a battle outranks everything when one is described."""
    present = [s for s in subs if s is not None]
    if not present:
        return None
    return S.ARMED_CLASH if S.ARMED_CLASH in present else min(present, key=_RANK.__getitem__)


_WEAK_AIR = re.compile(r"^(?:aircraft|helicopters?|jets?|air force|drones?|UAVs?)$", re.I)
_WEAK_REMOTE = re.compile(r"^(?:explosions?|blasts?|bomb(?:s|ing|ings)?|detonated|exploded)$", re.I)
_WEAK_ATTACK = re.compile(r"^(?:attack(?:ed|s|ing)?|targeted|struck|strikes?|hit|shot|shooting|storm(?:ed)?)$", re.I)
_ARREST_WORD = re.compile(r"arrest|detain", re.I)
_PROTESTERS = re.compile(r"protest|demonstr", re.I)
_PLACE_NOUN = re.compile(
    r"\s+(?:the\s+)?(?:(?:full\s+)?control\s+(?:of|over)\s+)?(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?(?:towns?|villages?|cit(?:y|ies)|"
    r"districts?|bases?|outposts?|posts?|camps?|barracks|airports?|airbases?|positions?|areas?|territor(?:y|ies)|regions?|"
    r"provinces?|count(?:y|ies)|islands?|hills?|checkpoints?|headquarters|localit(?:y|ies)|settlements?|garrisons?|"
    r"strongholds?|ports?|bridges?)\b",
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
    r"indigenous|pupils|graduates|unemployed|faithful|worshippers|congregants|fans|owners|tenants|"
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
# What a gathering demands or opposes: it makes people who gathered a protest.
GRIEVANCE = re.compile(
    r"\b(?:demand\w*|call(?:ed|ing|s)? (?:for|on)|against|protest\w*|denounc\w*|condemn\w*|in support of|"
    r"in solidarity|to press|urg(?:e|ed|ing)|justice for|chant\w*|placards?|banners?|slogans?|petition\w*|"
    r"oppos\w*|reject\w*|sit-?in|dissatisfaction|grievances?|outrage|(?:pro|anti)-\w+|"
    r"to (?:support|defend|ask|request|complain|voice|express|show|press|urge|denounce|condemn|protest|demand|call))\b",
    re.I,
)
_UNREAL_ANYWHERE = re.compile(
    r"^(?:(?:are|is|were|was) \w+ to|(?:is|are) to \w+|called off|cancell?ed|postponed|planned for|to be \w+|whether|"
    r"incit\w+)$", re.I)
_STORY = re.compile(r"^(?:documentar\w+|films?|movies?|premiered?|novel|memoir|podcast|video games?)$", re.I)
# Words of talk, not of action: alone they make no protest ("organisations demanded the withdrawal of a film");
# "blocked the road to demand", "gathered, demanding" tell what an action was for, and do.
_RHETORIC = re.compile(r"^(?:demanded|demands|called for|denounced|denounces|denounce|commemorat\w*)$", re.I)
_MARCHING = re.compile(r"\b(?:rall(?:y|ies|ied)|march(?:ed|es)?|sit-?ins?|strike)\b", re.I)
_DEMONSTRATORS = re.compile(r"\b(?:supporters|protesters|demonstrators|marchers|strikers)\b", re.I)
MUTUAL = re.compile(
    r"^(?:clash\w*|fight\w*|fought|gun ?battles?|gunfights?|fire ?fights?|exchange\w*|skirmish\w*|battl\w*|"
    r"hostilities|combat|shoot-?outs?|confrontations?|armed confrontations?|engaged)",
    re.I,
)
_CONTEXT_BEFORE = re.compile(
    r"\b(?:as|amid|during|while|after|since|following|despite|fleeing|escaping|fled)\s+(?:[\w-]+\s+){0,3}$", re.I)
_STRIKE_VERB = re.compile(r"^(?:struck|strikes?|hit|bomb\w*|fired|targeted|attack(?:ed|s)?)$", re.I)
_HEDGE_STRONG = re.compile(r"claim|alleg|reportedly|denied|accused|purported|unconfirmed|verified|rumou?r", re.I)
_CAPTURE_GAP = 30  # characters between a capture verb and the place it takes
_ARMED_TARGETS = ("state", "police", "rebel", "political_militia", "identity_militia")
_NON_STATE_ARMED = ("rebel", "political_militia", "identity_militia")
_SINGLE = re.compile(r"\b(?:gunman|attacker|assailant|shooter|suspect|man|robber|bandit|militant|sniper)$", re.I)


@dataclass(frozen=True, slots=True)
class Typing:
    """What a rule decides: the sub-event type, the cue that says so, and whether the frame stands on its own."""

    sub: SubEventType
    cue: CueMatch | None
    strong: bool = True


@dataclass(slots=True)
class Facts:
    """What several rules read about a frame, computed once."""

    f: Frame
    conflict: list[Cue]
    armed_actor: bool
    killed: list[Count]
    harmed: bool
    protest: list[CueMatch]
    sporty: bool
    state_agent: bool = False
    victims: set[str] = field(default_factory=set)

    @property
    def arrested(self) -> bool:
        return any(c.role == "arrested" for c in self.f.counts)


def _facts(f: Frame) -> Facts:
    conflict: list[Cue] = [c for c in STRONG_CONFLICT if f.has(c) and c != Cue.PROTEST]
    if strong_cues(f, Cue.AIR, _WEAK_AIR):
        conflict.append(Cue.AIR)
    armed_actor = any(a.kind not in ("civilians", "protesters", "rioters") and not a.generic for a in f.actors)
    killed = f.killed()
    harmed = bool(killed) or any(c.role == "injured" for c in f.counts)
    sporty = f.has(Cue.SPORT) or len({c.text.lower() for c in f.cues.get(Cue.SPORT_WEAK, ())}) >= 2
    facts = Facts(f, conflict, armed_actor, killed, harmed, [], sporty)
    facts.protest = _protest_cues(facts)
    return facts


def _protest_cues(x: Facts) -> list[CueMatch]:
    """The cues that make the sentence a protest: strong protest words, a protest told plainly, or a crowd met by force."""
    f = x.f
    protest = strong_cues(f, Cue.PROTEST, WEAK_PROTEST)
    attack = f.cues.get(Cue.ATTACK)
    attack_first = bool(attack) and attack[0].start < f.cues.get(Cue.PROTEST, attack)[0].start  # type: ignore[index]
    if (not protest and f.has(Cue.PROTEST) and not x.harmed and not x.armed_actor and not x.conflict
            and not attack_first and not f.has(Cue.DIPLOMACY) and _PEOPLE.search(f.sentence_text)
            and any(not _RHETORIC.match(c.text) for c in f.cues[Cue.PROTEST])
            and (GRIEVANCE.search(f.sentence_text) or _MARCHING.search(f.sentence_text))):
        # "people gathered in support of ...", "supporters demanded his release": a protest told plainly; people
        # who gathered for a launch, a funeral or a sale, with nothing demanded, are no protest
        return f.cues[Cue.PROTEST]
    crowd = any(a.kind in ("protesters", "rioters") for a in f.actors) or bool(_CROWD.search(f.sentence_text))
    force = [c for c in f.cues.get(Cue.INTERVENTION, ()) if not _ARREST_WORD.match(c.text)]
    if not protest and force and crowd and not x.killed:
        return force  # "police fired tear gas to disperse opposition supporters": a protest met by force
    return protest


# -- what ACLED does not code ------------------------------------------------------------------------------


def _non_event(x: Facts) -> bool:
    # An exercise, a film, a book or an exhibition; the dead of a film's or a book's story are no news either,
    # unless the sentence dates an event to a day ("a bomb hit a cinema on Monday").
    f = x.f
    if not f.has(Cue.NON_EVENT) or x.protest or f.has(Cue.LOOTING):
        return False
    story = any(_STORY.match(c.text) for c in f.cues.get(Cue.NON_EVENT, ()))
    return not x.harmed or (story and not any(d.precision == 1 for d in f.dates))


def _sport(x: Facts) -> bool:
    return x.sporty and not x.armed_actor and not x.killed


def _disaster(x: Facts) -> bool:
    # Deaths in floods, crashes or matches are not political violence; soldiers or police acting in a drought are
    # still acting (police who only report the crash are not).
    armed = any(a.kind in _ARMED_TARGETS for a in _parties(x.f))
    return not x.protest and (x.f.has(Cue.DISASTER) or x.sporty) and not x.conflict and not x.armed_actor and not armed


def _parties(f: Frame) -> list[ActorMention]:
    """The actors who take part (perpetrators and targets), not the police or officials who only report it."""
    return [*f.agents, *f.targets]


def _crime(x: Facts) -> bool:
    # Gunmen, militants or bandits who kill are political violence for ACLED, not ordinary crime; a lone gunman
    # robbing a shop, or a state's police arresting a thief, are not.
    armed_group = any(a.kind in _NON_STATE_ARMED and not _SINGLE.search(a.surface) for a in _parties(x.f))
    return not x.protest and x.f.has(Cue.CRIME) and not x.conflict and not x.armed_actor and not armed_group


def _commemoration(x: Facts) -> bool:
    # The dead a memorial, a wreath or a remembrance ceremony remembers are history, not this event's toll.
    return x.f.has(Cue.COMMEMORATION) and not x.protest


def _justice(x: Facts) -> bool:
    # A sentence, a trial or a lawsuit judges violence told before; a protest at a court is still a protest.
    return x.f.has(Cue.JUSTICE) and not x.protest

def _irrealis(x: Facts) -> bool:
    # "the army would launch an offensive next month": the modal comes before the first trigger and so governs
    # it; "... attacked a base; the army vowed to retaliate" does not. "Protests are expected to be muted", "a
    # demonstration was called off": a future or cancelled event, wherever the words stand.
    f = x.f
    if not f.has(Cue.IRREALIS) or x.harmed or any(c.role in ("abducted", "arrested") for c in f.counts):
        return False
    if any(_UNREAL_ANYWHERE.match(c.text) for c in f.cues.get(Cue.IRREALIS, ())):
        return True
    first_trigger, modal = f.first_trigger(), f.first(Cue.IRREALIS)
    return modal is not None and first_trigger is not None and modal.start < first_trigger


REJECTIONS: tuple[tuple[str, Callable[[Facts], bool]], ...] = (
    ("an exercise, a film, a book or an exhibition", _non_event),
    ("sport", _sport),
    ("disaster, accident, disease or sport", _disaster),
    ("ordinary crime or justice", _crime),
    ("a court, a trial or a sentence", _justice),
    ("a commemoration or memorial", _commemoration),
    ("a plan, threat or warning, not an event", _irrealis),
)


# -- the typing rules, in the order they are tried -----------------------------------------------------------


def _protest(x: Facts) -> Typing | None:
    """Protesters: peaceful, met by intervention, met by excessive force, or turning into a riot."""
    f = x.f
    if not x.protest:
        return None
    killed = [c for c in x.killed if not MOTIVE.search(f.text[max(f.sentence.start, c.start - 90) : c.start])]
    protesters_killed = any(c.victims and _PROTESTERS.match(c.victims) for c in killed)
    if f.has(Cue.RIOT):
        return Typing(S.VIOLENT_DEMONSTRATION, f.first(Cue.RIOT))
    police = any(a.kind in ("state", "police") for a in f.actors)
    if f.has(Cue.EXCESSIVE) or protesters_killed or (killed and (x.state_agent or police)):
        return Typing(S.EXCESSIVE_FORCE, f.first(Cue.EXCESSIVE) or x.protest[0])
    # "police detained 12 protesters" is an intervention; "demanding the release of a man who was detained" is not
    intervened = [c for c in f.cues.get(Cue.INTERVENTION, ()) if not _ARREST_WORD.match(c.text) or police or x.arrested]
    if intervened:
        return Typing(S.PROTEST_WITH_INTERVENTION, intervened[0])
    return Typing(S.PEACEFUL_PROTEST, x.protest[0])


def _riot(x: Facts) -> Typing | None:
    """A demonstrating crowd turning violent is a violent demonstration; rioting without a demonstration
    (stones thrown at a raid, a lynching) is mob violence (ACLED)."""
    f = x.f
    if not f.has(Cue.RIOT) or (f.has(Cue.LOOTING) and not any(a.kind == "rioters" for a in f.actors)):
        return None
    if _DEMONSTRATORS.search(f.sentence_text) and not f.has(Cue.ATTACK):
        return Typing(S.VIOLENT_DEMONSTRATION, f.first(Cue.RIOT))
    return Typing(S.MOB_VIOLENCE, f.first(Cue.RIOT))


def _crowd_clash(x: Facts) -> Typing | None:
    """Party cadres, villagers or students fighting each other or the police: a riot, not a battle."""
    clash = x.f.first(Cue.CLASH)
    if clash and not armed_party(x.f) and crowd_acts(x.f, clash.end + 40):
        return Typing(S.MOB_VIOLENCE, clash)
    return None


def _disrupted(x: Facts) -> Typing | None:
    if x.f.has(Cue.DISRUPTED) and not x.killed and not x.f.has(Cue.CLASH):
        return Typing(S.DISRUPTED_WEAPONS_USE, x.f.first(Cue.DISRUPTED))
    return None


def _exchange(x: Facts) -> Typing | None:
    """Two sides exchanging fire, even long-range fire, is a clash."""
    exchange = next((c for c in x.f.cues.get(Cue.CLASH, ()) if c.text.lower().startswith("exchange")), None)
    return Typing(S.ARMED_CLASH, exchange) if exchange is not None else None


def _place_after(f: Frame, cls: Cue) -> bool:
    """A capture cue followed closely by a place: "captured the town of X", "retook X" (not "captured two men")."""
    starts = [p.start for p in f.places]
    for c in f.cues.get(cls, ()):
        i = bisect.bisect_left(starts, c.end)
        if (i < len(starts) and starts[i] - c.end <= _CAPTURE_GAP) or _PLACE_NOUN.match(f.text, c.end):
            return True
    return False


def _capture(x: Facts) -> Typing | None:
    """Territory taken: regained by the state, overtaken by others; held for hours only is a clash."""
    f = x.f
    capture = f.first(Cue.REGAIN) if _place_after(f, Cue.REGAIN) else f.first(Cue.OVERTAKE) if _place_after(
        f, Cue.OVERTAKE) else None
    if capture is None:
        return None
    if f.has(Cue.TRANSFER):
        return Typing(S.NON_VIOLENT_TRANSFER, f.first(Cue.TRANSFER))
    if _BRIEF.search(f.sentence_text):
        return Typing(S.ARMED_CLASH, capture)  # held for hours only: ACLED codes a clash
    regain = capture.cls == Cue.REGAIN or x.state_agent
    return Typing(S.GOVERNMENT_REGAINS_TERRITORY if regain else S.NON_STATE_OVERTAKES_TERRITORY, capture)


def _state_arrest(x: Facts) -> Typing | None:
    """Arrests by the state; by a non-state group they are abductions (ACLED)."""
    f = x.f
    if not f.has(Cue.ARREST) or x.killed or not (x.state_agent or x.arrested):
        return None
    if f.agents and not x.state_agent:
        return Typing(S.ABDUCTION, f.first(Cue.ARREST))
    return Typing(S.ARRESTS, f.first(Cue.ARREST))


def _cue_rule(cls: Cue, sub: SubEventType) -> Callable[[Facts], Typing | None]:
    def rule(x: Facts) -> Typing | None:
        return Typing(sub, x.f.first(cls)) if x.f.has(cls) else None

    return rule


def _air(x: Facts) -> Typing | None:
    f = x.f
    air = f.cues.get(Cue.AIR, [])
    strong_air = strong_cues(f, Cue.AIR, _WEAK_AIR)
    struck = any(_STRIKE_VERB.match(c.text) for c in f.cues.get(Cue.ATTACK, ()))
    if strong_air or (air and (struck or f.has(Cue.REMOTE_EXPLOSIVE))):
        return Typing(S.AIR_DRONE_STRIKE, (strong_air or air)[0])
    return None


def _own_fighting(f: Frame, c: CueMatch) -> bool:
    """A fighting word that tells the sentence's event, not its context ("as fighting spread", "civilians fleeing
    clashes") nor a description of a party ("the coalition fighting in Yemen")."""
    if _CONTEXT_BEFORE.search(f.text, max(f.sentence.start, c.start - 30), c.start):
        return False
    return not (c.text.lower().endswith("ing") and any(0 <= c.start - a.end <= 1 for a in f.actors))


def _clash(x: Facts) -> Typing | None:
    """Both sides fighting; artillery or rockets fired at the other side's positions is shelling.

    A battle outranks the weapons used in it (ACLED), but only a battle the sentence tells as its own event:
    "attacked a military base with drones" is a drone strike, and so is a strike told "as fighting spread".
    """
    f = x.f
    mutual = [c for c in f.cues.get(Cue.CLASH, ()) if MUTUAL.match(c.text)]
    if not f.has(Cue.CLASH) or (f.has(Cue.SHELLING) and not mutual):
        return None
    if not any(_own_fighting(f, c) for c in mutual) and any(rule(x) is not None for rule in _MEANS):
        return None
    return Typing(S.ARMED_CLASH, f.first(Cue.CLASH))


def _strong_remote(x: Facts) -> Typing | None:
    strong = strong_cues(x.f, Cue.REMOTE_EXPLOSIVE, _WEAK_REMOTE)
    return Typing(S.REMOTE_EXPLOSIVE, strong[0]) if strong else None


def _explosion(x: Facts) -> Typing | None:
    """ "a bomb exploded at the tax office in X": an explosion at a place is an event even before a toll is known.

    An explosion of a named weapon is that weapon's: "a grenade exploded" is a grenade attack."""
    f = x.f
    if not f.has(Cue.REMOTE_EXPLOSIVE) or f.has(Cue.GRENADE):
        return None
    return Typing(S.REMOTE_EXPLOSIVE, f.first(Cue.REMOTE_EXPLOSIVE), strong=bool(x.killed or f.counts or f.places))


def _abduction(x: Facts) -> Typing | None:
    """A raid that kills and abducts is an Attack: Attack ranks above Abduction in the codebook."""
    f = x.f
    if f.has(Cue.ABDUCTION) and not x.killed and not (x.state_agent and f.has(Cue.ARREST)):
        return Typing(S.ABDUCTION, f.first(Cue.ABDUCTION))
    return None


def _arrests(x: Facts) -> Typing | None:
    f = x.f
    if f.has(Cue.ARREST) and (x.state_agent or not f.agents) and not x.killed:
        return Typing(S.ARRESTS, f.first(Cue.ARREST), strong=bool(f.agents) or x.arrested)
    return None


def _attack(x: Facts) -> Typing | None:
    """An attack: on armed people a clash, by a crowd mob violence, else an attack (on civilians)."""
    f = x.f
    if not (f.has(Cue.ATTACK) or x.killed):
        return None
    if _abduction(x) or _arrests(x):
        return None  # an abduction or an arrest with no one killed is that, even when the text calls it an attack
    if f.has(Cue.OTHER_SD):
        return None  # a mass grave found is not the killing of the people in it
    cue = f.first(Cue.ATTACK)
    # "militants launched an attack against the base": a weak verb with a named perpetrator and a place or target
    strong = bool(x.killed) or bool(cue and not _WEAK_ATTACK.match(cue.text)) or bool(
        cue and any(not a.generic for a in f.agents) and (f.places or f.targets)) or any(
        c.role == "injured" for c in f.counts)
    armed_victims = "armed" in x.victims and "civilian" not in x.victims
    target_armed = any(t.kind in _ARMED_TARGETS and not same_as_agent(t, f.agents) for t in f.targets)
    if armed_victims or target_armed:
        return Typing(S.ARMED_CLASH, cue, strong)
    if not armed_party(f) and crowd_acts(f, cue.end if cue else f.sentence.start):
        # supporters, villagers or students beating someone up: mob violence (rioters), not an armed group's attack
        return Typing(S.MOB_VIOLENCE, cue, strong)
    return Typing(S.ATTACK, cue, strong)


def _sd_rule(cls: Cue, sub: SubEventType) -> Callable[[Facts], Typing | None]:
    """A strategic development needs a named party (an agreement may be told without one)."""

    def rule(x: Facts) -> Typing | None:
        f = x.f
        if f.has(cls) and (f.actors or cls == Cue.AGREEMENT):
            return Typing(sub, f.first(cls), strong=bool(f.actors))
        return None

    return rule


# The means of an attack that type a sentence before a battle told only as its context.
_MEANS = (_cue_rule(Cue.CHEMICAL, S.CHEMICAL_WEAPON), _air, _cue_rule(Cue.SUICIDE, S.SUICIDE_BOMB))


@dataclass(frozen=True, slots=True)
class Rule:
    """One row of the typing table: a name (shown by --explain), the sub-event type it stands for in ACLED's
    hierarchy, and the test that types a frame or passes."""

    name: str
    sub: SubEventType | None
    apply: Callable[[Facts], Typing | None]


# What the sentence reports, read from its construction before any weapon or tactic: a crowd, intercepted
# weapons, an exchange of fire, a place taken, an arrest by the state. The first that applies decides.
READINGS: tuple[Rule, ...] = (
    Rule("protest", None, _protest),
    Rule("riot", None, _riot),
    Rule("crowd clash", S.MOB_VIOLENCE, _crowd_clash),
    Rule("disrupted weapons use", S.DISRUPTED_WEAPONS_USE, _disrupted),
    Rule("exchange of fire", S.ARMED_CLASH, _exchange),
    Rule("capture of a place", None, _capture),
    Rule("arrest by the state", S.ARRESTS, _state_arrest),
)
# Tactics: when several apply to one sentence, the one higher in ACLED's hierarchy wins (PRECEDENCE).
TACTICS: tuple[Rule, ...] = (
    Rule("chemical weapon", S.CHEMICAL_WEAPON, _cue_rule(Cue.CHEMICAL, S.CHEMICAL_WEAPON)),
    Rule("suicide bomb", S.SUICIDE_BOMB, _cue_rule(Cue.SUICIDE, S.SUICIDE_BOMB)),
    Rule("air/drone strike", S.AIR_DRONE_STRIKE, _air),
    Rule("armed clash", S.ARMED_CLASH, _clash),
    Rule("shelling", S.SHELLING, _cue_rule(Cue.SHELLING, S.SHELLING)),
    Rule("sexual violence", S.SEXUAL_VIOLENCE, _cue_rule(Cue.SEXUAL, S.SEXUAL_VIOLENCE)),
    Rule("remote explosive", S.REMOTE_EXPLOSIVE, _strong_remote),
    Rule("grenade", S.GRENADE, _cue_rule(Cue.GRENADE, S.GRENADE)),
    Rule("explosion", S.REMOTE_EXPLOSIVE, _explosion),
    Rule("abduction", S.ABDUCTION, _abduction),
    Rule("other", S.OTHER, _cue_rule(Cue.OTHER_SD, S.OTHER)),
    Rule("arrests", S.ARRESTS, _arrests),
    Rule("attack", S.ATTACK, _attack),
    Rule("looting", S.LOOTING, _cue_rule(Cue.LOOTING, S.LOOTING)),
    Rule("agreement", S.AGREEMENT, _sd_rule(Cue.AGREEMENT, S.AGREEMENT)),
    Rule("base established", S.HQ_ESTABLISHED, _sd_rule(Cue.HQ, S.HQ_ESTABLISHED)),
    Rule("non-violent transfer", S.NON_VIOLENT_TRANSFER, _sd_rule(Cue.TRANSFER, S.NON_VIOLENT_TRANSFER)),
    Rule("change to group", S.CHANGE_TO_GROUP, _sd_rule(Cue.CHANGE_GROUP, S.CHANGE_TO_GROUP)),
)
# The typing table: readings first, then tactics in hierarchy order (a stable sort keeps a rule for strong
# evidence before the rule for weak evidence of the same type).
RULES: tuple[Rule, ...] = READINGS + tuple(sorted(TACTICS, key=lambda r: _RANK[r.sub] if r.sub else len(_RANK)))


def classify(frame: Frame) -> str | None:
    """Type the frame (sub-event type, trigger, strength, hedging); returns the name of the rule that decided.

    A frame that ACLED would not code gets ``rejected_reason`` and no type; a frame no rule types keeps none.
    """
    f = frame
    x = _facts(f)
    for reason, applies in REJECTIONS:
        if applies(x):
            f.rejected_reason = reason
            return None
    f.hedged = any(_HEDGE_STRONG.search(c.text) for c in f.cues.get(Cue.HEDGE, ()))
    f.negated = f.has(Cue.NEGATION)
    x.victims = {c.victim_kind for c in x.killed + [c for c in f.counts if c.role == "injured"]}
    x.state_agent = any(a.kind in ("state", "police") for a in f.agents)
    for rule in RULES:
        typed = rule.apply(x)
        if typed is not None:
            f.sub_event_type, f.trigger, f.strong = typed.sub, typed.cue, typed.strong
            return rule.name
    return None
