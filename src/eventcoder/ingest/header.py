"""The header of a stored news page: headline, date lines, byline and dateline among the page's boilerplate.

A page as stored opens with chrome (menus, breadcrumbs, section labels, a site banner with today's date, photo
captions) around the story's headline, its date line and byline, then the story. :func:`read_header` reads the
first lines with :func:`eventcoder.ingest.lines.classify` and decides:

* the headline: the first headline-like line of four words or more before the story starts (a breadcrumb's last
  item counts; a page title with the site's name appended gives way to the bare headline), else the last shorter
  headline-like line before the story;
* the publication date, best first: a labelled date ("Published", "Posted", a leading "date 2021-05-04"), an
  unlabelled date line after the headline (the article's), a byline that carries its date ("By A. Writer |
  3 May 2021", a desk's name over a date line, read among the page's first lines even after the lead), a dated
  dateline, an "Updated" date (in a date line or a byline: only when no other is given), a date line above the
  headline (a site banner shows the day of the visit, not of the story), then dates in captions (one closing an
  agency-style caption, "..., Saturday, May 1, 2021.", counts; a file photo's does not: it shows an earlier day).
  A date inside a sentence of the story is the event's, never the page's;
* where the story starts: after at most one standfirst paragraph when captions, bylines or dates follow it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from eventcoder.ingest.lines import LONG_LINE, Line, classify, date_label, date_of_line, is_late_label, is_navigation
from eventcoder.model import DateMention
from eventcoder.timeparse import MONTH, WEEKDAY, find_dates, parse_date

__all__ = ["DATE_FIRST", "DATELINE", "Header", "Part", "caption_date", "dated_byline", "dateline", "line_spans", "names_author",
           "read_header", "url_date", "url_date_parts"]

# Non-blank lines read before the story must have started.
MAX_HEADER_LINES = 24
# A title-cased headline run into the lead: at least this many words, with small words capitalised.
GLUED_MIN_WORDS = 6
_TITLE_SMALL_WORDS = frozenset({"in", "of", "on", "at", "to", "for", "with", "by", "from", "as", "and", "the", "a",
                                "an", "after", "over", "into"})
# Lines classified after the second body line, for the rules that look at the next lines.
LOOK_AHEAD = 3
# A headline of this many words or more is taken before shorter headline-like lines (kickers, labels).
FULL_HEADLINE_WORDS = 4
# Ranks of publication-date candidates (lower is better): see the module docstring.
RANK = {"story_dateline": -1, "labelled": 0, "after_title": 1, "byline": 2, "dateline": 3, "updated": 4, "banner": 5,
        "footer": 6, "caption": 7}
# A story's dateline date this close to the page's date is the day the story was written: the anchor of its
# "yesterday" and "on Monday" (a page's date may be a day off, in another time zone).
DATELINE_AGREES_DAYS = 3
# Lines of the page's foot read for a labelled date ("Published in <paper>, <date>", "Posted by <name> <date>").
FOOTER_MAX_CHARS = 100
# Non-blank lines from the top of the page read for a byline or a caption that dates the page (a byline can come
# after the lead: "<lead>\n\nDesk Team\n3 May 2021").
BYLINE_SCAN_LINES = 12
# A byline that carries its date is a short line; the name in it a few words.
BYLINE_MAX_CHARS = 120
BYLINE_MAX_WORDS = 6
# Other items of a byline line: a place or a section ("By A. Writer, Lagos | 3 May 2021"), a few words.
BYLINE_ITEM_WORDS = 3
# "By A. Writer", "Written by ...", "by desk name" (some sites write it in lower case).
_BY_PREFIX = re.compile(r"^(?:by|written by|words by|reported by|posted by|story by|compiled by)\s+(?=\S)", re.I)
# A byline that names a desk, not a person, in title case: "Desk Team", "Web Desk", "Staff Reporter", "Our
# Correspondent".
_DESK = re.compile(r"^(?:[\w'&.\-]+\s+){0,3}(?:team|desk|staff|reporter|correspondent|editor|bureau|newsroom|agencies|"
                   r"writer|contributor|news service|online)s?$", re.I)
# Between the items of a byline line: "|", bullets, " / ", dashes, commas, semicolons.
_BYLINE_SEP = re.compile(r"\s*(?:[|\u2022\u00b7,;]|\s/\s|\s[-\u2013\u2014]\s|[\u2013\u2014])\s*")
# What else a byline line may hold around its date: a label, "on", "at", a time and zone, a reading time.
# Each item owns the separator after it (a colon, spaces, or the end), so that a line which is not filler fails in
# one pass, and an item with its separator is atomic (an upper-case "AM" or "AT" is read one way, not as two
# alternatives): "\s*:?\s*" after every item let the engine split each space in several ways, exponential in the
# words of a line that is not filler.
_BYLINE_FILLER = re.compile(
    r"^(?>(?:published|posted|first published|updated|last updated|date|on|at|"
    r"\d{1,2}(?:[:.]\d\d){1,2}(?:[ap]\.?m\.?)?|[ap]\.?m\.?|(?-i:[A-Z]{2,5})|\d+\s*min(?:ute)?s?(?: read)?|read)"
    r"(?:\s*:\s*|\s+|$))+$", re.I)
# A date labelled as a revision ("Updated: 4 May 2021"): taken only when the page gives no other date.
_LATE_BEFORE = re.compile(r"\b(?:last\s+)?updated\s*:?\s*(?:on\s+)?$", re.I)
# Words before a date that make it a date inside a sentence, not a caption's closing date.
_IN_SENTENCE = re.compile(r"\b(?:on|since|until|till|of|from|before|after|by)\s*,?\s*$", re.I)
# Attribution: a line that reports what someone said is the story's, not a caption.
_REPORTED = re.compile(r"\b(?:said|says|told|tells|according to|reported|announced)\b", re.I)
# A caption's first sentence ends with its date: then the line ends or the next sentence starts.
_CAPTION_END = re.compile(r"\.[\"')\]]*(?:\s*$|\s+[A-Z\"'(])")
_SENTENCE_BREAK = re.compile(r"[.!?][\"')\]]*\s+[A-Z\"']")
# A file or archive photo shows an earlier day: its date is a recalled one, not the page's.
_FILE_PHOTO = re.compile(r"\b(?:file|archive|archival)\s+(?:photo|picture|image|footage)|^FILE\b|\(file\)", re.I)
DATELINE = re.compile(
    r"(?P<pre>\([^()\n]{2,40}\)\s+(?=[A-Z]{3}))?"  # a syndication credit before it: "(Syndicator- Agency) CITY"
    r"(?P<place>[A-Z][\w'.\-]*(?:[ \-/][A-Z][\w'.\-]*){0,3})?"
    r"(?:,\s*(?P<region>[A-Z][\w.'\-]*(?:\s[A-Z][\w.'\-]*){0,3}))?"
    rf"(?:,\s*(?P<date>(?:{MONTH})\s+\d{{1,2}}|\d{{1,2}}\s+(?:{MONTH}))(?:,?\s+(?P<year>(?:19|20)\d\d))?)?"
    r",?\s*(?:\((?P<agency>[A-Za-z][\w .&/\-]{0,40}?)(?:\s*[-\u2013,]\s*(?P<adate>[\w ,.]{6,30}?))?\s*\))?"
    r"(?P<sep>\s*(?:--|\u2014|\u2013)|\s+-|\s*:|(?<=\))(?=\s+[A-Z\"']))(?P<space>\s*)"
)
# A dateline that gives the date first: "August 10, 2018 - ", "July 8th, 2016, CITY – ".
_ORD = r"(?:st|nd|rd|th)?"
DATE_FIRST = re.compile(
    rf"(?P<date>(?:{MONTH})\s+\d{{1,2}}{_ORD},?\s+(?:19|20)\d\d|\d{{1,2}}{_ORD}\s+(?:{MONTH}),?\s+(?:19|20)\d\d)"
    r"(?:,\s*(?P<place>[A-Z][\w'.\-]*(?:\s[A-Z][\w'.\-]*){0,3}))?"
    r"\s*(?:--|\u2014|\u2013|\s-)\s+(?=[A-Z\"'])"
)
# Dates in a page address: /2021/06/15/, /2021-06-15/, /20210615/ (year, month, day).
_URL_DATE = re.compile(r"(?:^|[/_\-])((?:19|20)\d\d)([/\-_]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?=$|[/_\-.])")
# A page address with its month as path folders, and its day when one follows ("/2023/01/06/", "/2023/jan/06/",
# "/2021/6/slug"): the page was written that month (published that day).
_URL_MONTH = re.compile(r"/((?:19|20)\d\d)/(0?[1-9]|1[0-2]|[a-z]{3})/(?:(0?[1-9]|[12]\d|3[01])(?=/|$))?", re.I)
_MONTH_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# A line that is only a photo credit ("Photo credit: Name | Agency"): the line above it is the caption.
_CREDIT_LINE = re.compile(r"^(?:photo|image|picture)\s*(?:credit|source)s?\s*:|^credits?\s*:", re.I)
# A title with the site's name appended: "<headline> - Site", "<headline> | Site".
_SITE_SUFFIX = re.compile(r"\s+(?:[-|\u2013\u2014:]|::)\s+\S")
# Breadcrumb separators; "»" reads as '"' after normalisation.
_BREADCRUMB = re.compile(r"\s+(?:\||»|›|>|\")\s+")
_HOME = re.compile(r"^(?:home|homepage|news|start)$", re.I)
# A line that runs on into the next one (hard-wrapped text), so it is no headline.
_RUNS_ON = re.compile(r"(?:\b(?:a|an|the|of|and|or|in|on|at|to|for|with|by|from|as|that|who|which)|[,\-])$", re.I)


@dataclass(frozen=True, slots=True)
class Part:
    """A header section: ``kind`` is a Section kind (``title``, ``caption``, ``byline``, ``dateline``, ...)."""

    kind: str
    start: int
    end: int


@dataclass
class Header:
    """What :func:`read_header` found: the parts in order, where the body starts, the title, byline and dates."""

    parts: list[Part] = field(default_factory=list)
    body_start: int = 0
    title: tuple[int, int] | None = None
    author: str | None = None
    agency: str | None = None
    dates: list[dict[str, Any]] = field(default_factory=list)


@dataclass(slots=True)
class _Item:
    start: int
    end: int
    line: Line
    label: str | None = None


def line_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each line of ``text[start:end]``, without the line break."""
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        yield pos, stop
        pos = stop + 1


