"""Event geolocation: of the places a sentence names, which are where the event happened.

Not the hospital the wounded were taken to, the city a spokesperson spoke in, the place people
fled to or an outlet is based in. A helper for the extractor, over ``Document.places``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from eventcoder.model import Place

__all__ = ["EventCountry", "came_from", "event_country", "event_places", "filed_from", "innermost_place",
           "is_event_place", "modified_place"]

# Context right before a place that says it is NOT where the event happened.
_NOT_HERE = re.compile(
    r"(?:"
    # the wounded or the dead taken to a hospital in X (not a protest held at the hospital in X)
    r"\b(?:taken|rushed|transferred|admitted|treated|treatment|evacuated|died|succumbed|brought|airlifted|moved|"
    r"referred|carried|transported|hospitali[sz]ed|bodies|wounded|injured)\b[^.;]{0,60}?"
    r"\b(?:hospitals?|clinics?|medical\s+(?:centre|center|facility)|morgue)\s+(?:in|at|of)\s+"
    r"|\b(?:taken|transferred|rushed|evacuated|moved|flown|brought|airlifted|fled|flee|fleeing|displaced|"
    r"returned|returning|returns?|travell?ed|headed|deported|deporting|deportation|repatriated|repatriation|"
    r"relocated|sent|diverted|redirected|rerouted|en\s+route|bound|flying|"
    r"sailing)\s+(?:\w+\s+){0,2}(?:to|towards|into|for)\s+"
    r"|\bborders?\s+(?:with|of)\s+"  # "near the border with X": the neighbour, not where it happened
    # "fired from their positions in X towards Y": where the fire came from, not where it fell
    r"|\bfrom\s+(?:their|its|his|the(?:ir)?|enemy|army)?\s*(?:positions?|bases?|territory|side|trenches)\s+(?:in|at|near|of)\s+"
    r"|\b(?:said|says|told|announced|tweeted|spoke|speaking|stated|briefing|conference|statement)\s+"
    r"(?:\w+\s+){0,4}(?:in|from)\s+"
    r"|\b(?:based|headquartered|stationed|exiled|living)\s+in\s+"
    r"|\b(?:natives?|meeting|talks|summit)\s+(?:of|in)\s+"
    r"|\b(?:reporting|correspondent|reporter)\s+(?:\w+\s+)?(?:in|from)\s+"
    # not "20 km from X", "40km away from X": a distance from a reference point, where the event is near X
    r"|(?<!kilometers\s)(?<!kilometres\s)(?<!km\s)(?<!miles\s)(?<!metres\s)(?<!meters\s)(?<!km\saway\s)(?<!kilometres\saway\s)"
    r"(?<!kilometers\saway\s)(?<!miles\saway\s)\bfrom\s+"
    r"|\bin\s+(?:solidarity|sympathy)\s+with\s+(?:the\s+people\s+of\s+)?"  # whom a protest stands with
    r")(?:the\s+)?(?:(?:city|town|village|province|district)\s+of\s+)?$",
    re.IGNORECASE,
)
# Every branch of _NOT_HERE ends with one of these words and the same optional tail: a clause that does not end so
# cannot match, and this one pattern is much cheaper to try than _NOT_HERE's many branches at every start.
_NOT_HERE_END = re.compile(r"(?:to|towards|into|for|in|at|near|of|with|from)\s+(?:the\s+)?"
                           r"(?:(?:city|town|village|province|district)\s+of\s+)?$", re.IGNORECASE)
# Context right before a place that says it lies across a border or at the end of a journey: the neighbour or the
# destination, not the country of the report's events ("near the border with X", "a plane en route to X").
_ABROAD = re.compile(
    r"(?:\b(?:borders?|frontiers?)\s+(?:with|of)\s+"
    r"|\b(?:en\s+route|bound|flying|sailing|headed|heading|deported|fled|fleeing)\s+(?:\w+\s+){0,2}(?:to|towards|for)\s+"
    r")(?:the\s+)?$",
    re.IGNORECASE,
)
# "kidnapped schoolgirls from the town of X", "cattle rustled from the village of X": what was taken was taken
# there, the event's place, not a place someone came from (the generic "from X" of _NOT_HERE). Only with the
# settlement's type word: "abducted a man from X" may say where the man lives.
_TAKEN_FROM = re.compile(
    r"\b(?:kidnap+(?:ed|ing)?|abduct(?:ed|ing)?|seiz(?:ed|ing)|snatch(?:ed|ing)|stole|stolen|loot(?:ed|ing)|"
    r"rustl(?:ed|ing))\b[^.;:]{0,60}?\bfrom\s+(?:the\s+)?"
    r"(?:city|town|village|district|community)\s+of\s+$",
    re.IGNORECASE,
)
# "3,500 people were evacuated from X", "displaced from X district": a displacement is coded where people left
_LEFT_FROM = re.compile(r"\b(?:evacuated|evacuation|displaced|displacement)\s+(?:\w+\s+){0,3}?from\s+(?:the\s+)?$",
                        re.IGNORECASE)
# "gunmen killed three farmers from the village of X", "a child from X town was abducted": with a settlement's type
# word and no other place in an attack or abduction sentence, the victims' village is where they were attacked (the
# generic "from X" of _NOT_HERE is a home, not a place of the event, when the sentence places the event elsewhere).
_VICTIMS_FROM = re.compile(
    r"\b(?:people|persons|men|women|child(?:ren)?|boys?|girls?|farmers?|traders?|residents?|villagers?|students?|"
    r"pupils?|worshippers?|herders?|fishermen|miners?|travell?ers?|passengers?|members?|famil(?:y|ies)|youths?|"
    r"civilians?|peasants?|labou?rers?|workers?|teachers?|women)\s+(?:\w+\s+){0,2}?from\s+(?:the\s+)?"
    r"(?P<typed>(?:city|town|village|community|settlement|hamlet)\s+of\s+)?$", re.IGNORECASE)
# "interrupted a conference in X", "stormed a party meeting in X", "opened fire during a rally meeting in X", "set off
# a smoke grenade in the hall during a party meeting in X": an act on
# the gathering happened at it, in X. Only an act word acting on the gathering counts (not "disclosed at a meeting in X"
# or "leaders at a summit in X condemned", where X is only where people spoke), and never when the sentence names
# another place (the gathering is then where the incident was told, not where it happened).
_AT_GATHERING = re.compile(
    r"\b(?:interrupt\w*|disrupt\w*|storm\w*|picket\w*|attack\w*|bomb\w*|fire[ds]?|firing|clash\w*|beat|beating|"
    r"beaten|explo\w+|blast|grenades?|shots?|stones?|teargas|tear\s+gas)\s+(?:\w+\s+){0,4}?(?:(?:on|during|at|outside|inside)\s+)?"
    r"(?:a|an|the|their|its|his|her)?\s*(?:[\w'-]+\s+){0,3}(?:meeting|conference|summit|congress|convention|gathering)"
    r"\s+(?:in|at)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$", re.IGNORECASE)
_SPEECH = re.compile(r"\b(?:said|says|told|announced|stated|spoke|speaking|declared|address\w*|briefing|statement|"
                     r"press|news|media|disclos\w*|condemn\w*|denounc\w*|reveal\w*|confirm\w*|report\w*)\b",
                     re.IGNORECASE)


# "announced the formation of a new council during their meeting in X", "a coalition was founded at a congress in X":
# a group's founding, launch, merger or dissolution made at the gathering is the act itself (a strategic development), so the
# gathering's place is where it happened, however long the group's name between them.
_FORMED_AT_GATHERING = re.compile(
    r"\b(?:formation|formed|creation|created|establishment|established|founding|founded|launch(?:ed)?|"
    r"dissolution|dissolved|merger|merged)\b[^.;:!?]{0,120}?\b(?:during|at)\s+(?:a|an|the|their|its|his|her)?\s*"
    r"(?:[\w'-]+\s+){0,3}(?:meeting|conference|summit|congress|convention|gathering)\s+(?:in|at)\s+(?:the\s+)?"
    r"(?:(?:city|town|village)\s+of\s+)?$", re.IGNORECASE)
# a name in quotes ("the 'Authority of the South in X'"): its words name a group, not another place of the sentence
_QUOTED_NAME = re.compile(r"(?<!\w)'[^'.;]{2,120}'(?!\w)|\"[^\".;]{2,120}\"|\u2018[^\u2019]{2,120}\u2019|\u201c[^\u201d]{2,120}\u201d")


def _act_at_gathering(text: str, place: Place, start: int, clause: str) -> bool:
    begin = max(start, max((m.end() for m in re.finditer(r"[.!?]\s", text[: place.start])), default=0))
    found = _AT_GATHERING.search(clause)
    if found is not None and _SPEECH.search(clause) is None:
        before = text[begin : place.start - len(clause) + found.start()]
    elif _FORMED_AT_GATHERING.search(text, begin, place.start) is not None:
        before = text[begin : place.start]  # "a brigade formed in Y was announced at a meeting in X": formed in Y
    else:
        return False
    stop = next((m.start() + 1 for m in re.finditer(r"[.!?](?:\s|$)", text[place.end :])), len(text) - place.end)
    after = _QUOTED_NAME.sub(" ", text[place.end : place.end + stop])
    return not (_OTHER_PLACE.search(_QUOTED_NAME.sub(" ", before)) or _OTHER_PLACE.search(after))


_TYPE_AFTER = re.compile(r"\s+(?:city|town|village|community|settlement|hamlet)\b", re.IGNORECASE)
_ATTACK_WORDS = re.compile(
    r"\b(?:kill(?:ed|ing)?|shot|shoot(?:ing)?|attack(?:ed|ing)?|murder(?:ed)?|hack(?:ed)?|stabb(?:ed|ing)|"
    r"behead(?:ed)?|abduct(?:ed|ing|ion)?|kidnap+(?:ed|ing)?|wound(?:ed|ing)|injur(?:ed|ing)|massacred?|"
    r"slaughtered|gunned|raped|tortured|burn(?:ed|t))\b", re.IGNORECASE)
_OTHER_PLACE = re.compile(r"\b(?:in|at|near|outside|inside|on\s+the\s+outskirts\s+of)\s+(?:the\s+)?[A-Z]")
# "a child from X city in Y governorate", "farmers from the village of X, Y district": the unit written right after
# the victims' village places the village; it is no other place of the event
_UNIT_OF_VILLAGE = re.compile(
    r"(?i:\s+(?:city|town|village|community|settlement|hamlet))?\s*(?:,|\(|\bin\b|\bof\b)\s*(?:the\s+)?"
    r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}\s+(?i:governorate|province|state|district|region|county|countryside|"
    r"local\s+government(?:\s+area)?|LGA|municipality|department|prefecture|woreda|township)\b\)?")


def _victims_home_is_scene(text: str, place: Place, start: int) -> bool:
    """The victims' village, written with its type word after "from", in an attack or abduction sentence that
    names no other place: the event's place."""
    before = text[max(start, place.start - 80) : place.start]
    found = _VICTIMS_FROM.search(before)
    if found is None or not (found.group("typed") or _TYPE_AFTER.match(text, place.end)):
        return False
    begin = max(start, max((m.end() for m in re.finditer(r"[.!?]\s", text[:place.start])), default=0))
    stop = next((m.start() + 1 for m in re.finditer(r"[.!?](?:\s|$)", text[place.end :])), len(text) - place.end)
    sentence_before, sentence_after = text[begin : place.start], text[place.end : place.end + stop]
    if (unit := _UNIT_OF_VILLAGE.match(sentence_after)) is not None:
        sentence_after = sentence_after[unit.end() :]
    if not _ATTACK_WORDS.search(sentence_before + " " + sentence_after):
        return False
    return not (_OTHER_PLACE.search(sentence_before) or _OTHER_PLACE.search(sentence_after))


