"""Protests and riots (ACLED's Protests and Riots): which crowd, and what happened to it or what it did.

- A protest is told plainly (people gathered for a demand) or by strong protest words; a gathering that is
  only the target of a bomb or a grenade ("blew himself up at a rally") or only the topic of the sentence
  ("arrested for his songs about the protests") is no protest.
- Peaceful protest; Protest with intervention (dispersed, tear gas, arrests at the protest); Excessive force
  against protesters (live fire, protesters killed by the state); Violent demonstration (the demonstrators
  themselves riot, burn or smash).
- A riot by demonstrators, or by a crowd with a grievance, is a violent demonstration; a crowd's violence
  against people (a lynching, a beating, an attack on a village) is mob violence. An armed group burning a
  school is no riot: that is looting/property destruction or an attack.
"""

from __future__ import annotations

import re

from eventcoder.extract.background import WEAK_PROTEST, strong_cues
from eventcoder.extract.cues import Cue, CueMatch, inside
from eventcoder.extract.facts import Facts, Typing
from eventcoder.extract.frames import Frame
from eventcoder.extract.prefilter import may_hold
from eventcoder.extract.roles import armed_party, crowd_acts
from eventcoder.vocab import SubEventType

__all__ = ["GRIEVANCE", "MOTIVE", "crowd_clash", "drop_crowd_words", "intervention", "labour_strike", "protest",
           "protest_cues", "riot"]

S = SubEventType

_ARREST_WORD = re.compile(r"arrest|detain", re.I)
_ADJECTIVE_BEFORE = re.compile(r"\b(?:the|a|an|his|her|their|its|of)\s+$", re.I)
_PROTESTERS = re.compile(r"protest|demonstr", re.I)
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
# Words of talk, not of action: alone they make no protest ("organisations demanded the withdrawal of a film");
# "blocked the road to demand", "gathered, demanding" tell what an action was for, and do.
_RHETORIC = re.compile(r"^(?:demanded|demands|called for|denounced|denounces|denounce|commemorat\w*)$", re.I)
# Gathering in a place, or taking a building or a road over, for a purpose told after it (_PURPOSE).
_GATHERING = re.compile(r"^(?:gathered|assembled)\b", re.I)
_OCCUPIED = re.compile(r"^(?:took over|taken over|takes over|take over|seized|occupied)\b", re.I)
_PURPOSE = re.compile(
    r"\b(?:to (?:demand|denounce|protest|condemn|reject|oppose|press for|call for|ask for|request|complain|voice|"
    r"express (?:their|his|her|its) (?:anger|discontent|dissatisfaction|opposition|rejection|support|solidarity)|"
    r"show (?:their |his |her )?(?:support|solidarity|opposition)|support|defend)|demanding|denouncing|protesting|"
    r"in protest)\b",
    re.I,
)
_PURPOSE_CHARS = 160
_STRIKE_WORD = re.compile(r"^strikes?$", re.I)
_STRIKE_HELD = re.compile(r"\b(?:workers|employees|staff|drivers|teachers|doctors|nurses|unions?|members|miners|"
                          r"traders|transporters|truckers)\b[^.;]{0,60}?\b(?:carried out|held|holding|staged|staging|"
                          r"went on|began|begun|joined|declared|called|observed|observing|announced) (?:a |an |the |their )?"
                          r"(?:[\w-]+ ){0,2}$", re.I)
_SHUT = re.compile(r"\b(?:occupied|closed|shut down)\b", re.I)
_SHUT_WORDS = ("occupied", "closed", "shut down")  # one is in every match: most sentences are spared the scan
# The people a demand is told of: a crowd, not an organisation or a leader.
_CROWD_SUBJECT = re.compile(r"\b(?:supporters|relatives|families|family and friends|friends|residents|villagers|"
                            r"protesters|demonstrators|activists|dozens|hundreds|thousands)\b", re.I)
_SUBJECT_CHARS = 80
_PLACE_CHARS = 40
_MARCHING = re.compile(r"\b(?:rall(?:y|ies|ied)|march(?:ed|es)?|sit-?ins?|strike)\b", re.I)
_DEMONSTRATORS = re.compile(r"\b(?:supporters|protesters|demonstrators|marchers|strikers)\b", re.I)
# A crowd that rioted over an issue it stands against ("rioted in X on Monday over a new fee", "rioting against
# price rises"): its demand makes it a demonstration, and its violence a violent demonstration (ACLED), not mob
# violence (a crowd's violence with no demonstration: a lynching, stones thrown at a raid).
_RIOTED_OVER = re.compile(
    r"\briot(?:ed|ing)\s+(?:[^\s,.;:]+\s+){0,6}?(?:over|in protest|to protest|demanding|to demand|against\s+"
    r"(?:the\s+|a\s+|an\s+)?(?:new\s+|higher\s+|rising\s+|proposed\s+|planned\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:fees?|levy|levies|tax(?:es)?|tolls?|prices?|tariffs?|fares?|cuts?|shortages?|ban|law|bill|policy|decision|"
    r"ruling|results?|closure|demolitions?|evictions?|arrests?|detention|killing|reforms?|charges?|rates?|"
    r"increases?|hikes?|rises?|outages?|rules?|restrictions?|measures?)\b)", re.I)

