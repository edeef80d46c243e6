"""Strategic developments and territory (ACLED): agreements, disrupted weapons, bases, group changes, transfers,
captures, and the rest ("Other").

- Territory: who holds the place afterwards decides. The side that captures it is read from the sentence
  (the actor just before the capture verb, else the one a place "fell to"): a state force regains territory,
  anyone else overtakes it, whatever the verb ("rebels retook the town" is an overtaking). A place held for
  hours only is an armed clash; a place handed over or entered without a fight is a non-violent transfer.
- Agreement: a ceasefire, a truce, a peace deal, a prisoner swap or a surrender, signed or agreed; a summit
  or talks without an agreement are not one (rejections.py). An agreement outranks the raids it ends.
- Disrupted weapons use: a weapon intercepted, defused, seized or destroyed before use is not the attack it
  prevented.
- Headquarters or base established; Change to group/activity (merging, splitting, new leaders, new names,
  bans, curfews, conscription, new tactics); Other (mass graves, levies, blockades, orders to leave, people displaced or evacuated when no
  disaster, accident or alarm explains it).

Every one of them needs a party of the right kind (an armed or state actor, or for an agreement the words of
peace), so that markets "merging" or a club "banning" a fan are no events.
"""

from __future__ import annotations

import bisect
import re

from eventcoder.extract.actors import ActorMention
from eventcoder.extract.background import strong_cues
from eventcoder.extract.cues import Cue, CueMatch
from eventcoder.extract.facts import Facts, Typing
from eventcoder.extract.frames import Frame
from eventcoder.extract.lexicon import Lexicons
from eventcoder.vocab import SubEventType

__all__ = ["AGREEMENT_NEWS", "ARMED_GROUP", "PEACE", "agreement", "base_established", "capture", "change_to_group",
           "civil_government", "displacement",
           "disrupted", "other", "place_after", "transfer", "withdrawal"]

S = SubEventType

_PLACE_NOUN = re.compile(
    r"\s+(?:the\s+)?(?:(?:full\s+)?control\s+(?:of|over)\s+)?(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?(?:towns?|villages?|cit(?:y|ies)|"
    r"districts?|bases?|outposts?|posts?|camps?|barracks|airports?|airbases?|positions?|areas?|territor(?:y|ies)|regions?|"
    r"provinces?|count(?:y|ies)|islands?|hills?|checkpoints?|headquarters|localit(?:y|ies)|settlements?|garrisons?|"
    r"strongholds?|ports?|bridges?|centres?|centers?|compounds?)\b",
    re.I,
)
_BRIEF = re.compile(r"\bfor (?:several|a few|some|\d+|two|three) hours\b|\bbriefly\b|\btemporarily\b|before (?:withdrawing|retreating|being (?:pushed|driven) (?:back|out))", re.I)
# A place retaken within the day it was lost ("recaptured the town hours after militants overran it", "retook it later
# that day"): the other side held it under a day, which ACLED codes as an armed clash
_RETAKEN_SOON = re.compile(r"\bhours\s+(?:after|later)\b|\bwithin\s+(?:a\s+few\s+)?hours\b|"
                           r"\blater\s+(?:that|the\s+same)\s+day\b", re.I)
_CAPTURE_GAP = 30  # characters between a capture verb and the place it takes
# What a capture verb may take that is no territory (ACLED: territory is a place or an area an armed group takes
# over): "seized the house of X in Y", "seized weapons, vehicles and cash in Y", "seized land titles", "seized a
# hotel in Y" (a siege of a building is an attack on the people in it).
_NOT_TERRITORY = re.compile(
    r"\s*(?:(?:the|a|an|his|her|their|its|our|some|several|two|three|\d+)\s+)?(?:(?!and\b|or\b)[\w-]+\s+){0,2}?(?:houses?|homes?|"
    r"residences?|propert(?:y|ies)|belongings|assets|land\s+(?:titles?|deeds?|documents?)|titles?|deeds?|farmland|"
    r"weapons?|arms|guns?|rifles?|ammunition|explosives|goods|merchandise|cargo|vehicles?|cars?|trucks?|lorries|"
    r"motorcycles?|boats?|documents?|passports?|phones?|laptops?|equipment|money|cash|funds|currency|gold|drugs|"
    r"narcotics|cocaine|heroin|cannabis|methamphetamine|livestock|cattle|"
    # a building, a vehicle or a ship held with the people in it is a hostage-taking, not territory
    r"baker(?:y|ies)|restaurants?|caf(?:e|\u00e9)s?|hotels?|schools?|hospitals?|clinics?|church(?:es)?|mosques?|"
    r"temples?|malls?|supermarkets?|shops?|stores?|banks?|theat(?:re|er)s?|cinemas?|factor(?:y|ies)|embass(?:y|ies)|"
    r"ships?|vessels?|tankers?|planes?|airliners?|aircraft|buses|bus|trains?)\b"
    r"(?!\s+(?:towns?|villages?|cit(?:y|ies)|districts?|bases?|areas?|provinces?|regions?|mines?|fields?|sites?))",
    re.I,
)
# A transfer told as such: handed over, or entered without a fight ("withdrew" alone may precede a capture).
_PEACEFUL_TRANSFER = re.compile(r"^(?:handed|without|evacuated|surrendered)\b", re.I)
_FIGHT = re.compile(r"\b(?:fight\w*|fought|clash\w*|fire|firing|shell\w*|attack\w*|assault|offensive|battl\w*|"
                    r"killed|killing|dead|wounded|fled|routed|driven out|pushed (?:back|out)|overr?(?:an|un))\b", re.I)
