"""Where an incident happened, among the places its sentences name (issue 17: one incident, one record).

The incidents component (incidents.py) groups frames into incidents; coding then gives one event per place of an
incident. A sentence may name places where nothing of the incident happened, and each would become a second record:

- a place told only as the point a distance is measured from ("took place 140 km from the capital X", "90 km north
  of X") beside a town or district the incident names (:func:`drop_reference_places`);
- the place of a protest's or riot's cause ("rallied in X against the dismissal of workers in Y", "in solidarity
  with the convoy in Y", "following the shooting in Y", "over the alleged murder of a trader in Y", "riots broke
  out in X after two teenagers were stabbed in Y") beside the crowd's own place (:func:`drop_cause_places`);
- the places people came from, lived in or travelled to ("farmers from X and Y were attacked in Z", "from the border
  areas, such as X, Y and Z", "residents of X protested in Z", "pilgrims travelling from X to Y"), and the towns a
  road leads to ("blocked the road connecting X to Y") (:func:`drop_elsewhere_places`);
- the places where only a warning sounded ("sirens sounded in X and Y", "air raid alerts were declared in X"):
  never a site, and they lend no place to a frame that names none (:func:`drop_elsewhere_places`);
- the province an incident names beside a district or town of its own inside it ("in X state ... in the Y local
  government area", "Y district in X province"): the same site told at two precisions, and ACLED codes the finest
  (:func:`drop_broader_places`);
- a city beside the suburb or neighbourhood of it that the report names as where the incident struck ("gangs
  attacked Haiti's capital ... The attack on X was led by ...", "in the X neighbourhood"): the suburb is the site
  told finer (:func:`drop_city_of_suburb`);
- a name told as a neighbourhood ("colonia X", "the X neighbourhood") that the index reads as a town farther from
  the incident's town than a suburb lies: a homonym of the neighbourhood, not a second site
  (:func:`drop_far_neighbourhoods`).

They leave such places out of the frames' ``places``; a place alone (or beside a province only) stays (except a
warning's), and only places coding accepts as event places (geo.eventloc.is_event_place) count as the incident's
own.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from eventcoder.extract.frames import Frame
from eventcoder.geo.distance import within_km
from eventcoder.geo.eventloc import is_event_place, modified_place
from eventcoder.model import Place

__all__ = ["drop_broader_places", "drop_cause_places", "drop_city_of_suburb", "drop_elsewhere_places",
           "drop_far_neighbourhoods", "drop_gloss_places", "drop_restated_sites", "drop_reference_places", "drop_speaker_places", "event_places", "told_as_journey"]


def event_places(frame: Frame) -> list[Place]:
    """Places of a frame that may be where the event happened: resolved, and finer than a country."""
    return [p for p in frame.places if p.resolved and p.feature != "country"]


# Where a crowd event's cause or purpose begins ("... rallied in X to protest the shooting in Y", "against", "in
# solidarity with", "following the death of a student in Y"): places told after it are the cause's
_CAUSE = re.compile(
    r"\b(?:to\s+(?:protest|demand|denounce|condemn|oppose|decry|support|show\s+solidarity|call\s+for|express|mark|"
    r"commemorate|honou?r|mourn|remember|press\s+for|seek|urge)|against|in\s+(?:solidarity|support)\s+(?:with|of)|"
    r"following|demand(?:ing|ed)|denouncing|condemning|call(?:ing|ed)\s+for|in\s+protest\s+(?:at|against|over)|over\s+the|"
    r"over\s+(?:a|an|the)?\s*(?:(?:claimed|alleged|reported|suspected)\s+)?(?:death|killing|murder|shooting|arrest|"
    r"lynching|rape|abduction|kidnapping|detention)|"
    r"after\s+(?:[\w-]+\s+){1,4}(?:was|were|had\s+been)\s+(?:killed|shot|stabbed|murdered|arrested|detained|beaten)|"
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
    _drop_beside_own_site(frames, caused)


def _drop_beside_own_site(frames: list[Frame], told_elsewhere: Callable[[Frame, Place], bool]) -> None:
    """Leave out of the frames the places ``told_elsewhere`` marks, when the incident has a site of its own: a town or
    district (finer than a province) that is not marked and that coding accepts as an event place. Without one, the
    marked places stay."""
    own = {p.geonameid for f in frames for p in event_places(f) if p.feature not in _BROAD
           and not told_elsewhere(f, p) and is_event_place(f.text, p, f.sentence.start)}
    if not own:
        return
    for f in frames:
        drop = [p for p in event_places(f) if told_elsewhere(f, p) and p.geonameid not in own]
        if drop:
            f.places = [p for p in f.places if p not in drop]


# "140 km from the capital X", "90 km north of X", "some 20 miles south-east of X": a place told as the point a
# distance is measured from
_DIRECTION = r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?"
# "(the) Somali capital, X", "Balochistan's provincial capital X", "the city of X": the words before a reference's name
_CAPITAL = (r"(?:the\s+)?(?:(?:[A-Z][\w'-]*(?:'s)?\s+)?(?:(?:national|provincial|state|regional)\s+)?capital,?\s+|"
            r"(?:city|town)\s+of\s+)?")
_DISTANCE_FROM = re.compile(
    rf"(?:\b\d[\d,.]*\s*(?:-\s*)?(?i:km|kms|kilometres?|kilometers?|miles?)\s+(?:\([^)]{{0,20}}\)\s+)?(?:away\s+)?"
    rf"(?:{_DIRECTION}\s+)?(?:of|from|outside)\s+"
    # a direction alone, told after the site it locates ("in X, east of the capital Y"); not a part of the place ("in
    # the north of X" is in X), nor where the event is near ("shelled areas west of X")
    rf"|,\s+(?:(?:just|about|some|roughly)\s+)?{_DIRECTION}\s+of\s+){_CAPITAL}$"
    # "a car was hit on Monday south-west of the capital X": a direction from a capital measures from it
    # (not "in the north of the capital X": a part of X, where the event is)
    rf"|(?<![Tt]he\s)\b{_DIRECTION}\s+of\s+(?:the\s+)?(?:[A-Z][\w'-]*(?:'s)?\s+)?(?:(?:national|provincial|state|regional)\s+)?"
    r"capital,?\s+$")
# "X, a neighbourhood in Y", "X city in metropolitan Y", "X in Y": the words between a site and the larger place it
# is told in; "X, a village near Y", "X on the outskirts of Y": ... and the landmark it is told near
_KIND = (r"(?:city|town|village|neighbou?rhood|district|suburb|area|township|locality|municipality|quarter|community|"
         r"settlement|camp|market|county|commune|ward)")
_WITHIN = re.compile(
    rf"(?:(?P<kind>\s*,?\s*(?:(?:a|an|the)\s+)?(?:[\w'-]+\s+){{0,3}}?{_KIND}\s+(?:in|of)\s+(?:(?:metropolitan|greater)\s+)?|"
    r"\s+in\s+(?:metropolitan|greater)\s+)|\s+in\s+)(?:the\s+)?(?:(?:city|town)\s+of\s+)?", re.I)
_NEAR = re.compile(
    rf"\s*,?\s*(?:(?:a|an|the)\s+(?:[\w'-]+\s+){{0,3}}?{_KIND}\s+|(?:[\w'-]+\s+){{0,2}}?{_KIND}\s+)?(?:near|outside|"
    r"close\s+to|not\s+far\s+from|on\s+the\s+outskirts\s+of)\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?", re.I)


_BROAD = ("admin1", "region", "country")
_UNITS = ("admin2", "admin3")  # districts and townships: units that hold their towns and villages, whatever their size


def drop_reference_places(frames: list[Frame]) -> None:
    """A place told only as the point a distance is measured from ("took place 140 km from the capital X") is no site
    of an incident that names the town or district where it happened: it leaves the incident's frames. Alone, or
    beside a province only, it stays (the event is near it, geo_precision 2: geo.eventloc)."""
    text = frames[0].text if frames else ""

    away = {id(f): {q.start for q in _elsewhere(f)} for f in frames}

    def reference(f: Frame, p: Place) -> bool:
        # a road's end or a journey's is no site of its own either ("a bomb hit a car south-west of the capital X.
        # The blast was on the road linking X to the south, near Y": Y is the site, X only locates it twice)
        return _DISTANCE_FROM.search(text, max(f.sentence.start, p.start - 60), p.start) is not None or _around(
            f, p) or p.start in away[id(f)]

    # a province is no finer site than "20 km from X": the event is coded near X then
    _drop_beside_own_site(frames, reference)


# "a military spokesman in Abuja confirmed the attack", "officials in Kabul said", "police in X said": where the
# speaker sits
_SPEAKER_IN = re.compile(r"\b(?:spokes(?:man|woman|person|people)|officials?|sources?|officers?|authorities|"
                         r"ministry|headquarters|agency|police)\s+(?:in|at)\s+(?:the\s+)?$", re.I)
_SPEAKS_AFTER = re.compile(r"(?:\s+[A-Z][\w'-]*){0,2},?\s+(?:(?:also|later|earlier)\s+)?(?:said|says|confirmed|"
                           r"told|reported|announced|stated|added|denied)\b")

# "the X health ministry", "X's civil defence", "the X provincial government": a place naming the institution after
# it, which speaks for or governs the place; no site of the event told in the same report ("X local government
# (area)" is a unit of the map, a place of its own, not an institution)
_INSTITUTION_AFTER = re.compile(
    r"(?:'s)?\s+(?!(?:local\s+)?government\s+areas?\b|local\s+government\b)"
    r"(?:(?:health|interior|defen[cs]e|foreign|information|security|provincial|state|regional|district|"
    r"municipal|military|police|government)\s+){0,2}(?:ministry|ministries|authorities|officials|government|"
    r"administration|governor|mayor|spokes(?:man|woman|person)|directorate|department|commissioner|civil\s+defen[cs]e)"
    r"\b", re.I)


def drop_speaker_places(frames: list[Frame]) -> None:
    """A place told only as where a source speaks from ("a military spokesman in Abuja confirmed the attack"), or as
    the name of an institution ("the X health ministry said", "X's provincial government"), is no site of an incident
    that has a town or district of its own: it leaves the incident's frames."""
    text = frames[0].text if frames else ""

    def speaker(f: Frame, p: Place) -> bool:
        return (_SPEAKER_IN.search(text, max(f.sentence.start, p.start - 40), p.start) is not None
                and _SPEAKS_AFTER.match(text, p.end) is not None) or _INSTITUTION_AFTER.match(text, p.end) is not None

    _drop_beside_own_site(frames, speaker)


