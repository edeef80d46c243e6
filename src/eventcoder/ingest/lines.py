"""What one line of a stored news page is: menu, caption, byline, date, related-stories, boilerplate, headline or body.

A page copied from the web keeps its chrome: navigation and breadcrumbs ("Home | World | Africa"), section labels
("Business", "CHEAT SHEET"), share and subscribe prompts, stock tickers, photo captions, bylines and date lines.
:func:`classify` reads one line with ordered tables of patterns (the first rule that matches decides), so the header
reader (:mod:`eventcoder.ingest.header`) can find the headline, the publication date and the start of the story
among them. The rules come from how news pages are laid out, not from any one outlet.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from eventcoder.timeparse import find_dates

__all__ = ["HEADLINE_MAX_WORDS", "LINE_KINDS", "Line", "classify", "date_label", "date_of_line", "headline_like",
           "is_caption", "is_late_label", "is_navigation", "is_other_story"]

# Every kind classify() gives; "menu", "related" and "boilerplate" are page chrome, not story text.
LINE_KINDS = ("blank", "menu", "related", "boilerplate", "caption", "byline", "date", "headline", "body")

# Navigation, site furniture and prompts: whole lines (case-insensitive) that are never story text.
_CHROME_WORDS = (
    r"skip to (?:main )?content|skip navigation|main menu|menu|search|home|homepage|sections?|navigation|"
    r"advertisement|advertising|sponsored(?: content)?|ad|e-?paper|print edition|newsletters?|podcasts?|videos?|"
    r"live|live tv|watch live|breaking(?: news)?|latest(?: news)?|top stories|in pictures|photos|gallery|"
    r"share(?: this)?(?: article| story)?|share on \w+|tweet|email|print|comments?|\d+ comments?|leave a (?:reply|comment)|"
    r"sign in|log ?in|sign up|register|subscribe(?: now)?|follow us|listen(?: to this article)?|"
    r"accept(?: all)?(?: cookies)?|cookie (?:policy|settings)|privacy policy|terms of use|contact us|about us|"
    r"close|back to top|next|previous|more|load more|\d+\s*min(?:ute)?s?(?: read)?|< ?1 min(?:ute)? read"
)
_CHROME = re.compile(rf"^\W*(?:{_CHROME_WORDS})\W*$", re.I)
# Site navigation: a masthead or tagline above it is the site's, the story's headline comes after it.
_NAVIGATION = re.compile(
    r"^\W*(?:skip to (?:main )?content|skip navigation|main menu|menu|search|home|homepage|sections|navigation|"
    r"e-?paper|print edition|newsletters?|sign in|log ?in|register|subscribe(?: now)?|contact us|about us)\W*$", re.I)
# Prompts inside a longer line: comment forms, newsletter and app promotions, cookie banners.
_PROMPT = re.compile(
    r"^(?:your email address will not be published|required fields are marked|get (?:the|our) .{1,60} (?:by|in your) "
    r"(?:email|inbox)|sign up for|subscribe to|download (?:the|our) app|we use cookies|this (?:site|website) uses "
    r"cookies|by continuing to (?:use|browse)|follow us on|click here to|you must be logged in|copyright|\(c\) \d{4}|"
    r"all rights reserved|stay (?:updated|informed|up to date)|get the latest|(?:don't|never) miss|"
    r"this (?:story|article|page) is (?:over|more than) \w+ (?:years?|months?) old)",
    re.I,
)
# A list of other stories starts here ("Related stories", "READ ALSO: ...", "Read more").
_RELATED = re.compile(
    r"^\W*(?:related(?: stories| articles| news| posts| coverage| content| topics)?|read (?:more|also|next)|"
    r"also read|see also|more from [\w .'-]{1,40}|you (?:may|might) also like|recommended(?: for you| stories)?|"
    r"most (?:read|popular|viewed)|trending(?: now| stories)?|more (?:stories|news)|what to read next)\b\W*",
    re.I,
)
# A link to another story inside the body: a label and a separator, then that story's headline on the same line
# (">> Read more: <headline>", "ALSO READ - <headline>", "Related: <headline>"). The label alone on its line heads a
# list of other stories (_RELATED above).
_OTHER_STORY = re.compile(
    r"^\W{0,4}(?P<label>read (?:more|also|next)|also read|related(?: stories| story| articles?| news| posts?| coverage|"
    r" content)?|see also|more on this(?: story)?|must read|don'?t miss|recommended(?: reading)?)\s*"
    r"(?P<sep>:|\||>>|»|›|-|\u2013|\u2014)\s*(?P<title>\S.*)$", re.I)
# A dash is also how a sentence goes on after its first word ("Related - police said ..."), so after a dash only a
# label no sentence of the story opens with makes a link: a "read" label, or any label written in capitals
# ("RELATED - <headline>"); a colon, a bar or an arrow marks a label whatever it is.
_DASHES = ("-", "\u2013", "\u2014")
_READ_LABEL = re.compile(r"read (?:more|also|next)|also read|must read", re.I)
# Breadcrumbs and menus: short items between separators ("Home | News | World", "Home » Africa").
_MENU_SEPARATOR = re.compile(r"\s+(?:\||»|›|>|/|·|•)\s+|\s*(?:\||»|›)\s*")
# Tickers and tables: a line that is mostly numbers, signs and separators ("ABC | 0.43% | 24.6 | $").
_TABLE_CELL = re.compile(r"[\d.,%$€£+\-]+")
# Photo credits ending a caption: "(Photo: AFP)", "[Name/AP Photo]", "Photo credit: Name", "Image Source: Name".
_CREDIT = re.compile(
    r"(?:[(\[](?:[^()\[\]]{0,60}[\s/])?(?:Photo|Photograph|Image|Picture|Foto|File photo)(?:\s*[:/][^()\[\]]{0,60})?[)\]]"
    r"|\b(?:Photo|Photograph|Image|Picture)\s*(?:credit|source)?s?\s*:\s*[^.:]{1,60}"
    r"|\s/\s*(?:AFP|Reuters|AP|EPA|Getty Images|Anadolu(?: Agency)?|Xinhua|EFE)(?:\s+via\s+[\w ]+)?"
    r"|\b(?:REUTERS|AFP|AP|EPA|GETTY IMAGES)/[\w .'\-]{2,40}|\bvia (?:REUTERS|AFP|Getty Images))\s*\.?\s*$",
)
_CREDIT_START = re.compile(r"^(?:(?:FILE PHOTO|File photo|PHOTO|Photo|IMAGE|Image|Picture|Photo credit|Image source)"
                           r"\s*[:\-\u2013\u2014]\s|(?:an? )?(?:file )?(?:photo|picture|image) (?:of|shows?)\s)", re.I)
# In a header, an agency credit in brackets ending a line marks a caption: "... in the capital. (Reuters)".
_AGENCY_CREDIT = re.compile(r"\((?:Reuters|AFP|AP|EPA|Xinhua|Anadolu|AA|Getty Images|SANA|IRNA|TASS|UNICEF)\)\s*$")
_CREDIT_WORDS = ("photo", "image", "picture", "credit", "foto", "/", "reuters", "afp", "getty", "via")
# "By Name", "By Name and Name", "By Staff, Agencies", "By NAME, Wire"; "By" alone (the name follows).
_NAME = r"[A-Z][\w'\-]*\.?(?:\s+(?:[A-Z][\w'\-]*\.?|(?:al|el|bin|ibn|de|da|do|dos|van|von|der|den|di|du|la|le)(?:-[\w'\-]+)?))*"
_BYLINE = re.compile(
    rf"^(?:By|BY|Written by|Words by|Par)(?:\s+{_NAME}(?:(?:\s*,\s*|\s+and\s+|\s+&\s+|\s+in\s+){_NAME}){{0,4}})?\s*$")
# A line that opens with a date label and a date: "date 2021-05-04 ...", "Published: 4 May 2021 ...".
_LABEL = re.compile(r"^\s*(?P<label>date|published(?: on)?|first published(?: on)?|posted(?: on)?|updated(?: on)?|"
                    r"last updated(?: on)?|publish(?:ed)? date|date published|publication date)\s*:?\s+", re.I)
# What may follow the date on a date line: a time and a zone ("at 10:29 AM", "09:15 GMT", "8.51am IST").
_TIME_AFTER = re.compile(r"[\s,|\-\u2013\u2022\u00b7]*(?:at\s+)?(?:\d{1,2}(?:[:.]\d\d){1,2}\s*(?:[ap]\.?m\.?)?"
                         r"(?:\s*\(?[A-Z]{2,5}(?:[+\-]\d{1,2}(?::?\d\d)?)?\)?)?)?[\s)\]]*$", re.I)
# Items of a meta line: "Jun 15, 2021 • 5 minutes ago • 2 minute read".
_META_SEPARATOR = re.compile(r"\s+[\u2022\u00b7|]\s+")
_LATE_LABELS = ("updated", "last updated")
_SENTENCE_END = re.compile(r"[.!][\"')\]]*$")
# Longer lines are paragraphs; menus and tickers are shorter still.
LONG_LINE, MENU_MAX_CHARS = 600, 300
# A headline is short; a line of more words is a standfirst or a paragraph.
HEADLINE_MAX_WORDS = 30


@dataclass(frozen=True, slots=True)
class Line:
    """One classified line: ``kind`` (one of :data:`LINE_KINDS`), and for a date line its ISO ``date``."""

    kind: str
    date: str | None = None


def date_label(line: str) -> re.Match[str] | None:
    """The date label that opens ``line`` ("date", "Published on", "Updated:"), if any."""
    return _LABEL.match(line)


def date_of_line(line: str) -> str | None:
    """The date of a line that is only a date, optionally labelled ("Published: 7 October 2023 10:30 GMT"), or of
    a meta line whose first item is one ("Jun 15, 2021 • 5 minutes ago • 2 minute read")."""
    day = _only_date(line)
    if day is None and len(line) < 150 and _META_SEPARATOR.search(line):
        day = _only_date(_META_SEPARATOR.split(line.strip(), maxsplit=1)[0])
    return day


def _only_date(line: str) -> str | None:
    body = line.strip()
    if (m := _LABEL.match(body)) is not None:
        body = body[m.end():]
    if not body or len(body) > 60:
        return None
    mentions = [m for m in find_dates(body, None) if m.kind == "explicit" and m.precision == 1]
    if not mentions or len(body) - len(mentions[0].text) > 25 or not _TIME_AFTER.match(body, mentions[0].end):
        return None
    return mentions[0].date


def is_late_label(label: str) -> bool:
    """Whether a date label names a later revision ("Updated"), not the first publication."""
    return label.lower().startswith(_LATE_LABELS)


def _is_menu(line: str) -> bool:
    stripped = line.strip()
    if not any(ch.isalnum() for ch in stripped):
        return True  # "|", "-", "***"
    if _CHROME.match(stripped):
        return True
    items = [p for p in _MENU_SEPARATOR.split(stripped) if p.strip()]
    if len(items) >= 2 and ("|" in stripped or "»" in stripped or "›" in stripped):
        cells = sum(1 for p in items if _TABLE_CELL.fullmatch(p.strip()))
        short = sum(1 for p in items if len(p.split()) <= 3)
        return cells * 2 >= len(items) or short == len(items)
    return False


def is_navigation(line: str) -> bool:
    """Whether a line is the site's navigation (a menu word such as "Contact us", or a breadcrumb of short items)."""
    stripped = line.strip()
    if _NAVIGATION.match(stripped):
        return True
    items = [p for p in _MENU_SEPARATOR.split(stripped) if p.strip()]
    return len(items) >= 3 and all(len(p.split()) <= 3 for p in items)


