"""Plain-text reports: headline, caption, byline, dateline and body detection."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcoder.errors import InputError
from eventcoder.ingest import document_from_text, read
from eventcoder.ingest.text import plain_title, source_title
from eventcoder.model import Document


def _parts(doc: Document) -> list[tuple[str, str]]:
    return [(s.kind, doc.text[s.start : s.end]) for s in doc.sections]


def test_text_reference_full_report(samples: Path) -> None:
    import json

    gold = json.loads((samples / "gold.json").read_text(encoding="utf-8"))["document"]
    (doc,) = list(read(samples / "report-full.txt"))
    assert isinstance(doc, Document)
    assert doc.title == gold["title"]
    assert doc.section_text("caption") == gold["caption"]
    assert doc.body.startswith(gold["body_starts_with"])
    assert doc.published == gold["date_from_caption"] == "2023-10-07"
    assert doc.published_origin == "caption"
    assert [s.kind for s in doc.sections] == ["title", "caption", "body"]
    assert doc.input_format == "text" and doc.input_ref == str(samples / "report-full.txt")


def test_text_reference_body_has_no_title_or_date(samples: Path) -> None:
    (doc,) = list(read(samples / "report-body.txt"))
    assert isinstance(doc, Document)
    assert doc.title is None
    assert doc.published is None and doc.published_origin is None
    assert [s.kind for s in doc.sections] == ["body"]
    assert doc.body.startswith("At least 11 people were killed")
    # One paragraph a line: every line is at least one sentence.
    assert len(doc.sentences) >= len([ln for ln in doc.text.split("\n") if ln.strip()])


def test_text_reference_user_date_is_fallback_only(samples: Path) -> None:
    (full,) = list(read(samples / "report-full.txt", published="2023-10-09"))
    (body,) = list(read(samples / "report-body.txt", published="2023-10-09"))
    assert isinstance(full, Document) and isinstance(body, Document)
    assert (full.published, full.published_origin) == ("2023-10-07", "caption")
    assert (body.published, body.published_origin) == ("2023-10-09", "user")


@pytest.mark.parametrize(
    ("text", "dateline", "agency", "published", "origin"),
    [
        ("LASHKAR GAH, Afghanistan, Sept. 23 (Xinhua) -- Two roadside bombs exploded near a market.",
         "LASHKAR GAH, Afghanistan, Sept. 23 (Xinhua) --", "Xinhua", "2023-09-23", "dateline"),
        ("KYIV (Reuters) - Drones struck an energy facility overnight, officials said.",
         "KYIV (Reuters) -", "Reuters", "2023-10-01", "user"),
        ("MOGADISHU, March 3 \u2014 Fighters attacked a military base outside the city.",
         "MOGADISHU, March 3 \u2014", None, "2023-03-03", "dateline"),
        ("NEW DELHI: Police detained dozens of protesters near the parliament.",
         "NEW DELHI:", None, "2023-10-01", "user"),
        ("Kabul, Oct. 5, 2022 (AP) -- Gunmen opened fire on a bus.",
         "Kabul, Oct. 5, 2022 (AP) --", "AP", "2022-10-05", "dateline"),
        ("(Reuters) - Gunmen opened fire on a bus.", "(Reuters) -", "Reuters", "2023-10-01", "user"),
        ("WASHINGTON/KYIV, Sept 30 (Reuters) - Officials met.", "WASHINGTON/KYIV, Sept 30 (Reuters) -", "Reuters",
         "2023-09-30", "dateline"),
        ("Geneva, 7 October 2023 \u2013 The agency said aid was blocked.", "Geneva, 7 October 2023 \u2013", None,
         "2023-10-07", "dateline"),
    ],
)
def test_text_dateline_kept_out_of_body(text: str, dateline: str, agency: str | None, published: str,
                                        origin: str) -> None:
    doc = document_from_text(text, published="2023-10-01")
    assert _parts(doc)[0] == ("dateline", dateline)
    assert not doc.body.startswith(dateline.split()[0])
    assert doc.source == agency
    assert (doc.published, doc.published_origin) == (published, origin)


def test_text_dateline_without_year_or_reference_gives_no_date() -> None:
    doc = document_from_text("MOGADISHU, March 3 -- Fighters attacked a base.")
    assert doc.published is None
    assert doc.meta["date_candidates"][0]["text"] == "March 3"


@pytest.mark.parametrize(
    "text",
    ["Fighters attacked a base - officials said nothing more.", "Police said: the road is closed.",
     "UN agencies (including UNICEF) - all of them - left.", "(Officials) said nothing - again."],
)
def test_text_sentence_is_not_a_dateline(text: str) -> None:
    doc = document_from_text(text)
    assert [s.kind for s in doc.sections] == ["body"]


def test_text_headline_byline_date_line_and_credits() -> None:
    text = (
        "Gunmen kill three at village market\n"
        "By Sam Writer and Lee Author\n"
        "Published: 4 February 2024 09:15 GMT\n\n"
        "Gunmen killed three traders at a village market on Saturday, police said.\n\n"
        "Photo: Market stalls after the attack (Synthetic Photo)\n\n"
        "The market reopened on Sunday.\n"
        "(Reporting by Sam Writer; Editing by Lee Author)"
    )
    doc = document_from_text(text)
    kinds = [k for k, _ in _parts(doc)]
    assert kinds == ["title", "byline", "dateline", "body", "caption", "body", "byline"]
    assert doc.title == "Gunmen kill three at village market"
    assert doc.author == "Sam Writer and Lee Author"
    assert (doc.published, doc.published_origin) == ("2024-02-04", "dateline")
    assert "Photo:" not in doc.body and "Reporting by" not in doc.body


def test_text_first_sentence_with_period_is_not_a_headline() -> None:
    doc = document_from_text("Troops clashed with rebels on Monday.\n\nTwo soldiers died.")
    assert doc.title is None
    assert [s.kind for s in doc.sections] == ["body"]


def test_text_single_line_is_body() -> None:
    doc = document_from_text("Shelling hit the town")
    assert doc.title is None and doc.body == "Shelling hit the town"


def test_text_given_title_is_prepended_once() -> None:
    doc = document_from_text("Rebels seized the town on Friday.", title="Rebels seize town")
    assert doc.text == "Rebels seize town\n\nRebels seized the town on Friday."
    assert doc.title == "Rebels seize town"
    again = document_from_text("Rebels seize town\n\nRebels seized the town on Friday.", title="Rebels seize town")
    assert again.text == doc.text and again.id == doc.id


def test_text_same_text_same_id() -> None:
    a = document_from_text("Police arrested ten protesters.")
    b = document_from_text("Police arrested ten protesters.\n")
    c = document_from_text("Police arrested eleven protesters.")
    assert a.id == b.id != c.id


def test_text_bad_published_raises_input_error() -> None:
    with pytest.raises(InputError, match="not a date"):
        document_from_text("Text.", published="someday")


def test_text_raw_keeps_input() -> None:
    doc = document_from_text("Troops \u201cwithdrew\u201d on Monday.")
    assert doc.raw == "Troops \u201cwithdrew\u201d on Monday."
    assert doc.text == 'Troops "withdrew" on Monday.'


@pytest.mark.parametrize(
    ("line", "is_byline"),
    [("By Sam Writer", True), ("By ANA EXAMPLE, Synthetic Wire", True), ("By Sam Writer in Rivertown", True),
     ("By Abu Bakr al-Rashid and Ana de Souza", True), ("By Sam Writer Jr.", True),
     ("By Monday the army left.", False), ("By Sunday, the rebels had withdrawn", False),
     ("By then the town was empty", False)],
)
def test_text_byline_only_names(line: str, is_byline: bool) -> None:
    doc = document_from_text(f"Rebels seize town\n{line}\n\nRebels seized the town on Friday.")
    assert ("byline" in [s.kind for s in doc.sections]) is is_byline


# Synthetic headlines: the title keeps the source's typographic quotes while the text folds them.
@pytest.mark.parametrize("raw, title", [
    ("Militia\u2019s convoy hit near river town\n\nThe convoy was hit on Monday, officials said.",
     "Militia\u2019s convoy hit near river town"),
    ("\u201cNo retreat\u201d, says rebel commander\n\nThe commander spoke on Monday, a spokesman said.",
     "\u201cNo retreat\u201d, says rebel commander"),
])
def test_title_keeps_source_quotes(raw: str, title: str) -> None:
    doc = document_from_text(raw)
    assert doc.title == title
    assert doc.text.startswith(plain_title(title))
    assert "\u2019" not in doc.text and "\u201c" not in doc.text


def test_given_title_keeps_source_quotes_and_heads_text_once() -> None:
    doc = document_from_text("Troops\u2019 base shelled\n\nThe base was shelled on Monday.",
                             title="Troops\u2019 base shelled")
    assert doc.title == "Troops\u2019 base shelled"
    assert doc.text.count("base shelled") == 1  # the headline is not put in front of itself again
    assert [s.kind for s in doc.sections][0] == "title"


def test_source_title_never_changes_more_than_quotes() -> None:
    assert source_title("Army's gain", "Army\u2019s  gain reported", None) == "Army\u2019s gain"
    assert source_title("Army's gain", "Armys gain", None) == "Army's gain"
    assert source_title("No quotes here", "No quotes here", None) == "No quotes here"
    assert source_title(None, "x", None) is None
