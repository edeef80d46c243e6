"""Roads named by the towns they link: "the X-Y highway", "the X-Y road".

A hyphen joins the two towns into one word that no gazetteer knows ("Kaduna-Abuja"), so the report's only place
words were lost and its event had no place. Read as two mentions, the towns are found; which of them is the event's
place is the extractor's choice (``extract/coding.py``: near the first town, geo_precision 2, the second town is the
road's other end and no second event).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from eventcoder.geo.detect import Mention

__all__ = ["road_spans", "road_towns"]

# "X-Y road", "X-Y state highway", "X-Y-Z road"; every name of up to three capitalised words ("Los Reyes", "Port
# Harcourt"), joined by unspaced hyphens or dashes
_NAME = r"[A-Z][\w'.]*(?:\s+(?:de\s+|del\s+|la\s+|el\s+|al[- ])?[A-Z][\w'.]*){0,2}"
_ROAD_WORD = r"(?:road|highway|expressway|motorway|freeway|route|axis|corridor|carriageway|railway|rail\s+line|pipeline)"
_ROAD = re.compile(
    rf"\b({_NAME}(?:(?:[-\u2013]|\s+to\s+){_NAME})+)\s+(?:(?:state|national|federal|main|old|new|trunk|inter-?state|"
    rf"provincial|regional|international|coastal|border)\s+)?{_ROAD_WORD}s?\b")
# "the road between X and Y", "the highway linking X to Y and Z", "the road from X to Y"
_ROAD_PROSE = re.compile(
    rf"\b(?i:{_ROAD_WORD}s?\s+(?:between|linking|connecting|joining|from)\s+(?:the\s+)?"
    r"(?:(?:cities|towns|villages|city|town|village)\s+of\s+)?)"
    rf"({_NAME}(?:\s*(?:,|and|to|-|\u2013)\s*(?:the\s+)?{_NAME})+)")
_PART = re.compile(r"[-\u2013]")


def road_towns(text: str, mentions: Sequence[Mention], exists: Callable[[str], bool]) -> list[Mention]:
    """``mentions`` with the towns of every "X-Y road" that no mention covers added, when each part is a name the
    index knows (and the joined word is none). Sorted by offset."""
    added: list[Mention] = []
    for m in _ROAD.finditer(text):
        start, end = m.span(1)
        if not _PART.search(m.group(1)) or any(x.start < end and start < x.end for x in mentions) or exists(m.group(1)):
            continue
        pieces = _PART.split(m.group(1))
        words = pieces[0].split()
        while len(words) > 1 and not exists(" ".join(words)):
            words = words[1:]  # "The X-Y road", "Gunmen X-Y road": the sentence's first word is no part of the name
        pieces[0] = " ".join(words)
        if not all(exists(p) for p in pieces):
            continue
        pos = end - len("-".join(pieces))  # (a hyphen or a dash: one character each)
        for piece in pieces:
            added.append(Mention(pos, pos + len(piece), piece))
            pos += len(piece) + 1
    return sorted([*mentions, *added], key=lambda x: (x.start, x.end)) if added else list(mentions)


def road_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The spans of the town names of every road named by its towns in ``text[start:end]`` ("Kaduna-Abuja" of "the
    Kaduna-Abuja highway", "the X to Y road", "the road between X and Y")."""
    stop = len(text) if end is None else end
    return [m.span(1) for pattern in (_ROAD, _ROAD_PROSE) for m in pattern.finditer(text, start, stop)]