def _is_kicker(line: str) -> bool:
    """A section label or kicker above a headline: one word, or at most three in capitals ("OH NO", "COMMENT")."""
    words = line.split()
    if len(words) == 1:
        return len(line) <= 40
    letters = [c for c in line if c.isalpha()]
    return len(words) <= 3 and bool(letters) and all(c.isupper() for c in letters)


def is_caption(line: str) -> bool:
    """Whether the line starts or ends like a photo caption (a photo credit), or is a link to another story
    (:func:`is_other_story`): a line set apart from the story's text, cut out of the body as a caption is; cheap
    word test first."""
    if is_other_story(line):
        return True
    low = line.lower()
    if not any(w in low for w in _CREDIT_WORDS):
        return False
    return bool(_CREDIT_START.match(line) or _CREDIT.search(line))


def is_other_story(line: str) -> bool:
    """Whether the line is a link to another story: a label ("Read more:", "Also read:", "Related:") and a headline
    of a few words on the same line. Its words are that story's, not this one's: no place or event of the page.
    After a dash the label must be one no sentence opens with ("Read more -", "RELATED -"; not "Related -")."""
    m = _OTHER_STORY.match(line.strip())
    if m is None:
        return False
    label = m.group("label")
    if m.group("sep") in _DASHES and not (_READ_LABEL.fullmatch(label) or label.isupper()):
        return False
    title = m.group("title").strip()
    return 2 <= len(title.split()) <= HEADLINE_MAX_WORDS and len(title) <= 250 and (title[0].isupper() or title[0].isdigit()
                                                                                  or title[0] in "'\"(\u2018\u201c")


