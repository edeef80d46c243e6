"""What a record's document adds to it for merging: how its date was read, the weekday and the targets its
sentences name, when the report was written, and whether its toll is an update.

The pipeline codes each event into ACLED fields; merging reports of one incident also needs what those fields
leave out. Two undated reports of an attack "on Tuesday" and "on Friday" are two incidents; an attack on "the
Government Girls Secondary School" and one on "the Government Science College" are two incidents; a report
written on 2 August cannot describe an attack of 9 August. A :class:`Profile` keeps these facts, read from the
record's own sentences (the sentences of its evidence) and the document's dates, so that the store can compare
them with other reports' long after the document was processed (it is stored with the record).

Nothing here invents a field: a profile only says what the text around the record's evidence says.
"""

from __future__ import annotations

import functools
import os
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

from eventcoder.errors import ConfigError
from eventcoder.extract.numbers import NUMBER_RE, parse_quantity
from eventcoder.ingest.header import url_date, url_date_parts
from eventcoder.model import Document, EventRecord, Evidence

__all__ = ["Details", "Profile", "details", "named_targets", "profile", "profiles", "report_dated", "weekday_in"]

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_RE = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
# A date read from these words is only as good as the date the report was read against (its publication date,
# often missing or a day late): "on Thursday", "yesterday", "last night".
_RELATIVE_RE = re.compile(
    r"\b(?:yesterday|today|tonight|overnight|last\s+night|this\s+(?:morning|afternoon|evening|week)|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
_HAS_DIGIT = re.compile(r"\d")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
# A date that opens a line in the page's first characters is the page's date line.
_DATE_LINE_CHARS = 300
# A proper name before or after a target noun: capitalised words, with Arabic-style particles ("al-Thawra").
# A name in quotes (the "Shayrat"-style wire quoting of a base's or an operation's name) is still the name.
_CAP = r"[\"\u201c\u2018]?(?:(?:al|el|ad|as|an|ar|at|ash)-)?[A-Z][\w'\u2019.-]*[\"\u201d]?"
_NAME_BEFORE = re.compile(rf"((?:{_CAP}\s+){{1,5}})$")
_NAME_AFTER = re.compile(rf"^\s*,?\s*((?:{_CAP}\s*){{1,3}})")
_NAME_OF = re.compile(rf"^\s+(?:of|in|at)\s+((?:{_CAP}\s*){{1,3}})")


@dataclass(frozen=True)
class Details:
    """The details lexicon (data/dedup/details.toml): target classes, toll-update phrases, name stopwords."""

    targets: dict[str, re.Pattern[str]]
    any_target: re.Pattern[str]  # every target noun of every class in one pattern (a cheap first pass)
    context: re.Pattern[str]
    recall: re.Pattern[str]
    recall_after: re.Pattern[str]
    recall_dated: re.Pattern[str]  # the recall phrases that only date an incident back from the report
    updates: re.Pattern[str]
    stopwords: frozenset[str]
    said_on_day: re.Pattern[str] = re.compile(r"(?!)")  # a weekday told as the day something was said ([said])
    another: re.Pattern[str] = re.compile(r"(?!)")  # words that tell a further event of the report ([another])
    cause: re.Pattern[str] = re.compile(r"(?!)")  # what a crowd gathered over follows these ([cause] cues)
    cause_incident: re.Pattern[str] = re.compile(r"(?!)")  # a cause that is an incident of its own ([cause] incident)
    cause_ignore: frozenset[str] = frozenset()  # words that tell no cause from another ([cause] ignore)
    cause_victim: re.Pattern[str] = re.compile(r"(?!)")  # a mob's victim follows these ([cause] victim)


def _sources() -> list[str]:
    texts = [resources.files("eventcoder.data.dedup").joinpath("details.toml").read_text(encoding="utf-8")]
    home = os.environ.get("EVENTCODER_HOME")
    user = Path(home) / "lexicons" / "details.toml" if home else None
    if user is not None and user.is_file():
        texts.append(user.read_text(encoding="utf-8"))
    return texts


@functools.cache
def details() -> Details:
    """The details lexicon, bundled plus ``$EVENTCODER_HOME/lexicons/details.toml`` (lists appended)."""
    targets: dict[str, list[str]] = {}
    updates: list[str] = []
    cues: list[str] = []
    recall: list[str] = []
    after: list[str] = []
    dated: list[str] = []
    stop: list[str] = []
    verbs: list[str] = []
    recipients: list[str] = []
    further: list[str] = []
    cause: list[str] = []
    cause_ignore: list[str] = []
    incident: list[str] = []
    victim: list[str] = []
    for text in _sources():
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"details.toml: not valid TOML ({exc}); fix the lexicon file") from exc
        for key, items in (data.get("targets") or {}).items():
            targets.setdefault(key, []).extend(items)
        updates.extend((data.get("updates") or {}).get("phrases") or [])
        cues.extend((data.get("context") or {}).get("cues") or [])
        recall.extend((data.get("recall") or {}).get("phrases") or [])
        dated.extend((data.get("recall") or {}).get("dated") or [])
        after.extend((data.get("recall") or {}).get("after") or [])
        stop.extend((data.get("names") or {}).get("ignore") or [])
        verbs.extend((data.get("said") or {}).get("verbs") or [])
        recipients.extend((data.get("said") or {}).get("recipients") or [])
        further.extend((data.get("another") or {}).get("phrases") or [])
        cause.extend((data.get("cause") or {}).get("cues") or [])
        cause_ignore.extend((data.get("cause") or {}).get("ignore") or [])
        incident.extend((data.get("cause") or {}).get("incident") or [])
        victim.extend((data.get("cause") or {}).get("victim") or [])
    try:
        compiled = {key: re.compile(r"\b(?:" + "|".join(sorted(set(items), key=len, reverse=True)) + r")\b", re.I)
                    for key, items in targets.items()}
        every = sorted({i for items in targets.values() for i in items}, key=len, reverse=True)
        any_target = re.compile(r"\b(?:" + "|".join(every) + r")\b" if every else r"(?!)", re.I)
        update_re = re.compile("|".join(f"(?:{p})" for p in updates) or r"(?!)", re.I)
        recall_re = re.compile("|".join(f"(?:{p})" for p in [*recall, *dated]) or r"(?!)", re.I)
        dated_re = re.compile("|".join(f"(?:{p})" for p in dated) or r"(?!)", re.I)
        after_re = re.compile("|".join(f"(?:{p})" for p in after) or r"(?!)", re.I)
        context_re = re.compile(r"\b(?:" + "|".join(sorted(set(cues), key=len, reverse=True)) + r")\b" if cues
                                else r"(?!)", re.I)
        said_re = _said_on_day(verbs, recipients)
        another_re = re.compile("|".join(f"(?:{p})" for p in further) or r"(?!)", re.I)
        cause_re, victim_re = _clause_after(cause), _clause_after(victim)
    except re.error as exc:
        raise ConfigError(f"details.toml: a pattern is not a valid regular expression ({exc})") from exc
    return Details(compiled, any_target, context_re, recall_re, after_re, dated_re, update_re,
                   frozenset(w.casefold() for w in stop), said_re, another_re, cause_re,
                   _words_re(incident), frozenset(w.casefold() for w in cause_ignore), victim_re)


