"""The data model: to_dict/from_dict round trips, and offsets that always index Document.text."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventcoder.errors import InputError
from eventcoder.ingest import document_from_text
from eventcoder.ingest.normalize import normalize_text
from eventcoder.ingest.text import plain_title
from eventcoder.model import (
    DateMention,
    Document,
    EventRecord,
    Evidence,
    Failure,
    Place,
    Section,
    Sentence,
    Span,
    document_id,
)
from eventcoder.timeparse import find_dates

_small = st.integers(min_value=0, max_value=10_000)
_opt_text = st.none() | st.text(max_size=20)
_floats = st.none() | st.floats(allow_nan=False, allow_infinity=False, min_value=-180, max_value=180)

spans = st.builds(Span, _small, _small)
sections = st.builds(Section, st.sampled_from(["title", "caption", "dateline", "byline", "body"]), _small, _small)
sentences = st.builds(Sentence, _small, _small, st.sampled_from(["title", "body"]))
date_mentions = st.builds(DateMention, _small, _small, st.none() | st.dates().map(dt.date.isoformat),
                          st.integers(1, 4), st.sampled_from(["explicit", "relative", "year"]), st.text(max_size=20))
evidence = st.builds(Evidence, st.text(max_size=10), _small, _small, st.text(max_size=30))
places = st.builds(Place, st.text(max_size=20), _small, _small, st.booleans(), _opt_text,
                   st.none() | st.integers(1, 10**7), _floats, _floats)
events = st.builds(EventRecord, event_date=st.none() | st.dates().map(dt.date.isoformat),
                   event_type=_opt_text, actor1=_opt_text, fatalities=st.integers(0, 1000),
                   latitude=_floats, hedged=st.booleans(), evidence=st.lists(evidence, max_size=3).map(tuple))
failures = st.builds(Failure, st.text(max_size=20), st.sampled_from(["ingest", "dates"]), st.text(max_size=40))
documents = st.builds(
    Document, id=st.text(min_size=1, max_size=20), text=st.text(max_size=200),
    sections=st.lists(sections, max_size=3), sentences=st.lists(sentences, max_size=3), title=_opt_text,
    published=st.none() | st.dates().map(dt.date.isoformat), raw=_opt_text,
    meta=st.dictionaries(st.text(max_size=5), st.integers() | st.text(max_size=5), max_size=3),
    dates=st.lists(date_mentions, max_size=3), places=st.lists(places, max_size=2),
    events=st.lists(events, max_size=2), rejected=_opt_text,
)


@given(st.one_of(spans, sections, sentences, date_mentions, evidence, places, events, failures))
def test_model_record_round_trip(record: Any) -> None:
    data = record.to_dict()
    assert type(record).from_dict(json.loads(json.dumps(data))) == record


@given(documents)
def test_model_document_round_trip(doc: Document) -> None:
    data = json.loads(json.dumps(doc.to_dict(with_raw=True)))
    assert Document.from_dict(data) == doc
    assert "raw" not in doc.to_dict()


def test_model_document_id_is_content_hash() -> None:
    assert document_id("a") == document_id("a") != document_id("b")
    assert document_id("a").startswith("doc_")


# Text made of the pieces that news input really has: words, sentence punctuation, abbreviations,
# dates, curly quotes, non-breaking and odd spaces, combining accents, Windows line ends, headlines.
_PIECES = st.sampled_from([
    "Gunmen", "killed", "three", "people", "in", "Rivertown", "on", "Oct.", "7", "2023", "U.S.", "Gen.", "Dr.",
    "3.5", "No.", "5", ".", ",", "!", "?", ":", " -- ", "\u2014", "\u201cquote\u201d", "it\u2019s", "\u00a0",
    "\u2009", "\u200b", "\u00ad", "e\u0301", "Tu\u0308rkiye", "caf\u00e9", "\n", "\n\n", "\r\n", "\r\n\r\n", "\t",
    "(AA Photo)", "KYIV (Reuters) - ", "By Sam Writer", "on Wednesday", "yesterday", "12/03/2024", "March 2019",
    "since 2011", "\x07", "  ", "\"", "'",
])
news_like = st.lists(_PIECES, max_size=60).map(lambda parts: " ".join(parts))


def _document(raw: str, **kw: Any) -> Document | None:
    """document_from_text, or None after checking that a text with nothing visible is refused as empty."""
    if not normalize_text(raw) and not normalize_text(kw.get("title") or "").strip():
        with pytest.raises(InputError, match="the input is empty"):
            document_from_text(raw, **kw)
        return None
    return document_from_text(raw, **kw)


def _check_layers(doc: Document) -> None:
    text = doc.text
    last_end = 0
    for sec in doc.sections:
        assert 0 <= sec.start < sec.end <= len(text)
        assert sec.start >= last_end, "sections are ordered and do not overlap"
        piece = text[sec.start : sec.end]
        assert piece == piece.strip()
        last_end = sec.end
    covered = [False] * len(text)
    for sec in doc.sections:
        for i in range(sec.start, sec.end):
            covered[i] = True
    assert all(covered[i] or text[i].isspace() for i in range(len(text))), "every character is in a section"
    in_sentence = [False] * len(text)
    for sent in doc.sentences:
        piece = text[sent.start : sent.end]
        assert piece and piece == piece.strip()
        owner = [s for s in doc.sections if s.start <= sent.start and sent.end <= s.end]
        assert len(owner) == 1 and owner[0].kind == sent.section
        for i in range(sent.start, sent.end):
            in_sentence[i] = True
    assert all(in_sentence[i] or text[i].isspace() for i in range(len(text))), "every character is in a sentence"


@settings(max_examples=300, deadline=None)
@given(news_like)
def test_model_offsets_index_normalised_text(raw: str) -> None:
    doc = _document(raw, published="2023-10-07")
    if doc is None:
        return
    assert doc.text == normalize_text(raw)
    assert normalize_text(doc.text) == doc.text
    assert doc.id == document_id(doc.text)
    _check_layers(doc)
    for m in find_dates(doc.text, dt.date(2023, 10, 7)):
        assert doc.text[m.start : m.end] == m.text
    assert Document.from_dict(json.loads(json.dumps(doc.to_dict(with_raw=True)))) == doc


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_model_offsets_hold_for_any_text(raw: str) -> None:
    doc = _document(raw)
    if doc is None:
        return
    assert normalize_text(doc.text) == doc.text
    _check_layers(doc)
    for m in find_dates(doc.text, None, offset=5):
        assert doc.text[m.start - 5 : m.end - 5] == m.text


@given(news_like, st.text(max_size=40))
def test_model_offsets_with_given_title(raw: str, title: str) -> None:
    doc = _document(raw, title=title)
    if doc is None:
        return
    _check_layers(doc)
    if title.strip() and doc.title:
        # the title keeps the source's quotes; folded, it heads the text
        assert doc.text.startswith(plain_title(doc.title))
