"""Place-mention detection: capitalised token runs and locative patterns, matched against the index.

No NLP model: a regular-expression tokenizer, a stop-list of capitalised words that are rarely
places, and cues around the run ("in the town of X", "X province", "X countryside", "near X").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import NamedTuple

from eventcoder.geo.paths import home

__all__ = ["ROAD", "ROAD_WORD", "ROAD_NAME", "Mention", "Token", "detect", "load_stopwords", "road_towns", "tokenize"]

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "gazetteer"

# A word is a run of letters and digits that opens with a letter, its parts glued by an apostrophe before a letter
# or a hyphen before a letter or digit: written as runs between glue marks, not one character at a time (the same
# tokens, a quarter sooner).
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]&[A-Z](?![\w&])|(?:St|Ste|Mt|Ft|Pt)\.(?=\s+[A-Z])|"
                    r"[^\W\d_][^\W_]*(?:(?:['\u2019\u2018`\u02bb\u02bc\u02bf\u02be](?=[^\W\d_])|-(?=[^\W_]))[^\W_]*)*|"
                    r"[.!?;:\n]|\d+")
_ADJ_SUFFIX = re.compile(r"^(.+?)-(?:backed|based|led|controlled|held|run|allied|aligned|linked|funded|occupied|"
                         r"administered|ruled|born|bound|made|owned|sponsored|supported|style|era|wide|area|"
                         r"bound|registered|flagged)$")
# A ward number glued to a town or its unit word ("Ghorahi-6", "X rural municipality-6", "Y city-8": ward 6 of X, as
# Nepali reports write it): the name or the unit word is the head. Not an acronym's ("COVID-19") nor a short model
# name's ("MiG-29", "Su-25").
_WARD_NUMBER = re.compile(r"^((?:[A-Z][a-z\u00c0-\u024f'\u2019]{3,}(?:-[A-Z][a-z\u00c0-\u024f]+)*)|municipality|city|ward|"
                          r"town|village)-\d{1,3}$")
_ARTICLE_LOWER = re.compile(r"^(?:al|el|ash|as|ad|ar|at|az|an|adh|ath|ed|es|et|ez|en)[-'\u2019]\w", re.IGNORECASE)
# Lower-case words allowed inside a multi-word name ("Bosnia and Herzegovina", "Rio de Janeiro").
CONNECTORS = frozenset({"al", "el", "ash", "as", "ad", "ar", "at", "az", "an", "es", "ez", "ed", "bin", "ibn",
                        "bani", "beni", "de", "del", "della", "dei", "degli", "delle", "dello", "do", "da", "dos", "das", "di", "du", "des", "la",
                        "le", "les", "los", "las", "of", "the", "and", "upon", "on", "sur", "am", "im", "der", "van", "von", "y", "e", "i",
                        "wa"})
# Connectors that only ever glue one name together (Arabic articles and "wa", Romance "de", "del"...), unlike "and",
# "of" or "the", which may stand between two names: a known name followed by one of these and a capitalised word
# is the head of a longer name the index lacks ("Bir" of "Bir al Ghanam", "San Pedro" of "San Pedro del Norte").
NAME_GLUE = frozenset({"al", "el", "ash", "ad", "ar", "az", "es", "ez", "ed", "bin", "ibn", "bani", "beni", "de", "del",
                       "della", "dei", "degli", "delle", "dello", "dos", "das", "di", "du", "des", "wa", "der", "van", "von", "los", "las"})
# Unit words before "de"/"du"/"del" that leave the name after them a place of its own ("Ville de Goma",
# "Territoire de Beni", "Provincia de Buenos Aires", "Estado de Mexico").
UNIT_HEADS = frozenset({"ville", "cite", "cité", "province", "provincia", "territoire", "commune", "comuna", "département",
                        "departement", "departamento", "région", "region", "cercle", "préfecture", "prefecture",
                        "municipio", "município", "municipalidad", "estado", "ciudad", "cidade", "distrito", "cantón",
                        "canton", "parroquia", "corregimiento", "vereda", "barrio", "bairro", "colonia", "wilaya",
                        "daira", "gouvernorat", "secteur", "chefferie", "groupement", "quartier", "city", "state",
                        "district", "town", "village", "port", "puerto", "porto", "isla", "ile", "île", "lac", "lago", "ejido",
                        "aldea", "caserio", "caserío", "hacienda", "fazenda", "povoado", "localidad", "comunidad"})
_ELIDED = re.compile(r"^[dl]['\u2019][A-Z]")
# German names glue with "in der" / "an der" ("Neumarkt in der Oberpfalz"): "in" is a connector only before an article.
_GERMAN_ARTICLES = frozenset({"der", "den", "dem"})
# Words after a name that say what kind of place it is (lower- or upper-case).
TYPE_WORDS: dict[str, str] = {
    "province": "admin1", "governorate": "admin1", "state": "admin1", "region": "admin1", "oblast": "admin1",
    "prefecture": "admin1", "department": "admin1", "wilayat": "admin1",
    "district": "admin2", "county": "admin2", "subdistrict": "admin2", "municipality": "admin2",
    "raion": "admin2", "lga": "admin2", "territory": "admin2", "zone": "admin2", "regency": "admin2",
    "city": "city", "town": "city", "village": "city", "villages": "city", "township": "city",
    "countryside": "near", "outskirts": "near", "suburbs": "near", "area": "near", "camp": "camp",
    # local units of the countries with most events ("X corregimiento", "X woreda", "X tehsil", "X hromada"; an
    # Indian district's "X block")
    "corregimiento": "city", "vereda": "city", "kebele": "city", "parish": "city", "ward": "city",
    "woreda": "admin2", "tehsil": "admin2", "block": "admin2", "taluka": "admin2", "taluk": "admin2", "upazila": "admin2",
    "hromada": "admin2", "rayon": "admin2", "cercle": "admin2", "sub-county": "admin2", "subcounty": "admin2",
}
DIRECTIONS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western",
                        "central", "northeast", "northwest", "southeast", "southwest", "northeastern",
                        "northwestern", "southeastern", "southwestern", "upper", "lower", "greater"})
TITLES = frozenset({"mr", "mrs", "ms", "dr", "president", "minister", "general", "gen", "colonel", "col",
                    "captain", "capt", "sergeant", "sgt", "lieutenant", "lt", "major", "commander", "governor",
                    "mayor", "sheikh", "imam", "king", "queen", "prince", "sir", "lord", "judge", "senator",
                    "rep", "spokesman", "spokeswoman", "spokesperson", "leader", "chief", "pope", "father",
                    "brother", "sister", "son", "daughter", "wife", "husband", "journalist",
                    "activist", "reporter", "correspondent", "abu", "umm", "bin", "ibn"})
SPEECH_AFTER = re.compile(r"^\s*(?:said|says|told|added|stated|tweeted|wrote|explained|noted|claimed)\b")
# A capitalised word after a name that makes it a street, building or square ("Alexandra Park",
# "St Mary's Road"): the site is somewhere else when the text goes on "in Y" ("Alexandra Park in Hastings").
FACILITY_WORDS = frozenset({
    "road", "street", "avenue", "boulevard", "lane", "drive", "way", "park", "square", "bridge", "highway",
    "roundabout", "junction", "hospital", "university", "college", "school", "academy", "stadium", "mosque",
    "church", "cathedral", "temple", "prison", "jail", "station", "market", "hotel", "hall", "tower", "building",
    "centre", "center", "mall", "palace", "gate", "court", "parliament", "embassy", "consulate", "museum",
    "library", "airport", "port", "harbour", "harbor", "plaza", "place", "garden", "gardens", "estate", "factory",
    "governor", "governor's", "mayor", "mayor's", "municipality", "city", "beach", "checkpoint", "crossing", "arena",
    "supermarket"})
# Schools named after a town ("X University", "a professor of X university"): usually in X, but a report set in
# another country names such a school for its staff or students, not as a trip to X
_SCHOOL_WORDS = frozenset({"university", "college", "polytechnic", "institute", "academy", "seminary",
                           # so are places of worship and markets ("the Medina mosque", "the Damascus market" in a
                           # report set in Nigeria): named after a holy city or a trading partner, not a trip there
                           "mosque", "church", "cathedral", "temple", "market"})
# Sites named after the place they lead to, not the town they are in ("the Damascus Gate" of a walled city).
NAMED_AFTER = frozenset({"gate", "gates"})
# Streets, squares and open sites: usually named after a person or thing, not after the town they are in.
STREET_WORDS = frozenset({"road", "street", "avenue", "boulevard", "lane", "square", "beach", "park", "bridge",
                          "roundabout", "highway", "plaza", "junction", "crossroads"})
# Nouns after a country name that make it a modifier of an actor ("US military patrol", "U.S. Army units",
# "the Turkish-backed", "Russia's forces"): says whose, not where, like a demonym.
ACTOR_NOUNS = re.compile(
    r"^(?:'s|\u2019s)?\s+(?:army|military|armed|forces|troops|soldiers|navy|naval|air\s+force|marines?|"
    r"embassy|embassies|consulate|government|officials?|diplomats?|ambassador|envoy|president|ministry|"
    r"patrols?|convoys?|drones?|jets|warplanes|aircraft|helicopters|coalition|special\s+forces|"
    r"citizens?|nationals?|nationality|authorities|intelligence|police|border\s+guards?|ships?|warships?)\b",
    re.IGNORECASE)
# Security bodies that a country and a province or town alike may have ("Kenya security forces", "the Somalia
# elite force", "Diyala security forces"): whose when the name is a country's, a place when it is a province's or a
# town's (the local forces act there), as ``Mention.local`` says.
OWN_FORCE_NOUNS = re.compile(
    r"^(?:'s|\u2019s)?\s+(?:security|elite|defen[cs]e|counter-?terrorism)\s+(?:forces?|units?|personnel|"
    r"services|agents|officers|troops|squads?)\b|^(?:'s|\u2019s)?\s+(?:gendarmes?|gendarmerie|commandos?|"
    r"paratroopers?|peacekeepers?|contingent)\b",
    re.IGNORECASE)
# The town's or province's own officials, with a possessive ("Mosul's police station"): where, unless the name is
# a country's ("Russia's police" says whose). Without one, "an Edmonton police officer" may be anywhere.
LOCAL_ACTOR_NOUNS = re.compile(r"^(?:'s|\u2019s)\s+(?:police|authorities|officials?|governor)\b", re.IGNORECASE)
# A military site named after its place ("the Kati military base", "X army barracks", "X naval base"): where, unless the
# name is a country's ("the US military base" says whose)
SITE_ACTOR_NOUNS = re.compile(r"^\s+(?:military|army|naval|navy|air\s+force)\s+(?:air\s*)?(?:bases?|camps?|barracks|garrison|"
                              r"airfield|airport|post|outpost)\b", re.IGNORECASE)
# Words before a name that still let it be read as a place of its own (not the tail of a longer name):
# function words, sentence openers, directions and a few qualifiers of places ("Greater Cairo", "Rural Damascus").
FUNCTION_HEADS = frozenset({
    "a", "an", "the", "in", "on", "at", "of", "to", "by", "for", "from", "with", "near", "into", "and", "but", "or",
    "as", "after", "before", "during", "since", "while", "when", "meanwhile", "also", "then", "later", "earlier",
    "outside", "inside", "across", "around", "between", "toward", "towards", "via", "rural", "greater", "gran", "occupied",
    "downtown", "metropolitan", "metro", "inner", "outer", "old", "mount", "mt", "lake", "river",
    "al", "el", "ad", "ar", "ash", "az", "le", "la", "les", "los", "las", "de", "du", "des"})
QUOTES = "'\"\u2018\u2019\u201c\u201d"
_LGA = re.compile(r"\s+(?i:local\s+government\s+areas?)\b")
# Capitalised words that never continue a place name: weekdays, months, function words ("Kogi State Thursday").
_NOT_NAME_PART = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                            "february", "march", "april", "may", "june", "july", "august", "september", "october",
                            "november", "december", "on", "in", "at", "the", "and", "but", "after", "before"})


class Token(NamedTuple):
    """A word of the text with its offsets (a tuple: tokenizing must be cheap)."""

    text: str
    start: int
    end: int
    capital: bool  # starts with a capital, or is a lower-case article glued to a capitalised name (al-Bab)


@functools.lru_cache(maxsize=50_000)
def _is_capital(text: str) -> bool:
    c = text[0]
    return c.isupper() or bool(_ARTICLE_LOWER.match(text) and any(ch.isupper() for ch in text[2:5]))


@dataclass(frozen=True, slots=True)
class Mention:
    """A candidate place mention: span, surface, and the cues around it."""

    start: int
    end: int
    surface: str
    type_hint: str | None = None  # admin1, admin2, city, near, camp (from "X province", "X countryside"...)
    near: bool = False  # "near X", "X countryside": ACLED geo_precision 2
    cue: bool = False  # a locative cue precedes it
    weak: bool = False  # sentence-initial or part of a longer capitalised run (maybe a person or organisation)
    direction: str | None = None  # "northwest" in "northwest Syria"
    locative: bool = False  # directly after "in", "near", "at", "outside": very likely a place
    speaker: bool = False  # before "said", "told": a person, or a country or capital standing for its government
    compound: bool = False  # head of "Iran-backed", "Gaza-based": says who, not where
    tail: bool = False  # the end of a longer capitalised name ("Boko Haram", "Hayat Tahrir al-Sham")
    common: bool = False  # an English common word with a capital ("Herald", "War") and no locative cue
    attributive: bool = False  # a country modifying an actor ("US military patrol"): whose, not where
    embedded: bool = False  # inside a longer capitalised name or quotes ("Alexandra Park", "the 'Jura' plant")
    head: bool = False  # the first word of a longer capitalised name the index lacks ("Bab" of "Bab al-Amod")
    named_after: bool = False  # "X Gate": a site named after the place it leads to, X itself is elsewhere
    local: bool = False  # attributive before the town's own officials ("Mosul's police"): a place unless a country
    school: bool = False  # names a school, a place of worship or a market ("X University", "X mosque"): maybe after a town elsewhere


def tokenize(text: str) -> list[Token]:
    """Words (with inner hyphens and apostrophes), numbers and sentence punctuation."""
    new = tuple.__new__  # Token(...) goes through a Python-level __new__; this is the same, cheaper
    out: list[Token] = []
    append = out.append
    compound = _ADJ_SUFFIX.match
    _ward = _WARD_NUMBER.match
    for m in _TOKEN.finditer(text):
        g = m.group()
        start = m.start()
        if "-" in g and (head := compound(g) or (_ward(g) if g[-1].isdigit() else None)):
            g = head.group(1)  # "Iran-backed", "Gaza-based": the place is the head of the compound; "X-6": ward 6 of X
        c = g[0]
        append(new(Token, (g, start, start + len(g), c.isupper() or (c in "ae" and _is_capital(g)))))
    return out


@functools.cache
def load_common_words() -> frozenset[str]:
    """English words a dictionary writes only in lower case (``data/gazetteer/common_words.txt``)."""
    path = DATA_DIR / "common_words.txt"
    if not path.exists():
        return frozenset()
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(w for w in lines if w and not w.startswith("#"))


@functools.cache
def load_organisation_words() -> tuple[frozenset[str], re.Pattern[str] | None]:
    """(words, trailer): the capitalised words that end an organisation's or outlet's name ("Party", "Times",
    "Command"), and a pattern of the lower-case trailers that make the name before them an outlet ("news agency",
    "TV"): ``data/gazetteer/organisation_words.txt`` plus ``$EVENTCODER_HOME/organisation_words.txt``."""
    words: set[str] = set()
    trailers: list[str] = []
    for word in _word_lines("organisation_words.txt"):
        if word.startswith("~"):
            trailers.append(r"\s+".join(re.escape(w) for w in word[1:].split()))
        else:
            words.add(word)
    trailer = re.compile(r"\s+(?:" + "|".join(trailers) + r")\b(?!\s+(?:station|building|offices?|headquarters|"
                         r"studios?|compound|tower)\b)", re.IGNORECASE) if trailers else None
    return frozenset(words), trailer


@functools.cache
def load_stopwords() -> tuple[frozenset[str], frozenset[str]]:
    """(hard, soft) stop-lists: the bundled file plus ``$EVENTCODER_HOME/stopwords.txt``."""
    hard: set[str] = set()
    soft: set[str] = set()
    for word in _word_lines("stopwords.txt"):
        (soft if word.startswith("~") else hard).add(word.lstrip("~"))
    return frozenset(hard), frozenset(soft - hard)


def _word_lines(name: str) -> Iterator[str]:
    """The entries of a word list, lower case, comments and blank lines left out: the bundled file ``name`` in
    data/gazetteer, then the user's file of the same name in ``$EVENTCODER_HOME``."""
    for path in (DATA_DIR / name, home() / name):
        if path.exists():
            for raw in path.read_text(encoding="utf-8").splitlines():
                word = raw.strip().lower()
                if word and not word.startswith("#"):
                    yield word


