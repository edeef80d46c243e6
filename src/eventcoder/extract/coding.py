"""Coding: each incident becomes ACLED EventRecords, one per event place, every field with its evidence.

- places: the event places of the incident's frames (``geo.eventloc`` decides which places are not where the
  event happened; a container "district of X" and a place placing another "Rafah, Gaza" are dropped; a province
  is dropped when a town inside it is named); an incident told without a place takes the report's last place
  before it, in the report's country;
- one event per place (ACLED): a toll stays where its sentence puts it; a toll the text gives per place
  ("ten of them in Djibo and four near Dori") is kept per place; else it is split evenly, the remainder
  to the first (``fatalities_split``);
- the date: the incident's first usable date, else the last dated body sentence before it (news gives the
  day once, in the lead), else the publication date;
- the country (``geo.eventloc.event_country``): the place's, else the document's focus country, else the country
  most places resolve to, else the country the text names most, else an actor's home country;
- names: the most named perpetrator is actor1, the others associates; actor2 the most named target.

Everything read of the whole document (body start, usable dates, inheritable places, the text's country)
is computed once per document, and each incident is coded in time linear in its size.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from typing import ClassVar

from eventcoder import countries
from eventcoder.extract.actors import NON_STATE_KINDS, ActorLexicon, ActorMention
from eventcoder.extract.background import points_back_to_place
from eventcoder.extract.cues import Cue
from eventcoder.extract.dates import by_event_evidence, is_statement_date, is_toll_raised_date, is_vague_day
from eventcoder.extract.evidence import people_on_people
from eventcoder.extract.frames import MENTION_WINDOW, Frame
from eventcoder.extract.incidents import Incident, Toll, days_apart, event_places, perpetrator_keys, refers_back
from eventcoder.extract.naming import (
    actor_name,
    country_fields,
    crowd_actors,
    most_named,
    notes_line,
    target_name,
    text_country,
)
from eventcoder.extract.rejections import kills_public_person
from eventcoder.extract.roles import denied_victims, is_state, tells_only
from eventcoder.extract.sites import told_as_journey
from eventcoder.extract.strategic import ARMED_GROUP, PEACE
from eventcoder.geo.distance import km_between, within_km
from eventcoder.geo.eventloc import came_from, event_country, innermost_place, is_event_place
from eventcoder.geo.roads import road_spans
from eventcoder.model import DateMention, Document, EventRecord, Evidence, Place
from eventcoder.vocab import DISORDER_OF, EVENT_TYPE_OF, EventType, Inter, SubEventType, interaction

__all__ = ["DAY_PRECISE_ORIGINS", "NOTES_WINDOW", "Coder", "notes_span", "split_evenly"]

S = SubEventType
DOUBT_EVIDENCE = ("armed actor", "weapon", "agreement", "mass grave")  # the last two: strategic.py


def _beyond_doubt(f: Frame) -> bool:
    """Evidence that stands in a document the relevance model doubts: a perpetrator or a weapon, or victims of a
    violence dated to a day ("was assassinated in Kabul on Saturday") or of public life (a mayor, a journalist), not
    in a film's or a book's story."""
    if f.evidence in DOUBT_EVIDENCE:
        return True
    # a person of public life killed stands undated too ("a mayor was found stabbed to death"): what is coded anywhere
    return f.evidence == "victims" and (any(d.precision == 1 for d in f.dates) or kills_public_person(f)) and not f.has(
        Cue.NON_EVENT)


# Whom an arrest ACLED codes is made of: people of politics, the press and civil society ("detained an
# opposition lawmaker", "arrested a blogger"), not the suspects of ordinary policing.
_POLITICAL_PERSON = re.compile(
    r"\b(?:journalists?|reporters?|bloggers?|editors?|activists?|dissidents?|opposition|lawmakers?|legislators?|"
    r"MPs?|members? of parliament|parliamentarians?|senators?|deputies|ministers?|prime minister|president|"
    r"governors?|mayors?|party|politicians?|candidates?|critics?|campaigners?|protesters?|demonstrators?|"
    r"strikers|unionists?|union leaders?|human rights|clerics?|student leaders?|rebels?|militants?|"
    r"insurgents?|separatists?)\b", re.I)
_STANDING_SUBS = frozenset({S.LOOTING, S.DISRUPTED_WEAPONS_USE})  # violence, or a weapon stopped: conflict as such
# Developments a sentence tells once over several places ("evacuations from A, B and C", "devices defused in A and
# B"): one development, one event at its most precise place (no violence to be counted per place)
_ONE_EVENT_SUBS = frozenset({S.OTHER, S.DISRUPTED_WEAPONS_USE})


# "The first drone was heading for A, while the second was downed over B": the parts of a counted act, told one by one
_FIRST_PART = re.compile(r"\b(?:the\s+first|one)\b", re.I)
_NEXT_PART = re.compile(r"\b(?:the\s+(?:second|other|third|last)|another)\b", re.I)


def _parts_apart(text: str, places: list[Place]) -> bool:
    """The sentence tells the parts of a counted act one by one, each at its own place ("two drones were shot down:
    the first over A, the second over B"): two events (ACLED codes one per place), not one act and the places it
    passed."""
    lo, hi = min(p.start for p in places), max(p.start for p in places)
    first = _FIRST_PART.search(text, max(0, lo - 120, text.rfind(". ", 0, lo) + 1), lo)  # in the places' sentence
    if first is None:
        return False
    nxt = _NEXT_PART.search(text, first.end(), hi)
    return nxt is not None and any(p.start < nxt.start() for p in places) and any(p.start > nxt.end() for p in places)


def _arrests_note(inc: Incident, sub: SubEventType) -> str:
    """The people a crowd event's police arrested, told in its notes ("45 arrested."): ACLED folds arrests at a protest
    or a riot into that one event and tells them in its notes; the record has no column for them. The largest count
    told (a later sentence's total takes in the first's), none when no number is told."""
    if EVENT_TYPE_OF[sub] not in (EventType.PROTESTS, EventType.RIOTS):
        return ""
    told = [c.value for f in inc.frames for c in f.counts if c.role == "arrested" and c.counted and not c.subset]
    return f" {max(told)} arrested." if told else ""


def _untimed_policy(inc: Incident) -> bool:
    """An arrest, deployment or policy told with no time: the everyday words of politics and policing, context in
    a document the relevance model doubts. Looting is violence; an armed group's base, merger or truce, a weapon
    intercepted or seized, a grave and the arrest of a journalist or an opposition figure are what ACLED codes in
    any document (strategic.py), so they stand."""
    if inc.sub_event_type is None or EVENT_TYPE_OF[inc.sub_event_type] is not EventType.STRATEGIC_DEVELOPMENTS:
        return False
    if inc.sub_event_type in _STANDING_SUBS or any(f.dates for f in inc.frames):
        return False
    political_arrest = inc.sub_event_type is S.ARRESTS and any(_POLITICAL_PERSON.search(f.sentence_text)
                                                               for f in inc.frames)
    return not political_arrest and not any(
        f.evidence in ("weapon", "agreement", "mass grave") or ARMED_GROUP.search(f.sentence_text)
        or (inc.sub_event_type is S.AGREEMENT and PEACE.search(f.sentence_text))
        or any(a.kind in NON_STATE_KINDS for a in f.actors) for f in inc.frames)


HEADLINE_EVIDENCE = ("armed actor", "weapon", "crowd", "parties")
NO_PARTICIPANTS = ("no participants: a trigger word with no armed actor, state force, crowd, victims or weapon "
                   "(extract/evidence.py)")
_RECENT_DAYS = 45  # a date inherited from an earlier sentence is at most this old
# Publication dates the page itself prints by its story (its dateline, the byline's date line, a dated caption): the
# story's own day, so an incident told with no date of its own takes it at day precision; one from the page's
# metadata, a feed, its address or the user may be a crawl or an edit, and gives the week (time_precision 2).
DAY_PRECISE_ORIGINS = frozenset({"caption", "dateline", "byline"})
_CONTAINER = re.compile(
    r"(?:districts?|province|governorate|region|countryside|state|county|outskirts|suburbs?) of\s+$|\bof\s+$"
    r"|\b(?:in|of|across)\s+(?:the\s+)?(?:western|eastern|northern|southern|north-?western|north-?eastern|"
    r"south-?western|south-?eastern|central|rural|greater)\s+$",
    re.I,
)
_PER_PLACE = re.compile(
    r"(?P<n>\b[\w-]+(?: [\w-]+)?)\s+(?:of them\s+|people\s+|were killed\s+|killed\s+|died\s+|dead\s+)?"
    r"(?:in|near|at|around|outside)\s+(?:the\s+)?(?:[\w-]+\s+)?$",
    re.I,
)
_SPEAKER_PLACE = re.compile(r"(?:\s+(?:province|state|city|district|region))?\s*,?\s+(?:said|says|told|reported)\b", re.I)
_SOURCE_IN = re.compile(r"\b(?:worker|official|spokes\w+|correspondent|reporter|journalist|source|doctor|medic|"
                        r"monitor|activist|volunteer)s?\s+(?:based\s+)?(?:in|from)\s+$", re.I)
# what stands between a place and the unit written after it to place it: "X, Y", "X (Y", "X district, Y",
# "X district of Y province", "X town in Y state", "X, a village in Y"
_PLACE_PAIR_GLUE = re.compile(
    r"\s*(?:(?:town|city|village|community|settlement|district|county|municipality|township|sub-?district|"
    r"locality|area|ward|province|state|region|governorate|local government(?: area)?|LGA)s?\s*)?"
    r"(?:,|\(|\)\s*,|\b(?:of|in)\b)\s*(?:(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:village|town|city|district|area)"
    r"\s+(?:of|in)\s+)?(?:the\s+)?",
    re.I)
# A road named by the towns it links: "the X-Y road", "X - Y highway", "the road between X and Y", "the X to Y
# road". The codebook is silent on roads; the event is coded near the first town named (geo_precision 2), and
# the second town is the road's other end, not a second event.
_ROAD_WORD = r"(?:road|highway|expressway|motorway|freeway|route|axis|corridor|carriageway|trunk road)"
_ROAD_GAP = re.compile(r"\s*(?:-|\u2013|\u2014|/)\s*|\s+to\s+|\s+and\s+", re.I)
_ROAD_AFTER = re.compile(r"(?:\s*(?:-|\u2013)\s*|\s+)" + _ROAD_WORD + r"\b", re.I)
_ROAD_FROM = re.compile(r"(?:\s*(?:-|\u2013|\u2014|/)\s*|\s+to\s+)[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*)?"
                        r"(?:\s*(?:-|\u2013)\s*|\s+)" + _ROAD_WORD + r"\b")
# A road end may be written with its units: "between X (A, B) and Y (C, D)", "between X, A and Y, B"
_ROAD_UNIT = r"(?:\s*\([^()]{1,80}\)|,\s*[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2}(?=\s+(?:and|to)\s))?"
_ROAD_OTHER_END = re.compile(_ROAD_UNIT + r"\s+(?:and|to)\s+[A-Z]")
_ROAD_BEFORE = re.compile(
    r"(?:" + _ROAD_WORD + r"|stretch|section)\s+(?:between|linking|connecting|joining|from)\s+(?:the\s+)?"
    r"(?:(?:villages?|towns?|cities|city|localities)\s+of\s+)?$", re.I)
# "struck a landmine between X and Y", "ambushed between the villages of X and Y": a stretch between two towns, told
# without a road word, is one place near the first as a road is (two villages that clash are one scene too)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?(?:(?:villages?|towns?|cities|communities|localities)\s+of\s+)?$",
                             re.I)
# a place's units in brackets right after it ("Y (Y Urban, Z)")
_UNITS_IN_BRACKETS = re.compile(r"\s*\(((?-i:[A-Z])[^()]{1,80})\)")


def _own_units(text: str, p: Place) -> bool:
    """``p`` is followed by its own units in brackets, the first of them named after it ("Y (Y Urban, Z)"): the
    place a note codes; a province alone in brackets after a road's ends ("between X and Y (Z)") locates the road."""
    m = _UNITS_IN_BRACKETS.match(text, p.end)
    return m is not None and m.group(1).lower().startswith(p.surface.lower())
# the first end and its units before the second end ("between X (A, B) and ", "between X, A and ")
_ROAD_FIRST_UNITS = re.compile(
    r"(?:" + _ROAD_WORD + r"|stretch|section)\s+(?:between|linking|connecting|joining|from)\s+(?:the\s+)?"
    r"(?:(?:villages?|towns?|cities|city|localities)\s+of\s+)?[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2}"
    r"(?:\s*\([^()]{1,80}\)|,\s*[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2})\s+(?:and|to)\s+$", re.I)
# A place word that begins the proper name of a site or an organisation ("the X Migration Office", "X Central
# Market", "X State Police Command", "X University", "X Motor Park"): the name says where the body is from, not
# where the event happened when the report names another place for it; alone, the site stands in its town.
_NAMED_BODY_AFTER = re.compile(
    r"(?:\s+State)?(?:\s+(?:Central|Main|International|General|Federal|Regional|Specialist|Teaching|Divisional|"
    r"Area|Metropolitan|Municipal|City|Old|New|Grand|National|Medical|Media|Motor|Bus|Railway|Police|Migration|Immigration|"
    r"Customs|"
    r"Correctional|Command|Emirate|Traditional|Youth|Students?|Women|Traders|Market|Chamber))*"
    r"\s+(?:Market|Park|Station|Terminal|Garage|Airport|Airstrip|Office|Hospital|Clinic|Prison|Centre|Center|"
    r"Barracks|Stadium|Mosque|Church|Cathedral|Bridge|Dam|Junction|Roundabout|Checkpoint|University|Polytechnic|"
    r"College|School|Academy|Police|Command|Brigade|Battalion|Council|Assembly|Ministry|Commission|"
    r"Emirate|Union|Association|Chapter|Branch|Club|FC|United|Airlines|Airways|Bank|Company|Corporation|"
    r"Hotel|Mall|System|Authority|Agency|Directorate|Department)\b")

_REGION_FEATURES = ("admin1", "admin2", "region", "country")
_REGION_KM = 500.0  # a named region ("Darfur", "Donbas") reaches this far from its centre


def _most_precise(places: list[Place]) -> Place:
    """The finest of the places (a town before a unit, then by geo_precision), the first told among equals."""
    return min(places, key=lambda p: (p.feature in _REGION_FEATURES, p.geo_precision or 1))


def split_evenly(total: int | None, n: int) -> list[int]:
    """ACLED's split: evenly, the remainder to the first."""
    if n <= 0:
        return []
    if total is None:
        return [0] * n
    base, rest = divmod(total, n)
    return [base + (1 if i < rest else 0) for i in range(n)]


def _usable(d: DateMention, reference: date | None) -> bool:
    if not d.date or d.kind == "year" or d.precision not in (1, 2, 3):
        return False
    return not (reference and d.precision == 1 and date.fromisoformat(d.date) > reference)


def _inside(region: Place, town: Place) -> bool:
    """``town`` lies in ``region``: the same province, or for a named region that is no administrative unit
    ("Darfur", "the Sahel"; its admin1 is only the one of its centre) the same country and near its centre."""
    if region.admin1 and region.admin1 == town.admin1:
        return True
    if region.feature == "region":
        return region.country_code == town.country_code and within_km(region, town, _REGION_KM)
    return False


def _contains(outer: Place, inner: Place) -> bool:
    """``outer`` is a larger unit around ``inner`` (a province, region or bigger town of the same area)."""
    if outer.feature == "country" or (outer.feature == "region" and not outer.admin1):
        return outer.country_code in (None, inner.country_code)
    if outer.feature in _REGION_FEATURES:
        # a unit contains the place only when the place lies in it: "Az X in Y district" with X resolved to a
        # homonym of another province is no "X in its district" (a second place, left to the one-country checks)
        return _inside(outer, inner) or not (outer.admin1 and inner.admin1)
    if outer.admin1 and outer.admin1 == inner.admin1:
        return True
    return bool(outer.country_code == inner.country_code and (outer.population or 0) > (inner.population or 0))


# "the Saba news agency", "Kabul TV", "the Lagos Tribune": a place word naming a news outlet is a source's name,
# not where anything happened
_OUTLET_AFTER = re.compile(
    r"\s+(?:(?i:news agency|news service|press agency|state news|agency|television|radio|newspaper)|TV|Times|Tribune|"
    r"Herald|Gazette)\b")


def _places_of(inc: Incident, text: str, focus: str | None = None,
               provinces: frozenset[str | None] = frozenset()) -> list[Place]:
    """The event places of ``inc``; ``provinces`` are those the report names (a village read in another one, beside
    units of a named one, is a homonym the units locate: ``_unit_after_name``)."""
    seen: dict[int | str, Place] = {}
    spare: dict[int | str, Place] = {}  # containers and offices' provinces: the event's place only if nothing else is
    origin: dict[int | str, Place] = {}  # where people or a movement came from: only when no other place is named
    for f in inc.frames:
        ps = event_places(f)
        for i, p in enumerate(ps):
            before = text[max(f.sentence.start, p.start - 40) : p.start]
            if not is_event_place(text, p, f.sentence.start) or _OUTLET_AFTER.match(text, p.end) or (
                    _SPEAKER_PLACE.match(text, p.end, f.sentence.end) and _SOURCE_IN.search(before)):
                if _origin_at_home(text, p, f.sentence.start, focus):
                    origin.setdefault(_key(p), replace(p, geo_precision=max(2, p.geo_precision or 1)))
                continue  # hospitals, speakers' cities ("a rescue worker in X said"), where people fled
            if i > 0 and _CONTAINER.search(before) and ps[i - 1].end <= p.start and not (
                    ps[i - 1].feature in ("admin1", "country") and p.feature not in _REGION_FEATURES
                    and (_NAME_OF.fullmatch(text, ps[i - 1].end, p.start) or _SIDE_OF.search(before))):
                # "Darat Izza districts of Aleppo": Aleppo is the container, not a second event ("the Y State
                # University of X", "Y's commander ... in the east of X" with Y a province: a town holds no province)
                continue
            prev = ps[i - 1] if i > 0 else None
            if prev is not None and _PLACE_PAIR_GLUE.fullmatch(text, prev.end, p.start) and _contains(p, prev):
                continue  # "Rafah, Gaza", "Maiduguri (Borno)", "X district, Y province": the second places the first
            if prev is not None and _road_ends(text, prev, p, f.sentence.start):
                # on the road near its first town, not in it ("from X to Y road": X is no origin here)
                if _own_units(text, p) and not _UNITS_IN_BRACKETS.match(text, prev.end):
                    # "between X and Y (Y Urban, Z)": the end told with its own units is the one the report places
                    seen.pop(_key(prev), None)
                    seen.setdefault(_key(p), replace(p, geo_precision=max(2, p.geo_precision or 1)))
                elif not _road_after_units(text, p, f.sentence.start):
                    kept = seen.get(_key(prev), prev)
                    seen[_key(prev)] = replace(kept, geo_precision=max(2, kept.geo_precision or 1))
                continue
            if _road_start(text, p, f.sentence.start):
                p = replace(p, geo_precision=max(2, p.geo_precision or 1))  # the other end may be unresolved
            (spare if _only_locates(text, f.places, p) or _unit_after_name(text, f.places, p, f.sentence.start, provinces)
             or _office_of(text, p, f) else seen).setdefault(_key(p), p)
    found = list((seen or spare or _origins(inc, origin)).values())
    places = _one_country(_one_per_name(_named_bodies_elsewhere(text, _road_ends_aside(inc, text, found))), focus)
    return _without_held_regions(text, _located_by_units(text, places))


def _without_held_regions(text: str, places: list[Place]) -> list[Place]:
    """A province or region is dropped when a town inside it is named ("Idlib, Aleppo and Hama regions" vs towns);
    not a unit told with a toll of its own beside the town's ("four in X and three in Y district": two sites side by
    side, the unit holds none of the other's dead)."""
    towns = [p for p in places if p.feature not in _REGION_FEATURES]
    if not towns:
        return places
    return [p for p in places if p.feature not in _REGION_FEATURES or not any(
        _inside(p, t) and not _listed_units(text, p, t) and not (
            _count_before(text, p) is not None and _count_before(text, t) is not None) for t in towns)]


# a unit word written right after a name ("X province", "the X region", "X Local Government Area", "X's" after one)
_UNIT_WORD_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:(?i:province|state|region|governorate|oblast|county|district|territory|municipality|"
    r"prefecture|department|local government area)|LGA)\b")
# "X's Y", "X province's Y district", "X Country's Y": the possessive places Y inside X
_UNIT_OWNS = re.compile(r"(?:\s+[a-z]+)?(?:\s+[A-Z][\w-]*){0,2}(?:'s|\u2019s)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}")
# "Y in X region", "Y, in the X region", "Y area in X's war-torn Z region": Y told, then the unit that holds it
# (lowercase words only after "in"/"of": "in Y, two in X region" is a toll per place, not a holder)
_SITE_KIND = r"(?:\s+(?:town|city|village|hamlet|community|settlement|district|county|area|locality|neighbou?rhood))?"
_HELD_IN = re.compile(
    _SITE_KIND + r"\s*,?\s+(?:in|of)\s+(?:the\s+)?(?:[A-Z][\w-]*(?:'s|\u2019s)\s+)?(?:[a-z][\w-]*\s+){0,2}")
# "Y city, X province", "Y, the X region": a bare comma holds Y in X's own province; across provinces the comma lists
# places ("in Y, X province and Z") unless Y is told as a town ("Y city, X province": one of the two is a homonym)
_HELD_BY_COMMA = re.compile(r"(?P<kind>" + _SITE_KIND + r")\s*,\s+(?:the\s+)?")


# "in X", "near the town of X": a name told as a place, a site of its own even in a province the report leaves unnamed
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|outside|around|into|from|to|towards|on)\s+(?:the\s+)?(?:(?:town|village|"
                              r"city|community|district|area)\s+of\s+)?$", re.I)
_HOMONYM_POPULATION = 100_000  # a smaller town is a likely homonym; a city is seldom misread
# the words that show a name is no place: a people's noun after it ("X youths", "X and Z herders"), a street's or a
# building's ("the X avenue"), or a capitalised word after it, part of a longer name ("X Y said", "X/Y", "X - Y")
_NAME_READING_AFTER = re.compile(
    r"(?:\s+and\s+[A-Z][\w-]*)?\s+(?:youths?|herders?|farmers?|people|communit(?:y|ies)|militias?|fighters|women|men|"
    r"elders|leaders|groups?|tribes?|tribesmen|clans?|settlers|traders|ethnic|avenue|street|road|boulevard|highway|"
    r"bridge|square|stadium|university|college)\b|[ \t]+[A-Z]|/[A-Z]|[ \t]+[-\u2013][ \t]+[A-Z]")
# ... or a capitalised word before it, not the first of a sentence ("the Y X militia", "Y/X/Z Local Government Area",
# "(Y - X)")
_NAME_READING_BEFORE = re.compile(r"(?<![.!?\n]\s)(?<!^)\b[A-Z][\w-]*(?:[ \t]+|/|[ \t]+[-\u2013][ \t]+)$")


_HOMONYM_KM = 300  # a small town this far from every site the report places in a province it names: another's homonym


def _read_as_name(text: str, p: Place, keep: list[Place]) -> bool:
    """The words around ``p`` read it as a name other than a place (a people, a street or a building, a part of a
    longer name), or the index put it far from every site of the named provinces (a homonym of a place near them: one
    scene is not told at sites hundreds of kilometres apart by a bare name)."""
    if _NAME_READING_AFTER.match(text, p.end) or _NAME_READING_BEFORE.search(text, max(0, p.start - 30), p.start):
        return True
    if p.latitude is None or p.longitude is None:
        return False
    return all((km := km_between(p, q)) is not None and km > _HOMONYM_KM for q in keep)


def _in_named_provinces(places: list[Place], doc: Document) -> list[Place]:
    """One incident told at sites in two provinces of one country, where the report names the province (or district)
    of one ("X community in Y local government area of Z State") and nothing of the other's: the other is a small
    town read from a word of the same spelling (an ethnic group's name, a part of a longer name), not a second site,
    when the words around it say so (``_read_as_name``). A city, a name told as a place ("in X"), a bare name ("X and
    Y local government area", "attacked X"), or a province the report names too, stays (ACLED 1.3: separate places)."""
    if len(places) < 2 or len({(p.admin1, p.country_code) for p in places}) < 2:
        return places
    text = doc.text
    told: dict[tuple[str | None, str | None], set[str]] = {}  # a province -> the names the report places in it
    units: dict[tuple[str | None, str | None], set[str]] = {}  # ... and those it names as units (a province, district)
    for m in doc.places:
        if m.resolved and m.admin1 and m.feature != "country":
            told.setdefault((m.admin1, m.country_code), set()).add(m.surface.lower())
            if m.feature in _REGION_FEATURES or _UNIT_WORD_AFTER.match(text, m.end):
                units.setdefault((m.admin1, m.country_code), set()).add(m.surface.lower())

    def named(p: Place, names: dict[tuple[str | None, str | None], set[str]]) -> bool:
        return not names.get((p.admin1, p.country_code), set()) <= {p.surface.lower()}  # by another name than p's

    keep = [p for p in places if named(p, units)]
    # the names the report tells as places somewhere ("in X"): a site of their own
    as_place = {m.surface.lower() for m in doc.places if _LOCATIVE_BEFORE.search(text, max(0, m.start - 40), m.start)}
    if not keep or not all(p in keep or not named(p, told) and (p.population or 0) < _HOMONYM_POPULATION
                           and p.feature not in ("admin1", "region")
                           and p.surface.lower() not in as_place and _read_as_name(text, p, keep) for p in places):
        return places
    return keep


# "the X district", "the Y neighbourhood": a part of a city told with its part word (a district of a province is
# written "X district", without "the", as often as not)
_CITY_PART = re.compile(r"\s+(?:district|neighbou?rhood|quarter|borough|suburb|raion|microdistrict|municipality)\b", re.I)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)


