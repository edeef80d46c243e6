"""ACLED's naming of an event's parties, country fields and notes (used by the event builder)."""

from __future__ import annotations

import re

from eventcoder import countries
from eventcoder.extract.actor_tables import NON_STATE_KINDS
from eventcoder.extract.actors import ActorLexicon, ActorMention
from eventcoder.model import Place
from eventcoder.vocab import EventType, Inter, SubEventType, notes_summary

__all__ = [
    "actor_name", "country_fields", "crowd_actors", "most_named", "notes_line", "target_name",
    "text_country",
]


def most_named(actors: list[ActorMention]) -> ActorMention | None:
    """The actor named most often (the first named on a tie); a group that claimed the act when every other party
    named is unnamed ("gunmen killed five ... X claimed the attack": ACLED codes the claimant of a credible claim;
    a group only blamed or suspected is no claimant)."""
    if not actors:
        return None
    claimant = _claimant(actors)
    if claimant is not None:
        return claimant
    alias = _bare_aliases(actors)
    counts: dict[str, int] = {}
    for a in actors:
        key = alias.get(a.key, a.key)
        counts[key] = counts.get(key, 0) + 1
    first: dict[str, ActorMention] = {}
    for a in actors:
        first.setdefault(a.key, a)
    # dicts keep insertion order: on a tie, max() keeps the first named
    return first[max(counts, key=counts.__getitem__)]


def _bare_aliases(actors: list[ActorMention]) -> dict[str, str]:
    """The bare words for armed men ("rebels", "gunmen", "the militants") told beside one named non-state armed group
    and no other, when a bare word was tied to it ("rebels from the X group seized a town ... the rebels took
    control"): the same men told again, so they count for the named group. A group only blamed, suspected or told
    apart from the men ("gunmen killed 14; residents blamed X") is no name of theirs (ACLED codes them unidentified);
    beside two named groups (or none) the bare word names neither."""
    named = {a.key for a in actors if a.kind in NON_STATE_KINDS and not a.generic and not a.key.startswith(
        "Unidentified")}
    if len(named) != 1:
        return {}
    group = next(iter(named))
    if not any(a.tied for a in actors if a.generic):
        return {}
    return {a.key: group for a in actors if a.generic and a.kind == "political_militia" and a.key != group}


def _claimant(actors: list[ActorMention]) -> ActorMention | None:
    """The one named group that claimed the act, beside unnamed perpetrators only ("gunmen", "attackers")."""
    claimants = {a.key: a for a in actors if a.claimed and not a.key.startswith("Unidentified")}
    if len(claimants) != 1:
        return None
    key, claimant = next(iter(claimants.items()))
    others = {a.key for a in actors if a.key != key}
    return claimant if all(k.startswith("Unidentified") for k in others) else None


_CAPITALISED = re.compile(r"\b[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3}")
# A country named as the neighbour of where it happened: "near the border with X", "along the frontier of X",
# "near the X border" (but "the X border town Y" is a town of X: geo.hints).
_NEIGHBOUR_BEFORE = re.compile(r"\b(?:borders?|frontiers?)\s+(?:with|of)\s+(?:the\s+)?$", re.IGNORECASE)
_NEIGHBOUR_AFTER = re.compile(r"^\s+(?:borders?|frontiers?)\b(?!\s+(?:towns?|city|cities|villages?|regions?|provinces?|"
                              r"districts?|areas?|states?)\b)", re.IGNORECASE)


def _names_neighbour(text: str, start: int, end: int) -> bool:
    """Whether the country name or demonym at ``text[start:end]`` names a neighbour ("the border with X")."""
    return bool(_NEIGHBOUR_BEFORE.search(text, max(0, start - 40), start) or _NEIGHBOUR_AFTER.match(text[end : end + 40]))


def text_country(text: str) -> str | None:
    """The country a text names most by name or demonym ("the Afghan capital", "a Tunisian town"), or None."""
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for m in _CAPITALISED.finditer(text):
        words = m.group(0).split()
        # the longest country name inside the capitalised run ("Democratic Republic of Congo" needs "of")
        for n in range(len(words), 0, -1):
            hit = next((countries.lookup(" ".join(words[i : i + n])) for i in range(len(words) - n + 1)
                        if countries.lookup(" ".join(words[i : i + n]))), None)
            if hit is not None and _names_neighbour(text, m.start(), m.end()):
                break
            if hit is not None:
                counts[hit.iso2] = counts.get(hit.iso2, 0) + 1
                first.setdefault(hit.iso2, m.start())
                break
    if not counts:
        return None
    return min(counts, key=lambda k: (-counts[k], first[k]))


def country_fields(code: str | None) -> tuple[str | None, int | None, str | None]:
    """ACLED's country name, ISO numeric code and region for an ISO alpha-2 code."""
    c = countries.by_code(code) if code else None
    if c is None:
        return None, None, None
    return c.name, c.numeric, c.region


