"""A statement's day dates no later undated sentence (synthetic texts written for eventcoder)."""

from __future__ import annotations

from eventcoder.api import extract_text


def test_an_undated_sentence_takes_the_act_day_not_the_statement_day_before_it() -> None:
    # synthetic: the lead dates the raid (Tuesday) and the governor's statement (Wednesday); the paragraph after
    # it tells the fighting without a day: it happened on the raid's day, not the day the governor spoke.
    text = ("At least 8 people were killed when ISWAP fighters raided a police post in Dikwa on Tuesday night, the "
            "state governor said on Wednesday.\n\n"
            "The raid began when a suicide bomber drove a truck into the gate. Five gunmen then entered the "
            "compound and opened fire on officers. Soldiers fought the attackers for two hours before retaking "
            "the post.\n\n"
            "Three officers and the five gunmen were killed, the governor said.")
    evs = extract_text(text, published="2024-05-09").events  # a Thursday
    assert evs and {e.event_date for e in evs} == {"2024-05-07"}
