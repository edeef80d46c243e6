"""Casualty counts: number phrases with their role (killed, injured, ...) and victims.

Reads one sentence at a time with patterns written from the grammar of casualty reporting:
a number before its role ("at least 11 people were killed", "78 others wounded", "two killed"),
a role verb before its number ("killing 6", "left 6 dead", "claimed the lives of 4"), singular
victims ("a child was killed"), tolls ("the death toll rose to 9"), and subsets ("including 3
children", which are not added). The words come from the lexicon (``data/lexicons/counts.toml``
and ``victims.toml``, see :class:`eventcoder.extract.lexicon.Lexicons`); this module is the grammar.

Every pattern is matched at a position or inside a bounded window before it, never over the
whole rest of the sentence, so reading a sentence is linear in its length.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace

from eventcoder.extract.numbers import NUMBER_RE, Quantity, parse_quantity
from eventcoder.extract.prefilter import Prefiltered, matches_at, may_hold

__all__ = ["ROLES", "Count", "CountReader"]

# NUMBER_RE tried only at the word starts where a number phrase can begin (same matches, several times sooner).
_NUMBERS = Prefiltered(NUMBER_RE)

ROLES = ("injured", "killed", "abducted", "arrested", "casualties")  # the order in which a role word is tried
_LOOKBACK = 200  # characters before a number that its context checks read
_ROLES_KEPT = 20_000  # words whose role (or none) the reader keeps: a word read after a number is read again and again

# Deaths told with a cause that is no violence ("died of medical emergencies", "died of natural causes", "died from a
# heart attack"): no fatality of the event (ACLED counts deaths the event caused)
# The death verb must be the count's own: no conjunction, new clause or other killing between them ("six soldiers were
# killed and the commander died of a heart attack" keeps the six)
_NATURAL_DEATH = re.compile(
    r"(?:(?:(?!\b(?:and|but|while|whereas|as|when|after|killed|shot|slain)\b)[^.;,]){0,25}?\b(?:died|dying|dead)\s+|\s*)"
    r"(?:of|from)\s+(?:a\s+|an\s+)?(?:natural\s+causes|medical\s+emergenc|"
    r"heart\s+(?:attack|failure)|cardiac|strokes?\b|illness|disease|exhaustion|hunger|starvation|cold\b)", re.I)
# ... unless the sentence goes on to the violence that brought it on ("died of medical emergencies after inhaling tear
# gas", "died of a heart attack after being beaten by officers"): a death the event caused, which ACLED counts
_CAUSED_BY_VIOLENCE = re.compile(
    r"[^.;]{0,30}?\b(?:after|following|caused\s+by|due\s+to|because\s+of|as\s+a\s+result\s+of|when)\b[^.;]{0,50}?"
    r"\b(?:tear\s*gas|beat(?:en|ing)?|stampede|attack(?:ed)?|shot|shooting|gunfire|assault(?:ed)?|tortur\w*|clash\w*|"
    r"violence|bomb\w*|blast|raid\w*|fire|batons?|rubber\s+bullets|live\s+rounds|crackdown|explosion)\b", re.I)


def _alt(items: list[str]) -> str:
    return "|".join(items)


@dataclass(frozen=True, slots=True)
class Count:
    """A casualty count in a sentence: offsets into the document text, role, quantity, victims."""

    start: int
    end: int
    role: str  # killed, injured, abducted, arrested, casualties
    qty: Quantity
    victims: str | None
    victim_kind: str  # civilian, armed, attacker, unknown
    subset: bool = False  # "including 3 children": part of a count already made
    cumulative: bool = False  # "the death toll in the country has risen to 40,000": a period's toll, no event's
    # "four of them were killed": a part of a group told before ("of them", "of whom"); when that group is not the
    # dead (abducted, wounded, arrested), the part is new dead (tolls.py), else a subset of the toll
    partitive: bool = False

    @property
    def value(self) -> int:
        return self.qty.value

    @property
    def counted(self) -> bool:
        """A count of this event's victims: neither a subset of another count nor a cumulative toll."""
        return not (self.subset or self.cumulative)


# Grammar that is not vocabulary: subsets, asides, lists.
_SUBSET = re.compile(r"(?:including|among (?:them|those|the (?:dead|victims|killed))|among whom|of them|of whom|amongst them|"
                     r"most of them|mostly|,\s*all),?\s+(?:at least\s+)?$", re.I)
_PART_BEFORE = re.compile(r"\bof (?:them|whom),?\s+(?:at least\s+)?$", re.I)  # "abducted 20, of whom four were killed"
# "killed four of them", "killed two of the attackers": the verb's object is a part of a group of the living
_PART_OF_GROUP = re.compile(r"\s+of (?:them|the (?P<n>[\w-]+))\b", re.I)
_SUBSET_AFTER = re.compile(
    r"\s*(?:(?P<part>of them|of whom)|among them|of (?:the|those) (?:dead|killed|victims|wounded|injured|casualties|"
    r"missing))\b", re.I)
# "several children were among those killed": part of a toll told elsewhere
_A_TOTAL_OF = re.compile(r"\b(?:a|the)\s+total\s+of\s*$", re.I)
_TOTAL_OF = re.compile(r"\s+(?:total|number)\s+of\b", re.I)
_AMONG_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:were|was|are|is)\s+(?:also\s+|reportedly\s+)?among\s+(?:those|the)\b",
                          re.I)
_PARENTHETICAL = re.compile(
    r",\s*(?:mostly|including|among them|among whom|most of them|many of them|all of them|all|both|mainly|"
    r"largely|reportedly|according to [^,]+|aged [^,]+|who [^,]+|some of them)\b[^,;]{0,80},",
    re.IGNORECASE,
)
_LIST_NEXT = re.compile(r"\s*(?:and\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an|another)\s+[a-z]", re.I)
_JOINED = re.compile(r"(?:\s+(?:people|persons|civilians|others))?\s*,?\s*(?:and|as well as|plus|along with|alongside|together with)\s+", re.I)
# "killed two farmers, one woman and one child": a comma joins a further group when the list closes with "and" and a
# number or "a" soon after; "two soldiers, one of them an officer, ..." is a part, not a further group, and "two
# soldiers, a police officer said, and ..." and "killed 12 civilians, a health worker and two residents said" tell
# tellers
_TELLS = r"(?:said|says|told|tells|reported|added|claimed|according)"
_LIST_NUM = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an)\s"
_LIST_COMMA = re.compile(
    rf"\s*,\s*(?![\w-]+\s+of\b)(?={_LIST_NUM}(?:(?!\b{_TELLS}\b)"
    rf"[^.;:]){{0,60}}?,?\s+and\s+{_LIST_NUM}(?!(?:[\w-]+\s+){{1,3}}{_TELLS}\b))", re.I)