def _strip_possessive(tok: Token) -> Token:
    if "'" not in tok.text and "\u2019" not in tok.text:
        return tok
    for suffix in ("'s", "\u2019s"):
        if tok.text.endswith(suffix) and len(tok.text) > 3:
            return Token(tok.text[: -len(suffix)], tok.start, tok.end - len(suffix), tok.capital)
    if tok.text.endswith(("s'", "s\u2019")) and len(tok.text) > 3:
        return Token(tok.text[:-1], tok.start, tok.end - 1, tok.capital)
    return tok


def _capital_run(text: str, tokens: list[Token], i: int, max_words: int) -> int:
    """The last token of the capitalised run starting at ``tokens[i]``: connectors are allowed inside it, not at its
    ends; commas, brackets, quotes, digits and sentence ends stop it."""
    n = len(tokens)
    j = run_end = i
    while j < n and j - i < max_words + 2:
        t = tokens[j]
        if t.text in ".!?;:\n" or t.text[0].isdigit():
            break
        if j > i and text[tokens[j - 1].end : t.start] not in (" ", "-"):
            break  # commas, brackets and quotes end a name
        if t.capital or (j > i and _ELIDED.match(t.text)):
            run_end = j  # (an elided article glued to a name goes on it: "Val d'Or", "Villeneuve d'Ascq")
        elif t.text.lower() not in CONNECTORS and not (
                t.text == "in" and j + 1 < n and tokens[j + 1].text in _GERMAN_ARTICLES):
            break
        j += 1
    return run_end


