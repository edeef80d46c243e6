"""Which place an incident is coded to (extract/coding.py, geo/eventloc.py): a town inside an organisation's name
glossed by its acronym is not where the event happened; "the University of X (Y)" is in the town X, not the province
Y; districts listed side by side before one plural unit word are two districts, not a town inside a district.
Every text was written for this test (synthetic)."""

from __future__ import annotations

import pytest

from eventcoder.api import extract_text

pytestmark = pytest.mark.slow

PUBLISHED = "2024-04-05"


def _places(text: str) -> list[str | None]:
    return [e.location for e in extract_text(text, published=PUBLISHED).events]


def test_a_town_inside_an_acronym_glossed_name_is_no_event_place() -> None:
    text = ("On 2 April 2024, hundreds of members of the Syndicat des cheminots de Bordeaux (SCB) rallied in Lyon "
            "against pension cuts.")
    assert _places(text) == ["Lyon"]


def test_a_town_after_of_in_an_institution_is_not_dropped_for_its_province() -> None:
    text = ("On 2 April 2024, about 60 students marched through the Western University of Kalamazoo (Michigan) "
            "to demand lower fees.")
    assert _places(text) == ["Kalamazoo"]


def test_districts_listed_before_a_plural_unit_word_are_each_an_event_place() -> None:
    text = "On 2 April 2024, coalition aircraft carried out air raids on Al Jubah and Harib districts (Marib)."
    got = _places(text)
    assert "Al Jubah" in got and len(got) == 2, got


def test_an_incident_placed_only_in_a_country_is_the_country_at_its_capitals_point() -> None:
    text = "On 2 April 2024, about 300 truckers protested in Belgium against fuel taxes, blocking roads for hours."
    events = extract_text(text, published=PUBLISHED).events
    got = [(e.location, e.country, e.admin1, e.geo_precision) for e in events]
    # the capital lends only its point: the record does not claim the protest was in Brussels
    assert got == [("Belgium", "Belgium", None, 3)], got
    assert events[0].latitude is not None and abs(events[0].latitude - 50.85) < 0.2
    assert "Brussels" not in (events[0].notes or "") and "Belgium, Belgium" not in (events[0].notes or "")


def test_a_country_other_than_the_reports_gets_no_capital() -> None:
    text = ("On 2 April 2024, farmers protested in Lyon, Grenoble and Annecy against fuel prices. On the same day, "
            "in Belgium, truckers "
            "blocked roads to protest fuel taxes.")
    got = [(e.location, e.latitude) for e in extract_text(text, published=PUBLISHED).events]
    assert not any(loc == "Belgium" and lat is not None for loc, lat in got), got


def test_a_country_named_as_the_topic_of_a_protest_is_not_its_place() -> None:
    text = "On 2 April 2024, students staged a sit-in at their school in Lyon against the war in Ukraine."
    got = [(e.location, e.country) for e in extract_text(text, published=PUBLISHED).events]
    assert got == [("Lyon", "France")], got


def test_a_town_after_a_direction_and_of_is_the_event_place_not_a_container() -> None:
    text = ("On 2 April 2024, gunmen ambushed the convoy of the Abyan security commander in the east of Lawdar "
            "district (Abyan), wounding three guards.")
    assert _places(text) == ["Lawdar"]


def test_the_province_in_brackets_after_an_origin_is_no_event_place() -> None:
    text = ("On 9 June 2024, pensioners marched from Venafro (Isernia, Molise) to "
            "Agnone (Isernia, Molise) to protest the closing of the hospital.")
    assert _places(text) == ["Agnone"]


def test_a_town_in_brackets_after_a_provincial_office_is_the_place() -> None:
    text = "On 5 May 2024, fishermen held a sit-in outside the Gyeongnam Provincial Office (Changwon) over quotas."
    assert _places(text) == ["Changwon"]


def test_a_country_in_a_clause_of_another_act_is_not_the_incidents_country() -> None:
    text = ("On 2 April 2024, an airliner crashed near Tehran hours after Iran fired missiles at bases in Iraq, "
            "killing all 50 people on board.")
    got = [e.country for e in extract_text(text, published=PUBLISHED).events]
    assert "Iraq" not in got, got


def test_parts_of_a_counted_interception_told_one_by_one_are_events_of_their_own() -> None:
    # synthetic: two drones downed, the first near one town and the second over another (ACLED: one event per place)
    text = ("Saudi air defences shot down two drones launched by the Houthis on Wednesday, the coalition said.\n\n"
            "The first drone was heading for the airport in Najran, while the second was intercepted over Khamis "
            "Mushait.")
    got = sorted((e.sub_event_type, e.location) for e in extract_text(text, published="2022-03-03").events)
    assert got == [("Disrupted weapons use", "Khamis Mushait"), ("Disrupted weapons use", "Najran")]


def test_fighting_told_on_two_days_is_one_event_a_day_with_the_toll_split() -> None:
    # synthetic: ACLED events are atomic by day; a total over two days is split evenly, the first day the extra one
    text = ("Soldiers and militia fighters clashed near Gondar on Tuesday and Wednesday, a doctor said, and the "
            "hospital treated 13 people with gunshot wounds.")
    got = sorted((e.event_date, e.location, e.injuries) for e in extract_text(text, published="2023-08-03").events)
    assert got == [("2023-08-01", "Gonder", 7), ("2023-08-02", "Gonder", 6)]


def test_a_second_day_opening_its_own_clause_is_no_second_day_of_the_event() -> None:
    text = "Militia fighters attacked an army post near Gondar on Tuesday and on Wednesday the army launched air strikes."
    # synthetic: "on Wednesday the army launched ..." is another act, never a second day of the Tuesday attack
    kinds = [(e.sub_event_type, e.location) for e in extract_text(text, published="2023-08-03").events]
    assert len(kinds) == len(set(kinds))


@pytest.mark.parametrize("span", ["overnight between Tuesday and Wednesday", "in the night of Tuesday and Wednesday",
                                  "late on Tuesday and early Wednesday"])
def test_two_days_that_bound_one_night_are_one_event(span: str) -> None:
    # synthetic (review rv7): the two days are the ends of one night's fighting, not two days of it
    text = f"Soldiers and militia fighters clashed near Gondar {span}, killing nine people, a doctor said."
    got = [(e.event_date, e.fatalities) for e in extract_text(text, published="2023-08-03").events]
    assert got == [("2023-08-01", 9)]


def test_a_second_day_told_with_another_place_is_no_second_day_of_every_place() -> None:
    # synthetic (review rv7): "in A on Tuesday and on Wednesday in B": never both days at both places
    text = ("Militia fighters killed six villagers in Gondar on Tuesday and on Wednesday in Bahir Dar, officials said.")
    events = extract_text(text, published="2023-08-03").events
    assert len(events) == 2 and len({e.location for e in events}) == 2
