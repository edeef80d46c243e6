"""What ACLED does not code, each with its reason: the REJECTIONS table of the typing rules.

Exercises and films, sport, disasters and accidents (an industrial or accidental explosion included), ordinary
crime with no political or armed-group dimension, courts, commemorations, plans and threats, and claims of
responsibility for an attack told before (the claim is no new event). Diplomacy without an agreement never
types: talks and summits have no trigger of their own, and an agreement needs the words of peace
(strategic.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from eventcoder.extract.actors import NON_STATE_KINDS, PASTORALISTS, ActorMention
from eventcoder.extract.cues import Cue, CueMatch
from eventcoder.extract.facts import Facts
from eventcoder.extract.frames import TRIGGER_CLASSES, Frame
from eventcoder.extract.prefilter import may_hold
from eventcoder.extract.roles import tells_only

__all__ = ["REJECTIONS", "disaster_words_of_violence", "kills_public_person"]

_UNREAL_ANYWHERE = re.compile(
    r"^(?:(?:are|is|were|was) (?:\w+ )?\w+ to|(?:is|are) to \w+|planned for|"
    r"to be \w+(?: out)?|whether|"
    r"incit\w+)$", re.I)
# A cancellation makes no event only of what it cancels: "called off the march", "the rally was postponed"; a court
# that "cancelled his bail" cancels no protest.
_CANCELLED = re.compile(r"^(?:called off|cancell?ed|postponed)$", re.I)
# "cancelled the planned general strike": a trigger that starts within the four words after it
_OBJECT_WORDS = re.compile(r"(?:\s+\S+){1,4}")
_CANCELLED_SUBJECT = re.compile(r"\b(?:was|were|been|be|is|are)\s+(?:\w+\s+)?$", re.I)
_CANCELLED_SUBJECT_CHARS = 60
_STORY = re.compile(r"^(?:documentar\w+|films?|movies?|premiered?|novel|memoir|podcast|video games?)$", re.I)
_ARMED_TARGETS = ("state", "police", "rebel", "political_militia", "identity_militia")
_SINGLE = re.compile(r"\b(?:gunman|attacker|assailant|shooter|suspect|man|robber|bandit|militant|sniper)$", re.I)
# An announcement of a change is the event, even when it speaks of what will no longer happen.
_ANNOUNCED = re.compile(r"\b(?:announced|declared|decreed|ordered|decided|said (?:it|they) would|pledged)\b", re.I)
# What blew up by accident: a plant, a store of chemicals, a boiler, a tanker, a mine's gas.
_ACCIDENT_SOURCE = re.compile(
    r"\b(?:boilers?|boiler room|factory|factories|plant|refinery|warehouse|depot|fireworks?|firecrackers?|gunpowder|"
    r"ammonium nitrate|chemicals? (?:stored|plant|factory|warehouse)|improperly stored|stored there|"
    r"firedamp|methane|coal mine|mine shaft|gas (?:cylinder|tank|station|pipeline|leak|explosion)|cylinder|"
    r"tanker|fuel truck|petrol station|filling station|pipeline|reactor|furnace|kiln|transformer|"
    r"technical (?:failure|fault|malfunction)|short circuit|accident\w*|ruled out (?:an )?(?:attack|sabotage|foul play)|"
    r"industrial|workshop)\b",
    re.I,
)
# Weapons that no plant or store explains: a planted bomb, a device, a suicide attacker.
_WEAPON_MADE = re.compile(
    r"\b(?:IEDs?|improvised|roadside|bombs?|bomb(?:er|ing)s?|planted|device|suicide|bomber|attack(?:er|ers)?\b(?<!ruled out an attack)|"
    r"militants?|gunmen|insurgents?|terror\w*|sabotage[d]?|drone|missile|rocket|shell(?:s|ing)?|grenade|"
    r"(?:laden|packed|rigged|loaded|fitted) with explosives|explosives?-(?:laden|packed|rigged)|remote[- ]control\w*)\b",
    re.I,
)
# The police who only speak of it ("police said", "police ruled out an attack") take no part in it.
_SPEAKS = re.compile(r"\s+(?:\w+\s+)?(?:said|say|says|ruled out|confirmed|reported|told|added|believed?|suspected)\b", re.I)
_HEADING_WORDS = 8
# Violence done to a person in someone's hands: torture, beating, whipping.
# A killing of a person of public life is political violence, whatever crime the sentence also names ("the
# publisher ... has been slain after writing about a drug factory", "the dissident was assassinated months after he
# was sentenced"); a gang's or cartel's leader is not a person of public life.
_ASSASSINATION = re.compile(r"^assassinat", re.I)
_PUBLIC_PERSON = re.compile(
    r"\b(?:journalists?|reporters?|publishers?|editors?|broadcasters?|activists?|dissidents?|candidates?|mayors?|"
    r"politicians?|lawmakers?|councill?ors?|environmentalists?|human rights (?:defenders?|workers?|lawyers?)|"
    r"(?:indigenous|community|social|union|opposition|religious|party|civic|tribal|village) leaders?|"
    r"village chiefs?|priests?|pastors?|imams?|(?:head|director|owner|founder|editor) of (?:a |an |the )?(?:[\w-]+ ){0,2}"
    r"(?:news\w*|website|radio(?: station)?|television(?: station)?|TV(?: station)?|magazine|media outlet))\b"
    r"(?![^.;]{0,40}\b(?:gang|cartel|mafia)\b)"
    r"(?!\s+(?:[\w-]+\s+){0,3}(?:said|says|told|stated|announced)\b)", re.I)
_PUBLIC_PERSON_CHARS = 120
# Disaster words that violence can be the cause or the setting of (rejections._violence_in_disaster_words).
_CROWD_CRUSH = re.compile(r"^(?:stampedes?|crush|crowd crush)$", re.I)
_FORCE_CUES = (Cue.INTERVENTION, Cue.REMOTE_EXPLOSIVE, Cue.GRENADE, Cue.CLASH, Cue.SHELLING)
_DRIVING = re.compile(r"^(?:drought|famine)$", re.I)
_RAIDING = re.compile(r"\b(?:rustl\w+|(?:cattle |livestock )?raid(?:s|ed|ing)?|attack(?:s|ed)?|clash\w*|fighting|"
                      r"revenge|reprisals?)\b", re.I)
_COMMUNITY = (rf"(?:{PASTORALISTS}|farmers|clansmen|tribesmen|villagers|communit(?:y|ies)|"
              rf"(?:[A-Z][a-z]+ ){{1,2}}(?:{PASTORALISTS}|clansmen|tribesmen|villagers|militiamen))")
_COMMUNAL_ATTACK = re.compile(
    rf"\b{_COMMUNITY}\s+(?:[\w-]+\s+){{0,2}}?(?:attacked|raided|ambushed|stormed|killed)\s+(?:[\w-]+\s+){{0,3}}?"
    rf"{_COMMUNITY}\b")
_ABUSE = re.compile(r"^(?:tortur\w*|beat\w*|whipped|flogged|lynch\w*|assault\w*)", re.I)
# A crowd as the one who acts: "beaten and bound by a group of villagers", "several men ... beat a man".
_MOB = re.compile(r"\b(?:by (?:a )?(?:group of (?:people|residents|villagers|locals|men)|mob|crowd|residents|villagers|"
                  r"locals)|(?:mob|crowd|several men|villagers|residents|locals|youths|group of (?:people|men|residents|villagers))\b"
                  r"[^.;]{0,40}?\b"
                  r"(?:beat|beaten|lynched|attacked|assaulted|tied))\b", re.I)
_SENTENCE_END = re.compile(r"[.!?\"'\u201d\u2019)\]\u2026:;,]$")
_EXPLODED = re.compile(r"\b(?:explo\w+|blasts?|blew up|detonat\w+)\b", re.I)
_EXPLODED_WORDS = ("explo", "blast", "blew up", "detonat")  # one is in every match (prefilter.may_hold)
# A claim of responsibility: a group says it did something (the attack is told before, or in the same words).
_CLAIM = re.compile(r"\bclaim(?:ed|s|ing)? (?:responsibility|credit|the|last|an|a|it|that|its|this)\b", re.I)
# The claimed attack lies before the report's news: last week, earlier, a named earlier day.
_EARLIER = re.compile(
    r"\b(?:last (?:week|month|year|weekend|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"(?:last|previous|past) (?:week|month)'s|earlier (?:this|last) (?:week|month|year)|an earlier|the earlier|"
    r"reported (?:last|earlier)|days? earlier|weeks? (?:ago|earlier)|months? ago|"
    r"last (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|week|month)'s)\b",
    re.I,
)


def _heading(x: Facts) -> bool:
    # A page's subheading, a teaser of another story or a line of tags ("Plague of rape", "Fighters killed in X",
    # "#Attack #army"): a short line of its own with no sentence's end, after the lead. The paragraphs under it
    # tell the news; the line adds nothing, or tells another story of the page.
    f = x.f
    if f.part != "body" or f.index == 0:
        return False
    line = f.sentence_text.strip()
    if not line or len(line.split()) > _HEADING_WORDS or _SENTENCE_END.search(line):
        return False
    before = f.text[max(0, f.sentence.start - 3) : f.sentence.start]
    after = f.text[f.sentence.start + len(f.sentence_text.rstrip(" \t")) :][:2]
    return (not before.strip(" \t") or before.rstrip(" \t").endswith("\n")) and (not after or after.startswith("\n"))


def _non_event(x: Facts) -> bool:
    # An exercise, a film, a book or an exhibition; the dead of a film's or a book's story are no news either,
    # unless the sentence dates an event to a day ("a bomb hit a cinema on Monday").
    f = x.f
    if not f.has(Cue.NON_EVENT) or x.protest or f.has(Cue.LOOTING):
        return False
    story = any(_STORY.match(c.text) for c in f.cues.get(Cue.NON_EVENT, ()))
    return not x.harmed or (story and not any(d.precision == 1 for d in f.dates))


# Fans or supporters as the subject of a verb of protest: a demonstration about their club is a protest (ACLED
# codes it), not the sport it is about ("supporters of the club blocked a roundabout over the ban on spectators");
# fans gathered "to demand" a coach's sacking is the sport's own news.
_FAN_PROTEST = re.compile(
    r"\b(?:fans|supporters|ultras)\b(?:\s+[\w.'()-]+){0,6}?\s+(?:protested|demonstrated|rallied|marched|picketed"
    r"|blocked|(?:staged|held) (?:a |an )?(?:protest|demonstration|sit-in|rally|march)"
    r"|gathered (?:[\w.'()-]+ ){0,16}?to (?:protest|denounce|condemn))\b", re.I)


def _sport(x: Facts) -> bool:
    return x.sporty and not x.armed_actor and not x.killed and not (
        x.protest and _FAN_PROTEST.search(x.f.sentence_text))


def _parties(f: Frame) -> list[ActorMention]:
    """The actors who take part (perpetrators and targets), not the police or officials who only report it."""
    return [*f.agents, *f.targets]


def _disaster(x: Facts) -> bool:
    # Deaths in floods, crashes or matches are not political violence; soldiers or police acting in a drought are
    # still acting (police who only report the crash are not).
    armed = any(a.kind in _ARMED_TARGETS for a in _parties(x.f))
    return (not x.protest and (x.f.has(Cue.DISASTER) or x.sporty) and not x.conflict and not x.armed_actor
            and not armed and not _violence_in_disaster_words(x))


def _violence_in_disaster_words(x: Facts) -> bool:
    """The disaster word is the work or the setting of violence: a stampede set off by tear gas, shots or a blast
    ("killed in a stampede when a tear gas canister went off"), or people killed where a drought drives raids ("13
    killed in the county, where drought has increased cattle rustling"): a drought kills no counted toll on a day."""
    return disaster_words_of_violence(x.f)


def disaster_words_of_violence(f: Frame) -> bool:
    """The sentence's disaster words are all the work or the setting of violence (_violence_in_disaster_words)."""
    words = [c.text for c in f.cues.get(Cue.DISASTER, ())]
    if not words:
        return False
    if all(_CROWD_CRUSH.match(w) for w in words) and any(f.has(c) for c in _FORCE_CUES):
        return True
    return bool(f.killed()) and all(_DRIVING.match(w) for w in words) and bool(_RAIDING.search(f.sentence_text))


def _communal_attack(f: Frame) -> bool:
    """One community's people attacking another's ("herders attacked herders of another clan, killing two and
    stealing cattle"): communal violence (ACLED's identity militias), whatever they took."""
    return bool(f.killed()) and bool(_COMMUNAL_ATTACK.search(f.sentence_text))


def _accident(x: Facts) -> bool:
    # An explosion at a plant, a depot, a mine or a tanker, with no weapon and no armed party named: an accident
    # (ACLED codes no industrial or accidental explosion), even when people were killed or had gathered.
    f = x.f
    if x.protest or not may_hold(f.text, _EXPLODED_WORDS, f.sentence.start, f.sentence.end) or not _EXPLODED.search(
            f.sentence_text) or not _ACCIDENT_SOURCE.search(f.sentence_text):
        return False
    armed = any(a.kind in _ARMED_TARGETS and not _SPEAKS.match(f.text, a.end) for a in _parties(f))
    weapon = any(f.has(c) for c in (Cue.SUICIDE, Cue.AIR, Cue.SHELLING, Cue.GRENADE, Cue.CHEMICAL, Cue.CLASH))
    return not armed and not weapon and not _WEAPON_MADE.search(f.sentence_text)


# A vehicle's crash, overturning or a building's collapse whose clause holds the deaths: "an air force cargo plane
# came down on take-off, killing its crew", "four guards died when their police van rolled over and overturned". An accident, whoever owned the vehicle (ACLED codes no accident); a weapon or a fire that brought it
# down, told in the sentence or the next, is an event (a drone or a missile that "crashed into" a house struck it).
_CRASH = re.compile(r"^(?:crash(?:ed|es)?|overturned|capsized|derailed|collapsed|plunged|veered|skidded|collid\w+|"
                    r"collisions?|(?:[\w-]+ )?(?:accidents?|crash(?:es)?|collisions?)|building collapse)$", re.I)
_DEATH_WORD = re.compile(r"^(?:kill(?:ed|ing|s)?|died|dead)$", re.I)
_CRAFT = re.compile(r"^(?:aircraft|helicopters?|jets?|fighter jets?|warplanes?|war planes?|air ?force)$", re.I)
_BROUGHT_DOWN = re.compile(
    r"\b(?:shot down|shooting down|downed|brought down|hit by|struck by|c(?:ame|omes) under|under fire|gunfire|"
    r"fired|missiles?|rockets?|anti-aircraft|sabotage\w*|attack(?:ed|s|ers?)?|ambush\w*|drones?|UAVs?|rammed|"
    r"ramming|deliberately|intentionally|militants?|insurgents?|rebels?|gunmen)\b", re.I)
_NEXT_CHARS = 250


def _crash(x: Facts) -> bool:
    """The sentence's only acts are the deaths and the aircraft that crashed: "a navy helicopter went down in fog
    and crashed, killing two pilots" (an accident; its owner is no perpetrator)."""
    f = x.f
    if x.protest or not any(_CRASH.match(c.text) for c in f.cues.get(Cue.DISASTER, ())):
        return False
    for cls in TRIGGER_CLASSES:
        for t in f.cues.get(cls, ()):
            if not ((cls == Cue.ATTACK and _DEATH_WORD.match(t.text)) or (cls == Cue.AIR and _CRAFT.match(t.text))):
                return False
    end = min(len(f.text), f.sentence.end + _NEXT_CHARS)
    return not _BROUGHT_DOWN.search(f.text, f.sentence.start, end)


# An animal as the doer of the killing: "a leopard killed a goatherd", "a boy was killed by an alligator", "a
# man mauled to death by a bear". No political violence, whoever the victims are (animals as the victims are
# non_literal in the lexicon).
# (the animal in lower case: "the Tamil Tigers", "Tiger Force" name armed groups; an animal kills or attacks, it does not
# ambush or shoot)
_ANIMALS = (r"(?-i:tigers?|tigress|lions?|lioness(?:es)?|leopards?|cheetahs?|crocodiles?|alligators?|elephants?|hippos?|"
            r"hippopotamus(?:es)?|bears?|wolf|wolves|snakes?|cobras?|pythons?|vipers?|sharks?|jaguars?|pumas?|cougars?|"
            r"buffalo(?:es)?|rhinos?|hyenas?|dogs?|hounds?|boars?|bees|wasps|hornets|jellyfish|bulls?|wild animals?|"
            r"animals?|beasts?)")
_ANIMAL_BEFORE = re.compile(rf"\b{_ANIMALS}\s+(?:(?:had|has|have|reportedly|allegedly|also|then|that|which|who)\s+)*$", re.I)
_BY_ANIMAL = re.compile(rf"(?:\s+[\w-]+){{0,4}}?\s+by\s+(?:(?:an?|the|two|three|several|a (?:herd|pack|swarm) of)\s+)?"
                        rf"(?:[\w-]+\s+)?{_ANIMALS}\b", re.I)
_ANIMAL_ACT = re.compile(rf"\b(?:mauled|trampled|gored|savaged|devoured|{_ANIMALS}[- ]attacks?|snake ?bites?)\b", re.I)
_ANIMAL_VERB = re.compile(r"^(?:kill(?:ed|ing|s)?|attack(?:ed|s|ing)?|dragged\b.*)$", re.I)
_ANIMAL_WORDS = ("tig", "lion", "leopard", "cheetah", "croco", "alligator", "elephant", "hippo", "bear", "wol",
                 "snake", "cobra", "python", "viper", "shark", "jaguar", "puma", "cougar", "buffalo", "rhino", "hyena",
                 "dog", "hound", "boar", "bee", "wasp", "hornet", "jellyfish", "bull", "animal", "beast", "maul", "trampl",
                 "gore", "savag", "devour")


def _animal_killer(x: Facts) -> bool:
    """Every act of the sentence is an animal's: killed or attacked by it, or mauled, trampled or gored, and no
    armed party acts."""
    f = x.f
    if x.protest or not may_hold(f.text, _ANIMAL_WORDS, f.sentence.start, f.sentence.end):
        return False
    if any(f.has(c) for c in TRIGGER_CLASSES if c != Cue.ATTACK) or any(a.kind in _ARMED_TARGETS for a in f.agents):
        return False
    acts = f.cues.get(Cue.ATTACK, ())
    if not acts:
        return x.harmed and bool(_ANIMAL_ACT.search(f.sentence_text))
    if not all(_ANIMAL_VERB.match(c.text) for c in acts):
        return False
    return all(_ANIMAL_BEFORE.search(f.text, max(f.sentence.start, c.start - 40), c.start)
               or _BY_ANIMAL.match(f.text, c.end, f.sentence.end) or _ANIMAL_ACT.search(f.sentence_text)
               for c in acts)


# A security alert: a suspicious object (not an explosive told as such) that the police or the army examine or blow
# up in a controlled explosion; no event unless it proved a real explosive (then disrupted weapons use).
_ALERT = re.compile(
    r"\b(?:suspicious|suspect|unattended|abandoned)\s+(?:[\w-]+\s+)?(?:packages?|parcels?|bags?|objects?|items?|"
    r"devices?|vehicles?|cars?|vans?|trucks?|boxe?s?|suitcases?|holdalls?|rucksacks?|backpacks?|containers?|luggage|"
    r"envelopes?|letters?|cylinders?|canisters?|drums?)\b|\bsecurity alerts?\b|\bbomb (?:scares?|threats?)\b",
    re.I)
# ... that proved harmless (a hoax, a false alarm, nothing dangerous found, only clothes inside) ...
_HARMLESS = re.compile(
    r"\b(?:hoax(?:es)?|false alarms?|harmless|(?:not|no longer) (?:viable|dangerous|a threat|an? (?:real|viable|live) "
    r"\w+)|no (?:explosives?|explosive devices?|(?:viable|real|live) (?:device|bomb)s?) (?:was|were|had been|has been|have been) found|nothing "
    r"(?:suspicious|dangerous|untoward|explosive|inside)|(?:declared|deemed|found to be) (?:safe|harmless)|all[- ]clear|"
    r"(?:contained|held|had) (?:only|nothing|no)|(?:was|were) empty|"
    r"turned out to be (?:a |an )?(?:hoax|fake|replica|empty|harmless|rubbish|litter))\b", re.I)
# ... or only blown up as a precaution, with no word that it held explosives.
_CONTROLLED = re.compile(r"\bcontrolled (?:explosions?|detonations?)\b", re.I)
_REAL_DEVICE = re.compile(r"\b(?:viable|live|IEDs?|improvised|pipe bombs?|explosives?|landmines?|mines?|grenades?|"
                          r"detonators?)\b", re.I)
# A relic of an old war or a replica made safe: no weapon of today's conflict was used or stopped
_RELIC = re.compile(
    r"\b(?:(?:First|Second) World War|World War (?:I|II|One|Two|1|2)|WWI{1,2}|WW[12]|wartime (?:bombs?|shells?|"
    r"grenades?|mines?|ordnance|munitions?)|war-era|replicas?|dummy|inert|imitation)\b")
_ALERT_AFTER = 400  # characters after the sentence where the report tells how the alert ended
_ALERT_BEFORE = 300  # ... and before it, where it tells the object found ("police found a suspicious bag ...")
_WEAPON_CUES = (Cue.REMOTE_EXPLOSIVE, Cue.GRENADE, Cue.DISRUPTED, Cue.SHELLING)


def _false_alarm(x: Facts) -> bool:
    # "Police found a suspicious bag. Officers destroyed it in a controlled explosion; it was a hoax": a security
    # alert, no explosive event (the controlled explosion is a precaution, not an attack nor a weapon disrupted);
    # a grenade or a bomb of the Second World War, or a replica, made safe is none either.
    f = x.f
    if x.harmed or x.killed or not any(f.has(c) for c in _WEAPON_CUES):
        return False
    start, end = max(0, f.sentence.start - _ALERT_BEFORE), min(len(f.text), f.sentence.end + _ALERT_AFTER)
    if _RELIC.search(f.text, start, end):
        return True
    if not _ALERT.search(f.text, start, f.sentence.end):
        return False
    if _HARMLESS.search(f.text, start, end):
        return True
    rest = _ALERT.sub(" ", f.sentence_text)
    return bool(_CONTROLLED.search(rest)) and not _REAL_DEVICE.search(rest)


# The next sentence tells the weapon shot down ("Russia launched a missile at X. Air defences shot it down"): the
# interception is the event (disrupted weapons use), not a second one, the strike it stopped
# (the interceptor named as a force, so the interception stands as an event of its own)
_SHOT_DOWN_NEXT = re.compile(
    r"[^.;]{0,60}?\b(?:(?:forces|army|military|troops|navy|air force|soldiers)\b[^.;]{0,40}?\b(?:(?:shot|shooting|brought|"
    r"bringing) (?:it|them|all of them|both) down|intercepted (?:it|them))|"
    # ... or in the passive: "The rocket was intercepted by the air defence system"
    r"(?:the|both|all)\s+(?:[\w-]+\s+)?(?:rockets?|missiles?|projectiles?|drones?)\s+(?:was|were)\s+(?:later\s+|quickly\s+)?"
    r"(?:intercepted|shot down|downed))\b", re.I)
_LAUNCHED = re.compile(r"^(?:missiles?|ballistic missiles?|cruise missiles?|rockets?|projectiles?|drones?|UAVs?)$", re.I)


def _shot_down_next(x: Facts) -> bool:
    f = x.f
    if x.harmed or x.killed or f.has(Cue.DISRUPTED):
        return False
    weapons = [*f.cues.get(Cue.SHELLING, ()), *f.cues.get(Cue.AIR, ())]
    if not weapons or not all(_LAUNCHED.match(c.text) for c in weapons):
        return False
    end = min(len(f.text), f.sentence.end + 200)
    down = _SHOT_DOWN_NEXT.match(f.text, f.sentence.end, end)
    if down is None:
        return False
    # only some of them stopped, or what was stopped still hit: the strike is the event ("most of the missiles were
    # shot down", "... intercepted, but the debris hit a depot")
    stop = f.text.find(".", down.end(), end)
    return not _PARTLY_STOPPED.search(f.text, f.sentence.end, stop if stop >= 0 else end)


# "Russia launched 30 drones at Ukraine overnight", "attacked the country with 23 drones and a missile": a night's
# launches counted against a whole country
_LAUNCH_COUNT = re.compile(
    r"\b(?:launched|fired|sent|attacked\s+[^.;]{0,40}?\bwith)\s+(?:a\s+total\s+of\s+|at\s+least\s+|some\s+|about\s+|"
    r"around\s+|nearly\s+|more\s+than\s+|over\s+)?\d+\s+(?:[\w-]+\s+){0,3}?(?:drones?|missiles?|rockets?|UAVs?)\b", re.I)


# ... a site aimed at ("at the airbase of X", "on a fuel depot"): a strike at a place, whether or not it is known
_SITE_HIT = re.compile(
    r"\b(?:at|on|against|into)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:air ?bases?|bases?|airports?|airfields?|"
    r"cit(?:y|ies)|towns?|villages?|ports?|plants?|facilit(?:y|ies)|depots?|headquarters|positions?|barracks)\b", re.I)
_THE_COUNTRY = re.compile(r"\bthe country\b", re.I)


def _launch_tally(x: Facts) -> bool:
    """A count of drones or missiles launched at a country, with no one harmed and no place below the country told in
    the sentence: the tally of a night's attack, not a strike of its own (ACLED codes each hit where it landed and
    each interception apart; the sentences that tell them give those events)."""
    f = x.f
    if x.harmed or x.killed or not _LAUNCH_COUNT.search(f.sentence_text) or _SITE_HIT.search(f.sentence_text):
        return False
    countries = [p for p in f.places if p.feature == "country"]
    return (bool(countries) or _THE_COUNTRY.search(f.sentence_text) is not None) and all(
        p.feature in ("country", "region") for p in f.places)


_PARTLY_STOPPED = re.compile(r"\b(?:(?:most|some|several|many|part|\d+|one|two|three|four|five)\s+of\s+the|but|however|"
                             r"remnants|debris|fragments|wreckage)\b", re.I)


# A prisoner told as the doer ("stabbed by another prisoner", "inmates attacked a fellow inmate"); torture or abuse
# in custody is the guards' (a state's) violence, never this
_BY_PRISONER = re.compile(r"\bby (?:an?other|a fellow|fellow|other|two|three|several|a group of) (?:[\w-]+ )?(?:prisoners?|"
                          r"inmates?|detainees?|convicts?)\b|\b(?:prisoners?|inmates?|convicts?) (?:attacked|stabbed|killed|"
                          r"beat|assaulted|murdered)\b", re.I)
_CUSTODY_ABUSE = re.compile(r"\b(?:tortur\w*|guards?|wardens?|custod\w*|officers?|police|soldiers|abuse\w*)\b", re.I)


def _among_prisoners(x: Facts) -> bool:
    # "An inmate was stabbed by another prisoner at a jail": violence among prisoners is ordinary crime; prisoners are
    # civilians for ACLED when a state or an armed group harms them (no such party is named here), and a prison riot
    # is the crowd's (riot cues, not this)
    f = x.f
    if x.protest or x.killed or f.has(Cue.RIOT) or f.has(Cue.AGREEMENT) or not any(
            a.group == "Prisoners" for a in f.actors):
        return False  # (prisoners swapped or released are an agreement's; prisoners killed in a fight, a revolt, an
        # execution are counted as violence)
    if any(a.kind != "civilians" for a in f.actors) or _CUSTODY_ABUSE.search(f.sentence_text):
        return False
    return bool(_BY_PRISONER.search(f.sentence_text))


def _crime(x: Facts) -> bool:
    # Gunmen, militants or bandits who kill are political violence for ACLED, not ordinary crime; a lone gunman
    # robbing a shop, or a state's police arresting a thief, are not; soldiers who loot are (looting). Police or
    # guards who torture or beat someone in their hands, and a crowd that beats a suspected thief, are violence
    # whatever the crime the victim is suspected of.
    f = x.f
    if x.protest or not f.has(Cue.CRIME) or ((x.conflict or x.armed_actor) and not _lone_offender(x)):
        return False  # the parties, looting and abuse are read only for a crime told with no conflict word
    armed_group = any(a.kind in NON_STATE_KINDS and not _SINGLE.search(a.surface) for a in _parties(f))
    looting_force = f.has(Cue.LOOTING) and any(a.kind in _ARMED_TARGETS for a in f.agents)
    abuse = any(_ABUSE.match(c.text) for c in f.cues.get(Cue.ATTACK, ())) and (
        any(a.kind in ("state", "police") for a in f.agents) or bool(_MOB.search(f.sentence_text)))
    return (not armed_group and not looting_force and not abuse and not _public_killing(x)
            and not _communal_attack(f))


# The police's work against ordinary crime: a drugs raid, a seizure of stolen goods, the smugglers or thieves they
# arrest. ACLED codes arrests by the state only in a political or armed setting (a protest, the opposition, an armed
# group); no one harmed, no such party named and no political word, it codes none.
_CRIME_GOODS = re.compile(r"^(?:drugs?|narcotics|cocaine|heroin|methamphetamine|cannabis|smuggl\w+|poach\w+|"
                          r"theft|thefts|thieves|steal\w*|stole|stolen|robbery|robbers|armed robbers|burglar\w*|"
                          r"fraud|counterfeit\w*|scam\w*|carjack\w*|shoplift\w*|pickpocket\w*|embezzle\w*)$", re.I)
_POLICING_ACTS = re.compile(r"^(?:raid(?:ed|s|ing)?|seized|seizes|arrest\w*|detain\w*|apprehended|rounded up|"
                            r"taken into custody|custody|captured\b.*|held\b.*|.*\bheld\b.*)$", re.I)
_POLITICAL_SETTING = re.compile(
    r"\b(?:protest\w*|demonstrat\w*|rall(?:y|ies)|opposition|activists?|journalists?|dissidents?|militants?|rebels?|"
    r"insurgents?|terror\w*|jihadists?|extremists?|cartels?|gangs?|militias?|armed groups?|politic\w+|party|"
    r"election\w*|crackdown|students|strikers)\b", re.I)


def _policing(x: Facts) -> bool:
    """ "Police seized two tonnes of cocaine in a raid on a warehouse and arrested three men": the state's forces
    acting against ordinary crime, with no one harmed and no political or armed party or setting named."""
    f = x.f
    if x.protest or x.harmed or not any(_CRIME_GOODS.match(c.text) for c in f.cues.get(Cue.CRIME, ())):
        return False
    if not f.agents or any(a.kind not in ("state", "police") for a in f.agents) or any(
            t.kind not in ("civilians",) for t in f.targets):
        return False
    triggers = [t for cls in TRIGGER_CLASSES for t in f.cues.get(cls, ())]
    return all(_POLICING_ACTS.match(t.text) for t in triggers) and not _POLITICAL_SETTING.search(f.sentence_text)


# One person who does a crime: a gunman, a robber, an intruder (not a militant, a bandit or a sniper, whose kind is
# an armed group's)
_LONE = re.compile(r"\b(?:gunman|attacker|assailant|shooter|suspect|man|robber|intruder|thief|burglar)$", re.I)


def _lone_offender(x: Facts) -> bool:
    """Every armed party is one person named as an offender and the only conflict word is a fight ("a confrontation
    between the gunman and a store clerk"): one man against a shop's clerk is no armed group's violence (ACLED)."""
    armed = [a for a in x.f.actors if a.kind not in ("civilians", "protesters", "rioters") and not tells_only(x.f.text, a)]
    return (bool(armed) and all(a.kind in NON_STATE_KINDS and _LONE.search(a.surface) for a in armed)
            and set(x.conflict) <= {Cue.CLASH})


def _public_killing(x: Facts) -> bool:
    """An assassination, or a person of public life killed ("a mayor was shot dead"): not ordinary crime."""
    f = x.f
    if any(_ASSASSINATION.match(c.text) for c in f.cues.get(Cue.ATTACK, ())):
        return True
    return any(_PUBLIC_PERSON.search(f.text, max(f.sentence.start, c.start - _PUBLIC_PERSON_CHARS), c.end)
               for c in x.killed)


def kills_public_person(f: Frame) -> bool:
    """A person of public life killed ("a mayor was shot dead", "the head of a news website was found stabbed to
    death"): what ACLED and atrocity data code in any report, not ordinary crime."""
    return any(_PUBLIC_PERSON.search(f.text, max(f.sentence.start, c.start - _PUBLIC_PERSON_CHARS), c.end)
               for c in f.killed())


def _commemoration(x: Facts) -> bool:
    # The dead a memorial, a wreath or a remembrance ceremony remembers are history, not this event's toll; a
    # bomb at a memorial ceremony is an attack on it.
    f = x.f
    weapon = any(f.has(c) for c in (Cue.SUICIDE, Cue.GRENADE, Cue.AIR, Cue.SHELLING))
    return f.has(Cue.COMMEMORATION) and not x.protest and not (weapon and x.harmed)


def _justice(x: Facts) -> bool:
    # A sentence, a trial or a lawsuit judges violence told before; a protest at a court is still a protest, but
    # protesters who lost or brought an appeal are litigants, and the demonstration it is about is told before.
    if not x.f.has(Cue.JUSTICE) or _act_beside_complaint(x.f):
        return False
    return not x.protest or _litigants(x)


# A step of a case the crowd's people take or lose: "protesters have lost an appeal over ...", "they appealed against
# a ruling that ..." (the court's other words, "verdict", "trial", may be what a crowd protests at) ...
_LITIGATION = re.compile(r"\b(?:appeal\w*|court case|legal challenge|test case|lawsuits?)\b", re.I)
# ... unless the crowd is at the court or acts: "protesters gathered outside the court as the appeal was heard"
_AT_COURT = re.compile(r"\b(?:outside|in front of|at the (?:gates|steps|doors) of|near|marched (?:on|to)|gathered (?:at|outside)|"
                       r"rall(?:y|ied) (?:at|outside))\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:court\w*|tribunal|courthouse|"
                       r"ministry|parliament|embassy)\b", re.I)


# ... nor when the court or another authority takes the step ("after the supreme court rejected an appeal by the
# former president"): the crowd reacts to a ruling, it is no party to the case
_BENCH_SUBJECT = re.compile(r"\b(?:court|judges?|justices?|tribunal|bench|panel|magistrates?|prosecutors?|government|"
                            r"ministry|authorities|council|commission)\s+(?:(?:has|had|have|also|unanimously|swiftly|"
                            r"on \w+)\s+)*$", re.I)


# A protest word that only names: the people ("protesters", "demonstrators") or a demonstration after a determiner
# ("an anti-war march", "their protest"); "workers protested on the road" tells the crowd's act
_PROTEST_PEOPLE = re.compile(r"^(?:protest(?:ers|ors)|demonstrators|marchers|picketers)$", re.I)
_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|their|his|her|its|this|that)\s+(?:[\w-]+\s+){0,2}$", re.I)


