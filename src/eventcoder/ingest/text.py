"""Plain-text reports: headline, photo caption, byline and dateline detection, and Document assembly.

Every reader ends here: it hands :func:`build_document` the text it extracted (and the title,
dates and metadata it found), which normalises the text once, finds its parts and sentences,
and chooses the publication date. All offsets index the final ``Document.text``.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from eventcoder.errors import InputError
from eventcoder.ingest.header import Part, line_spans, read_header, url_date
from eventcoder.ingest.language import choose_language, not_supported_message
from eventcoder.ingest.limits import MAX_TEXT_BYTES, max_text_bytes, size_limit, whole_read_limit
from eventcoder.ingest.lines import is_caption
from eventcoder.ingest.normalize import normalize_text
from eventcoder.model import Document, Failure, Section, Sentence, document_id
from eventcoder.segment import split_sentences
from eventcoder.timeparse import parse_date

__all__ = ["MAX_TEXT_BYTES", "RAW_LIMIT", "build_document", "check_published", "document_from_text", "failure_from",
           "find_layout", "max_text_bytes", "plausible_published", "size_limit", "whole_read_limit"]

# The raw input kept on each Document for provenance (characters); longer inputs are truncated.
RAW_LIMIT = 200_000
# Publication dates before this are not news reports (and dates near year 1 or 9999 overflow date arithmetic).
EARLIEST_PUBLISHED = dt.date(1800, 1, 1)

_CREDIT_LINE = re.compile(r"^\(?(?:Reporting|Writing|Editing|Additional reporting|Compiled|Translated) by\b.{0,300}$")


@dataclass
class Layout:
    """The parts found in a normalised text: sections in order and the in-text date candidates."""

    sections: list[Section]
    title: str | None
    author: str | None
    agency: str | None
    date_candidates: list[dict[str, Any]]
    title_span: tuple[int, int] | None = None


def find_layout(text: str, *, title: str | None = None, reference: dt.date | None = None) -> Layout:
    """Find the title, captions, byline, dateline, boilerplate and body sections of a normalised text.

    The header (:func:`eventcoder.ingest.header.read_header`) gives the headline, date lines, byline, page chrome
    and the dateline that opens the story; inside the body, standalone caption and credit lines are cut out;
    everything else is body.
    """
    parts: list[Part] = []
    pos = 0
    title = plain_title(title) if title else title
    if title and text.startswith(title):
        parts.append(Part("title", 0, len(title)))
        pos = len(title)
    head = read_header(text, pos, titled=title is not None, reference=reference)
    parts.extend(head.parts)
    parts.extend(_body_parts(text, head.body_start, len(text), parts))
    parts.sort(key=lambda p: p.start)
    sections = _fill(text, parts)
    found_title = text[slice(*head.title)].strip() if head.title else None
    candidates = [{k: v for k, v in d.items() if k != "rank"} for d in head.dates]
    return Layout(sections, found_title, head.author, head.agency, candidates, head.title)


def _body_parts(text: str, start: int, end: int, header: list[Part]) -> list[Part]:
    """Standalone caption and credit lines inside the body (not already a header part)."""
    taken = [(p.start, p.end) for p in header]
    out: list[Part] = []
    for ls, le in line_spans(text, start, end):
        line = text[ls:le]
        if not line.strip() or len(line) > 400 or any(s < le and ls < e for s, e in taken):
            continue
        kind = "caption" if is_caption(line) else "byline" if _CREDIT_LINE.match(line) else None
        if kind is not None:
            out.append(Part(kind, ls, le))
    return out


def _fill(text: str, parts: list[Part]) -> list[Section]:
    """Sections: the parts in order, the text between them as body."""
    sections: list[Section] = []
    pos = 0
    for p in parts:
        if p.start < pos:
            continue  # overlaps an earlier part
        _add(text, "body", pos, p.start, sections)
        _add(text, p.kind, p.start, p.end, sections)
        pos = p.end
    _add(text, "body", pos, len(text), sections)
    return sections


def _add(text: str, kind: str, start: int, end: int, sections: list[Section]) -> None:
    """Append the section ``text[start:end]`` without its surrounding white space, if any is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        sections.append(Section(kind, start, end))


def _sentences(text: str, sections: list[Section]) -> list[Sentence]:
    out: list[Sentence] = []
    for s in sections:
        if s.kind == "body":
            out.extend(split_sentences(text, s.start, s.end, "body"))
        else:
            # Headlines, captions, bylines and datelines are one unit each.
            out.append(Sentence(s.start, s.end, s.kind))
    return out


