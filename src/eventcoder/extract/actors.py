"""Actor dictionary: find actor mentions in text and name them the ACLED way (regime years, country, inter).

The dictionary is a set of TSV files under ``data/actors/`` (plus ``$EVENTCODER_HOME/actors/*.tsv`` and any
paths passed to :meth:`ActorLexicon.load`). Each file's header says which table it feeds:

* ``aliases actor inter country kind [unit] [group]``: surface forms (``|``-separated) of one actor;
* ``heads actor inter kind [unit] [group] [country]``: nouns that a country word (or a name) turns into an actor
  ("Russian" + "warplanes" -> Military Forces of Russia);
* ``country unit from until years``: the regime periods that date a state's forces;
* ``actor country name [inter]``: the name of an actor in one country ("Islamic State" in Mali ->
  "Islamic State (Sahel)"; "Kurdish forces" in Iraq -> "state:IQ:Peshmerga");
* ``actor from until name inter``: a named actor whose name and type change on a date (the Taliban become
  the Military Forces of Afghanistan on 15 August 2021).

Later files override earlier ones, so a user's file wins over the bundled one.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

from eventcoder.countries import Country, by_code
from eventcoder.errors import ConfigError, InputError
from eventcoder.extract.actor_tables import (
    _AREA_WORDS,
    _CROWDS,
    _HYPHENS,
    _JOINABLE,
    _LINKS,
    _MEMBERS,
    _NEGATORS,
    _NOT_NAMES,
    _STATE_KINDS,
    _TOKEN,
    KINDS,
    NON_STATE_KINDS,
    STATE_FORCES,
    _Actor,
    _Entry,
    _Era,
    _fold,
    _index_heads,
    _is_name_word,
    _parse_into,
    _state_key,
    _Tables,
    _template_of,
    country_label,
    resolve_country,
)
from eventcoder.vocab import Inter

__all__ = [
    "ARMED_COMMUNAL_ACT", "COMMUNAL_GROUP", "KINDS", "NON_STATE_KINDS", "PASTORALISTS", "STATE_FORCES", "ActorLexicon",
    "ActorMention", "country_label", "resolve_country",
]

# A country name as the subject of an act of war: the verb, then its object, a weapon or an attack, with at most
# three words between (no preposition: "launched a probe into attacks" is no attack).
_STATE_ACTS = re.compile(
    r"\s+(?:has |have |had )?(?:(?:also|reportedly|again|now|then|repeatedly) )?"
    r"(?:(?:launched|fired|unleashed|carried out|conducted|dropped)\s+"
    r"(?:(?:dozens|scores|hundreds|thousands|a number|a barrage|a salvo|a volley|a wave|waves) of\s+)?"
    r"(?:(?!(?:on|into|against|for|of|to|in|at|over|about|with|from|by)\b)[\w,-]+\s+){0,3}?"
    r"(?:(?:cruise |ballistic |guided )?missiles?|rockets?|(?:air|drone|missile|military|retaliatory) ?strikes?|"
    r"strikes?|airstrikes?|drones?|shells?|bombs?|(?:air ?)?raids?|barrages?|salvos?|artillery|attacks?|offensive|"
    r"assault|invasion|Tomahawks?|projectiles?)\b"
    r"|(?:bombed|shelled|invaded|pounded)\s"
    # the verb, its object, then the weapon as its instrument: "Russia attacked Kyiv with drones", "Iran struck
    # the base with ballistic missiles" ("hit the region with sanctions" is no act of war)
    r"|(?:attacked|struck|hit|targeted|bombarded|pounded|shelled)\s+(?:[\w'\u2019.-]+\s+){0,5}?with\s+"
    r"(?:(?:a |an )?(?:dozens|scores|hundreds|thousands|a number|barrage|salvo|volley|wave|waves|swarm|swarms|"
    r"combination|mix) of\s+)?(?:(?!(?:on|into|against|for|of|to|in|at|over|about|with|from|by)\b)[\w-]+\s+){0,3}?"
    r"(?:(?:cruise |ballistic |guided |hypersonic )?missiles?|rockets?|drones?|shells?|bombs?|artillery|"
    r"Tomahawks?|projectiles?|air ?strikes?|drone strikes?|missile strikes?)\b)",
    re.I,
)
_STATE_ACT_CHARS = 90
# A country's possessive before the attack itself or its weapons ("in Russia's overnight attack", "Israel's latest
# airstrikes", "Iran's ballistic missiles"): the state's forces made it (not "Russia's invasion", "Iran's war", a
# campaign told as context, nor "Russia's response", "Israel's ambassador"; "Somalia's deadliest bombing", a toll's
# superlative, says where it happened)
_POSSESSED_GAP = (r"(?:(?!(?:and|or|on|into|against|for|of|to|in|at|over|about|with|from|by|worst|most|deadliest|"
                  r"bloodiest|deadly|worse)\b)[\w,-]+\s+)")
_STATE_POSSESSES_ACT = re.compile(
    rf"(?:'s|\u2019s)\s+(?:{_POSSESSED_GAP}{{0,3}}?"
    r"(?:(?:air|drone|missile|rocket|artillery) ?strikes?|airstrikes?|(?:air ?)?raids?|bombardments?|bombings?|"
    r"shelling|barrages?|salvos?|(?:cruise |ballistic |guided |hypersonic )?missiles?|rockets?|drones?|shells?|bombs?)"
    # a bare "attack" or "strike" only with a word of war or of its time before it ("Russia's overnight attack"), not
    # a side's attack in a match ("Nigeria's relentless attack overwhelmed the defence")
    rf"|{_POSSESSED_GAP}{{0,2}}?(?:overnight|night|nighttime|morning|evening|dawn|weekend|latest|new|fresh|renewed|"
    r"massive|large-scale|combined|retaliatory|military|missile|drone|rocket|artillery|aerial)\s+(?:attacks?|strikes?|"
    r"assaults?))\b",
    re.I,
)
# A country name as a party to a ceasefire or peace agreement, alone or in a conjunct ("Israel and Hamas will cease
# fire", "Ethiopia and Eritrea agreed a truce", "Hamas and Israel reached a ceasefire"): a state agrees through its
# government. A mediator's verb ("brokered", "proposed", "announced") makes no party.
_STATE_AGREES = re.compile(
    r"(?:\s+and\s+[^.;:!?()]{1,90}?)?\s+(?:(?:have|has|had|will|would|then|also|finally|formally|reportedly|"
    r"jointly|both|each)\s+)*"
    r"(?:(?:agreed|agree|signed|sign|reached|reach|accepted|accept|concluded)\s+(?:to\s+|on\s+|upon\s+)?"
    r"(?:(?:a|an|the|their|its|new|mutual|unconditional|permanent|temporary|comprehensive|lasting|humanitarian|"
    r"formal|\w+-day|\w+-hour|immediate)\s+)*"
    r"(?:cease-?fire|truce|armistice|cessation of hostilities|peace (?:deal|agreement|accord|treaty)|"
    r"cease fire|stop (?:the )?fighting|halt (?:the )?fighting|end (?:the )?fighting)"
    r"|(?:will |would |to |agreed to )?(?:cease fire|cease hostilities|stop firing|halt (?:their |all )?hostilities))\b",
    re.I,
)
_STATE_AGREE_CHARS = 200


@dataclass(frozen=True, slots=True)
class ActorMention:
    """One actor mention: its span in the text and the dictionary entry it matched."""

    start: int
    end: int
    surface: str
    key: str
    inter: Inter
    country: str | None
    kind: str
    generic: bool
    group: str | None = None  # a social group ACLED lists as associated actor ("Farmers", "Journalists")
    # the group claimed the act ("X claimed responsibility for the attack"): no part of the mention's identity
    claimed: bool = field(default=False, compare=False)
    # a definite generic force ("the soldiers") that refers back to a force a country word named: its country is the
    # text's, not the event's (ActorLexicon._definite_forces)
    anaphor: bool = field(default=False, compare=False)
    # a bare word for armed men tied to the named group after it ("rebels from the X group"): the group's own men, so
    # its other bare mentions are that group told again (naming.most_named reads it)
    tied: bool = field(default=False, compare=False)


# The communal groups whose armed acts make them a communal militia: herders (a social group the dictionary has as
# civilians, renamed here) and settlers (their own dictionary actor, kept). One list for rules._armed_communal (the
# type), _armed_herders (the actor) and rejections._COMMUNITY (herders among the communities).
PASTORALISTS = r"(?:herders|herdsmen|pastoralists)"
COMMUNAL_GROUP = rf"(?:{PASTORALISTS}|settlers)"
# An armed act right after a group of herders or settlers ("herders attacked two villages, killing 11", "herdsmen
# opened fire on farmers", "settlers who shot a shepherd"): an armed communal group's attack (ACLED's identity
# militias), not a crowd's; their stones or beatings with no one killed stay a crowd's. rules._armed_communal types
# it; the herders are named as a communal militia (their group, pastoralists, the associated actor). At most three
# words between, none of them a clause of another subject ("herders fleeing gunmen who killed five", "herders said
# bandits shot"), and no headline passive ("Five herders killed in attack by bandits": the herders are the victims).
_COMMUNAL_GAP_STOP = (r"were|was|been|being|are|is|and|or|by|with|who|whom|whose|which|that|as|after|when|while|"
                      r"fleeing|fled|escaping|escaped|said|says|say|told|tell|accused|accuse|blamed|blame|alleged|"
                      r"claimed|claim|reported|report|according")
_PASSIVE_AFTER = r"(?:in|by|during|after|while|when|as|at\s+the\s+hands)\b|[,.;:]|$"
ARMED_COMMUNAL_ACT = (
    rf"(?:\s+who\b)?(?:\s+(?:(?!(?:{_COMMUNAL_GAP_STOP})\b)[\w'-]+\s+){{0,3}}?)?\s*"
    rf"(?!(?:shot|stabbed|hacked|killed|murdered|butchered|massacred)\s*(?:{_PASSIVE_AFTER}))"
    r"(?:shot|opened fire|fired on|fired at|stabbed|hacked|killed|murdered|butchered|massacred|"
    r"(?:burn(?:ed|t)|torched|set fire to|razed)\s+(?:[\w'-]+\s+){0,3}?(?:homes|houses|huts)|"
    r"(?:attacked|raided|stormed|invaded)\s+[^.;]{0,100}?\bkilling\b)")
_ARMED_AFTER = re.compile(ARMED_COMMUNAL_ACT, re.I)
_HERDERS = re.compile(COMMUNAL_GROUP, re.I)
_COMMUNAL_MILITIA = "Unidentified Communal Militia"
# "the soldiers", "these troops": a definite plural of a force's men, which refers back to a force named before
# (ActorLexicon._definite_forces)
_DEFINITE_BEFORE = re.compile(r"\b(?:the|these|those)\s+$", re.I)
_ANAPHORIC_HEAD = re.compile(r"soldiers|troops|marines|commandos|servicemen|policemen|officers|agents|paratroopers", re.I)
_ANTECEDENT_CHARS = 400


# "Al-Shabaab's military operations", "the Taliban's army chief": a generic force word owned by a named armed group
# is that group's own wing, not a state's forces
_POSSESSIVE_GAP = re.compile(r"(?:'s|\u2019s|'|\u2019)\s+(?:own\s+)?")
_NOT_OWNERS = ("state", "police", "civilians", "protesters", "rioters")


def _drop_owned_forces(text: str, found: list[ActorMention]) -> list[ActorMention]:
    """The mentions without the generic state forces that a non-state group's possessive owns."""
    keep: list[ActorMention] = []
    for m in found:
        owner = keep[-1] if keep else None
        if (owner is not None and m.generic and m.kind in ("state", "police") and owner.kind not in _NOT_OWNERS
                and _POSSESSIVE_GAP.fullmatch(text, owner.end, m.start)):
            continue
        keep.append(m)
    return keep