_FELL_TO = re.compile(r"\bfell (?:in)?to\s+$|\bby\s+(?:the\s+)?$", re.I)
# The words of peace that make a signed paper an ACLED agreement (not a trade deal or a sponsorship).
PEACE = re.compile(
    r"\b(?:peace|cease[- ]?fires?|truces?|armistice|prisoners?|hostages?|detainees|captives|bodies|surrender\w*|"
    r"disarm\w*|demobili[sz]\w*|non-aggression|de-?escalation|hostilities|reconciliation|power-sharing|"
    r"security (?:pact|agreement|arrangement)|rebels?|militias?|armed groups?|insurgents?|fighters|factions?|"
    r"herders|clans?|communities)\b",
    re.I,
)
# Armed groups named by a common noun: they make a change of group or activity ("the militia renamed itself").
ARMED_GROUP = re.compile(
    r"\b(?:rebels?|rebel groups?|militias?|militiamen|militants?|insurgents?|insurgency|jihadists?|jihadist \w+|"
    r"separatists?|separatist \w+|factions?|armed groups?|armed movements?|guerrillas?|dissidents?|cartels?|gangs?|"
    r"paramilitar\w+|fighters|junta|army|military|troops|soldiers|(?:armed|security|resistance|rebel|defence) forces?|"
    r"Taliban|Shabaab|Houthis?|Hamas|Hezbollah|Islamic State|Boko Haram|al-Qaeda|FARC|ELN|M23|Wagner)\b",
    re.I,
)
# A ceasefire, a truce, a peace deal or a prisoner swap told in a document (the relevance model reads them as calm).
AGREEMENT_NEWS = re.compile(
    r"\b(?:signed|agreed|reached|announced|declared|swapped|exchanged)\b[^.]{0,60}\b(?:cease-?fire|truce|peace (?:deal|"
    r"agreement|accord|pact|treaty)|prisoners|detainees|captives|hostages|peace talks)\b",
    re.I,
)
_HALTED = re.compile(r"^(?:suspend|halt|stop|end|cease)", re.I)
_STORE = re.compile(r"cache|stockpile|depot", re.I)
_WEAK_AIR = re.compile(r"^(?:aircraft|helicopters?|jets?|air force|drones?|UAVs?)$", re.I)
# Displacement: people moved out, told with the people, and what else empties a place (hazards, accidents, alarms).
_DISPLACED = re.compile(r"\b(?:displaced|evacuated)\b", re.I)
_PEOPLE = re.compile(r"\b(?:people|persons|residents|civilians|inhabitants|villagers|families|households|children)\b",
                     re.I)