# A gathering that is the target of a weapon ("blew himself up at a rally", "a grenade hurled into a march").
_TARGET_GATHERING = re.compile(r"\b(?:at|on|into|targeting|near)\s+(?:a|an|the|their|its)\s+(?:[\w'-]+\s+){0,2}$",
                               re.I)
_GATHERING_WEAPONS = (Cue.SUICIDE, Cue.GRENADE, Cue.REMOTE_EXPLOSIVE, Cue.AIR, Cue.SHELLING)
# A protest that is the topic of the sentence, not its event ("videos of the demonstrations", "songs about the
# protests", "for organising the rally").
_TOPIC = re.compile(
    r"\b(?:(?:songs?|posts?|comments?|remarks|articles?|reports?|videos?|footage|images|photos|coverage|news) "
    r"(?:about|of|on)|reporting on|role in|involvement in|participation in|"
    # what someone is arrested or accused for: "arrested for supporting demonstrations", "on the accusation of
    # participating in demonstrations" (the protest is the reason, not the event)
    r"for (?:supporting|organi[sz]ing|joining|leading|inciting|backing|attending|participating in|taking part in)|"
    r"(?:accus\w+|suspicion|suspected|charges?|charged|convicted) (?:of )?(?:participating in|taking part in|"
    r"organi[sz]ing|leading|inciting|supporting|joining|attending))\s+"
    r"(?:the\s+|last\s+\w+'s\s+|recent\s+)?(?:[\w-]+\s+)?$",
    re.I,
)
# ... a protest told with its own scene: a place or the day right after it
_OWN_SCENE = re.compile(
    r"[^.;]{0,40}?\b(?:outside|in front of|at the|near the|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|"
    r"today|tonight|this (?:morning|afternoon|evening)|on \d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*)\b",
    re.I)
# ... or told as before ("joining protests last year", "in 2019"): the reason again
_EARLIER = re.compile(r"\b(?:last (?:year|month|week)|in (?:19|20)\d\d|earlier|previous|past|years? ago|months? ago)\b",
                      re.I)
# A protest word that names a person's role ("the house of a protest leader"), not a protest.
_ROLE_AFTER = re.compile(r"\s+(?:leaders?|organi[sz]ers?)\b", re.I)
# A crowd in the street (not "members" of an armed group).
_STREET_CROWD = re.compile(r"\b(?:residents|villagers|youths?|mobs?|crowds?|protesters|demonstrators|students|locals|"
                           r"rioters|inhabitants|angry)\b", re.I)
_ARMED = ("state", "police", "rebel", "political_militia", "identity_militia")
_STORMED = re.compile(r"^storm", re.I)
_PASSIVE_TYRES = re.compile(r"^(?:tires|tyres)\b", re.I)  # "the tyres of a police car were slashed" (no doer told)
# A sentence that goes on with the crowd of the sentence before: a pronoun or the participants as its subject.
_CROWD_PRONOUN = re.compile(r"\W*(?:they|some of them|(?:some|several|a few) (?:of the )?(?:participants|demonstrators|"
                            r"protesters)|(?:the )?participants)\b", re.I)
# ("march" in lower case only: "On 3 March" is a date)
_PROTEST_TOLD = re.compile(r"\b(?:demonstrat\w*|protest\w*|rall(?:y|ied|ies)|(?-i:march(?:ed|es|ers)?))\b", re.I)
_PREVIOUS_CHARS = 400
_DEMONSTRATION_TOLD = re.compile(
    r"\b(?:(?:demonstrat(?:ed|e|es|ing)|protest(?:ed|ing)?|rall(?:ied|ying|y)|(?-i:march(?:ed|ing)?)|gathered|assembled|"
    r"picketed)\s+(?:[\w-]+\s+)?(?:in|at|outside|"
    r"near|in front of|on|along|through|to|against|over)\b|(?:staged|stage|held|hold|organi[sz]ed|join\w*|attend\w*|"
    r"t(?:ook|ake|aking) part in|participat\w+ in)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:protests?|demonstrations?|"
    r"rall(?:y|ies)|(?-i:march(?:es)?)|sit-ins?|vigils?|pickets?)|(?:protests?|demonstrations?|rall(?:y|ies)) (?:took place|"
    r"was held|were held|was staged)|took to the streets|demonstrators|protesters|marchers)", re.I)
# Objects thrown at people or buildings: a crowd's own violence, whatever else it damages ("they broke windows and
# threw stones at the police").
# Stone-throwers, and a crowd that rioted, are the riot whatever else they burn or loot ("youths rioted, burning
# tyres and looting shops").
_THROWN_CUE = re.compile(r"^(?:pelted|hurled\b.*|threw\b.*|stone-?pelting|stoned|.*\bthrown|(?:stone|rock)[- ]?throw\w*|"
                         r"riot(?:ed|ing))$", re.I)