def _around(f: Frame, p: Place) -> bool:
    """The place is told as what a finer site of the same sentence lies in or near ("X, a neighbourhood in Y", "X
    city in metropolitan Y", "X near Y"): that site is where it happened, Y only locates it. The site must be a
    resolved event place finer than a province (an unknown village "X, near Y" leaves the event near Y), and a place
    it is told in must hold it (the same province, and larger)."""
    for q in event_places(f):
        if not (q.end <= p.start and p.start - q.end <= 60 and q.feature not in _BROAD and q.geonameid != p.geonameid
                and q.country_code == p.country_code and is_event_place(f.text, q, f.sentence.start)):
            continue
        if modified_place(f.text, f.places, q) == p:
            continue  # "the Y village of X": X is the village, Y only holds it
        if _NEAR.fullmatch(f.text, q.end, p.start):
            return True
        m = _WITHIN.fullmatch(f.text, q.end, p.start)
        if m is not None and _holds(p, q, told=bool(m.group("kind"))):
            return True
    return False


def _holds(outer: Place, inner: Place, *, told: bool) -> bool:
    """``outer`` may hold ``inner``: the same province, and a larger unit or town (or one the text says holds it:
    "X, a neighbourhood in Y", "X city in metropolitan Y")."""
    if not outer.admin1 or outer.admin1 != inner.admin1:
        return False
    return told or outer.feature in _UNITS or (outer.population or 0) > (inner.population or 0)


