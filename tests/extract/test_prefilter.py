"""The regex prefilter (extract/prefilter.py) never changes what the cue lexicon or the number reader finds.

The prefilter tries a regex only at the word starts that begin like one of its matches (the literal
beginnings ``beginnings`` reads from the compiled pattern). These tests hold it to the full scan: on
hand-made patterns, on synthetic texts built from the bundled cue lexicon's own patterns and from number
phrases (hypothesis draws strings each pattern matches and surrounds them with other words, punctuation
and case changes), and on the Unicode characters that lower-case, case-fold or read as digits oddly.
"""

from __future__ import annotations

import re
import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventcoder.extract.cues import CueLexicon
from eventcoder.extract.lexicon import Lexicons
from eventcoder.extract.numbers import NUMBER_RE, VAGUE
from eventcoder.extract.prefilter import FOLD_ODD, Prefiltered, beginnings, lowered, may_hold, word_start_only

LEXICONS = Lexicons.load(user=False)
LEXICON = LEXICONS.cues


def _full_scan(lexicon: CueLexicon, text: str, start: int = 0, end: int | None = None) -> dict[str, list[tuple[int, int]]]:
    """The cues found by scanning every class in full (the reference the prefilter must equal)."""
    end = len(text) if end is None else end
    low = text.lower()
    if len(low) != len(text):
        found = lexicon.find(text, start, end)
    else:
        found = lexicon._find_lowered(text, low, start, end, prefilter=False)
    return {cls: [(c.start, c.end) for c in matches] for cls, matches in found.items()}


def _found(lexicon: CueLexicon, text: str, start: int = 0, end: int | None = None) -> dict[str, list[tuple[int, int]]]:
    return {cls: [(c.start, c.end) for c in matches] for cls, matches in lexicon.find(text, start, end).items()}


