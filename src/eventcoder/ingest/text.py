"""Plain-text reports: headline, photo caption, byline and dateline detection, and Document assembly.

Every reader ends here: it hands :func:`build_document` the text it extracted (and the title,
dates and metadata it found), which normalises the text once, finds its parts and sentences,
and chooses the publication date. All offsets index the final ``Document.text``.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from eventcoder.errors import ConfigError, InputError
from eventcoder.ingest.language import choose_language, not_supported_message
from eventcoder.ingest.normalize import normalize_text
from eventcoder.model import Document, Failure, Section, Sentence, document_id
from eventcoder.segment import split_sentences
from eventcoder.timeparse import MONTH, find_dates, parse_date

__all__ = ["MAX_TEXT_BYTES", "RAW_LIMIT", "build_document", "check_published", "document_from_text", "failure_from",
           "find_layout", "max_text_bytes", "plausible_published"]

# The raw input kept on each Document for provenance (characters); longer inputs are truncated.
RAW_LIMIT = 200_000
# One report's text: the same limit as an HTML page (eventcoder.ingest.html.MAX_HTML_BYTES), so that a
# runaway file fails with a message instead of taking minutes and gigabytes.
MAX_TEXT_BYTES = 10_000_000
# Publication dates before this are not news reports (and dates near year 1 or 9999 overflow date arithmetic).
EARLIEST_PUBLISHED = dt.date(1800, 1, 1)
# A headline is a short first line: at most this many characters and words.
TITLE_MAX_CHARS, TITLE_MAX_WORDS = 250, 35

# Photo credits that end a caption line: "(AA Photo)", "(Photo: AFP)", "Photo: Reuters", "/ AFP".
_CAPTION_END = re.compile(
    r"(?:\((?:[^()]{0,40}\s)?(?:Photo|Photograph|Image|Picture|Foto|File photo)(?:\s*[:/][^()]{0,60})?\)"
    r"|\b(?:Photo|Photograph|Image|Picture|Credit)s?\s*:\s*[^.:]{1,60}"
    r"|\s/\s*(?:AFP|Reuters|AP|EPA|Getty Images|Anadolu(?: Agency)?|Xinhua)(?:\s+via\s+[\w ]+)?)\s*$",
    re.I,
)
# A line that starts like a caption: "FILE PHOTO: ...", "Photo: ...".
_CAPTION_START = re.compile(r"^(?:FILE PHOTO|File photo|PHOTO|Photo|IMAGE|Image|Picture)\s*[:\-\u2013\u2014]\s")
# Only in the header, an agency credit in brackets at the end of a line marks a caption.
_HEADER_CREDIT = re.compile(r"\((?:Reuters|AFP|AP|EPA|Xinhua|Anadolu|AA|Getty Images|SANA|IRNA|TASS|UNICEF)\)\s*$")
# A name: capitalised words, with the particles names have ("Abu Bakr al-Baghdadi", "Ana de Souza").
_NAME = r"[A-Z][\w'\-]*\.?(?:\s+(?:[A-Z][\w'\-]*\.?|(?:al|el|bin|ibn|de|da|do|dos|van|von|der|den|di|du|la|le)(?:-[\w'\-]+)?))*"
# "By Sam Writer and Lee Author", "By ANA EXAMPLE, Synthetic Wire", "By Sam Writer in Rivertown".
_BYLINE = re.compile(rf"^(?:By|BY|Written by|Words by)\s+{_NAME}(?:(?:\s*,\s*|\s+and\s+|\s+&\s+|\s+in\s+){_NAME}){{0,4}}$")
_CREDIT_LINE = re.compile(r"^\(?(?:Reporting|Writing|Editing|Additional reporting|Compiled|Translated) by\b.{0,300}$")
_DATE_LINE_PREFIX = re.compile(r"^(?:(?:Published|Updated|Posted|Last updated|Date|First published)\s*(?:on|:)?\s*)",
                               re.I)
_DATELINE = re.compile(
    r"(?P<place>[A-Z][\w'.\-]*(?:[ \-/][A-Z][\w'.\-]*){0,3})?"
    r"(?:,\s*(?P<region>[A-Z][\w.'\-]*(?:\s[A-Z][\w.'\-]*){0,3}))?"
    rf"(?:,\s*(?P<date>(?:{MONTH})\s+\d{{1,2}}|\d{{1,2}}\s+(?:{MONTH}))(?:,?\s+(?P<year>(?:19|20)\d\d))?)?"
    r"\s*(?:\((?P<agency>[A-Za-z][\w .&/\-]{0,40})\))?"
    r"(?P<sep>\s*(?:--|\u2014|\u2013)|\s+-|:)\s+"
)


@dataclass
class Layout:
    """The parts found in a normalised text: sections in order and the in-text date candidates."""

    sections: list[Section]
    title: str | None
    author: str | None
    agency: str | None
    date_candidates: list[dict[str, Any]]


def _lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each line of ``text[start:end]``, without the line break."""
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        yield pos, stop
        pos = stop + 1