def _litigants(x: Facts) -> bool:
    """The sentence's legal words include a step of a case (an appeal lost or brought, a lawsuit), its protest words
    only name people or a demonstration, and no crowd is told at the court: the case, not a demonstration."""
    f = x.f
    steps = [c for c in f.cues.get(Cue.JUSTICE, ()) if _LITIGATION.search(c.text)
             and not _BENCH_SUBJECT.search(f.text, max(f.sentence.start, c.start - 60), c.start)]
    if not steps or _AT_COURT.search(f.sentence_text):
        return False
    return all(_PROTEST_PEOPLE.match(c.text) or _DETERMINER_BEFORE.search(f.text, max(f.sentence.start, c.start - 40),
                                                                           c.start) for c in x.protest)


def _act_beside_complaint(f: Frame) -> bool:
    """Every legal word is a complaint or case filed "against" someone, and a violent act is told outside its clause
    (between commas or semicolons): "gunmen shot dead two traders on Monday, and a case was registered against
    unknown persons" tells the killing and the legal step after it."""
    legal = f.cues.get(Cue.JUSTICE, [])
    if not legal or not all(c.text.lower().endswith("against") for c in legal):
        return False
    sent, base = f.sentence_text, f.sentence.start
    for c in legal:
        lo = base + max(sent.rfind(m, 0, c.start - base) for m in ",;") + 1
        ends = [i for i in (sent.find(m, c.end - base) for m in ",;") if i >= 0]
        hi = base + (min(ends) if ends else len(sent))
        if any(not lo <= t.start < hi for cls in TRIGGER_CLASSES for t in f.cues.get(cls, ())):
            return True
    return False


