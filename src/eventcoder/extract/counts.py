"""Casualty counts: number phrases with their role (killed, injured, ...) and victims.

Reads one sentence at a time with patterns written from the grammar of casualty reporting:
a number before its role ("at least 11 people were killed", "78 others wounded", "two killed"),
a role verb before its number ("killing 6", "left 6 dead", "claimed the lives of 4"), singular
victims ("a child was killed"), tolls ("the death toll rose to 9"), and subsets ("including 3
children", which are not added).
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from eventcoder.errors import ConfigError
from eventcoder.extract.numbers import NUMBER_RE, Quantity, parse_quantity

__all__ = ["Count", "find_counts"]


def _load_victims() -> dict[str, str]:
    """The victim nouns (data/lexicons/victims.toml, plus $EVENTCODER_HOME/lexicons/victims.toml) as alternations."""
    lists: dict[str, list[str]] = {}
    sources = [resources.files("eventcoder.data.lexicons").joinpath("victims.toml").read_text(encoding="utf-8")]
    home = os.environ.get("EVENTCODER_HOME")
    user = Path(home) / "lexicons" / "victims.toml" if home else None
    if user is not None and user.is_file():
        sources.append(user.read_text(encoding="utf-8"))
    for text in sources:
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"victims.toml: not valid TOML ({exc}); fix the lexicon file") from exc
        for key, items in data.items():
            lists.setdefault(key, []).extend(items)
    # longest first, so that "police officers" wins over "police"
    return {key: "|".join(sorted(dict.fromkeys(items), key=len, reverse=True)) for key, items in lists.items()}


_VICTIMS = _load_victims()

KILL = (
    r"killed|dead|died|die|slain|murdered|massacred|executed|shot dead|shot and killed|beheaded|perished|"
    r"lost (?:their|his|her) lives|burn(?:ed|t) to death|hacked to death|lifeless|deaths?|fatalities|"
    r"fatally (?:shot|wounded|injured)|kill|kills|killing|bodies|gunned down|mowed down|cut down|slaughtered|lynched|"
    r"(?:beaten|stabbed|hacked|burned|burnt|shot|stoned|tortured|starved|clubbed|slashed|lynched|crushed) to death"
)
INJURE = r"injured|wounded|hurt|injuries|maimed|wounds|injuring|wounding|injure|injures|wound|hospitali[sz]ed"
ABDUCT = r"abducted|kidnapped|taken hostage|held hostage|abducting|kidnapping|abduct|kidnap|missing"
ARREST = r"arrested|detained|apprehended|arresting|detaining|arrest|detain|rounded up"
CASUALTY = r"casualties"
_ROLE_OF = [
    ("injured", re.compile(rf"^(?:{INJURE})$")),
    ("killed", re.compile(rf"^(?:{KILL})$")),
    ("abducted", re.compile(rf"^(?:{ABDUCT})$")),
    ("arrested", re.compile(rf"^(?:{ARREST})$")),
    ("casualties", re.compile(rf"^(?:{CASUALTY})$")),
]
_ROLE_WORD = re.compile(rf"\b(?:{KILL}|{INJURE}|{ABDUCT}|{ARREST}|{CASUALTY})\b", re.IGNORECASE)

CIVILIAN_NOUNS = _VICTIMS["civilian"]
ARMED_NOUNS = _VICTIMS["armed"]
ATTACKER_NOUNS = _VICTIMS["attacker"]
_NOUN = re.compile(rf"\b(?:{ARMED_NOUNS}|{CIVILIAN_NOUNS})\b", re.IGNORECASE)
_ARMED = re.compile(rf"^(?:{ARMED_NOUNS})$", re.IGNORECASE)
_ATTACKER = re.compile(rf"^(?:{ATTACKER_NOUNS})$", re.IGNORECASE)
_CIVILIAN_ADJ = re.compile(r"\bcivilian\b", re.IGNORECASE)
_SINGULAR = _VICTIMS["singular"]
_A_PERSON = re.compile(
    rf"\b(?:a|an|another|one)\s+(?:(?:[a-z]+-year-old|young|local|senior|female|male|pregnant|teenage|elderly|"
    rf"[A-Z][a-z]+)\s+){{0,2}}(?:{_SINGULAR})\b"
)
_THE_PERSON = re.compile(
    rf"\b(?:the|a local|his|her|their)\s+(?:(?:[a-z]+-year-old|young|local|village|district|deputy|senior|former|"
    rf"[A-Z][a-z]+)\s+){{0,2}}(?:{_SINGULAR})\b(?!\s+(?:who|and)\b)"
)
_KILL_ONE = re.compile(
    r"\b(?P<v>killed|killing|shot dead|shooting dead|shot and killed|gunned down|murdered|assassinated|beheaded|"
    r"executed|stabbed to death|hacked to death|lynched|abducted|kidnapped|wounded|injured)\s+"
    r"(?P<obj>him|her|(?:a|an)\s+(?:(?!(?:in|at|on|near|from|with|and|during|after|while|who|as|outside|inside)\b)[\w-]+\s*){1,3})"
    r"(?<![\s])(?!\s+(?:people|civilians|others|of them)\b)",
    re.IGNORECASE,
)
_PASSIVE_ONE = re.compile(
    r"(?:^|(?<=[\s,]))(?:(?:A|An|One|The body of (?:a|an|the))\s+)(?:[\w-]+\s+){0,3}?(?P<noun>[a-z][\w-]+)"
    r"(?:\s+(?:of|from|in|at|with)\s+[^;]{1,60}?)?,?\s+(?:has been|had been|was|were|is)\s+(?:\w+ly\s+)?"
    r"(?:shot dead|killed|murdered|assassinated|beheaded|executed|found dead|stabbed to death|shot and killed|"
    r"lynched|gunned down|found)\b",
)
_SINGULAR_PASSIVE = re.compile(
    r"\b(?:was|has been|had been)\s+(?:\w+ly\s+)?(?:found\s+)?(?:shot dead|shot and killed|killed|murdered|assassinated|"
    r"beheaded|executed|stabbed to death|hacked to death|gunned down|fatally (?:shot|stabbed)|found dead|lynched|"
    r"shot to death|beaten to death|burned to death|strangled|tortured and (?:killed|hacked to death)|"
    r"(?:tortured|abducted|kidnapped) and (?:killed|murdered|hacked to death|shot dead))\b"
    r"|\bhas died of (?:his|her) (?:wounds|injuries)\b",
    re.IGNORECASE,
)
_PAIR_KILLED = re.compile(
    r"\band (?:his|her) (?P<rel>brother|sister|son|daughter|wife|husband|father|mother|driver|bodyguard|nephew|cousin)"
    r"\s+(?:were|have been|had been)\s+(?:\w+ly\s+)?(?:killed|shot dead|murdered|gunned down|assassinated)\b",
    re.IGNORECASE,
)
_JOINED = re.compile(r"^(?:\s+(?:people|persons|civilians|others))?\s*,?\s*(?:and|as well as|plus|along with|alongside|together with)\s+", re.I)
_COUPLE = re.compile(r"\b(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:couple|husband and (?:his )?wife|mother and (?:her )?(?:son|daughter|child|baby)|father and (?:his )?(?:son|daughter|child))\b", re.I)
_PERSON_SOON = re.compile(rf"\s*(?:[\w'-]+\s+){{0,2}}?(?:{CIVILIAN_NOUNS}|{ARMED_NOUNS})\b", re.IGNORECASE)
_SINGULAR_HURT = re.compile(
    r"\b(?:was|has been|had been)\s+(?:\w+ly\s+)?(?:shot|stabbed|wounded|injured|beaten|hacked|attacked with)"
    r"(?!\s+(?:dead|and killed|to death|at|down))\b",
    re.IGNORECASE,
)
_OBJECT_NOT_PERSON = re.compile(
    r"^(?:bomb|car|vehicle|truck|bus|attack|house|home|building|village|town|school|mosque|church|checkpoint|"
    r"base|post|convoy|patrol|market|hospital|road|bridge|station|office|camp|position|drone|missile|rocket|"
    r"number|total|lot|series|wave|day|week|month|year|time|while|result|way|part|area|group|unit|force|"
    r"gathering|meeting|rally|protest|crowd|tank|helicopter|plane|jet|ship|boat|explosion|blast|device)s?$",
    re.IGNORECASE,
)
_FAMILY_OF = re.compile(r"\ba family of (?P<n>\w+)\b", re.IGNORECASE)
_AND_RELATIVE = re.compile(
    r"\band (?:their|his|her) (?:mother|father|wife|husband|son|daughter|brother|sister|grandmother|grandfather|"
    r"uncle|aunt|driver|bodyguard|child|baby)\b",
    re.IGNORECASE,
)
_TOLL = re.compile(
    r"\b(?:death toll|toll|number of (?:the )?dead|number of deaths|fatalities)\b[^.;]{0,40}?"
    r"\b(?:rose|risen|climbed|reached|stands? at|stood at|is|was|has risen|jumped|increased|hit|rises)\s+(?:to\s+)?",
    re.IGNORECASE,
)
_VERB_BEFORE = re.compile(
    r"\b(?P<verb>killing|killed|kills|kill|wounding|wounded|injuring|injured|leaving|left|claiming the lives of|"
    r"claimed the lives of|claim the lives of|abducting|abducted|kidnapping|kidnapped|arresting|arrested|"
    r"detaining|detained|executed|executing|massacred|massacring|slaughtered|slaughtering|lynched|shot dead|shooting dead|beheaded|beheading|"
    r"murdered|murdering|gunned down|gunning down|took|taking|seized|seizing|hurting|hurt|claimed|claiming)\s+"
    r"(?:(?:him|her|them|one|another person|a \w+)\s+and\s+)?"
    r"(?:(?:a total of|all|at least|some|about|around|nearly|almost|more than|over|up to|another|a further|"
    r"an additional|as many as|roughly|approximately|no fewer than)\s+)?$",
    re.IGNORECASE,
)
_SUBSET = re.compile(r"(?:including|among them|among whom|of them|of whom|amongst them|most of them|mostly|,\s*all)\s+(?:at least\s+)?$", re.IGNORECASE)
_SUBSET_AFTER = re.compile(
    r"^\s*(?:of them|of whom|among them|of (?:the|those) (?:dead|killed|victims|wounded|injured|casualties|missing))\b",
    re.IGNORECASE,
)
# Numbers that measure something else: not casualties.
_NOT_PEOPLE = re.compile(
    r"^\s*(?:%|percent|per cent|km|kilomet\w+|miles?|met(?:er|re)s?|years?|months?|weeks?|days?|hours?|"
    r"minutes?|seconds?|times|o'clock|a\.m\.|p\.m\.|am|pm|tons?|tonnes?|dollars?|euros?|naira|rupees?|"
    r"shells?|rockets?|missiles?|bombs?|drones?|mortars?|houses?|homes?|buildings?|vehicles?|cars?|trucks?|"
    r"villages?|towns?|districts?|provinces?|states?|regions?|countries|attacks?|incidents?|rounds?|"
    r"shots?|bullets?|cases?|acres?|hectares?|schools?|shops?|mosques?|churches?|st|nd|rd|th|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b",
    re.IGNORECASE,
)
_SKIP_WORD = re.compile(
    r"^(?:were|was|are|is|have|has|had|been|being|be|reportedly|also|later|all|allegedly|confirmed|feared|"
    r"believed|said|to|have|been|were|now|already|so|far|initially|subsequently|instantly|immediately|"
    r"seriously|critically|severely|slightly|badly|fatally|gravely|mortally|others?|other|more|people|"
    r"persons|of|them|the|a|an|and|including|who|were|got|left|found|suspected|alleged|unidentified|unknown|armed|"
    r"unarmed|innocent|wounded|local|young|elderly|fellow|off-duty|retired|former|drug|suspects?)$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Count:
    """A casualty count in a sentence: offsets into the document text, role, quantity, victims."""

    start: int
    end: int
    role: str  # killed, injured, abducted, arrested, casualties
    qty: Quantity
    victims: str | None
    victim_kind: str  # civilian, armed, attacker, unknown
    subset: bool = False

    @property
    def value(self) -> int:
        return self.qty.value


def _role_of(word: str) -> str | None:
    w = word.lower()
    for role, rx in _ROLE_OF:
        if rx.match(w):
            return role
    return None


def _victim_kind(noun: str | None, context: str) -> str:
    if not noun:
        return "civilian" if _CIVILIAN_ADJ.search(context) else "unknown"
    n = noun.lower()
    if _ATTACKER.match(n):
        return "attacker"
    if _ARMED.match(n):
        return "armed"
    return "civilian"


_PARENTHETICAL = re.compile(
    r",\s*(?:mostly|including|among them|among whom|most of them|many of them|all of them|all|both|mainly|"
    r"largely|reportedly|according to [^,]+|aged [^,]+|who [^,]+|some of them)\b[^,;]{0,80},",
    re.IGNORECASE,
)
_LIST_NEXT = re.compile(
    r"\s*(?:and\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an|another)\s+[a-z]", re.I
)
_STOP_WORD = re.compile(r"^(?:when|after|as|while|because|but|which|that|since|before|until|where|whom|whose|if|though|although)$", re.I)


def _forward(sent: str, pos: int, limit: int = 12) -> tuple[str | None, int, str | None]:
    """Scan words after a number for its role word; returns (role, end offset, victim noun)."""
    noun: str | None = None
    words = 0
    i = pos
    while words < limit and i < len(sent):
        par = _PARENTHETICAL.match(sent, i) if sent[i:i + 1] == "," or sent[i:i + 2].strip() == "," else None
        if par is None and sent[i:].lstrip().startswith(","):
            lead = len(sent[i:]) - len(sent[i:].lstrip())
            par = _PARENTHETICAL.match(sent, i + lead)
        if par is not None:
            i = par.end()
            continue
        # quote marks around the counted phrase are passed over ('"at least 7 people" were killed'), not further on
        gap = r'[\s"]*' if words <= 1 else r"\s*"
        m = re.match(gap + r"([,;:()]|[A-Za-z][\w'/-]*(?:\s+(?:dead|and killed|to death|down)\b)?)", sent[i:])
        if not m:
            break
        token = m.group(1)
        tok_end = i + m.end()
        if token == "," and (_LIST_NEXT.match(sent, tok_end) or re.match(r"\s*(?:have|has|had|were|was)\b", sent[tok_end:])):
            i = tok_end  # "Four civilians, two policemen and a customs officer were killed"
            words += 1
            continue
        if token in ",;:()":
            if token == "(" and (close := sent.find(")", tok_end)) != -1 and close - tok_end < 40:
                i = close + 1  # "(HPC)" and other asides
                continue
            break
        parts = token.split()
        role = _role_of(token) or _role_of(parts[0]) or (_role_of(parts[-1]) if len(parts) > 1 else None)
        if role and not (role == "killed" and token.lower() in ("kill", "killing")):
            return role, tok_end, noun
        nm = _NOUN.match(sent, i + m.start(1))
        low = token.lower()
        if nm and noun is None:
            noun = nm.group(0)
            tok_end = max(tok_end, nm.end())
        elif _STOP_WORD.match(low):
            break
        elif not (_SKIP_WORD.match(token) or token[:1].isupper() or low.endswith("ian")):
            # a verb of another clause ends the phrase ("3 gunmen stormed ... and killed 5")
            if noun is None and words > 1:
                break
            if (low.endswith("ed") or (low.endswith("ing") and noun is None)) and low not in ("armed", "wounded", "injured"):
                break  # "civilians attending prayers were killed" reads on; "gunmen stormed ... and killed 5" does not
        i = tok_end
        words += 1
    return None, pos, noun


def find_counts(text: str, start: int, end: int) -> list[Count]:
    """All casualty counts in ``text[start:end]``, offsets into ``text``, in reading order."""
    sent = text[start:end]
    counts: list[Count] = []
    taken: list[tuple[int, int]] = []

    def add(s: int, e: int, role: str | None, qty: Quantity, noun: str | None, subset: bool = False,
            key: tuple[int, int] | None = None) -> None:
        # overlap is judged on the number phrase itself, so "3 soldiers and a civilian were killed" gives two counts
        ks, ke = key or (s, e)
        if role is None or any(ks < te and ts < ke for ts, te in taken):
            return
        taken.append((ks, ke))
        kind = _victim_kind(noun, sent[max(0, s - 30) : e + 30])
        counts.append(Count(start + s, start + e, role, qty, noun, kind, subset))

    for m in _TOLL.finditer(sent):
        nm = NUMBER_RE.match(sent, m.end())
        if nm and (q := parse_quantity(nm)):
            add(nm.start(), nm.end(), "killed", q, None)

    for m in NUMBER_RE.finditer(sent):
        q = parse_quantity(m)
        if q is None:
            continue
        if q.value >= 1900 and q.high and 1900 <= q.value <= 2100 and not q.vague:
            continue  # a year, not a toll
        after = sent[m.end() :]
        if _NOT_PEOPLE.match(after) and not _PERSON_SOON.match(after):
            continue  # "12 rockets", "30 trucks" (but "two district officials" are people)
        before = sent[: m.start()]
        if re.search(r"(?:\b(?:no\.|number|aged|age|ages|of|page|route|highway|article|resolution|"
                     r"brigade|division|battalion|regiment|unit|group)\s*)$", before, re.IGNORECASE) and not _TOLL.search(before):
            if not re.search(r"\b(?:bodies|lives|deaths?|killing|murder|remains|corpses) of\s*$", before, re.IGNORECASE):
                continue
        if re.search(r"\bno\s*$", before, re.IGNORECASE):
            continue  # "no one was hurt" is a negation, not a count of one
        subset = bool(_SUBSET.search(before[-40:])) or bool(_SUBSET_AFTER.match(after))
        vb = _VERB_BEFORE.search(before[-60:])
        if vb and not subset:
            verb = vb.group("verb").lower()
            noun_m = re.match(rf"\s*(?:[\w'-]+\s+){{0,3}}?(?P<n>{CIVILIAN_NOUNS}|{ARMED_NOUNS})\b", after)
            noun = noun_m.group("n") if noun_m else None
            e = m.end() + (noun_m.end() if noun_m else 0)
            if verb in ("leaving", "left", "took", "taking", "seized", "seizing"):
                r = re.match(r"(?:\s+[\w-]+){0,6}?\s+(dead|injured|wounded|hurt|hostage|captive)\b", after)
                if not r:
                    continue
                left_role = {"dead": "killed", "hostage": "abducted", "captive": "abducted"}.get(r.group(1), "injured")
                add(m.start(), m.end() + r.end(), left_role, q, noun)
                continue
            role = _role_of(verb.split()[0]) or ("killed" if verb.startswith(("claim", "execut", "massacr", "behead",
                                                                            "murder", "gunn", "shot", "shoot", "slaughter",
                                                                            "lynch")) else None)
            if role is None and verb in ("hurting", "hurt"):
                role = "injured"
            if role and (noun or not _NOT_PEOPLE.match(after)):
                add(m.start(), e, role, q, noun)
                continue
        role, e, noun = _forward(sent, m.end())
        if role is None and m.group("vague") is None:
            bodies = re.search(r"\b(?:bodies|corpses|remains|deaths?|killing|murder) of\s*$", before, re.IGNORECASE)
            if bodies:
                role, e = "killed", m.end()
        if role is None:
            continue
        if q.vague and noun is None and role != "casualties":
            continue  # "many were hurt" without a victim noun is too weak to count
        add(m.start(), e, role, q, noun, subset, key=(m.start(), m.end()))

    for m in _A_PERSON.finditer(sent):
        role, e, noun = _forward(sent, m.end(), limit=6)
        if role is None:
            vb = _VERB_BEFORE.search(sent[: m.start()][-60:])
            if vb:
                role = _role_of(vb.group("verb").split()[0]) or "killed"
                e = m.end()
        if role is None:
            continue
        subset = bool(_SUBSET.search(sent[: m.start()][-40:]))
        noun = m.group(0).split()[-1]
        add(m.start(), e, role, Quantity(1, 1, 1), noun, subset, key=(m.start(), m.end()))

    # "shot dead the village chief": a definite singular victim right after a killing verb
    for m in _THE_PERSON.finditer(sent):
        vb = _VERB_BEFORE.search(sent[: m.start()][-60:])
        if vb and not re.search(r"(?:leaving|left|took|taking|seized|seizing)\s*$", vb.group(0), re.IGNORECASE):
            role = _role_of(vb.group("verb").split()[0]) or "killed"
            add(m.start(), m.end(), role, Quantity(1, 1, 1), m.group(0).split()[-1], key=(m.start(), m.end()))

    for m in _FAMILY_OF.finditer(sent):
        nm = NUMBER_RE.fullmatch(m.group("n"))
        if nm and (q := parse_quantity(nm)):
            vb = _VERB_BEFORE.search(sent[: m.start()][-60:])
            role, e, _ = _forward(sent, m.end(), limit=5)
            if vb and role is None:
                role = _role_of(vb.group("verb").split()[0]) or "killed"
                e = m.end()
            if role:
                add(m.start(), e, role, q, "family")

    # "killed a village head", "shot dead an elder", "killed him": one victim right after a killing verb
    for m in _KILL_ONE.finditer(sent):
        obj = m.group("obj")
        if _OBJECT_NOT_PERSON.match(obj.split()[-1]):
            continue
        role = "injured" if re.match(r"wound|injur", m.group("v"), re.I) else "abducted" if re.match(
            r"abduct|kidnap", m.group("v"), re.I) else "killed"
        add(m.start("obj"), m.end(), role, Quantity(1, 1, 1), obj.split()[-1], key=(m.start("obj"), m.end("obj")))
    # "A member of the council has been killed", "the body of the mayor was found"
    for m in _PASSIVE_ONE.finditer(sent):
        if _OBJECT_NOT_PERSON.match(m.group("noun")) or m.group("noun").lower() in ("couple", "pair"):
            continue
        add(m.start(), m.end(), "killed", Quantity(1, 1, 1), m.group("noun"), key=(m.start(), m.start("noun") + len(m.group("noun"))))

    # "University activist Juan Perez was shot and killed", "the mayor has been found hacked to death": one victim
    if not any(c.role == "killed" for c in counts):
        for m in _SINGULAR_PASSIVE.finditer(sent):
            if re.search(r"\b(?:who|whose \w+|that)\s+$", sent[: m.start()], re.IGNORECASE):
                continue  # "relatives of a woman who was killed in 2021": a relative clause tells backstory
            add(m.start(), m.end(), "killed", Quantity(1, 1, 1), None, key=(m.start(), m.end()))
            break
        # "party leader X and his brother were killed": a named person and a relative
        pair = _PAIR_KILLED.search(sent)
        if pair and not any(c.role == "killed" for c in counts):
            add(pair.start(), pair.end(), "killed", Quantity(2, 2, 2), pair.group("rel"), key=(pair.start(), pair.end()))

    # "a 50-year-old man was shot on a road": one person wounded
    if not any(c.role in ("killed", "injured") for c in counts):
        for m in _SINGULAR_HURT.finditer(sent):
            if re.search(r"\b(?:who|whose \w+|that)\s+$", sent[: m.start()], re.IGNORECASE):
                continue
            add(m.start(), m.end(), "injured", Quantity(1, 1, 1), None, key=(m.start(), m.end()))
            break

    # "killing two officials and two of their bodyguards", "was killed along with eight others": a further victim
    # group joined to a count shares its role
    for c in list(counts):
        if c.subset or c.role not in ("killed", "injured", "abducted"):
            continue
        tail = sent[c.end - start :]
        j = _JOINED.match(tail)
        if j is None:
            continue
        pos = c.end - start + j.end()
        nm = NUMBER_RE.match(sent, pos)
        q = parse_quantity(nm) if nm else None
        if q is None:
            one = re.match(r"(?:a|an|another|one)\b", sent[pos:], re.IGNORECASE)
            if one is None:
                continue
            q, nend = Quantity(1, 1, 1), pos + one.end()
        else:
            nend = nm.end()  # type: ignore[union-attr] # q is only set when nm matched
        rest = sent[nend : nend + 60]
        noun = re.match(rf"\s+(?:of (?:their|his|her|the|them)\s+)?(?:[\w-]+\s+){{0,2}}?(?P<n>{CIVILIAN_NOUNS}|{ARMED_NOUNS}|"
                        rf"others|visitors?|bodyguards?|guards?|nephews?|relatives?)\b", rest, re.IGNORECASE)
        if noun is None or _ROLE_WORD.search(rest[: noun.end()]):
            continue
        if re.match(r"\s+(?:were |was |have been |had been )?(?:\w+ed|homeless|displaced|missing|abandoned)\b", rest[noun.end():], re.I):
            continue  # "and 10,000 others rendered homeless": another fate, not the same role
        add(pos, nend + noun.end(), c.role, q, noun.group("n"), key=(pos, nend))
    pair_word = _COUPLE.search(sent)
    if pair_word and not any(c.role == "killed" for c in counts) and _ROLE_WORD.search(sent, pair_word.end()):
        role, _, _ = _forward(sent, pair_word.end(), limit=8)
        if role:
            add(pair_word.start(), pair_word.end(), role, Quantity(2, 2, 2), "couple", key=(pair_word.start(), pair_word.end()))

    # "killed two children and their mother": the relative is one more victim of the same role
    for m in _AND_RELATIVE.finditer(sent):
        prev = [c for c in counts if c.end - start <= m.start() and m.start() - (c.end - start) < 25]
        if prev:
            c = prev[-1]
            add(m.start(), m.end(), c.role, Quantity(1, 1, 1), m.group(0).split()[-1], c.subset)

    counts.sort(key=lambda c: c.start)
    return counts