# A settlement's type word after a modifier that names its container or its country: "the Kaduna village of",
# "the Port-au-Prince suburb of", "the West Bank village of", "the Palestinian village of": the name that follows is
# the place, the modifier where it lies.
_SETTLEMENT_WORDS = r"(?:village|town|suburb|city|hamlet|settlement|township|neighbou?rhood|quarter|locality|commune)"
_MODIFIER = r"(?-i:[A-Z][\w'\u2019.]*(?:[\s-]+[A-Z][\w'\u2019.]*){0,3})(?:'s|\u2019s)?\s+"
_HERE = re.compile(
    r"\b(?:in|near|at|outside|inside|on|around|targeting|targeted|hit|hitting|struck|striking|attacked|"
    r"shelled|bombed|raided|stormed|stormed|seized|captured|entered|besieged|ambushed)\s+"
    r"(?:the\s+)?(?:(?:northern|southern|eastern|western|central)\s+)?"
    rf"(?:(?:city|town|village|province|district|outskirts|countryside)\s+of\s+|{_MODIFIER}{_SETTLEMENT_WORDS}\s+of\s+)?"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
# Between a modifier place and the settlement it holds: "Kaduna| village of |Kauru", "Port-au-Prince|'s suburb of |X"
_MODIFIER_GAP = re.compile(rf"(?P<owner>'s|\u2019s)?\s+(?:{_SETTLEMENT_WORDS}|district)\s+of\s+(?:the\s+)?",
                           re.IGNORECASE)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_BASED_AFTER = re.compile(r"^(?:-based|\s+based)\b", re.IGNORECASE)
# "Moscow said", "Washington accused", "Kyiv has denied", "Beijing fired back": a capital or a country as the
# subject of a government's act stands for that government (metonymy), not for where the event happened.
_GOVERNMENT_AFTER = re.compile(
    r"(?:'s?|\u2019s?)?\s+(?:has\s+|have\s+|had\s+|also\s+|again\s+|later\s+|quickly\s+|then\s+|swiftly\s+)*"
    r"(?:said|says|say|accused|accuses|warned|warns|denied|denies|claimed|claims|blamed|blames|announced|announces|"
    r"condemned|condemns|responded|responds|retaliated|rejected|rejects|insisted|insists|threatened|threatens|vowed|"
    r"vows|demanded|demands|urged|urges|sent|sends|supplied|supplies|imposed|imposes|sanctioned|expelled|expels|"
    r"summoned|recalled|ordered|orders|approved|agreed|signed|confirmed|confirms|believes|wants|hopes|considers|"
    r"fired\s+back|hit\s+back|struck\s+back|launched|denounced|protested|called\s+(?:on|for)|described|dismissed|"
    r"backed|backs|supports|supported|refused|refuses|pledged|promised|admitted|acknowledged)\b")
# A place in the purpose of a protest held at another place of the same sentence: "rallied in Nantes to
# condemn the shelling of a hospital in Kharkiv", "marched in Taipei to condemn the violence in Bucha". The
# protest is in the first place; the second is where the other event happened.
_ELSEWHERE = re.compile(
    r"\b(?:in|at|outside|near)\s+(?:the\s+)?(?:(?:downtown|central|old|northern|southern|eastern|western)\s+)?"
    r"[A-Z][^.;!?]{0,150}?\b(?:to\s+|and\s+)?(?:denounc\w*|condemn\w*|"
    r"commemorat\w*|mourn\w*|remember\w*|protest\w*\s+against|in\s+solidarity\s+with|in\s+support\s+of|"
    r"(?:pay(?:ing)?\s+)?tribute\s+to|(?:rais\w+\s+)?awareness\s+(?:of|about)|release\s+of)\b"
    r"[^.;!?]{0,90}\b(?:in|at)\s+(?:the\s+)?$")
_FEATURE_RANK = {"city": 0.0, "camp": 0.0, "user": 0.0, "site": 0.0, "admin2": -0.5, "region": -1.0,
                 "admin1": -1.0, "country": -3.0}


# "the Beltway, which passes through X and Y", "a pipeline running across X": where a road, line or river runs, told
# to describe it, not where anything happened
_ROUTE_THROUGH = re.compile(
    r"\b(?i:roads?|highways?|beltway|ring\s*road|motorways?|interstates?|expressways?|freeways?|routes?|railways?|"
    r"rail\s+lines?|pipelines?|canals?|rivers?|corridors?)\b[^.;:!?]{0,40}?\b(?i:pass(?:es|ed|ing)?|runs?|running|ran|"
    r"stretch(?:es|ed|ing)?|wind(?:s|ing)?|extend(?:s|ed|ing)?|travers(?:es|ed|ing)|cuts?|cutting|flows?|flowing)\s+"
    r"(?i:through|across)\s+(?:the\s+)?(?:[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*)*\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)"
    r"(?:the\s+)?)*$")


def is_event_place(text: str, place: Place, start: int = 0) -> bool:
    """False when the words before ``place`` (from ``start``) say it is not where the event happened, or when it is a
    world region ("Europe", "the Sahel"): ACLED places an event in one country."""
    return _is_event_place(text, place, start)


# The answer depends only on the three values (Place is frozen and compared by value), and the frame stages ask it
# for the same places of a document again and again: remembered for the last few thousand questions.
@functools.lru_cache(maxsize=4096)
def _is_event_place(text: str, place: Place, start: int) -> bool:
    if place.feature == "region" and not place.country_code:
        return False
    before = text[max(start, place.start - 80) : place.start]
    clause = re.split(r"[.;:!?]|,\s+(?:while|but|and)\s+|\bwhere\b", before)[-1]
    if _BASED_AFTER.match(text[place.end : place.end + 7]):
        return False
    if (_NOT_HERE_END.search(clause) and _NOT_HERE.search(clause) and not _TAKEN_FROM.search(clause) and not _LEFT_FROM.search(clause)
            and not _victims_home_is_scene(text, place, start) and not _act_at_gathering(text, place, start, clause)):
        return False
    if (_stands_for_government(text, place) or _names_institution_elsewhere(text, place, start)
            or _inside_acronym_name(text, place) or _ROUTE_THROUGH.search(before) is not None):
        return False
    sentence = re.split(r"[.;!?]\s", text[max(start, place.start - 300) : place.start])[-1]
    return _ELSEWHERE.search(sentence) is None


# "the convoy departed from X", "protesters marched from X", "a trader from X was beaten": where people on the move or
# the victims came from. Only a movement verb of people (not of armed men, troops or a team: where they came from is
# not where they struck) or a victim noun right before "from" says so; orders, calls, news, weapons or support "from X"
# carry no people, and the home of migrants, refugees or pilgrims is abroad more often than not.
_CAME_FROM = re.compile(r"\bfrom\s+(?:the\s+)?(?:(?:city|town|village|province|district)\s+of\s+)?$", re.IGNORECASE)
_MOVED_FROM = re.compile(
    r"\b(?:depart(?:ed|ing)|set\s+(?:out|off)|setting\s+(?:out|off)|march(?:ed|ing)|walk(?:ed|ing)|trek(?:ked|king)|"
    r"travell?(?:ed|ing)|convoy|procession|caravan)\s+(?:\w+\s+){0,1}?from\s+(?:the\s+)?"
    r"(?:(?:city|town|village|province|district)\s+of\s+)?$", re.IGNORECASE)
_VICTIM_FROM = re.compile(
    r"\b(?:people|persons|men|women|child(?:ren)?|boys?|girls?|farmers?|traders?|residents?|villagers?|students?|"
    r"pupils?|worshippers?|herders?|fishermen|miners?|travell?ers?|passengers?|famil(?:y|ies)|youths?|civilians?|"
    r"peasants?|labou?rers?|workers?|teachers?|journalists?|activists?|drivers?)\s+from\s+(?:the\s+)?"
    r"(?:(?:city|town|village|province|district)\s+of\s+)?$", re.IGNORECASE)
_ARMED_MOVERS = re.compile(
    r"\b(?:gunm[ae]n|bandits?|troops?|soldiers?|militants?|fighters?|insurgents?|rebels?|militias?|militiam[ae]n|"
    r"attackers?|assailants?|raiders?|terrorists?|jihadists?|police(?:m[ae]n)?|officers?|forces?|army|team|squad|"
    r"unit|delegation|herdsmen|gangs?|armed)\b", re.IGNORECASE)
_NOT_AN_ORIGIN = re.compile(
    r"\b(?:km|kms|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|away|fled|flee(?:ing)?|escaped|evacuated|displaced|deported|"
    r"expelled|extradited|repatriated|fired|fire|firing|launched|shelled|shelling|positions?|bases?|territory|side|"
    r"trenches|said|says|told|announced|tweeted|spoke|speaking|stated|statement|reporting|correspondent|reporter|"
    r"reports?|migrants?|refugees?|asylum|nationals?|citizens|tourists?|pilgrims?|imported|flights?|smuggled|"
    r"returned|returning|arrived|arriving|crossed|crossing|across)\b[^.;:!?]{0,40}$", re.IGNORECASE)


def _people_came_from(clause: str) -> bool:
    """The clause ends with where victims came from ("a trader from") or where people who are not armed men moved
    from ("the convoy departed from")."""
    if _VICTIM_FROM.search(clause):
        return True
    moved = _MOVED_FROM.search(clause)
    return moved is not None and _ARMED_MOVERS.search(clause[: moved.start()]) is None


def came_from(text: str, place: Place, start: int = 0) -> bool:
    """``place`` is written as where people on the move or the victims came from ("the convoy departed from X",
    "assaulted a child from X"), not where armed men, orders or goods came from, fire came from, people fled from or a
    distance is measured from: not the event's place while the incident names another, but the nearest the text gives
    when it names none."""
    if place.feature in ("country", "region") or is_event_place(text, place, start):
        return False
    before = text[max(start, place.start - 80) : place.start]
    clause = re.split(r"[.;:!?]|,\s+(?:while|but|and)\s+|\bwhere\b", before)[-1]
    found = _CAME_FROM.search(clause)
    return found is not None and _people_came_from(clause) and _NOT_AN_ORIGIN.search(clause[: found.start()]) is None \
        and not (_stands_for_government(text, place) or _names_institution_elsewhere(text, place, start)
                 or _inside_acronym_name(text, place))


# "Kabul University", "Ibadan Polytechnic", "the Mosul Medical College": a town inside an institution's name
_INSTITUTION_AFTER = re.compile(r"(?:\s+[A-Z][\w'-]*){0,2}?\s+(?:University|College|Polytechnic|Academy|Institute|"
                                r"Seminary|Conservatory)\b")


# "the president of the X province", "the mayor of X": the unit an office-holder answers for
_OFFICE_OF = re.compile(r"\b(?:president|governor|mayor|prefect|sub-?prefect|chair(?:man|woman|person)?|"
                        r"commissioner|senator|deputy|administrator|council(?:l?or)?s?|mayors|governors)\s+of\s+"
                        r"(?:the\s+)?$", re.IGNORECASE)


def _names_institution_elsewhere(text: str, place: Place, start: int) -> bool:
    """A town inside an institution's name ("students of Kabul University marched in Herat"), or the unit of an
    office-holder ("the mayor of X and others gathered in Y"), when its sentence places the event elsewhere with a
    locative cue: the institution or the office says who took part, the other place where. Without another place,
    or after a cue ("at Kabul University"), the institution's town stays the event's place."""
    office = _OFFICE_OF.search(text, max(start, place.start - 30), place.start) is not None
    if not (office or _INSTITUTION_AFTER.match(text, place.end)) or _LOCATIVE_BEFORE.search(
            text, max(0, place.start - 12), place.start):
        return False
    begin = max(start, max((m.end() for m in re.finditer(r"[.!?]\s", text[: place.start])), default=0))
    stop = next((place.end + m.start() for m in re.finditer(r"[.!?](?:\s|$)", text[place.end :])), len(text))
    # (not the unit written right after the place to locate it: "the governor of X district in Y was killed")
    return any(m.start() < place.start or (m.start() > place.end and not _LOCATES.fullmatch(text, place.end, m.start()))
               for m in _OTHER_PLACE.finditer(text, begin, stop))


_LOCATES = re.compile(r"\s*(?i:(?:district|province|state|county|region|city|town|municipality|governorate|"
                      r"department|prefecture)\s*)?,?\s*")


# "the Syndicat des employes du X (SEX)", "X Solidaire (XS)", "the Y Party of X (YPX)": a name glossed by its
# acronym right after it. Up to two capitalised words may follow the place inside the name.
_ACRONYM_AFTER = re.compile(r"((?:\s+[A-Z][\w'-]*){0,2})\s*\(([A-Z][A-Za-z&-]{1,9})\)")
_NAME_WORD = re.compile(r"[^\W\d_][\w'-]*")
# words inside a name that no acronym spells ("de", "du", "of", "the", "and", "et", "y"); other lower-case words may
# be skipped too ("Union des travailleurs de la sante et du commerce du X (UTSCX)")
_NAME_GLUE = frozenset("of the and for in de du des la le les el al et y e da do dos das di del della von van der "
                       "und fur pour".split())
# words that make the whole phrase a state's or a unit's name, not an organisation's ("the Democratic Republic of
# the Congo (DRC)", "Khyber Pakhtunkhwa Province (KPP)")
_UNIT_NAME_WORDS = frozenset("republic kingdom state states emirates federation union province region county district "
                             "territory city islands island".split())


def _inside_acronym_name(text: str, place: Place) -> bool:
    """``place`` is a word of a longer name that the text glosses with its acronym ("members of the Syndicat des
    employes du X (SEX)", "the X Solidaire (XS) party"): an organisation's name, not where anything happened.
    A place that is the whole name ("Sao Paulo (SP)") and a country ("Republic of X (RX)") stay places."""
    if place.feature == "country":
        return False
    m = _ACRONYM_AFTER.match(text, place.end)
    if m is None:
        return False
    letters = "".join(c for c in m.group(2).upper() if c.isalpha())
    words = _NAME_WORD.findall(text[max(0, place.start - 120) : place.end] + m.group(1))[-3 * len(letters):]
    used = _spelled_by(letters, tuple(words))
    own = len(_NAME_WORD.findall(place.surface))
    return used is not None and len(used) > own and not any(w.lower() in _UNIT_NAME_WORDS for w in used)


@functools.lru_cache(maxsize=1024)
def _spelled_by(letters: str, words: tuple[str, ...]) -> tuple[str, ...] | None:
    """The last words of ``words`` whose initials spell ``letters`` (read from the end; a lower-case word may be
    skipped, a capitalised one may not), or None."""
    if not letters:
        return ()
    if not words:
        return None
    w, rest = words[-1], words[:-1]
    if w[0].upper() == letters[-1] and (w[0].isupper() or w.lower() not in _NAME_GLUE or len(letters) > 1):
        found = _spelled_by(letters[:-1], rest)
        if found is not None:
            return (*found, w)
    if w[0].isupper():
        return None  # a capitalised word the acronym does not spell: not the name's
    return _spelled_by(letters, rest)


def _stands_for_government(text: str, place: Place) -> bool:
    """A country, or its capital city, written as the subject of a government's act ("Moscow accused Kyiv")."""
    if place.feature != "country" and not (place.feature == "city" and _is_capital(place)):
        return False
    if _LOCATIVE_BEFORE.search(text, max(0, place.start - 12), place.start):
        return False  # "activists in Kyiv protested": the place of the act
    return _GOVERNMENT_AFTER.match(text, place.end) is not None


_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|outside|inside|across|from)\s+(?:the\s+)?$", re.IGNORECASE)


