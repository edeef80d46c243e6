"""A page whose only date is in its byline or a photo caption: the publication date, and what is never one.

Every page here is synthetic (written for these tests): the layouts are those of real news sites, the words are not.
Many stored pages carry no machine-readable date; their byline ("Desk Team" over "14 April 2017", "By A. Writer |
14 April 2017"), sometimes after the lead, or an agency-style caption ("..., Saturday, July 2, 2016.") dates them,
so that "on Thursday" in the story can be dated and the store can merge the record.
"""

from __future__ import annotations

import pytest

from eventcoder.ingest import document_from_text
from eventcoder.ingest.header import caption_date, dated_byline, names_author
from eventcoder.ingest.text import build_document
from eventcoder.model import Document
from eventcoder.timeparse import annotate_dates

HEADLINE = "Gunmen attack a convoy on the northern highway"
LEAD = ("Gunmen attacked a supply convoy on the northern highway near Lakeville on Thursday, killing three drivers, "
        "the provincial police said.")
MORE = ("The attackers set two trucks on fire before fleeing into the hills, a witness said.\n\n"
        "No group has claimed the attack, police said.")


def _page(*blocks: str) -> Document:
    return document_from_text("\n\n".join(blocks))


def _thursday(doc: Document) -> str | None:
    annotate_dates(doc)
    return next(m.date for m in doc.dates if m.text.endswith("Thursday"))


@pytest.mark.parametrize(("line", "author", "date", "late"), [
    ("By Sam Writer | 14 April 2017", "By Sam Writer", "2017-04-14", False),
    ("By Sam Writer, 14 April 2017", "By Sam Writer", "2017-04-14", False),
    ("Desk Team / April 14, 2017 10:30 AM GMT", "Desk Team", "2017-04-14", False),
    ("By Sam Writer, Staff Reporter, Lakeville | Published 14 April 2017 | Updated 15 April 2017",
     "By Sam Writer", "2017-04-14", False),
    ("Web Desk | Updated: 15 April 2017", "Web Desk", "2017-04-15", True),
    ("by site news desk \u2022 2017-04-14 \u2022 3 min read", "by site news desk", "2017-04-14", False),
])
def test_byline_lines_that_carry_a_date(line: str, author: str, date: str, late: bool) -> None:
    found = dated_byline(line)
    assert found is not None
    name, mention, is_late = found
    assert (name, mention.date, is_late) == (author, date, late)


@pytest.mark.parametrize("line", [
    "By 14 April 2017, the rebels had taken the town.",  # a sentence, not a byline
    "By Sunday, 16 April 2017 the toll had risen",  # "By" then a date: no name
    "Gunmen attacked the convoy on Thursday, 13 April 2017",  # the story's event date
    "By Sam Writer",  # a byline without a date
    "Troops and rebels clash again near Lakeville | 14 April 2017 | the latest from the front line",
])
def test_lines_that_are_no_dated_byline(line: str) -> None:
    assert dated_byline(line) is None


@pytest.mark.parametrize(("piece", "names"), [
    ("By Sam Writer", True), ("by site news desk", True), ("Written by Lee Author", True), ("Desk Team", True),
    ("Staff Reporter", True), ("Our Correspondent", True), ("By Sunday the toll had risen above forty.", False),
    ("Soldiers", False), ("The team", False), ("By 2017", False),
])
def test_what_names_a_bylines_author(piece: str, names: bool) -> None:
    assert names_author(piece) is names


def test_byline_with_its_date_under_the_headline_dates_the_page() -> None:
    doc = _page(HEADLINE, "By Sam Writer, Staff Reporter | Published 14 April 2017 | Updated 15 April 2017", LEAD, MORE)
    assert (doc.published, doc.published_origin, doc.author) == ("2017-04-14", "byline", "Sam Writer")
    assert doc.title == HEADLINE and doc.body.startswith("Gunmen attacked a supply convoy")
    assert _thursday(doc) == "2017-04-13"


def test_desk_byline_over_a_date_line_after_the_lead_dates_the_page() -> None:
    doc = _page(LEAD, "The attackers set two trucks on fire, a witness said.", "Desk Team\n14 April 2017", MORE)
    assert (doc.published, doc.published_origin, doc.author) == ("2017-04-14", "byline", "Desk Team")
    # the byline and its date line are no story text: the date is not read as one of the story's
    kinds = [(s.kind, doc.text[s.start:s.end]) for s in doc.sections]
    assert ("byline", "Desk Team") in kinds and ("dateline", "14 April 2017") in kinds
    assert "14 April 2017" not in doc.body
    assert _thursday(doc) == "2017-04-13"


def test_lower_case_byline_over_a_timestamp_dates_the_page() -> None:
    doc = _page("gunmen attack a convoy, three drivers killed", "by site news desk\n2017-04-14 09:12:05", LEAD, MORE)
    assert (doc.published, doc.published_origin) == ("2017-04-14", "byline")