def _claim_only(x: Facts) -> bool:
    # "The group claimed last week's bombing": the claim is told now, the attack before; no new event.
    f = x.f
    if x.protest or not may_hold(f.text, ("claim",), f.sentence.start, f.sentence.end):
        return False
    claim = _CLAIM.search(f.sentence_text)
    return bool(claim) and bool(_EARLIER.search(f.sentence_text))


# A verb of judging with the violence as its object ("condemned the riots", "denounced the recent attacks"): what the
# sentence tells is the judgement; the violence is told elsewhere (or is another country's), no act of this sentence
_JUDGED = re.compile(
    r"\b(?:condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|deplor(?:e|es|ed|ing)|criticis(?:e|es|ed|ing)|"
    r"criticiz(?:e|es|ed|ing)|lament(?:s|ed|ing)?|regrett?(?:s|ed|ing)?)\s+(?:(?:the|a|an|this|these|those|that|its|their|"
    r"his|her|recent|latest|ongoing|continued|continuing|violent|deadly|brutal|cowardly|such|all|any|last\s+\w+'s|"
    r"[\w-]+'s)\s+){0,3}$", re.I)
_JUDGED_WORDS = ("condemn", "denounc", "deplor", "critici", "lament", "regret")


def _judgement_only(x: Facts) -> bool:
    """Every trigger of the sentence is the object of a verb of judging ("President X condemned the riots"), and no one
    is harmed or held in it: a statement about violence, not an act (a crowd that denounces is a protest)."""
    f = x.f
    if x.protest or x.harmed or f.counts or not may_hold(f.text, _JUDGED_WORDS, f.sentence.start, f.sentence.end):
        return False
    triggers = [c for cls in TRIGGER_CLASSES for c in f.cues.get(cls, ())]
    return bool(triggers) and all(_JUDGED.search(f.text, max(f.sentence.start, c.start - 80), c.start) for c in triggers)