def _is_capital(place: Place) -> bool:
    from eventcoder.geo.countrymap import capital_name
    from eventcoder.geo.normalize import fold

    capital = capital_name(place.country_code) if place.country_code else None
    return capital is not None and place.name is not None and fold(capital) == fold(place.name)


_HOLDER_GAP = re.compile(r"^[^.;:!?]{0,40}?(?:\bof|\bin|,|\()\s*(?:the\s+)?$", re.IGNORECASE)


def _holds_earlier(text: str, places: Sequence[Place], p: Place, start: int) -> bool:
    """Whether ``p`` is written after a smaller place of its own province to locate it ("X district of Y",
    "X town, Y", "X (Z, Y)"): then ``p`` is the container, not the event's place."""
    for q in places:
        if q.end > p.start or q.start < start or not q.resolved or q is p:
            continue
        if (q.country_code == p.country_code and q.admin1 and q.admin1 == p.admin1 and q.geonameid != p.geonameid
                and (p.population or 0) > (q.population or 0) and _HOLDER_GAP.match(text[q.end : p.start])):
            return True
    return False


def modified_place(text: str, places: Sequence[Place], p: Place) -> Place | None:
    """The place whose settlement type word ``p`` modifies ("the Kaduna village of X", "the Port-au-Prince suburb of
    X", "the Kabul district of X"): ``p`` holds X, where the event is; None when ``p`` modifies none. Only a resolved
    X of ``p``'s country that ``p`` may hold (finer, or smaller: "the X district of Y province" and "the X
    neighbourhood of Y city" read the other way round)."""
    gap = _MODIFIER_GAP.match(text, p.end)
    if gap is None or not p.resolved or not (gap.group("owner") or _THE_BEFORE.search(text, max(0, p.start - 6), p.start)):
        return None  # "in X village of Y" (no "the"): X is the village, Y holds it
    rank = _FEATURE_RANK.get(p.feature or "", 0.0)
    return next((q for q in places if q.start == gap.end() and q.resolved and q.feature != "country"
                 and q.country_code == p.country_code and _holds_by_size(p, q, rank)), None)