# The demonstrators themselves turn violent: they are the subject of a violent verb.
_CROWD_VIOLENCE = re.compile(
    r"\b(?:demonstrators|protesters|marchers|rioters|strikers|the crowd|crowds)\s+(?:\w+\s+){0,2}?(?:attacked|beat|burned|"
    r"burnt|destroyed|torched|smashed|stormed|threw|hurled|pelted|vandali[sz]ed|fought|clashed|damaged|set fire|"
    r"ransacked|looted)\b",
    re.I,
)
# Demonstrators who destroy or burn (a violent demonstration, not a protest met by force).
_FOUGHT = re.compile(r"^(?:clash\w*|fought|(?:physical )?fights\b.*|scuffl\w*|skirmish\w*|confrontations?\b.*)$", re.I)
_DESTRUCTION = re.compile(r"^(?:torched\b.*|burn\w*\b.*|set\b.*|ransacked|vandali[sz]ed|smashed|looted|destroyed\b.*|"
                          r"damaged\b.*|broke\b.*)$",
                          re.I)


# What someone was sentenced, charged or arrested for: a grievance of the protest, not what the crowd did.
_JUDGED_FOR = re.compile(r"\b(?:sentenced|convicted|jailed|charged|accused|arrested|detained|imprisoned|prosecuted|"
                         r"punished|blamed)\b[^.;]{0,60}?\b(?:for|of|with|over)\s+(?:[\w-]+\s+){0,2}$", re.I)


def _led_by(rx: re.Pattern[str], f: Frame, c: CueMatch) -> bool:
    """Whether ``rx`` matches the words that lead up to the cue in its sentence (up to 90 characters)."""
    return bool(rx.search(f.text, max(f.sentence.start, c.start - 90), c.start))


def _judged(f: Frame, c: CueMatch) -> bool:
    """The violence word is what someone was sentenced or accused for ("demanding the release of teachers jailed
    for vandalising a school"), not the protest's own act."""
    return _led_by(_JUDGED_FOR, f, c)


# A riot named as what a protest marks or opposes ("on the anniversary of the May 6 stadium riot", "against the
# 2021 Capitol riot"): the words between are a name (capitalised words, numbers, at most one common noun).
_RIOT_AS_TOPIC = re.compile(r"\b(?:[Aa]nniversary of|[Cc]ommemorat\w+(?: of)?|[Mm]emory of|[Rr]emembrance of|"
                            r"[Vv]ictims of|against|[Cc]ondemning|[Dd]enouncing|[Ii]nvolved in|took part in|"
                            r"[Pp]articipat\w+ in|role in)\s+(?:the\s+)?"
                            r"(?:(?:one|two|three|four|five|ten|year|years|\d{1,4}(?:st|nd|rd|th)?|[A-Z][\w'.-]*)\s+)"
                            r"{0,6}(?:[a-z]+\s+)?$")


def _riot_as_topic(f: Frame, c: CueMatch) -> bool:
    """The riot word names an earlier riot the protest is about ("justice for a man killed by a mob"), not the
    protest's own act; stones or sticks a crowd holds or blocks a road with are no violence unless thrown."""
    if _led_by(_RIOT_AS_TOPIC, f, c) or (_NAMED_RIOT.match(c.text) and _led_by(_CAUSE, f, c)):
        return True
    return bool(_OBJECTS.match(c.text)) and not _led_by(_THROWN, f, c)


# The violence a protest is about: "calling for justice for a shopkeeper a mob lynched".
_CAUSE = re.compile(r"\b(?:justice for|in memory of|deaths? of|killings? of|murders? of)\b[^.;]{0,80}$", re.I)
# Objects a crowd may carry or block a road with: violence only when thrown or used to attack.
_NAMED_RIOT = re.compile(r"^(?:mobs?|lynch\w*|riots?)$", re.I)
_OBJECTS = re.compile(r"^(?:stones|with (?:stones|rocks|sticks|bricks|blunt objects))$", re.I)
_THROWN = re.compile(r"\b(?:threw|thrown|throwing|hurl\w*|pelt\w*|lobb\w*|attack\w*|hit|hitting|struck|beat\w*|"
                     r"armed)\b[^.;]{0,40}$", re.I)


def _as_topic(f: Frame, c: CueMatch) -> bool:
    """The protest is the topic or the reason of the sentence ("arrested for supporting demonstrations"), unless it
    is told with a scene of its own, a place or the day ("arrested 40 people for joining a protest outside parliament
    on Sunday": the protest took place, and the arrests broke it up)."""
    if not _TOPIC.search(f.text, max(f.sentence.start, c.start - 45), c.start):
        return False
    scene = _OWN_SCENE.match(f.text, c.end, f.sentence.end)
    return scene is None or bool(_EARLIER.search(f.text, c.end, f.sentence.end))