# What else evacuates people: the disasters, accidents and diseases of the cue lexicon (class "disaster", one list
# for both uses), and the alarms and hazards that are no disaster sentence's words of their own (a fire, a leak, a
# bomb scare, a suspicious package, an old war's shell, a collapse)
_ALARM = re.compile(
    r"\b(?:fires?|blazes?|flames|smoke|flooded|outbreaks|eruptions?|weather|leak(?:s|ed|ing)?|spills?|toxic|chemicals?|radiation|"
    r"radioactive|reactors?|dam (?:burst|breach|failure|collapse)|bomb scares?|bomb threats?|hoax|suspicious (?:package|"
    r"device|object|item|vehicle)s?|unexploded|world war|infections?|derail\w*|collaps\w+|structural|power cuts?|"
    r"blackouts?)\b",
    re.I,
)
_ARMED_KINDS = frozenset({"state", "police", "rebel", "political_militia", "identity_militia"})
# What makes people leave in a conflict: the war, fighting, shelling, strikes from the air, an occupation, armed men.
_CONFLICT_CAUSE = re.compile(
    r"\b(?:wars?|war-torn|warring|fighting|fights|fought|clash\w*|attacks?|attacked|shell(?:s|ed|ing)|bombard\w*|"
    r"bombing|bombs|air ?(?:raids?|strikes?)|airstrikes?|drone strikes?|missiles?|rockets?|hostilities|offensive|"
    r"invasion|invaded|occupation|occupied|occupying|front ?lines?|siege|besieged|humanitarian corridors?|"
    r"cease-?fire|insurgen\w*|militants?|rebels?|gunmen|bandits?|jihadists?|militias?|armed groups?|terroris\w*|"
    r"insecurity|violence|conflict|combat|troops|soldiers)\b", re.I)
_CAUSE_BEFORE = 400  # characters before the sentence: the sentence that tells what the people flee
_DISPLACEMENT_TAG = re.compile(r"\s*(?:displacement|evacuations?|forced displacement)\s*:", re.I)
# A civil government's measures are a change of activity only when they are security measures told without a
# civil reason: a curfew, a state of emergency, martial law, troops deployed, a group or its protests banned; a
# curfew against a virus, a ban on smoking or an app, a levy or a trade blockade are policy.
_SECURITY_MEASURE = re.compile(
    r"\b(?:curfews?|state of (?:emergency|siege)|emergency rule|martial law|deploy\w*|troops|conscription|"
    r"mobili[sz]ation|banned (?:the )?(?:[\w-]+ ){0,3}(?:party|parties|groups?|movements?|organi[sz]ations?|militias?|"
    r"protests?|demonstrations?|rallies|gatherings?|marches|assembl(?:y|ies)))\b", re.I)
_CIVIL_REASON = re.compile(
    r"\b(?:virus|covid(?:-19)?|coronavirus|pandemic|epidemic|infections?|cases|health|disease|vaccin\w*|smoking|"
    r"tobacco|alcohol|imports?|exports?|tariffs?|trade|taxe?s?|levy|levies|plastic|pollution|climate|heat|weather|"
    r"storms?|floods?|fires?|apps?|TikTok|social media|websites?|betting|gambling|fishing|hunting)\b", re.I)


def civil_government(a: ActorMention) -> bool:
    """The actor is a country's civil government ("the government of X", "the X government"), not its forces."""
    return a.key.startswith("Government")


def _armed(f: Frame) -> bool:
    """An armed party takes part: a force or an armed group (a civil government is none, ``_government_security``)."""
    return any(a.kind in _ARMED_KINDS and not civil_government(a) for a in f.actors) or bool(
        ARMED_GROUP.search(f.sentence_text))


def _government_security(f: Frame) -> bool:
    """A civil government takes a security measure with no civil reason told ("the government of X imposed a curfew
    in Y after clashes", not "to slow the spread of the virus")."""
    return any(civil_government(a) for a in f.actors) and bool(_SECURITY_MEASURE.search(f.sentence_text)) and not (
        _CIVIL_REASON.search(f.sentence_text))


def place_after(f: Frame, cls: Cue) -> bool:
    """A capture cue followed closely by a place: "captured the town of X", "retook X" (not "captured two men", nor
    "seized the house of a leader in X": a house, goods, weapons or money taken are no territory)."""
    starts = [p.start for p in f.places]
    for c in f.cues.get(cls, ()):
        if _NOT_TERRITORY.match(f.text, c.end):
            continue  # "seized the house of a leader in X": goods or property taken, no territory
        i = bisect.bisect_left(starts, c.end)
        if (i < len(starts) and starts[i] - c.end <= _CAPTURE_GAP) or _PLACE_NOUN.match(f.text, c.end):
            return True
    return False


def _captor(f: Frame, cue: CueMatch) -> ActorMention | None:
    """The side that takes the place: the actor just before the verb, else the one a place "fell to"."""
    before = [a for a in f.actors if a.end <= cue.start and a.kind not in ("civilians",)]
    state = [a for a in before if a.kind in ("state", "police")]
    if state and not _FELL_TO.search(f.text, max(f.sentence.start, cue.start - 12), cue.start):
        return state[-1]  # "the army and allied militias regained control": the state leads the capture
    after = [a for a in f.actors if a.start >= cue.end and _FELL_TO.search(f.text, max(f.sentence.start, a.start - 12),
                                                                          a.start)]
    if after and cue.text.lower().startswith("fell"):
        return after[0]
    return before[-1] if before else None