def _holds_by_size(outer: Place, inner: Place, rank: float) -> bool:
    """``outer`` may hold ``inner``: a coarser unit, or a town of the same rank and more people ("the Roslindale
    neighbourhood of Boston" reads the other way round: the neighbourhood of the larger city)."""
    inner_rank = _FEATURE_RANK.get(inner.feature or "", 0.0)
    return inner_rank > rank or (inner_rank == rank and (outer.population or 0) > (inner.population or 0))


def event_places(text: str, places: Sequence[Place], start: int = 0, end: int | None = None) -> list[Place]:
    """Resolved places of ``text[start:end]`` where an event may have happened, most likely first.

    Places that only say where the wounded were taken, where someone spoke, or where people fled
    are left out; countries come last and only when nothing more precise is named.
    """
    stop = len(text) if end is None else end
    scored: list[tuple[float, int, Place]] = []
    for p in places:
        if not p.resolved or p.start < start or p.end > stop:
            continue
        if not is_event_place(text, p, start):
            continue
        clause = re.split(r"[.;:!?]|,\s+(?:while|but|and)\s+|\bwhere\b", text[max(start, p.start - 80) : p.start])[-1]
        score = _FEATURE_RANK.get(p.feature or "", 0.0)
        if _HERE.search(clause):
            score += 2.0
        if p.geo_precision == 1:
            score += 0.5
        if _holds_earlier(text, places, p, start) or modified_place(text, places, p) is not None:
            # "Avasin region (X district) of Erbil", "the Kaduna village of X": Erbil, Kaduna place X, the event is in X
            score -= 1.5
        scored.append((score, p.start, p))
    scored.sort(key=lambda x: (-x[0], x[1]))
    best = [p for _, _, p in scored]
    local = [p for p in best if p.feature != "country"]
    return local or best


