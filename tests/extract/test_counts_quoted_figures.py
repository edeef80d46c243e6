"""A figure the reporter quotes ('killed \u201cscores\u201d of insurgents', 'killed "dozens" of them') is still the figure:
the quotation marks around a bare number phrase are read as spaces, offsets unchanged (extract/counts.py
`_unquote_numbers`). Every text was written for this test (synthetic)."""

from __future__ import annotations

from eventcoder.extract.counts import _unquote_numbers


def test_quoted_vague_figure_is_read() -> None:
    sent = "Troops killed \u201cscores\u201d of insurgents near the river, the army said."
    out = _unquote_numbers(sent)
    assert len(out) == len(sent)
    assert "killed  scores  of insurgents" in out


def test_quoted_digits_and_straight_quotes() -> None:
    assert _unquote_numbers('police said "12" rebels died') == "police said  12  rebels died"


def test_quoted_words_that_are_no_figure_stay() -> None:
    sent = "the rebels called it a \u201cvictory\u201d over 'foreign' troops"
    assert _unquote_numbers(sent) == sent


def test_quoted_figure_gives_the_toll() -> None:
    from eventcoder.api import extract_text

    text = "Troops killed \u201cscores\u201d of insurgents in a gun battle near Dikwa on Tuesday, the army said."
    assert [e.fatalities for e in extract_text(text, published="2024-01-23").events] == [10]