def _literal_protest(x: Facts, cues: list[CueMatch]) -> list[CueMatch]:
    """The protest cues that tell a protest: not a gathering targeted by a weapon, not a protest as a topic."""
    f = x.f
    armed = any(f.has(c) for c in _GATHERING_WEAPONS)
    s0 = f.sentence.start
    return [c for c in cues if not _as_topic(f, c)
            and not _ROLE_AFTER.match(f.text, c.end, min(len(f.text), c.end + 16))
            and not (armed and _TARGET_GATHERING.search(f.text, max(s0, c.start - 40), c.start))]


def _armed_before(x: Facts, at: int, *, any_armed: bool = False) -> bool:
    """A named armed actor before the crowd's act: "soldiers gathered", not "gathered to support the army"; with
    ``any_armed``, generic ones too ("rebels took over the town")."""
    return any(a.kind not in ("civilians", "protesters", "rioters") and (any_armed or not a.generic) and a.start < at
               for a in x.f.actors)


def _gathered_for(x: Facts, plain: list[CueMatch]) -> list[CueMatch]:
    """People who gathered, or took over a building or a road, for a demand: "gathered in the square to demand",
    "took over the school to denounce": the purpose makes the gathering a protest, whoever the people are."""
    f = x.f
    if x.harmed or f.has(Cue.DIPLOMACY) or any(c not in (Cue.OVERTAKE, Cue.REGAIN) for c in x.conflict):
        return []
    acts = [c for c in plain if _GATHERING.match(c.text)]
    acts += [c for c in f.cues.get(Cue.OVERTAKE, ()) if _OCCUPIED.match(c.text)]
    # "activists occupied a villa to denounce ...", "students closed the university to denounce ...": people who
    # take or shut a place for a demand (no cue of its own: the verb alone is everyday speech)
    shut = _SHUT.finditer(f.text, f.sentence.start, f.sentence.end) if may_hold(
        f.text, _SHUT_WORDS, f.sentence.start, f.sentence.end) else ()
    for m in shut:
        if _PEOPLE.search(f.text, max(f.sentence.start, m.start() - _SUBJECT_CHARS), m.start()):
            acts.append(CueMatch(Cue.PROTEST, m.start(), m.end(), m.group(0)))
    return [c for c in acts if not _armed_before(x, c.start, any_armed=True)
            and _PURPOSE.search(f.text, c.end, min(f.sentence.end, c.end + _PURPOSE_CHARS))]


def labour_strike(f: Frame, c: CueMatch) -> bool:
    """ "Workers carried out a strike", "drivers held a strike": a stoppage of work, not an attack."""
    return bool(_STRIKE_WORD.match(c.text)) and _led_by(_STRIKE_HELD, f, c)


def _demanded_at(x: Facts, plain: list[CueMatch]) -> list[CueMatch]:
    """Supporters, relatives or residents who demand something at a place ("supporters of the jailed leader demanded
    his release in X"): a crowd in a town, not a statement."""
    f = x.f
    if x.harmed or f.has(Cue.DIPLOMACY) or x.conflict:
        return []
    return [c for c in plain if _RHETORIC.match(c.text) and not _armed_before(x, c.start)
            and _CROWD_SUBJECT.search(f.text, max(f.sentence.start, c.start - _SUBJECT_CHARS), c.start)
            and any(c.end <= p.start <= c.end + _PLACE_CHARS for p in f.places)]


# "in protest at/against/over": the purpose of an act, no act; a boycott, a work stoppage or a strike done "in
# protest" with no one gathering is no demonstration (ACLED: strikes without a demonstration are excluded)
_IN_PROTEST = re.compile(r"\bin\s+$", re.I)
_PURPOSE_AFTER = re.compile(r"\s+(?:at|against|over|of|after|following|to|about)\b", re.I)
# ... of a stoppage: a boycott, a strike, a walkout, work or classes stopped
_STOPPAGE = re.compile(r"\b(?:boycott\w*|strik(?:e|es|ing)|walk(?:ed)?[- ]?outs?|walked out|stay(?:ed)?[- ]?(?:away|home)|"
                       r"(?:stopped|halted|suspended|downed|laid down) (?:(?:their|all)\s+)?(?:work\w*|tools|classes|"
                       r"lessons|services|operations|duties)|refused to work|stopped working|went on strike)\b", re.I)
# ... unless the sentence tells people in a public place or a crowd's own act
_GATHERED_SCENE = re.compile(r"\b(?:streets?|squares?|outside|in front of|poured|converged|gathered|assembled|crowds?|"
                             r"thronged|blocked|blockaded|occupied|chant\w*|placards?|banners?|marched|rall(?:y|ied)|"
                             r"sit-?ins?|picket\w*|vigils?)\b", re.I)


def _purpose_only(f: Frame, cues: list[CueMatch]) -> bool:
    """Every protest word is the "in protest" of a stoppage (a boycott, a strike, work stopped) and no gathering or
    crowd act is told."""
    if not cues or f.has(Cue.RIOT) or f.has(Cue.EXCESSIVE) or f.has(Cue.INTERVENTION):
        return False
    return all(c.text.lower() == "protest" and _IN_PROTEST.search(f.text, max(f.sentence.start, c.start - 4), c.start)
               and _PURPOSE_AFTER.match(f.text, c.end, f.sentence.end) for c in cues) and bool(
        _STOPPAGE.search(f.sentence_text)) and not _GATHERED_SCENE.search(f.sentence_text)


