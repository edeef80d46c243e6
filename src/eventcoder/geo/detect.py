"""Place-mention detection: capitalised token runs and locative patterns, matched against the index.

No NLP model: a regular-expression tokenizer, a stop-list of capitalised words that are rarely
places, and cues around the run ("in the town of X", "X province", "X countryside", "near X").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from eventcoder.geo.paths import home

__all__ = ["Mention", "Token", "detect", "load_stopwords", "tokenize"]

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "gazetteer"

_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|(?:St|Ste|Mt|Ft|Pt)\.(?=\s+[A-Z])|[^\W\d_](?:[^\W_]|['\u2019\u2018`\u02bb\u02bc\u02bf\u02be](?=[^\W\d_])|-(?=[^\W_]))*|[.!?;:\n]|\d+")
_ADJ_SUFFIX = re.compile(r"^(.+?)-(?:backed|based|led|controlled|held|run|allied|aligned|linked|funded|occupied|"
                         r"administered|ruled|born|bound|made|owned|sponsored|supported|style|era|wide|area|"
                         r"bound|registered|flagged)$")
_ARTICLE_LOWER = re.compile(r"^(?:al|el|ash|as|ad|ar|at|az|an|adh|ath|ed|es|et|ez|en)[-'\u2019]\w", re.IGNORECASE)
# Lower-case words allowed inside a multi-word name ("Bosnia and Herzegovina", "Rio de Janeiro").
CONNECTORS = frozenset({"al", "el", "ash", "as", "ad", "ar", "at", "az", "an", "es", "ez", "ed", "bin", "ibn",
                        "bani", "beni", "de", "del", "della", "do", "da", "dos", "das", "di", "du", "des", "la",
                        "le", "les", "los", "las", "of", "the", "and", "upon", "on", "sur", "am", "im", "der", "van", "von", "y", "e", "i"})
# Words after a name that say what kind of place it is (lower- or upper-case).
TYPE_WORDS: dict[str, str] = {
    "province": "admin1", "governorate": "admin1", "state": "admin1", "region": "admin1", "oblast": "admin1",
    "prefecture": "admin1", "department": "admin1", "wilayat": "admin1",
    "district": "admin2", "county": "admin2", "subdistrict": "admin2", "municipality": "admin2",
    "raion": "admin2", "lga": "admin2", "territory": "admin2", "zone": "admin2",
    "city": "city", "town": "city", "village": "city", "villages": "city", "township": "city",
    "countryside": "near", "outskirts": "near", "suburbs": "near", "area": "near", "camp": "camp",
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


def tokenize(text: str) -> list[Token]:
    """Words (with inner hyphens and apostrophes), numbers and sentence punctuation."""
    new = tuple.__new__  # Token(...) goes through a Python-level __new__; this is the same, cheaper
    out: list[Token] = []
    append = out.append
    for m in _TOKEN.finditer(text):
        g = m.group()
        c = g[0]
        start, end = m.span()
        if "-" in g:
            head = _ADJ_SUFFIX.match(g)
            if head:  # "Iran-backed", "Gaza-based": the place is the head of the compound
                g = head.group(1)
                end = start + len(g)
        append(new(Token, (g, start, end, c.isupper() or (c in "ae" and _is_capital(g)))))
    return out


@functools.cache
def load_stopwords() -> tuple[frozenset[str], frozenset[str]]:
    """(hard, soft) stop-lists: the bundled file plus ``$EVENTCODER_HOME/stopwords.txt``."""
    hard: set[str] = set()
    soft: set[str] = set()
    for path in (DATA_DIR / "stopwords.txt", home() / "stopwords.txt"):
        if not path.exists():
            continue
        for raw in path.read_text(encoding="utf-8").splitlines():
            word = raw.strip().lower()
            if not word or word.startswith("#"):
                continue
            (soft if word.startswith("~") else hard).add(word.lstrip("~"))
    return frozenset(hard), frozenset(soft - hard)


def _strip_possessive(tok: Token) -> Token:
    if "'" not in tok.text and "\u2019" not in tok.text:
        return tok
    for suffix in ("'s", "\u2019s"):
        if tok.text.endswith(suffix) and len(tok.text) > 3:
            return Token(tok.text[: -len(suffix)], tok.start, tok.end - len(suffix), tok.capital)
    if tok.text.endswith(("s'", "s\u2019")) and len(tok.text) > 3:
        return Token(tok.text[:-1], tok.start, tok.end - 1, tok.capital)
    return tok


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
        # The capitalised run starting here (connectors allowed inside, not at its ends).
        j = i
        run_end = i
        while j < n and j - i < max_words + 2:
            t = tokens[j]
            if t.text in ".!?;:\n" or t.text[0].isdigit():
                break
            if j > i and text[tokens[j - 1].end : t.start] not in (" ", "-"):
                break  # commas, brackets and quotes end a name
            if t.capital:
                run_end = j
            elif t.text.lower() not in CONNECTORS:
                break
            j += 1
        found = _longest_match(text, tokens, i, run_end, exists, hard, max_words, exists_exact or exists)
        if found is None:
            unknown = _unknown_in_list(text, tokens, i, run_end, out, hard, soft, sentence_start)
            if unknown is not None:
                out.append(unknown)
            sentence_start = False
            i += 1
            continue
        k, surface_tok = found
        listed = bool(out) and _LIST_GAP.match(text[out[-1].end : tokens[i].start]) is not None
        mention = _make_mention(text, tokens, i, k, surface_tok, sentence_start, run_end, soft, listed)
        if mention is not None:
            out.append(mention)
        sentence_start = False
        i = k + 1
    return out


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
    if i + 1 < len(tokens) and tokens[i + 1].text.lower() in TYPE_WORDS:
        type_hint: str | None = TYPE_WORDS[tokens[i + 1].text.lower()]
    else:
        type_hint = None
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


def _longest_match(text: str, tokens: list[Token], i: int, run_end: int, exists: Callable[[str], bool],
                   hard: frozenset[str], max_words: int,
                   exists_exact: Callable[[str], bool]) -> tuple[int, Token] | None:
    """The last token index k and the (possessive-stripped) last token of the longest known name at i."""
    first = tokens[i].text.lower()
    if first in hard:
        exists = exists_exact
    for k in range(min(run_end, i + max_words - 1), i - 1, -1):
        last = _strip_possessive(tokens[k])
        if not tokens[k].capital:
            continue
        surface = text[tokens[i].start : last.end]
        if k == i and (first in hard or _strip_possessive(tokens[i]).text.lower() in hard):
            return None
        if k > i and surface.lower() in hard:
            continue
        if exists(surface):
            return k, last
    return None


def _make_mention(text: str, tokens: list[Token], i: int, k: int, last: Token, sentence_start: bool,
                  run_end: int, soft: frozenset[str], listed: bool) -> Mention | None:
    start, end = tokens[i].start, last.end
    surface = text[start:end]
    before = _prev_words(tokens, i)
    cue = listed or _cue(before)
    near = _near(before)
    prev = before[0] if before else ""
    if prev in TITLES or (i > 0 and tokens[i - 1].text.lower().rstrip(".") in TITLES and tokens[i - 1].capital):
        return None  # "President Aoun", "Mr Tripoli": a person
    speaker = SPEECH_AFTER.match(text[end : end + 20]) is not None and k == i and not cue
    if k == i and surface.lower() in soft and not cue:
        return None
    type_hint = None
    nxt = k + 1
    if nxt < len(tokens):
        word = tokens[nxt].text.lower()
        if word in TYPE_WORDS and text[tokens[k].end : tokens[nxt].start] == " ":
            type_hint = TYPE_WORDS[word]
            near = near or type_hint == "near"
    locative = _locative(before)
    # Part of a longer capitalised run ("Majdal" of "Majdal Anjar", "Ahmed" of "Ahmed Hassan") is weak
    # whatever precedes it, unless the next word says what kind of place it is.
    partial = k + 1 < len(tokens) and tokens[k + 1].capital and text[tokens[k].end : tokens[k + 1].start] in (" ", "-")
    tail = False
    if i > 0 and tokens[i - 1].capital and text[tokens[i - 1].end : start] in (" ", "-") and not sentence_start:
        # The tail of a capitalised name ("Haram" of "Boko Haram", "al-Sham" of "Hayat Tahrir al-Sham"),
        # unless that word is a stop-word or a direction ("In Idlib", "Northern Idlib", "Greater Cairo").
        head = tokens[i - 1].text.lower()
        tail = head not in _DIR_WORDS and head not in DIRECTIONS and head not in load_stopwords()[0]
        partial = partial or tail
    weak = (sentence_start and not cue and type_hint is None) or (partial and type_hint is None)
    direction = None
    if prev in _DIR_WORDS and i > 0:
        direction = prev
    compound = text[end : end + 1] == "-" and text[end + 1 : end + 2].islower()
    if _is_dateline(text, tokens, i, end):
        cue, locative, weak, tail = True, True, False, False  # "GENEVA (AP) -": where the report was filed
    return Mention(start, end, surface, type_hint, near, cue, weak, direction, locative, speaker, compound, tail)


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
    return words[0] == "of" and len(words) > 1 and (words[1] in _NEAR_OF or words[1] in _DIR_WORDS)


def _locative(before: list[str]) -> bool:
    """Directly after "in", "near", "at", "outside", "inside" (optionally "the")."""
    words = _skip_the(before)
    return bool(words) and words[0] in _LOCATIVE_WORDS


_DIR_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western",
                        "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
                        "southeastern", "southwestern", "central"})