def _clause_after(cues: list[str]) -> re.Pattern[str]:
    """The rest of the clause after any of these cues (group 1), up to a comma or the sentence's end."""
    return re.compile(r"\b(?:" + "|".join(sorted(set(cues), key=len, reverse=True)) + r")\s+([^.;:!?,]{3,120})"
                      if cues else r"(?!)", re.I)


@dataclass(frozen=True, slots=True)
class Profile:
    """Facts from the text around a record's evidence that decide merges (all optional).

    ``date_kind``: how the record's date was read: ``explicit`` (a written date), ``relative`` (a weekday,
    "yesterday"), ``inherited`` (no date words of its own) or ``none`` (no date). ``weekday``: 0 (Monday) to 6,
    named for the event in its sentences. ``published``: the report's publication date (the event cannot be
    later); ``latest``: the latest full date the report gives (it was written that day or later);
    ``written_month``: the month the page was written, from a month date line or its address ("2023-01").
    ``targets``: target classes its sentences name (data/dedup/details.toml); ``named``: targets named with a proper name, as
    ``class:word word``. ``lead``: the event is told in the headline or first of the report's events.
    ``toll_update``: its toll is stated as an update of an earlier one ("the toll rose to 32").
    ``recalled``: a sentence of its trigger, notes or place recalls an earlier incident ("comes a week after").
    ``background``: the extraction flagged the record as an earlier incident recalled in passing.
    ``province``: its place is written as a province, state or region ("the province of Idlib", "Zamfara
    State"): the text gives only that larger area, whatever town of the same name the place was resolved to.
    ``population``: the gazetteer's population of the record's place (0 or None: not known), so that a
    neighbourhood can be told to lie inside the city another report names (``merge``: a city's extent).
    ``unresolved``: the names the record's sentences give as places ("in the village of X", "an attack on X") that
    the gazetteer did not resolve, case-folded: two reports naming the same village the gazetteer lacks name one
    place (one report's record placed at the district town it gave, the other's nowhere).
    ``daypart``: the part of its weekday the record's sentences give: ``early`` ("early Tuesday", "Tuesday morning",
    "before dawn on Tuesday"), ``late`` ("late Monday", "Monday night", "Monday evening"), ``day`` ("Monday
    afternoon"), or None; so that weekdays a day apart are one night only when the hours allow it.
    ``another``: the sentence of its trigger or place tells it as a further event of the report ("another strike",
    "also", "elsewhere", "in a separate attack"), not as its lead incident told again from a reference point.
    ``cause``: for a crowd (Protests, Riots) gathered over an incident of its own (the death, killing, arrest ...
    of someone: data/dedup/details.toml [cause] incident), the content words of what it gathered over, from its
    sentences ("rioted over the killing of a vendor": killing, vendor), case-folded. An issue (prices, a law) is
    not kept: a campaign's day brings several crowds of one city out over one issue.
    ``arrests``: for a crowd, the number its sentences say were arrested or detained ("police detained 14").
    ``crowd``: for a crowd, how many its sentences say took part, when a figure is given ("around 500 marched",
    "a crowd of 2,000"; not "hundreds", a vague lower bound), the largest; so that a march of 500 and a group of 20
    that broke windows the same day are told apart.
    ``group``: for a crowd, who gathered, in its own words: the noun of the people its sentences say protested,
    marched or rioted ("market traders rioted", "a protest by university students": traders, students), singular,
    case-folded; not a word that names any crowd (protesters, people, residents, youths, hundreds).
    ``villages``: the settlements its sentences name as such ("Butura village", "the village of Mushu", "the
    hamlet of X"), case-folded, that are not the record's own resolved place: where it happened, below the place
    the record was coded at.
    """

    date_kind: str = "none"
    weekday: int | None = None
    published: str | None = None
    latest: str | None = None
    written_month: str | None = None
    targets: tuple[str, ...] = ()
    named: tuple[str, ...] = ()
    lead: bool = False
    toll_update: bool = False
    recalled: bool = False
    background: bool = False
    province: bool = False
    population: int | None = None
    unresolved: tuple[str, ...] = ()
    daypart: str | None = None
    another: bool = False
    cause: tuple[str, ...] = ()
    arrests: int | None = None
    crowd: int | None = None
    group: tuple[str, ...] = ()
    villages: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict of the facts that differ from the empty profile (the rest are defaults)."""
        return {name: value for name in _PROFILE_FIELDS if (value := getattr(self, name)) != _EMPTY[name]}

    @classmethod
    def of(cls, rec: EventRecord) -> Profile:
        """What the record alone says (its date evidence), for records stored without their document."""
        quotes = " ".join(e.quote for e in rec.evidence if e.field == "event_date")
        return cls(date_kind=_date_kind(rec), weekday=weekday_in(quotes) if quotes else None,
                   background=rec.background)

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Profile:
        """The profile of a stored dict (unknown keys ignored; None gives the empty profile)."""
        if not data:
            return cls()
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        for key in ("targets", "named", "unresolved", "cause"):
            if key in known:
                known[key] = tuple(known[key] or ())
        return cls(**known)


_PROFILE_FIELDS = tuple(Profile.__dataclass_fields__)
_EMPTY = {name: getattr(Profile(), name) for name in _PROFILE_FIELDS}


_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# An agency or outlet told something: one to three capitalised words ("told AFP", "told the Associated Press").
_NAMED_RECIPIENT = r"(?:the\s+)?[A-Z][\w.'\u2019&-]*(?:\s+[A-Z][\w.'\u2019&-]*){0,2}"


def _words_re(words: list[str]) -> re.Pattern[str]:
    """One case-insensitive pattern of the alternatives ``words`` on word boundaries (never matching when empty)."""
    if not words:
        return re.compile(r"(?!)")
    return re.compile(r"\b(?:" + "|".join(sorted(set(words), key=len, reverse=True)) + r")\b", re.I)


def _said_on_day(verbs: list[str], recipients: list[str]) -> re.Pattern[str]:
    """A weekday attached to a speech verb: "said on Friday", "said late Friday", "on Friday said", "told
    reporters on Friday" (only a recipient of ``recipients`` or a capitalised name between "told" and the day)."""
    if not verbs:
        return re.compile(r"(?!)")
    verb = "(?i:" + "|".join(sorted(set(verbs), key=len, reverse=True)) + ")"
    whom = "|".join(sorted(set(recipients), key=len, reverse=True))
    whom = f"(?:(?i:{whom})|{_NAMED_RECIPIENT})" if whom else _NAMED_RECIPIENT
    when = rf"(?:(?:late|early)\s+(?:on\s+)?|on\s+)?{_DAY}\b"
    return re.compile(rf"\b{verb}\s+{when}|\b(?i:told|tells)\s+{whom}\s+{when}|\bon\s+{_DAY}\s+{verb}\b")


