"""Words a report uses as a person's name, so that they are not read as places elsewhere in it.

News writing names a person in full once ("Jose Luis Ortega Ruiz", "Jose 'El Flaco' Ortega") and then by the
surname or the nickname alone ("soldiers later freed Ortega", "El Flaco led the gang").
A surname or nickname is often also a village somewhere; read alone, it would send the report abroad. One sense
per report: a word the text uses inside a person's name is that person wherever it stands without a locative
cue ("in", "near", "at", "outside") or a place-type word.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from eventcoder.geo.detect import FUNCTION_HEADS, TYPE_WORDS, UNIT_HEADS, Mention, load_common_words, load_stopwords
from eventcoder.geo.gazetteer import Candidate
from eventcoder.geo.normalize import fold

# First words of place names ("Ras Baalbek", "Kafr Nabl", "San Pedro", "Port Sudan"): the word after them is part of
# a place's name the index may lack, not a surname.
PLACE_HEADS = frozenset({
    "ras", "tell", "tel", "tal", "jebel", "jabal", "jbel", "kafr", "kfar", "wadi", "bir", "khirbet", "khirbat", "deir",
    "dayr", "ain", "ayn", "ein", "bab", "beit", "bayt", "beni", "bani", "sidi", "hay", "hai", "qasr", "umm", "tall",
    "san", "santa", "santo", "sao", "são", "saint", "st", "sainte", "fort", "cape", "new", "upper", "lower", "little",
    "great", "nueva", "nuevo", "villa", "bad", "sankt", "monte", "isla", "camp", "north", "south", "east", "west",
})
# A nickname in quotes between a given name and a surname: Joaquin "El Chapo" Guzman.
_NICKNAME = re.compile(r"(?:\b([A-Z][\w'-]+)\s+)?[\"\u201c\u2018']([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})"
                       r"[\"\u201d\u2019']\s+([A-Z][\w'-]+)")
_HEAD_BEFORE = re.compile(r"([A-Z][a-z\u00e0-\u00ff'-]+) $")
_BIG_TOWN = 100_000  # a head word that names a town this large, a province or a country is a place ("Bosnia X")


def person_words(text: str, mentions: Sequence[Mention], lookup: Callable[[str], Sequence[Candidate]]) -> set[str]:
    """The folded words and nicknames that the text uses inside a person's name.

    A one-word name written right after another capitalised word that is not a place's first word ("Guzman" of
    "Ovidio Guzman Lopez", not "Baalbek" of "Ras Baalbek", not "Herzegovina" of "Bosnia Herzegovina"), and the
    parts of a name with a quoted nickname (Joaquin "El Chapo" Guzman: all three).
    """
    out: set[str] = set()
    for m in mentions:
        if not m.tail or " " in m.surface or m.surface.isupper() or m.type_hint or m.common:
            continue
        head = _HEAD_BEFORE.search(text, max(0, m.start - 40), m.start)
        if head is None or head.end() != m.start:
            continue
        word = head.group(1)
        low = word.lower()
        if low in PLACE_HEADS or low in FUNCTION_HEADS or low in UNIT_HEADS or low in load_common_words() or (
                low in load_stopwords()[0]):
            continue  # "Grand Dakar", "Task Force X", "Union X": a place's or an organisation's word, not a given name
        if _sizeable(word, lookup) or _sizeable(m.surface, lookup):
            continue  # "Bosnia Herzegovina", "Phule Pune": the head is a place itself, or the name a known one
        out.add(fold(m.surface))
        if not any(c.quality >= 0.95 and c.population >= _BIG_TOWN // 10 for c in lookup(word)):
            out.add(fold(word))  # "Chapo Guzman": the given name or nickname too, unless a sizeable town's own name
    for match in _NICKNAME.finditer(text):
        given, nickname, surname = match.groups()
        if surname.lower() in TYPE_WORDS:
            continue  # "the 'Jura' Factory", "'Shayrat' Base": a site's name in quotes
        out.update(fold(w) for w in (given, nickname, surname) if w and not _possessive(w))
    return out


def _sizeable(name: str, lookup: Callable[[str], Sequence[Candidate]]) -> bool:
    """Whether a name is, by its own name, a country, a province or a town of 100,000+: too well known to be only a
    surname."""
    return any(c.quality >= 0.95 and (c.feature in ("country", "admin1", "region") or c.population >= _BIG_TOWN)
               for c in lookup(name))


def _possessive(word: str) -> bool:
    return word.endswith(("'s", "\u2019s"))


# Where a place is expected: inside a container ("(X)", "Y, X"), after a direction or a place noun and "of".
_PLACE_BEFORE = re.compile(r"(?:[(,]|\b(?:north|south|east|west|northern|southern|eastern|western|town|village|city|"
                           r"outskirts|district|province)(?:-?(?:east|west)(?:ern)?)?\s+of(?:\s+the)?)\s*$", re.IGNORECASE)


def not_a_person(text: str, m: Mention, persons: set[str]) -> bool:
    """Whether a mention may be a place: not a word of a person's name, or written where a place is expected."""
    if not persons or fold(m.surface) not in persons:
        return True
    return m.locative or m.type_hint is not None or _PLACE_BEFORE.search(text, max(0, m.start - 30), m.start) is not None