_CITY_PART_KM = 20.0  # a district told as "the X district" this close to the struck city is one of its own


def _city_parts(places: list[Place], doc: Document) -> list[Place]:
    """A part of the city an incident struck, told as "the X district" ("killing six: three in the X district and three
    in the Y district"), that lies within the city's reach, or that the index read as a town of another province
    where the report names nothing else: a district of that city, not a second site (ACLED codes a city's
    neighbourhoods at the city)."""
    text = doc.text
    cities = [c for c in places if c.feature not in _REGION_FEATURES and (c.population or 0) >= _HOMONYM_POPULATION
              and not _CITY_PART.match(text, c.end)]
    if not cities or len(places) < 2:
        return places

    def part(p: Place) -> bool:
        if p in cities or p.feature in _REGION_FEATURES or not p.admin1 or not _CITY_PART.match(text, p.end) or not (
                _THE_BEFORE.search(text, max(0, p.start - 5), p.start)):
            return False
        if any(c.country_code == p.country_code and c.admin1 == p.admin1 and within_km(c, p, _CITY_PART_KM)
               for c in cities):
            return True  # a district within the struck city's reach: the city's own
        elsewhere = {m.surface.lower() for m in doc.places if m.resolved and m.admin1 == p.admin1
                     and m.country_code == p.country_code}
        return elsewhere <= {p.surface.lower()} and all(
            c.country_code == p.country_code and c.admin1 != p.admin1 for c in cities)

    return [p for p in places if not part(p)] or places