def weekday_in(text: str) -> int | None:
    """The one weekday the text names ("on Tuesday", "Tuesday night"), None when none or several.

    A weekday told as the day something was said, attached to the speech verb ("the attack on Tuesday, officials
    said on Wednesday"; data/dedup/details.toml [said]), is set aside when another weekday is left: that one is the
    incident's. A weekday a few words after the verb is the incident's ("police said gunmen struck on Tuesday").
    """
    found = {m.group(1).casefold() for m in _WEEKDAY_RE.finditer(text)}
    if len(found) > 1:
        kept = details().said_on_day.sub(" ", text)
        found = {m.group(1).casefold() for m in _WEEKDAY_RE.finditer(kept)} or found
    return _WEEKDAYS.index(found.pop()) if len(found) == 1 else None


def _sentence_spans(doc: Document, starts: Iterable[int]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for start in sorted(set(starts)):
        for s in doc.sentences:
            if s.start <= start < s.end:
                if (s.start, s.end) not in spans:
                    spans.append((s.start, s.end))
                break
    return spans


def _record_spans(doc: Document, rec: EventRecord) -> list[tuple[int, int]]:
    """The spans of the sentences of the record's trigger and notes evidence (the evidence's own without sentences)."""
    core = [e for e in rec.evidence if e.field in ("event_type", "sub_event_type", "notes")]
    spans = _sentence_spans(doc, (e.start for e in core)) if doc.sentences else []
    return spans or [(e.start, e.end) for e in core]


def _date_kind(rec: EventRecord, doc: Document | None = None) -> str:
    """How the record's date was read: explicit, relative, published (the page's date line), inherited or none."""
    if not rec.event_date:
        return "none"
    dates = [e for e in rec.evidence if e.field == "event_date"]
    if not dates:
        return "inherited"
    if any(_ISO_DATE.match(e.quote) for e in dates) or (doc is not None and _in_date_line(doc, dates)):
        # "date 2021-02-26" above the article: when the page was written, not when the event happened.
        return "published"
    if any(_RELATIVE_RE.search(e.quote) and not _HAS_DIGIT.search(e.quote) for e in dates):
        return "relative"
    return "explicit"


def report_dated(rec: EventRecord, prof: Profile) -> bool:
    """Whether the record's date is only its report's date: the page's date line, or the publication date it took.

    Extraction dates an incident whose sentences give no day with the page's publication date (``inherited``:
    no date evidence of its own). That says when the report was written, not when the event happened: the
    event was that day or before it, as with a date line.
    """
    if not rec.event_date:
        return False
    if prof.date_kind == "published":
        return True
    return prof.date_kind == "inherited" and bool(prof.published) and rec.event_date[:10] == (prof.published or "")[:10]


_DATE_LABEL = re.compile(r"\s*(?:date|dated)?\s*:?\s*|.{0,80}\b(?:published|posted|updated)\b.{0,80}", re.I)


def _in_date_line(doc: Document, dates: list[Evidence]) -> bool:
    """The dates open a line near the top of the page, alone or after a label ("Published:"): a date line."""
    for e in dates:
        if e.start >= _DATE_LINE_CHARS:
            return False
        line_start = doc.text.rfind("\n", 0, e.start) + 1
        if not _DATE_LABEL.fullmatch(doc.text[line_start:e.start]):
            return False
    return True


def _url_day(url: str | None) -> str | None:
    """The publication day written in a page's address, or None (a month alone, "/2021/06/", is no day)."""
    found = url_date(url)
    return found.isoformat() if found is not None else None


def _published(doc: Document) -> str | None:
    """The page's date: its publication date, else the machine-written date of its date line, else its address's."""
    if doc.published:
        return doc.published[:10]
    for d in doc.dates:
        if d.date and d.start < _DATE_LINE_CHARS and _ISO_DATE.match(d.text or ""):
            return d.date[:10]
    return _url_day(doc.url)


# A date line of month precision opening a line near the top ("date 2023-01"): the page was written that month.
_MONTH_LINE = re.compile(r"^[ \t]*(?:date|dated|published|posted)?[ \t]*:?[ \t]*((?:19|20)\d\d)-(0[1-9]|1[0-2])(?![-\d])",
                         re.I | re.M)


def _page_month(doc: Document) -> str | None:
    """The month the page was written ("2023-01"), from a month-precise date line or its address's path."""
    line = _MONTH_LINE.search(doc.text[:_DATE_LINE_CHARS])
    if line is not None:
        return f"{line.group(1)}-{line.group(2)}"
    found = url_date_parts(doc.url)
    return f"{found[0]}-{found[1]:02d}" if found is not None else None


def _latest(doc: Document) -> str | None:
    """The latest full date the report writes out: it was written that day or later.

    A month-precise date line ("date 2023-01"), or a page address with its month ("/2021/06/"), counts as the
    first day of its month: the page was written that month, so it cannot be a fresh report of an event years
    before.
    """
    full = [d.date for d in doc.dates if d.date and d.precision == 1 and d.kind == "explicit"]
    month = _page_month(doc)
    if month is not None:
        full.append(f"{month}-01")
    valid = []
    for value in full:
        try:
            valid.append(date.fromisoformat(value[:10]))
        except ValueError:
            continue
    return max(valid).isoformat() if valid else None


def _name_words(text: str, stop: frozenset[str], noun: str) -> str:
    words = [w.strip(".,\"\u201c\u201d\u2018\u2019").casefold() for w in text.split()]
    # "Nigeria's", "Western-style": a place's possessive or an adjective, not a name of the target
    words = [w for w in words if w and w not in stop and not re.search(r"['\u2019]s$|-style$", w)
             and w != noun.casefold() and not w.endswith(noun.casefold())]
    return " ".join(words)


_CONTEXT_WORDS = 6  # a target noun counts when a context cue is at most this many words before it


def _in_context(sentence: str, start: int, lex: Details) -> bool:
    before = sentence[:start].split()[-_CONTEXT_WORDS:]
    return bool(lex.context.search(" ".join(before)))


def named_targets(sentence: str, lexicon: Details | None = None,
                  ignore: frozenset[str] = frozenset()) -> tuple[set[str], set[str]]:
    """The target classes a sentence names, and those named with a proper name (``class:name words``).

    ``ignore``: words that do not name a target (the record's own place names: they are compared as places).
    """
    lex = lexicon or details()
    classes: set[str] = set()
    named: set[str] = set()
    stop = lex.stopwords | ignore
    if not lex.any_target.search(sentence):
        return classes, named
    for cls, pattern in lex.targets.items():
        for m in pattern.finditer(sentence):
            if not _in_context(sentence, m.start(), lex):
                continue
            classes.add(cls)
            before = _NAME_BEFORE.search(sentence[: m.start()])
            after = _NAME_AFTER.match(sentence[m.end():]) or _NAME_OF.match(sentence[m.end():])
            parts = []
            if before and before.start() > 0 and sentence[before.start() - 1] not in ".!?\n":
                parts.append(before.group(1))
            if after:
                parts.append(after.group(1))
            words = _name_words(" ".join(parts), stop, m.group(0))
            if words:
                named.add(f"{cls}:{words}")
    return classes, named


def _place_words(doc: Document, rec: EventRecord) -> frozenset[str]:
    """Words of the record's own place names and of the report's provinces and countries."""
    names = [rec.location, rec.admin1, rec.admin2, rec.country]
    names += [p.surface for p in doc.places if p.feature in ("country", "admin1", "region") or (p.geo_precision or 0) >= 3]
    names += [p.name for p in doc.places if p.name and p.name == rec.location]
    return frozenset(w.casefold() for n in names if n for w in re.split(r"[\s,-]+", n) if w)


def _population(doc: Document, rec: EventRecord) -> int | None:
    """The gazetteer's population of the record's place (the resolution of its geonameid), None when unknown."""
    if rec.geonameid is None:
        return None
    found = [p.population for p in doc.places if p.resolved and p.geonameid == rec.geonameid and p.population]
    return max(found) if found else None


# A place the text names: after "in", "at", "near", "outside", "around", "the village (town, ...) of" or "an attack
# (raid, assault) on", one to three capitalised words.
_PLACE_CUE = re.compile(
    r"\b(?:(?:in|at|near|outside|around)\s+(?:the\s+)?(?:(?:village|town|locality|commune|hamlet|settlement)\s+of\s+)?"
    r"|(?:village|town|locality|commune|hamlet|settlement)\s+of\s+|(?:attacks?|raids?|assault)\s+on\s+)"
    r"([A-Z][a-z][\w'\u2019-]*(?:[ -][A-Z][a-z][\w'\u2019-]*){0,2})")
# ... or before "village" ("attacked Butura village in Bokkos"): a settlement named below the record's place.
_PLACE_BEFORE = re.compile(r"\b([A-Z][a-z][\w'\u2019-]*(?:[ -][A-Z][a-z][\w'\u2019-]*){0,2})\s+(?:village|hamlet|settlement)\b")
_NOT_PLACES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december the state region province district area capital city town village "
    "north south east west northern southern eastern western central islamic christmas easter ramadan eid "
    "new year".split())