def dateline(line: str) -> re.Match[str] | None:
    """A dateline opening the body ("KYIV (Reuters) -", "MOGADISHU, March 3 --", "CITY (Agency - 3 May, 2021):")."""
    m = DATELINE.match(line)
    if m is None or (not m["space"] and not m["agency"]):
        return None
    place = m["place"]
    if place is None:
        # "(Reuters) - ...": an agency alone opens the story.
        return m if m["agency"] and m["sep"].strip() != ":" and m.start("agency") == 1 else None
    caps = re.sub(r"[\s\-./']", "", place)
    if not m["sep"] and not ((caps.isupper() and len(caps) >= 3) or m["region"]):
        return None  # "Police (PNP) said": only "CITY (Agency) Text" or "City, Country (Agency) Text"
    if caps.isupper() and len(caps) >= 3:
        if m["sep"].strip() == ":" and not (m["agency"] or m["date"]) and len(place.split()) > 3:
            return None
        return m
    return m if (m["agency"] or m["date"]) and (m["sep"].strip() != ":" or m["agency"]) else None


def _split_label(text: str, ls: int, le: int) -> tuple[_Item | None, int]:
    """A date label and its date opening a longer line ("date 2021-05-04 Headline ..."): the date item, rest start."""
    line = text[ls:le]
    lab = date_label(line)
    if lab is None or date_of_line(line) is not None:
        return None, ls
    rest = line[lab.end():]
    first = next((m for m in find_dates(rest[:60], None) if m.start == 0), None)
    if first is None or first.kind != "explicit" or first.precision != 1 or not first.date:
        return None, ls
    stop = ls + lab.end() + first.end
    return _Item(ls, stop, Line("date", first.date), lab["label"]), stop