# A warning, not an act: "sirens sounded in X", "air raid alerts were declared in X, Y and Z", "triggered rocket
# sirens in X": nothing of the incident happened there (ACLED codes where a strike landed or a clash was fought)
_ALARM = re.compile(
    r"\b(?:sirens?|(?:air[- ]?raid|rocket|missile|drone|red|code[- ]red)\s+(?:alerts?|alarms?|warnings?)|"
    r"alerts?\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:issued|declared|sounded|raised|activated)|"
    r"alarms?\s+(?:sounded|went\s+off|rang))\b", re.I)
# What happened at a place told after the alarm: the place is a site again ("sirens sounded before a rocket hit X")
_IMPACT = re.compile(
    r"\b(?:struck|strikes?|hit|hitting|fell|landed|lands?|impacts?|exploded|explosions?|blasts?|killed|killing|"
    r"wounded|injured|damaged|destroyed|shot\s+down|intercepted|downed|crashed|fire|fired|attack(?:ed|s)?|"
    r"clash(?:ed|es)?|fighting)\b", re.I)
_WHERE_HIT = re.compile(r"[^.;]{0,40}?\bwhere\b[^.;]{0,60}?" + _IMPACT.pattern, re.I)
# "the road linking the Somali capital X to ...", "the highway to the northern town of X": a capital or a direction
# before the town a road leads to
_END_WORDS = (r"(?:the\s+)?(?:(?-i:[A-Z])[\w'-]*\s+)?(?:(?:national|provincial|state|regional)\s+)?(?:capital,?\s+)?"
              r"(?:(?:north-?east|north-?west|south-?east|south-?west|north|south|east|west|central)(?:ern)?\s+)?"
              r"(?:(?:city|town|village|district|province)\s+of\s+)?$")
