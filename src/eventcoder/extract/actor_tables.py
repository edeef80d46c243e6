"""The actor dictionary's tables: loading the TSV data files into aliases, regimes and head nouns.

Split from :mod:`eventcoder.extract.actors`, which matches and names actors with these tables.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from eventcoder.countries import Country, all_countries, by_code, lookup
from eventcoder.errors import InputError
from eventcoder.vocab import Inter

KINDS = (
    "state",
    "police",
    "rebel",
    "political_militia",
    "identity_militia",
    "rioters",
    "protesters",
    "civilians",
)
# The two force names that take "of <country> (<years>)"; "Government of" follows the same rule.
STATE_FORCES = ("Military Forces", "Police Forces", "Government")
_STATE_KINDS = {"state", "police"}
# Armed groups that are not the state's: rebels and militias (ACLED inter codes 2-4).
NON_STATE_KINDS = frozenset({"rebel", "political_militia", "identity_militia"})
# ACLED writes "Military Forces of the United States", "... of the Democratic Republic of Congo".
_ARTICLE_COUNTRIES = {"CD", "CG", "US", "GB", "PH", "NL", "CF", "DO", "AE", "CZ", "BS", "SB"}

_TOKEN = re.compile(r"[^\W_]+")
# Between two words of one name: spaces (one line break at most), a hyphen, dot, apostrophe or slash.
_JOINABLE = re.compile(r"[ \t\u00a0]*\n?[ \t\u00a0]*[-\u2010\u2011\u2013'\u2019./]{0,2}[ \t\u00a0]*\n?[ \t\u00a0]*")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_NEGATORS = {"anti", "pro", "non", "counter"}
# Nouns for a group's members, absorbed into a named actor's mention ("ADF rebels", "Mayi Mayi militiamen").
_MEMBERS = frozenset(
    """militiamen militia militias militants militant fighters fighter members member rebels rebel gunmen gunman
    insurgents insurgent jihadists jihadist combatants operatives elements cells cell loyalists recruits
    commanders commander troops soldiers forces units unit positions guerrillas guerrilla""".split()
)
_CROWDS = {"civilians", "protesters", "rioters"}
# Countries whose plural demonym mostly means their soldiers in conflict news ("the Russians shelled ...").
_PLURAL_NOT_CIVILIANS = {"RU", "UA"}
_LINKS = {"linked", "affiliated", "aligned", "allied", "inspired", "led"}
_AREA_WORDS = {"run", "controlled", "held", "occupied", "administered", "owned", "dominated", "ruled", "governed"}
# Capitalised words that are not the name of a community before "militia" ("Local militia", "Rival clan").
_NOT_NAMES = frozenset(
    """the a an local armed rival allied pro anti islamist ethnic tribal clan communal community village youth
    christian muslim unidentified unknown suspected some several other others government rebel rebels hostile two
    three four five many militia militias these those this that his her their its our opposing private civilian
    self popular people peoples national regional state federal new former ex shia shiite sunni members member
    yesterday today tonight meanwhile later then earlier also elsewhere separately overnight there here where when
    while after before during on in at of by for with and or but both all no nearby neighbouring neighboring rural
    urban criminal defence defense security joint auxiliary vigilante vigilantes traditional home angry irate
    heavily masked hooded fellow various numerous dozens hundreds thousands scores rogue renegade breakaway
    dissident loyal loyalist militant islamic jihadist hindu buddhist catholic protestant""".split()
)
_HYPHENS = {"-", "\u2010", "\u2011", "\u2013"}


@dataclass(frozen=True, slots=True)
class _Actor:
    """What the dictionary knows about one canonical actor (key)."""

    key: str
    inter: Inter
    country: str | None
    kind: str
    generic: bool
    force: str | None = None  # "Military Forces" / "Police Forces" for state actors
    unit: str = ""


@dataclass(frozen=True, slots=True)
class _Entry:
    actor: _Actor
    tokens: tuple[str, ...]  # surface tokens as written in the dictionary (for case-sensitive matching)
    cased: bool  # match the tokens' case exactly (short acronyms: "IS", "AA", "PDF")
    group: str | None
    rank: int  # explicit aliases (1) beat generated country phrases (0) at equal length


@dataclass(frozen=True, slots=True)
class _Regime:
    start: str
    until: str
    years: str


@dataclass(frozen=True, slots=True)
class _Era:
    start: str
    until: str
    name: str
    inter: Inter


@dataclass(slots=True)
class _Tables:
    entries: dict[tuple[str, ...], list[_Entry]] = field(default_factory=dict)
    actors: dict[str, _Actor] = field(default_factory=dict)
    heads: list[tuple[str, _Actor, str | None]] = field(default_factory=list)
    regimes: dict[tuple[str, str], list[_Regime]] = field(default_factory=dict)
    qualified: dict[tuple[str, str], tuple[str, Inter | None]] = field(default_factory=dict)
    eras: dict[str, list[_Era]] = field(default_factory=dict)
    country_words: dict[tuple[str, ...], Country] = field(default_factory=dict)
    head_index: dict[tuple[str, ...], list[tuple[_Actor, str | None]]] = field(default_factory=dict)
    prefixes: list[tuple[tuple[str, ...], _Actor]] = field(default_factory=list)
    name_heads: dict[tuple[str, ...], list[tuple[_Actor, str | None]]] = field(default_factory=dict)


@lru_cache(maxsize=65536)
def _fold(token: str) -> str:
    if token.isascii():
        return token.lower()
    decomposed = unicodedata.normalize("NFKD", token)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _is_acronym(alias: str) -> bool:
    # "IS", "AA", "PDF", "ISIS-K", and mixed-case short forms like "LeT", "JeM": matched with their exact case,
    # because in lower case they are ordinary words ("is", "let", "aa").
    letters = [ch for ch in alias if ch.isalpha()]
    if not letters or len(letters) > 6 or " " in alias.strip():
        return False
    return sum(ch.isupper() for ch in letters) >= max(2, len(letters) // 2)


def _template_of(actor: _Actor) -> _Actor:
    # The country-free template of a derived state actor, to re-derive it for another country.
    return _Actor(actor.force or actor.key, actor.inter, None, actor.kind, True, actor.force, actor.unit)


def _is_name_word(word: str) -> bool:
    # A proper-name word: capitalised, not an acronym ("PDF militia" is the PDF), not a number.
    return word[:1].isupper() and not word.isupper() and word.isalpha()


def _inter(value: str, where: str) -> Inter:
    try:
        return Inter(value)
    except ValueError:
        choices = ", ".join(i.value for i in Inter)
        raise InputError(f"unknown inter type {value!r}; use one of: {choices}", input=where) from None


def _kind(value: str, where: str) -> str:
    if value not in KINDS:
        raise InputError(f"unknown actor kind {value!r}; use one of: {', '.join(KINDS)}", input=where)
    return value


def _date(value: str, where: str) -> str:
    if value and not _DATE.match(value):
        raise InputError(f"date {value!r} is not YYYY-MM-DD; fix the row", input=where)
    return value


def country_label(country: Country) -> str:
    """The country as ACLED writes it after "Military Forces of" ("the United States", "Syria")."""
    return f"the {country.name}" if country.iso2 in _ARTICLE_COUNTRIES else country.name


def _state_key(force: str, iso2: str | None, unit: str) -> str:
    if iso2 is None:
        return force
    country = by_code(iso2)
    label = country_label(country) if country else iso2
    return f"{force} of {label} {unit}".strip()


_HEADERS = {
    ("aliases", "actor", "inter", "country", "kind"): "aliases",
    ("heads", "actor", "inter", "kind"): "heads",
    ("country", "unit", "from", "until", "years"): "regimes",
    ("actor", "country", "name"): "qualified",
    ("actor", "from", "until", "name", "inter"): "eras",
}


def _parse_into(t: _Tables, text: str, source: str) -> None:
    table: str | None = None
    columns: list[str] = []
    for lineno, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in raw.split("\t")]
        where = f"{source} line {lineno}"
        if table is None:
            columns = cells
            table = next((name for head, name in _HEADERS.items() if tuple(cells[: len(head)]) == head), None)
            if table is None:
                known = "; ".join(" ".join(h) for h in _HEADERS)
                raise InputError(f"unknown header {' '.join(cells)!r}; use one of: {known}", input=where)
            continue
        row = dict(zip(columns, cells + [""] * (len(columns) - len(cells)), strict=False))
        if table == "aliases":
            _add_aliases(t, row, where)
        elif table == "heads":
            # A "{name}" template takes a country column: "*" = qualified by the event's country, XX = that home.
            country = row.get("country", "") if "{name}" in row["actor"] else ""
            actor = _make_actor(row["actor"], row["inter"], country, row["kind"], row.get("unit", ""), where)
            for head in row["heads"].split("|"):
                if head.strip():
                    t.heads.append((head.strip(), actor, row.get("group") or None))
        elif table == "regimes":
            iso2 = row["country"].upper()
            period = _Regime(_date(row["from"], where), _date(row["until"], where), row["years"])
            periods = t.regimes.setdefault((iso2, row["unit"]), [])
            periods[:] = [p for p in periods if p.start != period.start]
            periods.append(period)
            periods.sort(key=lambda p: p.start)
        elif table == "qualified":
            inter = _inter(row["inter"], where) if row.get("inter") else None
            t.qualified[(row["actor"], row["country"].upper())] = (row["name"], inter)
        else:
            era = _Era(_date(row["from"], where), _date(row["until"], where), row["name"], _inter(row["inter"], where))
            eras = [e for e in t.eras.get(row["actor"], []) if e.start != era.start]
            t.eras[row["actor"]] = sorted([*eras, era], key=lambda e: e.start)


def _make_actor(name: str, inter: str, country: str, kind: str, unit: str, where: str) -> _Actor:
    kind = _kind(kind, where)
    generic = country == "*"
    iso2: str | None = None
    if country and not generic:
        found = by_code(country)
        if found is None:
            raise InputError(f"unknown country code {country!r}; use an ISO 3166 alpha-2 code", input=where)
        iso2 = found.iso2
    elif generic and ":" in name:
        # "Islamic State:AF": generic (qualified by the event's country) with a home country as fallback.
        name, fallback = name.rsplit(":", 1)
        iso2 = fallback.upper()
    if name in STATE_FORCES:
        key = _state_key(name, iso2, unit)
        return _Actor(key, _inter(inter, where), iso2, kind, iso2 is None, name, unit)
    return _Actor(name, _inter(inter, where), iso2, kind, generic)


def _add_entry(t: _Tables, alias: str, actor: _Actor, group: str | None, rank: int) -> None:
    cased = alias.startswith("=") or _is_acronym(alias)
    alias = alias.lstrip("=")
    tokens = tuple(_tokens(alias))
    if not tokens:
        return
    key = tuple(_fold(tok) for tok in tokens)
    entry = _Entry(actor, tokens, cased, group, rank)
    # A later file overrides an earlier entry of the same words: a case-blind entry replaces the case-blind one,
    # a case-sensitive entry replaces the one with exactly its spelling.
    old = t.entries.get(key, [])
    kept = [e for e in old if not (e.cased and e.tokens == tokens)] if cased else [e for e in old if e.cased]
    t.entries[key] = [*kept, entry]
    t.actors.setdefault(actor.key, actor)


def _add_aliases(t: _Tables, row: dict[str, str], where: str) -> None:
    actor = _make_actor(row["actor"], row["inter"], row["country"], row["kind"], row.get("unit", ""), where)
    t.actors[actor.key] = actor
    for alias in row["aliases"].split("|"):
        if alias.strip():
            _add_entry(t, alias.strip(), actor, row.get("group") or None, rank=1)


def _country_words(country: Country) -> list[str]:
    words = [*country.demonyms, country.name]
    return words + [a for a in country.aliases if len(a) <= 24 and "," not in a and not a.lower().startswith("the ")]


def _index_heads(t: _Tables) -> None:
    """Index country words and head nouns for phrases like "Russian warplanes", "Syria's army", "Iran-backed"."""
    for country in all_countries():
        for word in _country_words(country):
            key = tuple(_fold(tok) for tok in _tokens(word))
            if key:
                t.country_words.setdefault(key, country)
        civilians = t.actors.get("Civilians")
        if civilians is not None and country.iso2 not in _PLURAL_NOT_CIVILIANS:
            # "killing three Palestinians": a plural demonym on its own names people, i.e. civilians.
            for demonym in country.demonyms:
                if demonym.isalpha() and demonym[:1].isupper() and not demonym.endswith(("s", "sh", "ch", "ese")):
                    key = (_fold(demonym) + "s",)
                    if key not in t.entries:
                        _add_entry(t, f"={demonym}s", civilians, None, rank=0)
    for head, template, group in t.heads:
        key = tuple(_fold(tok) for tok in _tokens(head))
        if key and "{name}" in template.key:
            t.name_heads[key] = [*(h for h in t.name_heads.get(key, []) if h[0].key != template.key), (template, group)]
        elif key and key[-1] == "of":
            # "Military Forces of Russia", "army of Mali": the country word follows the head.
            t.prefixes = [*(p for p in t.prefixes if p[0] != key), (key, template)]
        elif key:
            t.head_index[key] = [*(h for h in t.head_index.get(key, []) if h[0].key != template.key), (template, group)]


def resolve_country(word: str) -> str | None:
    """ISO2 of a country name or demonym, for callers that qualify generic actors themselves."""
    found = lookup(word)
    return found.iso2 if found else None