def _classified(text: str, start: int, end: int) -> Iterator[_Item]:
    """The header's lines, classified; a labelled date that opens a line is split from the rest of it."""
    count = 0
    for ls, le in line_spans(text, start, end):
        if not text[ls:le].strip():
            continue
        count += 1
        if count > MAX_HEADER_LINES:
            return
        item, rest = _split_label(text, ls, le)
        if item is not None:
            yield item
            if not text[rest:le].strip():
                continue
            ls = rest + len(text[rest:le]) - len(text[rest:le].lstrip())
        line = classify(text[ls:le])
        if line.kind in ("menu", "headline", "body") and dated_byline(text[ls:le].strip()) is not None:
            line = Line("byline")  # "By A. Writer | 3 May 2021": a byline with its date, no menu or headline
        label = date_label(text[ls:le])
        yield _Item(ls, le, line, label["label"] if label and line.kind == "date" else None)


def _enough(items: Iterator[_Item]) -> list[_Item]:
    """The classified lines the header needs: through the second body line and a few after (for look-ahead)."""
    out: list[_Item] = []
    bodies = after = 0
    for it in items:
        out.append(it)
        if bodies >= 2:
            after += 1
            if after >= LOOK_AHEAD:
                break
        elif it.line.kind == "body":
            bodies += 1
    return out