def _rank(text: str, p: Place) -> int:
    """How fine a place is told: 1 a province or region, 2 a district, 3 a town (by the unit word after it, else by
    what the index resolved it to)."""
    if _TOWN_WORD_AFTER.match(text, p.end):
        return 3 if p.feature not in _REGION_FEATURES else 2  # "X town"; "the X area" is finer than a region
    m = _UNIT_WORD_AFTER.match(text, p.end)
    if m is not None:
        return 1 if _COARSE_UNIT.search(m.group(0)) else 2
    return 3 if p.feature not in _REGION_FEATURES else 2 if p.feature == "admin2" else 1


_TOWN_WORD_AFTER = re.compile(r"\s+(?:town|city|village|hamlet|community|settlement|area|locality)\b", re.I)
_COARSE_UNIT = re.compile(r"province|state|region|governorate|oblast|prefecture|department", re.I)


def _holds(text: str, p: Place, q: Place) -> bool:
    """The unit ``p`` is told right after ``q`` as the unit that holds it: "Y in X region", "Y, in the X region" (also
    a province the index puts elsewhere: one of the two is a homonym), or "Y city, X province" within X."""
    comma = _HELD_BY_COMMA.fullmatch(text, q.end, p.start)
    if comma and (p.admin1 == q.admin1 or comma.group("kind") and _rank(text, p) == 1):
        return True
    return bool(_HELD_IN.fullmatch(text, q.end, p.start)) and (p.admin1 == q.admin1 or _rank(text, p) == 1)


def _located_by_units(text: str, places: list[Place]) -> list[Place]:
    """A unit told to locate another of the incident's sites in the same words ("the X province's Y district", "in
    Y, in the X region", "Y city, X province"): the site told finer is where it happened, the unit only says where
    that is, also when the index resolved a province said to hold the town elsewhere (one of them is a homonym).
    Units joined by "and" or told apart stay separate places (ACLED 1.3)."""
    if len(places) < 2:
        return places
    drop: set[int] = set()
    for p in places:
        if p.feature == "country" or not (p.feature in _REGION_FEATURES or _UNIT_WORD_AFTER.match(text, p.end)):
            continue
        for q in places:
            if q is p or q.start in drop or q.country_code != p.country_code:
                continue
            owns = p.end <= q.start and _UNIT_OWNS.fullmatch(text, p.end, q.start)
            # a district of another province than the town's may be a second place (one of them misread either way:
            # left to the one-country checks); a province the text says holds the town does not
            held = q.end <= p.start and _rank(text, q) > _rank(text, p) and _holds(text, p, q)
            if owns or held:
                drop.add(p.start)
                break
    return [p for p in places if p.start not in drop]


def _origin_at_home(text: str, p: Place, sentence_start: int, focus: str | None) -> bool:
    """``p`` is where the incident's people or movement came from ("the convoy departed from X", "a child from X was
    beaten"), in the report's country: the nearest place the text gives when the incident names no other (coded
    near it, geo_precision 2)."""
    return came_from(text, p, sentence_start) and (focus is None or p.country_code == focus)


def _origins(inc: Incident, origin: dict[int | str, Place]) -> dict[int | str, Place]:
    """The places the incident's people came from, when its sentences name no other place than the units that hold
    them ("from X city in Y province"): a place rejected for another reason, such as a destination or a hospital,
    or another country, says the origin is not the site."""
    if not origin:
        return {}
    starts = {q.start for q in origin.values()}
    for f in inc.frames:
        for p in f.places:
            if p.resolved and p.start not in starts and not any(_contains(p, o) for o in origin.values()):
                return {}
    return origin


# "X and Y districts", "X, Y and Z provinces": names listed before one plural unit word are units side by side
_UNIT_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)")
_PLURAL_UNIT = re.compile(r"\s+(?:districts|provinces|governorates|counties|regions|states|departments|"
                          r"municipalities|prefectures|woredas|townships|LGAs)\b", re.I)


