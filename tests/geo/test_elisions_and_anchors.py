"""Issue 16, fourteenth round: names with an elided article inside, and provinces as distance anchors.

Texts are synthetic, written for these tests; the made-up places of the memory gazetteer are invented.
"""

from __future__ import annotations

from geo_testdata import row

from eventcoder.geo import Geocoder
from eventcoder.geo.gazetteer import MemoryGazetteer


def _places(geo: Geocoder, text: str) -> dict[str, tuple[str | None, float | None]]:
    return {p.surface: (p.name, p.latitude) for p in geo.geoparse(text) if p.resolved}


ELIDED = [
    row(1, "Italy", 42.8, 12.8, "IT", None, 60_000_000, "country"),
    row(2, "Emilia-Romagna", 44.49, 11.34, "IT", "Emilia-Romagna", 4_000_000, "admin1"),
    row(3, "Borgo d'Esempio", 45.0, 10.0, "IT", "Emilia-Romagna", 3_000),
    row(4, "Borgo", 44.9, 12.2, "IT", "Emilia-Romagna", 800),
    row(5, "Pieve dei Campi", 44.7, 10.5, "IT", "Emilia-Romagna", 2_000),
    row(6, "Pieve", 44.6, 11.9, "IT", "Emilia-Romagna", 900),
]


def test_detect_an_elided_article_continues_a_known_name() -> None:
    # "d'Esempio" opens with a lower-case letter: the name goes on through it, not only up to "Borgo"
    geo = Geocoder(MemoryGazetteer.from_rows(list(ELIDED)))
    got = _places(geo, "Residents gathered in Borgo d'Esempio (Emilia-Romagna) on Sunday.")
    assert got["Borgo d'Esempio"][0] == "Borgo d'Esempio"
    assert "Borgo" not in got


def test_detect_italian_articles_glue_a_name() -> None:
    geo = Geocoder(MemoryGazetteer.from_rows(list(ELIDED)))
    got = _places(geo, "Farmers marched in Pieve dei Campi on Monday.")
    assert got["Pieve dei Campi"][0] == "Pieve dei Campi" and "Pieve" not in got


def test_detect_real_names_with_elided_articles(real_geocoder: Geocoder) -> None:
    got = {p.surface: p.country_code for p in real_geocoder.geoparse(
        "Protesters rallied in Abidjan, Côte d'Ivoire, and in Val d'Or (Quebec).") if p.resolved}
    assert got.get("Côte d'Ivoire") == "CI"
    assert got.get("Val d'Or") == "CA"
    # a sentence that begins with the elided word alone is no name ("d'accord" is not a place)
    assert all(p.surface != "d'accord" for p in real_geocoder.geoparse("Nous sommes d'accord avec Paris."))


ANCHORS = [
    row(1, "Pakistan", 30.0, 70.0, "PK", None, 220_000_000, "country"),
    row(2, "Punjab", 31.55, 74.35, "PK", "Punjab", 100_000_000, "admin1"),
    row(3, "Lahore", 31.55, 74.35, "PK", "Punjab", 11_000_000),
    # two entries of one made-up town with the same recorded size: the data's duplicate, one nearer the
    # province's largest town than the other
    row(4, "Samplenagar", 30.0, 73.25, "PK", "Punjab", 200_000),
    row(5, "Samplenagar", 30.9, 73.9, "PK", "Punjab", 200_000),
]


def test_geocoder_a_province_is_no_distance_anchor_between_homonyms_inside_it() -> None:
    # The province's point is its largest town; it says nothing about which of its two towns is meant, so the
    # homonym nearer that town gets no bonus and the tie keeps the data's order (the first entry).
    geo = Geocoder(MemoryGazetteer.from_rows(list(ANCHORS)))
    got = _places(geo, "Traders staged a rally in Samplenagar (Punjab) on Friday.")
    assert got["Samplenagar"][1] == 30.0
    # a town of the report still ranks homonyms by distance
    got = _places(geo, "Traders marched from Lahore to Samplenagar on Friday.")
    assert got["Samplenagar"][1] == 30.9