def _relabel(items: list[_Item], text: str) -> None:
    """Header lines known from their neighbours: a page title with the site appended ("<headline> - Site") when the
    bare headline follows; the name on the line after a bare "By"."""
    for i, it in enumerate(items):
        line = text[it.start:it.end].strip()
        if it.line.kind == "byline" and line in ("By", "BY", "Par") and i + 1 < len(items):
            nxt = items[i + 1]
            name = text[nxt.start:nxt.end].strip()
            if nxt.line.kind in ("headline", "menu") and len(name.split()) <= 5:
                nxt.line = Line("byline")
        if it.line.kind in ("body", "headline") and i + 1 < len(items) and _CREDIT_LINE.match(
                text[items[i + 1].start:items[i + 1].end].strip()) and line.endswith((".", ")", "]")):
            it.line = Line("caption")  # "<caption>." then "Photo credit: Name" on the next line
        if it.line.kind in ("body", "headline"):
            for other in items[i + 1:i + 4]:
                bare = text[other.start:other.end].strip()
                if bare and bare != line and line.startswith(bare) and _SITE_SUFFIX.match(line, len(bare)):
                    it.line = Line("menu")
                    break


def _zone(items: list[_Item], text: str) -> tuple[list[_Item], int]:
    """The header items up to the story, and the index of the item where the body starts (len when none)."""
    _relabel(items, text)
    first_body = None
    for i, it in enumerate(items):
        if it.line.kind == "headline" and i + 1 < len(items) and _runs_on(text, it, items[i + 1]):
            it.line = Line("body")
        if it.line.kind == "related":
            # a list of other stories: the header is over, and the engine stops reading at its heading
            return items[:i], i
        if it.line.kind != "body":
            continue
        if first_body is not None:
            return items[:i], i
        nxt = items[i + 1].line.kind if i + 1 < len(items) else "body"
        if nxt in ("body", "headline", "related"):
            return items[:i], i
        first_body = i
    return items, len(items)


def _runs_on(text: str, it: _Item, nxt: _Item) -> bool:
    """Hard-wrapped text: the line ends mid-phrase, or the next line goes on in lower case."""
    line = text[it.start:it.end].strip()
    follow = text[nxt.start:nxt.end].lstrip()
    adjacent = "\n" not in text[it.end:nxt.start].strip(" \t") or text.count("\n", it.end, nxt.start) == 1
    return adjacent and (bool(_RUNS_ON.search(line)) or (bool(follow) and follow[0].islower()))


def _title_span(text: str, it: _Item) -> tuple[int, int]:
    """The headline inside a line: a breadcrumb's last item ("Home | News | <headline>")."""
    line = text[it.start:it.end]
    parts = _BREADCRUMB.split(line)
    crumbs = parts[:-1]
    if crumbs and all(len(p.split()) <= 3 for p in crumbs) and len(parts[-1].split()) >= 3 and (
            len(crumbs) >= 2 or _HOME.match(crumbs[0].strip())):
        last = line.rfind(parts[-1])
        return it.start + last, it.end
    return it.start, it.end


