"""Event geolocation: the place of the event, not of the hospital, the speaker or the refuge."""

from __future__ import annotations

from eventcoder.geo import Geocoder
from eventcoder.geo.eventloc import event_places


def names(geo: Geocoder, text: str) -> list[str]:
    return [p.surface for p in event_places(text, geo.geoparse(text))]


def test_eventloc_skips_hospital_town(fake_geocoder: Geocoder) -> None:
    text = "Shelling killed two men in Sarmin, and the wounded were taken to a hospital in Idlib."
    assert names(fake_geocoder, text) == ["Sarmin"]


def test_eventloc_skips_where_a_spokesman_spoke(fake_geocoder: Geocoder) -> None:
    text = "A spokesman said in Damascus and Aleppo that rockets hit Jisr al-Shughour, Syria."
    got = names(fake_geocoder, text)
    assert got[0] == "Jisr al-Shughour" and "Syria" not in got


def test_eventloc_skips_where_people_fled(fake_geocoder: Geocoder) -> None:
    text = "Gunmen attacked Tripoli, Lebanon, and families fled to Aleppo."
    assert names(fake_geocoder, text) == ["Tripoli"]


def test_eventloc_country_only_when_nothing_else(fake_geocoder: Geocoder) -> None:
    assert names(fake_geocoder, "Air strikes were reported across Syria.") == ["Syria"]
