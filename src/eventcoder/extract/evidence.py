"""Evidence: an event needs participants of the right kind, not a word.

A typed frame carries evidence when its sentence names (issue 10, DESIGN.md section 7):

- an armed actor or a state force (soldiers, police, militants, gunmen, a named armed group); for a protest, an armed
  group alone is none ("fighters marched into the city": armed groups do not demonstrate);
- for a protest or a riot, a crowd (protesters, residents, thousands, a union) or an unambiguous protest word
  ("a protest was held", "demonstrators"; not "rallied", "marched", "demonstrating" alone, which sport, markets
  and showing use too);
- human victims: people abducted or sexually assaulted; a count of people killed, injured, abducted or arrested
  told with violence ("five farmers were killed", "28 bodies with bullet wounds"; not "an estimated 1,500
  people may have died" told with no violence, nor "they were badly beaten" in a match report); people attacked;
- a weapon in its literal sense: a weapon word (airstrike, shells, IED, grenade, ...) with a place, a count or a
  target in the sentence ("a bomb exploded at the market in X"; not "a shell company", "its deep mines");
- two sides fighting each other, named as actors or as groups of people ("drivers clashed", "a shoot-out between
  rival groups"): who they are decides the type, not whether there is an event;
- property destroyed at a place or of a target ("demolished a church in X");
- a mass grave found (ACLED's "Other").

An incident gives an event only when one of its frames carries evidence (coding.py); ``--explain`` shows the
kind of evidence of each frame.
"""

from __future__ import annotations

import re

from eventcoder.extract.counts import Count
from eventcoder.extract.cues import Cue
from eventcoder.extract.frames import Frame
from eventcoder.extract.roles import tells_only
from eventcoder.extract.rules import GRIEVANCE, MUTUAL
from eventcoder.extract.strategic import ARMED_GROUP, PEACE
from eventcoder.vocab import EventType, SubEventType

__all__ = ["ARMED_KINDS", "evidence", "people_on_people"]

ARMED_KINDS = frozenset({"state", "police", "rebel", "political_militia", "identity_militia"})
_CROWD_KINDS = ("protesters", "rioters")
_PICKET = re.compile(r"^picket\w*$", re.I)
_WEAPONS = (Cue.SUICIDE, Cue.CHEMICAL, Cue.AIR, Cue.SHELLING, Cue.REMOTE_EXPLOSIVE, Cue.GRENADE, Cue.RIOT)
# Protest words that sport, markets and everyday speech use as well: alone they are no crowd.
_AMBIGUOUS_PROTEST = re.compile(
    r"^(?:rall\w*|march\w*|picket\w*|vigils?|processions?|motorcade|torchlight|candlelight|banners?|placards|"
    r"chant\w*|denounc\w*|demand\w*|to demand|call(?:ed|ing) for|in support of|gathered\b.*|assembled|"
    r"commemorat\w*|(?:blocked|closed|cut off)\b.*|occupied\b.*)$",
    re.I,
)
_SIDES = re.compile(
    r"\b(?:groups?|gangs?|factions?|parties|rivals?|sides|cadres|members|supporters|villagers|residents|youths?|"
    r"students|communities|clans?|tribes?|herders|farmers|militias?)\b", re.I)
_AMBIGUOUS_RIOT = re.compile(r"^(?:stones|smashed|stormed \w+|barricad\w*|mobs?|fireworks at|set (?:\w+ ){0,2}alight)$",
                             re.I)
_CROWD_WORDS = re.compile(
    r"\b(?:protesters|demonstrators|marchers|rioters|crowds?|mobs?|residents|villagers|workers|students|youths?|"
    r"supporters|activists|farmers|traders|teachers|women|citizens|hundreds|thousands|dozens|people|union|unions|"
    r"members|locals|inhabitants|relatives|families|employees|pupils|drivers|doctors|nurses|lawyers|persons|parents|"
    r"mothers|fathers|pensioners|retirees|veterans|fishermen|miners|vendors|survivors)\b",
    re.I,
)
# Words of a count that say someone did it: a violent death, a wound, an abduction, an arrest, bodies found.
_VIOLENT_COUNT = re.compile(
    r"\b(?:killed|killing|kill|kills|slain|murdered|massacred|executed|shot|gunned|beheaded|lynched|stabbed|hacked|"
    r"to death|slaughtered|assassinated|strangled|wounded|wounding|injured|injuring|abducted|abducting|kidnapped|"
    r"kidnapping|taken hostage|arrested|arresting|detained|detaining|rounded up|bodies|corpses|lives|"
    r"left (?:[\w,-]+ ){0,4}(?:dead|wounded))\b",
    re.I,
)
# Words of a sentence that say violence happened (the cues of attacks and weapons say it too).
_VIOLENT_SENTENCE = re.compile(
    r"\b(?:killed|killing|slain|murder\w*|massacre\w*|executed|execution|shot|gunned|gunmen|gunfire|gunshots?|"
    r"bullets?|beheaded|lynched|stabbed|hacked|tortur\w*|mutilated|strangled|assassinat\w*|slaughter\w*|dumped|"
    r"abducted|kidnapped|attack\w*|clash\w*|fighting|violence|claimed (?:\w+ ){0,3}lives)\b",
    re.I,
)
_WEAK_HARM = re.compile(
    r"^(?:attack(?:ed|s|ing)?|targeted|struck|strikes?|hit|shot|shooting|storm(?:ed)?|beat(?:en|ing)?|raid\w*|"
    r"clash\w*|fight\w*|fought|battl\w*|engaged|offensive|combat)$", re.I)
