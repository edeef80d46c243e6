"""Hand-built mention layers for unit tests of the engine's decisions (no lexicon scan, no parser, no gazetteer).

``frame("Gunmen attacked soldiers", cues={"attack": ["attacked"]}, actors=[("Gunmen", "political_militia")])``
finds each quoted word in the sentence and builds the typed mentions with their offsets.
"""

from __future__ import annotations

from eventcoder.extract.actors import ActorMention
from eventcoder.extract.counts import Count
from eventcoder.extract.cues import Cue, CueMatch
from eventcoder.extract.frames import Frame
from eventcoder.extract.numbers import Quantity
from eventcoder.model import DateMention, Place, Sentence
from eventcoder.vocab import Inter

_INTER = {"state": Inter.STATE_FORCES, "police": Inter.STATE_FORCES, "rebel": Inter.REBEL_GROUP,
          "political_militia": Inter.POLITICAL_MILITIA, "identity_militia": Inter.IDENTITY_MILITIA,
          "civilians": Inter.CIVILIANS, "protesters": Inter.PROTESTERS, "rioters": Inter.RIOTERS}


def _at(text: str, word: str, after: int = 0) -> tuple[int, int]:
    start = text.index(word, after)
    return start, start + len(word)


def actor(text: str, surface: str, kind: str, *, key: str | None = None, generic: bool = False,
          after: int = 0) -> ActorMention:
    s, e = _at(text, surface, after)
    return ActorMention(s, e, surface, key or surface, _INTER[kind], None, kind, generic)


def count(text: str, phrase: str, role: str, value: int, victims: str | None = None, kind: str = "unknown",
          *, subset: bool = False, after: int = 0) -> Count:
    s, e = _at(text, phrase, after)
    return Count(s, e, role, Quantity(value, value, value), victims, kind, subset)


def place(text: str, name: str, geonameid: int, *, feature: str = "city", country: str = "NG",
          after: int = 0) -> Place:
    s, e = _at(text, name, after)
    return Place(name, s, e, resolved=True, name=name, geonameid=geonameid, country_code=country, feature=feature,
                 admin1="Region", latitude=1.0, longitude=1.0, geo_precision=1)


def date(text: str, phrase: str, iso: str | None, *, kind: str = "explicit", precision: int = 1) -> DateMention:
    s, e = _at(text, phrase)
    return DateMention(s, e, iso, precision, kind, phrase)


def frame(sentence: str, *, cues: dict[str, list[str]] | None = None, counts: list[Count] | None = None,
          actors: list[ActorMention] | None = None, places: list[Place] | None = None,
          dates: list[DateMention] | None = None, index: int = 0, paragraph: int = 0, offset: int = 0,
          text: str | None = None) -> Frame:
    """A frame of one sentence of ``text`` (the sentence itself by default) starting at ``offset``."""
    full = text if text is not None else sentence
    found: dict[str, list[CueMatch]] = {}
    for cls, words in (cues or {}).items():
        for w in words:
            s, e = _at(full, w, offset)
            found.setdefault(Cue(cls), []).append(CueMatch(Cue(cls), s, e, w))
    for matches in found.values():
        matches.sort(key=lambda c: c.start)
    return Frame(index, Sentence(offset, offset + len(sentence)), paragraph, found, counts or [], actors or [],
                 places or [], dates or [], full)