# People on a journey: "pilgrims travelling from X to Y", "traders heading to the capital X", "a bus heading to Y",
# "on their way back from X"
_JOURNEY = re.compile(
    r"\b(?:(?:fleeing|fled|escaping|leaving|evacuating)\s+(?:[\w-]+\s+){0,4}?(?:(?:city|town|village|district|area)\s+"
    r"of\s+)?$|"
    r"(?:travell?(?:ing|ed)|journeying|going|heading|headed|returning|commuting|driving|walking|bound|"
    r"en\s+route|on\s+(?:their|his|her|its|the)\s+way(?:\s+back|\s+home)?)"
    r"(?:\s+(?:back|home))?(?:\s+from\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)?"
    r"\s+(?:from|to|towards|for)\s+" + _END_WORDS + ")", re.I)
# "farmers from the border areas, such as X, Y and Z": the places people came from, listed
_ORIGIN_LIST = re.compile(
    r"\bfrom\s+(?:the\s+|other\s+|nearby\s+|neighbou?ring\s+)?(?:[\w-]+\s+){0,3}?(?:areas?|regions?|villages?|"
    r"towns?|cities|districts?|provinces?|communities|states?|countries|parts|places)\s*,?\s+"
    r"(?:such\s+as|including|like|namely)\s+(?:the\s+)?$", re.I)
# The ends of a road ("blocked the road connecting X to Y", "a highway linking X and Y", "the road towards X", "a road
# between the port city and X"): the towns it leads to name the road, not where it was blocked
_ROAD_END = re.compile(
    r"\b(?:roads?|highways?|routes?|motorways?|railways?|rail\s+lines?|expressways?)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:connecting|linking|(?:that|which)\s+(?:connects|links|leads\s+to|runs\s+to)|leading\s+to|towards|to|"
    # "on a road between the port city and the southern city of X": the other end, after a town told by a description
    # (lower-case words: "the road between A and B", both ends named, may be told at either, and stays)
    r"between\s+(?:the\s+)?(?:(?-i:[a-z])[\w'-]*\s+){1,4}?and)\s+" + _END_WORDS, re.I)
# The ends of a road named with capitals ("blocked the highway between X and Y", "the road from X to Y and Z"): the
# road's name, no place to lend to an incident told without one (an incident that names its site keeps it; an
# incident told only on such a road keeps its first end, where ACLED codes it: drop_elsewhere_places does not read this)
_ROAD_BETWEEN = re.compile(
    r"\b(?:roads?|highways?|routes?|motorways?|expressways?)\s+(?:between|from)\s+(?:the\s+)?"
    r"(?:(?:(?-i:[A-Z])[\w'-]*|de|del|la|las|los|el|al|do|da|di|and|to|the),?\s+){0,10}$", re.I)