def protest_cues(x: Facts) -> list[CueMatch]:
    """The cues that make the sentence a protest: strong protest words, a protest told plainly, or a crowd met by force;
    none when the only one is the purpose of a stoppage ("boycotted lectures in protest over rents")."""
    cues = _protest_cues(x)
    return [] if _purpose_only(x.f, cues) else cues


def _protest_cues(x: Facts) -> list[CueMatch]:
    f = x.f
    protest = _literal_protest(x, strong_cues(f, Cue.PROTEST, WEAK_PROTEST))
    plain = _literal_protest(x, f.cues.get(Cue.PROTEST, []))
    attack = [c for c in f.cues.get(Cue.ATTACK, ()) if not labour_strike(f, c)]
    attack_first = bool(attack) and bool(plain) and attack[0].start < plain[0].start
    if (not protest and plain and not x.harmed and not _armed_before(x, plain[0].start) and not x.conflict
            and not attack_first and not f.has(Cue.DIPLOMACY) and _PEOPLE.search(f.sentence_text)
            and any(not _RHETORIC.match(c.text) for c in plain)
            and (GRIEVANCE.search(f.sentence_text) or _MARCHING.search(f.sentence_text))):
        # "people gathered in support of ...", "supporters demanded his release": a protest told plainly; people
        # who gathered for a launch, a funeral or a sale, with nothing demanded, are no protest
        return plain
    gathered = [] if protest or attack_first else _gathered_for(x, plain) or _demanded_at(x, plain)
    if gathered:
        return gathered
    if not protest and f.has(Cue.EXCESSIVE) and not _gunmen_on_a_crowd(x):
        return f.cues[Cue.EXCESSIVE]  # "police fired on a sit-in", "shot dead protesters": a protest met by force
    force = [c for c in f.cues.get(Cue.INTERVENTION, ()) if not _ARREST_WORD.match(c.text)]
    if not protest and force and not x.killed and (  # the crowd is looked for only then (a scan of the sentence)
            any(a.kind in ("protesters", "rioters") for a in f.actors) or _CROWD.search(f.sentence_text)):
        return force  # "police fired tear gas to disperse opposition supporters": a protest met by force
    return protest


def _gunmen_on_a_crowd(x: Facts) -> bool:
    """Shots at "the crowd" with no protesters named: armed men who are no state force ("gunmen opened fire on the
    crowd waiting at the gate"), or any force with no demonstration told in the sentence or the paragraph before
    ("soldiers shooting into the crowd at a wedding"): an attack on civilians, not a protest met by force (ACLED's
    excessive force is against demonstrators; a crowd is no demonstration)."""
    f = x.f
    cues = f.cues.get(Cue.EXCESSIVE, [])
    if not all(_CROWD_END.search(c.text) for c in cues) or any(a.kind == "protesters" for a in f.actors):
        return False
    # the crowd of a protest the paragraph told before ("thousands protested in X. Gunmen opened fire on the crowd")
    # is the protesters; a force's shots are read with the sentence's own words too ("fired on the crowd at a rally")
    start = max(f.text.rfind("\n", 0, f.sentence.start) + 1, f.sentence.start - _BEFORE_CHARS)
    gunmen = any(a.kind not in ("state", "police", "civilians", "protesters", "rioters") for a in f.agents)
    return not _PROTEST_BEFORE.search(f.text, start, f.sentence.start if gunmen else f.sentence.end)


_CROWD_END = re.compile(r"crowds?$", re.I)


_BEFORE_CHARS = 600
_PROTEST_BEFORE = re.compile(r"\b(?:protest\w*|demonstrat(?:ed|ion|ions|ors?|ing)|marche[ds]|marchers|rall(?:y|ies|ied)|"
                             r"sit-ins?)\b", re.I)