def actor_name(lex: ActorLexicon, agent: ActorMention | None, event_date: str | None, country: str | None,
                etype: EventType, sub: SubEventType) -> tuple[str | None, Inter | None]:
    """actor1's ACLED name and inter; ACLED's generic actor for the event type when the text names none."""
    if agent is not None and sub is SubEventType.ARRESTS and agent.key.startswith("Government") and (
            agent.country or country):
        # "the government of X arrested 12 opposition supporters": its police make the arrests (ACLED)
        return lex.state_name("Police Forces", agent.country or country or "", event_date), Inter.STATE_FORCES
    if agent is not None:
        name, inter = lex.name(agent, event_date=event_date, event_country=country)
        return name, inter
    cname = country_fields(country)[0]
    if etype is EventType.PROTESTS:
        return (f"Protesters ({cname})" if cname else "Protesters"), Inter.PROTESTERS
    if etype is EventType.RIOTS:
        return (f"Rioters ({cname})" if cname else "Rioters"), Inter.RIOTERS
    if sub is SubEventType.AGREEMENT:
        return None, None
    if sub is SubEventType.ARRESTS:
        if not country:
            return None, None
        return lex.state_name("Police Forces", country, event_date), Inter.STATE_FORCES
    if sub is SubEventType.DISRUPTED_WEAPONS_USE and country:
        # "four drones were shot down over X", "a bomb was defused": who stops a weapon and names no one is the air
        # defence or the bomb squad of the state where it happened (ACLED: the disrupting side is actor1)
        return lex.state_name("Military Forces", country, event_date), Inter.STATE_FORCES
    if sub is SubEventType.OTHER:
        # people displaced or evacuated, with no party named: the development is theirs, no armed group's
        return (f"Civilians ({cname})" if cname else "Civilians"), Inter.CIVILIANS
    return (f"Unidentified Armed Group ({cname})" if cname else "Unidentified Armed Group"), Inter.POLITICAL_MILITIA


_CROWD_KINDS = ("protesters", "rioters", "civilians")


def _crowd_country(mentions: list[ActorMention], country: str | None) -> str | None:
    """The crowd's own nationality where a demonym names it abroad ("Ukrainian citizens rallied in Rome", "Israeli
    settlers protested near Nablus"): ACLED names protesters and rioters after the people they are, the event after
    the place. Only the first crowd named decides (the victims a crowd mourns come after it)."""
    first = next((m for m in mentions if m.kind in _CROWD_KINDS or m.key.startswith("Settlers")), None)
    if first is None or not first.country or first.country == country:
        return None
    return country_fields(first.country)[0]


def crowd_actors(lex: ActorLexicon, mentions: list[ActorMention], etype: EventType, sub: SubEventType,
                 country: str | None, event_date: str | None) -> tuple[str | None, Inter | None, str | None, Inter | None]:
    """Protests and riots: the crowd is actor1 (Protesters/Rioters of the country); the police who intervene,
    or the people a mob attacks, are actor2 (ACLED's generic crowd actors)."""
    cname = _crowd_country(mentions, country) or country_fields(country)[0]
    crowd = "Protesters" if etype is EventType.PROTESTS else "Rioters"
    a1 = f"{crowd} ({cname})" if cname else crowd
    inter1 = Inter.PROTESTERS if etype is EventType.PROTESTS else Inter.RIOTERS
    police = next((m for m in mentions if m.kind in ("state", "police")), None)
    if sub in (SubEventType.PEACEFUL_PROTEST,):
        return a1, inter1, None, None
    if police is not None:
        name, inter = lex.name(police, event_date=event_date, event_country=country)
        return a1, inter1, name, inter
    if sub is SubEventType.MOB_VIOLENCE:
        armed = next((m for m in mentions if m.kind not in ("civilians", "protesters", "rioters")), None)
        if armed is not None:
            name, inter = lex.name(armed, event_date=event_date, event_country=country)
            return a1, inter1, name, inter
        return a1, inter1, (f"Civilians ({cname})" if cname else "Civilians"), Inter.CIVILIANS
    return a1, inter1, None, None


def target_name(lex: ActorLexicon, target: ActorMention | None, etype: EventType, sub: SubEventType,
                 country: str | None, event_date: str | None, victims_civ: bool, victims_armed: bool
                 ) -> tuple[str | None, Inter | None]:
    """actor2's ACLED name and inter; Civilians of the country where the codebook puts them."""
    cname = country_fields(country)[0]
    if target is not None:
        return lex.name(target, event_date=event_date, event_country=country)
    if etype is EventType.VIOLENCE_AGAINST_CIVILIANS or (etype is EventType.EXPLOSIONS and victims_civ and not victims_armed):
        return (f"Civilians ({cname})" if cname else "Civilians"), Inter.CIVILIANS
    if sub in (SubEventType.LOOTING, SubEventType.ARRESTS):
        # ACLED: property destroyed or people arrested are civilians' unless the text names another party
        return (f"Civilians ({cname})" if cname else "Civilians"), Inter.CIVILIANS
    if etype is EventType.RIOTS and sub is SubEventType.MOB_VIOLENCE:
        return (f"Civilians ({cname})" if cname else "Civilians"), Inter.CIVILIANS
    return None, None


def notes_line(event_date: str | None, actor1: str | None, sub: SubEventType, place: Place | None, country: str | None,
               actor2: str | None, fatal: int, injured: int | None, split: bool) -> str:
    """A one-sentence summary in the style of ACLED notes, built from the coded fields."""
    return notes_summary(event_date, actor1, sub.value, place.name if place else None, place.admin1 if place else None,
                         country, actor2, fatal, injured, split)