_PERSON_BEFORE = re.compile(
    r"\b(?:(?i:he|she|they|him|his|her|who|man|woman|boy|girl|child|person|mayor|official|leader|spokes\w+|journalist|"
    r"reporter|teacher|chief|politician|activist|priest|pastor|imam|officer|soldier|policeman|commander|candidate|"
    r"lawyer|judge|doctor|student|farmer|trader|driver|wife|husband|son|daughter|father|mother|brother|sister|"
    r"executive|businessman|worker|resident|villager|member|councillor|councilor|governor|minister|elder|head(?= of)|"
    r"presenter|broadcaster|editor|host|singer|musician|artist|director|manager|owner|chairman|chairwoman|president|"
    r"secretary|coordinator|campaigner|defender|environmentalist|unionist|cleric|sheikh|bishop|nun|monk|deputy|"
    r"representative|envoy|diplomat|professor|lecturer|engineer|nurse|guard|headman|prosecutor)|"
    r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+)\b")
_BLOWN_UP = re.compile(r"^(?:(?:was|were|been|being) )?blown up$", re.I)
# A killing told after one person found dead ("was found dead ... after being murdered"): the death was violent.
_MURDER = re.compile(r"^(?:murdered|assassinated|strangled|stabbed(?: to death)?|shot dead|beaten to death|"
                     r"hacked to death)$", re.I)
_TAKEN = re.compile(r"^(?:abduct\w*|kidnap\w*|taken hostage|took hostage|held hostage|hostages?|seized \w+.*)$", re.I)
_HARM_CUES = (Cue.ATTACK, Cue.ABDUCTION, Cue.SEXUAL, Cue.CLASH)
# People harming people, the doer unnamed ("several men beat a man", "refugees attacked other refugees", "guards hit a
# woman's head"): a word of harm that sport uses too, between two people nouns, is violence (ACLED codes the
# perpetrators unidentified); a team or a player, named, is no people noun
_PEOPLE = (r"(?:m[ae]n|wom[ae]n|boys?|girls?|child(?:ren)?|people|persons?|individuals|refugees?|students?|workers?|"
           r"farmers?|residents?|villagers?|youths?|teenagers?|pupils?|traders?|drivers?|passengers?|prisoners?|"
           r"inmates?|detainees?|migrants?|civilians?|guards?|neighbou?rs?|relatives|assailants|attackers|herders?|"
           r"settlers?|worshippers?)")
_PEOPLE_SUBJECT = re.compile(r"\b" + _PEOPLE + r"\s+(?:(?:also|then|allegedly|reportedly|repeatedly|severely)\s+)?$",
                             re.I)
_PEOPLE_OBJECT = re.compile(
    r"\s+(?:(?:a|an|the|his|her|their|other|another|one|two|three|four|five|several|some|many|\d+)\s+)?"
    r"(?:[a-z][\w-]*\s+){0,2}?" + _PEOPLE + r"(?:'s?)?\b", re.I)
_WEAPON_WORD = re.compile(
    r"air ?strikes?|air-strikes?|air raids?|aerial|bombing raids?|warplanes?|war planes?|fighter jets?|gunships?|"
    r"drones?|UAVs?|barrel bombs?|\w+ strikes?|glide bombs?|guided bombs?|dropped|bombs?|shelling|shelled|mortar shells?|"
    r"artillery|mortars?|rockets?|missiles?|katyushas?|howitzers?|projectiles?|RPGs?|rocket-propelled|tank fire|"
    r"grad|cluster|IEDs?|improvised|roadside|landmines?|land mines?|mines?|car bombs?|vehicle-borne|VBIEDs?|"
    r"explosive|booby|sticky|magnetic|planted|remote-controlled|explosives?-laden|explosions?|blasts?|bombing|"
    r"detonated|exploded|grenades?|suicide|blew|self-detonat|chemical|chlorine|sarin|nerve agent|mustard|toxic|"
    r"molotov|petrol bombs?",
    re.I,
)
_ACCIDENTAL = re.compile(r"^(?:explosions?|blasts?|bomb(?:s|ing|ings)?|bombed|detonated|exploded|mines?|jets?|aircraft|"
                         r"helicopters?|drones?|shell(?:s|ed|ing)?|rockets?|missiles?|projectiles?)$", re.I)