def _irrealis(x: Facts) -> bool:
    # "the army would launch an offensive next month": the modal comes before the first trigger and so governs
    # it; "... attacked a base; the army vowed to retaliate" does not. "Protests are expected to be muted", "a
    # demonstration was called off": a future or cancelled event, wherever the words stand.
    f = x.f
    if not f.has(Cue.IRREALIS) or x.harmed or any(c.role in ("abducted", "arrested") for c in f.counts):
        return False
    if f.has(Cue.CHANGE_GROUP) and _ANNOUNCED.search(f.sentence_text):
        return False  # "the group announced it would stop attacks": the announcement is the change
    modals = [c for c in f.cues.get(Cue.IRREALIS, ()) if (not _READINESS.match(c.text) or _ready_only(f, c))
              and not _reason_of_act(f, c)]
    if any(_UNREAL_ANYWHERE.match(c.text) or (_CANCELLED.match(c.text) and _cancels_trigger(f, c)) for c in modals):
        return True
    first_trigger = f.first_trigger()
    return bool(modals) and first_trigger is not None and min(c.start for c in modals) < first_trigger


# What someone is accused or charged of is the reason of the sentence's act, not a plan of its own: "detained the senator,
# charging her with inciting unrest", "held on charges of planning an attack" (the arrest happened)
_CHARGED_WITH = re.compile(r"\b(?:accus\w+|charg(?:ed|ing|es)|on charges|suspicion|suspected|convicted|indicted|"
                           r"prosecuted|blam\w+|(?:arrested|detained|held|jailed) (?:for|over))\s+"
                           r"(?:(?:him|her|them|us|me|the\s+\w+)\s+)?(?:of|with|for)?\s*(?:[\w-]+\s+)?$", re.I)


