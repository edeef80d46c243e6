"""extract.strategic.capture: a tally of places taken over a campaign is no capture of the report's day (synthetic
texts)."""

from __future__ import annotations

from eventcoder.api import extract_text


def _places(text: str) -> list[str | None]:
    doc = extract_text(text, published="2024-01-12")
    return sorted(e.location or "" for e in doc.events)


def test_places_taken_over_a_campaign_are_no_new_captures() -> None:
    # synthetic report
    text = ("The Arakan Army captured the town of Kyauktaw on Thursday, residents said.\n\n"
            "In a three-month campaign the group has taken control of Minbya, Mrauk-U and Pauktaw, its spokesman "
            "said.")
    places = _places(text)
    assert places and all("Minbya" not in p and "Pauktaw" not in p for p in places if p)


def test_one_town_taken_today_stays_a_capture() -> None:
    # synthetic
    text = "The Arakan Army has taken control of Minbya, residents said on Thursday."
    assert _places(text)