_HAPPENED = re.compile(r"\b(?:occurred|took place|went off|exploded|rocked|hit|struck|damaged|targeted|detonated|"
                       r"landed|fell|heard)\b", re.I)
# Rounds of fire counted: "observed 16 projectiles", "99 shots/bursts of fire", "3 explosions".
_FIRED_COUNT = re.compile(r"\b\d[\d,]*\s+(?:shots|bursts|rounds|explosions|projectiles)\b", re.I)
_WEAK_WEAPON = re.compile(r"^(?:explosions?|blasts?|bombed|detonated|exploded|drones?|UAVs?|missiles?|\w+ strikes?)$",
                          re.I)


def evidence(f: Frame) -> str | None:
    """The kind of participant that makes the typed frame an event, or None when its trigger stands alone."""
    # a force that only tells or hears of an act ("police said", "said Police Captain X", "police received a call")
    # is no participant of it; of a crowd's riot or protest, the police who speak of it are its other side
    crowd = f.event_type in (EventType.PROTESTS, EventType.RIOTS)
    if any(a.kind in ARMED_KINDS and (crowd or not tells_only(f.text, a)) for a in f.actors) and (
            not _armed_group_marching(f)):
        return "armed actor"
    if f.event_type == EventType.STRATEGIC_DEVELOPMENTS and _armed_group_named(f):
        return "armed actor"  # "the militia set up a command centre": an armed group named by a common noun
    if f.event_type in (EventType.PROTESTS, EventType.RIOTS) and _crowd(f):
        return "crowd"
    if _parties_fight(f):
        return "parties"
    if _fired_count(f):
        return "weapon"  # "a total of 16 projectiles", "99 shots/bursts of fire": weapons fire counted
    if _weapon(f) and _strong_weapon(f):
        return "weapon"  # "a roadside bomb struck a minibus, killing 11": the weapon says who could have done it
    if _victims(f) or people_on_people(f):
        return "victims"
    if _weapon(f):
        return "weapon"
    if f.has(Cue.OTHER_SD):
        return "mass grave"
    if f.sub_event_type == SubEventType.AGREEMENT and PEACE.search(f.sentence_text):
        return "agreement"  # a ceasefire or a prisoner swap between parties the actor list does not know
    if _property(f):
        return "property"
    return None


def _armed_group_named(f: Frame) -> bool:
    """An armed group named by a common noun in the sentence, outside what it recalls of an earlier incident or a
    period ("schools were shut, where 40 have died in street battles with the police in recent days": the police
    are the period's, background.mark_recalled)."""
    base = f.sentence.start
    return any(not any(a <= base + m.start() < b for a, b in f.recalled) for m in ARMED_GROUP.finditer(f.sentence_text))


def _armed_group_marching(f: Frame) -> bool:
    """A protest whose only armed party is a rebel or militia group ("fighters marched into the city"): armed groups
    do not demonstrate, so they are no crowd of a protest (police and soldiers are, as the side that intervenes)."""
    armed = [a for a in f.actors if a.kind in ARMED_KINDS]
    return f.event_type == EventType.PROTESTS and all(a.kind not in ("state", "police") for a in armed)


def _weapon(f: Frame) -> bool:
    """A weapon word with a place, a count or a target; an explosion or a blast (words markets and sport use
    too) only with people harmed or targeted; any weapon that is intercepted or shot down."""
    weapons = [c for cls in _WEAPONS for c in f.cues.get(cls, ()) if _WEAPON_WORD.match(c.text)]
    if not weapons:
        return False
    if any(c.counted for c in f.counts) or f.targets or f.has(Cue.DISRUPTED):
        return True
    return bool(f.places) and (any(not _WEAK_WEAPON.match(c.text) for c in weapons)
                               or bool(_HAPPENED.search(f.sentence_text)))


def _fired_count(f: Frame) -> bool:
    """Rounds of weapons fire counted in a sentence of fighting or of weapons: munitions used, not a word."""
    return bool(_FIRED_COUNT.search(f.sentence_text)) and any(f.has(cls) for cls in (Cue.CLASH, *_WEAPONS))