def _reason_of_act(f: Frame, c: CueMatch) -> bool:
    """The modal is inside what someone is accused or charged of, after the act it is the reason of ("police
    detained the senator, charging her with inciting unrest")."""
    m = _CHARGED_WITH.search(f.text, max(f.sentence.start, c.start - 40), c.start)
    return m is not None and any(t.start < m.start() for cls in TRIGGER_CLASSES for t in f.cues.get(cls, ()))


# Being ready, prepared, willing or poised to act governs only its own complement: "Police, who were ready to
# disperse the crowd, fired tear gas", "troops were prepared to move in when protesters set fire to tyres", "the army
# was prepared to fight, but the rebels withdrew" tell an act outside it (after a relative clause's closing comma,
# "when", "but" or a semicolon); "prepared to use bombers, the minister said after a bomb exploded" stays a plan
_READINESS = re.compile(r"^(?:are|is|were|was|be|been) (?:\w+ )?(?:prepared|ready|willing|poised) to$", re.I)
_CLAUSE_END = re.compile(r";|\s(?:when|but|whereupon|and then)\b", re.I)
_RELATIVE_READY = re.compile(r"\b(?:who|which|that)\s+$", re.I)


def _ready_only(f: Frame, c: CueMatch) -> bool:
    """Every trigger of the sentence lies inside the readiness's own clause: the act is only one someone stood ready
    to do."""
    end = _CLAUSE_END.search(f.text, c.end, f.sentence.end)
    stops = [end.start()] if end else []
    comma = f.text.find(",", c.end, f.sentence.end)
    if comma >= 0 and _RELATIVE_READY.search(f.text, max(f.sentence.start, c.start - 12), c.start):
        stops.append(comma)
    stop = min(stops, default=f.sentence.end)
    return all(c.start <= t.start < stop for cls in TRIGGER_CLASSES for t in f.cues.get(cls, ()))