# "residents of X", "natives of X": where people live, not where they acted when the incident names that place
_HOME_OF = re.compile(r"\b(?:residents|natives|inhabitants|villagers|people)\s+of\s+(?:the\s+)?$", re.I)
_AWAY = (_JOURNEY, _ORIGIN_LIST, _ROAD_END, _HOME_OF)  # words before a place that tell it is not the incident's site
# "X residents gathered in Y", "15 X farmers were killed in Y": the place names the people (after it), where they
# live or come from; "a Y-bound train": the journey's end
_HOME_AFTER = re.compile(r"\s+(?:residents|natives|inhabitants|villagers|townspeople|indigenes|farmers|herders|"
                         r"herdsmen|fishermen|traders|youths|pilgrims)\b|-bound\b", re.I)
# Between two places of one list ("from X, Y and Z") or a place and its gloss ("to X (Y district)"): the later ones
# are told as the first is
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s+|\(\s*)(?:the\s+)?$", re.I)


def _alarm_only(f: Frame, p: Place) -> bool:
    """Whether the place is told only as where a warning sounded: after an alarm in its sentence's clause, with no
    strike, blast or fighting told between them."""
    clause = re.split(r"[;:]", f.text[f.sentence.start : p.start])[-1]
    alarms = list(_ALARM.finditer(clause))
    if not alarms or _IMPACT.search(clause, alarms[-1].end()) is not None:
        return False
    # "sirens sounded in X, where a rocket hit a house": the place is where it landed too
    return _WHERE_HIT.match(f.text, p.end, f.sentence.end) is None


def told_as_journey(text: str, p: Place, sentence_start: int) -> bool:
    """Whether the place is told as a journey's start or end, a road's end or where people came from ("traders heading
    to the capital X", "the road linking X to Y"): nothing happened there, so it is no place coding lends to an
    incident told without one (coding.Coder._place_before); nor is either end of a road named "between X and Y"."""
    return _told_away(text, p, sentence_start) or _ROAD_BETWEEN.search(
        text, max(sentence_start, p.start - 90), p.start) is not None


def _told_away(text: str, p: Place, sentence_start: int) -> bool:
    return any(r.search(text, max(sentence_start, p.start - 90), p.start) for r in _AWAY) or bool(
        _HOME_AFTER.match(text, p.end))


def _journey(f: Frame, p: Place) -> bool:
    """Whether the place is a journey's start or end ("pilgrims travelling from X to Y"), a road's ("the road
    connecting X to Y") or the first of the places people came from ("from the border areas, such as X")."""
    return _told_away(f.text, p, f.sentence.start)


def _listed_after(f: Frame, places: list[Place]) -> dict[int, Place]:
    """Each place of a list ("from X, Y and Z") mapped to the list's first place (by position)."""
    head: dict[int, Place] = {}
    ordered = sorted(places, key=lambda q: q.start)
    for a, b in zip(ordered, ordered[1:], strict=False):
        if a.end <= b.start and _LIST_GAP.fullmatch(f.text, a.end, b.start):
            head[b.start] = head.get(a.start, a)
    return head


def _elsewhere(f: Frame) -> list[Place]:
    """The frame's places told as where people came from or went: the first
    place of a list that coding does not take as an event place ("farmers from X") passes that on to the rest of
    its list ("farmers from X and Y")."""
    places = event_places(f)
    head = _listed_after(f, f.places)  # an unresolved place still heads its list ("from X and Y")
    out = []
    for p in places:
        if not is_event_place(f.text, p, f.sentence.start):
            continue  # coding leaves it out already
        first = head.get(p.start)
        if (_journey(f, p) or (first is not None and (
                not is_event_place(f.text, first, f.sentence.start) or _journey(f, first)))):
            out.append(p)
    return out