_PEOPLE = re.compile(r"(?:ians|ans|ists|ites|ese|ers)$")  # "an attack on Christians", "on Shiites": people


def _known_words(doc: Document, rec: EventRecord, named: set[str]) -> frozenset[str]:
    """Words that name no unresolved place: the resolved places, the record's actors and country, named targets."""
    names = [w for p in doc.places for w in (p.surface, p.name, p.country) if w]
    names += [x for x in (rec.actor1, rec.actor2, rec.assoc_actor_1, rec.assoc_actor_2, rec.country) if x]
    names += [n.partition(":")[2] for n in named]
    return frozenset(w.casefold() for n in names for w in re.split(r"[\s,:;()'\u2019-]+", n) if w)


def _unresolved(doc: Document, rec: EventRecord, sentences: list[str], named: set[str]) -> tuple[str, ...]:
    """The unresolved place names of a record's sentences (see ``Profile.unresolved``), case-folded."""
    found: set[str] = set()
    known: frozenset[str] | None = None
    for sentence in sentences:
        for m in _PLACE_CUE.finditer(sentence):
            known = known if known is not None else _known_words(doc, rec, named)
            words = [w.casefold() for w in re.split(r"[ -]", m.group(1))]
            if not any(w in known or w in _NOT_PLACES for w in words) and not _PEOPLE.search(words[-1]):
                found.add(" ".join(words))
    return tuple(sorted(found))


_VILLAGE_OF = re.compile(r"\b(?:village|hamlet|settlement)\s+of\s+([A-Z][a-z][\w'\u2019-]*(?:[ -][A-Z][a-z][\w'\u2019-]*){0,2})")


