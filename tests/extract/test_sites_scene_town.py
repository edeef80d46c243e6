"""The town a report tells its events at wins over its province: an incident told with no place of its own is coded
at the town the report names as the scene ("X, the capital of the state of Y, was the scene of ..."), and a
province's capital told by the province's name ("Y's state capital") is that town (geo.capitals,
geo.eventloc.innermost_place). Synthetic texts."""

from __future__ import annotations

from conftest import EventsOf


def _places(events: list) -> list[tuple[str | None, int | None]]:  # type: ignore[type-arg]
    return [(e.location, e.geo_precision) for e in events]


def test_sites_an_unplaced_incident_is_at_the_glossed_capital_not_its_province(events_of: EventsOf) -> None:
    # synthetic: the lead glosses the town as the province's capital; the clash is told later with no place
    text = ("Hermosillo, the capital of the state of Sonora, was the scene on Tuesday of a long gun battle and "
            "burning barricades. Officials said the city was calm by night.\n\n"
            "The defence ministry said 20 soldiers had come under fire at a ranch during a patrol and that the "
            "troops drove the gunmen off.")
    got = _places(events_of(text))
    assert got and all(place == ("Hermosillo", 1) for place in got)


def test_sites_a_state_capital_told_by_the_state_name_is_the_town(events_of: EventsOf) -> None:
    # synthetic: the only place of the report is "Sonora's state capital"
    text = ("Drivers waited for hours on Tuesday as armed men blocked highways around the city.\n\n"
            "Police said gunmen fought soldiers for hours in Sonora's state capital.")
    got = _places(events_of(text))
    assert got and all(place == ("Hermosillo", 1) for place in got)


def test_sites_this_city_after_the_province_keeps_the_town(events_of: EventsOf) -> None:
    # synthetic: the province is named after the town as the setting; "this city" refers back to the town
    text = ("Gunfire and burning barricades paralysed Hermosillo on Tuesday. Schools across Sonora closed. In this "
            "city of a million people, residents stayed home.\n\n"
            "The defence ministry said 20 soldiers had come under fire at a ranch during a patrol and that the "
            "troops drove the gunmen off.")
    got = _places(events_of(text))
    assert got and all(place == ("Hermosillo", 1) for place in got)
