"""What a report's words say about a place's country besides the place names: local unit words ("X woreda"),
a demonym before a place noun ("the Ethiopian border town X") and named parties and unions ("the CGT").

Each rule is read from data files (``data/gazetteer/unitwords.tsv``, ``organisations.tsv``; the user's
``$EVENTCODER_HOME`` files of the same names extend them), never from the development notes.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from eventcoder.geo.countrymap import demonym_country
from eventcoder.geo.index import DATA_DIR
from eventcoder.geo.paths import home
from eventcoder.regextrie import trie

__all__ = ["demonym_before", "is_organisation", "names_a_group", "names_a_weapon", "organisation_countries",
           "shared_country", "unit_countries", "unit_word_countries"]


def _rows(name: str) -> list[tuple[str, frozenset[str]]]:
    """(names, alpha-2 codes) rows of a bundled data file and of the user's file of the same name."""
    out: list[tuple[str, frozenset[str]]] = []
    for path in (DATA_DIR / name, home() / name):
        if not Path(path).exists():
            continue
        for raw in Path(path).read_text(encoding="utf-8").splitlines():
            parts = raw.split("\t")
            if raw.startswith("#") or len(parts) < 2:
                continue
            codes = frozenset(c.strip().upper() for c in parts[1].split(",") if re.fullmatch(r"\s*[A-Za-z]{2}\s*", c))
            if codes or parts[1].strip() == "*":  # "*": acts in many countries, a name but no country hint
                out.append((parts[0].strip(), codes))
    return out


def _unit_alternatives(words: list[str]) -> str:
    """One alternation of the unit words, longest first; "#" is a ward number ("municipality-#")."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+").replace(r"\#", r"\d{1,3}")
                    for w in sorted(words, key=len, reverse=True)) or "(?!)"


@functools.cache
def _unit_words() -> tuple[re.Pattern[str], dict[str, frozenset[str]]]:
    table = {word.lower(): codes for word, codes in _rows("unitwords.tsv")}
    return re.compile(rf"\s+(?P<word>{_unit_alternatives(list(table))})\b", re.IGNORECASE), table


def _unit_key(word: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", " ", word.lower()))


def unit_countries(text: str, end: int) -> frozenset[str] | None:
    """The countries of a local unit word written right after a name ending at ``end`` ("X woreda": Ethiopia; "X
    rural municipality-6", "X municipality-4": Nepal), else None."""
    pattern, table = _unit_words()
    m = pattern.match(text, end)
    if m is None:
        return None
    return table.get(_unit_key(m.group("word")))


@functools.cache
def _one_country_units() -> tuple[re.Pattern[str], dict[str, str]]:
    table = {word: next(iter(codes)) for word, codes in _unit_words()[1].items() if len(codes) == 1}
    return re.compile(rf"\b[A-Z][\w'\u2019-]*(?=\s+(?P<word>(?i:{_unit_alternatives(list(table))}))\b)"), table


def unit_word_countries(text: str) -> list[tuple[int, str]]:
    """(end of the name, country) of every capitalised name followed by a local unit word that only one country
    uses ("X woreda": Ethiopia; "X rural municipality-6": Nepal), known to the index or not."""
    pattern, table = _one_country_units()
    return [(m.end(), table[_unit_key(m.group("word"))]) for m in pattern.finditer(text)
            if _unit_key(m.group("word")) in table]


# "the Ethiopian border town X", "the Syrian city of X", "a Nigerian village, X": the demonym says whose.
_PLACE_NOUN = re.compile(
    r"\b(?P<demonym>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+(?:(?:border|frontier|coastal|northern|southern|eastern|western|"
    r"central|northeastern|northwestern|southeastern|southwestern|north-eastern|north-western|south-eastern|"
    r"south-western|remote|small|strategic|port|mountain|desert|frontline|front-line|river|garrison|market)\s+)*"
    r"(?:town|city|village|hamlet|port|province|region|district|state|governorate|county|capital|municipality|"
    r"settlement|locality|enclave|oblast)(?:\s+of)?,?\s+(?:the\s+)?$")


def demonym_before(text: str, start: int) -> str | None:
    """The country (alpha-2) of a demonym that qualifies a place noun right before the name at ``start`` ("the
    Ethiopian border town Moyale", "the Syrian city of X"), else None."""
    m = _PLACE_NOUN.search(text, max(0, start - 70), start)
    return demonym_country(m.group("demonym")) if m else None


@functools.cache
def _organisations() -> dict[str, frozenset[str]]:
    """{name: countries} of the organisation table."""
    table: dict[str, frozenset[str]] = {}
    for names, codes in _rows("organisations.tsv"):
        for name in names.split("|"):
            if len(name.strip()) >= 3:
                table[name.strip()] = table.get(name.strip(), frozenset()) | codes
    return table


# A name begins at the start of a run of word characters and hyphens that opens with three word characters (no
# hyphen among them), and ends before a character that is neither: the names are found by one scan of the regex
# engine over a trie of them (``eventcoder.regextrie.trie``), which skips ahead to the characters that begin a name.
_NAME_START = re.compile(r"\w\w\w")


@functools.cache
def _organisation_scan() -> re.Pattern[str] | None:
    """One pattern of every name of the table that can begin a run ("La France" cannot: "La" is two letters)."""
    names = [name for name in _organisations() if _NAME_START.match(name)]
    return re.compile(f"(?:{trie(names)})(?![\\w-])") if names else None


# read two or three times per report (the geocoder's context, read twice, and shared_country): the last few texts'
# answers are kept (a pure function of the text and the tables)
@functools.lru_cache(maxsize=8)
def _organisation_names(text: str) -> tuple[str, ...]:
    """The names of the organisation table written in ``text`` (case-sensitive, on word boundaries; the longest of
    those that begin at one place)."""
    scan = _organisation_scan()
    found: list[str] = []
    pos = 0
    while scan is not None and (m := scan.search(text, pos)) is not None:
        start = pos = m.start()
        if start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "-_"):
            found.append(m.group())  # at the start of a run of word characters and hyphens
        pos += 1  # a name may begin inside the one found ("A B" and "B"): the next run start is tried
    return tuple(found)