_UNIT_FEATURES = ("admin1", "admin2", "region", "country")
_GLUE = re.compile(r"^(?:,\s*|\s*\(\s*|\s*\)?,\s*|\s+(?:town|city|village|district|province|state|region|"
                   r"governorate|county|municipality|township)\s*[(,]\s*"
                   # "Makurdi, the capital of Nigeria's Benue State", "X, a town in the Y region", "X, capital of Y",
                   # "X, the capital of the (northern) state of Y"
                   r"|,\s+(?:(?:the|a)\s+(?:[\w-]+\s+){0,2}(?:capital|seat|town|city|village|district)|capital|seat)"
                   r"\s+(?:of|in)\s+(?:the\s+)?(?:[A-Z][\w-]*(?:'s|\u2019s)\s+)?"
                   r"(?:(?:[\w-]+\s+){0,2}?(?:state|province|region|governorate|department|oblast|prefecture|territory)"
                   r"\s+of\s+(?:the\s+)?)?"
                   r"|\s+(?:town|city|village|district)?\s*(?:of|in)\s+(?:the\s+)?)$", re.IGNORECASE)


def _larger_town_around(outer: Place, inner: Place) -> bool:
    """``outer`` is a larger town of ``inner``'s province, written after it to locate it ("Fasano (Bari, Puglia)":
    Bari names the province by its seat), not a second place of its own."""
    return (outer.feature == "city" and inner.feature == "city" and outer.country_code == inner.country_code
            and outer.admin1 is not None and outer.admin1 == inner.admin1
            and (outer.population or 0) > (inner.population or 0))