def _villages(doc: Document, rec: EventRecord, sentences: list[str]) -> tuple[str, ...]:
    """The settlements a record's sentences name as villages (``Profile.villages``), case-folded."""
    own = _place_words(doc, rec)
    found = set()
    for sentence in sentences:
        for m in (*_VILLAGE_OF.finditer(sentence), *_PLACE_BEFORE.finditer(sentence)):
            words = [w.casefold() for w in re.split(r"[ -]", m.group(1))]
            if not any(w in own or w in _NOT_PLACES for w in words):
                found.add(" ".join(words))
    return tuple(sorted(found))


def _weekday(rec: EventRecord, sentences: list[str]) -> int | None:
    quotes = " ".join(e.quote for e in rec.evidence if e.field == "event_date")
    if quotes:
        found = weekday_in(quotes)
        if found is not None:
            return found
    return weekday_in(" ".join(sentences))


_DAYPARTS = (
    ("early", re.compile(rf"\b(?:early\s+(?:on\s+)?{_DAY}|{_DAY}\s+morning|(?:before\s+)?dawn\s+on\s+{_DAY}|early\s+hours\s+of\s+{_DAY})\b", re.I)),
    ("late", re.compile(rf"\b(?:late\s+(?:on\s+)?{_DAY}|{_DAY}\s+(?:night|evening))\b", re.I)),
    ("day", re.compile(rf"\b{_DAY}\s+(?:afternoon|noon|midday)\b", re.I)),
)


def _daypart(rec: EventRecord, sentences: list[str]) -> str | None:
    """The part of the day its weekday phrase gives (``Profile.daypart``), None when none or several."""
    quotes = " ".join(e.quote for e in rec.evidence if e.field == "event_date")
    for text in (quotes, " ".join(sentences)):
        if not text or not _WEEKDAY_RE.search(text):
            continue
        found = {name for name, pattern in _DAYPARTS if pattern.search(details().said_on_day.sub(" ", text))}
        return found.pop() if len(found) == 1 else None
    return None


def _another(doc: Document, rec: EventRecord, spans: list[tuple[int, int]], lex: Details) -> bool:
    """Whether the sentence of the record's trigger, notes or place tells it as a further event ([another])."""
    marks = [e.start for e in rec.evidence if e.field == "location"]
    extra = _sentence_spans(doc, marks) if doc.sentences and marks else []
    return any(lex.another.search(doc.text[a:b]) for a, b in [*spans, *extra])


def _toll_update(doc: Document, rec: EventRecord, lex: Details) -> bool:
    starts = [e.start for e in rec.evidence if e.field == "fatalities"]
    if not starts or not rec.fatalities:
        return False
    spans = _sentence_spans(doc, starts) if doc.sentences else []
    texts = [doc.text[a:b] for a, b in spans] or [e.quote for e in rec.evidence if e.field == "fatalities"]
    return any(lex.updates.search(t) for t in texts)


def _recalled(doc: Document, rec: EventRecord, spans: list[tuple[int, int]], lex: Details) -> bool:
    """Whether the record's trigger, notes or place is told as an earlier incident recalled in passing."""
    return _recall_kind(doc, rec, spans, lex) is not None


def _recall_kind(doc: Document, rec: EventRecord, spans: list[tuple[int, int]], lex: Details) -> str | None:
    """How the record is told as an earlier incident: None (it is not), ``dated`` (only by words that date it back
    from the report: "last week", "three days ago") or ``earlier`` (as another incident: "comes a week after")."""
    marks = [e.start for e in rec.evidence if e.field in ("location", "event_type", "sub_event_type")]
    extra = _sentence_spans(doc, marks) if doc.sentences else []
    kind = None
    for a, b in [*spans, *extra]:
        sentence = doc.text[a:b]
        cue = lex.recall_after.search(sentence)
        if cue is not None and any(a + cue.end() <= m < b for m in marks):
            return "earlier"  # "... comes a week after gunmen struck the school in Kagara": Kagara is the earlier one
        if lex.recall.search(sentence):
            if lex.recall.search(lex.recall_dated.sub(" ", sentence)):
                return "earlier"
            kind = "dated"
    return kind


def _told_later(doc: Document, profs: list[Profile]) -> list[Profile]:
    """A report none of whose records is fresh, that dates its incident back from itself by days or weeks ("killed
    17 people in an attack last week") and whose record's date was read from the report, is a later report of
    that incident, not a recall of it in passing: a follow-up tells its own incident so. Its records dated so are
    not recalled. A record dated only by its page (the publication day it took, or a date line) stays recalled:
    un-recalled, it would look like a fresh incident of the day the page was written."""
    if any(not p.recalled for p in profs):
        return profs
    lex = details()
    return [replace(p, recalled=False)
            if rec.event_date and not report_dated(rec, p)
            and _recall_kind(doc, rec, _record_spans(doc, rec), lex) == "dated" else p
            for rec, p in zip(doc.events, profs, strict=True)]


def _place_recalled(doc: Document, rec: EventRecord, lex: Details) -> bool:
    """Whether the record's place is named in a sentence that recalls an earlier incident, after its cue.

    "Gunmen abducted pupils in Jangebe on Friday. This comes days after gunmen struck a school in Kagara": the
    second place is the earlier incident's, whatever the trigger words the two records share.
    """
    marks = [e.start for e in rec.evidence if e.field == "location"]
    if not marks or not doc.sentences:
        return False
    for a, b in _sentence_spans(doc, marks):
        sentence = doc.text[a:b]
        cue = lex.recall_after.search(sentence) or lex.recall.search(sentence)
        if cue is not None and any(a + cue.start() <= m < b for m in marks):
            return True
    return False


# A place written as a first-level unit: "the province of Idlib", "Idlib province", "Zamfara State".
_UNIT = r"(?:province|state|governorate|oblast|region|prefecture|department)"
_UNIT_BEFORE = re.compile(rf"\b{_UNIT}\s+of\s+(?:the\s+)?$", re.I)
_UNIT_AFTER = re.compile(rf"^\s+{_UNIT}\b(?!\s+capital)", re.I)  # not "the Sinaloa state capital"


