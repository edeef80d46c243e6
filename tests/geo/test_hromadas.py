"""Ukrainian hromadas written as adjectives ("Xivska territorial community"): the seat's town by Ukrainian word
formation (``geo/hromada.py``).

Texts are synthetic, written for these tests; the made-up names follow Ukrainian patterns, the real ones are large
towns (oblast centres and their peers)."""

from __future__ import annotations

import pytest
from geo_testdata import row

from eventcoder.geo import Geocoder
from eventcoder.geo.gazetteer import MemoryGazetteer
from eventcoder.geo.hromada import hromada_seats, town_names


@pytest.mark.parametrize(("adjective", "town"), [
    # real large towns
    ("Kharkivska", "Kharkiv"), ("Kyivska", "Kyiv"), ("Sumska", "Sumy"), ("Odeska", "Odesa"),
    ("Kramatorska", "Kramatorsk"), ("Khersonska", "Kherson"), ("Okhtyrska", "Okhtyrka"),
    ("Zaporizka", "Zaporizhzhia"), ("Marhanetska", "Marhanets"), ("Chernivetska", "Chernivtsi"),
    ("Prylutska", "Pryluky"), ("Nikopolska", "Nikopol"), ("Lozivska", "Lozova"), ("Avdiivska", "Avdiivka"),
    ("Huliaipilska", "Huliaipole"), ("Ostrozka", "Ostroh"), ("Balakliiska", "Balakliia"),
    # made-up names of Ukrainian shape
    ("Dubrovychivska", "Dubrovychiv"), ("Zelenivska", "Zelenivka"), ("Kamianovska", "Kamianovsk"),
    ("Berezivska", "Berezove"), ("Vyshnevetska", "Vyshnevets"), ("Sosnytska", "Sosnytsk"),
    ("Hrabovetska", "Hrabovetsk"), ("Lypovozka", "Lypovoh"), ("Tykhopilska", "Tykhopillia"),
    ("Tykhopilska", "Tykhopole"), ("Borovanska", "Borovan"), ("Kalynska", "Kalyny"),
    ("Velykokamianska", "Velyka Kamianka"), ("Novolypivska", "Nova Lypivka"),
])
def test_town_names_undo_the_adjective(adjective: str, town: str) -> None:
    assert town in town_names(adjective)


def test_hromada_seats_are_adjectives_before_a_community_word() -> None:
    text = ("Shelling hit Dubrovychivska territorial community, Lypovozka urban territorial community, Zelenivska "
            "and Borovanska hromadas. The Polska delegation and a Ruska street are no hromadas.")
    assert [a for _, _, a in hromada_seats(text)] == ["Dubrovychivska", "Lypovozka", "Zelenivska", "Borovanska"]


_PLACES = [
    row(1, "Ukraine", 49.0, 32.0, "UA", None, 41_000_000, "country"),
    row(2, "Russia", 60.0, 90.0, "RU", None, 144_000_000, "country"),
    row(3, "Dubrovychiv", 50.9, 33.1, "UA", "Sumy", 31_000),
    row(4, "Dubrovychiv", 55.0, 40.0, "RU", "Vladimir", 90_000),
    row(5, "Dubrovychivka", 50.7, 33.4, "UA", "Sumy", 400),
    row(6, "Zelenivka", 47.3, 35.2, "UA", "Zaporizhia", 2_100, alts=("Zelenovka",)),
    row(7, "Sumy", 50.91, 34.80, "UA", "Sumy", 250_000),
    row(8, "Sumy", 50.8, 34.5, "UA", "Sumy", 1_100_000, "admin1", alts=("Sumy Oblast",)),
]


@pytest.fixture(scope="module")
def geo() -> Geocoder:
    return Geocoder(MemoryGazetteer.from_rows(list(_PLACES)))


def test_a_hromada_adjective_is_its_seat_town_in_ukraine(geo: Geocoder) -> None:
    places = [p for p in geo.geoparse("On 3 May, forces shelled Dubrovychivska territorial community, Sumy.")
              if p.resolved]
    seat = next(p for p in places if p.name == "Dubrovychiv")
    assert (seat.country_code, seat.feature, seat.geo_precision) == ("UA", "city", 2)  # not the larger one abroad
    text = "On 3 May, forces shelled Dubrovychivska territorial community, Sumy."
    assert text[seat.start:seat.end] == "Dubrovychivska"


def test_the_most_populous_derived_town_is_the_seat(geo: Geocoder) -> None:
    # "Dubrovychivska" may be Dubrovychiv or Dubrovychivka: the town of 31,000, not the village
    places = geo.geoparse("Drones struck Dubrovychivska rural hromada overnight.")
    assert [p.name for p in places if p.resolved] == ["Dubrovychiv"]


def test_the_seat_of_a_city_hromada_is_the_city_not_its_oblast(geo: Geocoder) -> None:
    places = geo.geoparse("Two civilians were wounded in Sumska urban territorial community.")
    assert [(p.name, p.feature) for p in places if p.resolved] == [("Sumy", "city")]


def test_an_adjective_without_a_community_word_is_left_to_detection(geo: Geocoder) -> None:
    assert not any(p.name == "Dubrovychiv" for p in geo.geoparse("A Dubrovychivska resident was detained."))