# Words just before a trigger that say it did not happen: "no rockets were fired", "did not open fire", "there
# were no attacks overnight", "not a single shot". The words between the negator and the trigger are few and no
# preposition ("no one was hurt in the clash" denies the harm, not the clash). Data: one pattern per construction.
_DENIERS: tuple[str, ...] = (
    # (a word may be a pair of pronouns: "nor does she/he kill")
    r"\b(?:no|nor|never)\s+(?:(?!(?:in|at|on|from|during|after|before|of|by|with|but|and)\b)[\w/-]+\s+){0,2}",
    r"\bnot (?:a |one )?(?:single )?",
    r"\b(?:did|do|does|had|has|have|would|could|was|were|is|are)(?:\s+not\s+|n't\s+)(?:[\w-]+\s+)?",
    r"\b(?:cannot|can't|can\s+not|won't|will\s+not)\s+(?:[\w-]+\s+)?",  # "wardens who can't arrest anyone"
)
_DENIED = re.compile(rf"(?:{'|'.join(_DENIERS)})$", re.I)
_DENIED_CHARS = 40


def _denied(x: Facts) -> bool:
    # "No rockets were fired", "the soldiers did not open fire": every trigger of the sentence is denied and nobody
    # is harmed, taken or held. "No one was hurt in the clash" keeps its clash (a toll's negation is not a denial).
    f = x.f
    if x.harmed or f.has(Cue.NEGATION):
        return False
    triggers = [t for cls in TRIGGER_CLASSES for t in f.cues.get(cls, ())]
    denied = [t for t in triggers if _DENIED.search(f.text, max(f.sentence.start, t.start - _DENIED_CHARS), t.start)]
    # a count of people taken or held read off the denial itself ("25,000 wardens who can't arrest anyone") holds
    # no one: its arrest is the denied word
    held = any(c.role in ("abducted", "arrested") and not any(c.start <= t.start < c.end for t in denied)
               for c in f.counts)
    return bool(triggers) and len(denied) == len(triggers) and not held


