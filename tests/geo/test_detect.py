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


_REFERENCE_TOKEN = (r"(?:[A-Z]\.){2,}|[A-Z]&[A-Z](?![\w&])|(?:St|Ste|Mt|Ft|Pt)\.(?=\s+[A-Z])|"
                    r"[^\W\d_](?:[^\W_]|['\u2019\u2018`\u02bb\u02bc\u02bf\u02be](?=[^\W\d_])|-(?=[^\W_]))*|[.!?;:\n]|\d+")


def test_detect_tokens_equal_the_one_character_at_a_time_reading() -> None:
    """Synthetic: words read as runs between glue marks are the tokens the character-by-character pattern read
    (apostrophes before a letter, hyphens before a letter or digit, initials, ampersands, abbreviations)."""
    import re

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from eventcoder.geo.detect import _TOKEN

    reference = re.compile(_REFERENCE_TOKEN)

    @settings(max_examples=300, deadline=None)
    @given(st.text(alphabet="aZé9-'\u2019\u02bb&. \nS", max_size=30))
    def same(text: str) -> None:
        assert [m.span() for m in _TOKEN.finditer(text)] == [m.span() for m in reference.finditer(text)]

    same()
    text = "Ain al-Asad, O'Brien's U.S.A. A&B St. Marie 3-4 x--y z-'q ʻAdan"
    assert [m.group() for m in _TOKEN.finditer(text)] == [m.group() for m in reference.finditer(text)]