def _choose_title(text: str, candidates: list[_Item]) -> _Item | None:
    """The headline among headline-like lines: the first full one, else the last short one."""
    spans = [text[slice(*_title_span(text, c))].strip() for c in candidates]
    keep: list[tuple[_Item, str]] = []
    for c, s in zip(candidates, spans, strict=True):
        # "<headline> - Site": the bare headline is on another line
        if any(o != s and s.startswith(o) and _SITE_SUFFIX.match(s, len(o)) for o in spans):
            continue
        keep.append((c, s))
    for c, s in keep:
        if len(s.split()) >= FULL_HEADLINE_WORDS:
            return c
    return keep[-1][0] if keep else None


def read_header(text: str, start: int = 0, *, titled: bool = False, reference: dt.date | None = None) -> Header:
    """Read the header of ``text`` from ``start``; ``titled``: the title is known (it ends at ``start``)."""
    items = _enough(_classified(text, start, len(text)))
    if len(items) <= 1 and not titled:
        head = Header(body_start=start)  # one line: the report itself, perhaps after a dateline
        _opening_dateline(text, items, head, reference)
        return head
    zone, body_at = _zone(items, text)
    head = Header(body_start=items[body_at].start if body_at < len(items) else len(text))
    first_body = next((i for i, it in enumerate(zone) if it.line.kind == "body"), len(zone))
    # a headline heads something: a line alone is the report itself
    candidates = [it for it in zone[:first_body] if it.line.kind == "headline" and text[it.end:].strip()]
    # a masthead or tagline above the site's navigation is the site's: the story's headline comes after it
    nav = [it.start for it in zone[:first_body] if it.line.kind == "menu" and is_navigation(text[it.start:it.end])]
    after_nav = [it for it in candidates if nav and it.start > nav[-1]]
    candidates = after_nav or candidates
    chosen = None if titled else _choose_title(text, candidates)
    title_text = None
    if chosen is not None:
        head.title = _title_span(text, chosen)
        title_text = text[slice(*head.title)].strip().lower()
    elif titled:
        title_text = text[:start].strip().lower()
    seen_title = titled
    for it in zone:
        seen_title = _part(text, it, chosen, title_text, seen_title, head)
    if chosen is None and not titled:
        _glued_title(text, [it for it in zone + items[body_at:body_at + 1] if it.line.kind == "body"][:1], head)
    _dates(text, zone, chosen, head)
    _byline_dates(text, start, head)
    _footer_dates(text, head.body_start, head)
    # the story opens with the zone's standfirst or at the first line after the zone
    opening = [it for it in zone if it.line.kind == "body"][:1] + items[body_at:body_at + 2]
    if opening:
        head.dates.sort(key=lambda d: d["rank"])
        best = _best_date(head) or reference
        _opening_dateline(text, opening[:2], head, best)
    head.dates.sort(key=lambda d: d["rank"])
    return head


def _best_date(head: Header) -> dt.date | None:
    for d in head.dates:
        if d["date"]:
            return dt.date.fromisoformat(d["date"])
    return None


def _footer_dates(text: str, start: int, head: Header) -> None:
    """Labelled date lines below the story ("Published in <paper>, <date>", "Posted by <name> <date>")."""
    for ls, le in line_spans(text, start, len(text)):
        if le - ls > FOOTER_MAX_CHARS or (lab := date_label(text[ls:le])) is None or lab.end() == le - ls:
            continue
        day = date_of_line(text[ls:le])
        if day is not None:
            # the story's own; dates further down belong to the other stories listed under it
            head.dates.append({"date": day, "origin": "dateline", "text": text[ls:le].strip(), "start": ls,
                               "rank": RANK["footer"]})
            return


def _glued_title(text: str, first: list[_Item], head: Header) -> None:
    """A headline in title case run into the lead on one line ("Troops Retake Town In The North After Clashes
    Soldiers entered the town on Monday"): the capitalised run, ended by the lead's first word."""
    if not first:
        return
    it = first[0]
    words = list(re.finditer(r"\S+", text[it.start:it.end]))
    k = 0
    while k < len(words) and (words[k].group()[0].isupper() or words[k].group()[0].isdigit()):
        k += 1
    # the lead's first word is the run's last; two lower-case words follow it
    if k < GLUED_MIN_WORDS + 1 or k + 2 > len(words) or not all(w.group().isalpha() and w.group().islower()
                                                             for w in words[k:k + 2]):
        return
    run = [w.group().strip(",:;") for w in words[1:k - 1]]
    if sum(1 for w in run if w.lower() in _TITLE_SMALL_WORDS) < 2:
        return  # names in a row ("United Nations Secretary General ..."), not a title-cased headline
    head.title = (it.start, it.start + words[k - 2].end())
    head.parts.append(Part("title", *head.title))


