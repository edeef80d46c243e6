"""ACLED vocabularies (codebook tables 2 and 3) as string enums."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

__all__ = [
    "DISORDER_OF",
    "EVENT_TYPE_OF",
    "INTER_NUMERIC",
    "DisorderType",
    "EventType",
    "Inter",
    "SubEventType",
    "interaction",
    "notes_summary",
]


class DisorderType(StrEnum):
    POLITICAL_VIOLENCE = "Political violence"
    DEMONSTRATIONS = "Demonstrations"
    STRATEGIC_DEVELOPMENTS = "Strategic developments"
    PV_AND_DEMONSTRATIONS = "Political violence; Demonstrations"


class EventType(StrEnum):
    BATTLES = "Battles"
    PROTESTS = "Protests"
    RIOTS = "Riots"
    EXPLOSIONS = "Explosions/Remote violence"
    VIOLENCE_AGAINST_CIVILIANS = "Violence against civilians"
    STRATEGIC_DEVELOPMENTS = "Strategic developments"


class SubEventType(StrEnum):
    # Battles
    GOVERNMENT_REGAINS_TERRITORY = "Government regains territory"
    NON_STATE_OVERTAKES_TERRITORY = "Non-state actor overtakes territory"
    ARMED_CLASH = "Armed clash"
    # Protests
    EXCESSIVE_FORCE = "Excessive force against protesters"
    PROTEST_WITH_INTERVENTION = "Protest with intervention"
    PEACEFUL_PROTEST = "Peaceful protest"
    # Riots
    VIOLENT_DEMONSTRATION = "Violent demonstration"
    MOB_VIOLENCE = "Mob violence"
    # Explosions/Remote violence
    CHEMICAL_WEAPON = "Chemical weapon"
    AIR_DRONE_STRIKE = "Air/drone strike"
    SUICIDE_BOMB = "Suicide bomb"
    SHELLING = "Shelling/artillery/missile attack"
    REMOTE_EXPLOSIVE = "Remote explosive/landmine/IED"
    GRENADE = "Grenade"
    # Violence against civilians
    SEXUAL_VIOLENCE = "Sexual violence"
    ATTACK = "Attack"
    ABDUCTION = "Abduction/forced disappearance"
    # Strategic developments
    AGREEMENT = "Agreement"
    ARRESTS = "Arrests"
    CHANGE_TO_GROUP = "Change to group/activity"
    DISRUPTED_WEAPONS_USE = "Disrupted weapons use"
    HQ_ESTABLISHED = "Headquarters or base established"
    LOOTING = "Looting/property destruction"
    NON_VIOLENT_TRANSFER = "Non-violent transfer of territory"
    OTHER = "Other"


_S = SubEventType
EVENT_TYPE_OF: dict[SubEventType, EventType] = {
    **{s: EventType.BATTLES for s in (_S.GOVERNMENT_REGAINS_TERRITORY, _S.NON_STATE_OVERTAKES_TERRITORY, _S.ARMED_CLASH)},
    **{s: EventType.PROTESTS for s in (_S.EXCESSIVE_FORCE, _S.PROTEST_WITH_INTERVENTION, _S.PEACEFUL_PROTEST)},
    **{s: EventType.RIOTS for s in (_S.VIOLENT_DEMONSTRATION, _S.MOB_VIOLENCE)},
    **{
        s: EventType.EXPLOSIONS
        for s in (_S.CHEMICAL_WEAPON, _S.AIR_DRONE_STRIKE, _S.SUICIDE_BOMB, _S.SHELLING, _S.REMOTE_EXPLOSIVE, _S.GRENADE)
    },
    **{s: EventType.VIOLENCE_AGAINST_CIVILIANS for s in (_S.SEXUAL_VIOLENCE, _S.ATTACK, _S.ABDUCTION)},
    **{
        s: EventType.STRATEGIC_DEVELOPMENTS
        for s in (
            _S.AGREEMENT, _S.ARRESTS, _S.CHANGE_TO_GROUP, _S.DISRUPTED_WEAPONS_USE, _S.HQ_ESTABLISHED,
            _S.LOOTING, _S.NON_VIOLENT_TRANSFER, _S.OTHER,
        )
    },
}


def _disorder(sub: SubEventType) -> DisorderType:
    et = EVENT_TYPE_OF[sub]
    if sub is _S.EXCESSIVE_FORCE:
        return DisorderType.PV_AND_DEMONSTRATIONS
    if sub is _S.MOB_VIOLENCE or et in (EventType.BATTLES, EventType.EXPLOSIONS, EventType.VIOLENCE_AGAINST_CIVILIANS):
        return DisorderType.POLITICAL_VIOLENCE
    if et in (EventType.PROTESTS, EventType.RIOTS):
        return DisorderType.DEMONSTRATIONS
    return DisorderType.STRATEGIC_DEVELOPMENTS


DISORDER_OF: dict[SubEventType, DisorderType] = {s: _disorder(s) for s in SubEventType}


class Inter(StrEnum):
    """Actor types (codebook "Inter codes"); the numeric code is INTER_NUMERIC[value]."""

    STATE_FORCES = "State forces"
    REBEL_GROUP = "Rebel group"
    POLITICAL_MILITIA = "Political militia"
    IDENTITY_MILITIA = "Identity militia"
    RIOTERS = "Rioters"
    PROTESTERS = "Protesters"
    CIVILIANS = "Civilians"
    EXTERNAL_OTHER = "External/Other forces"


INTER_NUMERIC: dict[Inter, int] = {inter: i for i, inter in enumerate(Inter, start=1)}


def interaction(inter1: Inter | None, inter2: Inter | None) -> str | None:
    """ACLED's interaction: the two actor types in canonical (numeric) order, or "X only"."""
    if inter1 is None and inter2 is None:
        return None
    if inter1 is None or inter2 is None:
        only = inter1 or inter2
        assert only is not None
        return f"{only.value} only"
    a, b = sorted((inter1, inter2), key=INTER_NUMERIC.__getitem__)
    return f"{a.value}-{b.value}"


def notes_summary(event_date: str | None, actor1: str | None, sub_event_type: str, location: str | None,
                  admin1: str | None, country: str | None, actor2: str | None, fatalities: int,
                  injuries: int | None, split: bool = False) -> str:
    """A one-sentence summary in the style of ACLED notes, built from an event's coded fields."""
    try:
        day = date.fromisoformat(event_date) if event_date else None
    except ValueError:
        day = None  # a date that is not a day ("2024-05") is not told
    when = f"On {day.day} {day.strftime('%B %Y')}, " if day else ""
    where = ""
    if location:
        where = f" in {location}" + (f" ({admin1})" if admin1 and admin1 != location else "")
    if country and location != country:  # a country-level place is not named twice
        where += f", {country}" if where else f" in {country}"
    against = f" against {actor2}" if actor2 else ""
    toll = f" {fatalities} killed" + (f", {injuries} injured" if injuries else "") + "."
    if split:
        toll += " Fatalities split evenly across locations."
    who = actor1 or "Unidentified actors"
    return f"{when}{who}: {sub_event_type.lower()}{against}{where}.{toll}"
