"""A toll given in parts by the districts of the city an incident struck ("three in the X district and three in the
Y district") is one event at the city, also when the index reads a district's name as a homonym elsewhere
(coding._city_parts); synthetic texts."""

from __future__ import annotations

from eventcoder.api import extract_text


def test_coding_city_parts_toll_by_district_is_one_event_at_the_city() -> None:
    # synthetic: one missile strike on a city, its dead told by the city's districts
    evs = extract_text("Russian missiles struck Kharkiv on Monday, killing six people: three in the Saltivskyi "
                       "district and three in the Kyivskyi district, the governor said.", published="2024-05-10").events
    assert [(e.location, e.fatalities) for e in evs] == [("Kharkiv", 6)]


def test_coding_city_parts_a_district_of_a_province_the_report_names_stays() -> None:
    # synthetic: two provinces' towns named as such are two places (ACLED: one event per location)
    evs = extract_text("Russian missiles struck Kharkiv and Poltava on Monday, killing six people: three in Kharkiv "
                       "and three in Poltava, the governors said.", published="2024-05-10").events
    assert sorted(e.location or "" for e in evs) == ["Kharkiv", "Poltava"]


def test_coding_city_parts_districts_within_the_city_are_the_city() -> None:
    # synthetic: two districts of the struck capital, each resolved in it
    evs = extract_text("Russian missiles struck Kyiv on Monday, killing six people: three in the Obolon district and "
                       "three in the Darnytsia district, the mayor said.", published="2024-05-10").events
    assert [(e.location, e.fatalities) for e in evs] == [("Kyiv", 6)]


def test_coding_city_parts_another_town_stays_its_own_site() -> None:
    # synthetic: a district of one struck city and another town of the province: two places
    evs = extract_text("Russian drones struck Odesa and Izmail on Monday, killing six people: three in the Kyivskyi "
                       "district of Odesa and three in Izmail.", published="2024-05-10").events
    assert len(evs) == 2
