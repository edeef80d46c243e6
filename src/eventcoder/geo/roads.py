"""Roads named by the towns they link: "the X-Y highway", "the X to Y road", "the road between X and Y".

Detection (``geo.detect``) splits "the X-Y highway" into the towns X and Y, which no gazetteer knows joined; which of
them is the event's place is the extractor's choice (``extract/coding.py``: near the first town, geo_precision 2,
the second town is the road's other end and no second event). ``road_spans`` says where a report writes such roads.
"""

from __future__ import annotations

import re

from eventcoder.geo.detect import ROAD, ROAD_NAME, ROAD_WORD

__all__ = ["road_spans"]

# "the road between X and Y", "the highway linking X to Y and Z", "the road from X to Y"
_ROAD_PROSE = re.compile(
    rf"\b(?i:{ROAD_WORD}s?\s+(?:between|linking|connecting|joining|from)\s+(?:the\s+)?"
    r"(?:(?:cities|towns|villages|city|town|village)\s+of\s+)?)"
    rf"({ROAD_NAME}(?:\s*(?:,|and|to|-|\u2013)\s*(?:the\s+)?{ROAD_NAME})+)")


def road_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The spans of the town names of every road named by its towns in ``text[start:end]`` ("Kaduna-Abuja" of "the
    Kaduna-Abuja highway", "the X to Y road", "the road between X and Y")."""
    stop = len(text) if end is None else end
    return [m.span(1) for pattern in (ROAD, _ROAD_PROSE) for m in pattern.finditer(text, start, stop)]