def _town(name: str, people: int, lat: float, alternates: tuple[str, ...] = ()) -> dict[str, object]:
    return {"name": name, "population": people, "latitude": lat, "longitude": 0.0, "alternatenames": list(alternates)}


def test_index_a_province_is_placed_at_the_town_of_its_own_name() -> None:
    from eventcoder.geo.index import _namesake_seat

    # made-up towns: a province "Montaña" governed from the town of its name, its largest town elsewhere
    biggest = _town("Puerto Grande", 900_000, 1.0)
    seat = _town("Montaña", 300_000, 2.0)
    towns = [biggest, seat, _town("Aldea", 5_000, 3.0)]
    assert _namesake_seat(towns, [{"montana"}, {"montana", "montana state"}], biggest) is seat
    # "Ciudad X" is the town of X
    ciudad = _town("Ciudad Montaña", 300_000, 2.5)
    assert _namesake_seat([biggest, ciudad], [{"montana"}, {"montana"}], biggest) is ciudad


def test_index_a_namesake_too_small_or_named_only_by_another_name_is_no_seat() -> None:
    from eventcoder.geo.index import _namesake_seat

    biggest = _town("Metropolis", 3_000_000, 1.0)
    old_town = _town("Oldtown", 600_000, 2.0)  # a fifth of the largest: a state named after an old town
    assert _namesake_seat([biggest, old_town], [{"oldtown"}, {"oldtown"}], biggest) is biggest
    # a town that bears the province's name only among its other names ("X Sharif" with the alternate "X")
    other = _town("Oldtown Sharif", 2_000_000, 2.0, ("Oldtown",))
    assert _namesake_seat([biggest, other], [{"oldtown"}, {"oldtown"}], biggest) is biggest


def test_index_the_province_s_own_name_wins_over_its_old_name() -> None:
    from eventcoder.geo.index import _namesake_seat

    big = _town("Ciudad Oldname", 900_000, 1.0)
    seat = _town("Ciudad Newname", 400_000, 2.0)
    assert _namesake_seat([big, seat], [{"newname"}, {"newname", "oldname"}], big) is seat


def test_geocoder_a_province_is_coded_at_its_capital_of_its_name(real_geocoder: Geocoder) -> None:
    # Santa Fe province is governed from the city of Santa Fe, not from its largest city Rosario (300 km south)
    got = {p.surface: p for p in real_geocoder.geoparse("Truck drivers protested in Santa Fe province on Monday.")}
    assert got["Santa Fe"].feature == "admin1" and got["Santa Fe"].latitude is not None
    assert abs(got["Santa Fe"].latitude - (-31.65)) < 0.2


def test_detect_a_river_in_brackets_is_part_of_a_german_town_s_name(real_geocoder: Geocoder) -> None:
    got = {p.surface: p for p in real_geocoder.geoparse("Protesters marched in Halle (Saale) and in Frankfurt (Oder).")}
    assert got["Halle (Saale)"].country_code == "DE" and got["Frankfurt (Oder)"].admin1 == "Brandenburg"
    assert "Saale" not in got and "Oder" not in got
    # a province in brackets stays a container of its own
    got = {p.surface: p for p in real_geocoder.geoparse("Shelling hit Saraqib (Idlib) overnight.")}
    assert "Saraqib" in got and got["Idlib"].feature == "admin1"


def test_detect_bracket_qualifier_only_when_the_index_knows_the_whole() -> None:
    rows = [row(1, "Germany", 51.0, 9.0, "DE", None, 83_000_000, "country"),
            row(2, "Musterstadt (Fluss)", 52.0, 10.0, "DE", "Niedersachsen", 5_000),
            row(3, "Musterstadt", 48.0, 8.0, "DE", "Bayern", 90_000)]
    geo = Geocoder(MemoryGazetteer.from_rows(rows))
    got = _places(geo, "Residents gathered in Musterstadt (Fluss) on Saturday.")
    assert got["Musterstadt (Fluss)"][1] == 52.0
    got = _places(geo, "Residents gathered in Musterstadt (Germany) on Saturday.")
    assert got["Musterstadt"][1] == 48.0