_CREDIT_WORDS = ("photo", "image", "picture", "credit", "foto", "/")


def _photo_credit(line: str) -> bool:
    """Whether the line starts or ends like a photo caption (cheap word test first: most lines are not)."""
    low = line.lower()
    if not any(w in low for w in _CREDIT_WORDS):
        return False
    return bool(_CAPTION_START.match(line) or _CAPTION_END.search(line))


def _is_caption(line: str, *, header: bool) -> bool:
    if _photo_credit(line):
        return True
    return header and bool(_HEADER_CREDIT.search(line))


def _is_title(line: str, after: str) -> bool:
    """A headline: a short line without final period, followed by a blank line or a header line."""
    stripped = line.strip()
    if not stripped or len(stripped) > TITLE_MAX_CHARS or len(stripped.split()) > TITLE_MAX_WORDS:
        return False
    if stripped[-1] in ".,;:!" or stripped.endswith(('."', ".'")) or _DATELINE.match(stripped):
        return False
    if not after.strip():
        return False
    nxt = after.split("\n", 1)[0]
    return after.startswith("\n") or not nxt.strip() or _is_caption(nxt, header=True) or bool(_BYLINE.match(nxt)) \
        or _date_line(nxt) is not None or _dateline(nxt) is not None


def _date_line(line: str) -> str | None:
    """The date of a line that is only a date ("Published: 7 October 2023 10:30 GMT"), else None."""
    body = _DATE_LINE_PREFIX.sub("", line.strip())
    if not body or len(body) > 60:
        return None
    mentions = [m for m in find_dates(body, None) if m.kind == "explicit" and m.precision == 1]
    if not mentions or len(body) - len(mentions[0].text) > 25:
        return None
    return mentions[0].date


def _dateline(line: str) -> re.Match[str] | None:
    """A dateline opening the body ("KYIV (Reuters) -", "MOGADISHU, March 3 --"), else None."""
    m = _DATELINE.match(line)
    if m is None:
        return None
    place = m["place"]
    if place is None:
        # "(Reuters) - ...": an agency alone opens the story.
        return m if m["agency"] and m["sep"] != ":" and m.start("agency") == 1 else None
    caps = re.sub(r"[\s\-./']", "", place)
    if caps.isupper() and len(caps) >= 3:
        if m["sep"] == ":" and not (m["agency"] or m["date"]) and len(place.split()) > 3:
            return None
        return m
    return m if (m["agency"] or m["date"]) and m["sep"] != ":" else None


def find_layout(text: str, *, title: str | None = None, reference: dt.date | None = None) -> Layout:
    """Find the title, captions, byline, dateline and body sections of a normalised text."""
    sections: list[Section] = []
    candidates: list[dict[str, Any]] = []
    author = agency = None
    pos, end = 0, len(text)
    found_title = None
    # Header: title, then caption, byline and date lines, until the first line of the body.
    if title and text.startswith(title):
        _add(text, "title", 0, len(title), sections)
        found_title, pos = title, len(title)
    elif title is None:
        first_end = text.find("\n")
        if first_end > 0 and _is_title(text[:first_end], text[first_end + 1 :]):
            found_title = text[:first_end].strip()
            _add(text, "title", 0, first_end, sections)
            pos = first_end
    body_start = None
    for ls, le in _lines(text, pos, end):
        line = text[ls:le]
        if not line.strip():
            continue
        if _is_caption(line, header=True) and len(line) < 600:
            _add(text, "caption", ls, le, sections)
            candidates.extend(_candidates(line, ls, "caption"))
            continue
        if len(line) < 200 and _BYLINE.match(line):
            _add(text, "byline", ls, le, sections)
            author = author or re.sub(r"^(?:By|BY|Written by|Words by)\s+", "", line).strip()
            continue
        if date := _date_line(line):
            _add(text, "dateline", ls, le, sections)
            candidates.append({"date": date, "origin": "dateline", "text": line.strip(), "start": ls})
            continue
        body_start = ls
        break
    if body_start is None:
        return Layout(sections, found_title, author, agency, candidates)
    # Dateline at the start of the body.
    dl = _dateline(text[body_start : min(end, body_start + 200)])
    if dl is not None and body_start + dl.end() < end:
        _add(text, "dateline", body_start, body_start + len(dl.group().rstrip()), sections)
        agency = dl["agency"]
        if dl["date"]:
            value = f"{dl['date']} {dl['year']}" if dl["year"] else dl["date"]
            resolved = parse_date(value, reference) if dl["year"] or reference else None
            candidates.append({"date": resolved.isoformat() if resolved else None, "origin": "dateline", "text": value,
                               "start": body_start})
        body_start += dl.end()
    _body_sections(text, body_start, end, sections)
    return Layout(sections, found_title, author, agency, candidates)


