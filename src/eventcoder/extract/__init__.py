"""Event extraction: from a Document (with dates and places) to ACLED-coded EventRecords with evidence.

Two passes (shared/DESIGN.md): a cheap pass over every sentence (cue lexicon and a role-word
check) selects candidate sentences; only those get counts, actors and frames. A document with
no candidate sentence is rejected at once, with the reason.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from eventcoder import countries
from eventcoder.extract.actors import ActorLexicon, ActorMention, country_label
from eventcoder.extract.counts import find_counts
from eventcoder.extract.cues import CueLexicon
from eventcoder.extract.events import build_events
from eventcoder.extract.frames import (
    TRIGGER_CLASSES,
    Frame,
    assign_roles,
    classify,
    is_background,
    place_undecided,
    roles_from_parse,
)
from eventcoder.model import DateMention, Document, Place, Sentence

__all__ = ["EventExtractor"]

_ROLE_HINT = re.compile(
    r"\b(?:killed|dead|died|deaths?|lives|wounded|injured|kidnapped|abducted|arrested|detained|bodies|casualties|"
    r"slain|murdered|executed|beheaded|gunned down|shot)\b",
    re.I,
)
_SENT_RE = re.compile(r"[^.!?\n]+(?:[.!?]+|\n|$)")


class EventExtractor:
    """The extraction stage: ``extractor(doc)`` fills ``doc.events`` (or ``doc.rejected``) in place."""

    name = "events"

    def __init__(self, cues: CueLexicon, actors: ActorLexicon, *, use_parser: bool = True) -> None:
        self.cues = cues
        self.actors = actors
        # The parser runs only on candidate sentences whose actors the surface patterns cannot place.
        self.use_parser = use_parser

    def _parse_all(self, sentences: list[str]) -> list[Any]:
        from eventcoder.nlp import load_model

        return list(load_model().pipe(sentences, batch_size=32))

    @classmethod
    @functools.cache
    def default(cls) -> EventExtractor:
        """The extractor with the bundled lexicons (and the user's, from $EVENTCODER_HOME)."""
        return cls(CueLexicon.default(), ActorLexicon.default())

    @classmethod
    def from_files(cls, cue_files: Iterable[Path] = (), actor_files: Iterable[Path] = ()) -> EventExtractor:
        """An extractor with extra lexicon files on top of the bundled ones."""
        return cls(CueLexicon.load(cue_files), ActorLexicon.load(list(actor_files)) if actor_files else ActorLexicon.default())

    def __call__(self, doc: Document) -> Document:
        sentences = doc.sentences or _fallback_sentences(doc.text)
        body = [s for s in sentences if s.section == "body"] or [s for s in sentences if s.section not in ("caption",)]
        reference = _reference_date(doc, body)
        frames = self._frames(doc, body, reference)
        if frames and self._about(doc, sentences, ("disaster", "sport")):
            # "Floods kill 31 ...", "Striker's late goal ...": a disaster or sport report yields violence only where
            # a frame names an armed actor or an unmistakable conflict cue
            frames = [f for f in frames if any(not a.generic and a.kind not in ("civilians",) for a in f.actors)
                      or any(f.has(c) for c in ("clash", "air", "shelling", "suicide", "protest", "riot"))]
        events = build_events(doc, frames, self.actors, reference) if frames else []
        if not events:
            # A telegraphic item may carry its event only in the headline.
            heads = [s for s in sentences if s.section == "title"]
            hframes = self._frames(doc, heads, reference) if heads else []
            events = build_events(doc, hframes, self.actors, reference) if hframes else []
        doc.events = events
        if not events:
            doc.rejected = self._why_not(doc, body)
        return doc

    def _frames(self, doc: Document, sentences: list[Sentence], reference: date | None) -> list[Frame]:
        text = doc.text
        frames: list[Frame] = []
        pending: list[tuple[Frame, list[ActorMention]]] = []
        prev_background = False
        focus = doc.meta.get("country")
        paragraph = 0
        last_end = 0
        all_cues = self.cues.find_in(text, [(s.start, s.end) for s in sentences])
        for i, s in enumerate(sentences):
            if "\n\n" in text[last_end : s.start] or "\n" in text[last_end : s.start].strip(" "):
                paragraph += 1
            last_end = s.end
            cues = all_cues[i]
            dates = _within(doc.dates, s)
            candidate = (any(c in cues for c in TRIGGER_CLASSES) or "negation" in cues
                         or bool(_ROLE_HINT.search(text, s.start, s.end)))
            lead = i < 2
            if not candidate:
                # context sentences still pass their background status on ("In May 2019 ... . The attacks ...")
                probe = Frame(i, s, paragraph, cues, [], [], [], dates, text)
                prev_background = bool(is_background(probe, reference, lead)) or (prev_background and not dates)
                continue
            counts = find_counts(text, s.start, s.end)
            actors = [_localise(a, focus) for a in self.actors.find(text, s.start, s.end)] if focus else \
                self.actors.find(text, s.start, s.end)
            # "Boko Haram" is a group, not the Norwegian town of Haram: places inside actor names are dropped
            places: list[Place] = [p for p in _within(doc.places, s)
                                   if not any(a.start <= p.start < a.end for a in actors)]
            f = Frame(i, s, paragraph, cues, counts, actors, places, dates, text)
            reason = is_background(f, reference, lead)
            if reason is None and prev_background and not dates and not lead and not counts:
                reason = "continues a background passage"
            prev_background = reason is not None
            if reason:
                f.background, f.background_reason = True, reason
                continue
            pending.append((f, assign_roles(f, text)))
        # The parser runs once per document, batched, on the sentences whose actors the patterns left undecided.
        to_parse = [(f, undecided) for f, undecided in pending if undecided]
        if to_parse and self.use_parser:
            parsed = self._parse_all([text[f.sentence.start : f.sentence.end] for f, _ in to_parse])
            for (f, undecided), sdoc in zip(to_parse, parsed, strict=True):
                place_undecided(f, roles_from_parse(f, undecided, sdoc))
        else:
            for f, undecided in to_parse:
                place_undecided(f, undecided)
        for f, _ in pending:
            classify(f)
            if f.sub_event_type is not None and not f.rejected_reason:
                frames.append(f)
            elif f.has("negation") and not f.rejected_reason and frames:
                # "There were no fatalities." belongs to the incident told before it
                f.negated = True
                frames.append(f)
            elif not f.rejected_reason and frames and any(c.role in ("killed", "injured") for c in f.counts):
                # "Twenty-one people were injured." completes the toll of the incident told before it
                frames.append(f)
        return frames

    def _about(self, doc: Document, sentences: list[Sentence], classes: tuple[str, ...]) -> bool:
        """The headline or the lead speaks of a disaster, an accident, a disease or sport."""
        heads = [s for s in sentences if s.section == "title"] + [s for s in sentences if s.section == "body"][:1]
        found = self.cues.find_in(doc.text, [(s.start, s.end) for s in heads])
        return any(c in f for f in found for c in classes)

    def _why_not(self, doc: Document, body: list[Sentence]) -> str:
        if not doc.text.strip():
            return "empty document"
        return "no sentence reports a new event of political violence, protest or strategic development"


def _localise(a: ActorMention, focus: str) -> ActorMention:
    """ "The army" in a report about Syria is the Syrian army: generic state forces take the focus country."""
    if a.country is None and a.kind in ("state", "police") and a.key in ("Military Forces", "Police Forces"):
        c = countries.by_code(focus)
        if c is not None:
            return replace(a, key=f"{a.key} of {country_label(c)}", country=c.iso2)
    return a


def _within(items: list, s: Sentence) -> list:  # type: ignore[type-arg] # DateMention or Place lists
    return [x for x in items if s.start <= x.start < s.end]


def _fallback_sentences(text: str) -> list[Sentence]:
    return [Sentence(m.start(), m.end(), "body") for m in _SENT_RE.finditer(text) if m.group(0).strip()]


def _reference_date(doc: Document, body: list[Sentence]) -> date | None:
    """The report's 'now': the publication date, else the first full date of the lead."""
    if doc.published:
        try:
            return date.fromisoformat(doc.published[:10])
        except ValueError:
            pass
    lead = body[:2]
    for d in doc.dates:
        d: DateMention  # type: ignore[no-redef]
        if d.date and d.precision == 1 and any(s.start <= d.start < s.end for s in lead):
            return date.fromisoformat(d.date)
    return None