def _body_and_title(text: str, title: str | None, input_ref: str | None) -> tuple[str, str | None]:
    """The normalised text, headed by the normalised title when the text does not start with it."""
    check_text_size(text, title, input_ref)
    body = normalize_text(text)
    clean_title = plain_title(title) if title else None
    if clean_title and not body.startswith(clean_title):
        body = f"{clean_title}\n\n{body}" if body else clean_title
    if not body:
        raise InputError("the input is empty (nothing but white space or invisible characters); nothing to read",
                         input=input_ref)
    return body, clean_title


# The typographic quotes that normalize_text folds to ASCII, each replaced one character for one.
_QUOTE_CLASS = {"'": "['\u2018\u2019\u201a\u201b\u2032\u02bc]", '"': "[\"\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]"}
_TITLE_SEARCH = 20_000  # characters of the raw input searched for the headline as the source spells it


def plain_title(title: str) -> str:
    """A headline as it heads ``Document.text``: normalised, white space collapsed (quotes folded to ASCII)."""
    return " ".join(normalize_text(title).split())


def source_title(title: str | None, raw: str, given: str | None) -> str | None:
    """The headline with the source's own quotes and apostrophes ("Sudan\u2019s", not "Sudan's").

    ``Document.text`` folds typographic quotes to ASCII so that lexicons match; the title is a field users read
    and compare with the page, so it keeps the source's spelling. Only the quotes differ: the result folds back
    to ``title`` exactly (:func:`plain_title`), else ``title`` is returned unchanged.
    """
    if not title or not any(q in title for q in _QUOTE_CLASS):
        return title
    candidates = [given] if given else []
    pattern = r"\s+".join("".join(_QUOTE_CLASS.get(c) or re.escape(c) for c in word) for word in title.split())
    found = re.search(pattern, unicodedata.normalize("NFC", raw[:_TITLE_SEARCH]))
    if found:
        candidates.append(found.group(0))
    for candidate in candidates:
        spelled = " ".join(unicodedata.normalize("NFC", candidate).split())
        if spelled != title and plain_title(spelled) == title:
            return spelled
    return title


def build_document(
    text: str,
    *,
    title: str | None = None,
    published: str | None = None,
    published_origin: str | None = None,
    late_published: tuple[str, str] | None = None,
    fallback: str | None = None,
    source: str | None = None,
    url: str | None = None,
    author: str | None = None,
    language: str | None = None,
    input_ref: str | None = None,
    input_format: str = "text",
    raw: str | None = None,
    meta: dict[str, Any] | None = None,
) -> Document:
    """Normalise ``text``, find its layout and sentences, choose the publication date, make the Document.

    Publication date, first found wins: ``published`` (metadata or feed, with its origin), a date
    line or dateline, a photo caption, ``late_published`` (e.g. the WARC crawl date), ``fallback``
    (the user's, origin ``user``). ``fallback`` is also the reference for a dateline without a year.
    A date outside :func:`plausible_published` is passed over. Raises InputError when the text is
    over :func:`max_text_bytes` or holds nothing visible. A report in a language that cannot be
    coded yet gets ``rejected`` with the reason; the pipeline then leaves it alone.
    """
    body, clean_title = _body_and_title(text, title, input_ref)
    reference = _iso_date(fallback)
    layout = find_layout(body, title=clean_title, reference=reference)
    doc_meta = dict(meta or {})
    chosen, origin = _publication_date(published, published_origin, layout, late_published, reference, doc_meta, url)
    if layout.date_candidates:
        doc_meta["date_candidates"] = layout.date_candidates
    code, name = choose_language(body, language)
    if language and code != language:
        doc_meta["language_declared"] = language
    return Document(
        id=document_id(body),
        text=body,
        sections=layout.sections,
        sentences=_sentences(body, layout.sections),
        title=source_title(clean_title or layout.title, text, title),
        source=source or layout.agency,
        url=url,
        author=author or layout.author,
        published=chosen.isoformat() if chosen else None,
        published_origin=origin if chosen else None,
        language=code,
        input_ref=input_ref,
        input_format=input_format,
        raw=(raw if raw is not None else text)[:RAW_LIMIT],
        meta=doc_meta,
        rejected=not_supported_message(code, name) if code else None,
    )