def _province(doc: Document, rec: EventRecord) -> bool:
    """Whether every mention of the record's place is written as a province or state ("the province of Idlib").

    ACLED codes such a place to the province (geo_precision 3), even when a town of the same name is its capital.
    """
    marks = [e for e in rec.evidence if e.field == "location"]
    if not marks:
        return False
    return all(_UNIT_BEFORE.search(doc.text[max(0, e.start - 40):e.start])
               or _UNIT_AFTER.match(doc.text[e.end:e.end + 20]) for e in marks)


def _skeleton(name: str | None) -> str:
    """A name's consonants, case-folded ("Idlib" / "Idleb" are one skeleton); as ``merge._skeleton``."""
    return re.sub(r"[^a-z]|[aeiouy]", "", " ".join((name or "").split()).casefold())


def _namesake(rec: EventRecord) -> bool:
    """Whether the record is placed at the town its province is named after ("Idlib" in Idlib), town-precise."""
    place = _skeleton(rec.location)
    return bool(place) and (rec.geo_precision or 1) < 3 and _skeleton(rec.admin1).startswith(place)


def _province_namesakes(doc: Document, profs: list[Profile]) -> list[Profile]:
    """A record at its province's namesake town, beside a record of the report at another town of that province,
    is the province as the report tells it ("the attack in Khan Shaykhun ... the strike in Idlib"): one place at
    two precisions, not a second town (a province-precise place, as ``_province``).

    A town-precise namesake record with a toll of its own stays the town: a figure for the capital is an incident
    told on its own ("five killed in Idlib city"). A record only *near* the namesake (geo_precision 2) may keep
    its toll: news measures distances from the provincial capital ("90 km north of Idlib"), so "near the capital"
    beside a town of its province is that town's incident told through its reference point, not a second place.
    """
    out = []
    for rec, prof in zip(doc.events, profs, strict=True):
        counted = rec.fatalities > 0 or any(e.field == "fatalities" for e in rec.evidence)
        if not prof.province and _namesake(rec) and not (counted and (rec.geo_precision or 1) == 1) and any(
                o is not rec and o.admin1 == rec.admin1 and o.location and not _namesake(o)
                and (o.geo_precision or 1) < 3 for o in doc.events):
            prof = replace(prof, province=True)
        out.append(prof)
    return out


def _trigger(rec: EventRecord) -> int:
    found = [e.start for e in rec.evidence if e.field in ("event_type", "sub_event_type")]
    return min(found) if found else 10**9


def _in_title(doc: Document, offset: int) -> bool:
    return any(s.kind == "title" and s.start <= offset < s.end for s in doc.sections)


def profile(doc: Document, rec: EventRecord, *, first: bool = False) -> Profile:
    """The profile of one of ``doc``'s records; ``first``: its trigger comes first among the document's records."""
    lex = details()
    spans = _record_spans(doc, rec)
    sentences = [doc.text[a:b] for a, b in spans]
    classes: set[str] = set()
    named: set[str] = set()
    own = _place_words(doc, rec)
    for sentence in sentences:
        c, n = named_targets(sentence, lex, own)
        classes |= c
        named |= n
    return Profile(
        date_kind=_date_kind(rec, doc),
        weekday=_weekday(rec, sentences),
        published=_published(doc),
        latest=_latest(doc),
        written_month=_page_month(doc),
        targets=tuple(sorted(classes)),
        named=tuple(sorted(named)),
        lead=first or _in_title(doc, _trigger(rec)),
        toll_update=_toll_update(doc, rec, lex),
        recalled=_recalled(doc, rec, spans, lex),
        background=rec.background,
        province=_province(doc, rec),
        population=_population(doc, rec),
        unresolved=_unresolved(doc, rec, sentences, named),
        daypart=_daypart(rec, sentences),
        another=_another(doc, rec, spans, lex),
        cause=_cause(rec, sentences, lex, own),
        arrests=_arrests(rec, [doc.text[a:b] for a, b in _sentence_spans(doc, (e.start for e in rec.evidence))]
                         if doc.sentences else sentences),
        crowd=_crowd_size(rec, sentences),
        group=_crowd_group(rec, sentences),
        villages=_villages(doc, rec, sentences),
    )


_CROWD_TYPES = frozenset({"Protests", "Riots"})
# A crowd report's arrests or looting at the crowd's place are its steps (merge.co_occurring), not another incident.
_CROWD_STEPS = frozenset({"Arrests", "Looting/property destruction"})
_CAUSE_WORD = re.compile(r"[^\W\d_][\w'\u2019-]{3,}")
# "police arrested 14 people", "14 protesters were detained", "detained at least 30"
_COUNT = (r"(?:(?:at least|about|some|nearly|more than|over|around)\s+)?(?:\d+|(?:one|two|three|four|five|six|seven|"
          r"eight|nine|ten|eleven|twelve|a dozen|dozens|scores|hundreds|(?:thir|four|fif|six|seven|eigh|nine)teen|"
          r"(?:twen|thir|for|fif|six|seven|eigh|nine)ty(?:-[a-z]+)?)\b)")
_ARRESTS = re.compile(rf"(?:\b(?:arrested|detained|rounded up)\s+(?P<after>{_COUNT})|"
                      rf"\b(?P<before>{_COUNT})\s+(?:[a-z]+\s+){{0,2}}(?:were|had been|have been|was)\s+"
                      r"(?:also\s+)?(?:arrested|detained))", re.I)


# "around 500 members of women's groups", "20 women marched", "a crowd of 2,000": a figure before a noun of people
# (up to three words between), or after "a crowd of"; figures of the arrested, killed or injured are not the crowd.
_PARTICIPANTS = re.compile(
    rf"(?:\b(?P<before>{_COUNT})\s+(?:[\w'-]+\s+){{0,3}}?(?:people|persons|protesters|protestors|demonstrators|"
    r"marchers|rioters|members|supporters|activists|students|women|men|youths?|residents|workers|farmers|teachers|"
    r"villagers|traders|mourners|participants|citizens)\b(?!\s+(?:were|had been|have been)\s+(?:\w+\s+)?"
    r"(?:arrested|detained|killed|injured|wounded|hurt))|"
    rf"\bcrowds?\s+of\s+(?:some\s+|about\s+|around\s+|over\s+|more than\s+)?(?P<after>\d[\d,]*))", re.I)