_ONE = re.compile(r"(?:a|an|another|one)\b", re.I)
# "two dead on the army's side and five on the attackers' side": each side's dead, told without the role word again
_SIDE = r"\s+(?:on|in|among|from)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,2}?(?:side|sides|ranks|camp)\b"
_SIDE_AFTER = re.compile(_SIDE, re.I)
_SIDE_JOINED = re.compile(_SIDE + r"\s*,?\s*(?:and|while|with)\s+", re.I)
# "killed seven people in A and three in B": a place, then a further bare count told with a place of its own (a
# capitalised name); the place words are case-sensitive, the little words not
_IN_PLACE = r"\s+(?i:in|at|near|around|outside)\s+(?i:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}"
_PLACE_JOINED = re.compile(_IN_PLACE + r"(?:\s*,\s*(?i:and\s+)?|\s+(?i:and)\s+)")
_PLACE_AFTER = re.compile(_IN_PLACE + r"(?!\s+(?i:were|was|are|is|had|have)\b)")
# An adverb between an auxiliary and its verb ("was later shot dead", "was also killed", "was reportedly abducted").
_ADVERB = r"(?:(?:\w+ly|also|later|then|again|subsequently)\s+)?"
_TOKEN = re.compile(r"\s*([,;:()]|[A-Za-z][\w'/-]*(?:\s+(?:dead|and killed|to death|down)\b)?)")
# Quote marks around the counted phrase are passed over ('"at least 7 people" were killed'), not further on.
_TOKEN_QUOTED = re.compile(r'[\s"]*([,;:()]|[A-Za-z][\w\'/-]*(?:\s+(?:dead|and killed|to death|down)\b)?)')
_SPACE = re.compile(r"\s*")
_AUX_AFTER_COMMA = re.compile(r"\s*(?:have|has|had|were|was)\b")
_NUMBER_OF = re.compile(r"(?:\b(?:no\.|number|aged|age|ages|of|page|route|highway|article|resolution|"
                        r"brigade|division|battalion|regiment|unit|group)\s*)$", re.I)
# An age told after a verb of a life's step ("joined the militia at 18", "married at the age of 16"): no count
_AGE_AT = re.compile(r"\b(?:joined|enlisted|enrolled|recruited|conscripted|married|started|began|dropped\s+out|"
                     r"left\s+(?:school|home))\b[^,.;]{0,40}\bat\s+(?:the\s+age\s+of\s+)?$", re.I)
_REMAINS_OF = re.compile(r"\b(?:bodies|lives|deaths?|killing|murder|remains|corpses) of\s*$"
                         # "the funeral in Jenin on Monday of three men killed by ...": the dead of a funeral
                         r"|\b(?:funerals?|burials?)\b[^.;]{0,40}?\bof\s*$", re.I)
_BODIES_OF = re.compile(r"\b(?:bodies|corpses|remains|deaths?|killing|murder) of\s*$", re.I)
# "the bodies of six men with gunshot wounds were found", "the bodies of nine people who had been kidnapped": the counted
# are dead whatever the words after the number say of them (their wounds are no injuries, their abduction is backstory)
_BODIES_NUMBER = re.compile(r"\b(?:bodies|corpses|remains) of\s*$", re.I)
_NOBODY_BEFORE = re.compile(r"\b(?:nobody|no\s*-?\s*one|none|no\s+person|no\s+lives?)\s+(?:\w+\s+)?$", re.I)
_NO_BEFORE = re.compile(r"\bno\s*$", re.I)
_MONTH_BEFORE = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
                           r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+$")
# One body found with the marks of a killing ("the body of a teacher was found ... with gunshot wounds", "a beheaded
# body was discovered"): one person killed; a body found with no such words may be an accident or a drowning.
_ONE_BODY = re.compile(r"\b(?:the|a|one|his|her)\s+(?:[\w-]+\s+){0,2}?body\b(?!\s+(?:of\s+(?:water|evidence|work|"
                       r"knowledge|the (?:report|text|law))|count|guard|armou?r|parts?))", re.I)
_FOUND = re.compile(r"\b(?:was|were|has been|had been|is|being)\s+(?:\w+\s+){0,2}?(?:found|discovered|recovered|"
                    r"retrieved|dumped|exhumed|fished out)\b|\b(?:found|discovered|recovered|retrieved)\s+(?:the|a)\s+"
                    r"(?:[\w-]+\s+){0,2}?body\b", re.I)
_KILLING_MARKS = re.compile(r"\b(?:shot|stabbed|beheaded|decapitated|bullet|bullets|gunshot|stab wounds?|machete|"
                            r"hacked|strangled|tortur\w*|mutilated|throat slit|slit throat|execut\w*|murdered|"
                            r"killed|bound|riddled|signs of violence)\b", re.I)
_WHERE_BEFORE = re.compile(r",\s*where\s+(?:[\w-]+\s+){0,3}$", re.I)
_PERFECT_AFTER = re.compile(r"\b(?:have|has)\s+(?:been\s+)?(?:killed|died|injured|wounded)\b", re.I)
_HOW_BEFORE = re.compile(r"\bhow\s*$", re.I)
_NAME_BEFORE = re.compile(r"\b[A-Z][a-z]+,\s*$")
_COMMA_AFTER = re.compile(r"\s*,")
_JOIN_START = re.compile(r"\s*(?:,\s*)?(?:and|as well as|along with|plus)\s", re.I)
_RELATIVE_CLAUSE = re.compile(r"\b(?:who|whose \w+|that)\s+$", re.I)
_YEAR_RANGE = (1900, 2100)
_ISO_DATE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}")
# A toll of a place, a country, a war or a period ("the death toll in Gaza", "the toll of the war") ...
_PERIOD_TOLL = re.compile(
    r"\b(?:in|across|for|of|from) (?:the )?(?:(?:(?-i:[A-Z][\w'-]+)|country|region|province|state|territory|war|conflict|"
    r"insurgency|crisis|fighting|violence|year|month|campaign|offensive|strip|enclave)\b)", re.I)
# ... unless it names the incident ("the death toll from Monday's bombing", "the toll of the attack").
_INCIDENT_TOLL = re.compile(
    r"\b(?:attacks?|blasts?|bomb\w*|strikes?|airstrikes?|explosions?|clash\w*|raids?|massacres?|assaults?|ambush\w*|"
    r"shootings?|stampede|protests?|riots?|incident|shelling|killings?)\b|\w's\b|\b(?:yesterday|today|last night)\b",
    re.I)
_CIVILIAN_ADJ = re.compile(r"\bcivilian\b", re.IGNORECASE)
_COUPLE = re.compile(r"\b(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:couple|husband and (?:his )?wife|mother and (?:her )?(?:son|daughter|child|baby)|father and (?:his )?(?:son|daughter|child))\b", re.I)
_COUPLE_WORDS = ("couple", "husband", "mother", "father")  # one is in every match: most sentences are spared the scan
_FAMILY_OF = re.compile(r"\ba family of (?P<n>\w+)\b", re.IGNORECASE)
_FAMILY_WORDS = ("a family of",)
# The words one of which every match of a CountReader pattern holds (its fixed part, not the lexicon's): a sentence
# without them is not scanned (prefilter.may_hold).
_PASSIVE_WORDS = ("was", "been", "died", "succumbed")  # _singular_passive: "was/has been/had been ...", "has/had died ..."
_HURT_WORDS = ("was", "been")  # _singular_hurt
_PAIR_WORDS = ("and his", "and her")  # _pair_killed
_RELATIVE_WORDS = ("and their", "and his", "and her")  # _and_relative
# Where a match of CountReader._passive_one can begin: "A", "An", "One" or "The body of" at the text's start or after
# white space or a comma (its opening); the pattern is tried there only (prefilter.matches_at), the same matches.
_PASSIVE_ONE_STARTS = re.compile(r"[AOT](?<![^\s,].)")
_INJURY_VERB = re.compile(r"wound|injur", re.I)
_ABDUCT_VERB = re.compile(r"abduct|kidnap", re.I)
_OTHER_FATE = re.compile(r"\s+(?:were |was |have been |had been )?(?:\w+ed|homeless|displaced|missing|abandoned)\b", re.I)


# "... and another was wounded", "and one more was hurt": one more person, its role told by its own verb
_ANOTHER_FATE = re.compile(r"(?:\s+more)?\s+(?:was|has been|had been|is)\s+(?:\w+ly\s+|also\s+)?(?P<verb>[a-z]+)\b", re.I)

