"""The rule-based sentence splitter."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcoder.segment import split_sentences


def _split(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text, 0, len(text), "body")]


@pytest.mark.parametrize(
    "text",
    [
        "Gen. Ali Khan said the army withdrew on Oct. 7 from the town.",
        "Lt. Col. Smith and Dr. Jones met Mr. Brown in St. Louis.",
        "The U.S. embassy and the U.N. mission were closed.",
        "About 3.5 million people fled, according to Sept. figures.",
        "The bus, No. 5, was hit near the school.",
        "John F. Kennedy Street was closed.",
        "Capt. Maj. Sgt. and Gov. officials attended.",
        "He said, \"We will not leave.\" he added later.",
    ],
)
def test_segment_keeps_abbreviations_inside(text: str) -> None:
    assert _split(text) == [text]


def test_segment_splits_sentences_and_keeps_offsets() -> None:
    text = "Gunmen killed two. Police said 3 fled! Was it over? \"Yes,\" he said. (Officials denied it.) The end"
    parts = _split(text)
    assert parts == ["Gunmen killed two.", "Police said 3 fled!", "Was it over?", "\"Yes,\" he said.",
                     "(Officials denied it.)", "The end"]


def test_segment_acronym_at_sentence_end() -> None:
    assert _split("Troops came from the U.S. The army said so.") == ["Troops came from the U.S.",
                                                                       "The army said so."]
    assert _split("It ended at 10 p.m. The curfew began.") == ["It ended at 10 p.m.", "The curfew began."]


def test_segment_paragraph_breaks_always_split() -> None:
    assert _split("Five killed in attack\n\nAt least five people\n\nwere killed") == [
        "Five killed in attack", "At least five people", "were killed"]


def test_segment_headline_line_and_wrapped_lines() -> None:
    text = ("Clashes in the north\nFighting between the army and rebels killed at least four soldiers near the\n"
            "border town on Friday, the army said.\nNo group claimed it.")
    assert _split(text) == [
        "Clashes in the north",
        "Fighting between the army and rebels killed at least four soldiers near the\n"
        "border town on Friday, the army said.",
        "No group claimed it.",
    ]


def test_segment_section_kind_and_range() -> None:
    text = "Title here\n\nOne. Two."
    sents = split_sentences(text, 12, len(text), "body")
    assert [(s.start, s.end, s.section) for s in sents] == [(12, 16, "body"), (17, 21, "body")]
    assert split_sentences(text, 0, 0, "body") == []
    assert split_sentences("   \n\n  ", 0, 7, "body") == []


def test_segment_missing_space_after_period() -> None:
    assert _split("Two rockets hit the base, officials said.Two others fell nearby.") == [
        "Two rockets hit the base, officials said.", "Two others fell nearby."]
    assert _split("See example.com and Ph.D. Thesis work.") == ["See example.com and Ph.D. Thesis work."]


def test_segment_user_abbreviations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from eventcoder.segment import abbreviations

    extra = tmp_path / "abbr.txt"
    extra.write_text("# ranks of a fictional army\nCdt.\nWO\n", encoding="utf-8")
    text = "Cdt. Ray and WO. Lee left. They came back."
    assert _split(text)[0] == "Cdt."
    monkeypatch.setenv("EVENTCODER_ABBREVIATIONS", str(extra))
    abbreviations.cache_clear()
    try:
        assert _split(text) == ["Cdt. Ray and WO. Lee left.", "They came back."]
    finally:
        monkeypatch.delenv("EVENTCODER_ABBREVIATIONS")
        abbreviations.cache_clear()