_NOT_CROWD = re.compile(r"\b(?:arrest\w*|detain\w*|kill\w*|injur\w*|wound\w*|hurt|dead|died|shot)\s+(?:\w+\s+){0,2}$",
                        re.I)


def _crowd_size(rec: EventRecord, sentences: list[str]) -> int | None:
    """How many took part in a crowd, by a figure its sentences give (``Profile.crowd``), else None."""
    if rec.event_type not in _CROWD_TYPES:
        return None
    sizes = []
    for sentence in sentences:
        for m in _PARTICIPANTS.finditer(sentence):
            if _NOT_CROWD.search(sentence[max(0, m.start() - 40):m.start()]):
                continue  # "police arrested 23 protesters", "killed 3 people"
            number = NUMBER_RE.search(m.group("before") or m.group("after") or "")
            found = parse_quantity(number) if number else None
            if found is not None and found.value and not found.vague:
                sizes.append(int(found.value))
    return max(sizes) if sizes else None


# Who gathered: a plural noun of people right before a crowd verb ("farmers marched", "Residents of Jos staged a
# protest"), or after "a protest (march, riot ...) by" ("a demonstration by market traders").
_CROWD_VERB = (r"(?:protested|marched|rioted|rallied|demonstrated|staged|held|gathered|took\s+to|went\s+on|"
               r"blocked|stormed|went\s+on\s+the\s+rampage|have\s+protested|were\s+protesting|are\s+protesting)")
_GROUP_BEFORE = re.compile(r"\b([A-Za-z][a-z-]*(?:s|men|women|people|folk))(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?"
                           r"(?:\s+(?:peacefully|angrily|again|also))?\s+" + _CROWD_VERB + r"\b")
_GROUP_BY = re.compile(r"\b(?:protests?|demonstrations?|march(?:es)?|rall(?:y|ies)|riots?|strikes?|sit-ins?|"
                       r"gatherings?)\s+(?:staged\s+|held\s+|organised\s+|organized\s+)?by\s+(?:the\s+)?"
                       r"(?:(?:hundreds|thousands|dozens|scores)\s+of\s+)?((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)", re.I)
_GROUP_STOP = re.compile(r"\s+(?:against|over|in|on|at|from|who|for|to|and|with|after|demanding|near)\b.*$")
# Nouns that any crowd is told with: they say nothing of who gathered.
_ANY_CROWD = frozenset(
    "protester protestor demonstrator rioter marcher people person resident citizen youth hundred thousand dozen "
    "score crowd member supporter local villager other participant men women mob group activist".split())


def _group_noun(phrase: str) -> str:
    """The head noun of a phrase of people, singular and case-folded ("market traders": trader), '' if generic."""
    words = _GROUP_STOP.sub("", phrase.casefold()).split()
    if not words:
        return ""
    head = words[-1]
    head = head[:-1] if head.endswith("s") and not head.endswith("ss") else head
    return "" if head in _ANY_CROWD or len(head) < 3 else head


def _crowd_group(rec: EventRecord, sentences: list[str]) -> tuple[str, ...]:
    """Who a crowd record's sentences say gathered (``Profile.group``)."""
    if rec.event_type not in _CROWD_TYPES:
        return ()
    found: set[str] = set()
    for sentence in sentences:
        for m in _GROUP_BEFORE.finditer(sentence):
            word = m.group(1)
            if word[0].isupper() and m.start(1) > 0 and sentence[:m.start(1)].rstrip()[-1:] not in ".!?\n":
                continue  # a proper name mid-sentence ("in Jos staged"): not a noun of people
            found.add(_group_noun(word))
        for m in _GROUP_BY.finditer(sentence):
            found.add(_group_noun(m.group(1)))
    return tuple(sorted(found - {""}))


def _cause(rec: EventRecord, sentences: list[str], lex: Details, own: frozenset[str]) -> tuple[str, ...]:
    """What a crowd gathered over: the content words after a cause phrase of its sentences (``Profile.cause``)."""
    if rec.event_type not in _CROWD_TYPES:
        return ()
    words: set[str] = set()
    mob = rec.sub_event_type == "Mob violence"
    for sentence in sentences:
        for m in lex.cause.finditer(sentence):
            if not lex.cause_incident.search(m.group(0)):
                continue  # an issue, not an incident of its own
            found = [w.casefold() for w in _CAUSE_WORD.findall(m.group(1))][:8]
            words |= {w for w in found if w not in lex.cause_ignore and w not in own}
        for m in lex.cause_victim.finditer(sentence) if mob else ():
            # a mob's victim ("killed a trader accused of theft") is what a rally the same day may have demanded
            found = [w.casefold() for w in _CAUSE_WORD.findall(m.group(1))][:8]
            words |= {w for w in found if w not in lex.cause_ignore and w not in own}
    return tuple(sorted(words))


def _arrests(rec: EventRecord, sentences: list[str]) -> int | None:
    """How many its sentences say were arrested or detained, for a crowd record (the largest figure), else None."""
    if rec.event_type not in _CROWD_TYPES:
        return None
    counts = []
    for sentence in sentences:
        for m in _ARRESTS.finditer(sentence):
            number = NUMBER_RE.search(m.group("after") or m.group("before") or "")
            found = parse_quantity(number) if number else None
            if found is not None and found.value:
                counts.append(int(found.value))
    return max(counts) if counts else None


_VIOLENCE_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})


# A record dated more than this many days before the incident a fresh report leads with is an earlier incident
# the report recalls ("days after the attack on ..."): a day or two is the night or the morning after.
RECALL_DAYS = 2
# A report is fresh (about its lead incident, not a retrospective) when written within this many days of it.
FRESH_DAYS = 7


def _day(rec: EventRecord, prof: Profile) -> date | None:
    """The record's own exact day (not the page's date line), None when it has none."""
    if prof.date_kind not in ("explicit", "relative") or (rec.time_precision or 1) != 1 or not rec.event_date:
        return None
    try:
        return date.fromisoformat(rec.event_date[:10])
    except ValueError:
        return None


