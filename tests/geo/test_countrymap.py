"""The geocoder's country helpers: actors' home countries and capitals (synthetic sentences)."""

from __future__ import annotations

from eventcoder.geo.countrymap import actor_countries, capital_name


def test_countrymap_named_armed_groups_give_their_home_country() -> None:
    found = dict((cc, start) for start, cc in actor_countries("Houthi forces and the Tatmadaw were named."))
    assert set(found) == {"YE", "MM"}


def test_countrymap_generic_actors_and_common_nouns_give_no_country() -> None:
    assert actor_countries("The army, police and gunmen attacked a convoy.") == []


def test_countrymap_capital_of_a_country() -> None:
    assert capital_name("ML") == "Bamako" and capital_name("XX") is None