_ADDS_UP = re.compile(r"\b(?:adds?|added|adding)\s+(?:up\s+to\s+)?$", re.I)


def _listed_parts(counts: list[Count]) -> list[Count]:
    """ "Among them, six children and six adults were killed": every group listed after a part of a toll (the list is
    within the first count's phrase) is a part too, not more dead."""
    out: list[Count] = []
    for c in counts:
        if not c.subset and any(p.subset and p.role == c.role and p.start < c.start < p.end for p in out):
            c = replace(c, subset=True)
        out.append(c)
    return out


# a pronoun object left dead by the act ("shot him dead", "beat her to death"): one victim (a noun object is read with
# its noun elsewhere)
_PRONOUN_LEFT_DEAD = re.compile(r"\b(?:shot|shooting|stabbed|stabbing|beat|beaten|beating|hacked|hacking|stoned|stoning|"
                                r"burned|burnt|clubbed)\s+(?P<obj>him|her)\s+(?:dead|to\s+death)\b", re.I)


# The subject of an active killing verb with an object is the killers, no toll ("three gunmen shot dead a teacher",
# "two men shot him dead", "four soldiers killed two traders"); the same words with no object after the verb are the
# headline's passive ("three gunmen shot dead by police", "three gunmen shot dead in Kano"), and an auxiliary between
# the number and the verb makes any reading passive ("three gunmen were shot dead").
_PASSIVE_AUX = re.compile(r"\b(?:was|were|is|are|been|being|be|get|gets|got|getting)\b", re.I)
_PRONOUN_IN_ROLE = re.compile(r"\b(?:him|her|them)\s+(?:dead|to\s+death)$", re.I)  # "shot him dead": the object inside
_TIME_WORDS = r"(?:mornings?|nights?|evenings?|afternoons?|dawn|dusk|weekends?|earlier|ago|same|next|following|previous)"
_NUMBER_UNNAMED = re.sub(r"\(\?P<\w+>", "(?:", NUMBER_RE.pattern)  # a number phrase in a pattern of its own groups
# A suicide bomber told dead by the act itself: "a suicide bomber blew himself up", "two suicide bombers detonated their
# explosive vests", ... (the number is the bombers')
_SELF_DETONATED = re.compile(
    rf"\b(?P<n>{_NUMBER_UNNAMED}|a|an|one|the)\s+(?:[\w-]+\s+)?(?:female\s+)?suicide\s+(?:bomb|attack)(?P<many>ers)?(?:er)?\b"
    r"[^.;]{0,40}?\b(?:blew\s+(?:himself|herself|themselves)\s+up|detonated\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:vests?|belts?|explosives?|devices?|bombs?|charges?)|self-detonated|exploded\s+(?:his|her|their)\s+)",
    re.I)
_BOMBER_IN_TOLL = re.compile(r"\b(?:including|besides|excluding|not\s+counting|apart\s+from|among\s+them|and)\s+(?:the\s+)?"
                             r"(?:(?:two|three|\d+|both)\s+)?(?:suicide\s+)?(?:bombers?|attackers?|assailants?)\b", re.I)
_BOMBERS_MOST = 10  # more "suicide bombers" than this are no count of the dead of one blast
_OBJECT_DETERMINERS = r"(?:a|an|the|his|her|their|its|another|this|that|these|those)"
# Capitalised words that open no name: prepositions and times of a title-case headline ("Shot Dead In Kano On Monday")
_NOT_A_NAME = (r"(?:In|On|At|By|Near|After|Before|During|As|From|With|Outside|Inside|Across|Along|And|Amid|Following|"
               r"For|Of|To|Over|Under|Since|When|While|Last|This|Early|Late|Monday|Tuesday|Wednesday|Thursday|Friday|"
               r"Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|"
               r"December)")
# A person's name: two to four capitalised words, not opening with a preposition or a time
_NAME = rf"(?-i:(?!{_NOT_A_NAME}\b)[A-Z][a-z][\w'-]*(?:\s+[A-Z][\w'-]+){{1,3}})"
# What may follow a victim's name that ends the object (a clause's subject is followed by its verb instead)
_NAME_ENDS = re.compile(r"\s*(?:[,.;:)]|$|(?:in|on|at|near|during|while|outside|inside|when|as|after|before|and|"
                        r"from|with|who|whose|late|early|last)\b)", re.I)
# A name in apposition with a singular victim ("killed Musa Bello, a commander of ..."): that victim, counted already
_APPOSITION = re.compile(r",\s+(?:a|an|the|his|her|their|one)\s", re.I)


def _adds_up(sent: str, m: re.Match[str]) -> bool:
    """ "a crackdown whose toll now adds up to 9 dead": a running total of many incidents, no event's toll."""
    before = _ADDS_UP.search(sent, max(0, m.start() - 20), m.start())
    return before is not None and (before.group(0).lower().rstrip().endswith("to") or
                                   m.group(0).lower().startswith("up to"))


# A number phrase in quotation marks ('killed “scores” of militants', a claim the reporter quotes): the marks are
# read as spaces, so the phrase and its noun are read as if unquoted (offsets unchanged)
_QUOTED = re.compile(r"[\"“‘]([\w -]{1,30})[\"”’]")


def _unquote_numbers(sent: str) -> str:
    """The sentence with the quotation marks around a bare number phrase blanked (same length)."""
    if not any(q in sent for q in '"“‘'):
        return sent
    return _QUOTED.sub(lambda m: f" {m.group(1)} " if NUMBER_RE.fullmatch(m.group(1)) else m.group(0), sent)


@dataclass(slots=True)
class _Found:
    """The counts of one sentence while it is read; overlap is judged on the number phrase itself."""

    sent: str
    offset: int
    counts: list[Count] = field(default_factory=list)
    # a name that is the object of a counted subject's verb ("two soldiers shot dead Musa Ibrahim"): one victim, read
    # after the singular victims (whose noun says more: "killed Musa Bello, the commander of ...")
    names: list[tuple[int, int, str]] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list)  # taken number phrases: disjoint, sorted by start
    _ends: list[int] = field(default_factory=list)

    def taken(self, ks: int, ke: int) -> bool:
        i = bisect.bisect_left(self._starts, ke)
        return i > 0 and self._ends[i - 1] > ks

    def take(self, ks: int, ke: int) -> None:
        i = bisect.bisect_left(self._starts, ks)
        self._starts.insert(i, ks)
        self._ends.insert(i, ke)