def drop_elsewhere_places(frames: list[Frame]) -> None:
    """Places where nothing of the incident happened leave its frames when it names a place of its own: the towns
    people came from or travelled to ("farmers from X and Y were attacked in Z", "pilgrims travelling from X to Y
    were ambushed in Z") and the towns where only sirens sounded or an alert was issued ("sirens sounded in X and
    Y"). ACLED codes one event per place where the event happened; an origin, a destination or a warning is none.
    An incident told only with the places people came from or went to keeps them (the event may well be there);
    a warning's places leave it always."""
    for f in frames:  # a warning is never a site, nor a place coding lends to an unplaced frame (Frame.recalled)
        alarm = [p for p in event_places(f) if _alarm_only(f, p)]
        if alarm:
            f.places = [p for p in f.places if p not in alarm]
            f.recalled += [(p.start, p.end) for p in alarm]
    away = {id(f): _elsewhere(f) for f in frames}
    # a province or region is no site of its own beside a journey's town: the event is on the way, near it
    own = {p.geonameid for f in frames for p in event_places(f) if p not in away[id(f)] and p.feature not in _BROAD
           and is_event_place(f.text, p, f.sentence.start)}
    if not own:
        return
    for f in frames:
        drop = [p for p in away[id(f)] if p.geonameid not in own]
        if drop:
            f.places = [p for p in f.places if p not in drop]


def drop_broader_places(frames: list[Frame]) -> None:
    """A province named beside a finer site of the same incident inside it (a district, a town: "three men were
    killed in X state's Y district", "in Y, a township in X state") is that site told coarser, not a second place:
    ACLED codes one event at the most precise location known. It leaves the frames when the incident has such a
    site that coding accepts as an event place; a province alone stays."""
    fine = {(p.admin1, p.country_code) for f in frames for p in event_places(f)
            if p.feature not in _BROAD and p.admin1 and is_event_place(f.text, p, f.sentence.start)}
    if not fine:
        return
    for f in frames:
        drop = [p for p in event_places(f) if p.feature == "admin1" and (p.admin1 or p.name, p.country_code) in fine
                and not _in_a_name(f.text, p)]
        if drop:
            f.places = [p for p in f.places if p not in drop]


# Between a site and the parenthesis that places it: "X (Y, Z)", "X village (Y and Z, W)"
_GLOSS_OPEN = re.compile(r"\s*(?:(?:village|town|city|district|township|camp|area|neighbou?rhood|locality|commune)\s*)?"
                         r"\((?=[^()]*\))", re.I)


# "a march from A (B, C) to D": the bracket after the start of a journey whose name the index lacks
_FROM_UNKNOWN = re.compile(r"\bfrom\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+(?:[a-z]{1,4}\s+)?[A-Z][\w'-]*){0,3}\s*\($")


def _glosses_unknown_start(f: Frame, p: Place) -> bool:
    """``p`` is the first name inside the bracket after a journey's start that no place of the frame covers ("from A
    (B, C) to D" with A unknown): B only locates A."""
    opened = f.text.rfind("(", f.sentence.start, p.start)
    if opened < 0 or ")" in f.text[opened : p.start] or f.text[opened + 1 : p.start].strip(" "):
        return False
    if any(q.start < opened <= q.end + 1 for q in f.places):
        return False  # the name before the bracket is a place of its own (the usual gloss, below)
    return _FROM_UNKNOWN.search(f.text, max(f.sentence.start, opened - 60), opened + 1) is not None


def drop_gloss_places(frames: list[Frame]) -> None:
    """A town named inside the parenthesis that follows a site ("X village (Y and Z, W)": the units X lies in, as
    reports and ACLED's notes write them) locates that site; it is no second place of the incident (a governorate
    named after two towns gives a town of its own name). So does the place that modifies a settlement's type word
    before the site's name ("the Y village of X", "the Y suburb of X": Y holds X, geo.eventloc.modified_place), and
    the first name in the bracket after the start of a journey whose name the index lacks ("a march from A (B, C) to
    D"), when the incident has a site of its own."""
    for f in frames:
        sites = [p for p in event_places(f) if p.feature not in _BROAD]
        drop = [p for p in event_places(f) if (q := modified_place(f.text, f.places, p)) is not None
                and is_event_place(f.text, q, f.sentence.start)]
        for q in sites:
            m = _GLOSS_OPEN.match(f.text, q.end)
            if m is None:
                continue
            close = f.text.find(")", m.end(), f.sentence.end)
            drop += [p for p in f.places if p is not q and close >= 0 and m.end() <= p.start and p.end <= close]
        if drop:
            f.places = [p for p in f.places if p not in drop]
    _drop_beside_own_site(frames, _glosses_unknown_start)


_DASH = re.compile(r"\s*(?:[-\u2013]\s*\w|\()")
_DASH_BEFORE = re.compile(r"\w\s*[-\u2013]\s*$")