# The span of a campaign: "after a three-month operation", "since October", "over the past six weeks", "so far"
_CAMPAIGN_SPAN = re.compile(
    r"\b(?:[\w-]+[- ](?:day|week|month|year)s?[- ](?:long\s+)?(?:operation|offensive|campaign|push|advance)|"
    r"since\s+(?:the\s+)?(?:start|beginning|launch|outset|January|February|March|April|May|June|July|August|"
    r"September|October|November|December|\d{4})|over\s+the\s+(?:past|last)\s+(?:[\w-]+\s+)?(?:days|weeks|months|"
    r"years)|in\s+recent\s+(?:days|weeks|months)|so\s+far|to\s+date|in\s+all)\b", re.I)
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:now\s+|already\s+|so\s+far\s+)?(?:taken|seized|captured|overrun|overran|"
                      r"retaken|recaptured|gained|won)\b", re.I)


def _campaign_tally(f: Frame) -> bool:
    """A tally of places taken over a campaign ("after a three-month operation, the group has taken control of A, B,
    C and D"): the places are the campaign's, told in the perfect over its span, no capture of the report's day
    (ACLED codes each when it happened); a list of at least two places, so a single town taken today stays."""
    return (len({p.name for p in f.places}) >= 2 and bool(_PERFECT.search(f.sentence_text))
            and bool(_CAMPAIGN_SPAN.search(f.sentence_text)))


def capture(x: Facts) -> Typing | None:
    """Territory taken: regained by the state, overtaken by others; held for hours only is a clash."""
    f = x.f
    cue = f.first(Cue.REGAIN) if place_after(f, Cue.REGAIN) else f.first(Cue.OVERTAKE) if place_after(
        f, Cue.OVERTAKE) else None
    if cue is None or _campaign_tally(f):
        return None
    told = [c for c in f.cues.get(Cue.TRANSFER, ()) if _PEACEFUL_TRANSFER.match(c.text)]
    left = f.cues.get(Cue.TRANSFER, [])
    if told or (left and not x.harmed and not _FIGHT.search(f.sentence_text)):
        # "seized the town after government forces withdrew": the other side left, no fighting is told
        return Typing(S.NON_VIOLENT_TRANSFER, (told or left)[0])
    if _BRIEF.search(f.sentence_text) or (cue.cls == Cue.REGAIN and _RETAKEN_SOON.search(f.sentence_text)):
        return Typing(S.ARMED_CLASH, cue)  # held for hours only: ACLED codes a clash
    captor = _captor(f, cue)
    if captor is not None and captor.kind in _ARMED_KINDS:
        state = captor.kind in ("state", "police")
    else:
        state = cue.cls == Cue.REGAIN or x.state_agent
    return Typing(S.GOVERNMENT_REGAINS_TERRITORY if state else S.NON_STATE_OVERTAKES_TERRITORY, cue)


def transfer(x: Facts) -> Typing | None:
    """A place handed over, evacuated under a deal or entered without a fight, with no one killed."""
    f = x.f
    told = [c for c in f.cues.get(Cue.TRANSFER, ()) if _PEACEFUL_TRANSFER.match(c.text)]
    if told and not x.harmed and _armed(f):
        return Typing(S.NON_VIOLENT_TRANSFER, told[0])
    return None


def withdrawal(x: Facts) -> Typing | None:
    """Forces withdrawing from or abandoning a place, with no one harmed and no fighting told: the place changes
    hands without violence (a tactic of low rank: any battle or attack in the sentence outranks it)."""
    f = x.f
    if f.has(Cue.TRANSFER) and not x.harmed and _armed(f) and not _FIGHT.search(f.sentence_text):
        return Typing(S.NON_VIOLENT_TRANSFER, f.first(Cue.TRANSFER), strong=bool(f.actors))
    return None


def disrupted(x: Facts) -> Typing | None:
    """A weapon intercepted, defused, seized or destroyed before use."""
    f = x.f
    # "air raids destroyed a weapons cache": the strike is the event, the cache its target
    struck = bool(strong_cues(f, Cue.AIR, _WEAK_AIR)) and all(
        _STORE.search(c.text) for c in f.cues.get(Cue.DISRUPTED, ()))
    if f.has(Cue.DISRUPTED) and not x.killed and not f.has(Cue.CLASH) and not struck:
        return Typing(S.DISRUPTED_WEAPONS_USE, f.first(Cue.DISRUPTED))
    return None