def _publication_date(published: str | None, origin: str | None, layout: Layout,
                      late_published: tuple[str, str] | None, reference: dt.date | None,
                      meta: dict[str, Any], url: str | None = None) -> tuple[dt.date | None, str | None]:
    """The publication date and its origin, first plausible one wins (see :func:`build_document`)."""
    chosen = _iso_date(published)
    if chosen is not None and not plausible_published(chosen):
        meta["published_rejected"] = published  # e.g. a page's "9999-12-31": not when it was published
        chosen = None
    if chosen is not None:
        return chosen, origin
    # the page's own date lines and dateline, then its address ("/2021/06/15/"), then photo captions
    page = [c for c in layout.date_candidates if c["origin"] != "caption"]
    captions = [c for c in layout.date_candidates if c["origin"] == "caption"]
    for cand in page:
        if cand["date"] and plausible_published(day := dt.date.fromisoformat(cand["date"])):
            return day, cand["origin"]
    if (from_url := url_date(url)) is not None and plausible_published(from_url):
        return from_url, "url"
    for cand in captions:
        if cand["date"] and plausible_published(day := dt.date.fromisoformat(cand["date"])):
            return day, cand["origin"]
    if late_published and (late := _iso_date(late_published[0])) and plausible_published(late):
        return late, late_published[1]
    if reference is not None and plausible_published(reference):
        return reference, "user"
    return None, None


def plausible_published(day: dt.date) -> bool:
    """Whether ``day`` can be a report's publication date: from 1800 to two days ahead (time zones)."""
    return EARLIEST_PUBLISHED <= day <= dt.date.today() + dt.timedelta(days=2)


# Three numbers, the last of two digits, whatever the separators and whatever follows (a time, a full stop).
_TWO_DIGIT_YEAR = re.compile(r"\d{1,2}[-/.]\d{1,2}[-/.]\d{2}(?!\d)")
# Day and month first, both of which could be the month ("3/2/2024"): 3 February or 2 March by country.
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.]\d{4}(?!\d)")


def _ambiguous(value: str) -> bool:
    """Whether ``value`` is a numeric date whose order of day and month its writer's country decides."""
    if _TWO_DIGIT_YEAR.match(value):
        return True
    m = _DAY_MONTH_YEAR.match(value)
    return m is not None and int(m[1]) != int(m[2]) and int(m[1]) <= 12 and int(m[2]) <= 12


def check_published(value: str, *, field: str, input: str | None, day_first: bool = False) -> str:
    """``value`` as an ISO date, or an InputError naming ``field`` that says how to write it.

    A date of three numbers with a two-digit year ("24-03-02") is refused: it reads as 24 March 2002, 2 March
    2024 or 3 February 2024 depending on the writer's country, and a wrong fallback date dates every event. So is
    a day and month that could each be the month ("3/2/2024"); "13/2/2024" and "2024-03-02" are not ambiguous.
    ``day_first``: a record's own date field in a batch file is not refused for it; it is read as other numeric
    dates are (day first unless the second number cannot be a month).
    """
    if not day_first and _ambiguous(value.strip()):
        raise InputError(f"{field} is {value!r}, which is ambiguous (day, month and year in an order that "
                         "differs by country); write it as YYYY-MM-DD", input=input)
    day = parse_date(value)
    if day is None:
        raise InputError(f"{field} is {value!r}, not a date; write it as YYYY-MM-DD or leave it out", input=input)
    if not plausible_published(day):
        raise InputError(f"{field} is {value!r}, not a plausible publication date (before 1800 or in the future); "
                         "correct it or leave it out", input=input)
    return day.isoformat()


def check_text_size(text: str, title: str | None, ref: str | None) -> None:
    """Refuse a text over :func:`max_text_bytes`, as HTML pages over their limit are refused."""
    limit = max_text_bytes()
    size = len(text) + len(title or "")
    if size > limit:
        raise InputError(f"the text is {size / 1e6:.1f} MB, over the {limit / 1e6:.1f} MB limit for one report; "
                         "split it into reports or raise EVENTCODER_MAX_TEXT_BYTES to read it anyway", input=ref)


def _iso_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return parse_date(value)


def document_from_text(
    text: str, *, published: str | None = None, title: str | None = None, input_ref: str | None = None
) -> Document:
    """A Document from a plain-text report (headline, caption and dateline detected); ``published`` is the fallback."""
    if published:
        check_published(published, field="--published", input=input_ref)
    return build_document(text, title=title, fallback=published, input_ref=input_ref, input_format="text")


def failure_from(exc: InputError, ref: str) -> Failure:
    """A Failure of the ingest stage for ``ref`` from an InputError, without repeating the input name."""
    message = str(exc)
    if exc.input and message.startswith(f"{exc.input}: "):
        message = message[len(exc.input) + 2 :]
    return Failure(exc.input or ref, "ingest", message)
