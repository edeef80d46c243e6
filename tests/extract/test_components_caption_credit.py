"""A photo credit that runs into the next sentence (a page that lost its line break) ends the caption: the sentence
after it is read (components._article); synthetic texts."""

from __future__ import annotations

from eventcoder.api import extract_text


def test_components_credit_opening_a_sentence_leaves_the_lead_after_it() -> None:
    # synthetic: "Photo: AGENCY/Name" then the lead, with no line break between
    evs = extract_text("Soldiers patrol a street in Gao. Photo: AFP/Stringer Militants ambushed a military convoy near "
                       "Ansongo on Wednesday, killing four soldiers, the army said.", published="2024-05-10").events
    assert [(e.sub_event_type, e.location, e.fatalities) for e in evs] == [("Armed clash", "Ansongo", 4)]


def test_components_bracketed_credit_ends_the_caption_before_the_lead() -> None:
    # synthetic: a caption closed by its bracketed credit runs into the lead: the caption's town is no event place
    evs = extract_text("Soldiers patrol a street in Gao (Photo: Reuters) Militants ambushed a military convoy near "
                       "Ansongo on Wednesday, killing four soldiers, the army said.", published="2024-05-10").events
    assert [(e.location, e.fatalities) for e in evs] == [("Ansongo", 4)]


def test_components_caption_opening_with_photo_stays_skipped() -> None:
    # synthetic: a caption that opens "Photo:" and tells its picture (no credit before a new sentence) is no event
    evs = extract_text("Photo: Soldiers stand guard near a burned-out truck in Gao after an attack.\n\n"
                       "Militants ambushed a military convoy near Ansongo on Wednesday, killing four soldiers, the "
                       "army said.", published="2024-05-10").events
    assert [e.location for e in evs] == ["Ansongo"]