def _listed_units(text: str, region: Place, town: Place) -> bool:
    """``region`` and ``town`` are listed side by side before a plural unit word ("air raids on X and Y districts"):
    Y read as its seat town is a second district, not a town inside district X."""
    first, second = (region, town) if region.start < town.start else (town, region)
    if not _UNIT_LIST_GAP.fullmatch(text, first.end, second.start):
        return False
    tail = second.end
    while (m := _UNIT_LIST_GAP.match(text, tail)) and (n := re.match(r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*", text[m.end():])):
        tail = m.end() + n.end()  # further names of the list
    return bool(_PLURAL_UNIT.match(text, tail))


# "Y State University of X": a proper name that runs from a place to "of" and the next place
_NAME_OF = re.compile(r"(?:\s+[A-Z][\w'-]*){1,4}\s+of\s+(?:the\s+)?")
# "in the east of X", "on the northern side of X": a part of X, where the event is
_SIDE_OF = re.compile(r"\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|centre|center|"
                      r"(?:(?:northern|southern|eastern|western)\s+)?(?:side|part|edge|outskirts))\s+of\s+(?:the\s+)?$",
                      re.I)
# "in X", "in neighbouring X": where the incident happened, when X is a country ("in northern X", "across X" say
# only that it was somewhere in the country: no capital)
_IN_COUNTRY = re.compile(r"\b(?:in|inside)\s+(?:the\s+)?(?:neighbou?ring\s+)?$", re.I)
# "the war in X", "the situation in X": a topic, not where the incident happened
_TOPIC_IN = re.compile(r"\b(?:war|wars|conflict|crisis|situation|fighting|violence|genocide|invasion|occupation|"
                       r"aggression|operations?|events|killings?|deaths?|massacres?|bombings?|repression|coup|regime|"
                       r"elections?|people|peace|refugees|democracy)\s+(?:\w+\s+)?in\s+(?:the\s+)?$", re.I)


@functools.lru_cache(maxsize=256)
def _capital(cc: str) -> Place | None:
    """The capital city of country ``cc`` as the index resolves it, or None."""
    from eventcoder.geo.countrymap import capital_name
    from eventcoder.geo.geocoder import Geocoder

    name = capital_name(cc)
    found = Geocoder.default().resolve(name, countries=(cc,)) if name else None
    if found is None or not found.resolved or found.country_code != cc or found.feature == "country":
        return None
    return found


_NAME_TAIL = re.compile(r"(?:\s+(?:[A-Z][\w'-]*|de|del|di|da|do|dos|la|le|el|al|nel|sul|an|am|im|sur|en)){0,3}\s*")
# what may stand between the "(" after a place and a unit written in the brackets: "X (Y, Z", "X (Y district, Z"
_IN_BRACKET = re.compile(r"\(\s*(?:[^()\n.;]{0,60}?,\s*)?$")


# "the villages of A, B and C in X and Y LGAs", "at Z in X district": units named after "in" right after a name (a
# village the index may lack) locate it; they are where it is, not places of their own
_WEEKDAY_OR_MONTH = (r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|"
                     r"September|October|November|December)\b")
# (the name is no weekday or month: "on Sunday in X LGA" names no place; a day between the name and "in" is skipped:
# "the villages of A and B on Sunday in X LGA")
_NAME_IN_BEFORE = re.compile(rf"(?!{_WEEKDAY_OR_MONTH})(?-i:[A-Z])[\w'.-]*(?:\s+on\s+{_WEEKDAY_OR_MONTH}(?:\s+\d{{1,2}})?)?"
                             r"\s+in\s+(?:the\s+)?"
                             r"(?:(?-i:[A-Z])[\w'.-]*(?:\s+(?-i:[A-Z])[\w'.-]*)?"
                             r"\s*(?:,\s*(?:and\s+)?|\s+and\s+))*$")
_UNIT_AFTER = re.compile(
    r"(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?-i:[A-Z])[\w'.-]*(?:\s+(?-i:[A-Z])[\w'.-]*)?)*\s+(?:LGAs?|local government "
    r"areas?|districts?|provinces?|counties|county|regions?|governorates?|municipalit(?:y|ies)|departments?|"
    r"prefectures?|woredas?|townships?|sub-?districts?)\b", re.I)


def _unit_after_name(text: str, places: list[Place], p: Place, sentence_start: int,
                     provinces: frozenset[str | None] = frozenset()) -> bool:
    """``p`` is a unit (named with its unit word) after "in" right after a place name, or a list of names holding one
    of the sentence's places ("A, B and C in X district"): it locates them (not after an actor's: "PMF in X").
    ``provinces``: the provinces the incident names; a name read in another one than these is a homonym misread."""
    if not _UNIT_AFTER.match(text, p.end):
        return False
    m = _NAME_IN_BEFORE.search(text, max(sentence_start, p.start - 80), p.start)
    if m is None:
        return False
    named_to = m.start() + len(m.group(0).split()[0])  # the end of the name right before "in"
    named = [q for q in places if q is not p and named_to - 60 <= q.start and q.end <= named_to]
    # a name read as a place of another province than the unit's is misread (or the unit is): both are kept, unless
    # several units of a province the report names hold a list of names, none of whose provinces it names ("A, B and
    # C in X and Y LGAs": the index read a village of the same spelling elsewhere)
    unit = _UNIT_AFTER.match(text, p.end)
    several = unit is not None and _PLURAL_UNIT.search(unit.group(0)) is not None
    return bool(named) and not any(q.resolved and p.resolved and q.admin1 != p.admin1
                                   and (not several or q.admin1 in provinces or p.admin1 not in provinces)
                                   for q in named)


# "the mayor of X", "the chairman of the ruling party in X" (also a party's own name after "the",
# "of the ABC in X"; a bare capitalised name is a town: "the mayor of X in Y" is in Y), "a councillor
# for X": the town of an office-holder's post
_OFFICE_BEFORE = re.compile(
    r"\b(?:(?i:mayor|governor|prefect|sub-?prefect|chair(?:man|woman|person)?|commissioner|senator|lawmaker|legislator|"
    r"deputy|administrator|council(?:l?or)?|representative|chief|leader|head|secretary)|MP)s?\s+(?:of|for|in|from)\s+"
    r"(?:the\s+)?(?:(?:(?<=\bthe\s)(?:(?!(?:at|near|on|outside|inside|when|after|while)\b)[\w-]+\s+){1,4}|"
    r"(?:[a-z][\w-]*\s+){1,4})(?:in|for)\s+(?:the\s+)?)?$")


def _office_of(text: str, p: Place, f: Frame) -> bool:
    """``p`` is the town of an office-holder's post ("the mayor of X in Y", "X Y, the chairman of the party in X")
    and the sentence tells another town as where ("in Y", "at his farm in Y"): it says who was hit, not where; the
    event's place only when the incident names no other. (A town only: a province beside a town of it is dropped
    anyway; with no town told as where, a name read as a place, "X Y, the candidate for mayor of Z", is no better.)"""
    start = f.sentence.start

    def office(q: Place) -> bool:
        return bool(_OFFICE_BEFORE.search(text, max(start, q.start - 60), q.start))

    return p.feature not in _REGION_FEATURES and office(p) and any(
        q is not p and q.resolved and q.feature not in _REGION_FEATURES and not office(q)
        and _LOCATIVE_BEFORE.search(text, max(start, q.start - 40), q.start) for q in f.places)


def _only_locates(text: str, sentence_places: list[Place], p: Place) -> bool:
    """``p`` only locates something else: a unit or a larger town in the brackets after another place of the
    sentence ("a march from A (B, C) to D (B, C)": B is A's province, not a place of the march, also when A is no
    event place). (An office's province, "the mayor of X", is often the event's place: not left aside.)"""
    m = _IN_BRACKET.search(text, max(0, p.start - 70), p.start)
    if m is None:
        return False
    opened = m.start()
    # the place right before the bracket, or the head of a longer name the index lacks ("A nel B (C, D)")
    q = next((q for q in sentence_places if q is not p and q.end <= opened
              and _NAME_TAIL.fullmatch(text, q.end, opened)), None)
    if q is None or not q.resolved or q.feature in ("admin1", "country"):
        return False  # (a town holds no province: "the X Provincial Office (Y)" is in the town Y)
    if p.feature in _REGION_FEATURES:
        return _contains(p, q)
    return bool(p.admin1 and p.admin1 == q.admin1 and (p.population or 0) > (q.population or 0))


def _road_ends_aside(inc: Incident, text: str, places: list[Place]) -> list[Place]:
    """The towns that name a road ("the X-Y highway") are its ends, not where on it the event happened: when the
    incident names a town of its own ("on the X-Y highway in Z"), or a province that does not hold the first town, the
    road's ends are no event places; otherwise the event is coded near the road's first town (geo_precision 2) and
    the other ends are not second events."""
    spans = [sp for f in inc.frames for sp in road_spans(text, f.sentence.start, f.sentence.end)]
    if not spans:
        return places
    ends = [p for p in places if any(a <= p.start and p.end <= b for a, b in spans)]
    if not ends:
        return places
    first = min(ends, key=lambda p: p.start)
    units = [p for p in places if p not in ends and p.feature in _REGION_FEATURES and p.feature != "country"]
    if any(p not in ends and p.feature not in _REGION_FEATURES for p in places) or (
            units and not any(_inside(u, first) for u in units)):
        # a town of its own, or a province that does not hold the road's first town ("in X township (Y region),
        # on the A-B road"): the road only says which road
        return [p for p in places if p not in ends]
    return [replace(p, geo_precision=max(2, p.geo_precision or 1)) if p is first else p
            for p in places if p not in ends or p is first]


def _key(p: Place) -> int | str:
    return p.geonameid if p.geonameid is not None else p.surface.lower()


def _road_ends(text: str, first: Place, second: Place, sentence_start: int) -> bool:
    """``first`` and ``second`` name the two ends of one road ("the X-Y road", "the road between X and Y")."""
    if _road_after_units(text, second, sentence_start):
        return True
    if not _ROAD_GAP.fullmatch(text, first.end, second.start):
        return False
    return bool(_ROAD_AFTER.match(text, second.end)) or bool(
        _ROAD_BEFORE.search(text, max(sentence_start, first.start - 40), first.start)) or _between_towns(
        text, first, second, sentence_start)


def _between_towns(text: str, first: Place, second: Place | None, sentence_start: int) -> bool:
    """``first`` (and ``second``) are towns told as the ends of a stretch with no road word ("between X and Y")."""
    if second is not None and (second.feature in _REGION_FEATURES or _NAME_READING_AFTER.match(text, second.end)):
        return False  # "clashes between X and Y youths": two peoples, no stretch of road
    return first.feature not in _REGION_FEATURES and bool(
        _BETWEEN_BEFORE.search(text, max(sentence_start, first.start - 40), first.start))


def _road_after_units(text: str, second: Place, sentence_start: int) -> bool:
    """``second`` is a road's other end after a first end told with its units ("between X (A, B) and Y", "between
    X, A and Y"): the units place the first end, neither is the event's place."""
    return bool(_ROAD_FIRST_UNITS.search(text, max(sentence_start, second.start - 160), second.start))


def _road_start(text: str, p: Place, sentence_start: int) -> bool:
    """``p`` is the first town of a road's name ("the X-Y road", "the road between X and Y")."""
    return bool(_ROAD_FROM.match(text, p.end)) or bool(_ROAD_OTHER_END.match(text, p.end) and (
        _ROAD_BEFORE.search(text, max(sentence_start, p.start - 40), p.start) or _between_towns(
            text, p, None, sentence_start)))


def _named_bodies_elsewhere(text: str, places: list[Place]) -> list[Place]:
    """A place that only begins the name of a site or an organisation ("the X Migration Office", "X State Police
    Command") is dropped when the incident names a town, or a place that does not contain it, elsewhere: the site's
    or the body's name is no second event, and the event is where the report places it."""
    named = [p for p in places if _NAMED_BODY_AFTER.match(text, p.end)]
    if not named:
        return places
    others = [q for q in places if q not in named]
    return [p for p in places if p not in named or not any(
        q.feature not in _REGION_FEATURES or not _inside(q, p) for q in others)]


def _one_per_name(places: list[Place]) -> list[Place]:
    """A city and the province of the same name ("Kherson", "the Kherson region") are one place for one incident:
    the finer of the two is kept."""
    best: dict[tuple[str, str | None], Place] = {}
    for p in places:
        key = ((p.name or p.surface).lower(), p.country_code)
        kept = best.get(key)
        if kept is None or (kept.feature in _REGION_FEATURES and p.feature not in _REGION_FEATURES):
            best[key] = p
    return [p for p in places if best[((p.name or p.surface).lower(), p.country_code)] is p]


def _one_country(places: list[Place], focus: str | None) -> list[Place]:
    """One incident happens in one country (ACLED codes where it happened): a place resolved to another country
    than the incident's (the report's focus country when the incident has a place there, else the country most of
    its places are in; none on a tie) is a homonym, a source's or a perpetrator's home, not a second site."""
    codes = [p.country_code for p in places if p.country_code]
    if len(set(codes)) < 2:
        return places
    ranked = Counter(codes).most_common()
    home = focus if focus in codes else ranked[0][0] if ranked[0][1] > ranked[1][1] else None
    return [p for p in places if p.country_code in (home, None)] if home else places


def _told_per_place(text: str, places: list[Place], total: int) -> list[int] | None:
    """ "eleven of them in Djibo, eight in Dori and four near Kaya": the toll the text gives each place, when
    those figures add up to the total (then ACLED's even split is not needed)."""
    out: list[int] = []
    for p in places:
        n = _count_before(text, p)
        if n is None:
            return None
        out.append(n)
    return out if sum(out) == total else None


def _breakdown_placed(toll: Toll, places: list[Place]) -> bool:
    """Whether each count of a breakdown of the lead's total ("14 in A, 9 in B") is told right before a place of the
    incident's list, so that each place takes its own count. A breakdown that names again the towns the lead named
    ("12 in A and B ... seven in A, five in B") has them listed at the lead's mentions: it binds to none of them,
    and the lead's total stays (shared as before)."""
    return all(any(c.end <= p.start <= c.end + _BREAKDOWN_GAP for p in places) for c in toll.killed_counts)


_BREAKDOWN_GAP = 40  # characters between a count and its place ("14 people were killed in A")


def _without_area(inc: Incident, toll: Toll, places: list[Place], per_place: list[tuple[int, int | None, bool]]
                  ) -> tuple[list[Place], list[tuple[int, int | None, bool]]]:
    """ "Gunmen killed at least 30 people in southern X ... they shot 14 dead in A, 9 in B and 7 in C": the place the
    total was told at is the area of the parts that hold its dead; with no dead or wounded of its own it is no fourth
    event. Only a place told in the total's sentences and not in the breakdown's."""
    def sentence(pos: int) -> tuple[int, int]:
        f = next((f for f in inc.frames if f.sentence.start <= pos < f.sentence.end), None)
        return (f.sentence.start, f.sentence.end) if f is not None else (pos, pos)

    area = {sentence(c.start) for c in toll.area_counts}
    parts = {sentence(c.start) for c in toll.killed_counts}

    def told_in(p: Place, spans: set[tuple[int, int]]) -> bool:
        return any(a <= p.start < b for a, b in spans)

    keep = [n for n, p in enumerate(places) if not (per_place[n][0] == 0 and not per_place[n][1] and told_in(
        p, area) and not told_in(p, parts))]
    if not keep:
        return places, per_place
    return [places[n] for n in keep], [per_place[n] for n in keep]


def _one_place_told(text: str, places: list[Place], toll: Toll) -> list[int] | None:
    """ "Gunmen killed four people in A and abducted three in B": the one count of the dead, told with a place as its
    own, is that place's; the other places, each told with a figure of another fate, hold none of it (never split
    evenly between them)."""
    if len(toll.killed_counts) != 1:
        return None
    c = toll.killed_counts[0]
    bound = [n for n, p in enumerate(places) if (m := _per_place_words(text, p)) is not None and m.start() <= c.start < m.end()]
    # each other place told with a figure of its own ("abducted three in B"), never a list of places the dead are
    # shared between ("killed 12 people in A, B and C": split evenly, ACLED)
    if len(bound) != 1 or any(_count_before(text, p) is None for n, p in enumerate(places) if n != bound[0]):
        return None  # "killed 12 people in A and in B", "on Wednesday in B": a list the dead are shared between
    return [toll.killed if n == bound[0] else 0 for n in range(len(places))]


def _bound_place(text: str, pos: int, near: list[Place]) -> Place:
    """The place of the count at ``pos``: the one it is told with as its own ("four in A, three in B": three is B's,
    though A ends nearer), else the nearest of its clause."""
    for p in near:
        m = _per_place_words(text, p)
        if m is not None and m.start() <= pos < m.end():
            return p
    return min(near, key=lambda p: abs(p.start - pos))


def _per_place_words(text: str, p: Place) -> re.Match[str] | None:
    m = _PER_PLACE.search(text, max(0, p.start - 45), p.start)
    return m if m is not None and m.end() == p.start else None


def _count_before(text: str, p: Place) -> int | None:
    """The figure told right before a place as its own ("eight in X", "four people killed near X"), if any."""
    from eventcoder.extract.numbers import NUMBER_RE, parse_quantity

    m = _per_place_words(text, p)
    if m is None:
        return None
    q = None
    for nm in NUMBER_RE.finditer(m.group("n")):
        q = parse_quantity(nm)
    return None if q is None else q.value


def _ev(field_name: str, text: str, start: int, end: int) -> Evidence:
    return Evidence(field_name, start, end, text[start:end])


NOTES_WINDOW = MENTION_WINDOW  # characters of a long sentence kept each side of the trigger as the notes' evidence
_SNAP = 40  # ... the window's ends moved to a word boundary this far at most


def notes_span(text: str, start: int, end: int, anchor: tuple[int, int] | None) -> tuple[int, int]:
    """The notes' evidence: the sentence, or, when it is longer than the window (a page's unpunctuated line of many
    KB is one "sentence"), the words within NOTES_WINDOW characters of the trigger (``anchor``, else the sentence's
    start), cut at word boundaries."""
    if end - start <= 2 * NOTES_WINDOW:
        return start, end
    a, b = anchor if anchor is not None and start <= anchor[0] < end else (start, start)
    lo, hi = max(start, a - NOTES_WINDOW), min(end, max(b, a) + NOTES_WINDOW)
    if lo > start:
        space = text.find(" ", lo, min(a, lo + _SNAP))
        lo = space + 1 if space >= 0 else lo
    if hi < end:
        space = text.rfind(" ", max(b, hi - _SNAP), hi)
        hi = space if space >= 0 else hi
    return lo, hi


# An incident told as of the day of the one before it ("Hours after the X attack, ...", "later that day")
_SAME_DAY_AS = re.compile(r"\bhours\s+(?:after|later)\b|\b(?:later|earlier)\s+(?:that|the\s+same)\s+day\b|"
                          r"\b(?:on\s+)?the\s+same\s+day\b", re.I)


@dataclass(slots=True)
class _Parties:
    """Who did what to whom in one incident."""

    agent: ActorMention | None
    associates: list[ActorMention]
    target: ActorMention | None
    targets: list[ActorMention]
    mentions: list[ActorMention]
    victims_civ: bool
    victims_armed: bool
    harmed_at: int | None = None  # where the first count of civilians killed or hurt is told


def _parties(inc: Incident, etype: EventType, sub: SubEventType) -> _Parties:
    # activists or residents who "said" something are sources, not perpetrators, outside protests and riots
    crowd_event = etype in (EventType.PROTESTS, EventType.RIOTS)
    agents = [a for a in inc.agents if a.kind != "civilians" and (crowd_event or a.kind not in ("protesters", "rioters"))]
    agent = most_named(agents)
    # the lead's perpetrators, not a source who tells it ("..., Taliban officials said")
    lead = perpetrator_keys(inc.frames[0]) if inc.frames else set()
    named = {a.key: a for a in agents if a.key in lead and a.kind in NON_STATE_KINDS and not a.key.startswith(
        "Unidentified")}
    if agent is not None and agent.key.startswith("Unidentified") and agent.kind in NON_STATE_KINDS and len(named) == 1:
        # "al-X fighters stormed a hotel", then "a suicide bomber ...", "gunmen took guests hostage": the one group the
        # incident's lead names as doing it is who its unnamed men were (incidents._unnamed_alike joined them); a
        # group only said to be active in the area ("no group claimed it, but X operates there") is not
        agent = next(iter(named.values()))
    associates = [a for a in agents if agent and a.key != agent.key]
    targets = [t for f in inc.frames for t in f.targets if not agent or t.key != agent.key]
    # the attacked side firing back ("The rebels fired back", incidents._other_side) is the fight's other side
    targets += [a for f in inc.frames if inc.is_reply(f) and f.sub_event_type == S.ARMED_CLASH for a in f.agents
                if a.kind != "civilians" and (not agent or a.key != agent.key)]
    if agent is not None and agent.kind in NON_STATE_KINDS and not agent.key.startswith("Unidentified"):
        # "al-X fighters stormed a hotel", then "gunmen took guests hostage" and "troops killed the attackers": the
        # unnamed armed men the incident also told as its perpetrators are the named group, not its other side
        # only the men the incident joined as its perpetrator: in a battle with unnamed men they are its other side
        targets = [t for t in targets if t.key not in inc.unnamed_aliases]
    if etype not in (EventType.VIOLENCE_AGAINST_CIVILIANS, EventType.EXPLOSIONS, EventType.RIOTS) and sub not in (
            S.LOOTING, S.ARRESTS):
        # Civilians are actor2 only where they are the target: never in battles (their dead are added to the
        # battle's toll) nor in protests.
        targets = [t for t in targets if t.kind != "civilians"]
    counts = [c for f in inc.frames for c in f.counts]
    target = most_named(targets)
    if etype is EventType.BATTLES and agent is None and target is not None:
        # "gunmen were killed in a gunbattle with soldiers": both sides are told as the ones hit; one is actor1
        # (the order carries no meaning in a battle), a party of another kind the other
        other = [t for t in targets if is_state(t) != is_state(target)]
        if other:
            agent, target = target, most_named(other)
    if etype is EventType.BATTLES and agent is not None and target is None:
        # "the operation left 29 dead: soldiers and drug traffickers": both sides told as subjects
        target = most_named([a for a in associates if _ARMED_SIDE(a) and is_state(a) != is_state(agent)])
        associates = [a for a in associates if target is None or a.key != target.key]
    if sub == S.AGREEMENT and agent is not None and target is not None and is_state(agent) and is_state(target) and (
            agent.country == target.country):
        # "the cabinet accepted the recommendation of the army chief": a state's own organs are not the other side
        target = most_named([t for t in targets if not (is_state(t) and t.country == agent.country)])
    if sub == S.AGREEMENT and target is None and associates:
        # "Israel and Hamas will cease fire": both subjects are parties to the agreement; the second is actor2
        target = most_named(associates)
        associates = [a for a in associates if target is None or a.key != target.key]
    # people the report says were not harmed ("no civilians lost their lives") are no party of it, nor the police who
    # only arrest people after it (an arrest joined as its course: incidents._suspects_arrested)
    mentions = [m for f in inc.frames for m in f.actors if not denied_victims(f, m) and not (
        inc.is_reply(f) and f.sub_event_type == S.ARRESTS and m in f.agents)]
    return _Parties(agent, associates, target, targets, mentions,
                    any(c.victim_kind == "civilian" for c in counts), any(c.victim_kind == "armed" for c in counts),
                    min((c.start for c in counts if c.counted and c.victim_kind == "civilian" and c.role in (
                        "killed", "injured")), default=None))


def _ARMED_SIDE(a: ActorMention) -> bool:
    return a.kind in ("state", "police", "rebel", "political_militia", "identity_militia")


def _attack_on_state(p: _Parties) -> bool:
    """An attack with no civilian harmed or named whose sides are state forces and an armed party: on state forces
    alone by a non-state (or unnamed) party, or told with both sides as its subjects ("the operation left 29 dead:
    ten soldiers and 19 drug traffickers")."""
    if p.victims_civ or any(m.kind == "civilians" for m in p.mentions):
        return False
    if p.target is not None:
        return is_state(p.target) and (p.agent is None or not is_state(p.agent))
    return p.agent is not None and _ARMED_SIDE(p.agent) and any(
        _ARMED_SIDE(a) and is_state(a) != is_state(p.agent) for a in p.associates)


# Where one clause of a sentence ends and another begins: a sentence's end, a semicolon, a colon, a dash, or a comma with a conjunction
# ("struck A, killing three, and a drone attack on B wounded seven")
_CLAUSE_BREAK = re.compile(r"[;:.!?](?=\s)|\s[-\u2013\u2014]\s|,\s*(?:and|while|whereas|but)\b|\s(?:while|whereas)\s", re.I)


def _by_clause(toll: Toll, places: list[Place], text: str) -> list[tuple[int, int | None, bool]] | None:
    """(killed, injured, False) of each place when every count of the toll is told in a clause that names a place of
    the incident and the counts fall on two places or more ("struck A, killing three, and a drone attack on B wounded
    seven": A 3 dead, B 7 hurt; "two attacks killed 15: nine near A and six in B"); None otherwise."""
    counts = toll.killed_counts + toll.injured_counts
    if len(places) < 2 or len(counts) < 2 or sum(c.value for c in toll.killed_counts) != toll.killed or sum(
            c.value for c in toll.injured_counts) != (toll.injured or 0):
        return None
    bound: list[tuple[Place, str, int]] = []
    for c in counts:
        lo, hi = _clause_of(text, c.start)
        near = [p for p in places if lo <= p.start < hi]
        if not near:
            return None
        bound.append((_bound_place(text, c.start, near), c.role, c.value))
    if len({p for p, _, _ in bound}) < 2:
        return None

    def total(p: Place, role: str) -> int:
        return sum(v for q, r, v in bound if q is p and r == role)

    return [(total(p, "killed"), total(p, "injured") if toll.injured is not None else None, False) for p in places]


# Two distinct sides of one kind: "clashed with each other", "rival gangs", "counter-protesters", "fighting between
# two armed groups"
_TWO_SIDES = re.compile(
    r"\b(?:each\s+other|one\s+another|rivals?\b|counter[- ]?(?:protest|demonstrat|rall|march)\w*"
    r"|between\s+two\s+(?:[a-z-]+\s+){0,2}(?:groups|factions|crowds|gangs|militias|communities|clans|tribes|camps))",
    re.I)


def two_sides(inc: Incident) -> bool:
    """The incident's sentences tell two distinct sides of one kind (rival crowds, counter-protesters, two armed
    groups that fought each other)."""
    return any(_TWO_SIDES.search(f.sentence_text) for f in inc.frames)


# ACLED records no event it cannot place in a country
UNPLACED = ("no country: neither its place, the report's places and country names, nor its actors tell one "
            "country")


def _country_only(r: EventRecord) -> bool:
    """The record is placed in its country only: no admin1, and no location or the country's own name."""
    return not r.admin1 and (not r.location or (r.location or "").casefold() == (r.country or "").casefold())


def _drop_country_only(incidents: list[Incident], coded: dict[int, list[EventRecord]]) -> None:
    """ACLED codes no event at the level of a country: a record placed only in its country, beside a record of the
    same document placed below the country, is a vaguer telling (a summary, a lead's aside) and is dropped."""
    records = [r for rs in coded.values() for r in rs]
    if not any(_country_only(r) for r in records) or all(_country_only(r) for r in records):
        return
    for inc in incidents:
        kept = [r for r in coded[id(inc)] if not _country_only(r)]
        if len(kept) < len(coded[id(inc)]):
            coded[id(inc)] = kept
            inc.event_ids = [r.event_id_cnty for r in kept]
            if not kept:
                inc.reason = "placed only in its country, beside events of the report placed below it"


# A day told as days after the day told before it ("the next day", "a day later", "two days later", "the following
# morning")
_DAYS_LATER = re.compile(r"\b(?:the\s+(?:next|following)\s+(?:day|morning|afternoon|evening|night)|"
                         r"(?P<n>a|one|two|three|four|five|six|\d)\s+days?\s+later)\b", re.I)
_DAY_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


# Between two days the event is told on: "Tuesday and Wednesday", "Tuesday and on Wednesday"
_AND_DAY = re.compile(r"\s+and\s+(?:on\s+|again\s+on\s+)?(?=\S)", re.I)
# before the first day: the two days are the ends of one span (a night, a range), not two days of fighting
_ONE_SPAN = re.compile(r"\b(?:between|overnight|night\s+of|nights?\s+(?:from|between)|late)\s+(?:on\s+|the\s+)?$", re.I)
_EARLY = re.compile(r"early\b", re.I)
_PLACE_AFTER = re.compile(r"\s*(?:in|near|at|around|outside)\b", re.I)  # a place told after the second day
# after the second day: the end of its phrase, not a clause of its own
_DAY_ENDS = re.compile(r"\s*(?:[,.;:)\n]|$|(?:in|near|at|around|outside|in\s+the)\s)", re.I)


def _clause_of(text: str, pos: int) -> tuple[int, int]:
    """The clause of the sentence around ``pos`` (_CLAUSE_BREAK)."""
    lo = max((m.end() for m in _CLAUSE_BREAK.finditer(text, max(0, pos - 300), pos)), default=0)
    nxt = _CLAUSE_BREAK.search(text, pos, pos + 300)
    return lo, nxt.start() if nxt else min(len(text), pos + 300)


Dated = tuple[str | None, int | None, DateMention | None]


def _days_later(text: str, inc: Incident, when: Dated, places: list[Place]) -> Dated:
    """The day of an incident told as days after the day told before it ("Protesters blocked the road in A on Friday.
    A day later, police dispersed a crowd in B"; "... in A on Friday, and in B the next day protesters ..."): that
    day and as many days after it, when the words stand in a clause that names the incident's place and not the day
    they count from."""
    day, precision, mention = when
    if day is None or precision != 1 or not inc.frames:
        return when
    f = inc.frames[0]  # the words open the incident's telling (a later sentence's "the next day" is its course)
    for m in _DAYS_LATER.finditer(text, f.sentence.start, f.sentence.end):
        lo, hi = _clause_of(text, m.start())
        if (mention is not None and lo <= mention.start < hi) or not any(lo <= p.start < hi for p in places):
            continue
        n = m.group("n")
        days = (_DAY_WORDS.get(n.lower()) or int(n)) if n else 1
        return date.fromordinal(date.fromisoformat(day).toordinal() + days).isoformat(), 1, mention
    return when


def _per_place(inc: Incident, toll: Toll, places: list[Place], text: str) -> list[tuple[int, int | None, bool]]:
    """(killed, injured, split evenly) of each place: a toll stays where its clause (else its sentence) puts it."""
    clauses = _by_clause(toll, places, text)
    if clauses is not None:
        return clauses
    starts = [f.sentence.start for f in inc.frames]

    def sentence_places(start: int) -> list[Place]:
        # an incident's frames are in reading order: the count's sentence is found by bisection
        i = bisect.bisect_right(starts, start) - 1
        s = inc.frames[i].sentence if i >= 0 else None
        return [p for p in places if s.start <= p.start < s.end] if s and start < s.end else []

    k_sp = sentence_places(toll.killed_counts[0].start) if toll.killed_counts else []
    i_sp = sentence_places(toll.injured_counts[0].start) if toll.injured_counts else []
    k_targets = k_sp or places[:1]
    i_targets = i_sp or k_sp or places[:1]
    told = (_told_per_place(text, k_targets, toll.killed) or _one_place_told(text, k_targets, toll)) if len(
        k_targets) > 1 else None
    ks = told or split_evenly(toll.killed, len(k_targets))
    is_ = split_evenly(toll.injured, len(i_targets)) if toll.injured is not None else [None] * len(i_targets)
    k_at: dict[Place, int] = {}
    i_at: dict[Place, int] = {}
    for n, p in enumerate(k_targets):
        k_at.setdefault(p, n)
    for n, p in enumerate(i_targets):
        i_at.setdefault(p, n)
    split = told is None and len(k_targets) > 1
    return [(ks[k_at[p]] if p in k_at else 0, is_[i_at[p]] if p in i_at else None, split and p in k_at) for p in places]


@dataclass(slots=True)
class Coder:
    """Codes the incidents of one document; what it reads of the whole document is computed once."""

    doc: Document
    lex: ActorLexicon
    reference: date | None
    doubtful: bool = False  # the relevance model doubts the document: an event needs a perpetrator or a weapon
    body_start: int = 0
    # drop a record no evidence places in a country (ACLED records none): off until the tests that type placeless
    # sentences give them a country (docs/extraction.md 4h)
    require_country: ClassVar[bool] = False
    _dates: list[DateMention] = field(default_factory=list)
    _date_starts: list[int] = field(default_factory=list)
    _sentence_starts: list[int] = field(default_factory=list)
    _places: list[Place] | None = None  # computed when first needed (_event_places)
    _place_starts: list[int] = field(default_factory=list)
    _countries: dict[str, str | None] = field(default_factory=dict)

    def __post_init__(self) -> None:
        doc, ref = self.doc, self.reference
        body = [s for s in doc.sections if s.kind == "body"]
        self.body_start = body[0].start if body else 0
        self._dates = sorted((d for d in doc.dates if self.body_start <= d.start and _usable(d, ref) and (
            ref is None or (ref - date.fromisoformat(d.date)).days <= _RECENT_DAYS)),  # type: ignore[arg-type]
            key=lambda d: d.start)
        self._date_starts = [d.start for d in self._dates]
        self._sentence_starts = [s.start for s in doc.sentences]

    def _event_places(self) -> tuple[list[Place], list[int]]:
        """The body's resolved event places in the focus country, by offset, and their offsets: read only for an
        incident told without a place (``_place_before``), so computed at the first such incident, then kept."""
        if self._places is None:
            doc, focus = self.doc, self.doc.country_focus
            recalled = [s for f in doc.frames for s in f.recalled]  # an earlier incident's places (background.py)
            starts = self._sentence_starts

            def opens(p: Place) -> int:
                k = bisect.bisect_right(starts, p.start) - 1
                return starts[k] if k >= 0 else 0

            # a journey's or a road's end ("traders heading to the capital X") is where nothing happened: lent to an
            # unplaced incident told after it, it would place a second record there
            self._places = sorted((p for p in doc.places if self.body_start <= p.start and p.resolved
                                   and p.feature != "country" and is_event_place(doc.text, p)
                                   and (not focus or p.country_code == focus)
                                   and not any(a <= p.start < b for a, b in recalled)
                                   and not told_as_journey(doc.text, p, opens(p))), key=lambda p: p.start)
            self._place_starts = [p.start for p in self._places]
        return self._places, self._place_starts

    def code(self, incidents: list[Incident], *, headline: bool = False) -> list[EventRecord]:
        """The events of the incidents; an incident that gives none gets its ``reason``.

        A summary ("X and Y launched attacks on A, B and C") is a check on its parts: it adds an event only for a
        toll its parts leave unexplained, or when its parts give no event."""
        coded: dict[int, list[EventRecord]] = {}
        for inc in incidents:
            if not inc.summary:
                coded[id(inc)] = self._checked(inc, headline)
        parts_coded = any(coded.values())
        for inc in incidents:
            toll = inc.toll or Toll()
            if inc.summary:
                if parts_coded and not (toll.killed or toll.injured):
                    inc.reason = "a summary whose parts account for its toll"
                    coded[id(inc)] = []
                else:
                    coded[id(inc)] = self._checked(inc, headline)
        _drop_country_only(incidents, coded)
        return [r for inc in incidents for r in coded[id(inc)]]

    def _checked(self, inc: Incident, headline: bool) -> list[EventRecord]:
        toll = inc.toll or Toll()
        if inc.sub_event_type is None:
            inc.reason = "no event type"
        elif self.doubtful and _untimed_policy(inc):
            inc.reason = ("the relevance model doubts the document, and a strategic development told with no time "
                          "and no armed group, weapon or peace deal is context")
        elif self.doubtful and not any(_beyond_doubt(f) for f in inc.frames):
            inc.reason = ("the relevance model doubts the document, and no frame names an armed actor or a weapon, "
                          "or victims on a given day")
        elif headline and not any(f.evidence in HEADLINE_EVIDENCE for f in inc.frames):
            # a headline alone ("6 Killed as Bus, Truck Collide", a related story's title) needs a perpetrator,
            # a weapon, a crowd or two sides, not victims alone
            inc.reason = "a headline naming victims only"
        elif not any(f.strong or (f.dates and people_on_people(f)) for f in inc.frames) and not (
                toll.killed or toll.injured):
            # a dated sentence of people harming people stands with its doer unnamed ("On 3 May, men beat a man")
            inc.reason = "no frame stands on its own and no toll"
        elif not any(f.evidence for f in inc.frames):
            inc.reason = NO_PARTICIPANTS
        else:
            records = self._incident(inc, toll)
            placed = [r for r in records if r.country or not self.require_country]
            if records and not placed:
                inc.reason = UNPLACED
            inc.event_ids = [r.event_id_cnty for r in placed]
            return placed
        return []

    def _event_date(self, inc: Incident) -> tuple[str | None, int | None, DateMention | None]:
        # a date that tells when the event happened before one that tells when it was reported (extract.dates)
        found = [[d for d in f.dates if _usable(d, self.reference)] for f in inc.frames]
        i = bisect.bisect_left(self._date_starts, inc.frames[0].sentence.start)
        for d in by_event_evidence(self.doc.text, found)[:1]:
            if i > 0 and is_statement_date(self.doc.text, d) and any(refers_back(f) for f in inc.frames):
                # "Police said on Tuesday that two herders were killed in X during the same raid": the statement's
                # day is not the act's; the raid it names again was told with its day before
                act = self._act_day_before(i)
                if not is_statement_date(self.doc.text, act):
                    return act.date, act.precision, act
            return d.date, d.precision, d
        # News tells the day once, in the lead, and elaborates after it: an undated incident takes the date of
        # the nearest dated body sentence before it (not history: those sentences are not frames' neighbours).
        recall, back = inc.frames[0].recall_day, inc.frames[0].recall_days_before
        if recall is not None:
            # the recalled incident's own item ("... came a day after militants fired rockets. The projectiles hit a
            # depot in X."): the days the recall words tell before the recalling incident's day, or no day; never the
            # recalling incident's own day (background._continue_recalled)
            base = self._act_day_before(i) if i > 0 else None
            if base is None or base.date is None or base.precision != 1 or back is None:
                return None, None, None
            return date.fromordinal(date.fromisoformat(base.date).toordinal() - back).isoformat(), 1, recall
        if i > 0:
            d = self._act_day_before(i, inc)
            return d.date, d.precision, d
        doc = self.doc
        if doc.published:
            precise = doc.published_origin in DAY_PRECISE_ORIGINS
            return doc.published, 1 if precise else 2, None
        return None, None, None

    def _act_day_before(self, i: int, inc: Incident | None = None) -> DateMention:
        """The nearest body date before ``self._dates[i]``; when it is a statement's day ("..., a spokesman said on
        Saturday"), the act's own day named earlier in that sentence ("stormed a hotel on Friday evening"), since
        the statement tells when it was said, not when the act was ("overnight" names no day: the statement's); when it
        is the day a toll of ``inc`` was raised ("the death toll rose to 22 on Monday"), the nearest act's day before
        it (another incident's raised toll lends it no act's day: "... the toll rose to 14. Gunmen attacked X")."""
        nearest = self._dates[i - 1]
        if not is_statement_date(self.doc.text, nearest):
            return nearest
        k = bisect.bisect_right(self._sentence_starts, nearest.start) - 1
        opens = self._sentence_starts[k] if k >= 0 else 0
        raised = is_toll_raised_date(self.doc.text, nearest) and (inc is None or any(
            f.sentence.start <= nearest.start < f.sentence.end or _SAME_DAY_AS.search(f.sentence_text)
            for f in inc.frames))
        for j in range(i - 2, max(-1, i - 6), -1):
            m = self._dates[j]
            if m.start < opens and not raised:
                break  # another sentence: an earlier act, not this statement's
            if not is_vague_day(m) and not is_statement_date(self.doc.text, m):
                return m  # (a raised toll's day dates no act: the acts told before it give the day)
        return nearest

    def _place_before(self, inc: Incident) -> list[Place]:
        """An incident told without a place happened where the report last placed its events (lead first)."""
        spans = [(a.start, a.end) for f in inc.frames for a in f.actors]
        places, starts = self._event_places()
        i = bisect.bisect_left(starts, inc.frames[0].sentence.start)
        while i > 0:
            i -= 1
            p = places[i]
            if not any(s <= p.start < e for s, e in spans) and not self._of_another_day(inc, p):
                # the town, not the province written after it to place it ("X (X, Y)": geo.eventloc)
                return [places[innermost_place(self.doc.text, places, i)]]
        # A lead that names no place ("Truckers protested on Monday. They drove from A to B (Province)."): the
        # report's first event place after it, when the report has one place only, in its country
        after = places[bisect.bisect_left(starts, inc.frames[0].sentence.end):]
        return [p for p in after if not self._of_another_day(inc, p)][:1]

    def _of_another_day(self, inc: Incident, p: Place) -> bool:
        """The place is told in a sentence whose act is of a day apart from the incident's ("Last Thursday, insurgents
        killed four soldiers near X" beside Monday's attack told at no place): the other day's site, never lent to this
        incident, unless the incident points back at a place told before ("... also killed three in the same district")."""
        frame = next((f for f in self.doc.frames if f.sentence.start <= p.start < f.sentence.end), None)
        return frame is not None and frame not in inc.frames and days_apart(inc.frames, [frame]) and not any(
            points_back_to_place(f.sentence_text) for f in inc.frames)

    def _country_place(self, inc: Incident) -> list[Place]:
        """An incident whose own sentence places it in a country and nowhere finer ("in Belgium, truckers blocked
        roads", "a protest in Singapore"): that country, not a town the report names for another incident. The
        record is the country (location, no province) at its capital's point with geo_precision 3 (as a
        province-level event is the province at its point), with the country's mention as its evidence: the
        capital is not claimed as where it happened."""
        text = self.doc.text
        for f in inc.frames:
            for p in f.places:
                if (p.resolved and p.feature == "country" and p.country_code
                        and _IN_COUNTRY.search(text, max(f.sentence.start, p.start - 30), p.start)
                        and not _TOPIC_IN.search(text, max(f.sentence.start, p.start - 40), p.start)
                        and p.country_code == (self.doc.country_focus or p.country_code)
                        and is_event_place(text, p, f.sentence.start)):
                    capital = _capital(p.country_code)
                    if capital is None:
                        return [p]
                    # the country's own name and no province: the capital only lends the point
                    return [replace(p, latitude=capital.latitude, longitude=capital.longitude, geo_precision=3)]
        return []

    def _country(self, place: Place | None, parties: _Parties) -> str | None:
        """The event's country (geo.eventloc.event_country): the place's, else the focus, the places', the
        text's, else an actor's home. What does not depend on the event is decided once per document."""
        if place is not None and place.resolved and place.country_code:
            return place.country_code
        if "doc" not in self._countries:
            doc = self.doc
            found = event_country(None, doc.places, doc.country_focus, text=doc.text).code
            # names and demonyms of the text ("the Afghan capital"): the country when no place resolves
            self._countries["doc"] = found or event_country(None, (), None, text_country=text_country(doc.text)).code
        if self._countries["doc"]:
            return self._countries["doc"]
        # an actor's home country is a last resort, a state's after a local group's: its forces may act abroad
        found_actors = [*parties.targets, *([parties.agent] if parties.agent else [])]
        found = event_country(None, (), None, actor_countries=(
            a.country for a in sorted(found_actors, key=lambda a: a.kind in ("state", "police")))).code
        if found:
            return found
        # the report's actors, when they all come from one country ("Kenyan police" told in another sentence)
        homes = {a.country for a in self.doc.actors if a.country}
        return homes.pop() if len(homes) == 1 else None

    def _incident(self, inc: Incident, toll: Toll) -> list[EventRecord]:
        sub = inc.coded_type()
        assert sub is not None
        etype = EVENT_TYPE_OF[sub]
        when = self._event_date(inc)
        named = frozenset(m.admin1 for m in self.doc.places if m.resolved and m.feature in ("admin1", "region"))
        places = (_city_parts(_in_named_provinces(_places_of(inc, self.doc.text, self.doc.country_focus, named),
                                                  self.doc), self.doc)
                  or self._country_place(inc) or self._place_before(inc))
        if sub in _ONE_EVENT_SUBS and len(places) > 1 and self._one_sentence(places) and not _parts_apart(
                self.doc.text, places):
            places = [_most_precise(places)]
        parties = _parties(inc, etype, sub)
        if sub == S.ATTACK and _attack_on_state(parties):
            # "the army helicopter was hit by gunfire ... a cowardly attack": an attack whose only target is state
            # forces, no civilian harmed, is a battle (ACLED: Violence against civilians targets civilians only)
            sub, etype = S.ARMED_CLASH, EventType.BATTLES
            parties = _parties(inc, etype, sub)
        per_place = _per_place(inc, toll, places, self.doc.text) if places else []
        if toll.area_counts and per_place and not _breakdown_placed(toll, places):
            toll = replace(toll, killed=sum(c.value for c in toll.area_counts), killed_counts=toll.area_counts,
                           area_counts=[])
            per_place = _per_place(inc, toll, places, self.doc.text)
        if toll.area_counts and per_place:
            places, per_place = _without_area(inc, toll, places, per_place)
        sites: list[Place | None] = list(places) or [None]
        second = self._second_day(when, places)
        records = []
        for j, place in enumerate(sites):
            fatal, injured, split = per_place[j] if place is not None else (toll.killed, toll.injured, False)
            day = _days_later(self.doc.text, inc, when, [place]) if place is not None else when
            if second is None or day is not when:
                records.append(self._record(inc, toll, sub, day, place, j, parties, (fatal, injured, split)))
                continue
            # "clashed near X on Tuesday and Wednesday": one event a day, the toll split evenly between the days
            ks = split_evenly(fatal, 2)
            hs = split_evenly(injured, 2) if injured is not None else [None, None]
            for k, d in enumerate((when, second)):
                records.append(self._record(inc, toll, sub, d, place, j + k * len(sites), parties,
                                            (ks[k], hs[k], split or bool(fatal))))
        return records

    def _second_day(self, when: Dated, places: list[Place]) -> Dated | None:
        """The day told right after the event's own, joined by "and" ("on Tuesday and Wednesday", "on both 3 and 4
        May"): the event went on over both days, and ACLED codes one event a day (events are atomic by day)."""
        mention = when[2]
        if mention is None or when[1] != 1 or mention.precision != 1:
            return None
        m = _AND_DAY.match(self.doc.text, mention.end)
        if m is None or _ONE_SPAN.search(self.doc.text, max(0, mention.start - 30), mention.start):
            return None  # "overnight between Tuesday and Wednesday", "in the night of Tuesday and Wednesday"
        nxt = next((d for d in self.doc.dates if d.start == m.end() and d.precision == 1), None)
        ends = _DAY_ENDS.match(self.doc.text, nxt.end) if nxt is not None else None
        if nxt is None or (nxt.date is not None and nxt.date == mention.date) or ends is None:
            return None  # "... on Tuesday, and on Wednesday the army struck back": the second day opens its own clause
        if _EARLY.match(self.doc.text, nxt.start) or (_PLACE_AFTER.match(ends.group()) and len(places) > 1):
            return None  # "late on Tuesday and early Wednesday" (one night); "on Tuesday and on Wednesday in B" (B's day)
        return nxt.date, 1, nxt

    def _one_sentence(self, places: list[Place]) -> bool:
        """All the places lie in one sentence of the report."""
        starts = self._sentence_starts
        return len({bisect.bisect_right(starts, p.start) for p in places}) == 1

    def _names(self, sub: SubEventType, parties: _Parties, country: str | None, event_date: str | None,
               two_sides: bool = False) -> tuple[str | None, Inter | None, str | None, Inter | None, str | None]:
        """actor1, inter1, actor2, inter2 and the associated actors' names; actor2 is actor1's own name only when
        the text tells ``two_sides`` of one kind (rival crowds, counter-protesters, two groups that clashed)."""
        lex, etype = self.lex, EVENT_TYPE_OF[sub]
        # a state's forces are named after the regime of the event's day; of the report's day when the event's is
        # unknown (it happened by then); with neither, with no years (actors.regime_years)
        event_date = event_date or self.doc.published
        if etype in (EventType.PROTESTS, EventType.RIOTS):
            # the police who only tell of the crowd ("..., police said") did not intervene in it
            acting = [m for m in parties.mentions if not tells_only(self.doc.text, m)]
            harmed = parties.harmed_at
            if sub is S.MOB_VIOLENCE and harmed is not None and all(m.start > harmed for m in acting if is_state(m)):
                # "A mob lynched a thief. Police intervened": the mob's victims are its other side, not the police
                # told only after them, who came to stop it ("Rioters fought the police; two died" stays)
                acting = [m for m in acting if not is_state(m)]
            a1, inter1, a2, inter2 = crowd_actors(lex, acting, etype, sub, country, event_date)
        else:
            a1, inter1 = actor_name(lex, parties.agent, event_date, country, etype, sub)
            a2, inter2 = target_name(lex, parties.target, etype, sub, country, event_date, parties.victims_civ,
                                     parties.victims_armed)
        if two_sides and etype in (EventType.PROTESTS, EventType.RIOTS) and (
                a2 is None or a2.startswith("Civilians")):
            # rival crowds, counter-protesters: the other side is a crowd of the same kind (ACLED's Rioters vs
            # Rioters, Protesters vs Protesters); the police who came between them stay the other side
            a2, inter2 = a1, inter1
        elif two_sides and sub is S.ARMED_CLASH and a2 is None:
            # "two armed groups clashed with each other": the other side is one of the same kind as the first
            a2, inter2 = a1, inter1
        elif a2 and a2 == a1 and not two_sides:
            # one actor told twice ("gunmen ... the gunmen") is no second side
            a2, inter2 = None, None
        assoc_names = {lex.name(a, event_date=event_date, event_country=country)[0] for a in parties.associates}
        return a1, inter1, a2, inter2, "; ".join(sorted(assoc_names - {a1, a2})) or None

    def _evidence(self, inc: Incident, toll: Toll, sub: SubEventType, parties: _Parties, place: Place | None,
                  mention: DateMention | None, fatal: int, injured: int | None) -> tuple[Evidence, ...]:
        text = self.doc.text
        ev: list[Evidence] = []
        trig = next((f.trigger for f in inc.frames if f.trigger and f.sub_event_type == sub), None) or next(
            (f.trigger for f in inc.frames if f.trigger), None)
        if trig:
            ev += [_ev("event_type", text, trig.start, trig.end), _ev("sub_event_type", text, trig.start, trig.end)]
        if parties.agent:
            ev.append(_ev("actor1", text, parties.agent.start, parties.agent.end))
        ev += [_ev("assoc_actor_1", text, a.start, a.end) for a in parties.associates]
        if parties.target:
            ev.append(_ev("actor2", text, parties.target.start, parties.target.end))
        if place:
            ev.append(_ev("location", text, place.start, place.end))
        if mention:
            ev.append(_ev("event_date", text, mention.start, mention.end))
        if fatal:
            ev += [_ev("fatalities", text, c.start, c.end) for c in toll.killed_counts]
        if injured:
            ev += [_ev("injuries", text, c.start, c.end) for c in toll.injured_counts]
        first = inc.frames[0]
        at = first.first_trigger()
        anchor = (trig.start, trig.end) if trig and first.sentence.start <= trig.start < first.sentence.end else (
            (at, at) if at is not None else None)
        ev.append(_ev("notes", text, *notes_span(text, first.sentence.start, first.sentence.end, anchor)))
        return tuple(sorted(ev, key=lambda e: (e.start, e.field)))

    def _record(self, inc: Incident, toll: Toll, sub: SubEventType,
                when: tuple[str | None, int | None, DateMention | None], place: Place | None, j: int,
                parties: _Parties, tolls: tuple[int, int | None, bool]) -> EventRecord:
        event_date, precision, mention = when
        fatal, injured, split = tolls
        country = self._country(place, parties)
        country_name, iso, region = country_fields(country)
        a1, inter1, a2, inter2, assoc = self._names(sub, parties, country, event_date, two_sides(inc))
        hedged = any(f.hedged for f in inc.frames) or toll.implausible
        confidence = 0.45 + 0.15 * any(f.strong for f in inc.frames) + 0.1 * bool(parties.agent) + 0.1 * bool(
            place) + 0.1 * bool(event_date)
        confidence += 0.05 * bool(toll.killed_counts or toll.injured_counts) - 0.2 * hedged - 0.15 * inc.summary
        if self.doc.relevance is not None:
            confidence *= 0.5 + 0.5 * self.doc.relevance  # the relevance model's score of the document
        c3 = countries.by_code(country) if country else None
        location = place.name if place else None
        first = inc.frames[0].sentence.start
        key = f"{self.doc.id}|{sub.value}|{location}|{event_date}|{a1}|{j}|{first}"
        return EventRecord(
            event_id_cnty="EC" + hashlib.sha1(key.encode()).hexdigest()[:12],
            event_date=event_date, year=int(event_date[:4]) if event_date else None, time_precision=precision,
            disorder_type=DISORDER_OF[sub].value, event_type=EVENT_TYPE_OF[sub].value, sub_event_type=sub.value,
            actor1=a1, assoc_actor_1=assoc, inter1=inter1.value if inter1 else None,
            actor2=a2, inter2=inter2.value if inter2 else None, interaction=interaction(inter1, inter2),
            civilian_targeting="Civilians targeted" if (a2 or "").startswith("Civilians") else None,
            iso=iso, region=region, country=country_name,
            admin1=place.admin1 if place else None, admin2=place.admin2 if place else None,
            location=location,
            latitude=round(place.latitude, 4) if place and place.latitude is not None else None,
            longitude=round(place.longitude, 4) if place and place.longitude is not None else None,
            geo_precision=place.geo_precision if place else None, source=self.doc.source,
            notes=notes_line(event_date, a1, sub, place, country_name, a2, fatal, injured, split) + _arrests_note(inc, sub),
            fatalities=fatal, injuries=injured, fatalities_low=fatal,
            fatalities_high=toll.killed_high if not split else None, fatalities_split=split,
            civilian_fatalities=toll.civilians if not split and j == 0 else None,
            attacker_fatalities=toll.attackers if not split and j == 0 else None,
            confidence=round(max(0.05, min(0.99, confidence)), 2), hedged=hedged, document_id=self.doc.id,
            geonameid=place.geonameid if place else None, iso3=c3.iso3 if c3 else None,
            evidence=self._evidence(inc, toll, sub, parties, place, mention, fatal, injured),
        )
