"""Date expressions in text and metadata date values."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventcoder.ingest import document_from_text
from eventcoder.timeparse import annotate_dates, find_dates, parse_date

SAT = dt.date(2023, 10, 7)  # a Saturday


def _one(text: str, ref: dt.date | None = SAT) -> tuple[str, str | None, int, str]:
    found = find_dates(text, ref)
    assert len(found) == 1, found
    m = found[0]
    assert text[m.start : m.end] == m.text
    return m.text, m.date, m.precision, m.kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It happened on 7 October 2023 in the town.", ("7 October 2023", "2023-10-07", 1, "explicit")),
        ("It happened on Oct. 7, 2023, in the town.", ("Oct. 7, 2023", "2023-10-07", 1, "explicit")),
        ("It happened on the 7th of October 2023.", ("7th of October 2023", "2023-10-07", 1, "explicit")),
        ("It happened on Saturday, 7 October 2023.", ("Saturday, 7 October 2023", "2023-10-07", 1, "explicit")),
        ("Records of 2023-10-07 show it.", ("2023-10-07", "2023-10-07", 1, "explicit")),
        ("It happened on 12/03/2023 at noon.", ("12/03/2023", "2023-03-12", 1, "explicit")),
        ("It happened on 03/25/2023 at noon.", ("03/25/2023", "2023-03-25", 1, "explicit")),
        ("It happened on 5.6.2022 at noon.", ("5.6.2022", "2022-06-05", 1, "explicit")),
        ("Protests began in March 2019.", ("March 2019", "2019-03-15", 3, "explicit")),
        ("Talks resumed in late May 2021.", ("late May 2021", "2021-05-15", 3, "explicit")),
    ],
)
def test_timeparse_explicit_dates(text: str, expected: tuple[str, str | None, int, str]) -> None:
    assert _one(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The attack took place on October 5.", ("October 5", "2023-10-05", 1, "relative")),
        ("The attack took place on 5 October.", ("5 October", "2023-10-05", 1, "relative")),
        # A month-day after the reference belongs to the year before.
        ("The attack took place on December 20.", ("December 20", "2022-12-20", 1, "relative")),
        ("Gunmen attacked on Wednesday.", ("Wednesday", "2023-10-04", 1, "relative")),
        ("Gunmen attacked late on Wednesday.", ("late on Wednesday", "2023-10-04", 1, "relative")),
        ("Gunmen attacked Wednesday night.", ("Wednesday night", "2023-10-04", 1, "relative")),
        ("Gunmen attacked on Saturday.", ("Saturday", "2023-10-07", 1, "relative")),
        ("Gunmen attacked last Saturday.", ("last Saturday", "2023-09-30", 1, "relative")),
        ("Gunmen attacked last Friday.", ("last Friday", "2023-10-06", 1, "relative")),
        ("Gunmen attacked yesterday.", ("yesterday", "2023-10-06", 1, "relative")),
        ("Gunmen attacked today.", ("today", "2023-10-07", 1, "relative")),
        ("Gunmen attacked last night.", ("last night", "2023-10-06", 1, "relative")),
        ("Gunmen attacked overnight.", ("overnight", "2023-10-06", 1, "relative")),
        ("The army hit the district after midnight.", ("after midnight", "2023-10-07", 1, "relative")),
        ("Gunmen attacked this morning.", ("this morning", "2023-10-07", 1, "relative")),
        ("Gunmen attacked the day before yesterday.", ("the day before yesterday", "2023-10-05", 1, "relative")),
        ("Gunmen attacked three days ago.", ("three days ago", "2023-10-04", 1, "relative")),
        ("Clashes continued this week.", ("this week", "2023-10-05", 2, "relative")),
        ("Clashes continued last week.", ("last week", "2023-09-28", 2, "relative")),
        ("Clashes continued this month.", ("this month", "2023-10-07", 3, "relative")),
        ("Clashes continued last month.", ("last month", "2023-09-15", 3, "relative")),
        ("Clashes began in early March.", ("early March", "2023-03-15", 3, "relative")),
        ("Clashes began in November.", ("November", "2022-11-15", 3, "relative")),
    ],
)
def test_timeparse_relative_dates(text: str, expected: tuple[str, str | None, int, str]) -> None:
    assert _one(text) == expected


@pytest.mark.parametrize(
    ("text", "surface"),
    [("The war began in 2017.", "2017"), ("Fighting since 2011 killed many.", "2011"),
     ("In the 2017-2020 period, many fled.", "2017-2020"), ("Elections of 2014/15 were held.", "2014/15")],
)
def test_timeparse_years_have_no_date(text: str, surface: str) -> None:
    assert _one(text) == (surface, None, 4, "year")


@pytest.mark.parametrize(
    "text",
    ["At least 11 people were killed and 78 injured.", "About 2,000 families fled.", "In 2000 homes, power failed.",
     "The March 23 Movement attacked.", "They may return.", "The score was 3.5.", "He said 31 February."],
)
def test_timeparse_no_false_dates(text: str) -> None:
    assert find_dates(text, SAT) == []


def test_timeparse_no_reference_leaves_relative_unresolved() -> None:
    found = find_dates("Gunmen attacked on Wednesday and yesterday, on October 5 and on 7 October 2023.", None)
    assert [(m.text, m.date, m.kind) for m in found] == [
        ("Wednesday", None, "relative"), ("yesterday", None, "relative"), ("October 5", None, "relative"),
        ("7 October 2023", "2023-10-07", "explicit")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # synthetic; SAT is Saturday 7 October 2023
        ("The truce will take effect at dawn on Monday.", "2023-10-09"),
        ("Talks are due to resume on Wednesday.", "2023-10-11"),
        ("Voters go to the polls next Friday.", "2023-10-13"),
        ("Security was tightened ahead of Sunday's vote.", "2023-10-08"),
        ("The ceasefire takes effect Saturday.", "2023-10-07"),
        ("Both sides will cease fire along the whole front line as of 2am on Monday.", "2023-10-09"),
        ("Gunmen attacked the village on Monday.", "2023-10-02"),  # told as past: backward
        ("He said on Monday that he will resign.", "2023-10-02"),  # the future comes after the weekday
        ("Police will investigate the attack that killed 12 people on Monday.", "2023-10-02"),  # a past clause
        ("The army, which will not comment, said Monday it had struck.", "2023-10-02"),  # another clause
    ],
)
def test_timeparse_future_weekday_resolves_forward(text: str, expected: str) -> None:
    assert _one(text)[1] == expected


def test_timeparse_weekday_joins_following_date() -> None:
    found = find_dates("It began late on Wednesday, Oct. 4, near the border.", SAT)
    assert [(m.text, m.date, m.kind) for m in found] == [("late on Wednesday, Oct. 4", "2023-10-04", "relative")]


def test_timeparse_offset_is_added() -> None:
    (m,) = find_dates("on Friday", SAT, offset=100)
    assert (m.start, m.end) == (103, 109)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-10-07", "2023-10-07"), ("2023-10-07T23:30:00-05:00", "2023-10-07"), ("2023-10-07 10:00:00Z", "2023-10-07"),
        ("Sat, 07 Oct 2023 10:00:00 GMT", "2023-10-07"), ("Oct. 7, 2023", "2023-10-07"),
        ("7 October 2023", "2023-10-07"), ("12/03/2024", "2024-03-12"), ("03/25/2024", "2024-03-25"),
        ("12.03.2024", "2024-03-12"), ("20231007", "2023-10-07"), ("2023/10/07", "2023-10-07"),
        ("7 octobre 2023", "2023-10-07"), ("not a date", None), ("", None), ("31/02/2024", None),
    ],
)
def test_timeparse_parse_date_values(value: str, expected: str | None) -> None:
    result = parse_date(value)
    assert (result.isoformat() if result else None) == expected


def test_timeparse_parse_date_relative_needs_reference() -> None:
    assert parse_date("yesterday", SAT) == dt.date(2023, 10, 6)
    assert parse_date("yesterday") is None


def test_timeparse_annotate_dates_uses_published() -> None:
    doc = document_from_text("Gunmen attacked on Wednesday.", published="2023-10-07")
    annotate_dates(doc)
    assert [(m.text, m.date) for m in doc.dates] == [("Wednesday", "2023-10-04")]
    for m in doc.dates:
        assert doc.text[m.start : m.end] == m.text


def test_timeparse_reference_report_dates(samples: object) -> None:
    from pathlib import Path

    from eventcoder.ingest import read

    (doc,) = list(read(Path(str(samples)) / "report-full.txt"))
    annotate_dates(doc)  # type: ignore[arg-type]
    by_text = {m.text: m for m in doc.dates}  # type: ignore[union-attr]
    assert by_text["Oct. 7, 2023"].date == "2023-10-07"
    assert by_text["after midnight"].date == "2023-10-07"
    assert by_text["March 5, 2020"].date == "2020-03-05"
    assert by_text["2017-2020"].kind == "year" and by_text["2017-2020"].date is None
    assert by_text["March 2011"].precision == 3


_DATE_PIECES = st.sampled_from(["2023", "12", "/", "-", ".", "Oct.", "October", "7", "yesterday", "Monday", " ", "T",
                                "Z", "+03:00", "octobre", "10:30", "GMT", "Sat,", "31", "02", "last", "ago", "3 days",
                                "late on", "since", "in", "mid-"])


@settings(max_examples=80, deadline=None)
@given(st.one_of(st.text(max_size=40), st.lists(_DATE_PIECES, max_size=8).map(" ".join)),
       st.none() | st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1)))
def test_timeparse_never_raises_and_spans_match(value: str, reference: dt.date | None) -> None:
    result = parse_date(value, reference)
    assert result is None or isinstance(result, dt.date)
    for m in find_dates(value, reference):
        assert value[m.start : m.end] == m.text
        assert m.date is None or dt.date.fromisoformat(m.date)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # synthetic: the hyphenated day-month-year of web pages' date lines
        ("Updated: 07-July-2016 | Share", ("07-July-2016", "2016-07-07", 1, "explicit")),
        ("Posted 3-Sep-2021 by the news desk", ("3-Sep-2021", "2021-09-03", 1, "explicit")),
    ],
)
def test_timeparse_hyphenated_day_month_year(text: str, expected: tuple[str, str | None, int, str]) -> None:
    assert _one(text) == expected


def test_timeparse_day_range_keeps_its_last_day() -> None:
    # synthetic: "5-7 July 2016" is not a hyphenated date; its last day is read as before
    assert _one("Talks were held on 5-7 July 2016 in the capital.")[:2] == ("7 July 2016", "2016-07-07")