def detect(text: str, exists: Callable[[str], bool], *, max_words: int = 6,
           exists_exact: Callable[[str], bool] | None = None) -> list[Mention]:
    """Every place mention of ``text``: the longest runs of tokens for which ``exists(surface)`` holds.

    A run that starts with a stop-word ("The Hague", "The U.K.") must be an exact name
    (``exists_exact``), not a loose spelling match.
    """
    hard, soft = load_stopwords()
    tokens = tokenize(text)
    n = len(tokens)
    headline = _title_case_lines(text, tokens)
    out: list[Mention] = []
    i = 0
    sentence_start = True
    while i < n:
        tok = tokens[i]
        if tok.text in ".!?;:\n":
            sentence_start = True
            i += 1
            continue
        if headline and tok.start in headline:
            sentence_start = True  # In A Title-Case Headline every word is capitalised: treat each as sentence-initial
        if not tok.capital or tok.text[0].isdigit():
            sentence_start = False
            i += 1
            continue
        run_end = _capital_run(text, tokens, i, max_words)
        found = _longest_match(text, tokens, i, run_end, exists, hard, max_words, exists_exact or exists)
        if (found is None and text[tokens[run_end].end : tokens[run_end].end + 1] == ")"
                and (unit := _bracketed_compass_unit(text, tokens, i, run_end, exists)) is not None):
            out.append(unit)
            sentence_start = False
            i = run_end + 1
            continue
        if found is None:
            unknown = _unknown_in_list(text, tokens, i, run_end, out, hard, soft, sentence_start)
            if unknown is not None:
                out.append(unknown)
            sentence_start = False
            i += 1
            continue
        k, surface_tok = found
        listed = bool(out) and _LIST_GAP.match(text[out[-1].end : tokens[i].start]) is not None
        mention = _make_mention(text, tokens, i, k, surface_tok, sentence_start, run_end, soft, listed, exists)
        if mention is not None and _street_name_lead(text, mention):
            mention = None
        if mention is not None:
            mention, k = _bracket_qualifier(text, tokens, k, mention, exists)
            out.append(mention)
        sentence_start = False
        i = k + 1
    return road_towns(text, out, exists) if "-" in text or "\u2013" in text else out