def innermost_place(text: str, places: Sequence[Place], i: int) -> int:
    """Of the place at ``places[i]`` and the places written just before it that it holds ("Bologna (Bologna,
    Emilia-Romagna)", "Kartal town, Istanbul"), the index of the first, most specific one.

    ``places`` sorted by offset. An incident that names no place is coded where the report last placed an
    event: the town, not the province written after it to locate the town; and not a province or country the
    report names after the town it tells as its scene (``_scene_town``).
    """
    while i > 0:
        outer, inner = places[i], places[i - 1]
        if not _GLUE.match(text[inner.end : outer.start]) or inner.country_code != outer.country_code:
            break
        holds = outer.feature in _UNIT_FEATURES and (outer.feature == "country" or not outer.admin1
                                                      or outer.admin1 == inner.admin1)
        if not holds and outer.name != inner.name and not _larger_town_around(outer, inner):
            break
        i -= 1
    scene = _scene_town(text, places, i)
    return i if scene is None else scene


# "X was the scene of ...", "X, the scene of ...": the report tells the town as where its events happened
_SCENE_AFTER = re.compile(r"\s*,?\s+(?:(?:was|were|is|has\s+been|had\s+been|became)\s+)?(?:again\s+)?"
                          r"(?:the\s+)?scene\s+(?:on\s+\w+\s+)?of\b", re.IGNORECASE)