def agreement(x: Facts) -> Typing | None:
    """A ceasefire, truce, peace deal, prisoner swap or surrender agreed or carried out, with no one killed."""
    f = x.f
    if f.has(Cue.AGREEMENT) and not x.killed and (PEACE.search(f.sentence_text) or _armed(f)):
        return Typing(S.AGREEMENT, f.first(Cue.AGREEMENT))
    return None


def base_established(x: Facts) -> Typing | None:
    """An armed group or force setting up a base, a camp or a headquarters."""
    f = x.f
    cues = [c for c in f.cues.get(Cue.HQ, ()) if not _HQ_NOUN.match(c.text) or _owned_base(f, c)]
    if cues and not x.harmed and not f.has(Cue.ABDUCTION) and _armed(f):
        return Typing(S.HQ_ESTABLISHED, cues[0])
    return None


# The noun of a base set up ("the opening of a new camp"), which also names ceremonies, budgets and plans: a base
# only when its owner is told ("their new camp"), an armed group that is no state's takes part, or it is military
_HQ_NOUN = re.compile(r"(?:establishment|opening|setting up|construction) of", re.I)
_HQ_OWNED = re.compile(r"\b(?:its|their|military)\b", re.I)
_NON_STATE_ARMED = frozenset({"rebel", "political_militia", "identity_militia"})
_NON_STATE_NOUN = re.compile(r"\b(?:rebels?|militias?|militiamen|militants?|insurgents?|jihadists?|separatists?|"
                             r"armed groups?|armed movements?|guerrillas?|fighters)\b", re.I)


def _owned_base(f: Frame, c: CueMatch) -> bool:
    return bool(_HQ_OWNED.search(c.text)) or any(a.kind in _NON_STATE_ARMED for a in f.actors) or bool(
        _NON_STATE_NOUN.search(f.sentence_text))


def change_to_group(x: Facts) -> Typing | None:
    """An armed group or a state changing itself or its activity: merged, split, renamed, new leader, bans, curfews."""
    f = x.f
    halted = [c for c in f.cues.get(Cue.CHANGE_GROUP, ()) if not _HALTED.match(c.text)]
    if f.has(Cue.DIPLOMACY) and not halted:
        return None  # "negotiations were suspended": diplomacy without an agreement, no change of a group
    if f.has(Cue.CHANGE_GROUP) and (_armed(f) or _government_security(f)):
        return Typing(S.CHANGE_TO_GROUP, f.first(Cue.CHANGE_GROUP))
    return None


def other(x: Facts) -> Typing | None:
    """A mass grave found; an armed group's levies, blockades or orders to residents; people displaced or evacuated
    from their places when nothing in the report but the conflict explains it (ACLED's displacement)."""
    f = x.f
    graves = any(re.search(r"grave|burial|exhum|remains", c.text, re.I) for c in f.cues.get(Cue.OTHER_SD, ()))
    if f.has(Cue.OTHER_SD) and (graves or _armed(f)):
        return Typing(S.OTHER, f.first(Cue.OTHER_SD))
    moved = displacement(f)
    return Typing(S.OTHER, moved) if moved is not None and not x.harmed else None


def _hazard(text: str) -> bool:
    """The report names a disaster, an accident, a disease or an alarm that would explain an evacuation."""
    return bool(_ALARM.search(text)) or Lexicons.default().cues.search(Cue.DISASTER, text)


def displacement(f: Frame) -> CueMatch | None:
    """People displaced or evacuated from their places, in a report that names no disaster, accident or alarm that
    would explain it (a flood, a fire, a landslide, a gas leak, a bomb scare evacuate people too, and ACLED codes none
    of them): the displacement cue, else None."""
    moved = [c for c in f.cues.get(Cue.OTHER_SD, ()) if _DISPLACED.search(c.text)]
    if not moved or not _PEOPLE.search(f.sentence_text) or _hazard(f.text):
        return None
    # the conflict must be what moves them: named in the sentence or just before it, or the report is a coder's
    # note tagged as a displacement ("Displacement: On 3 May, 300 people were evacuated from X"); a list of what
    # else moves people (rents, works, heat, a sinkhole, a warning) can never be complete
    told = f.text[max(0, f.sentence.start - _CAUSE_BEFORE) : f.sentence.end]
    if not (_CONFLICT_CAUSE.search(told) or _armed(f) or _DISPLACEMENT_TAG.match(f.text)):
        return None
    return moved[0]