def _in_a_name(text: str, p: Place) -> bool:
    """The place is one of the towns that name a road ("the A - B - C highway": coding reads the road from them), or
    the site a parenthesis after it places in its units ("X (Y, Z)": X is where it happened, whatever X resolved to)."""
    return bool(_DASH.match(text, p.end)) or bool(_DASH_BEFORE.search(text, max(0, p.start - 5), p.start))


_SUBURB_KM = 20.0  # a suburb or neighbourhood lies this close to its city
_CITY_TIMES = 3  # ... and the city is this many times as populous
# Words that name a place as the incident's own target or as a part of a town: "the attack on X", "the raid in X",
# "the X neighbourhood", "the suburb of X"
_STRUCK = re.compile(r"\bthe\s+(?:[\w-]+\s+){0,2}?(?:attack|assault|raid|strike|bombing|shelling|offensive|incursion)s?\s+"
                     r"(?:on|in|at|against)\s+(?:the\s+)?$", re.I)
_PART_OF = re.compile(r"\b(?:suburb|neighbou?rhood|district|quarter|area|community|township)\s+of\s+$", re.I)
_PART_AFTER = re.compile(r"\s+(?:suburb|neighbou?rhood|district|quarter|area|community|township)\b", re.I)


def _told_as_part(f: Frame, p: Place) -> bool:
    before = f.text[max(f.sentence.start, p.start - 50) : p.start]
    return bool(_STRUCK.search(before) or _PART_OF.search(before) or _PART_AFTER.match(f.text, p.end)
                or _told_as_neighbourhood(f, p))


def drop_city_of_suburb(frames: list[Frame], names_incident: Callable[[Frame], bool] = lambda f: False) -> None:
    """One incident told at a city and at a much smaller town of the same province a few kilometres from it, which the
    report names as where the incident struck or as a part of a town ("gangs attacked the capital ... The attack on
    X was led by ...", "in the X neighbourhood"): the smaller is where it happened, the city only names the area.
    Only for exactly two such places (a third is another site). ``names_incident``: whether a sentence names the
    incident again ("The pre-dawn attack began when trucks entered X"): a place it names is the incident's."""
    towns = {p.geonameid: p for f in frames for p in event_places(f) if p.feature not in _BROAD and p.geonameid
             and is_event_place(f.text, p, f.sentence.start)}
    if len(towns) != 2:
        return
    a, b = sorted(towns.values(), key=lambda p: p.population or 0)
    if not (a.admin1 and a.admin1 == b.admin1 and a.population and (b.population or 0) >= _CITY_TIMES * a.population
            and _within_suburb(a, b) and any(_told_as_part(f, p) or names_incident(f) for f in frames
                                               for p in event_places(f) if p.geonameid == a.geonameid)):
        return
    for f in frames:
        if any(p.geonameid == b.geonameid for p in f.places):
            f.places = [p for p in f.places if p.geonameid != b.geonameid]


# Words that tell a name as a neighbourhood of a town, not a town: "colonia X", "the X neighbourhood", "bairro X"
# ("the neighbourhood of X" is X; "the Y neighbourhood of X" is Y's town X)
_NEIGHBOURHOOD_BEFORE = re.compile(r"(?:\b(?:colonia|col\.|barrio|bairro|favela)|\bthe\s+(?:neighbou?rhood|suburb|quarter)"
                                   r"\s+of)\s+(?:the\s+)?$", re.I)
_NEIGHBOURHOOD_AFTER = re.compile(r"(?:\s+[A-Z][\w'-]*)?\s+(?:neighbou?rhood|suburb|quarter|favela|colonia)\b")


def _told_as_neighbourhood(f: Frame, p: Place) -> bool:
    before = f.text[max(f.sentence.start, p.start - 30) : p.start]
    return bool(_NEIGHBOURHOOD_BEFORE.search(before) or _NEIGHBOURHOOD_AFTER.match(f.text, p.end))


