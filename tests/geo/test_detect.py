"""Mention detection: capitalised runs, stop-words, people, cues."""

from __future__ import annotations

from eventcoder.geo.detect import detect

KNOWN = {"idlib", "aleppo", "tripoli", "police", "march", "mobile", "hassan", "jericho", "sarmin", "majdal"}


def exists(name: str) -> bool:
    return name.lower() in KNOWN


def surfaces(text: str) -> list[str]:
    return [m.surface for m in detect(text, exists)]


def test_detect_finds_places_with_offsets() -> None:
    text = "Shelling hit Idlib and Aleppo on Monday."
    ms = detect(text, exists)
    assert [text[m.start : m.end] for m in ms] == ["Idlib", "Aleppo"]


def test_detect_skips_months_and_stop_words() -> None:
    assert surfaces("In March, Police said the attack happened in Idlib.") == ["Idlib"]


def test_detect_skips_people_after_titles_and_before_said() -> None:
    assert surfaces("Mr Hassan visited Idlib. Hassan said it was calm.") == ["Idlib"]


def test_detect_strips_possessive_and_reads_type_word() -> None:
    ms = detect("Gunmen attacked Idlib's countryside and the Aleppo province.", exists)
    assert [m.surface for m in ms] == ["Idlib", "Aleppo"]
    assert ms[0].near and ms[0].type_hint == "near"
    assert ms[1].type_hint == "admin1"


def test_detect_soft_stop_word_needs_a_cue() -> None:
    assert surfaces("Mobile phones were cut. Protesters marched in Mobile.") == ["Mobile"]


def test_detect_marks_partial_runs_weak() -> None:
    ms = detect("The shells hit Majdal Anjar at night.", exists)
    assert ms and ms[0].surface == "Majdal" and ms[0].weak


def test_detect_keeps_unknown_names_in_place_lists() -> None:
    ms = detect("Shells hit Idlib, Sarmin, Maarbalit and Turmanin.", exists)
    assert [m.surface for m in ms] == ["Idlib", "Sarmin", "Maarbalit", "Turmanin"]


def test_detect_title_case_headline_words_are_weak() -> None:
    ms = detect("Police Raid Homes In Idlib And Aleppo Suburbs\nShells hit Idlib.", exists)
    head = [m for m in ms if m.start < 44]
    assert head and all(m.weak or m.cue for m in head)
    assert not [m for m in ms if m.surface == "Police"]


def test_detect_dateline_and_name_tails() -> None:
    ms = detect("IDLIB (Reuters) - Fighters of Hayat Tahrir Aleppo clashed.", exists)
    assert ms[0].surface == "IDLIB" and ms[0].locative and not ms[0].weak
    tail = [m for m in ms if m.surface == "Aleppo"]
    assert tail and tail[0].tail