def protest(x: Facts) -> Typing | None:
    """Protesters: peaceful, met by intervention, met by excessive force, or turning into a riot."""
    f = x.f
    if not x.protest:
        return None
    killed = [c for c in x.killed if not MOTIVE.search(f.text[max(f.sentence.start, c.start - 90) : c.start])]
    protesters_killed = any(c.victims and _PROTESTERS.match(c.victims) for c in killed)
    riots = [c for c in f.cues.get(Cue.RIOT, ()) if not _judged(f, c) and not _riot_as_topic(f, c)]
    if _crowd_on_crowd(x) and (riots or f.has(Cue.CLASH) or f.has(Cue.ATTACK)):
        return Typing(S.MOB_VIOLENCE, (riots or f.cues.get(Cue.CLASH) or f.cues[Cue.ATTACK])[0])
    if riots:
        return Typing(S.VIOLENT_DEMONSTRATION, riots[0])
    police = any(a.kind in ("state", "police") for a in f.actors)
    if f.has(Cue.EXCESSIVE) or protesters_killed or (killed and (x.state_agent or police)):
        return Typing(S.EXCESSIVE_FORCE, f.first(Cue.EXCESSIVE) or x.protest[0])
    destroyed = [c for c in f.cues.get(Cue.LOOTING, ()) if _DESTRUCTION.match(c.text) and not _judged(f, c)]
    if destroyed:
        return Typing(S.VIOLENT_DEMONSTRATION, destroyed[0])  # "demonstrators torched the council building"
    violent = _CROWD_VIOLENCE.search(f.sentence_text)
    if violent and not x.state_agent:
        return Typing(S.VIOLENT_DEMONSTRATION, x.protest[0])  # "demonstrators burned wood on the road"
    fought = [c for c in f.cues.get(Cue.CLASH, ()) if _FOUGHT.match(c.text)]
    if fought and not armed_party(f) and not x.killed:
        # "demonstrating cadres clashed with the police", "clashes erupted at the edge of the march",
        # "fights between demonstrators and drivers": the crowd fights, with the police or with others
        return Typing(S.VIOLENT_DEMONSTRATION, fought[0])
    # "police detained 12 protesters" is an intervention; "demanding the release of a man who was detained" is not
    # nor is "supporters of the detained leader": an arrest word as an adjective names whom the crowd speaks for
    intervened = [c for c in f.cues.get(Cue.INTERVENTION, ()) if (not _ARREST_WORD.match(c.text) or police or x.arrested)
                  and not (_ARREST_WORD.match(c.text) and _ADJECTIVE_BEFORE.search(f.text, max(0, c.start - 12), c.start))]
    if intervened:
        return Typing(S.PROTEST_WITH_INTERVENTION, intervened[0])
    return Typing(S.PEACEFUL_PROTEST, x.protest[0])


def intervention(x: Facts) -> Typing | None:
    """The police breaking up a crowd told after the protest ("Police intervened to disperse them", "Security forces
    fired tear gas"): it tells more of the protest before it and cannot stand on its own."""
    f = x.f
    force = [c for c in f.cues.get(Cue.INTERVENTION, ()) if not _ARREST_WORD.match(c.text)]
    police = any(a.kind in ("state", "police") for a in f.actors)
    if f.has(Cue.ARREST) and any(t.kind == "civilians" for t in f.targets) and not _CROWD.search(f.sentence_text):
        return None  # "soldiers arrested six locals after stun grenades exploded": an arrest, no crowd broken up
    # the attack word that is the force's own ("fired tear gas at them", "fired rubber bullets at the crowd") is the
    # intervention, no attack of its own
    attack = [c for c in f.cues.get(Cue.ATTACK, ()) if not any(inside(i, [c]) for i in force)]
    if force and police and not x.killed and not attack and not x.conflict:
        return Typing(S.PROTEST_WITH_INTERVENTION, force[0], strong=False)
    return None


def after_demonstration(f: Frame) -> bool:
    """The sentences just before this one (up to _PREVIOUS_CHARS) tell a demonstration that took place: people
    demonstrating somewhere ("demonstrated in X", "rallied outside", "took part in a rally", "staged a protest"), not
    a protest of words ("shareholders protested the chief executive's pay")."""
    return bool(_DEMONSTRATION_TOLD.search(f.text, max(0, f.sentence.start - _PREVIOUS_CHARS), f.sentence.start))


def crowd_goes_on(f: Frame) -> bool:
    """The sentence's subject is a pronoun or the participants right after sentences of demonstrating ("About 300
    people demonstrated in X. They broke windows and set bins on fire"): the crowd goes on, so the damage is its
    riot, not property destruction by someone else."""
    return bool(_CROWD_PRONOUN.match(f.sentence_text)) and after_demonstration(f)


# Crowds fighting each other, or a crowd beating its rivals: no demonstration turned violent but mob violence, with
# rioters on both sides ("rival bands of youths fought with clubs", "party supporters attacked and beat rivals
# at the rally"); rival gangs, clans or factions are armed sides (a clash), not crowds. People who demonstrate and then
# fight among themselves ("clashed with each other during a demonstration") are the demonstration turned violent; a
# rally named only as the time ("ahead of a rally") is no demonstration of theirs.
_CROWDS_FOUGHT = re.compile(
    r"\b(?:rival|opposing)\s+(?:[\w-]+\s+){0,2}?(?:groups?|crowds?|camps?|supporters|youths|students|mobs|fans)\b|"
    r"\b(?:fought|clashed|fighting|clashing|brawled|scuffled)\s+(?:[\w-]+\s+){0,3}?(?:with|against)\s+(?:each other|"
    r"one another)\b", re.I)
_RIVALS_BEATEN = re.compile(
    r"\b(?:attack\w*|beat(?:en|ing)?|assault\w*|chas(?:ed|ing))\s+(?:and\s+\w+\s+)?(?:up\s+)?(?:(?:the|their|some)\s+)?"
    r"(?:rivals?|rival supporters|supporters of (?:the |a )?(?:rival|opposing|opposition|ruling)\b|opposition supporters)",
    re.I)
