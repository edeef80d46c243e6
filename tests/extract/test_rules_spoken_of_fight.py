"""extract.rules: a fight named only as what someone is asked about is no battle of its own (synthetic texts)."""

from __future__ import annotations

from eventcoder.api import extract_text


def test_comment_on_the_skirmish_does_not_outrank_the_air_strike() -> None:
    # synthetic report
    text = ("A military helicopter fired on two villages near Kyauktaw on Tuesday evening, residents said.\n\n"
            "Reporters asked the regional army spokesman for comment on the skirmish, but he declined to answer.")
    doc = extract_text(text, published="2024-02-14")
    assert [e.sub_event_type for e in doc.events] == ["Air/drone strike"]


def test_a_skirmish_told_as_news_stays_a_battle() -> None:
    # synthetic
    text = "Rebels and troops fought a skirmish near Kyauktaw on Tuesday, killing four soldiers, residents said."
    doc = extract_text(text, published="2024-02-14")
    assert "Armed clash" in [e.sub_event_type for e in doc.events]