# "in this city", "this northwestern town", "the same city": the report refers back to its town
_THIS_TOWN = re.compile(r"\b(?:this|the\s+same)\s+(?:[\w-]+\s+){0,3}?(?:city|town|village)\b", re.IGNORECASE)


def _scene_town(text: str, places: Sequence[Place], i: int) -> int | None:
    """When ``places[i]`` is a province, region or country, the index of a town in it named before it that the report
    tells as the scene of its events: a town "was the scene of" them, or the report refers back to "this city" after
    the wider unit ("Riverton was the scene of shooting. Schools across Lakeland closed. In this city, ..."): the
    unit is the town's setting, not a second place. None when there is no such town."""
    unit = places[i]
    if unit.feature not in ("admin1", "region", "country"):
        return None
    towns = [j for j in range(i) if places[j].feature not in _UNIT_FEATURES
             and places[j].country_code == unit.country_code
             and (unit.feature == "country" or not unit.admin1 or places[j].admin1 == unit.admin1)]
    told = [j for j in towns if _SCENE_AFTER.match(text, places[j].end)]
    if told:
        return told[-1]
    end = places[i + 1].start if i + 1 < len(places) else len(text)
    if towns and _THIS_TOWN.search(text, unit.end, end):
        return towns[-1]
    return None