def _strong_weapon(f: Frame) -> bool:
    """A weapon word no market or accident uses: a roadside bomb, a grenade, shells (not "an explosion")."""
    return any(_WEAPON_WORD.match(c.text) and not _WEAK_WEAPON.match(c.text) and not _ACCIDENTAL.match(c.text)
               for cls in _WEAPONS if cls != Cue.RIOT for c in f.cues.get(cls, ()))


def _crowd(f: Frame) -> bool:
    """Protesters or rioters named, people in numbers, or a protest word that sport and markets do not use (an
    ambiguous one, "rallied", "gathered", with what the crowd demands)."""
    text = f.sentence_text
    if any(a.kind in _CROWD_KINDS for a in f.actors) or _CROWD_WORDS.search(text):
        return True
    protest = f.cues.get(Cue.PROTEST, [])
    if any(not _AMBIGUOUS_PROTEST.match(c.text) or GRIEVANCE.search(text) for c in protest):
        return True
    if any(_PICKET.match(c.text) and any(0 < c.start - a.end <= 2 for a in (*f.actors, *f.targets)) for c in protest):
        return True  # "candidates picketed the office": people named as the picket's subject
    if len({c.text.lower() for c in protest}) >= 2 and f.places:
        return True  # "gathered for a march through X": two protest words and a place
    return any(not _AMBIGUOUS_RIOT.match(c.text) for c in f.cues.get(Cue.RIOT, ()))


def _parties_fight(f: Frame) -> bool:
    """Two sides fighting each other: "drivers clashed with slingshots", "a shoot-out between rival groups"."""
    if not any(MUTUAL.match(c.text) for c in f.cues.get(Cue.CLASH, ())):
        return False
    return bool(f.actors) or bool(_SIDES.search(f.sentence_text))


def _property(f: Frame) -> bool:
    """Property destroyed at a place: "demolished a church in X", "torched houses"."""
    return f.has(Cue.LOOTING) and bool(f.places or f.targets)


def _victims(f: Frame) -> bool:
    """People abducted or violated; a count of people harmed or arrested, told with violence; people attacked."""
    if f.has(Cue.SEXUAL) or any(_TAKEN.match(c.text) for c in f.cues.get(Cue.ABDUCTION, ())):
        return True
    text, violent = f.text, None
    for c in f.counts:
        if not c.counted or c.role not in ("killed", "injured", "abducted", "arrested"):
            continue
        near = (max(f.sentence.start, c.start - 30), min(f.sentence.end, c.end + 15))  # "killing 6", "6 lives"
        if not (c.victims or _VIOLENT_COUNT.search(text, *near) or _murdered_after(f, c)):
            continue  # "they had been badly beaten": no one named as harmed
        if c.victims is None and c.value == 1 and not _PERSON_BEFORE.search(text, f.sentence.start, c.start + 1):
            continue  # "the copy protection was hacked": one victim needs a person

        if c.role in ("abducted", "arrested"):
            return True  # "17 suspects were arrested": people taken by someone
        if violent is None:
            violent = bool(_VIOLENT_SENTENCE.search(f.sentence_text)) or any(
                f.has(cls) for cls in (*_HARM_CUES, *_WEAPONS))
        if violent:
            return True
    # people attacked: a harm word that is not one sport, music and markets use too ("beat", "hit", "shot"), or
    # a person blown up ("an imam was blown up in his car": the explosive's target is a person, not a thing)
    if not any(t.kind == "civilians" for t in f.targets):
        return False
    return any(not _WEAK_HARM.match(c.text) and not _PERCEIVED.search(text, max(f.sentence.start, c.start - 30), c.start)
               for cls in _HARM_CUES for c in f.cues.get(cls, ())) or any(
        _BLOWN_UP.match(c.text) for c in f.cues.get(Cue.REMOTE_EXPLOSIVE, ()))


# "residents said they heard gunfire", "witnesses reported hearing shooting": people who perceive the violence tell
# it; they are not the ones it harmed
_PERCEIVED = re.compile(r"\b(?:heard|hear|hearing|saw|see|seeing|witnessed|reported\s+hearing)\s+(?:[\w-]+\s+){0,3}$",
                        re.I)


def people_on_people(f: Frame) -> bool:
    """A word of harm with people as its subject and people as its object ("several men beat a man")."""
    return any(c.start > f.sentence.start and _PEOPLE_SUBJECT.search(f.text, max(f.sentence.start, c.start - 40), c.start)
               and _PEOPLE_OBJECT.match(f.text, c.end, f.sentence.end) for c in f.cues.get(Cue.ATTACK, ()))


def _murdered_after(f: Frame, c: Count) -> bool:
    """One person killed ("was found dead") and a word of murder later in the sentence ("after being murdered")."""
    return c.value == 1 and c.role == "killed" and any(
        m.start >= c.end and _MURDER.match(m.text) for m in f.cues.get(Cue.ATTACK, ()))