class CountReader:
    """The casualty-count grammar compiled over one vocabulary; ``find(text, start, end)`` reads a sentence."""

    def __init__(self, victims: dict[str, list[str]], words: dict[str, list[str]]) -> None:
        v = {key: "|".join(sorted(dict.fromkeys(items), key=len, reverse=True)) for key, items in victims.items()}
        w = {key: _alt(items) for key, items in words.items()}
        self.civilian_nouns, self.armed_nouns = v["civilian"], v["armed"]
        self._role_of = [(role, re.compile(rf"^(?:{w[role]})$")) for role in ROLES]
        # role words of several words the word-by-word reader cannot see as one token ("lost their lives")
        self._role_phrase = [(role, re.compile(rf"(?:{_alt([i for i in words[role] if ' ' in i])})\b", re.I))
                             for role in ROLES if any(' ' in i for i in words[role])]
        self._roles_read: dict[str, str | None] = {}  # the words' roles read so far: each word's tried once
        self._role_word = re.compile(rf"\b(?:{'|'.join(w[r] for r in ('killed', 'injured', 'abducted', 'arrested', 'casualties'))})\b", re.I)
        self._noun = re.compile(rf"\b(?:{self.armed_nouns}|{self.civilian_nouns})\b", re.I)
        self._armed = re.compile(rf"^(?:{self.armed_nouns})$", re.I)
        self._attacker = re.compile(rf"^(?:{v['attacker']})$", re.I)
        self._a_person = re.compile(
            rf"\b(?:a|an|another|one)\s+(?:(?:{w['person_modifiers']}|[A-Z][a-z]+)\s+){{0,2}}(?:{v['singular']})\b")
        # (also after the person's name, in apposition: "killed Musa Bello, the chairman of ...")
        self._the_person = re.compile(
            rf"(?:\b(?:[A-Z][\w'.-]+\s+){{1,3}}?[A-Z][\w'.-]+,\s+)?\b(?:the|a local|his|her|their)\s+(?:[a-z]+['’]s\s+)?(?:(?:{w['definite_modifiers']}|[A-Z][a-z]+)\s+){{0,2}}"
            rf"(?:{v['singular']})\b(?!['’]s\b)(?!\s+who\b)(?!\s+and\s+(?!(?:a|an)\s))")
        # tried only at the words its verbs begin with (prefilter.py): the same matches, sooner
        self._kill_one = Prefiltered(re.compile(
            rf"\b(?P<v>{w['one_victim_verbs']})\s+(?P<obj>him|her|(?:a|an)\s+(?:(?!(?:{w['object_stops']})\b)[\w-]+\s*){{1,3}})"
            r"(?<![\s])(?!\s+(?:people|civilians|others|of them)\b)", re.I))
        self._passive_one = re.compile(
            r"(?:^|(?<=[\s,]))(?:(?:A|An|One|The body of (?:a|an|the))\s+)(?:[\w-]+\s+){0,3}?(?P<noun>[a-z][\w-]+)"
            r"(?:\s+(?:of|from|in|at|with)\s+[^;]{1,60}?)?,?\s+(?:has been|had been|was|were|is)\s+"
            rf"{_ADVERB}"
            rf"(?:{w['passive_one_verbs']})\b")
        self._compile_singles(w)
        self._person_soon = re.compile(rf"\s*(?:[\w'-]+\s+){{0,2}}?(?:{self.civilian_nouns}|{self.armed_nouns})\b", re.I)
        # case-sensitive: "two National Police Forces officers" are officers, not "Police Forces"
        self._noun_after = re.compile(rf"\s*(?:[\w'-]+\s+){{0,3}}?(?P<n>{self.civilian_nouns}|{self.armed_nouns})\b")
        self._joined_noun = re.compile(
            rf"\s+(?:of (?:their|his|her|the|them)\s+)?(?:[\w-]+\s+){{0,2}}?(?P<n>{self.civilian_nouns}|{self.armed_nouns}|"
            r"visitors?|bodyguards?|guards?|nephews?|relatives?)\b", re.I)
        self._object_not_person = re.compile(rf"^(?:{w['not_person_objects']})s?$", re.I)
        self._toll = re.compile(rf"\b(?:{w['toll_nouns']})\b[^.;]{{0,80}}?\b(?:{w['toll_verbs']})\s+(?:to\s+)?", re.I)
        before = "|".join(w[f"verbs_before_{r}"] for r in ("killed", "injured", "abducted", "arrested", "state"))
        self._verb_before = re.compile(
            rf"\b(?P<verb>{before})\s+(?:(?:him|her|them|one|another person|a \w+)\s+and\s+)?"
            rf"(?:(?:{w['quantifiers']})\s+)?$", re.I)
        self._verb_role = {verb: role for role in ("killed", "injured", "abducted", "arrested", "state")
                           for verb in words[f"verbs_before_{role}"]}
        self._compile_objects(victims, w)
        self._state_after = re.compile(r"(?:\s+[\w-]+){0,6}?\s+(dead|injured|wounded|hurt|hostage|captive)\b")
        self._state_verb = re.compile(rf"(?:{w['verbs_before_state']})\s*$", re.I)
        self._compile_names(victims, w)
        self._skip_word = re.compile(rf"^(?:{w['skip_words']})$", re.I)
        self._stop_word = re.compile(rf"^(?:{w['clause_openers']})$", re.I)

    def _compile_singles(self, w: dict[str, str]) -> None:
        """The patterns of one named or singular victim ("X was shot dead", "died of his wounds", "X and his brother
        were killed", "a man was shot") and of relatives joined to a count ("and their mother", "and his two sons")."""
        self._singular_passive = re.compile(
            rf"\b(?:was|has been|had been)\s+{_ADVERB}(?:found\s+)?(?:{w['singular_passive_verbs']})\b"
            r"|\b(?:has|had) died (?:of (?:(?:his|her) |gunshot |bullet |stab )?(?:wounds|injuries)|"
            r"after being (?:shot|stabbed|attacked|beaten|hit|struck|wounded|injured))\b"
            # "a policeman shot on Friday died of his wounds on Sunday", "succumbed to her injuries": a wounded person
            # who died is one killed (and no longer one hurt)
            r"|\b(?:died|succumbed)\s+(?:later\s+)?(?:of|from|to)\s+(?:(?:his|her)\s+)?(?:(?:gunshot|bullet|stab|"
            r"severe|serious|critical)\s+)?(?:wounds|injuries)\b"
            # "the chief died in hospital, a week after being stabbed by robbers"
            r"|\bdied\b[^.;]{0,50}?\bafter\s+being\s+(?:shot|stabbed|beaten|attacked|wounded)\b", re.I)
        self._pair_killed = re.compile(
            rf"\band (?:his|her) (?P<rel>{w['pair_relatives']})\s+(?:were|have been|had been)\s+(?:\w+ly\s+)?"
            r"(?:killed|shot dead|murdered|gunned down|assassinated)\b", re.I)
        self._singular_hurt = re.compile(
            rf"\b(?:was|has been|had been)\s+{_ADVERB}(?:{w['singular_hurt_verbs']})"
            r"(?!\s+(?:dead|and killed|to death|at|down))\b", re.I)
        # (also counted: "killed a farmer and his three children", "a village elder and his two sons")
        self._and_relative = re.compile(
            rf"\band (?:their|his|her) (?:(?P<n>{_NUMBER_UNNAMED})\s+(?:[a-z][\w-]*\s+)?(?:{w['relatives_plural']})|"
            rf"(?:{w['relatives']}))\b", re.I)

    def _compile_objects(self, victims: dict[str, list[str]], w: dict[str, str]) -> None:
        """The patterns that tell an active killing verb's object after a counted subject ("three gunmen shot dead a
        teacher": the gunmen are the killers), see ``_PASSIVE_AUX``."""
        people = "|".join(sorted(dict.fromkeys(victims["civilian"] + victims["armed"] + victims["attacker"] +
                                               victims["singular"]), key=len, reverse=True))
        stops = f"{w['object_stops']}|by|to|for|before|over|when"
        number = _NUMBER_UNNAMED
        self._object_after = re.compile(
            rf"\s+(?:(?:him|her|them)\b(?!\s+(?:own|selves)\b)"
            rf"|(?:{number})\s+of\s+(?:them|whom)\b"
            rf"|(?:{_OBJECT_DETERMINERS}|{number})\s+(?:of\s+(?:the|their|those)\s+)?"
            rf"(?:(?!(?:{stops})\b)[\w'-]+\s+){{0,3}}?(?:{people})\b"
            rf"|(?P<name>{_NAME}))", re.I)
        # any other noun after a determiner or number ("shot dead a shopkeeper"), unless the words are a time or a thing
        # ("killed the next morning", "killed a day after", "killed two days later")
        self._object_det = re.compile(rf"\s+(?:{_OBJECT_DETERMINERS}|{number})\s+(?P<rest>[\w'-]+(?:\s+[\w'-]+){{0,2}})",
                                      re.I)
        self._object_stop = re.compile(rf"^(?:{stops}|later)$", re.I)
        self._not_object = re.compile(rf"^(?:{w['not_people']}|{w['animals']}|(?:{w['not_person_objects']})s?|"
                                      rf"{_TIME_WORDS})$", re.I)

    def _compile_names(self, victims: dict[str, list[str]], w: dict[str, str]) -> None:
        """The patterns of animals after a number (no people), and of a name as a killing verb's object with no
        counted subject ("gunmen shot dead Musa Ibrahim", "killed journalist Ana Ruiz", "killed Musa Bello and Ali
        Garba"): one victim a name."""
        # words after a number that are no people, and "two stray dogs", "12 wild boars": animals, their adjectives
        # between (no conjunction, no person)
        self._not_people = re.compile(rf"\s*(?:{w['not_people']}|{w['animals']})\b", re.I)
        self._animals_after = re.compile(
            rf"\s+(?P<gap>(?:(?!(?:and|or|but|of|with|as|in|at|on|from|to|were|was)\b)[a-z][\w-]*\s+){{0,2}}?)"
            rf"(?:{w['animals']})\b", re.I)
        singular = "|".join(sorted(dict.fromkeys(victims["singular"]), key=len, reverse=True))
        self._kill_name = Prefiltered(re.compile(
            rf"\b(?P<v>{w['one_victim_verbs']})\s+(?:(?-i:(?:[a-z][\w-]*\s+){{0,2}})(?:{singular})\s+)?(?P<name>{_NAME})"
            rf"(?:\s+and\s+(?:(?-i:(?:[a-z][\w-]*\s+)?)(?:{singular})\s+)?(?P<name2>{_NAME}))?", re.I))
        self._not_person_name = re.compile(rf"\b(?:{w['not_person_names']})\b")
        # "and Abu X", "and commander Abu X", "and their commander Abu X": a person joined to a counted group
        self._joined_person = re.compile(
            rf"(?:(?:their|its|his|her|the)\s+)?(?:(?-i:(?:[a-z][\w-]*\s+)?)(?:{singular})\s+)?(?P<name>{_NAME})", re.I)

    # -- vocabulary lookups --------------------------------------------------------------------------------

    def role_of(self, word: str) -> str | None:
        """The role a role word gives ("wounded" -> injured), or None."""
        w = word.lower()
        if w in self._roles_read:
            return self._roles_read[w]
        role = next((role for role, rx in self._role_of if rx.match(w)), None)
        if len(self._roles_read) >= _ROLES_KEPT:
            self._roles_read.clear()  # a bound on the words kept, for a long-running process
        self._roles_read[w] = role
        return role

    def _verb_role_of(self, verb: str) -> str:
        return self._verb_role.get(verb.lower(), "killed")

    def _victim_kind(self, noun: str | None, context: str) -> str:
        if not noun:
            return "civilian" if _CIVILIAN_ADJ.search(context) else "unknown"
        n = noun.lower()
        if self._attacker.match(n):
            return "attacker"
        if self._armed.match(n):
            return "armed"
        return "civilian"

    # -- reading a sentence ---------------------------------------------------------------------------------

    def find(self, text: str, start: int, end: int) -> list[Count]:
        """All casualty counts in ``text[start:end]``, offsets into ``text``, in reading order."""
        found = _Found(_unquote_numbers(text[start:end]), start)
        self._tolls(found)
        self._numbers(found)
        self._single_victims(found)
        self._named_objects(found)
        for s, e, role in found.names:
            if not self._in_apposition(found, e):
                self._add(found, s, e, role, Quantity(1, 1, 1), None)
        self._named_victims(found)
        self._body_found(found)
        self._joined(found)
        self._relatives(found)
        self._self_detonated(found)
        found.counts.sort(key=lambda c: c.start)
        return _listed_parts(found.counts)

    def _add(self, found: _Found, s: int, e: int, role: str | None, qty: Quantity, noun: str | None,
             subset: bool = False, key: tuple[int, int] | None = None, *, cumulative: bool = False,
             partitive: bool = False) -> None:
        # overlap is judged on the number phrase itself, so "3 soldiers and a civilian were killed" gives two counts
        ks, ke = key or (s, e)
        if role is None or found.taken(ks, ke):
            return
        found.take(ks, ke)
        natural = _NATURAL_DEATH.match(found.sent, e) if role == "killed" else None
        if natural is not None and not _CAUSED_BY_VIOLENCE.match(found.sent, natural.end()):
            return  # "three other people died of medical emergencies": deaths no act of violence caused
        kind = self._victim_kind(noun, found.sent[max(0, s - 30) : e + 30])
        found.counts.append(Count(found.offset + s, found.offset + e, role, qty, noun, kind, subset, cumulative,
                                  partitive and subset))

    def _tolls(self, found: _Found) -> None:
        """ "the death toll rose to 9"; "the death toll in Gaza has risen to 40,000" is cumulative."""
        for m in self._toll.finditer(found.sent):
            nm = NUMBER_RE.match(found.sent, m.end())
            if nm and (q := parse_quantity(nm)):
                period = m.group(0)
                cumulative = bool(_PERIOD_TOLL.search(period)) and not _INCIDENT_TOLL.search(period)
                self._add(found, nm.start(), nm.end(), "killed", q, None, cumulative=cumulative)

    def _numbers(self, found: _Found) -> None:
        """Number phrases with the role word after them or the verb before them."""
        sent = found.sent
        for m in _NUMBERS.finditer(sent):
            q = parse_quantity(m)
            if q is None or self._not_a_count(sent, m, q):
                continue
            lo = max(0, m.start() - _LOOKBACK)
            after = _SUBSET_AFTER.match(sent, m.end())
            before = sent[max(0, m.start() - 40) : m.start()]
            subset = bool(_SUBSET.search(before)) or bool(after or _AMONG_AFTER.match(sent, m.end()))
            partitive = bool(after and after.group("part")) or bool(_PART_BEFORE.search(before))
            vb = self._verb_before.search(sent[max(0, m.start() - 60) : m.start()])
            if vb and subset and self._part_killed(found, m, q, vb.group("verb")):
                continue
            if vb and not subset and self._after_verb(found, m, q, vb.group("verb")):
                continue
            role, e, noun = self._forward(sent, m.end(), phrases=True)
            if role is not None and noun is not None and self._agents(found, m.end(), e, role):
                continue  # "three gunmen shot dead a teacher": the killers, no toll
            if role in ("killed", "injured") and _WHERE_BEFORE.search(sent, max(0, m.start() - 60), m.start()) \
                    and _PERFECT_AFTER.search(sent, m.end(), e + 1):
                # "troops sent to the province, where at least 60 people have died so far": a place's toll so far
                self._add(found, m.start(), e, role, q, noun, subset, key=(m.start(), m.end()), cumulative=True)
                continue
            if role is None and m.group("vague") is None and _BODIES_OF.search(sent, lo, m.start()):
                role, e = "killed", m.end()
            elif role != "killed" and _BODIES_NUMBER.search(sent, lo, m.start()):
                role, e = "killed", max(e, m.end())
            if role is None or (q.vague and noun is None and role != "casualties"):
                continue  # "many were hurt" without a victim noun is too weak to count
            self._add(found, m.start(), e, role, q, noun, subset, key=(m.start(), m.end()),
                      cumulative=_adds_up(sent, m), partitive=partitive)

    def _agents(self, found: _Found, s: int, e: int, role: str) -> bool:
        """The counted people (ending at ``s``) are the subject of an active verb (ending at ``e``) that has an object
        ("three gunmen shot dead a teacher", "two men shot him dead", "four soldiers killed two traders"): the doers, no
        count of this role. A name as the object is one victim ("two soldiers shot dead Musa Ibrahim") unless people
        follow it ("killed Boko Haram fighters": a group)."""
        sent = found.sent
        if _PASSIVE_AUX.search(sent, s, e):
            return False  # "three gunmen were shot dead ...": passive, whatever follows
        if _PRONOUN_IN_ROLE.search(sent, s, e):
            return True
        obj = self._object_after.match(sent, e)
        if obj is None:
            return self._common_object(sent, e)  # none: "three gunmen shot dead by police", "... in Kano", the passive
        if obj.group("name") and not self._person_soon.match(sent, obj.end()):
            found.names.append((obj.start("name"), obj.end(), role))
        return True

    def _common_object(self, sent: str, e: int) -> bool:
        """A determiner or number and a noun after the verb at ``e`` that are neither a time nor a thing ("shot dead a
        shopkeeper", not "killed the next morning" or "killed two days later")."""
        m = self._object_det.match(sent, e)
        if m is None:
            return False
        words: list[str] = []
        for word in m.group("rest").split():
            if self._object_stop.match(word):
                break
            words.append(word)
        return bool(words) and not any(self._not_object.match(word) for word in words)

    def _not_a_count(self, sent: str, m: re.Match[str], q: Quantity) -> bool:
        """A year, a measure ("12 rockets", "30 km"), a label ("brigade 5") or a negation ("no one")."""
        if q.value >= _YEAR_RANGE[0] and q.high and _YEAR_RANGE[0] <= q.value <= _YEAR_RANGE[1] and not q.vague:
            return True  # a year, not a toll
        if (animals := self._animals_after.match(sent, m.end())) and not self._noun.search(animals.group("gap")):
            return True  # "two stray dogs", "12 wild boars": ACLED counts people
        if _ISO_DATE.search(sent, max(0, m.start() - 10), min(len(sent), m.end() + 10)):
            return True  # a part of "2021-07-31", not a count
        if _MONTH_BEFORE.search(sent, max(0, m.start() - 12), m.start()) and not q.vague:
            return True  # "on Saturday, June 15 killed 35": the day of a month, not a count
        if _TOTAL_OF.match(sent, m.end()):
            return True  # the "a" of "a total of 91": the number comes after
        if self._not_people.match(sent, m.end()) and not self._person_soon.match(sent, m.end()):
            return True  # "12 rockets", "30 trucks" (but "two district officials" are people)
        lo = max(0, m.start() - _LOOKBACK)
        if _NUMBER_OF.search(sent, lo, m.start()) and not self._toll.search(sent, lo, m.start()) and not (
                _A_TOTAL_OF.search(sent, lo, m.start())):
            if not _REMAINS_OF.search(sent, lo, m.start()):
                return True
        if _NAME_BEFORE.search(sent, lo, m.start()) and _COMMA_AFTER.match(sent, m.end()):
            return True  # "Mr Doherty, 25, was arrested": an age
        if _AGE_AT.search(sent, lo, m.start()):
            return True  # "who joined the militia at 18, was injured": an age
        if _HOW_BEFORE.search(sent, lo, m.start()):
            return True  # "did not say how many people died": a question, not a count
        return bool(_NO_BEFORE.search(sent, lo, m.start()))  # "no one was hurt" is a negation, not a count of one

    def _part_killed(self, found: _Found, m: re.Match[str], q: Quantity, verb: str) -> bool:
        """ "troops pursued the gunmen and killed four of them": the killing's object is a part of a living group told
        before (its kind is that group's), new dead, not a part of a count already made; True when read this way."""
        part = _PART_OF_GROUP.match(found.sent, m.end())
        if part is None or self._verb_role_of(verb) != "killed":
            return False
        noun = part.group("n")
        if noun is None:  # "of them": the group named last before the number ("ambushed traders, killing five of them")
            named = [g.group(0) for g in self._noun.finditer(found.sent, 0, m.start())]
            noun = named[-1] if named else None
        self._add(found, m.start(), part.end(), "killed", q, noun)
        return True

    def _after_verb(self, found: _Found, m: re.Match[str], q: Quantity, verb: str) -> bool:
        """A count after its verb ("killing 6", "left 6 dead"); True when the number was read this way."""
        sent = found.sent
        noun_m = self._noun_after.match(sent, m.end())
        noun = noun_m.group("n") if noun_m else None
        e = noun_m.end() if noun_m else m.end()
        role = self._verb_role_of(verb)
        if role == "state":
            r = self._state_after.match(sent, m.end())
            if r:
                left_role = {"dead": "killed", "hostage": "abducted", "captive": "abducted"}.get(r.group(1), "injured")
                self._add(found, m.start(), r.end(), left_role, q, noun, key=(m.start(), m.end()))
            return True
        if noun or not self._not_people.match(sent, m.end()):
            self._add(found, m.start(), e, role, q, noun)
            return True
        return False

    def _forward(self, sent: str, pos: int, limit: int = 12, *, phrases: bool = False
                 ) -> tuple[str | None, int, str | None]:
        """Scan words after a number for its role word; returns (role, end offset, victim noun). With ``phrases``
        (after a number, not a lone "a man"), a role of several words ("lost their lives") is read too."""
        noun: str | None = None
        words = 0
        i = pos
        while words < limit and i < len(sent):
            par = self._aside(sent, i)
            if par is not None:
                i = par
                continue
            m = (_TOKEN_QUOTED if words <= 1 else _TOKEN).match(sent, i)
            if not m:
                break
            token, tok_end = m.group(1), m.end()
            if token == "," and (_LIST_NEXT.match(sent, tok_end) or _AUX_AFTER_COMMA.match(sent, tok_end)):
                i = tok_end  # "Four civilians, two policemen and a customs officer were killed"
                words += 1
                continue
            if token in ",;:()":
                if token == "(" and (close := sent.find(")", tok_end, tok_end + 40)) != -1:
                    i = close + 1  # "(HPC)" and other asides
                    continue
                break
            parts = token.split()
            phrase = next(((r, pm) for r, rx in self._role_phrase if (pm := rx.match(sent, m.start(1)))), None) \
                if phrases else None
            if phrase is not None and words + len(phrase[1].group(0).split()) <= limit:
                return phrase[0], phrase[1].end(), noun  # "seven soldiers lost their lives", within the words read
            role = self.role_of(token) or self.role_of(parts[0]) or (self.role_of(parts[-1]) if len(parts) > 1 else None)
            if role and not (role == "killed" and token.lower() in ("kill", "killing")):
                return role, tok_end, noun
            nm = self._noun.match(sent, m.start(1))
            if nm and noun is None:
                noun = nm.group(0)
                tok_end = max(tok_end, nm.end())
            elif self._ends_phrase(token, noun, words):
                break
            i = tok_end
            words += 1
        return None, pos, noun

    @staticmethod
    def _aside(sent: str, i: int) -> int | None:
        """The end of a parenthetical aside at ``i`` (", including 3 children,"), or None."""
        par = _PARENTHETICAL.match(sent, i) if sent[i : i + 1] == "," or sent[i : i + 2].strip() == "," else None
        if par is None:
            j = _SPACE.match(sent, i).end()  # type: ignore[union-attr] # \s* always matches
            if sent[j : j + 1] == ",":
                par = _PARENTHETICAL.match(sent, j)
        return par.end() if par is not None else None

    def _ends_phrase(self, token: str, noun: str | None, words: int) -> bool:
        """A clause opener, or a verb of another clause: "3 gunmen stormed ... and killed 5" is not 3 killed."""
        low = token.lower()
        if self._stop_word.match(low):
            return True
        if self._skip_word.match(token) or token[:1].isupper() or low.endswith("ian"):
            return False
        if noun is None and words > 1:
            return True
        # "civilians attending prayers were killed" reads on; "gunmen stormed ... and killed 5" does not
        return (low.endswith("ed") or (low.endswith("ing") and noun is None)) and low not in ("armed", "wounded", "injured")

    def _verb_role_before(self, sent: str, at: int) -> str | None:
        vb = self._verb_before.search(sent[max(0, at - 60) : at])
        return (self.role_of(vb.group("verb").split()[0]) or "killed") if vb else None

    def _pronoun_left_dead(self, found: _Found) -> None:
        """ "gunmen shot him dead outside his home": one killed (unless a toll already reads through it)"""
        sent = found.sent
        for m in _PRONOUN_LEFT_DEAD.finditer(sent) if "dead" in sent or "death" in sent else ():
            if not any(c.start <= found.offset + m.start("obj") < c.end for c in found.counts):
                self._add(found, m.start("obj"), m.end(), "killed", Quantity(1, 1, 1), m.group("obj"),
                          key=(m.start("obj"), m.end("obj")))

    def _single_victims(self, found: _Found) -> None:
        """ "a child was killed", "shot dead the village chief", "a family of five", "killed him" """
        sent = found.sent
        one = Quantity(1, 1, 1)
        for m in self._a_person.finditer(sent):
            role, e, _ = self._forward(sent, m.end(), limit=6)
            if role is not None and self._agents(found, m.end(), e, role):
                continue  # "a man shot dead two traders": the killer, no victim
            if role is None:
                role, e = self._verb_role_before(sent, m.start()), m.end()
            if role is not None:
                subset = bool(_SUBSET.search(sent[max(0, m.start() - 40) : m.start()]))
                self._add(found, m.start(), e, role, one, m.group(0).split()[-1], subset, key=(m.start(), m.end()))
        for m in self._the_person.finditer(sent):
            vb = self._verb_before.search(sent[max(0, m.start() - 60) : m.start()])
            if vb and not self._state_verb.search(vb.group(0)):
                role = self.role_of(vb.group("verb").split()[0]) or "killed"
                self._add(found, m.start(), m.end(), role, one, m.group(0).split()[-1], key=(m.start(), m.end()))
        for m in _FAMILY_OF.finditer(sent) if may_hold(sent, _FAMILY_WORDS) else ():
            nm = NUMBER_RE.fullmatch(m.group("n"))
            if nm and (q := parse_quantity(nm)):
                verb_role = self._verb_role_before(sent, m.start())
                role, e, _ = self._forward(sent, m.end(), limit=5)
                if verb_role and role is None:
                    role, e = verb_role, m.end()
                if role:
                    self._add(found, m.start(), e, role, q, "family")
        for m in self._kill_one.finditer(sent):
            obj = m.group("obj")
            words = obj.split()
            if self._object_not_person.match(words[-1]) or (len(words) > 1 and words[1].lower() == "total"):
                continue  # "killed a car", and "killed a total of 12": the count comes after
            v = m.group("v")
            role = "injured" if _INJURY_VERB.match(v) else "abducted" if _ABDUCT_VERB.match(v) else "killed"
            self._add(found, m.start("obj"), m.end(), role, one, obj.split()[-1], key=(m.start("obj"), m.end("obj")))
        self._pronoun_left_dead(found)
        for m in matches_at(self._passive_one, sent, [m.start() for m in _PASSIVE_ONE_STARTS.finditer(sent)], len(sent)):
            # "A member of the council has been killed"
            noun = m.group("noun")
            if not (self._object_not_person.match(noun) or noun.lower() in ("couple", "pair")):
                self._add(found, m.start(), m.end(), "killed", one, noun, key=(m.start(), m.start("noun") + len(noun)))

    def _named_objects(self, found: _Found) -> None:
        """ "Gunmen shot dead Musa Ibrahim", "killed journalist Ana Ruiz": a name as the object of a killing verb is one
        victim, two names joined by "and" two; not a group's name before people ("killed Boko Haram fighters"), nor an
        organisation's or a place's ("killed Kano State ...")."""
        sent = found.sent
        for m in self._kill_name.finditer(sent):
            v = m.group("v")
            role = "injured" if _INJURY_VERB.match(v) else "abducted" if _ABDUCT_VERB.match(v) else "killed"
            for g in ("name", "name2"):
                if m.group(g) is None:
                    continue
                soon = self._person_soon.match(sent, m.end(g))
                if soon is not None and _JOIN_START.match(sent, m.end(g)):
                    soon = None  # "killed Abu X and 12 fighters": the people are joined to the name, not its group's
                if self._not_person_name.search(m.group(g)) or soon is not None \
                        or sent.startswith(("'s", "\u2019s"), m.end(g)):
                    break  # a group ("Boko Haram fighters"), a body or a place, or the name's owner ("X's son")
                found.names.append((m.start(g), m.end(g), role))

    def _in_apposition(self, found: _Found, e: int) -> bool:
        """The name ending at ``e`` is told again by a singular victim counted after it ("Musa Bello, a commander")."""
        ap = _APPOSITION.match(found.sent, e)
        return ap is not None and any(found.offset + e <= c.start <= found.offset + ap.end() for c in found.counts)

    def _body_found(self, found: _Found) -> None:
        """ "The body of a teacher was found ... with gunshot wounds": one killed, when the sentence has no toll."""
        sent = found.sent
        # _ONE_BODY needs the word "body" (no letter of it has another case fold): most sentences have none, and the wide _KILLING_MARKS scan is spared
        if any(c.role == "killed" for c in found.counts) or "body" not in sent.lower() or not _KILLING_MARKS.search(sent):
            return
        m = _ONE_BODY.search(sent)
        if m and _FOUND.search(sent) and not _HOW_BEFORE.search(sent, max(0, m.start() - _LOOKBACK), m.start()):
            self._add(found, m.start(), m.end(), "killed", Quantity(1, 1, 1), None, key=(m.start(), m.end()))

    def _self_detonated(self, found: _Found) -> None:
        """ "Two suicide bombers blew themselves up ..., killing three officers": the bombers are dead too, and ACLED
        counts the suicide bomber in the fatalities (5), added to the toll told with the act; not when the toll says it
        includes them ("killing 12 people, including the bomber"), nor in a sentence with no toll of their victims."""
        sent = found.sent
        m = _SELF_DETONATED.search(sent) if "suicide" in sent.lower() else None
        if m is None or _BOMBER_IN_TOLL.search(sent) or not any(
                c.role == "killed" and c.counted and c.victim_kind != "attacker" for c in found.counts):
            return  # (told apart from the toll of their blast, a retelling of the act gives no toll of its own)
        word = m.group("n").lower()
        nm = NUMBER_RE.fullmatch(word)
        q = parse_quantity(nm) if nm else None
        q = q or (Quantity(1, 1, 1) if word in ("a", "an", "one", "the") else None)
        if q is not None and (not m.group("many") or q.value >= 2) and q.value <= _BOMBERS_MOST:
            self._add(found, m.start(), m.end(), "killed", q, "suicide bombers" if m.group("many") else "bomber",
                      key=(m.start(), m.start("n") + len(word)))

    def _named_victims(self, found: _Found) -> None:
        """ "Activist X was shot and killed", "X and his brother were killed", "a man was shot": one victim."""
        sent = found.sent
        if not any(c.role == "killed" for c in found.counts):
            for m in self._singular_passive.finditer(sent) if may_hold(sent, _PASSIVE_WORDS) else ():
                if _RELATIVE_CLAUSE.search(sent, max(0, m.start() - 80), m.start()):
                    continue  # "the brother of a trader who was shot dead in 2019": a relative clause tells backstory
                if _NOBODY_BEFORE.search(sent, max(0, m.start() - 30), m.start()):
                    continue  # "nobody was killed": a negation, no victim
                self._add(found, m.start(), m.end(), "killed", Quantity(1, 1, 1), None, key=(m.start(), m.end()))
                break
            pair = self._pair_killed.search(sent) if may_hold(sent, _PAIR_WORDS) else None
            if pair and not any(c.role == "killed" for c in found.counts):
                self._add(found, pair.start(), pair.end(), "killed", Quantity(2, 2, 2), pair.group("rel"),
                          key=(pair.start(), pair.end()))
        if not any(c.role in ("killed", "injured") for c in found.counts):
            for m in self._singular_hurt.finditer(sent) if may_hold(sent, _HURT_WORDS) else ():
                if _RELATIVE_CLAUSE.search(sent, max(0, m.start() - 80), m.start()):
                    continue
                self._add(found, m.start(), m.end(), "injured", Quantity(1, 1, 1), None, key=(m.start(), m.end()))
                break

    def _joined(self, found: _Found) -> None:
        """ "killing two officials and two of their bodyguards": a further group joined to a count shares its role."""
        sent, start = found.sent, found.offset
        i = 0
        while i < len(found.counts):  # a group joined is joined to in turn ("two farmers, one woman and one child")
            c = found.counts[i]
            i += 1
            if c.subset or c.role not in ("killed", "injured", "abducted"):
                continue
            j = _JOINED.match(sent, c.end - start) or _LIST_COMMA.match(sent, c.end - start)
            if j is None:
                self._other_side(found, c)
                continue
            pos = j.end()
            nm = NUMBER_RE.match(sent, pos)
            q = parse_quantity(nm) if nm else None
            if q is None or nm is None:
                one = _ONE.match(sent, pos)
                if one is None:
                    self._joined_name(found, c, pos)
                    continue
                if self._another_fate(found, c, pos, one.end()):
                    continue
                q, nend = Quantity(1, 1, 1), one.end()
            else:
                nend = nm.end()
            rest = sent[nend : nend + 60]
            noun = self._joined_noun.match(rest)
            if noun is None or self._role_word.search(rest[: noun.end()]):
                continue
            if _OTHER_FATE.match(rest, noun.end()):
                continue  # "and 10,000 others rendered homeless": another fate, not the same role
            self._add(found, pos, nend + noun.end(), c.role, q, noun.group("n"), key=(pos, nend))

    def _another_fate(self, found: _Found, c: Count, pos: int, end: int) -> bool:
        """ "One person was killed and another was wounded": "another" with no noun is one more of the count's people,
        with the role of its own verb; True when read this way."""
        fate = _ANOTHER_FATE.match(found.sent, end)
        if fate is None or not found.sent[pos:end].lower().startswith(("another", "one")):
            return False
        role = self.role_of(fate.group("verb"))
        if role is None:
            return False
        self._add(found, pos, fate.end(), role, Quantity(1, 1, 1), c.victims, c.subset, key=(pos, end))
        return True

    def _joined_name(self, found: _Found, c: Count, pos: int) -> None:
        """ "killed 12 fighters and Abu X, a commander": a person's name joined by "and" to a counted group is one more
        victim of its role (13). Not a group's or a place's name ("and Boko Haram fighters"), not a name told again by
        a count already read (its span or its apposition: no double counting), and not the subject of a clause of its
        own ("killed 12 people and President X condemned the attack")."""
        m = self._joined_person.match(found.sent, pos)
        if m is None:
            return
        name, end = m.group("name"), m.end("name")
        if self._not_person_name.search(name) or self._person_soon.match(found.sent, end) or found.sent.startswith(
                ("'s", "\u2019s"), end) or not _NAME_ENDS.match(found.sent, end) or self._in_apposition(found, end):
            return
        # the key spans "their commander Abu X", so "and their commander" is not read again as a relative
        self._add(found, m.start("name"), end, c.role, Quantity(1, 1, 1), None, c.subset, key=(m.start(), end))

    def _other_side(self, found: _Found, c: Count) -> None:
        """ "two dead on the army's side and five on the attackers' side": the other side's dead share the role;
        parts of different sides add up (each is a count of its own, never a subset)."""
        sent, start = found.sent, found.offset
        j = _SIDE_JOINED.match(sent, c.end - start)
        nm = NUMBER_RE.match(sent, j.end()) if j else None
        q = parse_quantity(nm) if nm else None
        if nm is not None and q is not None and _SIDE_AFTER.match(sent, nm.end()):
            self._add(found, nm.start(), nm.end(), c.role, q, None, key=(nm.start(), nm.end()))
            return
        self._other_place(found, c)

    def _other_place(self, found: _Found, c: Count) -> None:
        """ "killed seven people in A and three in B", "four in A, three in B and one in C": each bare count told with
        its own place is that place's dead (the role and the victims of the count before it), never a part of the
        first count; "three in B were wounded" has a verb of its own and is left to it."""
        sent, start = found.sent, found.offset
        j = _PLACE_JOINED.match(sent, c.end - start)
        nm = NUMBER_RE.match(sent, j.end()) if j else None
        q = parse_quantity(nm) if nm else None
        if nm is not None and q is not None and _PLACE_AFTER.match(sent, nm.end()):
            self._add(found, nm.start(), nm.end(), c.role, q, c.victims, key=(nm.start(), nm.end()))

    def _relatives(self, found: _Found) -> None:
        """ "an elderly couple were killed" (2); "killed two children and their mother": one more victim."""
        sent, start = found.sent, found.offset
        pair_word = _COUPLE.search(sent) if may_hold(sent, _COUPLE_WORDS) else None
        if pair_word and not any(c.role == "killed" for c in found.counts) and self._role_word.search(sent, pair_word.end()):
            role, _, _ = self._forward(sent, pair_word.end(), limit=8)
            if role:
                self._add(found, pair_word.start(), pair_word.end(), role, Quantity(2, 2, 2), "couple",
                          key=(pair_word.start(), pair_word.end()))
        by_end = sorted(((c.end - start, i) for i, c in enumerate(found.counts)))
        for m in self._and_relative.finditer(sent) if may_hold(sent, _RELATIVE_WORDS) else ():
            # the count ending at most 25 characters before "and their mother" (the last one read, on a tie)
            lo, hi = bisect.bisect_right(by_end, (m.start() - 25, len(found.counts))), bisect.bisect_right(
                by_end, (m.start(), len(found.counts)))
            if lo < hi:
                c = found.counts[max(i for _, i in by_end[lo:hi])]
                before = len(found.counts)
                nm = NUMBER_RE.fullmatch(m.group("n")) if m.group("n") else None
                q = (parse_quantity(nm) if nm else None) or Quantity(1, 1, 1)
                self._add(found, m.start(), m.end(), c.role, q, m.group(0).split()[-1], c.subset)
                if len(found.counts) > before:
                    bisect.insort(by_end, (m.end(), before))