def headline_like(line: str) -> bool:
    """A line that can be a headline: a few words, starting like a title, not ending like a sentence or a label."""
    stripped = line.strip()
    words = stripped.split()
    if not 2 <= len(words) <= HEADLINE_MAX_WORDS or len(stripped) > 250:
        return False
    first = stripped[0]
    if not (first.isupper() or first.isdigit() or first in "'\"("):
        return False
    return not (stripped[-1] in ".,;:" or stripped.endswith(('."', ".'")))


# Ordered rules: the first whose test holds gives the line its kind.
_RULES: tuple[tuple[str, Callable[[str], bool]], ...] = (
    ("boilerplate", lambda s: bool(_PROMPT.match(s))),
    ("related", lambda s: (bool(_RELATED.match(s)) and len(s) < 120) or is_other_story(s)),
    ("menu", lambda s: len(s) < MENU_MAX_CHARS and _is_menu(s)),
    ("caption", lambda s: len(s) < 600 and (is_caption(s) or bool(_AGENCY_CREDIT.search(s)))),
    ("byline", lambda s: len(s) < 200 and bool(_BYLINE.match(s))),
)


def classify(line: str) -> Line:
    """The kind of one line of a page (see :data:`LINE_KINDS`); ``date`` is set for a date line."""
    stripped = line.strip()
    if not stripped:
        return Line("blank")
    if len(stripped) > LONG_LINE:
        return Line("body")  # a paragraph: no menu, caption or date line is this long
    if (day := date_of_line(stripped)) is not None:
        return Line("date", day)
    for kind, test in _RULES:
        if test(stripped):
            return Line(kind)
    if _SENTENCE_END.search(stripped):
        return Line("body")
    if _is_kicker(stripped):
        return Line("menu")
    return Line("headline") if headline_like(stripped) else Line("body")