# Street and square words that begin a site's name in other languages ("the Place de la Nation", "Piazza del Duomo",
# "Rue de Rivoli", "Boulevard Saint-Germain"): a square or a street in a town, not a village spelled alike. Only
# before a linking word or a capitalised name: a town so spelled ("Rue, Somme", "gathered in Plaza") stays a place.
_STREET_LEADS = frozenset({"place", "plaza", "piazza", "plac", "rue", "avenue", "boulevard"})
_STREET_NAME_AFTER = re.compile(r"\s+(?:(?:de|du|des|del|della|delle|dei|di|da|do|dos)\b|d'|[A-Z])")


def _street_name_lead(text: str, mention: Mention) -> bool:
    """``mention`` is a street or square word that begins a site's name ("Place de ...", "Rue Saint-...")."""
    return mention.surface.lower() in _STREET_LEADS and _STREET_NAME_AFTER.match(text, mention.end) is not None


def _title_case_lines(text: str, tokens: list[Token]) -> set[int]:
    """Start offsets of the tokens on lines written In Title Case Or ALL CAPS (headlines, captions)."""
    out: set[int] = set()
    line: list[Token] = []
    for tok in [*tokens, Token("\n", len(text), len(text), False)]:
        if tok.text != "\n":
            line.append(tok)
            continue
        words = [t for t in line if len(t.text) >= 4 and t.text[0].isalpha()]
        # Headlines have no final full stop; a sentence listing towns does.
        if (len(words) >= 4 and line[-1].text != "." and sum(t.capital for t in words) >= 0.8 * len(words)):
            out.update(t.start for t in line)
        line = []
    return out


_LIST_GAP = re.compile(r"^(?:,\s*|\s+and\s+|,\s*and\s+|\s*/\s*)$")

# Roads named by the towns they link: "the X-Y highway", "the X-Y-Z road", "the X to Y road". A hyphen joins the two
# towns into one word that no gazetteer knows ("Kaduna-Abuja"), so the report's only place words would be lost: each
# town is a mention of its own. Every name has up to three capitalised words ("Los Reyes", "Port Harcourt").
ROAD_NAME = r"[A-Z][\w'.]*(?:\s+(?:de\s+|del\s+|la\s+|el\s+|al[- ])?[A-Z][\w'.]*){0,2}"
ROAD_WORD = (r"(?:road|highway|expressway|motorway|freeway|route|axis|corridor|carriageway|railway|rail\s+line|"
             r"pipeline)")
ROAD = re.compile(
    rf"\b({ROAD_NAME}(?:(?:[-\u2013]|\s+to\s+){ROAD_NAME})+)\s+(?:(?:state|national|federal|main|old|new|trunk|"
    rf"inter-?state|provincial|regional|international|coastal|border)\s+)?{ROAD_WORD}s?\b")
_ROAD_PART = re.compile(r"[-\u2013]")


def road_towns(text: str, mentions: Sequence[Mention], exists: Callable[[str], bool]) -> list[Mention]:
    """``mentions`` with the towns of every "X-Y road" that no mention covers added, when each part is a name the
    index knows and the joined word is none ("Kabul-Jalalabad" of "the Kabul-Jalalabad highway": "Kabul" and
    "Jalalabad"). Sorted by offset."""
    added: list[Mention] = []
    for m in ROAD.finditer(text):
        start, end = m.span(1)
        if (not _ROAD_PART.search(m.group(1)) or any(x.start < end and start < x.end for x in mentions)
                or exists(m.group(1))):
            continue
        pieces = _ROAD_PART.split(m.group(1))
        words = pieces[0].split()
        while len(words) > 1 and not exists(" ".join(words)):
            words = words[1:]  # "The X-Y road", "Gunmen X-Y road": the sentence's first word is no part of the name
        pieces[0] = " ".join(words)
        if not all(exists(p) for p in pieces):
            continue
        pos = end - len("-".join(pieces))  # (a hyphen or a dash: one character each)
        for piece in pieces:
            added.append(Mention(pos, pos + len(piece), piece))
            pos += len(piece) + 1
    return sorted([*mentions, *added], key=lambda x: (x.start, x.end)) if added else list(mentions)



