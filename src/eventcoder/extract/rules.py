"""ACLED typing of a frame as ordered rule tables, and the one precedence list of ACLED's hierarchy.

``classify(frame)`` first runs the REJECTIONS table (what ACLED does not code: exercises and films,
sport, disasters and accidents, ordinary crime, plans and threats), then the RULES table: each rule
reads the frame's cues, counts and actors and either types the frame or passes. Rules run in table
order and the first that types the frame wins. PRECEDENCE is ACLED's hierarchy (codebook table 2):
the incident merger picks an incident's type from its frames' types with it (``most_severe``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from eventcoder.extract import crowds, strategic
from eventcoder.extract.actors import ARMED_COMMUNAL_ACT, COMMUNAL_GROUP, ActorLexicon, ActorMention
from eventcoder.extract.background import strong_cues
from eventcoder.extract.crowds import GRIEVANCE, MOTIVE
from eventcoder.extract.cues import Cue, CueMatch, inside
from eventcoder.extract.facts import Facts, Typing
from eventcoder.extract.frames import STRONG_CONFLICT, TRIGGER_CLASSES, Frame
from eventcoder.extract.prefilter import Prefiltered
from eventcoder.extract.rejections import REJECTIONS
from eventcoder.extract.roles import aircraft_targeted, crowd_acts, denied_victims, same_as_agent, tells_only
from eventcoder.vocab import SubEventType

__all__ = ["GRIEVANCE", "MOTIVE", "MUTUAL", "PRECEDENCE", "REJECTIONS", "RULES", "Rule", "Typing", "classify", "most_severe", "trim_answered"]

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


_TERRITORY = (S.GOVERNMENT_REGAINS_TERRITORY, S.NON_STATE_OVERTAKES_TERRITORY)


def most_severe(subs: list[SubEventType | None]) -> SubEventType | None:
    """The sub-event type highest in ACLED's hierarchy; a battle outranks everything when one is described, and a
    place taken in it makes the battle a change of territory (ACLED: the fight that ends in a capture is coded as the
    capture; a place held for hours only is typed an armed clash in its own sentence)."""
    present = [s for s in subs if s is not None]
    if not present:
        return None
    if any(s in _TERRITORY for s in present):
        return min(present, key=_RANK.__getitem__)
    return S.ARMED_CLASH if S.ARMED_CLASH in present else min(present, key=_RANK.__getitem__)


_WEAK_AIR = re.compile(r"^(?:aircraft|helicopters?|jets?|air ?force|drones?|UAVs?)$", re.I)
_WEAK_REMOTE = re.compile(r"^(?:explosions?|blasts?|bomb(?:s|ing|ings)?|detonated|exploded)$", re.I)
_WEAK_ATTACK = re.compile(r"^(?:attack(?:ed|s|ing)?|targeted|struck|strikes?|hit|shot|shooting|storm(?:ed)?)$", re.I)
MUTUAL = re.compile(
    r"^(?:clash\w*|fight\w*|fought|gun ?battles?|gunfights?|fire ?fights?|exchange\w*|skirmish\w*|battl\w*|"
    r"hostilities|combat|shoot-?outs?|confrontations?|armed confrontations?|engaged)",
    re.I,
)
_CONTEXT_BEFORE = re.compile(
    r"\b(?:as|amid|during|while|after|since|following|despite|fleeing|escaping|fled|from)\s+(?:[\w-]+\s+){0,3}$", re.I)
_UNDER_WAY = re.compile(
    r"\b(?:has|have|had) been\s+(?:\w+ing\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\w-]+\s+)?)?$", re.I)
# "the coalition of Arab countries fighting Houthi rebels": a participle that describes a party, not a battle told.
# the nouns of a party a participle describes, and the adverbs between ("forces now fighting")
_PARTY_NOUN = (r"\b(?:countries|nations|states|forces|troops|coalition|alliance|groups?|militias?|rebels|fighters|allies|"
               r"powers|army|armies)\s+(?:(?:now|still|currently|also)\s+)?")
_DESCRIBES_PARTY = re.compile(_PARTY_NOUN + "$", re.I)
# "the separatists, who have fought for years to ...", "a group that has battled the army since 2012": a party told by
# the war it has long waged (a relative clause in the perfect, with a span of years), not a battle of the report's day
_HABIT_BEFORE = re.compile(r"\b(?:who|which|that)\s+(?:(?:have|has|had)\s+)(?:(?:long|also|since|been)\s+)*$", re.I)
_HABIT_SPAN = re.compile(
    r"[^.;]{0,60}?\b(?:for\s+(?:(?:many|several|the|past|last|over|more|than|nearly|almost|about|some)\s+)*(?:\w+\s+)?"
    r"(?:years|decades|a\s+decade)|since\s+(?:the\s+)?(?:1[89]|20)\d\d)\b", re.I)
# "agreed to halt hostilities", "called for an end to the fighting", "a lull in the clashes": a fight named as what
# stops or should stop, no fight told
_CEASED_BEFORE = re.compile(
    r"\b(?:halt|halted|halting|stop|stopped|stopping|cease|ceased|ceasing|suspend|suspended|suspending|end|ended|"
    r"ending|an end to|end to|cessation of|lull in|pause in|truce in|ceasefire in|renounce|renounced|renouncing)\s+"
    r"(?:(?:the|all|their|its|further|any|armed)\s+)*$", re.I)
_DESCRIBED_OBJECT = re.compile(
    _PARTY_NOUN + r"(?:fighting|battling|backing|supporting|opposing)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.I)
_UNDER_WAY_CHARS = 50
# Armed actors named as the holders of a place ("the Houthi stronghold of Saada", "rebel-held Idlib"): no party.
_HOLDS_PLACE = re.compile(r"(?:-|\s)(?:held|controlled|run|dominated|stronghold|bastion|heartland|territory|"
                          r"enclave|-occupied)\b", re.I)
_APPOSED = re.compile(r"\s*\(\s*(?:(?:assumed|presumed|presumably|suspected|believed|reportedly|allegedly|likely|"
                     r"probably)\s+)?(?:to\s+be\s+)?(?:the\s+|an?\s+)?", re.I)
_RAID = re.compile(r"^raid(?:ed|s)?$", re.I)
# A raid on an armed side's site is fighting, not property destruction, even when the site is burned.
_ARMED_SITE = re.compile(r"\b(?:base-?camps?|bases|base|camps?|outposts?|posts?|positions?|barracks|hideouts?|"
                         r"strongholds?|headquarters)\b", re.I)
_SITE = re.compile(r"\b(?:stations?|posts?|headquarters|bases?|barracks|camps?|checkpoints?|offices?|compounds?)$", re.I)
_AT_SITE = re.compile(r"\b(?:at|in|inside|outside|near)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}$", re.I)
# "destroyed an enemy tank": what an enemy has is an armed side's (a battle, not an attack on civilians)
_ENEMY = re.compile(r"\benemy\b", re.I)
_ENEMY_NEXT = re.compile(r"\s+(?:an?\s+|the\s+|two\s+|several\s+|\d+\s+)?enemy\b", re.I)
_DEFINITE_BEFORE = re.compile(r"\b(?:the|this|that|these|those)\s+$", re.I)
_STRIKE_VERB = re.compile(r"^(?:struck|strikes?|hit|bomb\w*|fired|targeted|attack(?:ed|s)?)$", re.I)
# Aircraft that destroy what they fly over strike it, as the verb's subject: "drones destroyed two depots", "drones
# hummed over the town before destroying several buildings" (not another subject's act: "before flames destroyed
# homes", nor a participle: "houses destroyed in months of shelling"; and not aircraft or missiles destroyed: "air
# defences destroyed six drones" is disrupted use)
# Aircraft as the subject of firing at or on a place: "the air force fired on the village", "helicopters opened fire
# in the district" (not "the air force fired its commander": the verb's object is no place)
_AIR_FIRES = re.compile(
    r"\s+(?:(?:have|has|had|also|reportedly|allegedly|then|later|repeatedly)\s+)*(?:fired|opened fire|shot)"
    r"(?:\s+(?:rockets|missiles|shots|rounds|bullets))?\s+(?:on|at|in|into|upon|towards|over)\b", re.I)
_AIR_DESTROYS = re.compile(
    r"(?:\s+(?:(?:have|has|had|also|reportedly|allegedly|then|later|completely)\s+)*(?:destroyed|flattened|razed|"
    r"levell?ed|demolished)|[^.;]{0,80}?(?:\b(?:before|after|while|by)|,)\s+(?:destroying|flattening|razing|levell?ing|"
    r"demolishing))\s+(?!(?:[\w-]+\s+){0,2}(?:drones?|UAVs?|missiles?|rockets?|aircraft|jets?|helicopters?|planes?)\b)",
    re.I)
_HEDGE_STRONG = re.compile(r"claim|alleg|reportedly|denied|accused|purported|unconfirmed|verified|rumou?r", re.I)
# A crowd of unarmed people as the subject of violence: "Residents of X set upon ...", "Crowds attacked shops".
# The subject may follow the sentence's lead-in of time and place ("On 3 May, in X (Y), residents beat ...").
# Its "of/in" phrase holds no verb of the crowd's own telling or mourning: "villagers of X buried 9 people killed
# when gunmen raided it" tells a burial and the gunmen's attack, the villagers killed nobody.
_CROWD_SUBJECT = re.compile(
    r"\W*(?:(?:on|in|around|at|late on|early on|last|earlier|overnight)\b[^,.;]{0,60},\s*){0,2}"
    r"(?:(?:a|an|the|angry|hundreds of|dozens of)\s+)?(?:crowds?|mobs?|residents|villagers|youths|locals|inhabitants|"
    r"mourners|worshippers|onlookers)\b(?:\s+(?:of|from|in)\s+(?:(?!\b(?:said|says|say|told|accused|claimed|reported|"
    r"alleged|blamed|complained|saw|witnessed|buried|burying|mourned|mourning|fled|wept|prayed|counted|recovered)\b)"
    r"[^,.;]){0,60}?)?\s+(?:\w+\s+(?:and\s+)?)?(?:set upon|"
    r"attacked|beat|lynched|burned|burnt|stoned|chased|assaulted|stormed|hacked|killed|torched|dragged|tied up)\b",
    re.I,
)
# Herders or settlers as the subject of a killing, a shooting, a stabbing, or of homes burnt ("herders attacked two
# villages, killing 11", "gunmen suspected to be herders opened fire on farmers", "settlers shot a villager"): an
# armed communal group's attack on civilians (ACLED's identity militias), not a crowd's mob violence; their stones,
# beatings or assaults with no one killed stay mob violence (ACLED codes settlers' stone-throwing as rioters'). The
# act's words are actors.ARMED_COMMUNAL_ACT, which names the herders a communal militia.
_ARMED_COMMUNAL = re.compile(rf"\b{COMMUNAL_GROUP}\b{ARMED_COMMUNAL_ACT}", re.I)
_PROTESTING = re.compile(r"\b(?:protest\w*|demonstrat\w*|march(?:ed|ing)|rall(?:y|ied))\b", re.I)
# Words that carry an incident on ("the soldiers also burned granaries", "then looted the shops").
_GOES_ON = re.compile(r"\b(?:also|then|later|afterwards|before (?:leaving|withdrawing|retreating)|as they (?:left|withdrew))\b",
                      re.I)
_GRAVE = re.compile(r"grave|burial|exhum|remains", re.I)
_ARMED_TARGETS = ("state", "police", "rebel", "political_militia", "identity_militia")
_NON_STATE_ARMED = ("rebel", "political_militia", "identity_militia")
# The weak words of attack as verbs of the sentence ("militants attacked"), not as nouns ("claimed the attack").
_WEAK_VERB = re.compile(r"^(?:attacked|targeted|struck|shot|stormed)$", re.I)
# Fire both ways: exchanged, an exchange of shelling, fire "in both directions", fire returned.
_TWO_SIDED = re.compile(r"^(?:exchange|traded|fired back|returned fire)|\bexchanges?$|\bin both directions$", re.I)
# the weapons or the sides of an exchange of fire told by common nouns ("shelling was exchanged across the line")
_ARMED_FIRE = re.compile(r"\b(?:shell\w*|artillery|mortars?|rockets?|missiles?|gun\w*|rifles?|bullets?|machine-?guns?|"
                         r"projectiles?|shots|weapons|positions?|front ?lines?|troops|forces|fighters|militants?|rebels?|soldiers|border|"
                         r"(?:both|the two|two|rival|"
                         r"opposing|warring) sides)\b", re.I)
_EXCHANGED = re.compile(r"^(?:exchang\w*|traded|fired back|returned fire)|\bexchanges?\b", re.I)
_BOTH_WAYS = re.compile(r"(?: [\w/,()-]+){0,6}? in both directions\b", re.I)  # right after a word of fire
_STATE_VERB = re.compile(r"^(?:attacked|shot|stormed)$", re.I)
# what a verb of attack may also take as object: a film or pictures ("shot a music video", "shot photos")
_FILMED = re.compile(r"\s+(?:(?:a|an|the|some|several|new|\d+)\s+)?(?:[\w-]+\s+)?(?:videos?|photos?|photographs?|pictures?|"
                     r"footage|films?|scenes?|movies?|documentar(?:y|ies)|commercials?|adverts?|clips?|selfies?)\b", re.I)
_OBJECT_GAP = re.compile(r"\s+(?:(?:dozens|hundreds|scores|thousands|a group|groups|a crowd|crowds)\s+of\s+)?"
                         r"(?:(?!(?:with|of|for|at|in|on|to|about|from|by|as)\b)[\w-]+\s+){0,3}", re.I)
_OBJECT_CHARS = 60
# ... or the civilians' own place as the object ("soldiers attacked their village", "stormed the houses")
_CIVILIAN_SITE = re.compile(r"\s+(?:(?:the|their|a|an|his|her|its|several|two|three)\s+)?(?:[\w-]+\s+)?(?:villages?|"
                            r"homes?|houses?|hamlets?|settlements?|neighbou?rhoods?|markets?|farms?|compounds?)\b", re.I)
_POSSESSIVE = re.compile(r"(?:'|\u2019)s?(?!\w)")
# a political setting of the police's force: a protest, the opposition, the press, a crackdown, an election
_POLITICAL = re.compile(r"\b(?:protest\w*|demonstrat\w*|rall(?:y|ies)|march(?:es|ers|ed)?|opposition|activists?|"
                        r"journalists?|reporters?|strikers|students|elections?|voters|crackdown|curfew|dissidents?|"
                        r"supporters)\b", re.I)
_BODILY = re.compile(r"^(?:tortur\w*|beat\w*|assault\w*|whipped|flogged|stabbed|hacked|mutilated)", re.I)
_ARREST_VERB = re.compile(r"^(?:arrested|detained|apprehended|rounded up)$", re.I)
_SUBJECT_GAP = 40
_CLAUSE_BREAK = re.compile(r"[.;:]|\b(?:who|which|that|after|before|when|while|were|was)\b", re.I)
_BY = re.compile(r"\s+(?:[\w-]+\s+){0,6}?by\s+(?:the\s+)?", re.I)


# The words that make what follows the incident a sentence's own action answers: "launched missile strikes,
# responding to a poison gas attack", "the strike was in retaliation for last week's bombing"; or a habit of the
# place it hit ("the base, where aircraft often take off to bomb ..."), no incident at all. Tried on every frame, so
# only at the word starts that begin like one of its matches (prefilter.py): the same matches, sooner.
_RESPONSE = Prefiltered(re.compile(
    r"\b(?:in (?:direct )?(?:response|retaliation|reprisal|revenge|answer|reply) (?:to|for)|responding to|"
    r"retaliating for|(?:a|the|its|their|his|her) (?:[\w-]+ )?(?:response|retaliation|reprisal|revenge) (?:to|for)|"
    r"to avenge|avenging|from (?:where|which)|(?:held |deemed )?responsible for|blamed for|"
    r"(?:where|from which|which) (?:[\w-]+ ){0,3}(?:often|usually|regularly|routinely|habitually))\b", re.I))
# What tells the answered incident as another one: its own time, or a word that it was told before.
_ANSWERED_ANCHOR = re.compile(
    r"\b(?:deadly|earlier|previous|last (?:week|month|year|\w+day)|this week'?s?|days? (?:ago|earlier|before)|"
    r"suspected|alleged|(?:mon|tues|wednes|thurs|fri|satur|sun)day'?s|(?:mon|tues|wednes|thurs|fri|satur|sun)day "
    r"(?:night|morning|evening)'?s)\b", re.I)
# Tactics that, named only after the words of response, tell a different incident from the sentence's own.
_TACTIC_CLASSES = (Cue.CHEMICAL, Cue.SUICIDE, Cue.AIR, Cue.SHELLING, Cue.REMOTE_EXPLOSIVE, Cue.GRENADE, Cue.SEXUAL,
                   Cue.ABDUCTION)


def trim_answered(f: Frame) -> bool:
    """Drop the cues and counts of the incident the sentence's own action answers ("jets bombed the depot,
    in reply to a deadly rocket attack on a border town that killed 12"): the sentence reports the
    bombing, not the rocket attack, which is an earlier incident recalled as its cause. Only when the sentence's own
    trigger comes before the words of response, and the answered incident is told as another one (a word that it
    came before, "deadly", "last week's", "Tuesday's", or a tactic the sentence's own action does not use);
    "police fired tear gas in response to stones thrown on Monday" is one scene and keeps its cues. Returns whether anything was dropped."""
    starts = {c.start for cls in TRIGGER_CLASSES for c in f.cues.get(cls, ())}
    if len(starts) < 2:
        return False  # no trigger can come both before and after the words of response: not looked for
    m = _RESPONSE.search(f.sentence_text)
    if m is None:
        return False
    cut = f.sentence.start + m.start()
    before = {cls for cls in TRIGGER_CLASSES for c in f.cues.get(cls, ()) if c.start < cut}
    after = {cls for cls in TRIGGER_CLASSES for c in f.cues.get(cls, ()) if c.start >= cut}
    if not before or not after:
        return False
    tail = f.text[cut : f.sentence.end]
    other = _ANSWERED_ANCHOR.search(tail) is not None or any(c in after - before for c in _TACTIC_CLASSES)
    if not other:
        return False
    triggers = set(TRIGGER_CLASSES)
    f.cues = {cls: kept for cls, found in f.cues.items()
              if (kept := [c for c in found if cls not in triggers or c.start < cut])}
    f.counts = [c for c in f.counts if c.start < cut]
    f.agents = [a for a in f.agents if a.start < cut]  # the answered incident's perpetrator is not this one's
    f.targets = [a for a in f.targets if a.start < cut]
    return True


def _facts(f: Frame) -> Facts:
    conflict: list[Cue] = [c for c in STRONG_CONFLICT if f.has(c) and c != Cue.PROTEST]
    if strong_cues(f, Cue.AIR, _WEAK_AIR):
        conflict.append(Cue.AIR)
    # a civil government is no armed actor: its taxes, campaigns and bans are no violence (strategic.py reads it)
    armed_actor = any(a.kind not in ("civilians", "protesters", "rioters") and not a.generic
                      and not strategic.civil_government(a) for a in f.actors)
    # a count inside a denial ("nobody was killed") is no one's death
    denials = f.cues.get(Cue.NEGATION, ())
    killed = [c for c in f.killed() if not inside(c, denials)]
    harmed = bool(killed) or any(c.role == "injured" for c in f.counts)
    sporty = f.has(Cue.SPORT) or len({c.text.lower() for c in f.cues.get(Cue.SPORT_WEAK, ())}) >= 2
    facts = Facts(f, conflict, armed_actor, killed, harmed, [], sporty)
    facts.protest = crowds.protest_cues(facts)
    return facts


def _exchange(x: Facts) -> Typing | None:
    """Two sides exchanging fire, even long-range fire, is a clash (unless it is only the context: "shells hit a
    market as rival forces exchanged fire")."""
    f = x.f
    exchange = next((c for c in f.cues.get(Cue.CLASH, ()) if (
        _TWO_SIDED.search(c.text) or _BOTH_WAYS.match(f.text, c.end, f.sentence.end)) and _own_fighting(f, c)), None)
    if exchange is None or not _armed_exchange(x):
        return None  # "the candidates spent the debate exchanging fire": words, with no armed side and no one hit
    return Typing(S.ARMED_CLASH, exchange)


def _armed_exchange(x: Facts) -> bool:
    """Fire exchanged by armed sides, with their weapons, or hitting someone (not "candidates exchanging fire")."""
    return x.harmed or any(a.kind in _ARMED_TARGETS for a in x.f.actors) or bool(_ARMED_FIRE.search(x.f.sentence_text))


def _state_arrest(x: Facts) -> Typing | None:
    """Arrests by the state; by a non-state group they are abductions (ACLED)."""
    f = x.f
    if not f.has(Cue.ARREST) or x.killed or not (x.state_agent or x.arrested) or _hurt(x) or _fought(f):
        return None
    if f.agents and not x.state_agent:
        return Typing(S.ABDUCTION, f.first(Cue.ARREST))
    return Typing(S.ARRESTS, f.first(Cue.ARREST))


def _fought(f: Frame) -> bool:
    """Men captured in a fight the sentence tells as its own ("captured five suspects after a shootout"): a battle
    outranks its outcome (ACLED), and the fighters taken in it are part of the clash; the tactics' hierarchy decides.
    (An arrest word proper, "arrested", "detained", stays the arrest: the fight is then often its setting.)"""
    if not all(c.text.lower().startswith("captured") for c in f.cues.get(Cue.ARREST, ())):
        return False
    return any(MUTUAL.match(c.text) and not _NOT_A_FIGHT_BEFORE.search(f.text, max(f.sentence.start, c.start - 30), c.start)
               for c in f.cues.get(Cue.CLASH, ()))


# a fight the people taken were fleeing, one told before ("detained 40 people after the recent clashes", "following
# the clash with the rebels": the arrests are an act of their own), or a party described by its fighting ("the
# coalition fighting rebels")
_NOT_A_FIGHT_BEFORE = re.compile(r"\b(?:fleeing|escaping|fled|from|amid|despite)\s+(?:[\w-]+\s+){0,2}$|"
                                 r"\b(?:after|following|since)\s+(?:the|these|those|recent|earlier|previous|last)\s+"
                                 r"(?:[\w'-]+\s+){0,2}$|\b(?:coalition|forces|groups?|militias?|men|fighters)\s+$", re.I)


def _hurt(x: Facts) -> bool:
    """Someone was hurt: people injured, or a verb of violence done to a body (tortured, beaten, assaulted)."""
    return any(c.role == "injured" for c in x.f.counts) or any(
        _BODILY.match(c.text) for c in x.f.cues.get(Cue.ATTACK, ()))


def _cue_rule(cls: Cue, sub: SubEventType) -> Callable[[Facts], Typing | None]:
    def rule(x: Facts) -> Typing | None:
        return Typing(sub, x.f.first(cls)) if x.f.has(cls) else None

    return rule


# A weapon named as a thing (artillery, rockets, missiles) rather than fire: with no verb of firing or striking, no
# one harmed and no other act in the sentence, it is kit carried, moved or shown ("they left with all their
# artillery", "the convoy carried rockets"), no shelling
_FIRE_WORD = re.compile(r"^(?:shell|bombard)|fire", re.I)
_AIMED_AT = re.compile(r"\s+(?:at|on|onto|towards|into|against)\s", re.I)
_FIRING = re.compile(
    r"\b(?:fir(?:e|ed|es|ing)|launch\w*|land(?:ed|s|ing)|hit|hits|struck|strikes?|pound\w*|rain\w*|target\w*|slam\w*|"
    r"explod\w*|impact\w*|fell|falling|attack\w*|shoot\w*|shot|used|using|lobb\w*|blast\w*|destroy\w*|damag\w*|"
    r"kill\w*|wound\w*|injur\w*|intercept\w*|down(?:ed|ing)|barrage|salvos?|volleys?|shower\w*|hurl\w*|observ\w*|"
    r"record\w*|heard)\b", re.I)


def _shelling(x: Facts) -> Typing | None:
    """Artillery, rockets or missiles fired; a weapon only named as kit, with no firing, harm or act, is none."""
    f = x.f
    if not f.has(Cue.SHELLING):
        return None
    fired = any(_FIRE_WORD.search(c.text) for c in f.cues[Cue.SHELLING]) or x.harmed or bool(
        _FIRING.search(f.sentence_text)) or any(f.has(cls) for cls in TRIGGER_CLASSES if cls is not Cue.SHELLING) or any(
        _AIMED_AT.match(f.text, c.end) for c in f.cues[Cue.SHELLING])  # "forces artillery at X": a note's shorthand
    return Typing(S.SHELLING, f.first(Cue.SHELLING)) if fired else None


def _air(x: Facts) -> Typing | None:
    f = x.f
    air = f.cues.get(Cue.AIR, [])
    if any(aircraft_targeted(f.text, c.start, c.end, f.sentence.start) for c in air):
        # the sentence tells an aircraft shot at: its other aircraft words name the same aircraft, not a strike
        air = strong_cues(f, Cue.AIR, _WEAK_AIR)
        air = [c for c in air if not aircraft_targeted(f.text, c.start, c.end, f.sentence.start)]
    strong_air = [c for c in strong_cues(f, Cue.AIR, _WEAK_AIR) if c in air]
    struck = any(_STRIKE_VERB.match(c.text) for c in f.cues.get(Cue.ATTACK, ())) or any(
        _AIR_DESTROYS.match(f.text, c.end, f.sentence.end) or _AIR_FIRES.match(f.text, c.end, f.sentence.end)
        for c in air)
    if strong_air or (air and (struck or f.has(Cue.REMOTE_EXPLOSIVE))):
        return Typing(S.AIR_DRONE_STRIKE, (strong_air or air)[0])
    return None


# A state's military that "bombed" a place, with no device planted or set off told: its bombs fall from the air
# ("the army bombed a school, killing nine"), ACLED's air strike; a bomb planted, a device or a blast that
# went off is a remote explosive whoever set it.
_BOMBED = re.compile(r"^bomb(?:ed|ing|ings)$", re.I)
_DEVICE = re.compile(r"\b(?:planted|device|IEDs?|improvised|roadside|car bomb|vehicle-borne|detonat\w+|went off|"
                     r"explosives?|booby|landmines?|mines?|remote-controlled|suicide|exploded|blew up|blast)\b", re.I)
_MILITARY_HEAD = re.compile(r"\b(?:military|army|armed forces|air force|junta|forces|troops|regime|Tatmadaw)\b", re.I)


def _state_bombing(x: Facts) -> Typing | None:
    f = x.f
    bombed = [c for c in f.cues.get(Cue.REMOTE_EXPLOSIVE, ()) if _BOMBED.match(c.text)]
    if not bombed or len(bombed) < len(f.cues[Cue.REMOTE_EXPLOSIVE]) or f.has(Cue.SHELLING) or f.has(Cue.GRENADE):
        return None
    state = [a for a in f.agents if a.kind == "state" and _MILITARY_HEAD.search(a.surface) and a.start < bombed[0].start]
    if not state or _DEVICE.search(f.sentence_text):
        return None
    return Typing(S.AIR_DRONE_STRIKE, bombed[0])


def _long_waged(f: Frame, c: CueMatch) -> bool:
    """A fighting word in a relative clause that tells what a party has done for years ("the rebels, who have fought
    the army since 2012"), not a fight of the report's day."""
    return bool(_HABIT_BEFORE.search(f.text, max(f.sentence.start, c.start - 30), c.start)
                and _HABIT_SPAN.match(f.text, c.end, f.sentence.end))


def _own_fighting(f: Frame, c: CueMatch) -> bool:
    """A fighting word that tells the sentence's event, not its context ("as fighting spread", "civilians fleeing
    clashes") nor a description of a party ("the coalition fighting in Yemen")."""
    if _CONTEXT_BEFORE.search(f.text, max(f.sentence.start, c.start - 30), c.start) or _long_waged(f, c):
        return False
    if c.text.lower().endswith("ing") and _DESCRIBES_PARTY.search(f.text, max(f.sentence.start, c.start - 30), c.start):
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
    if all(_EXCHANGED.search(c.text) for c in f.cues[Cue.CLASH]) and not _armed_exchange(x):
        return None  # an exchange of fire with no armed side, weapon or victim is a figure of speech
    if not any(_own_fighting(f, c) for c in mutual) and any(rule(x) is not None for rule in _MEANS):
        return None
    if mutual and len(mutual) == len(f.cues.get(Cue.CLASH, ())) and not any(_own_fighting(f, c) for c in mutual) and (
            f.has(Cue.ATTACK)):
        return None  # "the raid, blamed on the coalition fighting the rebels, hit a market": the raid types it
    if _campaign_only(x) or _civilians_only_side(x) or _spoken_of_only(x):
        return None
    if all(_long_waged(f, c) or (not x.killed and MUTUAL.match(c.text) and _CEASED_BEFORE.search(
            f.text, max(f.sentence.start, c.start - 40), c.start)) for c in f.cues[Cue.CLASH]):
        return None  # "the separatists, who have fought for years", "agreed to halt hostilities": no fight of its own
    return Typing(S.ARMED_CLASH, f.first(Cue.CLASH))


# "asked the spokesman for comment on the skirmish", "gave no details of the fighting": a fight already told, named as
# what someone speaks or is asked about
_ABOUT_BEFORE = re.compile(
    r"\b(?:comments?|commented|details?|information|questions?|asked|ask|asking|inquir\w*|enquir\w*|spoke|speak\w*|"
    r"talk\w*|briefed|statement)\s+(?:on|about|of|over|regarding|concerning)\s+(?:the|this|that|these|those)\s+$",
    re.I)


def _spoken_of_only(x: Facts) -> bool:
    """Every fighting word is a fight told before, named only as what someone comments on or is asked about, with no
    one killed in the sentence: it tells no battle of its own (which would outrank the strike the report is about)."""
    f = x.f
    return not x.killed and all(_ABOUT_BEFORE.search(f.text, max(f.sentence.start, c.start - 60), c.start)
                                for c in f.cues.get(Cue.CLASH, ()))


def _civilians_only_side(x: Facts) -> bool:
    """Armed men whose only other side is civilians ("villagers tried to stop the gunmen and were driven back, one of
    them killed in the shootout"): a battle needs two armed, organised sides (ACLED); unarmed people who resist an
    armed group are its victims, so the sentence is the group's attack on civilians."""
    f = x.f
    if "armed" in x.victims or not f.agents or not f.targets or any(t.kind != "civilians" for t in f.targets):
        return False
    if _BETWEEN.search(f.sentence_text) or any(_MUTUAL_VERB.match(c.text) and any(
            _FIGHTERS_GAP.fullmatch(f.text, a.end, c.start) for a in f.agents) for c in f.cues.get(Cue.CLASH, ())):
        return False  # "fighting between two armed groups", "the tribesmen clashed": the armed men are both sides
    others = [a for a in f.actors if a not in f.agents and a not in f.targets]
    return (all(a.kind in _NON_STATE_ARMED for a in f.agents)
            and not any(a.kind in _ARMED_TARGETS for a in others))


_BETWEEN = re.compile(r"\bbetween\b", re.I)
# the armed men as the subject of a verb of fighting, a few words on ("the gunmen clashed", "tribes fought again")
_MUTUAL_VERB = re.compile(r"(?:clash|fought|fight|battl|skirmish|engag)", re.I)
_FIGHTERS_GAP = re.compile(r"\s+(?:[\w'-]+\s+){0,4}|\s+", re.I)


def _campaign_only(x: Facts) -> bool:
    """Every fighting word tells a campaign under way ("forces have been conducting an offensive to capture the
    port", "had been waging war on the rebels"), with no one killed and no day: the setting of the report's events,
    not a battle of its own (which would outrank the air strike the report is about)."""
    f = x.f
    if x.killed or any(d.precision == 1 for d in f.dates):
        return False
    return all(_UNDER_WAY.search(f.text, max(f.sentence.start, c.start - _UNDER_WAY_CHARS), c.start)
               for c in f.cues.get(Cue.CLASH, ()))


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
    """Arrests by the state; an armed group that "arrests" or "detains" someone abducts them (ACLED)."""
    f = x.f
    if not f.has(Cue.ARREST) or x.killed:
        return None
    lex = ActorLexicon.default()
    if x.state_agent or not f.agents or any(lex.ever_state(a.key) for a in f.agents):
        # an armed group that is a state's forces in some era ("the Taliban detained") arrests as the state does
        return Typing(S.ARRESTS, f.first(Cue.ARREST), strong=bool(f.agents) or x.arrested)
    taken = [c for c in f.cues.get(Cue.ARREST, ()) if _ARREST_VERB.match(c.text)]
    if any(a.kind in _NON_STATE_ARMED and _does(f, a, c) for a in f.agents for c in taken):
        return Typing(S.ABDUCTION, taken[0])
    return None


def _does(f: Frame, a: ActorMention, c: CueMatch) -> bool:
    """The actor does the act of the cue: its subject shortly before it ("the Taliban detained"), or its by-agent
    ("arrested by the Taliban"); not "the arrested men were associated with the group"."""
    if a.end <= c.start:
        between = f.text[a.end : c.start]
        return len(between) <= _SUBJECT_GAP and not _CLAUSE_BREAK.search(between)
    return a.start >= c.end and bool(_BY.fullmatch(f.text[c.end : a.start]))


def _attack(x: Facts) -> Typing | None:
    """An attack: on armed people a clash, by a crowd mob violence, else an attack (on civilians)."""
    f = x.f
    if not (x.killed or any(not crowds.labour_strike(f, c) for c in f.cues.get(Cue.ATTACK, ()))):
        return None  # "drivers held a strike": a stoppage of work
    if (_abduction(x) or _arrests(x)) and not _hurt(x):
        # an abduction or an arrest with no one killed or hurt is that, even when the text calls it an attack ("raided
        # the house and arrested"); people beaten, tortured or wounded in it are attacked (Attack ranks above both)
        return None
    if any(_GRAVE.search(c.text) for c in f.cues.get(Cue.OTHER_SD, ())):
        return None  # a mass grave found is not the killing of the people in it
    cue = f.first(Cue.ATTACK)
    # "militants launched an attack against the base": a weak verb with a named perpetrator and a place or a target,
    # or with armed people as its subject and a place or civilians as its object ("an unidentified armed group
    # attacked the office in X", "gunmen shot at a car in X", "gunmen shot a shopkeeper"); any strong verb of the
    # sentence ("shot at trucks and ambushed a car") stands
    strong = bool(x.killed) or any(not _WEAK_ATTACK.match(c.text) for c in f.cues.get(Cue.ATTACK, ())) or bool(
        cue and any(not a.generic and not strategic.civil_government(a) for a in f.agents) and (
            f.places or f.targets)) or bool(
        (f.places or (f.targets and all(t.kind == "civilians" for t in f.targets)))
        and any(_WEAK_VERB.match(c.text) for c in f.cues.get(Cue.ATTACK, ()))
        and any(a.kind in _NON_STATE_ARMED for a in f.agents)) or _state_on_civilians(f) or any(
        c.role == "injured" for c in f.counts)
    armed_victims = "armed" in x.victims and "civilian" not in x.victims
    target_armed = any(t.kind in _ARMED_TARGETS and not same_as_agent(t, f.agents) for t in f.targets) or any(
        _ENEMY.search(c.text) or _ENEMY_NEXT.match(f.text, c.end) for c in f.cues.get(Cue.ATTACK, ()))
    if not x.harmed and not target_armed and f.has(Cue.LOOTING) and not _GOES_ON.search(f.sentence_text) and all(
            _WEAK_ATTACK.match(c.text) or (_RAID.match(c.text) and not _ARMED_SITE.search(f.sentence_text))
            for c in f.cues.get(Cue.ATTACK, ())):
        # "attacked and set ablaze a dormitory", "an arson attack", "troops raided and burned houses": no one harmed,
        # property destroyed ("cars were also targeted and set on fire" carries on the incident before it)
        return None
    others_armed = any(a.kind in _ARMED_TARGETS and a.kind != "police" and a not in f.targets for a in f.actors)
    if _CROWD_SUBJECT.match(f.sentence_text):
        return Typing(S.MOB_VIOLENCE, cue)  # "residents of a village beat two police officers": the crowd acts
    if not others_armed and not _armed_communal(x) and crowd_acts(f, cue.end if cue else f.sentence.start):
        # villagers, supporters or students beating someone up, or storming a police post: mob violence (rioters),
        # not an armed group's attack nor a battle; a crowd that attacks a person at a place stands on its own
        return Typing(S.MOB_VIOLENCE, cue, strong or bool(f.targets and f.places))
    if f.has(Cue.CLASH) and _campaign_only(x) and _definite_only(f):
        return None  # "have been conducting an offensive ... pausing the assault": a campaign, no attack of its own
    if cue is None and not any(c.value for c in x.killed):
        # "a commander said two soldiers had been wounded and that nobody was killed": a toll with no word of an act;
        # it adds its wounded to the incident told around it and decides no type (no battle of its own)
        return Typing(S.ATTACK, None, strong=False)
    if armed_victims or target_armed:
        if _anaphoric(f) or _mixed_toll(x):
            # "the attack killed three soldiers": more of the incident told before it (a weak frame does not decide
            # its type), no battle that would outrank it
            return Typing(S.ATTACK, cue, strong=False)
        return Typing(S.ARMED_CLASH, cue, strong)
    return Typing(S.ATTACK, cue, strong)


def _armed_communal(x: Facts) -> bool:
    """Herders or settlers who kill, shoot, stab or burn homes (_ARMED_COMMUNAL), not when they protest ("herders
    who marched against a grazing ban burned tyres")."""
    m = _ARMED_COMMUNAL.search(x.f.sentence_text)
    return m is not None and not _PROTESTING.search(x.f.sentence_text, 0, m.start())


def _state_on_civilians(f: Frame) -> bool:
    """Soldiers or police as the subject of a verb of attack whose direct object is civilians ("soldiers attacked two
    farmers in X"): the state's violence against civilians (ACLED), which stands on its own as the non-state group's
    does. "targeted" and "hit" stay weak ("police targeted drivers", "hit with fines"); what is shot may be a film
    ("shot a music video with schoolchildren"), what is attacked words ("attacked residents' claims"); the police's
    use of force stands only when someone was harmed or in a political setting (shooting an armed robber is
    policing, ACLED codes none)."""
    if not f.targets or not all(t.kind == "civilians" for t in f.targets):
        return False
    kinds = {a.kind for a in f.agents if a.kind in ("state", "police") and not strategic.civil_government(a)}
    if not kinds or (kinds == {"police"} and not (f.killed() or any(c.role == "injured" for c in f.counts))
                     and not _POLITICAL.search(f.sentence_text)):
        return False
    return any(_STATE_VERB.match(c.text) and not _FILMED.match(f.text, c.end) and (any(
        _direct_object(f, c.end, t) for t in f.targets) or bool(_CIVILIAN_SITE.match(f.text, c.end)))
        for c in f.cues.get(Cue.ATTACK, ()))


def _direct_object(f: Frame, verb_end: int, t: ActorMention) -> bool:
    """The civilians ``t`` are the verb's object: at most three words between (no preposition: "with schoolchildren",
    "of residents"), and not a possessive ("residents' claims")."""
    return 0 < t.start - verb_end <= _OBJECT_CHARS and bool(_OBJECT_GAP.fullmatch(f.text, verb_end, t.start)) and not (
        _POSSESSIVE.match(f.text, t.end))


def _anaphoric(f: Frame) -> bool:
    """Every word of attack is a definite noun pointing back ("the attack", "the strikes") and the sentence names no
    perpetrator and no place of its own: it tells more of an incident already told (its toll), not a new one."""
    return not f.agents and not f.places and _definite_only(f) and not any(
        f.has(cls) for cls in (Cue.CLASH, Cue.SHELLING, Cue.AIR, Cue.REMOTE_EXPLOSIVE, Cue.GRENADE, Cue.SUICIDE))


_DEATH_WORD = re.compile(r"^(?:kill|dead|die|death)", re.I)


def _mixed_toll(x: Facts) -> bool:
    """A toll with no act and no perpetrator of its own, whose dead are soldiers and civilians together ("six people
    had been killed, including soldiers and civilians"): it counts the dead of the incident told around it (a bombing,
    a raid), no battle between two armed sides. One that opens the report or has a day of its own ("two soldiers and
    three civilians were killed in X on Sunday") tells its own incident, and its type stays its own (ACLED: an
    Attack's target is civilians alone)."""
    f = x.f
    if f.agents or f.index == 0 or any(d.precision == 1 for d in f.dates) or not all(_DEATH_WORD.match(c.text) for cls in TRIGGER_CLASSES for c in f.cues.get(cls, ())):
        return False  # a word of its own act ("killed during a clash between ...") tells what happened
    return "civilian" in x.victims or any(t.kind == "civilians" for t in f.targets)


def _definite_only(f: Frame) -> bool:
    """Every word of attack (but the killing) is a definite noun pointing back: "the attack", "the assault"."""
    words = [c for c in f.cues.get(Cue.ATTACK, ()) if not c.text.lower().startswith(("kill", "dead", "die"))]
    return bool(words) and all(
        _DEFINITE_BEFORE.search(f.text, max(f.sentence.start, c.start - 12), c.start)
        and (_WEAK_ATTACK.match(c.text) or c.text.lower().startswith("assault")) for c in words)


def _looting(x: Facts) -> Typing | None:
    """Property looted or destroyed; with no place, target or day of its own ("the soldiers also burned
    granaries") it tells more of the incident before it, not an event of its own."""
    f = x.f
    if not f.has(Cue.LOOTING):
        return None
    own = bool(f.places or f.targets or f.counts or any(d.precision == 1 for d in f.dates)) or not _GOES_ON.search(
        f.sentence_text)
    return Typing(S.LOOTING, f.first(Cue.LOOTING), strong=own)


# The means of an attack that type a sentence before a battle told only as its context: "attacked a military
# vehicle with mines", "attacked police officers with hand grenades" are explosions, not a clash.
_MEANS = (_cue_rule(Cue.CHEMICAL, S.CHEMICAL_WEAPON), _air, _cue_rule(Cue.SUICIDE, S.SUICIDE_BOMB), _strong_remote,
          _cue_rule(Cue.GRENADE, S.GRENADE))


@dataclass(frozen=True, slots=True)
class Rule:
    """One row of the typing table: a name (shown by --explain), the sub-event type it stands for in ACLED's
    hierarchy, the test that types a frame or passes, and the cue classes of which the frame must hold one for the
    test to type it (``needs``; empty: tried on every frame). A rule is not tried on a frame that has none of them:
    the same first rule types it, with a fifth of the tests (tests/extract/test_rules_needs.py holds every row to
    its column)."""

    name: str
    sub: SubEventType | None
    apply: Callable[[Facts], Typing | None]
    needs: tuple[Cue, ...] = ()


# What the sentence reports, read from its construction before any weapon or tactic: a crowd, intercepted
# weapons, an exchange of fire, a place taken, an arrest by the state. The first that applies decides.
READINGS: tuple[Rule, ...] = (
    Rule("protest", None, crowds.protest),
    Rule("riot", None, crowds.riot, (Cue.RIOT,)),
    Rule("crowd clash", S.MOB_VIOLENCE, crowds.crowd_clash, (Cue.CLASH,)),
    Rule("intervention", S.PROTEST_WITH_INTERVENTION, crowds.intervention, (Cue.INTERVENTION,)),
    Rule("disrupted weapons use", S.DISRUPTED_WEAPONS_USE, strategic.disrupted, (Cue.DISRUPTED,)),
    Rule("agreement", S.AGREEMENT, strategic.agreement, (Cue.AGREEMENT,)),
    Rule("non-violent transfer", S.NON_VIOLENT_TRANSFER, strategic.transfer, (Cue.TRANSFER,)),
    Rule("base established", S.HQ_ESTABLISHED, strategic.base_established, (Cue.HQ,)),
    Rule("exchange of fire", S.ARMED_CLASH, _exchange, (Cue.CLASH,)),
    Rule("capture of a place", None, strategic.capture, (Cue.REGAIN, Cue.OVERTAKE)),
    Rule("arrest by the state", S.ARRESTS, _state_arrest, (Cue.ARREST,)),
)
# Tactics: when several apply to one sentence, the one higher in ACLED's hierarchy wins (PRECEDENCE).
TACTICS: tuple[Rule, ...] = (
    Rule("chemical weapon", S.CHEMICAL_WEAPON, _cue_rule(Cue.CHEMICAL, S.CHEMICAL_WEAPON), (Cue.CHEMICAL,)),
    Rule("suicide bomb", S.SUICIDE_BOMB, _cue_rule(Cue.SUICIDE, S.SUICIDE_BOMB), (Cue.SUICIDE,)),
    Rule("air/drone strike", S.AIR_DRONE_STRIKE, _air, (Cue.AIR,)),
    Rule("a state's military bombing", S.AIR_DRONE_STRIKE, _state_bombing, (Cue.REMOTE_EXPLOSIVE,)),
    Rule("armed clash", S.ARMED_CLASH, _clash, (Cue.CLASH,)),
    Rule("shelling", S.SHELLING, _shelling, (Cue.SHELLING,)),
    Rule("sexual violence", S.SEXUAL_VIOLENCE, _cue_rule(Cue.SEXUAL, S.SEXUAL_VIOLENCE), (Cue.SEXUAL,)),
    Rule("remote explosive", S.REMOTE_EXPLOSIVE, _strong_remote, (Cue.REMOTE_EXPLOSIVE,)),
    Rule("grenade", S.GRENADE, _cue_rule(Cue.GRENADE, S.GRENADE), (Cue.GRENADE,)),
    Rule("explosion", S.REMOTE_EXPLOSIVE, _explosion, (Cue.REMOTE_EXPLOSIVE,)),
    Rule("abduction", S.ABDUCTION, _abduction, (Cue.ABDUCTION,)),
    Rule("other", S.OTHER, strategic.other, (Cue.OTHER_SD,)),
    Rule("arrests", S.ARRESTS, _arrests, (Cue.ARREST,)),
    Rule("attack", S.ATTACK, _attack),
    Rule("looting", S.LOOTING, _looting, (Cue.LOOTING,)),
    Rule("change to group", S.CHANGE_TO_GROUP, strategic.change_to_group, (Cue.CHANGE_GROUP,)),
    Rule("withdrawal", S.NON_VIOLENT_TRANSFER, strategic.withdrawal, (Cue.TRANSFER,)),
)
# The typing table: readings first, then tactics in hierarchy order (a stable sort keeps a rule for strong
# evidence before the rule for weak evidence of the same type).
RULES: tuple[Rule, ...] = READINGS + tuple(sorted(TACTICS, key=lambda r: _RANK[r.sub] if r.sub else len(_RANK)))


# The side that leaves a place: "troops withdrew from the town", "the army pulled out", "forces handed the base over"
_LEAVES_AFTER = re.compile(
    r"\s+(?:[\w'-]+\s+){0,3}?(?:(?:have|has|had)\s+)?(?:withdr[ae]w\w*|pull(?:ed|s)?\s+(?:out|back)|retreat\w*|"
    r"left|depart\w*|vacat\w*|abandon\w*|hand(?:ed|s)?\s+(?:over|the)|evacuat\w*)\b", re.I)


def _transfer_sides(f: Frame) -> None:
    """ "Troops withdrew from the town, letting the rebels take it over": ACLED's actor1 in a non-violent transfer
    is the side that takes the place, actor2 the side that leaves it; the subject of the withdrawal is the other side
    when another party is named as taking over."""
    leaving = [a for a in f.agents if _LEAVES_AFTER.match(f.text, a.end, min(f.sentence.end, a.end + 60))]
    keys = {a.key for a in leaving}
    if not leaving or all(a.key in keys for a in f.agents):
        return
    f.targets = sorted([*f.targets, *leaving], key=lambda a: a.start)
    f.agents = [a for a in f.agents if a.key not in keys]


def _agreement_sides(f: Frame) -> None:
    """ "Israel and Hamas will cease fire": the subjects of an agreement are its two sides, not two perpetrators of
    one act; the first named is actor1, the others the other side."""
    if f.targets or len({a.key for a in f.agents}) < 2:
        return
    first = f.agents[0].key
    f.targets = [a for a in f.agents if a.key != first]
    f.agents = [a for a in f.agents if a.key == first]


def _teller_after(f: Frame, t: ActorMention) -> bool:
    """A police or state force named after the act only as who tells of it ("..., according to the army"): no target
    (one that tells before the act may tell of an attack on itself: "Police said gunmen attacked their post")."""
    first = f.first_trigger()
    return t.kind in ("police", "state") and first is not None and t.start > first and tells_only(f.text, t)


def _modifiers_and_sites(f: Frame) -> None:
    """Targets that are no targets: a party named right before an unnamed agent modifies it ("a Syrian regime sniper
    shot a boy": the regime's sniper, so the regime is the agent) and one in brackets right after it names it ("armed
    men (assumed to be X militia) shot six civilians"), and a post or a station told as where a person
    was harmed ("assaulted a detainee at the district police station") is the place, not a second victim."""
    for t in list(f.targets):
        agent = next((a for a in f.agents if a.generic and t.kind in _ARMED_TARGETS and (
            0 <= a.start - t.end <= 1 or _APPOSED.fullmatch(f.text, a.end, t.start))), None)
        if agent is not None:
            f.targets.remove(t)
            f.agents[f.agents.index(agent)] = t
    people = [t for t in f.targets if t.kind == "civilians"]
    f.targets = [t for t in f.targets if not (
        _SITE.search(t.surface) and any(p.start < t.start for p in people)
        and _AT_SITE.search(f.text, max(f.sentence.start, t.start - 40), t.start))]


def _drop_denied_triggers(f: Frame) -> None:
    """A trigger word inside a denial of harm ("nobody was killed", "no one was killed") tells no act: the sentence's
    other triggers type it ("no one was killed in the clash" stays a clash), and with none it is a toll's sentence."""
    denials = f.cues.get(Cue.NEGATION)
    if not denials:
        return
    triggers = set(TRIGGER_CLASSES)
    f.cues = {cls: kept for cls, found in f.cues.items() if (kept := [
        c for c in found if cls not in triggers or not inside(c, denials)])}


def classify(frame: Frame) -> str | None:
    """Type the frame (sub-event type, trigger, strength, hedging); returns the name of the rule that decided.

    A frame that ACLED would not code gets ``rejected_reason`` and no type; a frame no rule types keeps none.
    """
    f = frame
    trim_answered(f)
    _drop_denied_triggers(f)
    crowds.drop_crowd_words(f)
    # "their bus was struck in the Houthi stronghold of Saada": the holder of the place is no target of the attack
    # nor is the one a party is described as fighting ("the coalition fighting Houthi rebels")
    # (a place taken or handed over is taken from its holder, who stays a party: "the army regains M23 territory")
    territorial = any(f.has(c) for c in (Cue.REGAIN, Cue.OVERTAKE, Cue.TRANSFER))
    f.targets = [t for t in f.targets if (territorial or not _HOLDS_PLACE.match(f.text, t.end, min(len(f.text), t.end + 14)))
                 and not _DESCRIBED_OBJECT.search(f.text, max(f.sentence.start, t.start - 60), t.start)
                 and not denied_victims(f, t) and not _teller_after(f, t)]
    _modifiers_and_sites(f)
    x = _facts(f)
    for reason, applies in REJECTIONS:
        if applies(x):
            f.rejected_reason = reason
            return None
    f.hedged = any(_HEDGE_STRONG.search(c.text) for c in f.cues.get(Cue.HEDGE, ()))
    f.negated = f.has(Cue.NEGATION)
    x.victims = {c.victim_kind for c in x.killed + [c for c in f.counts if c.role == "injured"]}
    x.state_agent = any(a.kind in ("state", "police") for a in f.agents)
    present = {cls for cls, found in f.cues.items() if found}
    for rule in RULES:
        if rule.needs and present.isdisjoint(rule.needs):
            continue  # the frame has none of the cues the rule types by
        typed = rule.apply(x)
        if typed is not None:
            f.sub_event_type, f.trigger, f.strong = typed.sub, typed.cue, typed.strong
            if typed.sub == S.AGREEMENT:
                _agreement_sides(f)
            if typed.sub == S.NON_VIOLENT_TRANSFER:
                _transfer_sides(f)
            if typed.sub == S.OTHER and typed.cue is not None and _GRAVE.search(typed.cue.text):
                f.counts = []  # the dead a mass grave holds are not the fatalities of its discovery (ACLED codes 0)
            return rule.name
    return None