def _body_sections(text: str, start: int, end: int, sections: list[Section]) -> None:
    """Body sections, cut around standalone caption and credit lines inside the body."""
    body_from = start
    for ls, le in _lines(text, start, end):
        line = text[ls:le]
        if not line.strip() or len(line) > 400:
            continue
        kind = "caption" if _photo_credit(line) else \
            "byline" if _CREDIT_LINE.match(line) else None
        if kind is None:
            continue
        _add(text, "body", body_from, ls, sections)
        _add(text, kind, ls, le, sections)
        body_from = le
    _add(text, "body", body_from, end, sections)


def _add(text: str, kind: str, start: int, end: int, sections: list[Section]) -> None:
    """Append the section ``text[start:end]`` without its surrounding white space, if any is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        sections.append(Section(kind, start, end))


def _candidates(line: str, offset: int, origin: str) -> list[dict[str, Any]]:
    return [{"date": m.date, "origin": origin, "text": m.text, "start": offset + m.start}
            for m in find_dates(line, None) if m.kind == "explicit" and m.precision == 1 and m.date]


def _sentences(text: str, sections: list[Section]) -> list[Sentence]:
    out: list[Sentence] = []
    for s in sections:
        if s.kind == "body":
            out.extend(split_sentences(text, s.start, s.end, "body"))
        else:
            # Headlines, captions, bylines and datelines are one unit each.
            out.append(Sentence(s.start, s.end, s.kind))
    return out


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
    check_text_size(text, title, input_ref)
    body = normalize_text(text)
    clean_title = " ".join(normalize_text(title).split()) if title else None
    if clean_title and not body.startswith(clean_title):
        body = f"{clean_title}\n\n{body}" if body else clean_title
    if not body:
        raise InputError("the input is empty (nothing but white space or invisible characters); nothing to read",
                         input=input_ref)
    reference = _iso_date(fallback)
    layout = find_layout(body, title=clean_title, reference=reference)
    doc_meta = dict(meta or {})
    chosen, origin = _publication_date(published, published_origin, layout, late_published, reference, doc_meta)
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
        title=clean_title or layout.title,
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
                      meta: dict[str, Any]) -> tuple[dt.date | None, str | None]:
    """The publication date and its origin, first plausible one wins (see :func:`build_document`)."""
    chosen = _iso_date(published)
    if chosen is not None and not plausible_published(chosen):
        meta["published_rejected"] = published  # e.g. a page's "9999-12-31": not when it was published
        chosen = None
    if chosen is not None:
        return chosen, origin
    for cand in layout.date_candidates:
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


def check_published(value: str, *, field: str, input: str | None) -> str:
    """``value`` as an ISO date, or an InputError naming ``field`` that says how to write it."""
    day = parse_date(value)
    if day is None:
        raise InputError(f"{field} is {value!r}, not a date; write it as YYYY-MM-DD or leave it out", input=input)
    if not plausible_published(day):
        raise InputError(f"{field} is {value!r}, not a plausible publication date (before 1800 or in the future); "
                         "correct it or leave it out", input=input)
    return day.isoformat()


def size_limit(variable: str, default: int) -> int:
    """A size limit from the environment variable ``variable``, else ``default``; ConfigError when not a number."""
    value = os.environ.get(variable)
    if value is None:
        return default
    try:
        return int(value)
    except ValueError:
        raise ConfigError(f"{variable}={value!r} is not a number of bytes; unset it or give an integer") from None


def max_text_bytes() -> int:
    """The size limit of one text (characters), from ``EVENTCODER_MAX_TEXT_BYTES`` or the default."""
    return size_limit("EVENTCODER_MAX_TEXT_BYTES", MAX_TEXT_BYTES)


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