# A siege told as lasting is the setting, not a clash of the report's day: "the city, which rebels have besieged for
# months", "forces that have besieged the town since March". Data: the siege words, and the words of a duration
# within its clause after them.
_SIEGE_WORDS = re.compile(r"besieg|siege", re.I)
_LASTING = re.compile(
    r"[^.;,]{0,40}?\b(?:for (?:(?:more than|over|nearly|almost|about|some) )?(?:\w+ )?(?:days|weeks|months|years)|"
    r"since\b|throughout\b|for (?:a |the )?(?:long|past)\b)", re.I)


def _lasting_siege(x: Facts) -> bool:
    # Every trigger is a siege told with its duration and nobody is harmed: fighting told on the day is another
    # trigger ("... and clashed with soldiers on Monday") and keeps the event.
    f = x.f
    if x.harmed or not may_hold(f.text, ("siege", "besieg"), f.sentence.start, f.sentence.end):
        return False
    triggers = [t for cls in TRIGGER_CLASSES for t in f.cues.get(cls, ())]
    return bool(triggers) and all(
        _SIEGE_WORDS.search(t.text) and _LASTING.match(f.text, t.end, f.sentence.end) for t in triggers)


# A life story dated by the person's age: "had joined the group at 18, was wounded in combat and later ...", "was
# recruited as a teenager": what happened then is the person's past, no incident of the report's days
# ("kidnapped at 2 in the morning", "at 11 GMT" are clock times; "became deadly at 11" is no person's life; one taken
# is only a child of the story when told so: "was abducted as a boy", "at the age of 12")
_AS_YOUNG = r"as an? (?:teenager|child|boy|girl|minor|young man|young woman)\b"
_AGE = (r"(?:at (?:the age of |age )?\d{1,2}|aged \d{1,2}|" + _AS_YOUNG + r")\b(?!\s*(?:[:.]\d|am\b|pm\b|a\.m|p\.m|"
        r"o'clock|h\b|hrs\b|hours?\b|per\b|%|GMT|UTC|local\b|in the (?:morning|afternoon|evening|night)|at night|"
        r"(?:this|that|on|last|the next|the following) (?:morning|afternoon|evening|night|day)))")
