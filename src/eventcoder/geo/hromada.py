"""Ukrainian hromadas written as adjectives: "Xivska territorial community", "Y-ska urban hromada" is the community
whose seat is the town X-iv, Y (ACLED codes the event at that town, geo_precision 2).

A hromada takes the feminine adjective of its seat's name (Ukrainian "-ська", romanised "-ska"): the town's name comes
back by undoing the adjective's suffix. The rules below are Ukrainian word formation, romanised as the national
standard does (KMU 2010), written for eventcoder:

* "-iv" towns give "-ivska" (Kyiv, Kyivska); "-ivka" drops its "-k-" (Ivanivka, Ivanivska); "-ove"/"-ova" turn their
  "o" into "i" before the suffix (X-ove, X-ivska); other "-ka" towns may keep it (X-ka, X-kivska);
* "k", "ts" and "tsk" before "-ska" merge into "-tska" (X-uk, X-utska; X-ets, X-etska; X-etsk, X-etska; plural X-uky,
  X-utska), "-tsi" into "-etska";
* "h", "zh" and "z" before "-ska" give "-zka" (X-oh, X-ozka; X-izhzhia, X-izka);
* "-sk", "-ske", "-sa", "-ka", "-a", "-y" (a plural name), "-e" and a bare consonant take "-ska" after the stem
  (X-sk, X-ska; X-y, X-ska; X-n, X-nska); "-llia"/"-ole" take "-lska"/"-ilska" (X-pillia, X-pilska; X-pole, X-pilska);
* a compound name's first word ends in the linking vowel "-o-" (Velyka X, Velyko-x-ska).

Several rules fit most adjectives; the index decides: the derived name that a populated place of Ukraine bears
(exactly, or as its other name), the most populous such place first.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from eventcoder.geo.detect import Mention

__all__ = ["adjective_towns", "hromada_seats", "town_names"]

# (adjective ending, the town name's endings that give it), longest ending first; every row that fits is tried.
SUFFIX_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("kivska", ("ka", "kiv", "kivka", "kove", "kova")),
    ("ivska", ("iv", "ivka", "ove", "ova", "ivske", "ive")),
    ("etska", ("ets", "etsk", "tsi", "etske")),
    ("tska", ("tsk", "ts", "k", "ky", "tske", "tsi")),
    ("ilska", ("ole", "illia", "il", "ilia", "ilske")),
    ("lska", ("llia", "l", "lia", "le", "lske")),
    ("ynska", ("yn", "a", "yne", "ynsk")),
    ("nska", ("n", "nsk", "na", "ne", "nske", "ny")),
    ("zka", ("h", "zh", "zhzhia", "z", "zke", "zk")),
    ("ska", ("sk", "", "sa", "ka", "a", "y", "ske", "e", "sy")),
)
# Compound names: the first word's adjective ends in the linking "-o-" ("Velyko-", "Novo-"); the town's first word
# is the adjective in any gender.
PREFIXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Velyko", ("Velyka", "Velykyi", "Velyke")),
    ("Malo", ("Mala", "Malyi", "Male")),
    ("Staro", ("Stara", "Staryi", "Stare")),
    ("Novo", ("Nova", "Novyi", "Nove")),
    ("Verkhnio", ("Verkhnia", "Verkhnii", "Verkhnie")),
    ("Nyzhnio", ("Nyzhnia", "Nyzhnii", "Nyzhnie")),
)

_ADJ = r"[A-Z][a-z'\u2019]+(?:-[A-Za-z][a-z'\u2019]+)?[sz]ka"
_ADJ_WORD = re.compile(rf"\b{_ADJ}\b")
# "Xska territorial community", "Xska urban/rural/settlement territorial community", "Xska hromada", "Xska, Yska and
# Zska hromadas"
_HROMADA = re.compile(
    rf"\b{_ADJ}(?:(?:,\s*|\s+and\s+|,\s*and\s+){_ADJ})*\s+"
    r"(?i:(?:(?:urban|rural|settlement|village|amalgamated|united)\s+)?(?:territorial\s+)?"
    r"(?:communit(?:y|ies)|hromadas?)\b)")


def town_names(adjective: str) -> list[str]:
    """Every town name that the hromada adjective ``adjective`` may come from, in the rules' order ("Kyivska":
    "Kyiv", "Kyivka"...; "Velykoburlutska": "Velykoburluk"..., "Velykyi Burluk"...)."""
    out = _undo_suffix(adjective)
    for prefix, words in PREFIXES:
        rest = adjective[len(prefix):]
        if adjective.startswith(prefix) and len(rest) > 4 and rest[0].isalpha():
            out += [f"{word} {name}" for name in _undo_suffix(rest[0].upper() + rest[1:]) for word in words]
    return list(dict.fromkeys(out))


def _undo_suffix(adjective: str) -> list[str]:
    out: list[str] = []
    for suffix, endings in SUFFIX_RULES:
        stem = adjective[: -len(suffix)] if adjective.lower().endswith(suffix) else ""
        if len(stem) >= 2:
            out += [stem + ending for ending in endings]
    return out


def hromada_seats(text: str) -> list[tuple[int, int, str]]:
    """(start, end, adjective) of every hromada written as an adjective in ``text`` ("Xska hromada", "Xska and Yska
    territorial communities")."""
    return [(a.start(), a.end(), a.group()) for m in _HROMADA.finditer(text)
            for a in _ADJ_WORD.finditer(text, m.start(), m.end())]


def adjective_towns(text: str, mentions: Sequence[Mention],
                    seat_in_ukraine: Callable[[str], tuple[int, str] | None]) -> list[Mention]:
    """``mentions`` with every hromada adjective read as its seat's town: a mention spanning the adjective whose
    surface is the name, as the index stores it, of the most populous place of Ukraine that bears a derived name
    (``seat_in_ukraine(name)`` gives its population and stored name, None when no place of Ukraine has the name).
    Mentions inside the adjective go; an adjective no derived name fits stays as detection found it. Sorted by
    offset."""
    out = list(mentions)
    for start, end, adjective in hromada_seats(text):
        known = [(seat, -i) for i, name in enumerate(town_names(adjective))
                 if (seat := seat_in_ukraine(name)) is not None]
        if not known:
            continue
        name = max(known)[0][1]
        old = [m for m in out if m.start < end and start < m.end]
        out = [m for m in out if m not in old]
        base = old[0] if old else Mention(start, end, name)
        out.append(replace(base, start=start, end=end, surface=name, type_hint="city", near=True, cue=True,
                           weak=False, common=False, embedded=False, head=False, tail=False))
    return sorted(out, key=lambda x: (x.start, x.end))