def _rx(body: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", flags)


@pytest.mark.parametrize(("body", "expected"), [
    ("air ?strikes?|jets?", {"air ", "airs", "jet", "jets"}),
    ("(?:hand )?grenades?", {"hand", "gren"}),
    ("booby[- ]trap(?:ped|s)?", {"boob"}),
    ("at", {"at"}),
    ("a[- ]b", {"a-b", "a b"}),
    ("(?-i:US) troops", {"us t"}),
    ("kill\\w*", {"kill"}),
    ("ki\\w+", {"ki"}),
    ("(?:x|yz)+end", {"x", "yz"}),  # one turn of a repeat, then the beginning stops
    ("(?:\\d+|many) dead", {*"0123456789", "many"}),  # ASCII digits; a text with other digits is scanned in full
])
def test_cues_beginnings_of_literal_patterns(body: str, expected: set[str]) -> None:
    assert beginnings(_rx(body)) == expected


@pytest.mark.parametrize("body", [
    "\\w+ years ago", "[A-Z][a-z]+ March", "(?:\\w+|many) dead", "x?", "\\s+killed", ".kill", "(?:a|\\w)b",
])
def test_cues_beginnings_unknown_when_a_match_may_open_otherwise(body: str) -> None:
    assert beginnings(_rx(body)) is None


def test_cues_bundled_lexicon_mostly_prefiltered() -> None:
    # A class scanned in full costs as much as before; most must be looked up by their beginnings.
    assert len(LEXICON._always) <= len(LEXICON._scans) // 8


def test_cues_fold_odd_characters_are_all_listed() -> None:
    # Non-ASCII characters that IGNORECASE matches to a lower-case ASCII character they do not lower-case to:
    # the prefilter compares lower-cased text, so a text holding one is scanned in full.
    ascii_lower = re.compile("[\x20-\x40\x5b-\x7e]", re.IGNORECASE)
    odd = [c for c in map(chr, range(0x80, 0x110000))
           if len(c.lower()) == 1 and not c.lower().isascii() and ascii_lower.fullmatch(c)]
    assert sorted(odd) == sorted(FOLD_ODD)


def test_cues_prefilter_equals_full_scan_on_synthetic_report() -> None:
    text = ("Synthetic: GUNMEN Killed 4 people and an air-strike hit a market; Protesters marched in March. "
            "Hand grenades, a booby-trap and (IEDs) were found.\n\nA long-running war that has killed many "
            "was recalled; 3 years after the clashes, talks failed. \u017fhelling and \u0131ED, K\u0130LLED.")
    assert _found(LEXICON, text) == _full_scan(LEXICON, text)
    for start, end in ((0, 40), (12, 90), (95, len(text)), (7, 8)):
        assert _found(LEXICON, text, start, end) == _full_scan(LEXICON, text, start, end)


def _examples() -> st.SearchStrategy[str]:
    patterns = sorted({p for pats in LEXICON.patterns.values() for p in pats})
    return st.sampled_from(patterns).flatmap(lambda p: st.from_regex(re.compile(p, re.IGNORECASE), fullmatch=True))


_GLUE = st.sampled_from([" ", "  ", "-", ". ", ", ", "(", ")", "\n", "\n\n", "'", "\u2019", "x", "", "_", " 12 "])
_CASE = st.sampled_from([str, str.upper, str.title, str.lower])
_ODD = st.sampled_from(["", "\u0131", "\u017f", "\u212a", "\u0130", "\u00e9", "\u03a3"])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(pieces=st.lists(st.tuples(_examples(), _GLUE, _CASE), min_size=1, max_size=6),
       filler=st.text(alphabet=string.ascii_letters + " -.", max_size=12), odd=_ODD, cut=st.tuples(
           st.integers(0, 30), st.integers(0, 30)))
def test_cues_prefilter_equals_full_scan_on_lexicon_examples(
        pieces: list[tuple[str, str, object]], filler: str, odd: str, cut: tuple[int, int]) -> None:
    text = filler + "".join(case(example) + glue for example, glue, case in pieces) + odd  # type: ignore[operator]
    assert _found(LEXICON, text) == _full_scan(LEXICON, text)
    start, end = min(cut[0], len(text)), max(0, len(text) - cut[1])
    if start <= end:
        assert _found(LEXICON, text, start, end) == _full_scan(LEXICON, text, start, end)


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"(?<![\w-])kill", True), (r"\bkill", True), (r"(?<!\w)(?:a|b)", True), (r"kill", False),
    (r"\b(?:kill|-x)", False), (r"(?<![-])kill", False), (r"(?<!\w)kill", True),
])
def test_prefilter_word_start_only(pattern: str, expected: bool) -> None:
    assert word_start_only(re.compile(pattern)) is expected
    assert word_start_only(re.compile(pattern, re.ASCII)) is False  # an ASCII \\w is not WORD_START's


NUMBERS = Prefiltered(NUMBER_RE)


def _spans(found: object) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in found]  # type: ignore[attr-defined]


def test_prefilter_numbers_scan_is_prefiltered() -> None:
    assert NUMBERS.keys is not None


@pytest.mark.parametrize("text", [
    "Synthetic: at least 12 people, between five and 7 soldiers, 1 000 000 displaced, twenty-one dead.",
    "SOME 3 wounded; a dozen, dozens of, ten-ish and 2-3 or 4 to 5 injured, 1,200 fled (about 40).",
    "\u0663 killed, \u0131 some 4, \u017feveral, K\u0130LLED 12, March 12 300 people, x12 y-3 al-5",
    "", "1", "a few", "one",
])
def test_prefilter_numbers_equal_full_scan(text: str) -> None:
    assert _spans(NUMBERS.finditer(text)) == _spans(NUMBER_RE.finditer(text))
    for pos, end in ((3, len(text)), (0, max(0, len(text) - 4)), (5, 9), (-3, 400), (9, 5), (2, -1)):
        assert _spans(NUMBERS.finditer(text, pos, end)) == _spans(NUMBER_RE.finditer(text, pos, end))
        first = NUMBER_RE.search(text, pos, end)
        assert _spans([NUMBERS.search(text, pos, end)] if first else []) == _spans([first] if first else [])


