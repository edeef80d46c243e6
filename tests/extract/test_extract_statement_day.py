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


def test_a_statement_day_told_after_its_medium_dates_no_act() -> None:
    # synthetic: the army spoke "in a statement late on Thursday" and the rebels "via their Telegram account late on
    # Sunday": neither statement's day is an act's
    from eventcoder.extract.dates import is_statement_date
    from eventcoder.model import DateMention

    for text, day in (("The army said in a statement late on Thursday that the raid had failed.", "Thursday"),
                      ("Rebel commanders claimed via their Telegram account late on Sunday to have hit two tanks.",
                       "Sunday")):
        i = text.index(day)
        assert is_statement_date(text, DateMention(i, i + len(day), None, 1, "relative", day))
    text = "Rebels said they attacked the convoy on Friday near the bridge."
    i = text.index("Friday")
    assert not is_statement_date(text, DateMention(i, i + 6, None, 1, "relative", "Friday"))
