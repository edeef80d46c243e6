"""The extraction engine as named components, each declaring the Document layers it reads and writes.

    cues        text, sentences                      -> cues, candidates     cheap pass over every sentence
    counts      text, candidates                     -> counts               casualty counts (counts.py)
    actors      text, candidates, country_focus      -> actors               actor dictionary (actors.py)
    frames      sentences, dates, places, cues, ...  -> frames               one frame per candidate sentence,
                                                                             background marked (background.py)
    roles       frames                               -> frames               perpetrators and targets (roles.py)
    typing      frames, cues                         -> frames               ACLED type or rejection (rules.py)
    incidents   frames                               -> incidents            one incident, one event (incidents.py)
    tolls       incidents                            -> incidents            killed and injured (tolls.py)
    coding      incidents, dates, places, ...        -> events, rejected     ACLED records (coding.py)

The engine reads the body's sentences; the headline's are read too, and give the events only when the
body gives none (a telegraphic item may carry its event only in the headline). Each component is a
small class with ``name``, ``reads``, ``writes`` and ``__call__(doc) -> doc``; ``Pipeline.analyze()``
checks that every layer a component reads is written before it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from typing import Any, Generic, Protocol, TypeVar

from eventcoder import countries
from eventcoder.extract.actors import ActorLexicon, ActorMention, country_label
from eventcoder.extract.background import is_background, mark_recalled
from eventcoder.extract.coding import Coder
from eventcoder.extract.counts import Count, CountReader
from eventcoder.extract.cues import Cue, CueLexicon, CueMatch
from eventcoder.extract.evidence import ARMED_KINDS, evidence
from eventcoder.extract.frames import TRIGGER_CLASSES, Decision, Frame, near_triggers
from eventcoder.extract.incidents import merge_frames, release_lead_totals, restore_lead_totals, share_lead_total
from eventcoder.extract.prefilter import Prefiltered
from eventcoder.extract.rejections import disaster_words_of_violence
from eventcoder.extract.roles import assign_roles, place_undecided, roles_from_parse
from eventcoder.extract.rules import classify
from eventcoder.extract.strategic import AGREEMENT_NEWS
from eventcoder.extract.tolls import MAX_SINGLE_TOLL, reconcile
from eventcoder.model import DateMention, Document, Place, Sentence

__all__ = [
    "ActorsComponent", "CodingComponent", "CountsComponent", "CuesComponent", "FramesComponent",
    "IncidentsComponent", "RelevanceComponent", "RolesComponent", "TollsComponent", "TypingComponent", "Reading",
    "reference_date",
]

PARTS = ("body", "title")
MAX_PARSE_CHARS = 5000  # longer "sentences" (unsplit boilerplate) are not parsed: the patterns decide alone
# A body alone is no sign of violence ("the body of a missing hiker was found"); a body with wounds from a weapon
# is ("the body of a trader was found with bullet wounds": one killed).
_ROLE_HINT = Prefiltered(re.compile(  # tried only at the words it can begin (prefilter.py): the same matches
    r"\b(?:killed|dead|died|deaths?|lives|wounded|injured|kidnapped|abducted|arrested|detained|bodies|casualties|"
    r"slain|murdered|executed|beheaded|gunned down|shot|(?:gunshot|bullet|stab|machete) wounds?|bullet-riddled|"
    r"riddled with bullets)\b",
    re.I,
))
_TRIGGERS = frozenset(TRIGGER_CLASSES)
_SENT_RE = re.compile(r"[^.!?\n]+(?:[.!?]+|\n|$)")
# A disaster or sport report yields violence only where a frame names an armed actor or one of these cues.
_UNMISTAKABLE = (Cue.CLASH, Cue.AIR, Cue.SHELLING, Cue.SUICIDE, Cue.PROTEST, Cue.RIOT)
_OTHER_STORIES = re.compile(
    r"\W*(?:related(?: stories| articles| news| posts| coverage| content)?|read more|more from [\w .'-]{1,40}|"
    r"you (?:may|might) also like|also read|recommended(?: for you| stories)?|most (?:read|popular|viewed)|"
    r"trending(?: now| stories)?|more (?:stories|news|on this story)|latest (?:news|stories)|see also|top stories|"
    r"read whole article)\W*$",
    re.I,
)
_CAPTION = re.compile(r"\W{0,2}(?:photo|image|picture|file photo|image caption|caption|pictured)\b\s*(?:[:|]|\(|by\b)", re.I)
# A photo credit that a page without its line break runs into the next sentence: "Photo: AFP/Name Militants ambushed
# ...", "... in Gao (Photo: Reuters) Militants ambushed ...". The credit is a name with a slash in it ("AFP/Name",
# "Name / AP") or an agency's; what follows it, opening with a capital and told in words, is the next sentence.
_AGENCY = r"(?:AFP|Reuters|REUTERS|AP|EPA|Getty\s+Images|Anadolu(?:\s+Agency)?|Xinhua|EFE|ANI|PTI|IANS|Supplied|Courtesy)"
_CREDIT_OPENS = re.compile(
    r"\W{0,2}(?:file\s+)?(?:photo|image|picture)(?:\s*(?:credit|source)s?)?\s*:\s*"
    r"(?:(?:[\w.'-]+\s+){0,3}?[\w.'-]+\s*/\s*[\w.'-]+|" + _AGENCY + r"(?:\s+via\s+" + _AGENCY + r")?)\s+(?=(?-i:[A-Z]))", re.I)
_CREDIT_INSIDE = re.compile(r"[(\[](?:[^()\[\]]{0,60}[\s/])?(?:Photo|Photograph|Image|Picture|Foto|File photo)"
                            r"(?:\s*[:/][^()\[\]]{0,60})?[)\]]\s+(?=[A-Z])")
_TOLD_IN_WORDS = re.compile(r"(?:\S+\s+){3,}?[a-z]{3,}\b")
_OFF_TOPIC = "the document does not report political violence, a protest or a strategic development"
_NO_EVENT = "no sentence reports a new event of political violence, protest or strategic development"

T = TypeVar("T", DateMention, Place, ActorMention)


class SpanIndex(Generic[T]):
    """A layer sorted by start offset, for the items that start inside a span (bisection, not a scan)."""

    def __init__(self, items: Sequence[T]) -> None:
        self.items: list[T] = sorted(items, key=lambda x: x.start)
        self.starts: list[int] = [x.start for x in self.items]

    def within(self, start: int, end: int) -> list[T]:
        return self.items[bisect.bisect_left(self.starts, start) : bisect.bisect_left(self.starts, end)]


class Reading:
    """The sentences the engine reads: the body (else all but captions) and the headline.

    A page's trailing list of other stories ("Related stories", "Read more", "You may also like") and its photo
    captions ("Photo: ...") tell other incidents or repeat this one: the body ends at such a list and skips captions.
    """

    def __init__(self, doc: Document) -> None:
        sentences = doc.sentences or [Sentence(m.start(), m.end(), "body") for m in _SENT_RE.finditer(doc.text)
                                      if m.group(0).strip()]
        self.sentences = sentences
        body = [s for s in sentences if s.section == "body"] or [s for s in sentences if s.section != "caption"]
        self.body = _article(doc.text, body)
        self.heads = [s for s in sentences if s.section == "title"]

    def part(self, name: str) -> list[Sentence]:
        return self.body if name == "body" else self.heads

    @classmethod
    def of(cls, doc: Document) -> Reading:
        """The reading of ``doc``, made once for the components that read it in turn (cues, frames, typing, coding):
        the readings of the last documents (a batch of Pipeline.pipe runs each component over all its documents) are
        kept while their text and sentences are the same objects."""
        last = _READINGS.get(id(doc))
        if last is not None and last[0] is doc and last[1] is doc.text and last[2] is doc.sentences:
            return last[3]
        reading = cls(doc)
        _READINGS[id(doc)] = (doc, doc.text, doc.sentences, reading)  # one tuple, replaced whole (threads read it whole)
        while len(_READINGS) > _KEPT_READINGS:
            try:
                del _READINGS[next(iter(_READINGS))]  # the oldest
            except (KeyError, RuntimeError, StopIteration):  # another thread removed it first
                break
        return reading


# The documents whose readings are kept: two batches of Pipeline.pipe (pipeline.BATCH_SIZE)
_KEPT_READINGS = 32
_READINGS: dict[int, tuple[Document, str, list[Sentence], Reading]] = {}


def _article(text: str, body: list[Sentence]) -> list[Sentence]:
    """The body up to a list of other stories, without photo captions (the sentence a caption's credit runs into
    stays, from the credit's end)."""
    out: list[Sentence] = []
    for i, s in enumerate(body):
        if i > 0 and _OTHER_STORIES.match(text, s.start, s.end):
            break
        after = _after_credit(text, s)
        if after is not None:
            out.append(after)
        elif not _CAPTION.match(text, s.start, s.end):
            out.append(s)
    return out


def _after_credit(text: str, s: Sentence) -> Sentence | None:
    """The part of ``s`` after a photo credit that ends a caption and runs into the next sentence ("Photo: AFP/Name
    Militants ambushed ...", "... in Gao (Photo: Reuters) Militants ambushed ..."), or None when ``s`` has none (or
    nothing told in words follows it)."""
    m = _CREDIT_OPENS.match(text, s.start, s.end) or _CREDIT_INSIDE.search(text, s.start, s.end)
    if m is None or not _TOLD_IN_WORDS.match(text, m.end(), s.end):
        return None
    return Sentence(m.end(), s.end, s.section)


def reference_date(doc: Document, body: list[Sentence]) -> date | None:
    """The report's 'now': the publication date, else the first full date of the lead."""
    if doc.published:
        try:
            return date.fromisoformat(doc.published[:10])
        except ValueError:
            pass
    lead = body[:2]
    for d in doc.dates:
        if d.date and d.precision == 1 and any(s.start <= d.start < s.end for s in lead):
            return date.fromisoformat(d.date)
    return None


# Damage done over a long period ("houses destroyed in months of shelling", "a town ruined during years of fighting",
# "damaged over weeks of air strikes"): the act is the sum of many days, no event of the day the sentence tells
_CUMULATIVE_DAMAGE = re.compile(
    r"\b(?:destroyed|damaged|flattened|razed|ruined|levell?ed|wrecked|battered|scarred|gutted|pounded|reduced\s+to\s+"
    r"(?:rubble|ruins))\s+(?:[\w-]+\s+){0,3}?(?:in|during|over|through|by|after)\s+(?:the\s+)?(?:past\s+|last\s+)?"
    r"(?:[\w-]+\s+)?(?:weeks|months|years|decades)\s+of\s+(?:[\w-]+\s+){0,2}$", re.I)


def _cumulative(text: str, c: CueMatch, sentence_start: int) -> bool:
    return c.cls in _TRIGGERS and bool(_CUMULATIVE_DAMAGE.search(text, max(sentence_start, c.start - 120), c.start))


def _cues_by_sentence(doc: Document, sentences: list[Sentence]) -> list[dict[str, list[CueMatch]]]:
    starts = [c.start for c in doc.cues]
    out: list[dict[str, list[CueMatch]]] = []
    for s in sentences:
        found: dict[str, list[CueMatch]] = {}
        for c in doc.cues[bisect.bisect_left(starts, s.start) : bisect.bisect_left(starts, s.end)]:
            if not _cumulative(doc.text, c, s.start):
                found.setdefault(c.cls, []).append(c)
        out.append(found)
    return out


class Scorer(Protocol):
    """What the relevance component needs of a model (eventcoder.relevance.RelevanceModel has it)."""

    @property
    def threshold(self) -> float: ...

    def score(self, text: str) -> float: ...


SKIP_FACTOR = 0.35  # a document scored under half the model's threshold stops before the expensive stages


class RelevanceComponent:
    """The relevance model's score; a document clearly off-topic stops here, before dates, places and the engine.

    Does the document report political violence, a protest or a strategic development at all?
    """

    name = "relevance"
    reads: tuple[str, ...] = ("text",)
    writes: tuple[str, ...] = ("relevance", "rejected")

    def __init__(self, model: Scorer, *, skip_below: float | None = None) -> None:
        self.model = model
        self.threshold = model.threshold
        self.skip_below = model.threshold * SKIP_FACTOR if skip_below is None else skip_below

    @classmethod
    def default(cls) -> RelevanceComponent:
        """The shipped relevance model (eventcoder.relevance), loaded once."""
        from eventcoder.relevance import RelevanceModel

        return cls(RelevanceModel.default())

    def __call__(self, doc: Document) -> Document:
        doc.relevance = round(self.model.score(doc.text), 4) if doc.text.strip() else 0.0
        if doc.relevance < self.skip_below and not AGREEMENT_NEWS.search(doc.text):
            # the model learned violence and crowds; a ceasefire or a prisoner swap reads calm but is an event
            doc.rejected = (f"{_OFF_TOPIC}: relevance {doc.relevance:.2f} is below {self.skip_below:.2f}"
                            if doc.text.strip() else "empty document")
        return doc


class CuesComponent:
    """The cheap pass: every cue of every sentence read; candidate sentences have a trigger or a casualty word."""

    name = "cues"
    reads: tuple[str, ...] = ("text", "sentences")
    writes: tuple[str, ...] = ("cues", "candidates")

    def __init__(self, lexicon: CueLexicon) -> None:
        self.lexicon = lexicon

    def __call__(self, doc: Document) -> Document:
        reading = Reading.of(doc)
        seen: dict[tuple[str, int, int], CueMatch] = {}
        candidates: dict[tuple[int, int], Sentence] = {}
        for sentences in (reading.body, reading.heads):
            found = self.lexicon.find_in(doc.text, [(s.start, s.end) for s in sentences])
            for s, found_cues in zip(sentences, found, strict=True):
                cues = self._literal(found_cues)
                for matches in cues.values():
                    for c in matches:
                        seen.setdefault((c.cls, c.start, c.end), c)
                if (not _TRIGGERS.isdisjoint(cues) or Cue.NEGATION in cues
                        or _ROLE_HINT.search(doc.text, s.start, s.end)):
                    candidates.setdefault((s.start, s.end), s)
        doc.cues = sorted(seen.values(), key=lambda c: c.start)  # stable: the lexicon's order on a tie
        doc.candidates = sorted(candidates.values(), key=lambda s: s.start)
        return doc

    @staticmethod
    def _literal(cues: dict[str, list[CueMatch]]) -> dict[str, list[CueMatch]]:
        """The cues of a sentence without the words inside an idiom ("heart attack", "strike a deal")."""
        idioms = cues.get(Cue.NON_LITERAL)
        if not idioms:
            return cues
        out: dict[str, list[CueMatch]] = {}
        for cls, matches in cues.items():
            kept = matches if cls == Cue.NON_LITERAL else [
                c for c in matches if not any(i.start <= c.start and c.end <= i.end for i in idioms)]
            if kept:
                out[cls] = kept
        return out


class CountsComponent:
    """Casualty counts of the candidate sentences."""

    name = "counts"
    reads: tuple[str, ...] = ("text", "candidates")
    writes: tuple[str, ...] = ("counts",)

    def __init__(self, reader: CountReader) -> None:
        self.reader = reader

    def __call__(self, doc: Document) -> Document:
        doc.counts = [c for s in doc.candidates for c in self.reader.find(doc.text, s.start, s.end)]
        return doc


class ActorsComponent:
    """Actor mentions of the candidate sentences; "the army" of a report about Syria is the Syrian army."""

    name = "actors"
    reads: tuple[str, ...] = ("text", "candidates", "country_focus")
    writes: tuple[str, ...] = ("actors",)

    def __init__(self, lexicon: ActorLexicon) -> None:
        self.lexicon = lexicon

    def __call__(self, doc: Document) -> Document:
        focus = doc.country_focus
        found = [a for s in doc.candidates for a in self.lexicon.find(doc.text, s.start, s.end)]
        doc.actors = [_localise(a, focus) for a in found] if focus else found
        return doc


def _localise(a: ActorMention, focus: str) -> ActorMention:
    """ "The army" in a report about Syria is the Syrian army: generic state forces take the focus country."""
    if a.country is None and a.kind in ("state", "police") and a.key in ("Military Forces", "Police Forces"):
        c = countries.by_code(focus)
        if c is not None:
            return replace(a, key=f"{a.key} of {country_label(c)}", country=c.iso2)
    return a


class FramesComponent:
    """One frame per candidate sentence of the body and of the headline; history and context marked background."""

    name = "frames"
    reads: tuple[str, ...] = ("text", "sentences", "published", "dates", "places", "cues", "candidates", "counts", "actors")
    writes: tuple[str, ...] = ("frames",)

    def __call__(self, doc: Document) -> Document:
        reading = Reading.of(doc)
        reference = reference_date(doc, reading.body)
        layers = _Layers(doc)
        doc.frames = [f for part in PARTS for f in _part_frames(doc, reading.part(part), part, reference, layers)]
        mark_recalled(doc.frames)  # an earlier incident the report recalls is none of its events (background.py)
        return doc


class _Layers:
    """The document's layers indexed by offset, for the items of one sentence."""

    def __init__(self, doc: Document) -> None:
        self.dates = SpanIndex(doc.dates)
        self.places = SpanIndex(doc.places)
        self.actors = SpanIndex(doc.actors)
        self.count_starts = [c.start for c in doc.counts]
        self.counts = doc.counts
        self.candidates = {(s.start, s.end) for s in doc.candidates}


# A sentence that opens as news of its own, not more of the history told before it
_NEWS_OPENER = re.compile(r"\W*(?:meanwhile|separately|in\s+(?:a|another)\s+(?:separate\s+)?(?:incident|attack|development)|"
                          r"(?:earlier|later)\s+(?:on|this|today|that\s+day))\b", re.I)


def _part_frames(doc: Document, sentences: list[Sentence], part: str, reference: date | None,
                 layers: _Layers) -> list[Frame]:
    text = doc.text
    frames: list[Frame] = []
    prev_background = prev_years_back = False
    paragraph = 0
    last_end = 0
    for i, (s, cues) in enumerate(zip(sentences, _cues_by_sentence(doc, sentences), strict=True)):
        gap = text[last_end : s.start]
        if "\n\n" in gap or "\n" in gap.strip(" "):
            paragraph += 1
        last_end = s.end
        dates = layers.dates.within(s.start, s.end)
        lead = i < 2
        if (s.start, s.end) not in layers.candidates:
            # context sentences still pass their background status on ("In May 2019 ... . The attacks ...")
            probe = Frame(i, s, paragraph, cues, [], [], [], dates, text, part)
            why = is_background(probe, reference, lead)
            prev_background = bool(why) or (prev_background and not dates)
            prev_years_back = (why or "").startswith("dated before the report") or (prev_years_back and not dates)
            continue
        counts = layers.counts[bisect.bisect_left(layers.count_starts, s.start) : bisect.bisect_left(
            layers.count_starts, s.end)]
        actors = layers.actors.within(s.start, s.end)
        places = _places(layers, s, actors)
        windows = near_triggers(s, cues)
        if windows is not None:  # a line of many KB: what is told far from its triggers is none of theirs
            counts, actors, places, dates = (_within(windows, counts), _within(windows, actors),
                                             _within(windows, places), _within(windows, dates))
        f = Frame(i, s, paragraph, cues, counts, actors, places, dates, text, part)
        reason = is_background(f, reference, lead)
        if reason is None and prev_background and not dates and not lead and (not counts or (
                prev_years_back and not _NEWS_OPENER.match(text, s.start))):
            # after a sentence dated years back ("In 2002, militants attacked the town."), one with no day or news
            # marker of its own goes on telling that history, its toll too ("They killed 40 people")
            reason = "continues a background passage"
        prev_background = reason is not None
        prev_years_back = reason is not None and (reason.startswith("dated before the report") or (
            prev_years_back and reason == "continues a background passage"))
        if reason:
            f.background, f.background_reason = True, reason
            f.decision = f"{Decision.BACKGROUND}: {reason}"
        frames.append(f)
    return frames


_M = TypeVar("_M", Count, ActorMention, Place, DateMention)


def _within(windows: list[tuple[int, int]], items: list[_M]) -> list[_M]:
    """The items that begin inside one of the windows (merged and bisected: a line of many MB with thousands of
    triggers and mentions stays linear-logarithmic)."""
    merged: list[tuple[int, int]] = []
    for a, b in sorted(windows):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    starts = [a for a, _ in merged]
    out = []
    for m in items:
        i = bisect.bisect_right(starts, m.start) - 1
        if i >= 0 and m.start < merged[i][1]:
            out.append(m)
    return out


def _places(layers: _Layers, s: Sentence, actors: list[ActorMention]) -> list[Place]:
    """ "Boko Haram" is a group, not the Norwegian town of Haram: places inside actor names are dropped."""
    starts = [a.start for a in actors]
    out = []
    for p in layers.places.within(s.start, s.end):
        i = bisect.bisect_right(starts, p.start) - 1
        if i >= 0 and any(a.start <= p.start < a.end for a in actors[max(0, i - 1) : i + 1]):
            continue
        out.append(p)
    return out


# (frames whose actors the patterns left undecided, with those actors; the part of them the parser reads)
_RolesPlan = tuple[list[tuple[Frame, list[ActorMention]]], list[tuple[Frame, list[ActorMention]]]]


def _parse_texts(plan: _RolesPlan) -> list[str]:
    return [f.sentence_text for f, _ in plan[1]]


class RolesComponent:
    """Perpetrators and targets: surface patterns first, the dependency parse for the actors they leave undecided."""

    name = "roles"
    reads: tuple[str, ...] = ("frames",)
    writes: tuple[str, ...] = ("frames",)

    def __init__(self, *, use_parser: bool = True, parse: Callable[[list[str]], list[Any]] | None = None) -> None:
        self.use_parser = use_parser
        self._parse = parse

    def parse(self, sentences: list[str]) -> list[Any]:
        if self._parse is not None:
            return self._parse(sentences)
        from eventcoder.nlp import load_model

        return list(load_model().pipe(sentences, batch_size=32))

    def __call__(self, doc: Document) -> Document:
        plan = self._plan(doc)
        self._finish(plan, self.parse(_parse_texts(plan)) if plan[1] else [])
        return doc

    def batch(self, docs: list[Document]) -> list[Document | BaseException]:
        """The documents of a batch (Pipeline.pipe), the parser run once over all their undecided sentences; a
        document that fails is its exception, the others go on."""
        plans: list[_RolesPlan | BaseException] = []
        for doc in docs:
            try:
                plans.append(self._plan(doc))
            except Exception as exc:  # noqa: BLE001 - one document's failure, reported by the pipeline
                plans.append(exc)
        parses = self._parse_plans(plans)
        out: list[Document | BaseException] = []
        for doc, plan, parsed in zip(docs, plans, parses, strict=True):
            if isinstance(plan, BaseException) or isinstance(parsed, BaseException):
                out.append(plan if isinstance(plan, BaseException) else parsed)  # type: ignore[arg-type]
                continue
            try:
                self._finish(plan, parsed)
                out.append(doc)
            except Exception as exc:  # noqa: BLE001 - one document's failure, reported by the pipeline
                out.append(exc)
        return out

    def _parse_plans(self, plans: list[_RolesPlan | BaseException]) -> list[list[Any] | BaseException]:
        """Each plan's parses, from one parser call over all of them; when that call fails, each document's
        sentences again on their own, so that a sentence the parser cannot read costs only its document."""
        ok = [p for p in plans if not isinstance(p, BaseException) and p[1]]
        try:
            stream = iter(self.parse([t for p in ok for t in _parse_texts(p)]) if ok else [])
            return [[] if isinstance(p, BaseException) else [next(stream) for _ in p[1]] for p in plans]
        except Exception:  # noqa: BLE001 - retried one document at a time below
            pass
        out: list[list[Any] | BaseException] = []
        for p in plans:
            try:
                out.append([] if isinstance(p, BaseException) or not p[1] else self.parse(_parse_texts(p)))
            except Exception as exc:  # noqa: BLE001 - one document's failure, reported by the pipeline
                out.append(exc)
        return out

    def _plan(self, doc: Document) -> _RolesPlan:
        """Roles from the surface patterns; the frames whose actors they leave undecided, and those of them the
        parser reads (sentences up to MAX_PARSE_CHARS)."""
        text = doc.text
        pending = [(f, assign_roles(f, text)) for f in doc.frames if not f.background]
        to_parse = [(f, u) for f, u in pending if u]
        parse_now = [(f, u) for f, u in to_parse if f.sentence.end - f.sentence.start <= MAX_PARSE_CHARS] \
            if self.use_parser else []
        return to_parse, parse_now

    @staticmethod
    def _finish(plan: _RolesPlan, parsed: list[Any]) -> None:
        to_parse, parse_now = plan
        left = {id(f): roles_from_parse(f, u, sdoc) for (f, u), sdoc in zip(parse_now, parsed, strict=True)}
        for f, undecided in to_parse:
            f.undecided = left.get(id(f), undecided)
            place_undecided(f, f.undecided)


class TypingComponent:
    """ACLED type of each frame (rules.py), or the reason it is not coded; which frames go on to the incidents."""

    name = "typing"
    reads: tuple[str, ...] = ("frames", "cues")
    writes: tuple[str, ...] = ("frames",)

    def __call__(self, doc: Document) -> Document:
        for part in PARTS:
            kept = self._type(f for f in doc.frames if f.part == part and not f.background)
            lead_of_violence = any(f.index == 0 and disaster_words_of_violence(f) for f in kept)
            if part == "body" and kept and _about(doc, (Cue.DISASTER, Cue.SPORT)) and not lead_of_violence:
                # "Floods kill 31 ...", "Striker's late goal ...": a disaster or sport report yields violence only
                # where a frame names an armed actor or an unmistakable conflict cue; a lead whose disaster words
                # are violence's own work or setting ("a stampede set off by tear gas") makes no disaster report
                for f in kept:
                    if not (any(not a.generic and a.kind != "civilians" for a in f.actors)
                            or any(f.has(c) for c in _UNMISTAKABLE) or _armed_harm(f)):
                        f.decision = Decision.OFF_TOPIC
        return doc

    @staticmethod
    def _type(frames: Any) -> list[Frame]:
        kept: list[Frame] = []
        for f in frames:
            rule = classify(f)
            f.evidence = evidence(f) if not f.rejected_reason else None
            if f.sub_event_type is not None and not f.rejected_reason:
                f.decision = f"{Decision.EVENT}: {rule}"
            elif f.has(Cue.NEGATION) and not f.rejected_reason and kept:
                f.negated = True  # "There were no fatalities." belongs to the incident told before it
                f.decision = Decision.NEGATION
            elif not f.rejected_reason and kept and any(c.role in ("killed", "injured") and c.counted for c in f.counts):
                f.decision = Decision.TOLL  # "Twenty-one people were injured." completes the incident before it
            else:
                f.decision = f"{Decision.REJECTED}: {f.rejected_reason}" if f.rejected_reason else Decision.UNTYPED
                continue
            kept.append(f)
        return kept


def _armed_harm(f: Frame) -> bool:
    """Soldiers or police who kill, wound or arrest people (not those deployed to help after a flood)."""
    return any(a.kind in ARMED_KINDS for a in f.actors) and any(
        c.counted and c.role in ("killed", "injured", "arrested", "abducted") for c in f.counts)


def _about(doc: Document, classes: tuple[Cue, ...]) -> bool:
    """The headline or the lead speaks of a disaster, an accident, a disease or sport."""
    sentences = Reading.of(doc).sentences
    heads = [s for s in sentences if s.section == "title"]
    lead = [s for s in sentences if s.section == "body"][:1]
    return any(c in found for found in _cues_by_sentence(doc, heads + lead) for c in classes)


class IncidentsComponent:
    """Frames grouped into incidents: one incident, one event; a digest, several (incidents.py)."""

    name = "incidents"
    reads: tuple[str, ...] = ("frames",)
    writes: tuple[str, ...] = ("incidents",)

    def __call__(self, doc: Document) -> Document:
        doc.incidents = []
        for part in PARTS:
            frames = [f for f in doc.frames if f.part == part and f.kept]
            if frames:
                released = release_lead_totals(frames)
                incidents = merge_frames(frames, released)
                restore_lead_totals(released, incidents)
                share_lead_total(frames, incidents)
                doc.incidents += incidents
        return doc


class TollsComponent:
    """Killed and injured of each incident, reconciled with summaries; implausible one-day tolls left out (tolls.py)."""

    name = "tolls"
    reads: tuple[str, ...] = ("incidents",)
    writes: tuple[str, ...] = ("incidents",)

    def __init__(self, *, max_single_toll: int = MAX_SINGLE_TOLL) -> None:
        self.max_single_toll = max_single_toll

    def __call__(self, doc: Document) -> Document:
        for part in PARTS:
            reconcile([inc for inc in doc.incidents if inc.frames[0].part == part], self.max_single_toll)
        return doc


class CodingComponent:
    """ACLED records of the incidents (the body's; the headline's when the body gives none), or the reason for none."""

    name = "coding"
    reads: tuple[str, ...] = ("text", "sections", "published", "dates", "places", "country_focus", "incidents")
    writes: tuple[str, ...] = ("events", "rejected")

    def __init__(self, actors: ActorLexicon, *, relevance_threshold: float | None = None) -> None:
        self.actors = actors
        # Under this relevance score (set by the relevance component) an event needs a perpetrator or a weapon.
        self.relevance_threshold = relevance_threshold

    def __call__(self, doc: Document) -> Document:
        reading = Reading.of(doc)
        doubt = (doc.relevance is not None and self.relevance_threshold is not None
                 and doc.relevance < self.relevance_threshold)
        coder = Coder(doc, self.actors, reference_date(doc, reading.body), doubtful=doubt)
        body = [inc for inc in doc.incidents if inc.frames[0].part == "body"]
        heads = [inc for inc in doc.incidents if inc.frames[0].part == "title"]
        doc.events = coder.code(body)
        if doc.events:
            for inc in heads:
                inc.reason = "the headline is read only when the body gives no event"
        else:
            doc.events = coder.code(heads, headline=True)
        if not doc.events:
            doc.rejected = "empty document" if not doc.text.strip() else _NO_EVENT
        return doc