# A dateline: an upper-case place opening a line (after a syndication credit "(Agency)"), then an optional region
# and date, an optional "(Agency)", and a dash or colon ("KYIV (Agency) -", "MOGADISHU, March 3 --").
_LINE_START = re.compile(r"[ \t]*(?:\([^()\n]{2,40}\)\s+)?")
_DATELINE_AFTER = re.compile(r"(?:,[^\n()\-\u2013\u2014:]{1,40})?\s*(?:\([^()\n]{1,40}\))?\s*(?:--|-|\u2013|\u2014|:)\s")


def filed_from(text: str, place: Place) -> bool:
    """``place`` opens the report's dateline (an upper-case name at a line's start, then a dash or "(Agency)")."""
    letters = re.sub(r"[^A-Za-z]", "", place.surface)
    line_start = text.rfind("\n", 0, place.start) + 1
    return (len(letters) >= 3 and letters.isupper() and place.start - line_start <= 60
            and _LINE_START.fullmatch(text, line_start, place.start) is not None
            and _DATELINE_AFTER.match(text, place.end) is not None)



@dataclass(frozen=True, slots=True)
class EventCountry:
    """Where an event happened at country level, and why.

    ``source`` says which evidence decided: ``place`` (the event's own place), ``focus`` (the country
    the document's places are about), ``places`` (the country most of its places resolve to),
    ``text`` (a country the text names), ``actor`` (an actor's country, the last resort).
    ``evidence`` is the place that decided, when a place did.
    """

    code: str | None
    source: str
    evidence: Place | None = None


# "in southern X", "across X", "inside X": a country written as where things happen, not as an actor ("X accused")
_IN_COUNTRY_BEFORE = re.compile(
    r"\b(?:in|inside|across|throughout)\s+(?:the\s+)?(?:(?:far\s+)?(?:north|south|east|west|north-?east|north-?west|"
    r"south-?east|south-?west)(?:ern)?\s+|central\s+)?$", re.IGNORECASE)


def _focus_told_as_scene(text: str, doc_places: Sequence[Place], focus: str, scene: Sequence[Place]) -> bool:
    """The report names its focus country as where things happen ("strikes in southern X") more often than it names
    towns elsewhere: those towns are background (an ally's war, an earlier attack), not the event's country."""
    told = sum(1 for p in doc_places if p.feature == "country" and p.country_code == focus
               and _IN_COUNTRY_BEFORE.search(text, max(0, p.start - 30), p.start) and is_event_place(text, p))
    return told > len(scene)


def event_country(place: Place | None, doc_places: Sequence[Place], focus: str | None, *,
                  text_country: str | None = None, actor_countries: Iterable[str | None] = (),
                  text: str | None = None) -> EventCountry:
    """The event's country: from its place when one is known, never from an actor when a place is.

    ACLED codes where an event happened: a Turkish strike in northern Iraq is Iraq, an Israeli strike
    in Gaza is Palestine. The actors' countries are only a last resort, when neither the event's
    place, nor the document's places, nor a country the text names say anything. With the document's
    ``text``, the places it names as a neighbour or a destination ("near the border with X", "en route to X",
    "fled to X") do not count: they are not the event's country.
    """
    if place is not None and place.resolved and place.country_code:
        return EventCountry(place.country_code, "place", place)
    if text is not None:
        doc_places = [p for p in doc_places if not _ABROAD.search(text, max(0, p.start - 60), p.start)]
    local = [p for p in doc_places if p.resolved and p.country_code and p.feature != "country"]
    # the dateline's city is the reporter's, "Washington has blamed" a government's: neither outvotes a focus the
    # text gives its events (geo.dateline)
    scene = [p for p in local if text is None or not (filed_from(text, p) or not is_event_place(text, p))]
    if focus and (not scene or any(p.country_code == focus for p in scene)
                  or (text is not None and _focus_told_as_scene(text, doc_places, focus, scene))):
        return EventCountry(focus, "focus")
    # A focus that only country names make ("airstrikes blamed on X" in a report whose towns all lie in Y) is
    # the actors' country: the towns say where
    counts: dict[str, int] = {}
    first: dict[str, Place] = {}
    for p in local or doc_places:
        if p.resolved and p.country_code:
            counts[p.country_code] = counts.get(p.country_code, 0) + 1
            first.setdefault(p.country_code, p)
    if counts:
        best = max(counts, key=lambda k: counts[k])  # the first named on a tie (dicts keep insertion order)
        return EventCountry(best, "places", first[best])
    if text_country:
        return EventCountry(text_country, "text")
    actor = next((c for c in actor_countries if c), None)
    return EventCountry(actor, "actor" if actor else "none")