def _unknown_in_list(text: str, tokens: list[Token], i: int, run_end: int, found: list[Mention],
                     hard: frozenset[str], soft: frozenset[str], sentence_start: bool) -> Mention | None:
    """A name the index lacks, in a list of places ("Idlib, Sarmin and X") or after a strong cue."""
    if sentence_start:
        return None
    if i + 1 < len(tokens) and tokens[i + 1].capital and text[tokens[i].end : tokens[i + 1].start] in (" ", "-"):
        return None  # part of a longer capitalised name the index lacks
    tok = _strip_possessive(tokens[i])
    word = tok.text.lower()
    if word in hard or word in soft or len(word) < 4 or tok.text.isupper():
        return None
    unit_word = _unit_word(text, tokens, i + 1)
    type_hint = unit_word[0] if unit_word is not None else None
    before = _skip_the(_prev_words(tokens, i, 3))
    strong = bool(before) and (before[0] in ("in", "near") or (
        before[0] == "of" and len(before) > 1 and before[1] in ("village", "town", "city", "district", "outskirts",
                                                               "villages", "towns")))
    in_list = bool(found) and _LIST_GAP.match(text[found[-1].end : tok.start]) is not None
    if not in_list and not strong:
        return None
    if not in_list and type_hint is None:
        return None  # "in Brussels" is in the index; an unknown word after "in" alone is too often not a place
    return Mention(tok.start, tok.end, tok.text, type_hint, False, True, False, None)


# A first-level unit named by compass words alone ("Western", "North Central", "Northern"; Sri Lanka's, Uganda's,
# Bahrain's, Zambia's provinces), written as the last item of a bracket after a place ("X (Y, Western)", "X (Northern)")
_COMPASS_UNIT = re.compile(r"(?:(?:North|South|East|West)(?:ern)?|Central)(?:[ -](?:(?:North|South|East|West)(?:ern)?|Central))?")
_NAME_BEFORE_BRACKET = re.compile(r"\w\s*\($")


def _bracketed_compass_unit(text: str, tokens: list[Token], i: int, run_end: int,
                            exists: Callable[[str], bool]) -> Mention | None:
    """A province named by compass words alone, as the last item of a bracket that glosses a place ("X (Y,
    Western)", "X (Northern)"): the way unit lists are written after a town, so the words name a unit there, not a
    direction (they are stop-words elsewhere). Which country's unit is for the geocoder to decide (never one abroad)."""
    start, end = tokens[i].start, tokens[run_end].end
    surface = text[start:end]
    if text[end : end + 1] != ")" or not _COMPASS_UNIT.fullmatch(surface) or not exists(surface):
        return None
    opened = text.rfind("(", 0, start)
    if opened < 0 or ")" in text[opened:start]:
        return None
    gap = text[opened + 1 : start]
    if gap.strip() and not gap.rstrip().endswith(","):
        return None  # "(the Western ...)": not the last item of a unit list
    if _NAME_BEFORE_BRACKET.search(text, max(0, opened - 3), opened + 1) is None:
        return None  # a bracket after a name, not one that opens a sentence's aside
    return Mention(start, end, surface, "admin1", False, True, True, None)  # weak: unresolved, no place at all


def _longest_match(text: str, tokens: list[Token], i: int, run_end: int, exists: Callable[[str], bool],
                   hard: frozenset[str], max_words: int,
                   exists_exact: Callable[[str], bool]) -> tuple[int, Token] | None:
    """The last token index k and the (possessive-stripped) last token of the longest known name at i."""
    first = tokens[i].text.lower()
    if first in hard:
        exists = exists_exact
    for k in range(min(run_end, i + max_words - 1), i - 1, -1):
        last = _strip_possessive(tokens[k])
        if not (tokens[k].capital or (k > i and _ELIDED.match(tokens[k].text))):
            continue
        surface = text[tokens[i].start : last.end]
        if k == i and (first in hard or _strip_possessive(tokens[i]).text.lower() in hard):
            return None
        if k > i and surface.lower() in hard:
            continue
        if exists(surface):
            return k, last
    return None


def _person_or_organisation(text: str, tokens: list[Token], i: int, prev: str, surface: str) -> bool:
    """A title before the name, a title alone, or a part of an organisation's abbreviation: no place."""
    if prev in TITLES or (i > 0 and tokens[i - 1].text.lower().rstrip(".") in TITLES and tokens[i - 1].capital):
        return True  # "President Aoun", "Mr Tripoli": a person
    if surface.lower() in TITLES:
        return True  # "Sheikh", "Governor" alone: a title, not the village of that name
    start = tokens[i].start
    return start >= 2 and text[start - 1] == "(" and text[start - 2].isalnum()  # "CPN(US)": an organisation's name


def _is_tail(text: str, tokens: list[Token], i: int, sentence_start: bool, exists: Callable[[str], bool]) -> bool:
    """The tail of a capitalised name ("Haram" of "Boko Haram", "Herald" of "National Herald"), unless the word
    before is a function word, a direction or a qualifier ("In Idlib", "Northern Idlib", "Greater Cairo")."""
    if (i >= 2 and tokens[i - 1].text in NAME_GLUE and tokens[i - 2].capital and not sentence_start
            and tokens[i - 2].text.lower() not in FUNCTION_HEADS | UNIT_HEADS
            and text[tokens[i - 2].end : tokens[i].start] == f" {tokens[i - 1].text} "):
        return True  # "Cumbre de Alaska", "Tell el X": the end of a longer name the index lacks, not Alaska
    if i == 0 or not tokens[i - 1].capital or text[tokens[i - 1].end : tokens[i].start] not in (" ", "-"):
        return False
    if sentence_start:
        return False
    head = tokens[i - 1].text.lower().rstrip(".")
    # "Darfur's Jebel Marra", "Pakistan's Punjab" (not "Women's Day": the owner must be a place)
    owner = _strip_possessive(tokens[i - 1])
    possessive = owner.end < tokens[i - 1].end and exists(owner.text)
    return (not possessive and head not in FUNCTION_HEADS and head not in _DIR_WORDS and head not in DIRECTIONS
            and not _is_demonym(head))


def _bracket_qualifier(text: str, tokens: list[Token], k: int, mention: Mention,
                       exists: Callable[[str], bool]) -> tuple[Mention, int]:
    """The mention and its last token, with a one-word qualifier in brackets that is part of the town's name
    ("Frankfurt (Oder)", "Halle (Saale)", "Homberg (Ohm)": German towns told apart by their river or region, as
    GeoNames writes them) when the index knows the whole; not a province written after a town ("Idlib (Idlib)")."""
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    if (nxt is None or not nxt.capital or text[tokens[k].end : nxt.start] != " ("
            or text[nxt.end : nxt.end + 1] != ")" or mention.end != tokens[k].end):
        return mention, k
    whole = f"{mention.surface} ({nxt.text})"
    if not exists(whole):
        return mention, k
    return replace(mention, end=nxt.end + 1, surface=whole), k + 1