def drop_far_neighbourhoods(frames: list[Frame]) -> None:
    """A name told as a neighbourhood of a town ("in colonia X", "in the X neighbourhood") that the index reads as a
    town farther from every other site of the incident than a suburb lies from its city (``_SUBURB_KM``), each of them
    several times as populous as it (``_CITY_TIMES``), or as a province (a neighbourhood named after a state, "colonia
    Morelos"): a homonym of the neighbourhood, which lies in the town the report places the incident in. It is no
    second site (one incident told at two precisions of one place); the town stays. A neighbourhood near the incident's
    town (:func:`drop_city_of_suburb`), or the incident's only site, stays."""
    def key(p: Place) -> tuple[str | None, str | None, str | None]:
        return p.name, p.admin1, p.country_code  # (an admin2 unit of the index may have no geonameid)

    towns_of = [p for f in frames for p in event_places(f) if p.feature not in _BROAD]
    drop: set[tuple[str | None, str | None, str | None]] = set()
    for f, p in [(g, q) for g in frames for q in event_places(g) if q.feature != "country"]:
        if not _told_as_neighbourhood(f, p):
            continue
        towns = [q for q in towns_of if key(q) != key(p) and key(q) not in drop]
        # the town told beside it is the larger (a neighbourhood's city): the smaller far name is the misread one
        if towns and (p.feature in _BROAD or all(
                not _within_suburb(p, q) and (q.population or 0) >= _CITY_TIMES * (p.population or 0) for q in towns)):
            drop.add(key(p))
    if drop:
        for f in frames:
            f.places = [p for p in f.places if not (p.resolved and key(p) in drop)]


# A sentence that tells again, of the victims told before, that they were killed, and where: "The herder was stabbed
# to death near a market in X", "The victims were shot dead on Friday in X"; or where the incident took place ("The attack took
# place in X")
_RESTATES = re.compile(r"\W*(?:the|both)\s+(?:[\w'-]+\s+){1,3}?(?:(?:was|were|had\s+been|have\s+been|has\s+been)\s+"
                       r"(?:\w+ly\s+)?(?:killed|shot(?:\s+dead)?|murdered|slain|beheaded|executed|hacked|stabbed|"
                       r"abducted|kidnapped)|(?:took\s+place|happened|occurred))\b", re.I)


def drop_restated_sites(frames: list[Frame]) -> None:
    """A later sentence that tells again that the incident's victims were killed, at a site of its own ("A herder was
    killed in X. The herder was stabbed to death near a market in Y district."), and no dead but those told before: the report
    locates its one killing, and the site it gives in the retelling is where it happened. The sites the sentences
    before it name in the same province are that site told less precisely, not second places (one incident, one
    place: ACLED codes the most precise location known). A site in another province stays; so does one told after, and
    so does a sibling site the sentences before name beside it (:func:`_drop_containers`)."""
    told: set[int] = set()
    for n, f in enumerate(frames):
        own = [p for p in event_places(f) if p.feature not in _BROAD and is_event_place(f.text, p, f.sentence.start)]
        killed = {c.value for c in f.counts if c.counted and c.role in ("killed", "abducted")}
        # (a lead's total its parts add up to is off its frame while incidents merge: incidents.release_lead_totals)
        if n and len({(p.name, p.admin1) for p in own}) == 1 and _RESTATES.match(f.text, f.sentence.start) and (
                killed <= told or not told):
            for g in frames[:n]:
                _drop_containers(g, own[0])
        told |= {c.value for c in f.counts if c.counted and c.role in ("killed", "abducted")}


def _drop_containers(g: Frame, site: Place) -> None:
    """Drop from an earlier sentence the places that contain the restated site: its province or district (a town of
    the province's own name may be the province told by name: "killed in Kano"), or the town it lies in (a
    suburb's distance). A sentence that names the site itself names its places as targets of their
    own ("X and Y"), and a sibling village of the same province is a site of its own: both stay."""
    if any(p.name == site.name for p in event_places(g)):
        return

    def contains(p: Place) -> bool:
        return (p.resolved and p.feature != "country" and p.name != site.name and p.admin1 == site.admin1
                and p.country_code == site.country_code and (p.feature in _BROAD or p.feature in _UNITS
                                                            or p.name == p.admin1 or _within_suburb(p, site)))
    g.places = [p for p in g.places if not contains(p)]


def _within_suburb(a: Place, b: Place) -> bool:
    """Whether two places lie within ``_SUBURB_KM`` of each other (False when either has no coordinates)."""
    return within_km(a, b, _SUBURB_KM)