_NUMBER_WORDS = st.sampled_from(["one", "twenty", "twenty-one", "hundred", "thousand", "million", "at least",
                                 "between", "and", "to", "or", "-", "about", "nearly", "March", "1", "12", "300",
                                 "1,200", "1 000", "2.5", "\u0663", "\u0131", "people", "x", *VAGUE])


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.tuples(_NUMBER_WORDS, _GLUE, _CASE), max_size=12))
def test_prefilter_numbers_equal_full_scan_on_number_phrases(words: list[tuple[str, str, object]]) -> None:
    text = "".join(case(w) + glue for w, glue, case in words)  # type: ignore[operator]
    assert _spans(NUMBERS.finditer(text)) == _spans(NUMBER_RE.finditer(text))


@settings(max_examples=200, deadline=None)
@given(words=st.lists(st.tuples(_NUMBER_WORDS, _GLUE, _CASE), max_size=10), cut=st.tuples(st.integers(-2, 40),
                                                                                       st.integers(-2, 80)))
def test_prefilter_numbers_equal_full_scan_in_windows(words: list[tuple[str, str, object]], cut: tuple[int, int]) -> None:
    text = "".join(case(w) + glue for w, glue, case in words)  # type: ignore[operator]
    assert _spans(NUMBERS.finditer(text, *cut)) == _spans(NUMBER_RE.finditer(text, *cut))


def test_cues_trie_prefers_the_longest_word() -> None:
    from eventcoder.extract.prefilter import trie as _trie

    rx = re.compile(f"(?=({_trie({'jet', 'jets', 'je', 'air ', 'airc'})}))")
    found = [(m.start(), m.group(1)) for m in rx.finditer("jets jet jeep air cover aircraft ai")]
    assert found == [(0, "jets"), (5, "jet"), (9, "je"), (14, "air "), (24, "airc")]


def test_prefilter_role_hint_equals_its_regex_in_every_window() -> None:
    from eventcoder.extract.components import _ROLE_HINT

    text = "Synthetic. Two were SHOT; bodies found.\nA man died-hard, x-killed, deathsX, Lives lost, gunned  down."
    for pos in range(len(text) + 1):
        for end in range(pos, len(text) + 1, 7):
            got, want = _ROLE_HINT.search(text, pos, end), _ROLE_HINT.rx.search(text, pos, end)
            assert (got and got.span()) == (want and want.span())


def test_prefilter_lowered_copy_is_the_last_texts_and_says_when_it_may_be_used() -> None:
    """Scans share one lower-cased copy of the text they were last given (lowered); a text whose copy does not keep
    its offsets (a character lower-cases to two) is still scanned window by window, as before."""
    plain = "Synthetic: At least 12 KILLED, about forty hurt."
    odd = "Synthetic: \u0130zmir 12 killed, dozens hurt"
    assert lowered(plain) == (plain.lower(), True)
    assert lowered(odd)[1] is False
    assert lowered(plain) == (plain.lower(), True)  # another text replaces the kept copy
    for text in (odd, plain, odd + " and 3 more. " + plain):
        for pos in range(len(text) + 1):
            for end in (pos + 9, len(text)):
                lowered(plain if text is not plain else odd)  # another text was scanned in between
                assert _spans(NUMBERS.finditer(text, pos, end)) == _spans(NUMBER_RE.finditer(text, pos, end))


def _gated() -> list[tuple[re.Pattern[str], tuple[str, ...]]]:
    from eventcoder.extract import counts, crowds, rejections

    reader = LEXICONS.counts
    return [(counts._COUPLE, counts._COUPLE_WORDS), (counts._FAMILY_OF, counts._FAMILY_WORDS),
            (crowds._SHUT, crowds._SHUT_WORDS), (rejections._EXPLODED, rejections._EXPLODED_WORDS),
            (rejections._CLAIM, ("claim",)), (reader._singular_passive, counts._PASSIVE_WORDS),
            (reader._singular_hurt, counts._HURT_WORDS), (reader._pair_killed, counts._PAIR_WORDS),
            (reader._and_relative, counts._RELATIVE_WORDS)]