def organisation_countries(text: str) -> set[str]:
    """The countries of the parties, unions and movements the text names ("the CGT": France, Spain, Argentina)."""
    table = _organisations()
    return {cc for name in _organisation_names(text) for cc in table[name]}


def is_organisation(surface: str) -> bool:
    """Whether a name is one of the parties, unions and movements of the table ("CGT" is no place)."""
    return surface in _organisations()


# "Tomahawk missiles", "Tornado launchers", "Bradley vehicles": a name right before a weapon noun is the weapon's
# (a missile or a tank named after a place or a person), unless an attack follows ("the Kabul drone strike").
_WEAPON_AFTER = re.compile(
    r"(?:-\w+)?\s+(?:(?:cruise|ballistic|anti-tank|anti-aircraft|hypersonic|surface-to-air|air-to-ground|guided|"
    r"kamikaze|attack|combat|fighter|armou?red|infantry|fighting|main\s+battle|multiple|sniper|assault)\s+)*"
    r"(?:missiles?|rockets?|drones?|launchers?|tanks?|howitzers?|rifles?|pistols?|jets?|fighter\s+jets?|"
    r"helicopters?|gunships?|aircraft|warplanes?|munitions?|warheads?|vehicles?|shells?|systems?|batter(?:y|ies))\b"
    r"(?!\s+(?:strikes?|attacks?|fire|barrages?|hit|hits|landed|crashed|fell))", re.IGNORECASE)


def names_a_weapon(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is followed by a weapon noun ("Tomahawk missiles", "Leopard tanks")."""
    return _WEAPON_AFTER.match(text, end) is not None


_GROUP_AFTER = re.compile(r"\s+(?:organi[sz]ations?|movement|militias?|brigades?)\b")


def names_a_group(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is followed by a lower-case group noun ("the Badr organisation", "the
    Amal movement"): the group's name, not a place."""
    return _GROUP_AFTER.match(text, end) is not None


def shared_country(text: str, ends: list[int]) -> str | None:
    """The one country that every named party, union or movement of the text and every local unit word after the
    names ending at ``ends`` allow ("the CGT and the FSU": France; "X rural municipality": Nepal), else None."""
    table = _organisations()
    sets = [table[name] for name in _organisation_names(text) if table[name]]
    sets += [found for end in ends if (found := unit_countries(text, end)) is not None]
    if not sets:
        return None
    common = frozenset.intersection(*sets)
    return next(iter(common)) if len(common) == 1 else None