# "Somali militant group al-Shabab", "the jihadist organisation X", "armed group X": the generic word only says what
# kind of group the name that follows is; it is no party of its own
_GROUP_WORD = r"(?:group|organi[sz]ation|outfit|movement|network|faction|coalition|alliance)"
_KIND_OF_NAME = re.compile(rf"\s+{_GROUP_WORD}\s+(?:the\s+|of\s+)?", re.I)
_ENDS_GROUP_WORD = re.compile(rf"\b{_GROUP_WORD}$", re.I)
_NAME_GAP = re.compile(r"\s+(?:the\s+|of\s+)?", re.I)
# "the X gang", "X rebels", "X's fighters": a generic armed word right after a named group is that group's men
_AFTER_NAME = re.compile(r"\s+|-|(?:'s|\u2019s|'|\u2019)\s+(?:own\s+)?", re.I)
_TIED_TO_NAME = re.compile(r"\s+(?:from|of|belonging to|loyal to)\s+(?:the\s+)?", re.I)


def _drop_kind_words(text: str, found: list[ActorMention]) -> list[ActorMention]:
    """The mentions without a generic armed word that names the kind of the named group right after it, or that the
    named group right before it qualifies ("the X gang", "X's fighters"); a bare word tied to the named group after it
    ("rebels from the X group") is marked as that group's men."""
    keep: list[ActorMention] = []
    for i, m in enumerate(found):
        nxt = found[i + 1] if i + 1 < len(found) else None
        prev = keep[-1] if keep else None
        if (prev is not None and m.generic and m.kind in NON_STATE_KINDS and not prev.generic
                and prev.kind in NON_STATE_KINDS and _AFTER_NAME.fullmatch(text, prev.end, m.start)):
            continue  # "the Gran Grif gang", "M23 rebels": the named group's own men, no party of their own
        if nxt is None or not (m.generic and m.kind in NON_STATE_KINDS and not nxt.generic
                               and nxt.kind in NON_STATE_KINDS):
            keep.append(m)
        elif _KIND_OF_NAME.fullmatch(text, m.end, nxt.start) or (
                _ENDS_GROUP_WORD.search(m.surface) and _NAME_GAP.fullmatch(text, m.end, nxt.start)):
            continue
        else:
            keep.append(replace(m, tied=True) if _TIED_TO_NAME.fullmatch(text, m.end, nxt.start) else m)
    return keep


