"""Stored news pages: headline, publication date and byline among menus, kickers, captions and banners.

Every page here is synthetic (written for these tests): the layouts are those of real news sites, the words are not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.ingest import document_from_text
from eventcoder.ingest.header import dateline, read_header, url_date, url_date_parts
from eventcoder.ingest.lines import classify
from eventcoder.model import Document

STORY = ("Gunmen attacked a market in the town of Rivertown on Monday, killing four traders, police said.\n\n"
         "The attackers fled on motorcycles before soldiers arrived, residents said.")


def _kinds(doc: Document) -> list[str]:
    return [s.kind for s in doc.sections]


@pytest.mark.parametrize(("line", "kind"), [
    ("Skip to main content", "menu"),
    ("Advertisement", "menu"),
    ("Business", "menu"),
    ("CHEAT SHEET", "menu"),
    ("|", "menu"),
    ("Home | World | Africa", "menu"),
    ("ABC | 0.43% | 24.625 | $ | |", "menu"),
    ("Related stories", "related"),
    ("READ ALSO: Another headline about something else", "related"),
    ("Your email address will not be published. Required fields are marked *", "boilerplate"),
    ("Stay Updated on Developing Stories", "boilerplate"),
    ("This article is more than 5 years old.", "boilerplate"),
    ("Smoke rises over the market after the attack (Photo: Synthetic Agency)", "caption"),
    ("Residents gather near the burned stalls. [Sam Writer/Synthetic Photo]", "caption"),
    ("A file photo of soldiers at a checkpoint", "caption"),
    ("By Sam Writer and Lee Author", "byline"),
    ("Published On 4 Mar 2024", "date"),
    ("Tuesday, 5 March, 2024", "date"),
    ("Gunmen kill four traders at Rivertown market", "headline"),
    ("Gunmen killed four traders at a market on Monday, police said.", "body"),
])
def test_lines_classify_page_lines(line: str, kind: str) -> None:
    assert classify(line).kind == kind


def test_header_headline_under_menus_kicker_and_banner() -> None:
    page = ("Skip to main content\nHome | World | Africa\nMonday, 11 March 2024\nWORLD\n\n"
            "Gunmen kill four traders at Rivertown market\n\nBy Sam Writer\n\n"
            "Published: 10 March 2024\n\n" + STORY)
    doc = document_from_text(page)
    assert doc.title == "Gunmen kill four traders at Rivertown market"
    assert doc.author == "Sam Writer"
    # the banner above the headline shows the day of the visit; the date under the headline is the story's
    assert doc.published == "2024-03-10" and doc.published_origin == "dateline"
    assert doc.body.startswith("Gunmen attacked a market")
    assert "boilerplate" in _kinds(doc) and _kinds(doc).count("title") == 1


def test_header_breadcrumb_last_item_is_the_headline() -> None:
    doc = document_from_text("Home | News | Gunmen kill four traders at Rivertown market\n\n" + STORY)
    assert doc.title == "Gunmen kill four traders at Rivertown market"


def test_header_bare_headline_wins_over_page_title_with_site_name() -> None:
    page = ("Gunmen kill four traders at Rivertown market - The Synthetic Herald!\n"
            "Gunmen kill four traders at Rivertown market\n" + STORY)
    assert document_from_text(page).title == "Gunmen kill four traders at Rivertown market"


def test_header_headline_directly_followed_by_the_story() -> None:
    doc = document_from_text("Four traders killed in Rivertown market attack\n" + STORY)
    assert doc.title == "Four traders killed in Rivertown market attack"
    assert doc.body.startswith("Gunmen attacked")


def test_header_full_headline_wins_over_a_short_kicker() -> None:
    doc = document_from_text("Market terror\n\nFour traders killed in Rivertown market attack\n\n" + STORY)
    assert doc.title == "Four traders killed in Rivertown market attack"


def test_header_short_headline_when_it_is_the_only_one() -> None:
    doc = document_from_text("Peace talks\n\nMarch 28, 2024\n\nThe two sides met again in the capital on Monday.")
    assert doc.title == "Peace talks" and doc.published == "2024-03-28"


def test_header_hard_wrapped_text_has_no_headline() -> None:
    text = ("Gunmen attacked a market in the town of\nRivertown on Monday, killing four traders, police\n"
            "said on Tuesday.")
    assert document_from_text(text).title is None


def test_header_labelled_date_opening_a_line_is_split_from_the_headline() -> None:
    doc = document_from_text("date 2024-03-12 Gunmen kill four traders at Rivertown market\n\n" + STORY)
    assert doc.title == "Gunmen kill four traders at Rivertown market"
    assert doc.published == "2024-03-12"
    assert _kinds(doc)[:2] == ["dateline", "title"]


def test_header_labelled_date_beats_an_unlabelled_one_and_updated_comes_after() -> None:
    page = ("Four traders killed in Rivertown market attack\n\nUpdated: 14 March 2024\n\nPosted: 12 March 2024\n\n"
            + STORY)
    assert document_from_text(page).published == "2024-03-12"


def test_header_footer_labelled_date_and_not_the_related_stories_below() -> None:
    page = (STORY + "\n\nPublished in The Synthetic Herald, March 12th, 2024\n\nRelated\n\n"
            "Another story about somewhere else\n\nUpdated 20 May, 2024")
    doc = document_from_text(page)
    assert doc.published == "2024-03-12"


def test_header_story_dateline_anchors_relative_days_near_the_page_date() -> None:
    page = "date 2024-01-17 RIVERTOWN, Jan 18 (Synthetic Wire) - Soldiers killed two gunmen yesterday, the army said."
    doc = document_from_text(page)
    # the dateline's "Jan 18" is this January, and the story's own day
    assert doc.published == "2024-01-18"
    assert doc.source == "Synthetic Wire"


def test_header_dateline_with_agency_and_date_in_brackets() -> None:
    line = "Rivertown, (Synthetic Wire / Other Wire - 14th Feb, 2024 ) :Two soldiers were killed early Sunday."
    m = dateline(line)
    assert m is not None and m["adate"].strip() == "14th Feb, 2024"
    assert document_from_text("Headline words for a story\n\n" + line).published == "2024-02-14"


def test_header_by_on_its_own_line_then_the_name() -> None:
    doc = document_from_text("Four traders killed in Rivertown market attack\n\nBy\nSam Writer\n\n" + STORY)
    assert doc.author == "Sam Writer"
    assert _kinds(doc)[:3] == ["title", "byline", "byline"]


def test_header_one_line_report_is_body() -> None:
    doc = document_from_text("Shelling hit the town")
    assert doc.title is None and _kinds(doc) == ["body"]


def test_header_read_header_offsets() -> None:
    text = "WORLD\nFour traders killed in Rivertown market attack\n\n" + STORY
    head = read_header(text)
    assert head.title is not None and text[slice(*head.title)] == "Four traders killed in Rivertown market attack"
    assert text[head.body_start:].startswith("Gunmen attacked")


@pytest.mark.parametrize(("url", "day"), [
    ("https://news.example/world/2021/06/15/market-attack", dt.date(2021, 6, 15)),
    ("https://news.example/2021-06-15-market-attack.html", dt.date(2021, 6, 15)),
    ("https://news.example/story/20210615/market", dt.date(2021, 6, 15)),
    ("https://news.example/story/2021/13/45/market", None),
    ("https://news.example/story/market-attack-12345", None),
    (None, None),
])
def test_header_url_date(url: str | None, day: dt.date | None) -> None:
    assert url_date(url) == day


@pytest.mark.parametrize(("url", "parts"), [
    # Synthetic addresses: the one reader of a page address's date (ingest and the store's profile).
    ("https://news.example/world/2021/06/15/market-attack", (2021, 6, 15)),
    ("https://news.example/2021-06-15-market-attack.html", (2021, 6, 15)),
    ("https://news.example/world/2023/jan/06/gunmen-attack", (2023, 1, 6)),
    ("https://news.example/2023/1/6/gunmen-attack", (2023, 1, 6)),
    ("https://news.example/2021/06/gunmen-attack/", (2021, 6, None)),  # the month alone: no day
    ("https://news.example/2021/jun/gunmen-attack", (2021, 6, None)),
    ("https://2021.news.example/06/gunmen-attack", None),  # the host carries no page date
    ("https://news.example/item?path=/2021/06/", None),  # nor the query string
    ("https://news.example/story/2021/13/45/market", None),
    (None, None),
])
def test_header_url_date_parts(url: str | None, parts: tuple[int, int, int | None] | None) -> None:
    assert url_date_parts(url) == parts
    day = dt.date(parts[0], parts[1], parts[2]) if parts is not None and parts[2] is not None else None
    assert url_date(url) == day


def test_header_masthead_above_the_navigation_is_not_the_headline() -> None:
    page = ("The Synthetic Herald, the paper of the valley\nContact us\n"
            "Four traders killed in Rivertown market attack\n\n" + STORY)
    assert document_from_text(page).title == "Four traders killed in Rivertown market attack"


def test_header_related_stories_heading_ends_the_header() -> None:
    page = ("Gunmen killed four people in Rivertown on Monday, police said.\n\n"
            "Photo: Soldiers patrol a street (Synthetic Photo)\n\nRelated stories\n\n"
            "Bandits kill 12 in another town\n\nTroops kill 20 militants elsewhere")
    doc = document_from_text(page)
    # the heading stays in the body, where the engine stops reading
    assert "Related stories" in doc.body and "boilerplate" not in [s.kind for s in doc.sections]


@pytest.mark.parametrize(("line", "day"), [
    ("Jun 15, 2021  \u2022  36 minutes ago  \u2022  < 1 minute read", "2021-06-15"),
    ("Publish date : 2023-11-02 17:05:41", "2023-11-02"),
    ("Published on Mar 3, 2016 at 9:12 PM", "2016-03-03"),
    ("date 2021-01-01 Four traders killed in Rivertown market attack", None),
])
def test_lines_date_of_meta_and_labelled_lines(line: str, day: str | None) -> None:
    from eventcoder.ingest.lines import date_of_line

    assert date_of_line(line) == day


def test_header_reading_time_does_not_end_the_header() -> None:
    page = ("Four traders killed in Rivertown market attack\n\nGunmen opened fire on traders.\n\n2 min read\n\n"
            "03 March, 2024\n\n" + STORY)
    assert document_from_text(page).published == "2024-03-03"


@pytest.mark.parametrize(("opening", "published", "source"), [
    ("RIVERTOWN (Synthetic Wire / Other Wire - 13th April, 2023) Police fired tear gas.", "2023-04-13",
     "Synthetic Wire / Other Wire"),
    ("Rivertown, Valeland (SWN) Gunmen seized a bakery overnight.", None, "SWN"),
    ("July 8th, 2016, Rivertown \u2013 Worshippers at the grounds were attacked.", "2016-07-08", None),
    ("August 10, 2018 - Dozens of children were killed in the strike.", "2018-08-10", None),
])
def test_header_opening_datelines(opening: str, published: str | None, source: str | None) -> None:
    doc = document_from_text("Four traders killed in Rivertown market attack\n\n" + opening + "\n\nMore text follows.")
    assert doc.published == published and doc.source == source
    assert "dateline" in [s.kind for s in doc.sections]


def test_header_organisation_in_brackets_is_no_dateline() -> None:
    doc = document_from_text("Police (PNP) said two men were held.\n\nMore text follows here.")
    assert [s.kind for s in doc.sections] == ["body"]


def test_header_caption_with_its_credit_on_the_next_line() -> None:
    page = ("Four traders killed in Rivertown market attack\n\nProtesters march in the capital on June 20, 2024.\n"
            "Photo credit: Sam Writer | Synthetic Media\n\nOne person died on Thursday, medics said.")
    doc = document_from_text(page)
    assert [s.kind for s in doc.sections] == ["title", "caption", "caption", "body"]
    assert doc.published == "2024-06-20" and doc.published_origin == "caption"


def test_header_title_cased_headline_run_into_the_lead() -> None:
    page = ("date 2024-03-12 Troops Retake Town In The North After Clashes With Rebels Soldiers entered the town "
            "on Monday after heavy fighting, the army said.\n\nMore text follows here.")
    doc = document_from_text(page)
    assert doc.title == "Troops Retake Town In The North After Clashes With Rebels"
    assert doc.body.startswith("Soldiers entered the town")


def test_header_names_in_a_row_are_no_glued_headline() -> None:
    text = "United Nations Secretary General Antonio Guterres Said on Monday that aid must flow.\n\nMore text here."
    assert document_from_text(text).title is None


def test_header_archive_notice_does_not_end_the_header() -> None:
    page = "This story is over 5 years old.\nFour traders killed in Rivertown market attack\n" + STORY
    assert document_from_text(page).title == "Four traders killed in Rivertown market attack"