_TIME_SETTING = re.compile(r"\b(?:ahead of|before|after|following|on the eve of|in the run-up to)\s+(?:(?:a|an|the|their|"
                           r"its|his|her)\s+)?(?:[\w-]+\s+){0,2}$", re.I)


def _crowd_on_crowd(x: Facts) -> bool:
    """Crowds that fight each other or beat their rivals, no armed side and no one killed, and (for a fight among
    themselves) no demonstration of their own told."""
    f = x.f
    if armed_party(f) or x.killed:
        return False
    if _RIVALS_BEATEN.search(f.sentence_text):
        return True
    demonstrating = any(not _TIME_SETTING.search(f.text, max(f.sentence.start, c.start - 40), c.start) for c in x.protest)
    return not demonstrating and bool(_CROWDS_FOUGHT.search(f.sentence_text))


def riot(x: Facts) -> Typing | None:
    """A demonstrating crowd turning violent is a violent demonstration; rioting without a demonstration
    (stones thrown at a raid, a lynching) is mob violence (ACLED). Property burnt by an armed group, with no
    crowd, is no riot (looting/property destruction)."""
    f = x.f
    if not f.has(Cue.RIOT) or f.has(Cue.SEXUAL):
        return None
    armed_agents = any(a.kind in _ARMED for a in f.agents)
    thrown = any(_THROWN_CUE.match(c.text) for c in f.cues.get(Cue.RIOT, ()))
    if f.has(Cue.LOOTING) and not any(a.kind == "rioters" for a in f.actors) and (
            armed_agents or not (thrown or _STREET_CROWD.search(f.sentence_text) or crowd_goes_on(f))):
        return None  # "the military set fire to houses", "members of the group looted shops": property destruction
    if all(_PASSIVE_TYRES.match(c.text) for c in f.cues[Cue.RIOT]) and not (
            after_demonstration(f) or _DEMONSTRATORS.search(f.sentence_text)):
        return None  # "the tyres of 30 cars were slashed overnight": vandalism, no crowd and no demonstration told
    if _crowd_on_crowd(x):
        return Typing(S.MOB_VIOLENCE, f.first(Cue.RIOT))
    attacks = [c for c in f.cues.get(Cue.ATTACK, ()) if not _STORMED.match(c.text)]
    # the police who fire tear gas at the crowd are its other side, not a party of its own
    acting = any(a.kind in _ARMED and not (a.kind in ("state", "police") and f.has(Cue.INTERVENTION)) for a in f.agents)
    if not attacks and (_DEMONSTRATORS.search(f.sentence_text) or _RIOTED_OVER.search(f.sentence_text) or (
            not acting and not f.places and after_demonstration(f))):
        # the demonstrators, or a riot told right after a demonstration with no other party acting and no place of its
        # own ("... rallied in X. The tyres of a police car were slashed."): the demonstration turned violent
        return Typing(S.VIOLENT_DEMONSTRATION, f.first(Cue.RIOT))
    return Typing(S.MOB_VIOLENCE, f.first(Cue.RIOT))


def crowd_clash(x: Facts) -> Typing | None:
    """Party cadres, villagers or students fighting each other or the police: a riot, not a battle. Right after a
    demonstration, a clash with no armed side but the police ("youths and officers then fought running battles",
    "the students and police fought", "the two sides came to blows") is the demonstration turned violent (ACLED: a
    battle needs two organised armed groups, and mob violence is a crowd's with no demonstration)."""
    clash = x.f.first(Cue.CLASH)
    if clash is None or armed_party(x.f):
        return None
    turned = _demonstration_turned_violent(x)
    if turned is not None:
        return turned
    if crowd_acts(x.f, clash.end + 40) or _crowd_party(x.f):
        return Typing(S.MOB_VIOLENCE, clash)
    return None


def _demonstration_turned_violent(x: Facts) -> Typing | None:
    """A fight between the police and one crowd side, told right after a demonstration, with no one killed (a fight
    between two crowds that the police broke up, "between herders and farmers, and police intervened", is theirs)."""
    fight = next((c for c in x.f.cues.get(Cue.CLASH, ()) if _FIGHT.match(c.text)), None)
    if fight is None or x.killed or not any(a.kind == "police" for a in x.f.actors):
        return None  # gunfire heard, or people shot, is no crowd's fight; a clash with the police is
    if len({a.surface.lower().rstrip("s") for a in x.f.actors if a.kind != "police"}) > 1:
        return None
    if all(a.kind in _CROWD_SIDES for a in x.f.actors) and after_demonstration(x.f):
        return Typing(S.VIOLENT_DEMONSTRATION, fight)
    return None


_CROWD_SIDES = ("police", "protesters", "rioters", "civilians")  # who may face each other at a demonstration
_FIGHT = re.compile(r"^(?:clash\w*|(?:running )?battl\w*|fight\w*|fought|skirmish\w*|scuffl\w*|brawl\w*|"
                    r"confrontations?(?: with| between)?)$", re.I)