class ActorLexicon:
    """The actor dictionary: finds actor mentions and gives their ACLED names."""

    def __init__(self, tables: _Tables) -> None:
        self._t = tables
        self._max_len = max((len(k) for k in tables.entries), default=1)
        # Every word sequence that begins some name, so a scan stops as soon as no name can follow.
        self._stems = {k[:n] for k in tables.entries for n in range(1, len(k) + 1)}
        self._country_stems = {k[:n] for k in tables.country_words for n in range(1, len(k) + 1)}
        self._prefix_firsts = {p[0] for p, _ in tables.prefixes}
        self._name_head_firsts = {k[0] for k in tables.name_heads}
        self._derived: dict[tuple[str, str], _Actor] = {}

    # -- loading ---------------------------------------------------------------------------------------------

    @classmethod
    @lru_cache(maxsize=1)
    def default(cls) -> ActorLexicon:
        """The bundled dictionary plus the user's ``$EVENTCODER_HOME/actors/*.tsv`` (built once, cached)."""
        return cls.load(())

    @classmethod
    def load(cls, paths: Iterable[str | Path] = (), *, bundled: bool = True, user: bool = True) -> ActorLexicon:
        """Build a dictionary from the bundled files, the user's files and ``paths`` (files or folders), in order."""
        sources: list[Traversable | Path] = []
        if bundled:
            folder = resources.files("eventcoder") / "data" / "actors"
            sources += sorted((p for p in folder.iterdir() if p.name.endswith(".tsv")), key=lambda p: p.name)
        if user:
            env = os.environ.get("EVENTCODER_HOME")
            home = Path(env).expanduser() if env else Path.home() / ".cache" / "eventcoder"
            if (home / "actors").is_dir():
                sources += sorted((home / "actors").glob("*.tsv"))
        for p in paths:
            path = Path(p)
            if path.is_dir():
                sources += sorted(path.glob("*.tsv"))
            elif path.is_file():
                sources.append(path)
            else:
                raise ConfigError(f"actor dictionary {path} does not exist; pass an existing .tsv file or folder")
        tables = _Tables()
        for source in sources:
            try:
                text = source.read_text(encoding="utf-8")
            except OSError as exc:
                raise InputError(f"cannot read the actor dictionary ({exc})", input=str(source)) from exc
            _parse_into(tables, text, str(source))
        _index_heads(tables)
        return cls(tables)

    # -- matching --------------------------------------------------------------------------------------------

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[ActorMention]:
        """All actor mentions in ``text[start:end]`` (offsets into ``text``), longest first, non-overlapping, sorted."""
        return self._armed_herders(text, self._definite_forces(text, start, self._named(text, start, end)))

    def _named(self, text: str, start: int, end: int | None) -> list[ActorMention]:
        """The mentions as the dictionary names them, before any reading of context (no anaphora, no herders)."""
        end = len(text) if end is None else end
        toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end)]
        if not toks:
            return []
        folded = [_fold(t[2]) for t in toks]
        # joins[i]: token i and i+1 may belong to one name (nothing but a space or a hyphen between them).
        # (one space, the usual gap, is joinable: _JOINABLE is only asked about the others)
        joins = [(b - a == 1 and text[a] == " ") or _JOINABLE.fullmatch(text, a, b) is not None
                 for (_, a, _), (b, _, _) in zip(toks[:-1], toks[1:], strict=True)]
        joins.append(False)
        out: list[ActorMention] = []
        i = 0
        n = len(toks)
        while i < n:
            if i > 0 and folded[i - 1] in _NEGATORS and text[toks[i - 1][1] : toks[i][0]] in _HYPHENS:
                i += 1  # "anti-Houthi forces", "pro-Russian rioters": not the named side itself
                continue
            best: tuple[int, int, _Actor, str | None] | None = None  # (last token, rank, actor, group)
            if (folded[i],) in self._stems:
                for j, entry in self._explicit(toks, folded, joins, i):
                    if best is None or (j, entry.rank) > (best[0], best[1]):
                        best = (j, entry.rank, entry.actor, entry.group)
            if toks[i][2][:1].isupper() or folded[i] in self._prefix_firsts:
                for j, actor, group in self._phrases(folded, joins, i, text, toks, named=best is None):
                    if best is None or (j, 0) > (best[0], best[1]):
                        best = (j, 0, actor, group)
            if best is None:
                i += 1
                continue
            j, _, a, group = best
            if j + 1 < n and folded[j + 1] in _AREA_WORDS and text[toks[j][1] : toks[j + 1][0]] in _HYPHENS:
                i = j + 2  # "Houthi-run ministry", "Russian-held town": a description of an area, not an actor
                continue
            if a.kind not in _CROWDS and a.force is None and not a.key.startswith("Unidentified"):
                j = self._absorb(folded, joins, text, toks, j)
            s, e = toks[i][0], toks[j][1]
            out.append(ActorMention(s, e, text[s:e], a.key, a.inter, a.country, a.kind, a.generic, group))
            i = j + 1
        return _drop_kind_words(text, _drop_owned_forces(text, out))

    def _armed_herders(self, text: str, found: list[ActorMention]) -> list[ActorMention]:
        """Herders told doing an armed act (ARMED_COMMUNAL_ACT) are a communal militia, their group pastoralists."""
        militia = self._t.actors.get(_COMMUNAL_MILITIA)
        if militia is None:
            return found
        return [replace(m, key=militia.key, inter=militia.inter, kind=militia.kind, generic=militia.generic,
                        group=m.group or "Pastoralists")
                if m.kind == "civilians" and _HERDERS.fullmatch(m.surface.split()[-1]) and _ARMED_AFTER.match(
                    text, m.end) else m for m in found]

    def _definite_forces(self, text: str, start: int, found: list[ActorMention]) -> list[ActorMention]:
        """ "US troops raided the village. The soldiers killed two": a definite generic force ("the soldiers", "these
        troops") refers back to the state force a country word named just before (same kind, nearest first), so a
        foreign force told acting keeps its country in the sentences that go on about it."""
        out: list[ActorMention] = []
        before: list[ActorMention] | None = None  # the named mentions of the look-back, scanned once
        for m in found:
            if (m.generic and m.country is None and m.kind in ("state", "police")
                    and _DEFINITE_BEFORE.search(text, max(0, m.start - 12), m.start)
                    and _ANAPHORIC_HEAD.fullmatch(m.surface.split()[-1])):
                told = [a for a in out if a.kind == m.kind and a.country and not a.generic]
                if not told:
                    # a plain scan: an antecedent is a named force, so the look-back never resolves anaphors itself
                    # (resolving them recursed through every earlier "the soldiers": exponential time)
                    if before is None:
                        before = self._named(text, max(0, start - _ANTECEDENT_CHARS), start)
                    told = [a for a in before if a.kind == m.kind and a.country and not a.generic]
                if told:
                    a = told[-1]
                    m = replace(m, key=a.key, country=a.country, anaphor=True)
            out.append(m)
        return out

    @staticmethod
    def _absorb(
        folded: Sequence[str], joins: Sequence[bool], text: str, toks: Sequence[tuple[int, int, str]], j: int
    ) -> int:
        """Extend a named actor over the members' noun after it: "Mayi Mayi militiamen", "IS-linked militants"."""
        n = len(folded)
        k = j
        if k + 2 < n and joins[k] and folded[k + 1] in _LINKS and text[toks[k][1] : toks[k + 1][0]] in _HYPHENS:
            k += 1  # "IS-linked", "al-Qaeda-affiliated"
        end = j
        while k + 1 < n and joins[k] and folded[k + 1] in _MEMBERS and k + 1 - j <= 3:
            k += 1
            end = k
        return end

    def _explicit(
        self, toks: Sequence[tuple[int, int, str]], folded: Sequence[str], joins: Sequence[bool], i: int
    ) -> Iterable[tuple[int, _Entry]]:
        entries = self._t.entries
        stems = self._stems
        j = i
        key: tuple[str, ...] = ()
        while j < len(toks) and j - i < self._max_len:
            key = (*key, folded[j])
            if key not in stems:
                break  # no dictionary name starts with these words
            for entry in entries.get(key, ()):
                if self._accepts(entry, toks, i, j):
                    yield j, entry
            if not joins[j]:
                break
            j += 1

    def _phrases(
        self,
        folded: Sequence[str],
        joins: Sequence[bool],
        i: int,
        text: str,
        toks: Sequence[tuple[int, int, str]],
        named: bool = True,
    ) -> Iterable[tuple[int, _Actor, str | None]]:
        """Country word + head noun: "Russian warplanes", "Syria's army", "Iran-backed militias"."""
        if folded[i] in self._prefix_firsts:
            yield from self._prefixed(folded, joins, i, toks)
        if not toks[i][2][:1].isupper():
            return  # country words are capitalised ("Chad", "Turkish"), which keeps "turkey" and "chad" out
        n = len(folded)
        for length in range(1, 7):
            k = i + length - 1
            if k >= n or tuple(folded[i : k + 1]) not in self._country_stems:
                break
            country = self._t.country_words.get(tuple(folded[i : k + 1]))
            if country is not None:
                yield from self._country_heads(folded, joins, k, text, toks, country)
            if not joins[k]:
                break
        if named:
            # Only where no dictionary name starts here: "Gulf Clan members" is the Gulf Clan, not a "Gulf" clan.
            yield from self._named_heads(folded, joins, i, text, toks)

    def _prefixed(
        self, folded: Sequence[str], joins: Sequence[bool], i: int, toks: Sequence[tuple[int, int, str]]
    ) -> Iterable[tuple[int, _Actor, str | None]]:
        """A prefix template before a country word: "Government of Syria", "forces of the Sudan"."""
        t = self._t
        n = len(folded)
        for prefix, template in t.prefixes:
            k = i + len(prefix)
            if tuple(folded[i:k]) == prefix and k < n and all(joins[i:k]):
                if folded[k] == "the" and k + 1 < n and joins[k]:
                    k += 1
                for length in range(6, 0, -1):
                    country = t.country_words.get(tuple(folded[k : k + length]))
                    if country is not None and all(joins[k : k + length - 1]) and toks[k][2][:1].isupper():
                        yield k + length - 1, self._specialise(template, country), None
                        break

    def _country_heads(
        self,
        folded: Sequence[str],
        joins: Sequence[bool],
        k: int,
        text: str,
        toks: Sequence[tuple[int, int, str]],
        country: Country,
    ) -> Iterable[tuple[int, _Actor, str | None]]:
        """The head nouns after a country word ending at token ``k``: "Russian warplanes", "Syria's army"."""
        t = self._t
        n = len(folded)
        if k + 2 < n and folded[k + 1] in ("and", "or"):
            # "Russian and Syrian warplanes", "Turkish and opposition artillery": the first country takes the
            # head noun of the second conjunct.
            shared = self._shared_head(folded, joins, k + 2, text, toks)
            if shared is not None:
                yield k, self._specialise(shared[0], country), shared[1]
        acting = self._state_acting(text, toks[k][1])
        if acting is not None:
            yield k, self._specialise(acting, country), None
        if not joins[k]:
            return
        h = k + 1
        if folded[h] == "s" and h + 1 < n and joins[h] and text[toks[k][1] : toks[h][0]] in ("'", "\u2019"):
            h += 1  # possessive: "Syria's army"
        for hl in range(1, 4):
            last = h + hl - 1
            if last >= n:
                break
            for template, group in t.head_index.get(tuple(folded[h : last + 1]), ()):
                yield last, self._specialise(template, country), group
            if not joins[last]:
                break

    def _state_acting(self, text: str, end: int) -> _Actor | None:
        """The military template when a country name is the subject of an act of war ("Russia launched dozens of
        missiles", "the United States has fired cruise missiles", "Israel shelled the town"): a state wages war
        through its forces, which ACLED codes as the Military Forces of that state. A launch of anything else
        ("Britain launched an inquiry into the bombing") names no force. A country that agrees to a ceasefire or
        peace ("Israel and Hamas will cease fire") is its government."""
        if _STATE_AGREES.match(text, end, min(len(text), end + _STATE_AGREE_CHARS)):
            for template, _group in self._t.head_index.get(("government",), ()):
                return template
        if not (_STATE_ACTS.match(text, end, min(len(text), end + _STATE_ACT_CHARS))
                or _STATE_POSSESSES_ACT.match(text, end, min(len(text), end + _STATE_ACT_CHARS))):
            return None
        for template, _group in self._t.head_index.get(("military",), ()):
            if template.force is not None:
                return template
        return None

    def _shared_head(
        self,
        folded: Sequence[str],
        joins: Sequence[bool],
        k: int,
        text: str,
        toks: Sequence[tuple[int, int, str]],
    ) -> tuple[_Actor, str | None] | None:
        """The state-forces head of a conjunct starting at ``k`` ("Syrian warplanes", "regime warplanes")."""
        if toks[k][2][:1].isupper():
            for _j, actor, group in self._phrases(folded, joins, k, text, toks, named=False):
                if actor.force is not None and actor.country is not None:
                    return _template_of(actor), group
        for h in (k, k + 1):
            for hl in (1, 2):
                for template, group in self._t.head_index.get(tuple(folded[h : h + hl]), ()):
                    if template.force is not None and (h == k or joins[k]):
                        return template, group
        return None

    def _named_heads(
        self,
        folded: Sequence[str],
        joins: Sequence[bool],
        i: int,
        text: str,
        toks: Sequence[tuple[int, int, str]],
    ) -> Iterable[tuple[int, _Actor, str | None]]:
        """A proper name + militia noun: "Katsina militiamen" -> "Katsina Communal Militia" (ACLED's pattern)."""
        t = self._t
        n = len(folded)
        if not _is_name_word(toks[i][2]):
            return
        for name_len in (1, 2):
            last_name = i + name_len - 1
            if last_name + 1 >= n or not all(joins[i : last_name + 1]):
                break
            words = [toks[k][2] for k in range(i, last_name + 1)]
            if any(not _is_name_word(w) or _fold(w) in _NOT_NAMES for w in words):
                break
            if (folded[i],) in t.country_words or tuple(folded[i : last_name + 1]) in t.country_words:
                break
            h = last_name + 1
            if folded[h] not in self._name_head_firsts:
                continue
            for hl in range(1, 6):
                last = h + hl - 1
                if last >= n:
                    break
                for template, group in t.name_heads.get(tuple(folded[h : last + 1]), ()):
                    name = text[toks[i][0] : toks[last_name][1]]
                    key = template.key.replace("{name}", name)
                    actor = self._t.actors.get(key) or _Actor(
                        key, template.inter, template.country, template.kind, template.generic
                    )
                    yield last, actor, group
                if not joins[last]:
                    break

    def _specialise(self, template: _Actor, country: Country) -> _Actor:
        cache_key = (template.key, country.iso2)
        actor = self._derived.get(cache_key)
        if actor is None:
            if template.force is not None:
                key = _state_key(template.force, country.iso2, template.unit)
                actor = _Actor(key, template.inter, country.iso2, template.kind, False, template.force, template.unit)
            elif "{country}" in template.key:
                actor = _Actor(
                    template.key.replace("{country}", country.name), template.inter, None, template.kind, False
                )
            else:
                actor = _Actor(template.key, template.inter, country.iso2, template.kind, True)
            self._derived[cache_key] = actor
            self._t.actors.setdefault(actor.key, actor)
        return actor

    def _accepts(self, entry: _Entry, toks: Sequence[tuple[int, int, str]], i: int, j: int) -> bool:
        if not entry.cased:
            return True
        if tuple(t[2] for t in toks[i : j + 1]) != entry.tokens:
            return False
        # A short acronym inside an all-caps headline ("WHAT IS KNOWN") is an ordinary word: reject it when a
        # nearby all-caps word of four letters or more is not itself a known name.
        if len("".join(entry.tokens)) <= 3:
            for k in (i - 2, i - 1, j + 1, j + 2):
                if 0 <= k < len(toks):
                    word = toks[k][2]
                    if len(word) >= 4 and word.isupper() and word.isalpha() and (_fold(word),) not in self._t.entries:
                        return False
        return True

    # -- naming ----------------------------------------------------------------------------------------------

    def name(self, m: ActorMention, *, event_date: str | None, event_country: str | None) -> tuple[str, Inter]:
        """ACLED display name and inter of a mention for an event on ``event_date`` in ``event_country`` (ISO2)."""
        actor = self._t.actors.get(m.key)
        if actor is None and m.kind in _STATE_KINDS:
            # A state mention built by the caller ("Military Forces of Chad"): its force is the key's prefix.
            force = next((f for f in STATE_FORCES if m.key.startswith(f)), None)
            if force is not None:
                actor = _Actor(m.key, m.inter, m.country, m.kind, m.generic, force)
        event_country = event_country.upper() if event_country else None
        era = self._era(m.key, event_date)
        if era is not None and not self._local_branch(m, actor, event_country):
            inter = era.inter
            home = era.name.split(":")[1] if era.name.startswith(("state:", "police:")) else None
            if home and event_country and home.upper() != event_country:
                inter = Inter.EXTERNAL_OTHER
            return self._render(era.name, event_date, event_country), inter
        if actor is not None and actor.force is not None:
            return self._state_forces(m, actor, actor.force, event_date, event_country)
        where = (event_country or m.country) if m.generic else (m.country or event_country)
        if where is not None:
            qualified = self._t.qualified.get((m.key, where))
            if qualified is None and not m.generic and event_country:
                # A named group's own country wins (ISWAP stays ISWAP in Niger); else the local name, if any
                # ("al-Shabaab" in Mozambique is the Islamic State's local branch).
                qualified = self._t.qualified.get((m.key, event_country))
                where = event_country if qualified else where
            if qualified is None:
                # The "*" row: the name anywhere else, "{country}" filled in ("Unidentified Armed Group (Mali)").
                fallback = self._t.qualified.get((m.key, "*"))
                country = by_code(where)
                if fallback is not None and country is not None:
                    qualified = (fallback[0].replace("{country}", country.name), fallback[1])
            if qualified is not None:
                inter = qualified[1] or m.inter
                if qualified[0].startswith(("state:", "police:")) and event_country and where != event_country:
                    inter = Inter.EXTERNAL_OTHER
                return self._render(qualified[0], event_date, event_country), inter
        if m.generic:
            country = by_code(where) if where else None
            return (f"{m.key} ({country.name})" if country else m.key), m.inter
        return m.key, m.inter

    def _state_forces(self, m: ActorMention, actor: _Actor, force: str, event_date: str | None,
                      event_country: str | None) -> tuple[str, Inter]:
        """A state force's name and inter: its home's forces, External/Other outside its home (ACLED codebook)."""
        home = m.country or actor.country or (event_country if m.generic else None)
        if m.generic and event_country and not m.anaphor:
            # "the police", "soldiers" with no country word are the forces of the country where the event happened,
            # not of the report's most-named country (a foreign president, court or agency named in passing): a
            # foreign state's forces are a side abroad only where the text names them ("US troops", "Russia shelled")
            home = event_country
        if home is None:
            return force, m.inter
        inter = m.inter
        if event_country and home != event_country and m.kind in _STATE_KINDS:
            inter = Inter.EXTERNAL_OTHER
        return self.state_name(force, home, event_date, actor.unit), inter

    def _local_branch(self, m: ActorMention, actor: _Actor | None, event_country: str | None) -> bool:
        """A named group abroad has a name of its own there (the Taliban in Pakistan are the TTP): that name wins
        over the group's era at home, as a local branch is no state's forces of the group's home."""
        home = m.country or (actor.country if actor else None)
        return bool(event_country and home and home != event_country and (m.key, event_country) in self._t.qualified)

    def associated(self, m: ActorMention, *, event_country: str | None) -> str | None:
        """ACLED's associated actor for a mention's social group: "Farmers (Syria)", "Journalists (Mexico)"."""
        if m.group is None:
            return None
        country = by_code(event_country or m.country or "")
        return f"{m.group} ({country.name})" if country else m.group

    def state_name(self, force: str, iso2: str, event_date: str | None, unit: str = "") -> str:
        """The state force's name for a date: "Military Forces of Syria (2000-2024)", then the unit."""
        base = _state_key(force, iso2, "")
        years = self.regime_years(iso2, event_date, unit)
        if years is None and unit:
            years = self.regime_years(iso2, event_date)
        name = f"{base} ({years})" if years else base
        return f"{name} {unit}".strip()

    def regime_years(self, iso2: str, event_date: str | None, unit: str = "") -> str | None:
        """The regime years ("2000-2024") of a country's state forces on a date; None when no date is known (a
        report of unknown date may tell of any regime: the current one is never guessed)."""
        periods = self._t.regimes.get((iso2.upper(), unit))
        if not periods or event_date is None:
            return None
        day = event_date[:10]
        for period in periods:
            if (not period.start or period.start <= day) and (not period.until or day < period.until):
                return period.years
        # Before the first period we know of: the earliest; after a closed last one: the last.
        return periods[0].years if day < (periods[0].start or day) else periods[-1].years

    def ever_state(self, key: str) -> bool:
        """Whether the actor is a state's forces in some era ("Taliban" since August 2021): its arrests may be a
        state's arrests, not abductions."""
        return any(e.name.split(":", 1)[0] in ("state", "police") for e in self._t.eras.get(key, ()))

    def _era(self, key: str, event_date: str | None) -> _Era | None:
        eras = self._t.eras.get(key)
        if not eras:
            return None
        if event_date is None:
            # no date: the group under its own name ("Taliban", not the state it became), never the current era
            return next((e for e in eras if not e.name.startswith(("state:", "police:"))), None)
        day = event_date[:10]
        return next(
            (e for e in eras if (not e.start or e.start <= day) and (not e.until or day < e.until)),
            None,
        )

    def _render(self, name: str, event_date: str | None, event_country: str | None) -> str:
        # Era names may point at a state's forces: "state:AF", "police:SD", "state:SD:Rapid Support Forces".
        parts = name.split(":", 2)
        if len(parts) >= 2 and parts[0] in ("state", "police") and len(parts[1]) == 2:
            force = "Military Forces" if parts[0] == "state" else "Police Forces"
            return self.state_name(force, parts[1], event_date, parts[2] if len(parts) == 3 else "")
        return name

    # -- helpers ---------------------------------------------------------------------------------------------

    def actor(self, key: str) -> ActorMention | None:
        """A position-less mention of a canonical key (for callers that know the actor but not a span)."""
        a = self._t.actors.get(key)
        return None if a is None else ActorMention(0, 0, key, a.key, a.inter, a.country, a.kind, a.generic)

    def unknown(self, surface: str, country: str | None = None, start: int = 0) -> ActorMention:
        """A mention of an actor the dictionary lacks: keeps the surface form (ACLED codes such groups as militias)."""
        words = surface.strip()
        if words.casefold().startswith("the "):
            words = words[4:]
        return ActorMention(
            start, start + len(surface), surface, words, Inter.POLITICAL_MILITIA, country, "political_militia", False
        )

    def __len__(self) -> int:
        return sum(len(v) for v in self._t.entries.values())


# -- parsing ---------------------------------------------------------------------------------------------------