def _recalls_by_date(doc: Document, profs: list[Profile], first: int) -> list[Profile]:
    """Records a fresh report dates days before the incident it leads with are recalled in passing (background).

    News reports the latest incident and names earlier ones for context; an earlier incident told so adds no
    event and merges with none (its own reports tell it).
    """
    days = [d for d in (_day(r, p) for r, p in zip(doc.events, profs, strict=True)) if d is not None]
    # The lead's own day; when the lead has none, the latest day the report tells (news tells the latest).
    lead = _day(doc.events[first], profs[first]) or (max(days) if days else None)
    written = _written_day(profs[first])
    if lead is None or written is None or not 0 <= (written - lead).days <= FRESH_DAYS:
        return profs
    out = []
    for rec, prof in zip(doc.events, profs, strict=True):
        day = _day(rec, prof)
        if day is not None and (lead - day).days > RECALL_DAYS:
            prof = replace(prof, background=True, recalled=True)
        out.append(prof)
    return out


def _written_day(prof: Profile) -> date | None:
    value = prof.published or prof.latest
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def profiles(doc: Document) -> list[Profile]:
    """The profile of each of ``doc``'s records, in order (earlier incidents a fresh report recalls: background)."""
    if not doc.events:
        return []
    first = min(range(len(doc.events)), key=lambda i: (_trigger(doc.events[i]), i))
    profs = _told_later(doc, [profile(doc, rec, first=i == first) for i, rec in enumerate(doc.events)])
    fresh = [i for i, p in enumerate(profs) if not p.recalled]
    if profs[first].recalled and fresh and not _in_title(doc, _trigger(doc.events[first])):
        # The first trigger is told as an earlier incident ("a car bomb went off there earlier this month"): the
        # report leads with the first incident it tells as its own.
        first = min(fresh, key=lambda i: (_trigger(doc.events[i]), i))
        profs = [replace(p, lead=i == first or _in_title(doc, _trigger(doc.events[i]))) for i, p in enumerate(profs)]
    if not profs[first].recalled:
        # The report leads with its own incident; a record told as an earlier one ("comes a week after gunmen
        # struck ...") is that earlier incident in passing: it adds no event and merges with none.
        profs = [replace(p, background=True) if p.recalled and i != first else p for i, p in enumerate(profs)]
    elif not _place_recalled(doc, doc.events[first], details()):
        # The lead took a word of the recalling sentence, but its place is the report's own: a record whose place
        # is named after the recall cue is the earlier incident.
        lex = details()
        profs = [replace(p, background=True) if i != first and p.recalled and _place_recalled(doc, rec, lex) else p
                 for i, (rec, p) in enumerate(zip(doc.events, profs, strict=True))]
    profs = _crowd_report(doc, _report_names(doc, profs, first), first)
    return _recalls_by_date(doc, _province_namesakes(doc, profs), first)


def _unclaimed(doc: Document, lex: Details) -> list[str]:
    """The report's sentences no record's evidence is in and that recall no earlier incident: more of its lead."""
    claimed = {span for rec in doc.events for span in _record_spans(doc, rec)}
    out = []
    for s in doc.sentences:
        sentence = doc.text[s.start:s.end]
        if (s.start, s.end) in claimed or lex.recall.search(sentence) or lex.recall_after.search(sentence):
            continue
        out.append(sentence)
    return out


def _crowd_report(doc: Document, profs: list[Profile], first: int) -> list[Profile]:
    """The lead crowd record also takes the cause and the arrests its report tells in sentences of their own.

    A report tells its crowd in the lead ("hundreds rioted in the town on Tuesday") and what it was about, or how
    many were held, in a sentence of its own ("the unrest was sparked by the killing of ..."); another outlet tells
    them beside its trigger. Only when the report's records are all crowds of one place (or the arrests or looting
    there, its steps): a digest of several places' crowds gives each its own sentences.
    """
    lead, rec = profs[first], doc.events[first]
    if rec.event_type not in _CROWD_TYPES or lead.recalled or lead.background or not doc.sentences:
        return profs
    if any((o.event_type not in _CROWD_TYPES and o.sub_event_type not in _CROWD_STEPS) or o.location != rec.location
           for o in doc.events):
        return profs
    lex = details()
    rest = _unclaimed(doc, lex)
    cause = set(lead.cause) | set(_cause(rec, rest, lex, _place_words(doc, rec)))
    arrests = lead.arrests if lead.arrests is not None else _arrests(rec, rest)
    out = list(profs)
    out[first] = replace(lead, cause=tuple(sorted(cause)), arrests=arrests)
    return out


def _report_names(doc: Document, profs: list[Profile], first: int) -> list[Profile]:
    """The lead record also takes the targets named with a proper name in the report's unclaimed sentences.

    A report names its incident's target once, often in a sentence of its own ("About 60 missiles hit the Shayrat
    air base") while its record's evidence is in the lead ("strikes on a Syrian air base"); another outlet names it
    beside its trigger. A sentence no record's evidence is in, that recalls no earlier incident, tells more of the
    incident the report leads with. Only a name is taken (a proper name of a class the lead names, or any when it
    names none): unnamed nouns there ("taken to hospital") would only add noise. Only for political violence,
    where a named target is what the attack hit: a protest's report names the sites its grievance is about
    (distinct protests of one day, far apart, name the same shrine).
    """
    lead = profs[first]
    if (lead.recalled or lead.background or not doc.sentences
            or doc.events[first].event_type not in _VIOLENCE_TYPES):
        return profs
    lex = details()
    claimed = {span for rec in doc.events for span in _record_spans(doc, rec)}
    own = _place_words(doc, doc.events[first])
    named: set[str] = set()
    for s in doc.sentences:
        sentence = doc.text[s.start:s.end]
        if (s.start, s.end) in claimed or lex.recall.search(sentence) or lex.recall_after.search(sentence):
            continue
        named |= {n for n in named_targets(sentence, lex, own)[1]
                  if not lead.targets or n.partition(":")[0] in lead.targets}
    if named <= set(lead.named):
        return profs
    classes = set(lead.targets) | {n.partition(":")[0] for n in named}
    out = list(profs)
    out[first] = replace(lead, named=tuple(sorted(named | set(lead.named))), targets=tuple(sorted(classes)))
    return out
