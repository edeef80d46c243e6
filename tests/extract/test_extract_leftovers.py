"""Engine leftovers: a background relative clause, partitive tolls, evidence of a huge line, the precision of a
byline's date, regime years with no date. Synthetic texts written for these tests."""

from __future__ import annotations

from eventcoder.extract.coding import NOTES_WINDOW
from eventcoder.ingest import document_from_text
from eventcoder.ingest.text import build_document
from eventcoder.model import Document, EventRecord
from eventcoder.pipeline import Pipeline


def _run(pipeline: Pipeline, doc: Document) -> Document:
    return next(iter(pipeline.pipe([doc])))


def _events(pipeline: Pipeline, text: str, published: str | None = "2024-05-10") -> list[EventRecord]:
    return _run(pipeline, document_from_text(text, published=published)).events


# -- a. a relative clause of background leaves the main clause's dated act its own ------------------------------

def test_background_relative_clause_keeps_the_main_clause_event(default_pipeline: Pipeline) -> None:
    # synthetic: "that have besieged ... since March" is the forces' history; "shelled ... on Monday" is the news
    evs = _events(default_pipeline, "Forces that have besieged the town of Kafr Nabl since March shelled its market "
                                    "on Monday, killing five civilians, a local monitor said.")
    assert [(e.sub_event_type, e.event_date, e.fatalities) for e in evs] == [
        ("Shelling/artillery/missile attack", "2024-05-06", 5)]


def test_background_relative_clause_without_a_dated_main_verb_stays_history(default_pipeline: Pipeline) -> None:
    # synthetic: a complement "that" (a subject after it) opens no relative clause: the period's shelling is history
    assert _events(default_pipeline, "Officials said that rebel forces have shelled the town of Kafr Nabl since "
                                     "March.") == []


# -- b. "four of them were killed": a part of a living group told before is the event's dead ---------------------

def test_counts_partitive_of_an_abducted_group_is_the_toll(default_pipeline: Pipeline) -> None:
    # synthetic: the same sentence, the next sentence, and "of whom"
    for text in ("Gunmen abducted 20 villagers in Gusau, Zamfara State, on Tuesday; four of them were killed.",
                 "Gunmen abducted 20 villagers in Gusau, Zamfara State, on Tuesday. Four of them were later killed.",
                 "Gunmen stormed Gusau in Zamfara State on Tuesday and abducted 20 people, of whom four were killed."):
        evs = _events(default_pipeline, text)
        assert [e.fatalities for e in evs] == [4], text


def test_counts_partitive_of_the_dead_is_no_addition(default_pipeline: Pipeline) -> None:
    # synthetic: "four of them" are part of the twelve dead, neither added nor taken instead of the total
    evs = _events(default_pipeline, "Gunmen killed 12 villagers in Gusau, Zamfara State, on Tuesday; four of them "
                                    "were children.")
    assert [e.fatalities for e in evs] == [12]
    evs = _events(default_pipeline, "Gunmen killed 12 villagers in Gusau, Zamfara State, on Tuesday. Four of them "
                                    "were killed in their homes.")
    assert [e.fatalities for e in evs] == [12]


# -- c. a huge unpunctuated line: every field's evidence within a bounded window of the trigger -----------------

def test_evidence_of_a_huge_line_is_a_window_around_the_trigger(default_pipeline: Pipeline) -> None:
    # synthetic: 50 KB without a full stop, the act told in the middle; residents named at the far start are no
    # party of it
    filler = " ".join("people spoke to reporters about the situation in the area" for _ in range(400))
    text = ("Residents said " + filler + " gunmen killed five villagers in Maiduguri, Borno State, on Tuesday "
            + filler)
    doc = _run(default_pipeline, document_from_text(text, published="2024-05-10"))
    assert len(doc.events) == 1
    ev = doc.events[0]
    trigger = next(e for e in ev.evidence if e.field == "event_type")
    notes = next(e for e in ev.evidence if e.field == "notes")
    assert notes.end - notes.start <= 2 * NOTES_WINDOW + 20
    assert notes.start <= trigger.start < notes.end
    for e in ev.evidence:
        assert doc.text[e.start : e.end] == e.quote
        assert abs(e.start - trigger.start) <= NOTES_WINDOW + 20, e.field
    assert ev.fatalities == 5 and ev.location == "Maiduguri"


def test_evidence_of_a_short_sentence_is_the_sentence(default_pipeline: Pipeline) -> None:
    text = "Gunmen killed five villagers in Maiduguri, Borno State, on Tuesday, residents said."
    doc = _run(default_pipeline, document_from_text(text, published="2024-05-10"))
    notes = next(e for e in doc.events[0].evidence if e.field == "notes")
    assert (notes.start, notes.end) == (0, len(text))


# -- d. a byline's date is the story's own day, as a dateline's ---------------------------------------------------

def test_coding_byline_publication_date_is_day_precise(default_pipeline: Pipeline) -> None:
    # synthetic: an incident told with no date of its own takes the publication date; printed by the story (byline,
    # dateline) it is the day, from page metadata the week
    text = "Gunmen killed five villagers in Maiduguri, Borno State, residents said."
    precision = {}
    for origin in ("byline", "dateline", "metadata"):
        doc = build_document(text, published="2024-05-03", published_origin=origin)
        precision[origin] = [(e.event_date, e.time_precision) for e in _run(default_pipeline, doc).events]
    assert precision == {"byline": [("2024-05-03", 1)], "dateline": [("2024-05-03", 1)],
                         "metadata": [("2024-05-03", 2)]}


# -- e. regime years by the event's date, the report's, or none ---------------------------------------------------

def test_naming_regime_years_without_any_date_are_not_guessed(default_pipeline: Pipeline) -> None:
    # synthetic: an undated page may tell of any regime: state forces get no years, the Taliban keep their name
    text = "US troops clashed with Taliban fighters in Helmand province, killing four insurgents, officials said."
    undated = _events(default_pipeline, text, published=None)
    assert [(e.actor1, e.actor2) for e in undated] == [("Military Forces of the United States", "Taliban")]
    dated = _events(default_pipeline, text, published="2017-06-02")
    assert [(e.event_date, e.actor1) for e in dated] == [("2017-06-02", "Military Forces of the United States (2017-2021)")]