def _make_mention(text: str, tokens: list[Token], i: int, k: int, last: Token, sentence_start: bool,
                  run_end: int, soft: frozenset[str], listed: bool, exists: Callable[[str], bool]) -> Mention | None:
    start, end = tokens[i].start, last.end
    surface = text[start:end]
    before = _prev_words(tokens, i)
    cue = listed or _cue(before)
    near = _near(before)
    prev = before[0] if before else ""
    if _person_or_organisation(text, tokens, i, prev, surface):
        return None
    speaker = SPEECH_AFTER.match(text[end : end + 20]) is not None and k == i and not cue
    if k == i and surface.lower() in soft and not cue:
        return None
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    typed = _type_after(text, tokens, i, k, before)
    if typed is None:
        return None
    type_hint, organisation_unit = typed
    near = near or type_hint == "near"
    # The next capitalised word continues the name ("Majdal Anjar"), unless the name ends in a possessive
    # ("Darfur's Jebel Marra") or the word cannot be part of a name ("Kogi State Thursday").
    glued_next = _name_goes_on(text, tokens, k, last)
    if type_hint is None and not glued_next:
        type_hint = _unit_before(before)
    if glued_next and type_hint is None and organisation_unit is None and _names_something_else(text, tokens, k + 1):
        return None  # "National Herald", "Alexandra Park in Hastings": an organisation, or a site placed elsewhere
    # Part of a longer capitalised run ("Majdal" of "Majdal Anjar", "Ahmed" of "Ahmed Hassan") is weak
    # whatever precedes it, unless the next word says what kind of place it is.
    tail = _is_tail(text, tokens, i, sentence_start, exists)
    partial = glued_next or tail
    quoted = start > 0 and text[start - 1] in QUOTES and text[end : end + 1] in QUOTES and k == i
    weak = (sentence_start and not cue and type_hint is None) or ((partial or quoted) and type_hint is None)
    direction = prev if prev in _DIR_WORDS and i > 0 else None
    compound = text[end : end + 1] == "-" and text[end + 1 : end + 2].islower()
    common = (type_hint is None and not _locative(before) and not _type_before(before)
              and all(_strip_possessive(t).text.lower() in load_common_words() for t in tokens[i : k + 1]))
    if common and (glued_next or _after_of(before, _INSTITUTION_HEADS)):
        return None  # "Supreme Court", "the Ministry of Economy": an institution's name, not a place
    # "X State Police Command": a province's own body, a hint of where (as "Mosul's police"), not whose
    own_force = OWN_FORCE_NOUNS.match(text[end : end + 40]) is not None
    attributive = (own_force or ACTOR_NOUNS.match(text[end : end + 30]) is not None) and organisation_unit is None
    if _is_dateline(text, tokens, i, end):
        cue, locative, weak, tail, common = True, True, False, False, False  # "GENEVA (AP) -": where it was filed
    else:
        locative = _locative(before)
    # Strictly embedded: inside a longer name without a locative cue ("Alexandra" of "Alexandra Ltd"), not a
    # place followed by a building ("Ambo University": the university is in Ambo), or in quotes.
    facility = glued_next and nxt is not None and nxt.text.lower() in FACILITY_WORDS
    embedded = weak and type_hint is None and (quoted or (partial and not facility and not _locative(before)))
    site = _site_named(text, tokens, k) if type_hint is None else None
    leading = glued_next and not tail and type_hint is None and not facility  # "Ambo University" keeps Ambo
    if site == "elsewhere" or (leading and _typed_longer_name(text, tokens, k)):
        return None  # "X square in Y" is the square's name; "Rampur Thokshila village" a village the index lacks
    if site is not None:
        weak = embedded = True
    weak = weak or organisation_unit is not None
    named_after = site is not None and nxt is not None and nxt.text.lower() in NAMED_AFTER
    return Mention(start, end, surface, type_hint, near, cue, weak, direction, locative, speaker, compound, tail,
                   common, attributive, embedded, leading, named_after, attributive and (own_force or _local_officials(text, end)),
                   type_hint is None and _school_after(text, tokens, k))


def _school_after(text: str, tokens: list[Token], k: int) -> bool:
    """Whether the name ending at token ``k`` names a school, a place of worship or a market ("X University", "X
    mosque")."""
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return nxt is not None and text[tokens[k].end : nxt.start] == " " and nxt.text.lower() in _SCHOOL_WORDS


def _type_after(text: str, tokens: list[Token], i: int, k: int, before: list[str],
                ) -> tuple[str | None, str | None] | None:
    """(type hint, organisation unit) of the name from token ``i`` to ``k`` from the words after it ("X province",
    "X Local Government Area", "X State Police Command"), or None when those words make it no place ("X news
    agency", "LIB 241")."""
    end = tokens[k].end
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    type_hint = None
    unit_word = _unit_word(text, tokens, k + 1) if nxt is not None and text[end : nxt.start] == " " else None
    if unit_word is not None and not _continues_name(text, tokens, unit_word[1]):
        type_hint = unit_word[0]
    unit = _typed_organisation(text, tokens, k) if k > i or (type_hint is None and nxt is not None) else None
    if unit:
        type_hint = unit  # "Lagos State Police Command": the state, as a weak hint
    elif _outlet_after(text, end, before):
        return None  # "Saba news agency", "Alpha TV": an outlet's name, not where
    if text[tokens[i].start : end].isupper() and nxt is not None and nxt.text[0].isdigit() and text[end : nxt.start] == " ":
        return None  # "LIB 241", "IB 33": a military unit, not a place
    if _OPERATION_AFTER.match(text, end):
        return None  # "the Eren-23 security operations": a numbered operation's name, not a place
    if nxt is not None and type_hint is None and _LGA.match(text, end):
        type_hint = "admin2"  # "Bassa Local Government Area": Nigeria's districts
    return type_hint, unit


# A name with a number glued to it before the word "operation" ("the X-23 security operations", "X-7 offensive"): the
# name of a numbered military operation (a Nepali ward, "X municipality-6", has its unit word between)
_OPERATION_AFTER = re.compile(r"-\d+\s+(?:[a-z-]+\s+){0,2}(?:operations?|offensive|exercises?|drills?)\b")


