"""Where an incident happened, among the places its sentences name (issue 17: one incident, one record).

The incidents component (incidents.py) groups frames into incidents; coding then gives one event per place of an
incident. A sentence may name places where nothing of the incident happened, and each would become a second record:

- a place told only as the point a distance is measured from ("took place 140 km from the capital X", "90 km north
  of X") beside a town or district the incident names (:func:`drop_reference_places`);
- the place of a protest's or riot's cause ("rallied in X against the dismissal of workers in Y", "in solidarity
  with the convoy in Y", "following the shooting in Y") beside the crowd's own place (:func:`drop_cause_places`).

Both leave such places out of the frames' ``places``; a place alone (or beside a province only) stays, and only
places coding accepts as event places (geo.eventloc.is_event_place) count as the incident's own.
"""

from __future__ import annotations

import re

from eventcoder.extract.frames import Frame
from eventcoder.geo.eventloc import is_event_place
from eventcoder.model import Place

__all__ = ["drop_cause_places", "drop_reference_places", "event_places"]


def event_places(frame: Frame) -> list[Place]:
    """Places of a frame that may be where the event happened: resolved, and finer than a country."""
    return [p for p in frame.places if p.resolved and p.feature != "country"]


# Where a crowd event's cause or purpose begins ("... rallied in X to protest the shooting in Y", "against", "in
# solidarity with", "following the death of a student in Y"): places told after it are the cause's
_CAUSE = re.compile(
    r"\b(?:to\s+(?:protest|demand|denounce|condemn|oppose|decry|support|show\s+solidarity|call\s+for|express|mark|"
    r"commemorate|honou?r|mourn|remember|press\s+for|seek|urge)|against|in\s+(?:solidarity|support)\s+(?:with|of)|"
    r"following|demanding|denouncing|condemning|calling\s+for|in\s+protest\s+(?:at|against|over)|over\s+the|"
    r"after\s+the\s+(?:death|killing|shooting|arrest|murder|dismissal))\b", re.I)


# The crowd's own act told after its cause ("a march to protest inflation reached X"): the cause has ended
_CROWD_ACT = re.compile(r"\b(?:reached|arrived|marched|gathered|rallied|assembled|converged|staged|held|moved|"
                        r"proceeded|blocked|occupied|swept|spread|erupted|broke\s+out|took\s+place|continued|turned)\b", re.I)


def drop_cause_places(frames: list[Frame]) -> None:
    """A protest or riot at a place, whose cause names another ("students rallied in X against the dismissal of
    workers in Y", "to show solidarity with the convoy in Y", "following the shooting in Y"): Y is the cause's place,
    no second site of the crowd event (one event per place where people gathered). A crowd event that names no place
    before its cause keeps the cause's (it may well be there)."""
    cause: dict[int, tuple[int, int]] = {}  # frame -> the span of its cause (document offsets)
    for f in frames:
        m = _CAUSE.search(f.text, f.sentence.start, f.sentence.end)
        if m is not None:
            back = _CROWD_ACT.search(f.text, m.end(), f.sentence.end)
            cause[id(f)] = (m.start(), back.start() if back else f.sentence.end)
    if not cause:
        return

    def caused(f: Frame, p: Place) -> bool:
        a, b = cause.get(id(f), (f.sentence.end, f.sentence.end))
        return a <= p.start < b

    # a province is no site of its own beside the cause's town ("in X province, people protested the killing in Y")
    own = {p.geonameid for f in frames for p in event_places(f) if p.feature not in _BROAD and not caused(f, p)
           and is_event_place(f.text, p, f.sentence.start)}
    if not own:
        return
    for f in frames:
        drop = [p for p in event_places(f) if caused(f, p) and p.geonameid not in own]
        if drop:
            f.places = [p for p in f.places if p not in drop]


# "140 km from the capital X", "90 km north of X", "some 20 miles south-east of X": a place told as the point a
# distance is measured from
_DISTANCE_FROM = re.compile(
    r"\b\d[\d,.]*\s*(?:-\s*)?(?:km|kms|kilometres?|kilometers?|miles?)\s+(?:\([^)]{0,20}\)\s+)?(?:away\s+)?"
    r"(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?(?:of|from)\s+"
    r"(?:the\s+)?(?:(?:national\s+|provincial\s+|state\s+|regional\s+)?capital,?\s+|(?:city|town)\s+of\s+)?$", re.I)


_BROAD = ("admin1", "region", "country")


def drop_reference_places(frames: list[Frame]) -> None:
    """A place told only as the point a distance is measured from ("took place 140 km from the capital X") is no site
    of an incident that names the town or district where it happened: it leaves the incident's frames. Alone, or
    beside a province only, it stays (the event is near it, geo_precision 2: geo.eventloc)."""
    text = frames[0].text if frames else ""

    def reference(f: Frame, p: Place) -> bool:
        return _DISTANCE_FROM.search(text, max(f.sentence.start, p.start - 60), p.start) is not None

    # a province is no finer site than "20 km from X": the event is coded near X then
    placed = {p.geonameid for f in frames for p in event_places(f) if p.feature not in _BROAD
              and not reference(f, p) and is_event_place(text, p, f.sentence.start)}
    if not placed:
        return
    for f in frames:
        drop = [p for p in event_places(f) if p.geonameid not in placed and reference(f, p)]
        if drop:
            f.places = [p for p in f.places if p not in drop]
