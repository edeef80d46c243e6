"""Datelines: the place a report is filed from is the reporter's, not the event's.

"WASHINGTON (Agency) - The United States launched missile strikes on an airbase in Syria": Washington is where the
story was written, Syria where the strikes landed. A dateline's city is the event's place only when the text places
its events nowhere else; a place the text writes after a locative word ("in Syria", "in northern Iraq", "near X"),
abroad from the dateline and with no such place at home, moves the report's country focus there. Country names count
at country precision: "an airbase in Syria" is a place of the event, however coarse.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from eventcoder.geo.eventloc import is_event_place
from eventcoder.model import Place

__all__ = ["focus_past_dateline", "placed_at"]

# A locative word right before a place ("in", "near", "on the outskirts of"; not "at": "fired at X"), with at most two lower-case words
# between ("in northern Iraq", "in the war-torn Syria", "in the city of X", "in the north of X"); function words between ("in response
# to X", "in retaliation for X") end the locative.
_LOCATIVE = re.compile(
    r"(?s:.*)\b(?:in|near|outside|inside|across|around|throughout|on\s+the\s+outskirts\s+of)\s+(?:the\s+)?"
    r"(?P<between>(?:[a-z][a-z-]*\s+){0,2}?)"
    r"(?:(?:city|town|village|port|capital|province|district|region|state|governorate|county|area|(?:north|south)?"
    r"(?:east|west)?|north|south|centre|center)\s+of\s+(?:the\s+)?)?$")
_FUNCTION_WORDS = frozenset({"to", "of", "for", "by", "with", "from", "on", "against", "about", "over", "as", "and",
                             "or", "which", "that", "who", "its", "their", "his", "her", "response", "retaliation",
                             "addition", "order", "support", "solidarity", "favour", "favor", "front", "charge"})
# Across a border from where it is written: "in neighbouring X" names the neighbour, not the scene.
_NEIGHBOUR = frozenset({"neighbouring", "neighboring", "nearby", "adjacent"})


def placed_at(text: str, place: Place) -> bool:
    """The text writes ``place`` as where something happened: after a locative word, and no neighbour's name."""
    m = _LOCATIVE.match(text, max(0, place.start - 60), place.start)  # the locative word nearest the place
    if m is None:
        return False
    words = m["between"].split()
    return not any(w in _FUNCTION_WORDS or w in _NEIGHBOUR for w in words)


def focus_past_dateline(text: str, places: Sequence[Place], dateline: tuple[int, int], focus: str | None) -> str | None:
    """The report's country focus once its dateline is read as the reporter's place.

    When the focus is the dateline's country (or there is none), and the text places its events (a place after a
    locative word, that is an event place) only abroad, in no place of the dateline's country, the focus is the
    country it places them in most (the first on a tie). Otherwise the focus stands: a report placing nothing keeps
    its dateline."""
    home = {p.country_code for p in places if p.resolved and p.country_code and dateline[0] <= p.start < dateline[1]}
    if not home or (focus is not None and focus not in home):
        return focus
    placed = [p.country_code for p in places
              if p.start >= dateline[1] and p.resolved and p.country_code and p.feature != "region"
              and placed_at(text, p) and is_event_place(text, p)]
    if not placed or home & set(placed):
        return focus
    return Counter(placed).most_common(1)[0][0]