def _crowd_party(f: Frame) -> bool:
    """A protester or a rioter is a party of the clash and no armed side is named: "a protester was taken to hospital
    after a violent clash" is a riot's (ACLED: a battle needs two organised armed groups)."""
    return any(a.kind in ("protesters", "rioters") for a in f.actors) and all(
        a.kind in ("protesters", "rioters", "civilians") for a in f.actors)


# British usage: "missiles" a crowd throws are stones, bottles and bricks ("missiles were thrown at the police", "pelted
# with missiles", "bricks, bottles and other missiles"): the crowd's riot, no missile attack. A missile fired,
# launched or striking stays a shelling word.
_MISSILE = re.compile(r"^missiles?$", re.I)
_THROWN_AFTER = re.compile(
    r"(?:\s+(?!(?:fired|firing|launched|launching|struck|hit|shot)\b)[\w,'-]+){0,6}?\s+(?:(?:were|was|being|been|had been|"
    r"have been|are|is|got)\s+)?(?:[\w-]+\s+)?(?:thrown|hurled|lobbed|flung|tossed)\b|"
    # ... what they were ("missiles including bricks and fireworks") or who threw them ("missiles from the crowd")
    r"\s+(?:including|such as|like|made of)\s+(?:[\w-]+\s+)?(?:bricks|bottles|stones|rocks|fireworks|eggs|cans|flares|"
    r"masonry|paving|chairs|debris|glass)\b|"
    r"\s+(?:from|by)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?(?:crowds?|mobs?|rioters|youths|protesters|demonstrators|"
    r"fans|supporters|gangs? of youths)\b", re.I)
_THROWER_BEFORE = re.compile(r"\b(?:threw|throw(?:s|ing|n)?|hurl(?:s|ed|ing)?|pelt(?:s|ed|ing)?|lobb(?:ed|ing)|"
                             r"flung|fling(?:s|ing)?|toss(?:ed|ing)?)\b"
                             r"(?:\s+(?!(?:fired|firing|launched|launching|shot)\b)[\w,'-]+){0,8}?\s+$", re.I)
_OTHER_OBJECTS = re.compile(r"\b(?:bricks|bottles|stones|rocks|fireworks|eggs|objects|debris|cans|chairs|coins|flares|"
                            r"masonry|paving slabs|cobblestones)\b[^.;]{0,60}?\b(?:and|or)\s+(?:other\s+)?$", re.I)
_THROWN_CHARS = 90

# A crowd that "dispersed" on its own ("the mourners dispersed after dusk", "the rally ended and the people dispersed") went
# home: only a crowd dispersed by someone ("police dispersed the crowd", "they were dispersed by police") was met by an
# intervention.
_DISPERSED = re.compile(r"^dispers", re.I)
_CROWD_SELF = re.compile(r"\b(?:crowds?|protesters|demonstrators|marchers|participants|people|gathering|rall(?:y|ies)|"
                         r"protests?|demonstrations?|(?-i:march(?:es)?)|processions?|they|students|mourners|supporters|"
                         r"mob|group|residents|rioters)\s+(?:(?:then|later|eventually|finally|quietly|peacefully|calmly|"
                         r"slowly|gradually|all|soon|subsequently|afterwards|had|have|has)\s+)*$", re.I)
_BY_FORCE = re.compile(r"\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:police|forces|troops|soldiers|officers|authorities|"
                       r"security|army|guards|gendarmes?|gendarmerie|military|agents|riot police)\b", re.I)


def _thrown_missile(f: Frame, c: CueMatch) -> bool:
    if not _MISSILE.match(c.text):
        return False
    before = max(f.sentence.start, c.start - _THROWN_CHARS)
    return bool(_THROWN_AFTER.match(f.text, c.end, f.sentence.end) or _THROWER_BEFORE.search(f.text, before, c.start)
                or _OTHER_OBJECTS.search(f.text, before, c.start))


def _went_home(f: Frame, c: CueMatch) -> bool:
    return bool(_DISPERSED.match(c.text)) and bool(
        _CROWD_SELF.search(f.text, max(f.sentence.start, c.start - 40), c.start)) and not _BY_FORCE.match(
        f.text, c.end, f.sentence.end)


def drop_crowd_words(f: Frame) -> None:
    """Drop the words that name a crowd's own doing, not the weapon or the force of another: missiles thrown by a
    crowd (a riot's stones) are no shelling, and a crowd that dispersed on its own met no intervention."""
    shells, force = f.cues.get(Cue.SHELLING), f.cues.get(Cue.INTERVENTION)
    if shells:
        kept = [c for c in shells if not _thrown_missile(f, c)]
        if len(kept) < len(shells):
            f.cues = {k: v for k, v in f.cues.items() if k != Cue.SHELLING}
            if kept:
                f.cues[Cue.SHELLING] = kept
    if force:
        kept = [c for c in force if not _went_home(f, c)]
        if len(kept) < len(force):
            f.cues = {k: v for k, v in f.cues.items() if k != Cue.INTERVENTION}
            if kept:
                f.cues[Cue.INTERVENTION] = kept