_GATE_WORDS = st.sampled_from(["a", "an", "the", "elderly", "couple", "Husband", "and", "his", "wife", "MOTHER", "her",
                               "son", "father", "daughter", "family", "of", "five", "occupied", "CLOSED", "shut", "down",
                               "cou\u017fin", "\u212aLOSED", "clo\u017fed", "x", "Exploded", "blasts", "BLEW", "up",
                               "detonated", "claimed", "CLAIMS", "responsibility", "bla\u017ft", "was", "WAS", "has",
                               "had", "been", "died", "of", "wounds", "shot", "injured", "killed", "his", "brother",
                               "their", "wife", "were", "w\u0430s"])


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.tuples(_GATE_WORDS, st.sampled_from([" ", "  ", ", ", "-", "\n"])), max_size=10),
       cut=st.tuples(st.integers(0, 30), st.integers(0, 90)))
def test_prefilter_may_hold_is_never_false_where_the_pattern_matches(words: list[tuple[str, str]],
                                                                     cut: tuple[int, int]) -> None:
    """The literal-word gates of counts, crowds and rejections: a window the gate skips holds no match of its pattern."""
    text = "".join(w + glue for w, glue in words)
    for rx, needed in _gated():
        for pos, end in ((0, len(text)), cut):
            if rx.search(text, pos, end) is not None:
                assert may_hold(text, needed, pos, end)


def test_prefilter_may_hold_examples() -> None:
    from eventcoder.extract import counts

    assert may_hold("Synthetic: an elderly COUPLE was killed.", counts._COUPLE_WORDS)
    assert not may_hold("Synthetic: two farmers were killed.", counts._COUPLE_WORDS)
    assert may_hold("Synthetic: a cou\u017fin was killed.", ("cousin",))  # not ASCII: always tried
    assert not may_hold("Synthetic: a family of five. The end.", counts._FAMILY_WORDS, 20)
    for rx, words, text in (
            (LEXICONS.counts._pair_killed, counts._PAIR_WORDS, "Synthetic: a farmer and his brother were killed."),
            (LEXICONS.counts._singular_passive, counts._PASSIVE_WORDS, "Synthetic: the driver HAS DIED of his wounds."),
            (LEXICONS.counts._singular_hurt, counts._HURT_WORDS, "Synthetic: a guard was shot.")):
        assert rx.search(text) is not None and may_hold(text, words)


_VICTIM_WORDS = st.sampled_from(["A", "An", "One", "The", "body", "of", "a", "an", "the", "man", "soldier", "member",
                                 "council", "was", "were", "has", "been", "killed", "shot", "dead", "KILLED", "Him",
                                 "gunmen", "stabbed", "abducted", "people", "x", "Ahmed", "Tuesday", "One-off"])


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.tuples(_VICTIM_WORDS, st.sampled_from([" ", ", ", ",", "\n", "\u00a0", ". ", "-"])),
                      max_size=14))
def test_prefilter_single_victim_scans_equal_their_regexes(words: list[tuple[str, str]]) -> None:
    """counts reads "killed a man" through a prefiltered scan and "A man was killed" only where such an opening
    stands (_PASSIVE_ONE_STARTS): the same matches as scanning each regex in full."""
    from eventcoder.extract import counts
    from eventcoder.extract.prefilter import matches_at

    reader = LEXICONS.counts
    text = "".join(w + glue for w, glue in words)
    for start in range(len(text) + 1):
        tail = text[start:]  # every suffix: an opening at the text's start and after each kind of gap
        got = matches_at(reader._passive_one, tail, [m.start() for m in counts._PASSIVE_ONE_STARTS.finditer(tail)],
                         len(tail))
        assert _spans(got) == _spans(reader._passive_one.finditer(tail))
    assert _spans(reader._kill_one.finditer(text)) == _spans(reader._kill_one.rx.finditer(text))