# Words between a name and its unit word that leave the unit's type ("X rural municipality", "Y sub-metropolitan city")
_UNIT_QUALIFIERS = frozenset({"rural", "sub-metropolitan", "submetropolitan", "metropolitan"})


def _unit_word(text: str, tokens: list[Token], j: int) -> tuple[str, int] | None:
    """(type, token index) of the place-type word at token ``j`` ("X district", "X Province"), also after a
    qualifier ("X rural municipality", "X sub-metropolitan city-5": its ward number is no part of the word)."""
    if j >= len(tokens):
        return None
    word = tokens[j].text.lower()
    if word in _UNIT_QUALIFIERS and j + 1 < len(tokens) and text[tokens[j].end : tokens[j + 1].start] == " ":
        j += 1
        word = tokens[j].text.lower()
    kind = TYPE_WORDS.get(word)
    return (kind, j) if kind is not None else None


def _outlet_after(text: str, end: int, before: list[str]) -> bool:
    """Whether a lower-case trailer after the name makes it an outlet's ("Saba news agency", "Delta TV reported"),
    not after a locative cue ("in Delta TV studios" keeps the place)."""
    trailer = load_organisation_words()[1]
    return trailer is not None and not _locative(before) and trailer.match(text, end) is not None


def _local_officials(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` owns a town's own officials ("Mosul's police station")."""
    return LOCAL_ACTOR_NOUNS.match(text[end : end + 30]) is not None or SITE_ACTOR_NOUNS.match(text[end : end + 30]) is not None


def _unit_before(before: list[str]) -> str | None:
    """The type a unit word before "of" gives the name: "the village of X", "the town of X" a town (not a district of
    the name); "the state of X", "the governorate of X" a province (not its namesake town)."""
    if _after_of(before, _TOWN_WORDS):
        return "city"
    return "admin1" if _after_of(before, _PROVINCE_WORDS) else None


def _typed_longer_name(text: str, tokens: list[Token], k: int) -> bool:
    """Whether the name ending at token ``k`` goes on with one or two capitalised words and then a place-type word
    ("Rampur Thokshila village", "Kafr Nabudah town"): the whole is the place's name."""
    j = k + 1
    while (j < len(tokens) and j <= k + 2 and tokens[j].capital and text[tokens[j - 1].end : tokens[j].start] == " "
           and tokens[j].text.lower() not in load_common_words() and tokens[j].text.lower() not in FACILITY_WORDS):
        j += 1  # a word of a name, not of a facility ("Kabul International Airport area" keeps Kabul)
    return (j > k + 1 and j < len(tokens) and text[tokens[j - 1].end : tokens[j].start] == " "
            and tokens[j].text in _LOWER_TYPE_WORDS)


_LOWER_TYPE_WORDS = frozenset({"village", "town", "city", "district", "municipality", "locality", "area", "camp",
                               "neighbourhood", "neighborhood", "township", "settlement", "hamlet"})


def _name_goes_on(text: str, tokens: list[Token], k: int, last: Token) -> bool:
    """Whether the capitalised name ending at token ``k`` goes on: a capitalised word right after it ("Majdal
    Anjar"; not a weekday or a function word), an elided article ("Val d'Or"), or an article or "de" and more
    name ("Bir al Ghanam", "San Pedro del Norte")."""
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    if nxt is None or last.end != tokens[k].end:
        return False
    gap = text[tokens[k].end : nxt.start]
    if nxt.capital and gap in (" ", "-") and nxt.text.lower() not in _NOT_NAME_PART:
        return True
    if gap == " " and _ELIDED.match(nxt.text):
        return True
    if gap == " " and nxt.text.lower() in NAME_GLUE and k + 2 < len(tokens):
        after = tokens[k + 2]
        return after.capital and text[nxt.end : after.start] in (" ", "-")
    return False


def _site_named(text: str, tokens: list[Token], k: int) -> str | None:
    """Whether the name ending at ``k`` names a street, square or site after something ("Dante square",
    "Salines beach", "X Gate"): "named", or "elsewhere" when the text then places it ("X square in Y"). A place
    only where the report already is; buildings keep their town ("Korydallos prison" is in Korydallos)."""
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    if nxt is None or text[tokens[k].end : nxt.start] != " ":
        return None
    if not nxt.capital and nxt.text in STREET_WORDS:
        return "elsewhere" if _placed_after(tokens, k + 1) else "named"
    if nxt.text.lower() in NAMED_AFTER or (
            not nxt.capital and nxt.text in FACILITY_WORDS and _placed_after(tokens, k + 1)):
        return "named"
    return None


def _placed_after(tokens: list[Token], j: int) -> bool:
    """Whether the word at ``j`` is followed by "in/at (the) Y" with Y capitalised ("school in the Nurum district")."""
    rest = [t for t in tokens[j + 1 : j + 4] if t.text.lower() != "the"]
    return len(rest) >= 2 and rest[0].text.lower() in ("in", "at") and rest[1].capital


def _continues_name(text: str, tokens: list[Token], j: int) -> bool:
    """Whether the capitalised word at ``j`` is followed by more of a capitalised name ("Nimo Town Development
    Union"): then "Town" is part of an organisation's name, not a place-type word."""
    return (tokens[j].text[0].isupper() and j + 1 < len(tokens) and tokens[j + 1].capital
            and text[tokens[j].end : tokens[j + 1].start] == " " and tokens[j + 1].text.lower() not in _NOT_NAME_PART)


def _names_something_else(text: str, tokens: list[Token], j: int) -> bool:
    """Whether the capitalised word at ``j`` makes the name before it an organisation's or publication's
    ("National Herald", "Young Farmers"), or a site the text then places elsewhere ("X Park in Y")."""
    start = j
    word = _strip_possessive(tokens[j]).text.lower()
    if _organisation_after(text, tokens, j):
        return True
    # "X Park in Y", "X Medical Center in Y", "X General Hospital at Y": the facility word may come a word later
    while word not in FACILITY_WORDS:
        if j + 1 >= len(tokens) or j >= start + 2 or not tokens[j + 1].capital \
                or text[tokens[j].end : tokens[j + 1].start] != " ":
            return False
        j += 1
        word = tokens[j].text.lower()
    rest = tokens[j + 1 : j + 3]
    return (len(rest) == 2 and rest[0].text.lower() in ("in", "at") and rest[1].capital
            and text[tokens[j].end : rest[0].start] == " ")


def _organisation_after(text: str, tokens: list[Token], j: int) -> bool:
    """Whether the capitalised run from token ``j`` holds, within three words, a word that ends an organisation's or
    an outlet's name ("National Herald", "Motor Park System", "Workers' Party"): the name before it says who."""
    words = load_organisation_words()[0]
    for n in range(j, min(j + 3, len(tokens))):
        if n > j and (not tokens[n].capital or text[tokens[n - 1].end : tokens[n].start] not in _RUN_GAPS):
            return False
        if _strip_possessive(tokens[n]).text.lower() in words:
            return True
    return False


_RUN_GAPS = frozenset({" ", "-", "' ", "\u2019 "})


def _typed_organisation(text: str, tokens: list[Token], k: int) -> str | None:
    """The type of the name ending at ``k`` when a capitalised place-type word and an organisation's name follow
    ("X State Police Command", "X Province Health Committee"): the unit is a hint of the region, not a site; ""
    for a town's type word ("X Town Development Union"), None when no such name follows."""
    for j in (k, k + 1):  # the index may hold the whole "X State" (then the type word ends the name)
        if (j == 0 or j + 1 >= len(tokens) or not tokens[j].text[0].isupper() or tokens[j].text.lower() not in TYPE_WORDS
                or text[tokens[j - 1].end : tokens[j].start] != " " or text[tokens[j].end : tokens[j + 1].start] != " "):
            continue
        if _organisation_after(text, tokens, j + 1):
            kind = TYPE_WORDS[tokens[j].text.lower()]  # a town's body ("X Town Development Union"): weak, untyped
            return kind if kind in ("admin1", "admin2") else ""
    return None


@functools.cache
def _demonym_set() -> frozenset[str]:
    from eventcoder.geo.countrymap import demonym_words

    return frozenset(w.lower() for w in demonym_words())


def _is_demonym(word: str) -> bool:
    """"Iraqi" of "Iraqi Kurdistan": a demonym before a place still lets the place be read."""
    return word in _demonym_set() or (word.endswith("s") and word[:-1] in _demonym_set())


def _after_of(before: list[str], heads: frozenset[str]) -> bool:
    """ "the village of X", "the Ministry of X": one of ``heads`` and "of" right before the name."""
    words = _skip_the(before)
    return len(words) > 1 and words[0] == "of" and words[1] in heads


def _type_before(before: list[str]) -> bool:
    """ "the town of X", "village of X": a place-type word right before the name."""
    words = _skip_the(before)
    return len(words) > 1 and words[0] == "of" and words[1] in TYPE_WORDS


def _is_dateline(text: str, tokens: list[Token], i: int, end: int) -> bool:
    """An all-caps place opening a line and followed by "(", "," or a dash: a news dateline."""
    first = tokens[i].text
    if not (first.isupper() and len(first) >= 3):
        return False
    line_start = text.rfind("\n", 0, tokens[i].start) + 1
    if text[line_start : tokens[i].start].strip():
        return False
    return bool(re.match(r"\s*(?:\(|,|\u2014|\u2013|-)", text[end : end + 4]))


_CUE_WORDS = frozenset({"in", "near", "at", "from", "into", "outside", "around", "toward", "towards", "across",
                        "to", "of", "inside", "via", "between", "and", "village", "town", "city", "district",
                        "province", "governorate", "region", "state", "county", "area", "countryside",
                        "outskirts", "suburb", "suburbs", "neighbourhood", "neighborhood", "camp"})
_NEAR_WORDS = frozenset({"near", "outside", "around"})
# "the Ministry of X": X names the ministry's field, not a place
_INSTITUTION_HEADS = frozenset({"ministry", "minister", "ministries", "department", "secretary", "secretariat",
                                "directorate", "commissioner"})
_TOWN_WORDS = frozenset({"village", "villages", "town", "towns", "city", "hamlet", "settlement"})
# "the state of X", "the (Syrian) province of X": the province, not its namesake seat (the index places a province at
# its seat, so the point is the same; the precision is the province's). "The department of X" stays open: in some
# countries a department is a district-level unit named after its town.
_PROVINCE_WORDS = frozenset({"state", "governorate", "oblast", "province", "region"})
_NEAR_OF = frozenset({"outskirts", "north", "south", "east", "west", "northeast", "northwest", "southeast",
                      "southwest", "countryside", "vicinity"})
_LOCATIVE_WORDS = frozenset({"in", "near", "at", "outside", "inside"})


def _prev_words(tokens: list[Token], i: int, n: int = 4) -> list[str]:
    """Up to ``n`` lower-cased words before token ``i``, nearest first, within the sentence."""
    out: list[str] = []
    j = i - 1
    while j >= 0 and len(out) < n:
        word = tokens[j].text
        if word in ".!?;:\n":
            break
        out.append(word.lower().rstrip("."))
        j -= 1
    return out


def _skip_the(before: list[str]) -> list[str]:
    return before[1:] if before and before[0] == "the" else before


def _cue(before: list[str]) -> bool:
    """A locative cue: "in X", "the town of X", "in northern X"."""
    words = _skip_the(before)
    if words and words[0] in _DIR_WORDS:
        words = _skip_the(words[1:])
    return bool(words) and words[0] in _CUE_WORDS


def _near(before: list[str]) -> bool:
    """"near X", "outside X", "the outskirts of X", "north of X": ACLED geo_precision 2."""
    words = _skip_the(before)
    if not words:
        return False
    if words[0] in _NEAR_WORDS:
        return True
    if words[0] in ("from", "of") and any(_is_distance(w) for w in words[1:3]):
        return True  # "20 km from X", "40 kilometres away from X", "within 5 miles of X": near X, ACLED's 2
    return words[0] == "of" and len(words) > 1 and (words[1] in _NEAR_OF or words[1] in _DIR_WORDS)


_DISTANCE_UNITS = frozenset({"km", "kms", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile"})


def _is_distance(word: str) -> bool:
    """A distance unit ("km", "miles"), or a number glued to one ("20km")."""
    return word in _DISTANCE_UNITS or (word[:1].isdigit() and word.lstrip("0123456789.,") in _DISTANCE_UNITS)


def _locative(before: list[str]) -> bool:
    """Directly after "in", "near", "at", "outside", "inside" (optionally "the")."""
    words = _skip_the(before)
    return bool(words) and words[0] in _LOCATIVE_WORDS


_DIR_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western",
                        "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
                        "southeastern", "southwestern", "central"})