def _part(text: str, it: _Item, chosen: _Item | None, title_text: str | None, seen_title: bool, head: Header) -> bool:
    """Add the part of one header item; returns whether the title has been seen by now."""
    kind = it.line.kind
    if it is chosen:
        assert head.title is not None
        if head.title[0] > it.start:
            head.parts.append(Part("boilerplate", it.start, head.title[0]))
        head.parts.append(Part("title", *head.title))
        return True
    line = text[it.start:it.end].strip()
    if kind == "headline":
        if title_text is not None and line.lower() == title_text:
            kind = "boilerplate"  # the headline again (page title and article heading)
        elif not seen_title and chosen is not None:
            kind = "boilerplate"  # a kicker or label above the headline
        else:
            kind = "body"  # a subheading or standfirst
    mapped = {"menu": "boilerplate", "related": "boilerplate", "date": "dateline"}.get(kind, kind)
    if mapped in ("boilerplate", "body") and (m := dateline(line + " ")) is not None and m.end() >= len(line):
        mapped = "dateline"  # a dateline on a line of its own ("CITY (Agency) --")
        head.agency = head.agency or (m["agency"].strip() if m["agency"] else None)
    if mapped != "body":
        head.parts.append(Part(mapped, it.start, it.end))
    if mapped == "dateline" and head.author is None and (dated := dated_byline(line)) is not None:
        head.author = _BY_PREFIX.sub("", dated[0]).strip() or None  # "By A. Writer | 3 May 2021"
    if mapped == "byline" and head.author is None:
        dated = dated_byline(line)
        name = re.sub(r"^(?:By|BY|Written by|Words by|Par)\s*", "", dated[0] if dated else line).strip()
        head.author = name or None
    return seen_title


def _dates(text: str, zone: list[_Item], chosen: _Item | None, head: Header) -> None:
    """Publication-date candidates of the header's date lines and captions."""
    after = chosen is None
    for it in zone:
        if it is chosen:
            after = True
        line = text[it.start:it.end].strip()
        if it.line.kind == "date" and it.line.date:
            if it.label:
                rank = RANK["updated"] if is_late_label(it.label) else RANK["labelled"]
            else:
                rank = RANK["after_title"] if after else RANK["banner"]
            head.dates.append({"date": it.line.date, "origin": "dateline", "text": line, "start": it.start,
                               "rank": rank})
        elif it.line.kind == "caption" and not _FILE_PHOTO.search(line):
            head.dates.extend({"date": m.date, "origin": "caption", "text": m.text, "start": it.start + m.start,
                               "rank": RANK["caption"]}
                              for m in find_dates(line, None) if m.kind == "explicit" and m.precision == 1 and m.date)


def _full_dates(line: str) -> list[DateMention]:
    """The full dates (day, month and year) written in ``line``."""
    return [m for m in find_dates(line, None) if m.kind == "explicit" and m.precision == 1 and m.date]


def names_author(piece: str) -> bool:
    """Whether ``piece`` names a byline's author: "By <a few words>" (any case) or a desk ("Desk Team", "Web Desk");
    never a sentence."""
    piece = piece.strip()
    if not piece or (piece[-1] in ".!?:" and not re.search(r"\b[A-Z]\.$", piece)):
        return False
    if (m := _BY_PREFIX.match(piece)) is not None:
        words = piece[m.end():].split()
        return 1 <= len(words) <= BYLINE_MAX_WORDS and not any(ch.isdigit() for ch in piece)
    return bool(_DESK.match(piece)) and all(w[0].isupper() for w in piece.split() if w[0].isalpha())


