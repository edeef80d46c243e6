"""Roles: which actors of a frame are the perpetrators (actor1 side) and which the targets (actor2 side).

Surface patterns of news grammar decide first ("X attacked Y", "Y were killed by X", "attacks by X",
"clashes between X and Y", victims inside a casualty count); only the actors they leave undecided go
to the dependency parse (``roles_from_parse``), then to a default (``place_undecided``).
Every pattern reads a bounded window around the actor, so a sentence is read in linear time.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from eventcoder.extract.actors import ActorMention
from eventcoder.extract.frames import Frame
from eventcoder.vocab import Inter

__all__ = ["armed_party", "assign_roles", "crowd_acts", "denied_victims", "is_state", "place_undecided", "roles_from_parse",
           "same_as_agent"]

_ACTIVE_VERB = (
    r"launch(?:ed|es)?|carried out|carry out|conducted|attack(?:ed|s)?|kill(?:ed|s)?|shell(?:ed|s)?|struck|strikes?|"
    r"bomb(?:ed|s)?|fire[sd]?|target(?:ed|s)?|hit|stormed|raid(?:ed|s)?|ambush(?:ed|es)?|abduct(?:ed|s)?|"
    r"kidnap(?:ped|s)?|opened fire|clash(?:ed|es)|seiz(?:ed|es)|captur(?:ed|es)|detonat(?:ed|es)|shot|execut(?:ed|es)|"
    r"arrest(?:ed|s)|detain(?:ed|s)|dispers(?:ed|es)|used|dropped|destroy(?:ed|s)|burn(?:ed|t)|torch(?:ed|es)|"
    r"loot(?:ed|s)|overr?an|took|retook|recaptur(?:ed|es)|intercept(?:ed|s)|down(?:ed|s)|pound(?:ed|s)|"
    r"wounded|injured|massacred|beheaded|invaded|besieged|assaulted|fought|battled|engaged|repelled|pushed|"
    r"advanced|rocketed|blew up|set fire|razed|demolished|raped|tortured|gunned down|hacked|stabbed|"
    r"protested|marched|rallied|demonstrated|gathered|staged|held|blocked|rioted|pelted|threw|beat|"
    r"beat up|hurled|vandali[sz]ed|lynched|chased|stoned|damaged|ransacked|broke|smashed|dragged|lashed|whipped|"
    r"manhandled|harassed|ensued|erupted|broke out|confronted|surrounded|set ablaze|"
    # the verbs of a raid told as its terror: "gunmen have unleashed terror on the village", "swooped on the market"
    r"unleashed|swooped|descended|rampaged|terrori[sz]ed"
)
# Matched at the end of an actor (``match(text, pos, sentence_end)``): the actor is the subject of a violent verb.
_AGENT_AFTER = re.compile(
    rf"\s*(?:\([^)]{{0,30}}\)\s*)?(?:,[^,.;]{{0,60}},\s*)?(?:(?:and|&)\s+[^,.;]{{0,60}}?\s+)?"
    rf"(?:(?:have|has|had|have been|reportedly|allegedly|also|then|later|again|repeatedly|on \w+|jointly|"
    rf"subsequently|initially|who|which)\s+){{0,2}}(?:{_ACTIVE_VERB})\b",
    re.IGNORECASE,
)
_BLAMED = re.compile(
    r"\b(?:blam(?:ed|ing|es|e)|attributed (?:it |the attack )?to|claimed by|"
    r"carried out by|responsibility (?:lay|lies) with)\s+(?:it on\s+|the attack on\s+)?(?:the\s+|a\s+|suspected\s+)?"
    r"(?:(?:leftist|rightist|rival|armed|Islamist|jihadist|separatist|dissident|local)\s+)?[\"'\u201c\u2018]?$",
    re.I,
)
_CLAIMED_AFTER = re.compile(
    r"\s*(?:\([^)]{0,30}\)\s*)?(?:,[^,.;]{0,60},\s*)?(?:has |had |have |later |quickly |swiftly |also |reportedly )?"
    r"(?:claimed|claims|claiming) (?:responsibility|credit|the (?:[\w-]+ )?(?:attacks?|killings?|bombings?|blasts?|"
    r"explosions?|ambush|raids?|assault|strikes?|abductions?|kidnappings?|shootings?|assassination|operation))\b", re.I)
# "X said it was behind the attack", "X said its fighters carried out the raid": a claim told as the group's own words
_SAID_BEHIND_AFTER = re.compile(
    r"\s*(?:,[^,.;]{0,60},\s*)?(?:has |had |later |also )?(?:said|says|announced|confirmed|admitted|stated) (?:that )?"
    r"(?:it|they|the group|its (?:fighters|militants|men|members)) (?:(?:was|were|is|are|had|has|have) )?"
    r"(?:behind|carried out|conducted|staged|responsible for) (?:the|this|that|Sunday's|Monday's|Tuesday's|"
    r"Wednesday's|Thursday's|Friday's|Saturday's) (?:[\w-]+ )?(?:attacks?|killings?|bombings?|blasts?|explosions?|"
    r"ambush|raids?|assault|strikes?|abductions?|kidnappings?|shootings?|assassination|operation)\b", re.I)
# "the attack was claimed by X", "an ambush claimed by X": a claim told in the passive
_CLAIMED_BY = re.compile(r"\b(?:was|were|been|later|since|swiftly|quickly)?\s*claimed\s+by\s+(?:the\s+)?$", re.I)
_SPEAKER_AFTER = re.compile(
    r"\s*(?:spokes(?:man|woman|person)\s+)?(?:said|say|says|told|reported|confirmed|stated|"
    r"(?:did|do|does) not (?:say|give|disclose|confirm|comment))\b", re.I)
# "Peruvian officials blamed guerrillas for the ambush": officialdom that blames or accuses speaks; it is no
# fighting party (a force that accuses, "the army accused militants of attacking its post", may well be the target)
_OFFICIALDOM = re.compile(r"\b(?:authorities|officials|government|administration|ministry|presidency)$", re.I)
_BLAMES_AFTER = re.compile(r"\s*(?:have |has |had |also |quickly )?(?:blam(?:e|es|ed)|accus(?:e|es|ed))\s+(?!of\b)",
                           re.I)
# "The X government refuses to accept the denials that ...", "the ministry condemned the bombing": officialdom that
# takes a stance on the act (rejects, denies, condemns, vows, urges) tells of it, it took no part in it
_STANCE_AFTER = re.compile(
    r"\s*(?:(?:has|have|had|also|again|quickly|swiftly|strongly|firmly)\s+){0,2}(?:refus(?:e|es|ed)|den(?:y|ies|ied)|"
    r"reject(?:s|ed)?|condemn(?:s|ed)?|welcom(?:e|es|ed)|urg(?:e|es|ed)|vow(?:s|ed)?|warn(?:s|ed)?|pledg(?:e|es|ed)|"
    r"promis(?:e|es|ed)|insist(?:s|ed)?|deplor(?:e|es|ed)|denounc(?:e|es|ed)|demand(?:s|ed)?|appeal(?:s|ed)?|"
    r"express(?:es|ed)?|offer(?:s|ed)?|called for|calls for|mourn(?:s|ed)?|prais(?:e|es|ed)|criticis(?:e|es|ed)|"
    r"criticiz(?:e|es|ed)|question(?:s|ed)?|doubt(?:s|ed)?|disput(?:e|es|ed))\b", re.I)
# "Officers are investigating a shooting", "police launched a probe into the attack", "police are searching for the
# gunmen": who investigates the act or hunts its authors came after it, no party of it
_INVESTIGATES_AFTER = re.compile(
    r"\s*(?:(?:are|is|were|was|have|has|had|been|also|now|still|currently|reportedly)\s+){0,3}(?:"
    r"(?:investigat(?:e|es|ed|ing)|prob(?:e|es|ed|ing)|look(?:s|ed|ing)? into|examin(?:e|es|ed|ing))\s+(?:the\s+|a\s+|an\s+|"
    r"this\s+|that\s+)?(?:[\w-]+\s+){0,2}(?:shootings?|attacks?|killings?|incidents?|cases?|murders?|deaths?|blasts?|"
    r"explosions?|bombings?|assaults?|crimes?|clash(?:es)?|violence|stabbings?|fire|ambush)\b"
    r"|(?:search(?:es|ed|ing)?|hunt(?:s|ed|ing)?)\s+for\s+(?:the\s+)?(?:[\w-]+\s+)?(?:suspects|gunmen|attackers|"
    r"perpetrators|killers|culprits|assailants|shooters?|bombers?)\b"
    r"|(?:opened|launched|began|started)\s+(?:an?\s+|their\s+)?(?:[\w-]+\s+)?(?:investigation|inquiry|probe|manhunt)\b)",
    re.I)
# "the singer was led to a car and escorted away by guards", "the wounded were treated by army medics": the
# agent of a care or escort verb does that, not the violence told beside it
_CARED_BY_BEFORE = re.compile(
    r"\b(?:escorted|evacuated|treated|attended to|cared for|driven|flown|ferried|"
    r"transported|questioned|interviewed|greeted|welcomed|received|visited|briefed)\b(?:\s+[\w'-]+){0,5}?\s+by\s+"
    r"(?:the\s+|a\s+|an\s+)?$", re.I)
_HEADLINE_SOURCE = re.compile(r"\s*:")
# "Houthi rebels posted video showing ... after an airstrike hit": who publishes pictures or a statement tells of the
# event, wherever it stands, and takes no part in it.
_PUBLISHES_AFTER = re.compile(
    r"\s*(?:have |has |had |later )?(?:posted|released|published|shared|broadcast|aired|circulated|uploaded|tweeted)\s+"
    r"(?:a |an |the |new |several )?(?:[\w-]+\s+)?(?:videos?|footage|images?|photos?|photographs?|pictures?|statements?|"
    r"figures|lists?)\b", re.I)
# A headline's or a tweet's passive without its auxiliary: the participle ends the clause or a place, a time or a
# cause follows it ("two militants killed.", "soldiers wounded in the blast", "gunmen killed during the raid"), never
# an object or a day before one ("gunmen killed at least ten", "killed as many as", "killed on Sunday five"): who is
# named before it was hit
_HEADLINE_PASSIVE_AFTER = re.compile(
    r"\s+(?:killed|injured|wounded|hurt|dead|abducted|kidnapped|arrested|detained|captured|neutrali[sz]ed)"
    r"\s*(?:[.;:!?)\u201d\"]|$|(?:in|during|as(?!\s+many)|after|near|while|when)\b)", re.I)
_PASSIVE_AFTER = re.compile(r"\s*(?:was|were|had been|has been|have been)\b", re.I)
# "an army convoy came under heavy fire", "police came under attack": the subject is the one fired at.
_UNDER_FIRE_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s+(?:has |have |had |reportedly |also )?c(?:ame|omes|ome) under (?:\w+ ){0,2}"
    r"(?:fire|gunfire|attack)\b(?!\s+(?:over|for|after|amid|because|from (?:\w+ ){0,2}(?:critics|opposition)))", re.I)
# "killed by the militia", "died at the hands of the security forces", "the raid, blamed on the coalition": the agent
# of a passive.
_AGENT_BEFORE = re.compile(
    r"\b(?:by|from|at\s+the\s+hands\s+of|blamed\s+on|attributed\s+to)\s+(?:the\s+|a\s+|an\s+|suspected\s+|alleged\s+|"
    r"unidentified\s+|some\s+|"
    r"(?:two|three|four|five|six|several|\d+)\s+)?$", re.I)
# "seized by the Border Guard Brigade of the Greek navy": the force a named unit belongs to acts.
_UNIT_OF_BEFORE = re.compile(r"\bby\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+){1,6}of\s+(?:the\s+)?$")
# "retake X from the Islamic State", "liberated the district from militants", "drove them from": the one after "from" is
# who loses the place (not the agent of fire "from the army")
_TAKEN_FROM_BEFORE = re.compile(
    r"\b(?:retak\w*|retook|recaptur\w*|liberat\w*|seiz\w*|captur\w*|wrest\w*|took|taken|taking|free[ds]?|freeing|"
    r"clear\w*|recover\w*|expel\w*|drove|driv\w*|push\w*|oust\w*)\s+"
    r"(?:(?!\b(?:house|home|property|residence|shop|store|car|vehicle|goods|cattle|livestock|money|weapons)\b)[^,.;]){0,60}?"
    r"\bfrom\s+(?:the\s+|a\s+|an\s+)?$", re.I)
# ... but "a sheikh from the X tribe", "members from the group": where a person comes from
_ORIGIN_BEFORE = re.compile(r"\b(?:sheikhs?|leaders?|chiefs?|m[ae]n|wom[ae]n|members?|people|famil(?:y|ies)|elders?|"
                            r"commanders?|fighters|officials?|residents?)\s+from\s+(?:the\s+|a\s+|an\s+)?$", re.I)
_OFFICIAL_KINDS = ("police", "state")  # forces whose officers tell of others' acts ("according to police officer X")
# (a clause that follows the list names the act's own parties: "including two soldiers, when gunmen attacked")
_INCLUDED_BEFORE = re.compile(r"\b(?:including|among (?:them|whom|the (?:dead|victims|killed|injured|wounded)))\s+"
                             r"(?:(?!(?:by|from|with|to|when|as|after|while|where|before|because|since|until|who|"
                             r"which|that|and then)\b)[\w'-]+,?\s+){0,6}$", re.I)
_BETWEEN_FIRST = re.compile(r"\bbetween\s+(?:the\s+)?$", re.I)
_BETWEEN_SECOND = re.compile(r"\bbetween\b[^,;]*\band\s+(?:the\s+)?$", re.I)
_TARGET_BEFORE = re.compile(
    rf"(?:\b(?:against|on|targeting|at|targeted|hitting|killing|attacking|ambushing|wounding|abducting|"
    rf"kidnapping|with|of)\s+(?:the\s+|a\s+|an\s+|several\s+|two\s+|positions of\s+(?:the\s+)?)?$)"
    rf"|(?:\b(?:{_ACTIVE_VERB})\s+(?:\w+\s+){{0,2}}$)",
    re.IGNORECASE,
)
_GROUPS = re.compile(
    r"\b(?:cadres|members|supporters|residents|villagers|students|youths?|workers|farmers|pastoralists|herders|"
    r"settlers|inmates|prisoners|fans|locals|traders|vendors|merchants|drivers|activists|crowds?|mobs?|"
    r"(?:two |rival )groups|group of (?:people|men|individuals))\b",
    re.I,
)
# A crowd as the agent of a passive: "beaten and bound by a group of villagers", "lynched by a mob".
_BY_CROWD = re.compile(r"\b(?:beaten|lynched|attacked|assaulted|stoned|tied up|burn(?:ed|t))\b[^.;]{0,30}?\bby (?:an? )?"
                       r"(?:(?:angry )?mob|crowd|group of (?:people|residents|villagers|locals)|residents|villagers|locals)\b",
                       re.I)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:[\w-]+\s+){0,2}$", re.I)
_CLASH_WITH_BEFORE = re.compile(r"\bclash(?:es|ed|ing)?\s+with\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.I)
_OF_GROUP = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?")
_WORD = re.compile(r"\s*[\w'()-]+(?=\s)")
# ... nor does the name of the group reach past the group's own fate ("two members of the home guard were killed in
# an ambush": "ambush" is no verb of theirs); a place ("in Dhaka", "at Kisumu") or a day ("on Sunday", "on 3 May") in
# the phrase is stepped over, any other "in", "on", "at" or "during" ends it
_NOT_A_NAME = re.compile(r"were|was|are|is|be|been|being|had|have|has|who|which|that|when|after|as|while|died|dies|"
                         r"perished|in|on|at|during", re.I)
_PLACE_OR_DAY = re.compile(r"\s*(?:(?:in|at)\s+(?:[A-Z][\w'-]*)(?:\s+[A-Z][\w'-]*){0,3}|on\s+(?:(?:Mon|Tues|Wednes|Thurs|"
                           r"Fri|Satur|Sun)day|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?))(?=[\s,.;])")
_OF_WORDS = 8  # "members of two rival political parties clashed": the verb after a name of up to eight words
_BEFORE_CHARS, _AFTER_CHARS = 50, 120  # the windows the surface patterns read around an actor
_ARMED_KINDS = ("state", "rebel", "political_militia", "identity_militia")


# An aircraft that is itself the target, not the striker: "the helicopter was hit by gunfire", "a plane carrying the
# minister came under fire", "gunmen fired on an army helicopter". Shots at an aircraft are the shooters' attack on
# its operator (a clash with the army, an attack on civilians), never an air strike.
_AIRCRAFT_HIT_AFTER = re.compile(
    r"(?:\s+(?:carrying|transporting|with|of|in which|that|which|(?:he|she|they|we|I|it) (?:was|were|had been) "
    r"(?:flying|travell?ing|riding|aboard|on board))\b[^.;:]{0,80}?)?,?\s+"
    r"(?:was|were|had been|has been|have been|got|is|are|being)\s+(?:(?:also|reportedly|allegedly|repeatedly|"
    r"apparently|then)\s+)?(?:hit|struck|shot|fired (?:on|at|upon)|attacked|targeted|riddled|peppered|damaged|"
    r"downed|shot down|brought down|forced (?:down|to land)|(?:the |a )?(?:victims?|targets?) of)\b"
    r"|(?:\s+(?:carrying|transporting|with)\b[^.;:]{0,80}?)?,?\s+came under (?:\w+ )?(?:fire|attack)\b",
    re.I,
)
_AIRCRAFT_HIT_BEFORE = re.compile(
    r"\b(?:(?:fired|shot|shooting|firing|opened fire)\s+(?:at|on|upon|towards?)|attacked|targeted|shot down|downed|"
    r"(?:bullet |gunshot )?holes (?:(?:can|could|were|are|be|seen|visible|left|clearly)\s+){0,4}in|bullets? (?:into|at)|"
    r"brought down|hit|struck)\s+(?:(?:a|an|the|two|three|several|one of the|its|their)\s+)?"
    r"(?:(?!(?:with|by|from|using|via|in|on|at|and|as)\b)[\w.-]+\s+){0,3}$",
    re.I,
)


# "..., police said", "according to police", "a police spokesman told reporters": the force tells of the crowd; it
# is no party to a protest or riot it does not act in.
_TELLS_AFTER = re.compile(
    r"\s*(?:(?:spokes(?:man|woman|person)|officials?|officers?|sources?|chief|commander|statement)\s+)?(?:[A-Z][\w.-]+\s+){0,3}"
    # "the police in Kano State confirmed", "police of the district said": the force's place is part of its name
    r"(?:(?:in|of|for)\s+(?:the\s+)?(?:[A-Z][\w.-]+\s+){1,3}(?:(?:state|district|county|province|region|city)\s+)?)?"
    # the day told between the force and its verb: "police on Tuesday said", "the army late on Sunday confirmed"
    r"(?:(?:(?:late|early)\s+)?on\s+(?:[A-Z][a-z]+day|[A-Z][a-z]+\s+\d{1,2})(?:\s+(?:night|morning|evening|afternoon))?\s+)?"
    r",?\s*(?:said|say|says|told|reported|confirmed|stated|added)\b"
    # ... unless it tells of its own act: "police said they fired", "the group said on Thursday it had taken the base",
    # "said in a statement that its fighters detonated a bomb": the verb of saying, a day or a source, "that", the
    # force itself and a verb of the past (not "said it was investigating", "said they would ...")
    r"(?!,?\s+(?:(?:on|in|late|early|last)\s+[^,.;:]{0,30}?\s+)?(?:that\s+)?(?:they|it|we|(?:its|their|our)\s+\w+|"
    r"officers|policemen|police|troops|soldiers|security forces)\s+(?:(?:had|have|has)\s+(?:been\s+)?|were\s+|was\s+)?"
    r"(?:\w+ly\s+)?(?!(?:would|will|could|should|might|may|must|can|cannot|did|do|does|not|is|are|was|were|be|been|"
    r"had|have|has|need|want|wanted|expect|expected)\b)\w+(?:ed|en|t|ew|ook|ught|ot|ung|ove)\b)")
_TELLS_BEFORE = re.compile(
    r"\b(?:according to|citing|quoting|quoted by|told by|statement from|statement by)\s+(?:(?:a|an|the|local|district|"
    r"regional|state|provincial|city|county)\s+){0,3}$", re.I)


# "..., said Philadelphia Police Captain X": the force named after the verb of saying, as who said it
_SAID_BEFORE = re.compile(r"\b(?:said|says|told)\s+(?:(?:a|an|the|local|district|regional|state|city|county)\s+)?"
                          r"(?:(?-i:[A-Z])[\w.-]+\s+){0,3}$", re.I)
# (the two alternatives are disjoint, a capitalised word or a lower-case title, and the repetition bounded: a run of
# capitalised title words is read in linear time, never by trying every split of it)
_SPEAKER_ENDS = re.compile(r"(?:\s+(?:[A-Z][\w.'-]*|(?:spokes(?:man|woman|person)|officials?|officers?|sources?|chief|"
                           r"commander|captain|superintendent|inspector|sergeant|colonel|major|general|lieutenant)"
                           r"(?![\w.'-]))){0,6}\s*(?:[.,;:!?\"\u201d)]|$)")
# "Police received a distress call", "police were alerted": the force hears of the event; "Police: woman dead after
# ...": a heading's source label
_HEARS_AFTER = re.compile(r"\s+(?:(?:first\s+)?received\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:call|report|complaint|"
                          r"tip|tip-off|information|alert)s?|(?:were|was)\s+(?:called|alerted|notified|informed))\b"
                          r"|\s*:\s", re.I)


# "no civilians lost their lives", "not a single soldier was hurt", "none of the residents": people denied as victims
_DENIED_BEFORE = re.compile(r"\b(?:no|not\s+(?:a\s+single|any|one)|none\s+of\s+the)\s+(?:[\w-]+\s+)?$", re.I)


def denied_victims(f: Frame, a: ActorMention) -> bool:
    """The actor is named only as people the report says were not harmed ("no civilians lost their lives"): neither a
    target nor a party of the event."""
    return _DENIED_BEFORE.search(f.text, max(f.sentence.start, a.start - 25), a.start) is not None


def tells_only(text: str, a: ActorMention) -> bool:
    """The actor at ``a`` is named here only as who tells or hears of the event ("police said", "according to police",
    "said Police Captain X", "police received a distress call", a heading's "Police: ..."); a force telling of its own
    act ("police said they fired tear gas") acts."""
    if _TELLS_BEFORE.search(text, max(0, a.start - 60), a.start) or _TELLS_AFTER.match(text, a.end, a.end + 80):
        return True
    hears = _HEARS_AFTER.match(text, a.end, a.end + 80)
    if hears is not None and (":" not in hears.group(0) or not text[text.rfind("\n", 0, a.start) + 1 : a.start].strip()):
        return True  # a label is one only where the line opens with it (only blanks before it on its line)
    # after the verb of saying, the force is its speaker when the clause ends with it (and its officer's name): "said
    # Police Captain X.", not the subject of what was said ("said an army helicopter was hit")
    return bool(_SAID_BEFORE.search(text, max(0, a.start - 60), a.start) and _SPEAKER_ENDS.match(text, a.end))


def aircraft_targeted(text: str, start: int, end: int, sentence_start: int) -> bool:
    """The aircraft word at ``start:end`` names the target of the shooting, not the weapon of a strike."""
    if _AIRCRAFT_HIT_AFTER.match(text, end, end + 120):
        return True
    return _AIRCRAFT_HIT_BEFORE.search(text, max(sentence_start, start - 60), start) is not None


_AIRCRAFT = re.compile(r"\b(?:helicopters?|aircraft|planes?|jets?|drones?|gunships?|airliners?)$", re.I)


def _aircraft_hit(before: str, after: str) -> bool:
    return _AIRCRAFT_HIT_AFTER.match(after) is not None or _AIRCRAFT_HIT_BEFORE.search(before[-60:]) is not None


def assign_roles(frame: Frame, text: str) -> list[ActorMention]:
    """Split the sentence's actors into agents (actor1 side) and targets (actor2 side).

    Grammar of news: "X attacked Y", "Y were killed by X", "attacks by X", "clashes between X and Y",
    "X and Y launched attacks". Victims named inside a casualty count are targets. Returns the actors the
    patterns cannot place (for the parser, then ``place_undecided``).
    """
    f = frame
    if not f.actors:
        return []
    s0, s1 = f.sentence.start, f.sentence.end
    count_spans = [(c.start, c.end) for c in f.counts]
    trig_pos = f.first_trigger()
    undecided: list[ActorMention] = []
    for a in f.actors:
        before = text[max(s0, a.start - _BEFORE_CHARS) : a.start]
        after = text[a.end : min(s1, a.end + _AFTER_CHARS)]
        in_count = any(cs <= a.start < ce for cs, ce in count_spans)
        # "six people were killed, including soldiers and civilians": who the toll includes is among the harmed
        if not in_count and _INCLUDED_BEFORE.search(before) and any(ce <= a.start for _, ce in count_spans):
            in_count = True
        role = _surface_role(a, before, after, in_count, trig_pos)
        if role is None and a.kind in _OFFICIAL_KINDS and trig_pos is not None and a.start > trig_pos and tells_only(
                text, a):
            # "..., according to police officer X": who only tells of it after the act is no party, nor the first
            # named ("Police said gunmen attacked their checkpoint" tells of the police's own post)
            continue
        if role == "agent" and a.kind != "civilians" and (_CLAIMED_AFTER.match(after) or _SAID_BEHIND_AFTER.match(
                after) or _CLAIMED_BY.search(before)):
            f.agents.append(replace(a, claimed=True))  # the claimant: naming.most_named reads it
        elif role == "agent":
            f.agents.append(a)
        elif role == "target":
            f.targets.append(a)
        elif role is None:
            undecided.append(a)
    _tidy(f)
    return undecided


# "X, which is linked to Y", "X, affiliated with Y": Y describes the party's ties (its parent network), it took no
# part in the act. ("a faction of Y", "fighters loyal to Y" name Y's own men; "allied with Y" names a co-party)
_TIED_TO_BEFORE = re.compile(r"\b(?:linked|affiliated|tied|connected)\s+(?:to|with)\s+(?:the\s+)?$", re.I)


# "a raid in revenge for the killing of a guard", "in reprisal for the killing of two herders", "to avenge the death of
# a militia leader": the victim of the earlier incident the attack answers, no party of this one
_AVENGED_BEFORE = re.compile(
    r"\b(?:revenge|vengeance|retaliat\w*|reprisals?|aveng\w*)\b[^.;:]{0,30}?\b(?:for|over|of)?\s*(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:killings?|murders?|deaths?|abductions?|kidnappings?|lynching|arrests?|rape|beheading)\s+of\s+"
    r"(?:(?:a|an|the|one|two|three|four|five|some|several|its|their|his|her|\d+)\s+)?(?:[\w-]+\s+){0,2}$", re.I)
# "gunmen in military uniforms", "dressed as police officers", "disguised as soldiers": a disguise, not the force
_DISGUISE_BEFORE = re.compile(r"\b(?:dressed|disguised|posing|masquerading)\s+(?:as|in)\s+(?:(?:a|an)\s+)?$", re.I)
_DISGUISE_AFTER = re.compile(r"[\s-]*(?:uniforms?|fatigues|attire|garb|clothing|clothes|outfits?)\b", re.I)


# what the police report is another's act on another's side: the clause names no possession of the force's own
# ("gunmen attacked their checkpoint", "its officers") and no force of it ("police said officers arrested two")
# (a possessive counts only before a thing or people a force has: "their checkpoint", "its men"; "herders were killed
# and their cattle taken" names the victims' own)
_OWN_SIDE = re.compile(
    r"\b(?:(?:their|its|our)\s+(?:[\w-]+\s+)?(?:checkpoints?|posts?|stations?|patrols?|convoys?|vehicles?|cars?|trucks?|"
    r"bases?|camps?|barracks|positions?|headquarters|offices?|officers?|men|colleagues?|comrades?|personnel|units?|"
    r"members|team|troops|soldiers|forces|ranks|own|defen[cs]es|gunners|jets|aircraft|warplanes|planes|drones|"
    r"helicopters|artillery|fighters|snipers|ships|navy)|officers?|policem[ae]n|police|constables?|patrols?|stations?|"
    r"soldiers?|troops|servicem[ae]n|air defen[cs]es?|air force)\b", re.I)


# "police said the rangers were on patrol when a bomb hit their vehicle": what they tell is about another force,
# named as the subject right after the verb of saying (its possessives are that force's)
_FORCE_SUBJECT = re.compile(
    r",?\s+(?:that\s+)?(?:the\s+|two\s+|three\s+|several\s+|\d+\s+)?(?:[\w-]+\s+)?(?:soldiers|troops|rangers|marines|"
    r"paramilitar(?:y|ies)|militiamen|gendarmes|guards|servicemen)\b", re.I)


# "a police officer blamed the attack on separatists", "police believe the bombings were organised by ...": who
# judges the act names its authors, it is none of them
_JUDGES_AFTER = re.compile(r"\s*(?:(?:spokes(?:man|woman|person)|officials?|officers?|sources?|chief)\s+)?"
                           r"(?:have\s+|has\s+|had\s+|also\s+)?(?:blam(?:e|es|ed)|believes?|believed|suspects?|"
                           r"suspected|attribut(?:e|es|ed))\b", re.I)


# A force's own vehicle, convoy or men set off a mine or bomb ("a military vehicle ran over an IED", "the army said a
# convoy of its troops struck a landmine"): the force is the one hit, the unnamed planter the attacker (ACLED: a
# remote explosive's actor1 is who placed it; an unknown one is an unidentified armed group)
_SETS_OFF_MINE_AFTER = re.compile(
    r"(?:[^.;:]{0,60}?\b(?:vehicles?|convoys?|patrols?|trucks?|tanks?|troops|soldiers|personnel|units?|cars?|jeeps?|"
    r"carriers?))?\s+(?:(?:reportedly|allegedly|then|had|has|have)\s+)?(?:hit|struck|ran (?:over|into|onto)|"
    r"drove (?:over|into|onto)|stepped on|triggered)\s+(?:(?:a|an|the|two|several)\s+)?"
    r"(?:(?:roadside|improvised|buried|hidden|planted|anti-tank|anti-personnel|explosive|powerful)\s+){0,2}"
    r"(?:IEDs?|(?:land)?mines?|bombs?|explosive devices?)(?![\w-])(?!\s+(?:factor|depot|cache|workshop|making|lab))",
    re.I)


def _reports_others(after: str) -> bool:
    """The police, named before the act, only tell of it ("police said gunmen attacked a bus"): the verb of saying
    follows them and what they say is no act of theirs nor one against them."""
    told = _TELLS_AFTER.match(after) or _JUDGES_AFTER.match(after)
    if told is None:
        return False
    return bool(_FORCE_SUBJECT.match(after, told.end())) or not _OWN_SIDE.search(after, told.end())


# "No group has claimed the bombing, but X has carried out similar attacks in the city", "X, which has staged many
# such raids": the acts the actor is told doing are others like this one, not this one (ACLED codes an unclaimed
# attack to an unidentified armed group)
_OTHER_ACTS_AFTER = re.compile(
    r"\s*(?:(?:has|have|had|is|are|was|were|also|often|frequently|previously|repeatedly|"
    r"been|regularly)\s+){0,3}(?:carried out|conducted|staged|launched|claimed|mounted|committed|perpetrated|"
    r"behind|blamed for|responsible for|known for)\s+(?:(?:many|several|numerous|a number of|a series of|dozens of|"
    r"scores of|a spate of|a wave of|a string of)\s+)?(?:similar|such|previous|past|earlier|other|prior|frequent|"
    r"repeated|many|numerous|several)\s+(?:[\w-]+\s+)?(?:attacks?|bombings?|raids?|assaults?|killings?|blasts?|"
    r"ambushes|abductions?|kidnappings?|strikes?|operations?|incidents?)\b", re.I)


def _no_party(a: ActorMention, before: str, after: str) -> bool:
    """The actor is named in the sentence but took no part in its act: a group the party is tied to, the victim of
    the earlier incident the act avenges, or a force whose uniform the attackers wore."""
    if _TIED_TO_BEFORE.search(before) and a.kind != "civilians":
        return True  # "Al-X, which is linked to Y, said it carried out the attack": Y is no party of it
    if _AVENGED_BEFORE.search(before[-120:]) or _OTHER_ACTS_AFTER.match(after):
        return True
    return a.kind != "civilians" and bool(_DISGUISE_BEFORE.search(before) or _DISGUISE_AFTER.match(after))


# "a report from the army put the toll at 12", "figures from the police", "a statement from the group's spokesman": the
# author of a report, a statement or a toll tells of the act; "from" here is no agent of a passive ("fire from the army")
_REPORT_FROM_BEFORE = re.compile(
    r"\b(?:reports?|statements?|figures|data|information|accounts?|briefings?|updates?|bulletins?|communiqu\S*|"
    r"tall(?:y|ies)|press releases?|sources?)\s+(?:[\w-]+\s+){0,2}?from\s+(?:the\s+|a\s+|an\s+)?$", re.I)


def _tells_of_it(a: ActorMention, before: str, after: str, in_count: bool, trig_pos: int | None) -> bool:
    """The actor tells, judges, publishes or investigates the act: a source of the report, no party of it."""
    if _REPORT_FROM_BEFORE.search(before[-80:]):
        return True  # "an official report from the army said eight soldiers died": the army tells it
    if (trig_pos is not None and a.start > trig_pos and _SPEAKER_AFTER.match(after)) or _HEADLINE_SOURCE.match(after):
        return True  # "..., killing four officers, police said", "Police: ...": the source of the report
    if trig_pos is not None and a.start < trig_pos and a.kind in ("police", "state") and _reports_others(after):
        return True  # "Police said gunmen attacked a bus", "the police in X confirmed that bandits killed ..."
    if a.kind == "civilians" and _SPEAKER_AFTER.match(after) and not in_count:
        return True  # "one of the officials said missiles were fired", "residents said": who tells, not the hit
    if a.kind in ("police", "state") and _INVESTIGATES_AFTER.match(after):
        return True  # "officers are investigating a later shooting": they came after it
    # "rebels posted video showing the wounded": they report the strike, they did not strike; "the government
    # refuses to accept ...", "the ministry condemned the bombing": officialdom's stance on the act
    return bool(_PUBLISHES_AFTER.match(after) or (_OFFICIALDOM.search(a.surface) and (
        _BLAMES_AFTER.match(after) or _STANCE_AFTER.match(after))))


# "two coalition air strikes", "army shelling", "rebel rocket fire" (not its aircraft, which may be the ones hit): the party named as the owner of the strike or the
# fire is who strikes, whatever the words before say ("the bombing follows two coalition air strikes")
_OWNS_STRIKE_AFTER = re.compile(
    r"\s+(?:(?:air|drone|missile|rocket|artillery|mortar)\s+(?:strikes?|raids?|attacks?|fire|barrages?)|airstrikes?|"
    r"shelling|bombardments?)\b",
    re.I)


def _surface_role(a: ActorMention, before: str, after: str, in_count: bool, trig_pos: int | None) -> str | None:
    """ "agent", "target", "source" (a speaker or no party of the act) or None (undecided), from the words around
    an actor."""
    if _no_party(a, before, after):
        return "source"
    if _BLAMED.search(before) or _CLAIMED_AFTER.match(after) or (a.kind != "civilians" and _SAID_BEHIND_AFTER.match(after)):
        return "agent"  # "police blamed militants", "the BLA claimed the attack", "X said it was behind the attack"
    if _tells_of_it(a, before, after, in_count, trig_pos):
        return "source"
    if a.kind not in ("civilians", "protesters", "rioters") and not in_count and _OWNS_STRIKE_AFTER.match(after):
        return "agent"  # "follows two coalition air strikes": the strikes are the coalition's
    if _UNDER_FIRE_AFTER.match(after) or (a.kind in ("state", "police") and _SETS_OFF_MINE_AFTER.match(after)):
        return "target"  # "soldiers came under fire", "an army truck struck a mine": the force is hit
    if _CARED_BY_BEFORE.search(before[-80:]):
        return "source"  # "escorted away by guards": the agent of another verb than the violence's
    if _TAKEN_FROM_BEFORE.search(before[-120:]) and not _ORIGIN_BEFORE.search(before[-60:]):
        return "target"  # "troops retook the town from the rebels": whom a place is taken from loses it
    if _AGENT_BEFORE.search(before) or _BETWEEN_FIRST.search(before) or _UNIT_OF_BEFORE.search(before):
        return "agent"
    if _BETWEEN_SECOND.search(before) or in_count or a.kind == "civilians":
        return "target"
    if _HEADLINE_PASSIVE_AFTER.match(after):
        return "target"  # "two militants killed.", "three soldiers wounded in the blast": a passive with no auxiliary
    if _AGENT_AFTER.match(after):
        return "agent"
    if _AIRCRAFT.search(a.surface) and _aircraft_hit(before, after):
        return "target"  # "the army helicopter was hit by gunfire": its operator is attacked
    if _TARGET_BEFORE.search(before) or _PASSIVE_AFTER.match(after):
        return "target"  # passive subject: "soldiers were ambushed"
    return None


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
        role = _clause_role(head)
        if role == "agent":
            f.agents.append(a)
        elif role == "target":
            f.targets.append(a)
        else:
            left.append(a)
    return left


def _clause_role(head: Any) -> str | None:
    node = head
    for _ in range(4):  # climb through conjunctions and compounds to the clause role
        if node.dep_ in ("nsubj", "agent") or (node.dep_ == "pobj" and node.head.lower_ == "by"):
            return "agent"
        if node.dep_ in ("dobj", "nsubjpass", "attr") or (
                node.dep_ == "pobj" and node.head.lower_ in ("on", "against", "at", "targeting")):
            return "target"
        if node.dep_ not in ("conj", "compound", "appos", "amod", "poss", "pobj", "prep"):
            return None
        node = node.head
    return None


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


def crowd_acts(f: Frame, until: int) -> bool:
    """A crowd is the subject of the violence: "a group of residents attacked", "cadres of two parties clashed",
    "was beaten by a group of people"."""
    text, s0, s1 = f.text, f.sentence.start, f.sentence.end
    if _BY_CROWD.search(text, s0, s1):
        return True
    for m in _GROUPS.finditer(text, s0, until):
        end = m.end()
        if _BETWEEN_BEFORE.search(text, max(s0, m.start() - 30), m.start()) or _CLASH_WITH_BEFORE.search(
                text, max(s0, m.start() - 40), m.start()):
            return True  # "a clash ensued between cadres of two parties", "a violent clash with hunt supporters"
        if _AGENT_AFTER.match(text, end, s1) or _acts_after_of(text, end, s1):
            return True
    return False


def _acts_after_of(text: str, end: int, s1: int) -> bool:
    """ "members of two rival parties clashed": a violent verb after the words of the group's "of" phrase."""
    of = _OF_GROUP.match(text, end, s1)
    if of is None:
        return False
    pos = of.end()
    for _ in range(_OF_WORDS):
        word = _PLACE_OR_DAY.match(text, pos, s1) or _WORD.match(text, pos, s1)
        if word is None or (word.re is _WORD and _NOT_A_NAME.fullmatch(word.group(0).strip())):
            return False  # "members of a family were killed": the group is the passive's subject, not the agent
        pos = word.end()
        if _AGENT_AFTER.match(text, pos, s1):
            return True
    return False


def same_as_agent(t: ActorMention, agents: list[ActorMention]) -> bool:
    """ "the fighters" after "Houthi fighters": a generic mention repeating a perpetrator is not a second party."""
    head = t.surface.lower().split()[-1] if t.surface else ""
    return t.generic and any(head and head in a.surface.lower() for a in agents)


def armed_party(f: Frame) -> bool:
    """A military, rebel or militia actor takes part (the police alone do not make a battle)."""
    return any(a.kind in _ARMED_KINDS and not
               (a.generic and a.kind == "political_militia" and a.surface.lower() in ("assailants", "attackers"))
               for a in f.actors)