def test_an_update_date_is_taken_only_when_the_page_has_no_other() -> None:
    only = _page(LEAD, MORE, "Desk Team\nUpdated: 15 April 2017")
    assert (only.published, only.published_origin) == ("2017-04-15", "byline")
    both = _page(HEADLINE, "Published: 14 April 2017", LEAD, "Desk Team\nUpdated: 15 April 2017", MORE)
    assert (both.published, both.published_origin) == ("2017-04-14", "dateline")


def test_byline_date_below_the_header_is_not_taken_over_page_metadata() -> None:
    doc = build_document("\n\n".join([LEAD, MORE, "Desk Team\n14 April 2017"]), published="2017-04-16",
                         published_origin="metadata")
    assert (doc.published, doc.published_origin) == ("2017-04-16", "metadata")


def test_agency_style_caption_dates_the_page_as_a_caption() -> None:
    caption = ("Soldiers stand guard at a checkpoint near the highway outside Lakeville, Friday, April 14, 2017. "
               "Gunmen attacked a convoy on the road the day before.")
    doc = _page(HEADLINE, LEAD, caption, MORE)
    assert (doc.published, doc.published_origin) == ("2017-04-14", "caption")
    assert any(s.kind == "caption" and doc.text[s.start:s.end] == caption for s in doc.sections)
    assert caption not in doc.body


@pytest.mark.parametrize("line", [
    # a sentence of the story that tells the event's day
    "The convoy was attacked near Lakeville on Thursday, April 13, 2017.",
    # a recalled earlier incident
    "The attack came a year after a bombing at the bus station in Lakeville, Wednesday, April 13, 2016, police said.",
    "Police said the convoy left the depot in Lakeville, Thursday, April 13, 2017.",
    # a file photo shows an earlier day
    "FILE PHOTO: Soldiers patrol the highway outside Lakeville, Monday, March 7, 2016.",
    "Soldiers patrol the highway outside Lakeville, March 7, 2016.",  # no weekday: not the agencies' caption form
    "Soldiers stand guard since Friday, April 14, 2017.",
])
def test_lines_whose_date_is_no_caption_date(line: str) -> None:
    assert caption_date(line) is None


@pytest.mark.parametrize("blocks", [
    # the story's own sentences give the event's day, never the page's
    (HEADLINE, "Gunmen attacked a supply convoy near Lakeville on Thursday, April 13, 2017, police said.", MORE),
    (HEADLINE, LEAD, "The attack came a year after a bombing in Lakeville on Wednesday, 13 April 2016.", MORE),
    # a file photo's caption recalls an earlier day
    (HEADLINE, "FILE PHOTO: Soldiers patrol the highway outside Lakeville, Monday, March 7, 2016.", LEAD, MORE),
    (HEADLINE, "A file photo of soldiers at a checkpoint near Lakeville on 7 March 2016 (Photo: Synthetic Agency)",
     LEAD, MORE),
    # a date line after the lead with no byline: whose date it is, the page does not say
    (LEAD, MORE, "14 April 2017", "Further paragraphs follow here."),
])
def test_pages_left_undated(blocks: tuple[str, ...]) -> None:
    doc = _page(*blocks)
    assert doc.published is None and doc.published_origin is None


def test_bylines_of_other_stories_below_the_story_are_not_the_pages() -> None:
    related = "Related stories\nTroops reopen the highway\nDesk Team\n2 May 2017"
    doc = _page(HEADLINE, LEAD, related)
    assert doc.published is None
    far = _page(LEAD, *[f"Paragraph {n} of the story goes on about the convoy." for n in range(14)],
                "Desk Team\n14 April 2017")
    assert far.published is None


def test_an_event_told_on_thursday_takes_its_day_from_the_byline_date() -> None:
    from eventcoder.api import extract_text

    undated = extract_text("\n\n".join([LEAD, MORE]))
    dated = extract_text("\n\n".join([LEAD, "Desk Team\n14 April 2017", MORE]))
    assert undated.events and not any(e.event_date for e in undated.events)
    assert dated.events and {e.event_date for e in dated.events} == {"2017-04-13"}


def test_a_long_line_of_byline_words_that_is_no_byline_is_read_in_linear_time() -> None:
    """Synthetic hostile lines: a line of many filler words ("on on on ... x") once made the byline pattern try
    every split of its spaces (exponential: 26 words did not finish in 30 s). An alarm stops a regression."""
    import signal

    def _hung(signum: int, frame: object) -> None:
        raise TimeoutError("the byline pattern backtracks exponentially")

    old = signal.signal(signal.SIGALRM, _hung)
    signal.alarm(20)
    try:
        # lines under the byline's length limit (120 characters), so that the pattern is what reads them
        for filler in ("on " * 26, "on  " * 20, "AM " * 26, "AT ON " * 13, "10:30 am " * 9, "A" * 80):
            dated_byline("By John Smith | 3 May 2021 | " + filler + "x")  # returns (what it finds is not the point)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