def dated_byline(line: str) -> tuple[str, DateMention, bool] | None:
    """A byline that carries its date ("By A. Writer | 3 May 2021", "Desk Team, Updated: 3 May 2021 10:30 GMT"):
    the author, the date (the first not labelled as an update) and whether it is an update's date."""
    if len(line) > BYLINE_MAX_CHARS or not any(ch.isdigit() for ch in line):
        return None
    dates = _full_dates(line)
    if not dates:
        return None
    bounds = [0] + [x for m in dates for x in (m.start, m.end)] + [len(line)]
    pieces = [p.strip() for a, b in zip(bounds[::2], bounds[1::2], strict=True)
              for p in _BYLINE_SEP.split(line[a:b]) if p.strip()]
    names = [p for p in pieces if names_author(p)]
    if not names or not all(p in names or _BYLINE_FILLER.match(p) or _byline_item(p) for p in pieces):
        return None
    late = [bool(_LATE_BEFORE.search(line[:m.start])) for m in dates]
    pick = late.index(False) if False in late else 0
    return names[0], dates[pick], late[pick]


def _byline_item(piece: str) -> bool:
    """A place or section named in a byline line: a few capitalised words, no digits."""
    words = piece.split()
    return len(words) <= BYLINE_ITEM_WORDS and piece[0].isupper() and not any(ch.isdigit() for ch in piece)


def caption_date(line: str) -> DateMention | None:
    """The date that closes a photo caption's first sentence in the agencies' style ("Soldiers stand guard near the
    square in <City>, <Country>, Saturday, May 1, 2021." and perhaps a sentence of context): a weekday and a full
    date after a comma. Not in a sentence that reports what someone said or after "on", "since" (the story's), not
    in a file photo's caption (an earlier day)."""
    if len(line) > LONG_LINE or _FILE_PHOTO.search(line):
        return None
    for m in _full_dates(line):
        before = line[:m.start].rstrip()
        if not _CAPTION_END.match(line, m.end) or not before.endswith(",") or not re.match(WEEKDAY, m.text):
            continue
        if _SENTENCE_BREAK.search(before) or _REPORTED.search(before) or _IN_SENTENCE.search(before[:-1]):
            return None
        return m
    return None


def _top_lines(text: str, start: int) -> list[tuple[int, int]]:
    """The first non-blank lines from ``start`` (stripped spans), up to a list of other stories."""
    out: list[tuple[int, int]] = []
    for ls, le in line_spans(text, start, len(text)):
        line = text[ls:le]
        if not line.strip():
            continue
        if len(out) >= BYLINE_SCAN_LINES or classify(line).kind == "related":
            break
        lead = len(line) - len(line.lstrip())
        out.append((ls + lead, ls + len(line.rstrip())))
    return out


def _byline_dates(text: str, start: int, head: Header) -> None:
    """Publication dates of the page's byline ("By A. Writer | 3 May 2021", "Desk Team" above a date line), even
    after the lead, and of a caption that closes with its day; the lines after the header become byline, date line
    and caption parts."""
    known = {d["start"] for d in head.dates}
    taken = [(p.start, p.end) for p in head.parts]
    lines = _top_lines(text, start)
    found: list[tuple[int, int, str, str]] = []  # (start, end, part kind, origin)
    for i, (ls, le) in enumerate(lines):
        line = text[ls:le]
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if (hit := dated_byline(line)) is not None:
            name, m, late = hit
            _add_date(head, m.date, ls + m.start, m.text, "updated" if late else "byline", "byline", known)
            head.author = head.author or _BY_PREFIX.sub("", name).strip() or None
            found.append((ls, le, "byline", "byline"))
        elif nxt is not None and names_author(line) and (day := date_of_line(text[slice(*nxt)])) is not None:
            lab = date_label(text[slice(*nxt)])
            late = lab is not None and is_late_label(lab["label"])
            _add_date(head, day, nxt[0], text[slice(*nxt)], "updated" if late else "byline", "byline", known)
            head.author = head.author or _BY_PREFIX.sub("", line).strip() or None
            found += [(ls, le, "byline", "byline"), (*nxt, "dateline", "byline")]
        elif (cap := caption_date(line)) is not None:
            _add_date(head, cap.date, ls + cap.start, cap.text, "caption", "caption", known)
            found.append((ls, le, "caption", "caption"))
    for ps, pe, kind, _ in found:
        if ps >= head.body_start and not any(s < pe and ps < e for s, e in taken):
            head.parts.append(Part(kind, ps, pe))
            taken.append((ps, pe))