_LIFE_STORY = re.compile(
    r"\b(?:(?:joined|enlisted|(?:was|were) (?:recruited|conscripted)|radicali[sz]ed)\b(?:\s+[\w-]+){0,4}?\s+" + _AGE +
    r"|became an? (?:[\w-]+ )?(?:fighter|member|soldier|commander|militant|rebel|recruit|jihadist|militiaman)\s+" + _AGE +
    r"|(?:was|were) (?:abducted|kidnapped)\s+(?:at the age of \d{1,2}|" + _AS_YOUNG + r"))", re.I)
_RELATIVE_BEFORE = re.compile(r"\b(?:who|whom|which|that)\s+(?:had\s+|has\s+|have\s+|once\s+|first\s+){0,2}$", re.I)
_LIFE_WORDS = ("joined", "enlisted", "recruited", "conscripted", "abducted", "kidnapped", "radicali", "became")


def _life_story(x: Facts) -> bool:
    # A person's past told by their age then ("joined the militia at 17 and fought in the north"), with no day of
    # its own: background of a report about the person (a trial, a profile), not an event
    f = x.f
    if x.protest or any(d.precision == 1 for d in f.dates) or not may_hold(
            f.text, _LIFE_WORDS, f.sentence.start, f.sentence.end):
        return False
    # a relative clause only describes the person of the sentence's own news ("Jean, who joined the militia at 18,
    # was injured in the attack")
    return any(not _RELATIVE_BEFORE.search(f.sentence_text, max(0, m.start() - 20), m.start())
               for m in _LIFE_STORY.finditer(f.sentence_text))


# A sentence that ranks or counts an incident told before, with a demonstrative or "it" as its subject: "It marked the
# fourth straight day of marches over X", "It was the second rocket attack in a day", "That was the deadliest raid of
# the year". It characterises the incident (or a run of them); it tells no act of its own.
_CHARACTERISES = re.compile(
    r"\W*(?:this|it|that)\s+(?:was|is|has been|had been|marks|marked|became|becomes)\s+(?:also\s+)?(?:the|a|an|its|their)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|latest|last|"
    r"first|consecutive|another|deadliest|biggest|largest|worst|bloodiest)\b", re.I)


def _characterises(x: Facts) -> bool:
    # no count of its own: "It was the second attack this week, killing three more" tells new dead
    f = x.f
    # a day of its own or an act told after a colon or semicolon ("That was the first strike on X in weeks: jets bombed
    # a market there on Sunday") is a new act the ranking introduces
    if f.counts or any(d.precision == 1 for d in f.dates) or not _CHARACTERISES.match(f.sentence_text):
        return False
    cut = [f.sentence.start + i for i, ch in enumerate(f.sentence_text) if ch in ":;"]
    return not any(t.start > cut[0] for cls in TRIGGER_CLASSES for t in f.cues.get(cls, ())) if cut else True


def _cancels_trigger(f: Frame, c: CueMatch) -> bool:
    """The cancellation's object or passive subject is a trigger: "called off their strike", "the march was
    cancelled"."""
    triggers = [t.start for cls in TRIGGER_CLASSES for t in f.cues.get(cls, ())]
    words = _OBJECT_WORDS.match(f.text, c.end, f.sentence.end)
    reach = words.end() if words else c.end
    if any(c.end < t < reach for t in triggers):
        return True
    passive = _CANCELLED_SUBJECT.search(f.text, max(f.sentence.start, c.start - 12), c.start)
    return passive is not None and any(c.start - _CANCELLED_SUBJECT_CHARS <= t < c.start for t in triggers)


REJECTIONS: tuple[tuple[str, Callable[[Facts], bool]], ...] = (
    ("a heading or a line of tags, not a sentence of the report", _heading),
    ("an exercise, a film, a book or an exhibition", _non_event),
    ("sport", _sport),
    ("an industrial or accidental explosion", _accident),
    ("a vehicle's crash or a collapse that killed those aboard: an accident", _crash),
    ("an animal killed or attacked the victims", _animal_killer),
    ("a security alert: a suspicious object blown up as a precaution or proved harmless", _false_alarm),
    ("a weapon launched and shot down, told in the next sentence: the interception is the event", _shot_down_next),
    ("a count of weapons launched at a whole country, no place hit told: a night's tally", _launch_tally),
    ("disaster, accident, disease or sport", _disaster),
    ("ordinary crime or justice", _crime),
    ("the police's work against ordinary crime (a drugs raid, thieves arrested)", _policing),
    ("violence among prisoners, no state or armed party named", _among_prisoners),
    ("a court, a trial or a sentence", _justice),
    ("a commemoration or memorial", _commemoration),
    ("a claim of responsibility for an attack told before, no new event", _claim_only),
    ("a judgement of violence (condemned, denounced), not an act", _judgement_only),
    ("a plan, threat or warning, not an event", _irrealis),
    ("violence the sentence says did not happen", _denied),
    ("a siege told as lasting: the setting, not a clash of the day", _lasting_siege),
    ("a life story dated by the person's age, not an incident of the report", _life_story),
    ("a sentence that ranks or counts an incident told before ('it marked the fourth day of marches'), no act",
     _characterises),
)