def _add_date(head: Header, day: str | None, start: int, shown: str, rank: str, origin: str, known: set[int]) -> None:
    if day and start not in known:
        head.dates.append({"date": day, "origin": origin, "text": shown.strip(), "start": start, "rank": RANK[rank]})
        known.add(start)


def _opening_dateline(text: str, items: list[_Item], head: Header, reference: dt.date | None) -> None:
    """A dateline at the start of the story ("KYIV (Reuters) -"): a part, the agency and a date candidate."""
    for it in items:
        if it.line.kind not in ("body", "headline"):
            return
        line = text[it.start:min(it.end, it.start + 200)]
        if (first := DATE_FIRST.match(line)) is not None and it.start + first.end() < it.end:
            head.parts.append(Part("dateline", it.start, it.start + len(first.group().rstrip())))
            day = parse_date(re.sub(r"(?<=\d)(?:st|nd|rd|th)\b", "", first["date"]))
            head.dates.append({"date": day.isoformat() if day else None, "origin": "dateline",
                               "text": first["date"], "start": it.start, "rank": RANK["dateline"]})
            return
        m = dateline(line)
        if m is None or it.start + m.end() >= it.end:
            continue
        head.parts.append(Part("dateline", it.start, it.start + len(m.group().rstrip())))
        head.agency = m["agency"].strip() if m["agency"] else None
        _dateline_date(m, it.start, head, reference)
        return


def _dateline_date(m: re.Match[str], start: int, head: Header, reference: dt.date | None) -> None:
    value = None
    if m["date"]:
        value = f"{m['date']} {m['year']}" if m["year"] else m["date"]
    elif m["adate"]:
        value = m["adate"].strip()
    if not value:
        return
    has_year = bool(re.search(r"\b(?:19|20)\d\d\b", value))
    resolved = parse_date(value, reference) if has_year or reference else None
    if resolved is not None and not has_year and reference is not None:
        # "Jan 18" on a page dated 17 January: this January, not last year's (time zones, late posting)
        same_year = _with_year(resolved, reference.year)
        if same_year is not None and same_year <= reference + dt.timedelta(days=DATELINE_AGREES_DAYS):
            resolved = same_year
    rank = RANK["dateline"]
    if resolved is not None and reference is not None and abs((resolved - reference).days) <= DATELINE_AGREES_DAYS:
        rank = RANK["story_dateline"]
    head.dates.append({"date": resolved.isoformat() if resolved else None, "origin": "dateline", "text": value,
                       "start": start, "rank": rank})


def _with_year(day: dt.date, year: int) -> dt.date | None:
    try:
        return day.replace(year=year)
    except ValueError:
        return None  # 29 February


def url_date_parts(url: str | None) -> tuple[int, int, int | None] | None:
    """The year, month and day a page's address carries in its path (day None when it gives only the month).

    "/2021/06/15/", "/2021-06-15-title", "/20210615/" (a real day), then month folders: "/2023/jan/06/",
    "/2021/6/slug" (month only). Only the path: a host or a query string carries no page date. The one reader of
    the page address's date (ingest's publication date and the store's profile, ``dedup.profile``).
    """
    if not url:
        return None
    path = urlsplit(url).path
    for m in _URL_DATE.finditer(path):
        try:
            full = dt.date(int(m[1]), int(m[3]), int(m[4]))
        except ValueError:
            continue
        return full.year, full.month, full.day
    found = _URL_MONTH.search(path)
    if found is None:
        return None
    year, month, day = found.groups()
    number = int(month) if month.isdigit() else (_MONTH_ABBREVIATIONS.index(month.casefold()) + 1
                                                  if month.casefold() in _MONTH_ABBREVIATIONS else 0)
    if not number:
        return None
    return int(year), number, int(day) if day else None


def url_date(url: str | None) -> dt.date | None:
    """The date a page's address carries in its path ("/2021/06/15/", "/2021-06-15-title"), if a real day."""
    parts = url_date_parts(url)
    if parts is None or parts[2] is None:
        return None
    try:
        return dt.date(parts[0], parts[1], parts[2])
    except ValueError:
        return None
