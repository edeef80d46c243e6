"""One real incident, one record on news pages (issue 17, extraction side; docs/extraction.md, "One incident, one
record on news pages"): a report told in parts gives one record, not one per paragraph. A sentence that retells the
earlier incident a recall just named ("That attack ..."), a numbered part of an incident told as several blasts ("a
second blast"), and a road's end or a capital a distance is measured from beside the site told in another sentence add
no record; another incident told at a place or with dead of its own stays apart. Every text was written for this test
(synthetic)."""

from __future__ import annotations

import pytest

from eventcoder.api import extract_text

pytestmark = pytest.mark.slow

PUBLISHED = "2024-05-10"


def _records(text: str) -> list[tuple[str | None, int]]:
    return [(e.location, e.fatalities) for e in extract_text(text, published=PUBLISHED).events]


# --- a recalled incident retold with "that" --------------------------------------------------------------------------

def test_background_distal_retelling_of_a_recalled_incident_is_no_record() -> None:
    # synthetic: the lead's rocket strike, a recall of an earlier rocket attack, then "That rocket attack ..." retelling
    # it (the same kind of weapon as the lead's, so only the pointing word tells which incident it is)
    text = ("Rockets fired by militants hit a market in Kandahar on Wednesday, killing four people, officials said. "
            "The strike came a day after militants fired three rockets at an army base. "
            "That rocket attack hit a fuel depot in Spin Boldak and wounded two soldiers, a spokesman said.")
    assert _records(text) == [("Kandahar", 4)]


def test_background_definite_sentence_with_no_place_after_a_recall_stays_the_leads() -> None:
    # synthetic: "The blast ..." after the recall names no place of its own: it may tell the lead, and is not dropped
    text = ("A car bomb exploded at a market in Kandahar on Wednesday, officials said. "
            "The bombing came two days after militants fired three rockets at an army base. "
            "The blast killed nine people, a hospital official said.")
    assert _records(text) == [("Kandahar", 9)]


def test_background_that_attack_with_no_recall_before_it_stays() -> None:
    # synthetic: with no recall before it, "That attack" points at the report's own incident
    text = ("Militants fired three rockets at a market in Kandahar on Wednesday, killing five people, officials said. "
            "That rocket attack also wounded 20 others, a doctor said.")
    recs = _records(text)
    assert len(recs) == 1 and recs[0][1] == 5


# --- an incident told as several blasts, then numbered ----------------------------------------------------------------

def test_incidents_numbered_blast_of_a_counted_incident_is_its_part() -> None:
    # synthetic: "two explosions" in the lead, "a second blast" in the claim that tells the parts
    text = ("Two explosions in Kabul on Monday morning left at least 20 people dead, officials said. "
            "The group said in a statement that its first bomber had hit the gate of a ministry in Kabul, with a "
            "second blast targeting the crowd that gathered at the scene.")
    assert _records(text) == [("Kabul", 20)]


@pytest.mark.parametrize("text", [
    # synthetic: a second attack at a town of its own is another incident
    "Two explosions in Kabul on Monday morning left at least 20 people dead, officials said. A second attack killed "
    "six policemen in Jalalabad later that day, police said.",
    # synthetic: "another" with no counted acts before it stays an incident of its own
    "A suicide bomber killed eight worshippers at a mosque in Kabul on Friday, police said. Another blast killed "
    "five people at a checkpoint in Jalalabad, officials said.",
])
def test_incidents_numbered_attack_with_a_place_or_toll_of_its_own_stays_apart(text: str) -> None:
    assert len(_records(text)) == 2


# --- the places that only locate the site ----------------------------------------------------------------------------

def test_sites_capital_told_as_distance_and_road_end_is_no_second_record() -> None:
    # synthetic: the capital is a direction's reference in the lead and a road's end in the next sentence; the site
    # is the town the blast was near
    text = ("A roadside bomb struck a bus on Wednesday south-west of the capital Mogadishu, killing three passengers, "
            "officials said. The blast happened on the main road linking Mogadishu to the southern regions, near "
            "Afgoye, a police officer said.")
    assert _records(text) == [("Afgooye", 3)]


def test_sites_road_end_after_a_described_town_is_no_second_record() -> None:
    # synthetic: "a road between the port city and the southern city of X": X is the road's other end
    text = ("An air strike hit a minibus in Hodeidah on Tuesday, killing seven people fleeing the fighting, "
            "residents said. The attack took place on a road between the port city and the southern city of Taiz.")
    recs = _records(text)
    assert len(recs) == 1 and recs[0][1] == 7 and recs[0][0] != "Taiz"


def test_sites_road_end_alone_stays_the_place() -> None:
    # synthetic: with no site of its own, the road's end is kept (the event is on that road)
    text = "An air strike hit a minibus on Tuesday on a road between the port city and the town of Taiz, killing six."
    recs = _records(text)
    assert len(recs) == 1 and recs[0][1] == 6 and recs[0][0] is not None


# --- the attacked side fighting back ---------------------------------------------------------------------------------

def test_incidents_side_that_fights_back_with_a_toll_is_the_same_fight() -> None:
    # synthetic: the escort's reply, with the attackers' dead, on the ambush's day and at no place of its own
    text = ("Jihadists ambushed a convoy carrying civilians near the northern town of Djibo on Monday, killing 35 "
            "people, the government said. The attackers blew up a vehicle before opening fire on the convoy, which "
            "was escorted by soldiers. Soldiers fought back and killed several of the assailants, the army said.")
    recs = _records(text)
    assert len(recs) == 1 and recs[0][0] == "Djibo" and recs[0][1] >= 35


def test_incidents_counter_attack_at_a_place_of_its_own_stays_apart() -> None:
    # synthetic: a reply told at a town of its own is another event (ACLED: one event per place)
    text = ("Jihadists ambushed a convoy near the northern town of Djibo on Monday, killing 35 civilians, the "
            "government said. Soldiers fought back in Arbinda and killed 12 of the assailants, the army said.")
    assert len(_records(text)) == 2


# --- a journey's end lends no place --------------------------------------------------------------------------------

def test_coding_journey_end_is_not_lent_to_an_unplaced_incident() -> None:
    # synthetic: the capital is only where the victims were heading; the fight told after it (no place of its own)
    # is not placed there
    text = ("Gunmen attacked a bus near Djibo on Monday, killing 11 passengers, officials said. Most of the victims "
            "were traders heading to the capital Ouagadougou. On Wednesday, soldiers clashed with the gunmen and "
            "killed four of them, the army said.")
    assert "Ouagadougou" not in [loc for loc, _ in _records(text)]


# --- a shooting report told in parts: the arrest, the later toll, the other gunman ---------------------------------

_SHOOTING = ("A gunman opened fire at a crowded supermarket in El Paso, Texas, on Saturday, killing 20 people and "
             "wounding 26 others, police said. ")


def _coded(text: str) -> list[tuple[str | None, int, str | None, str]]:
    return [(e.location, e.fatalities, e.event_date, e.event_type)
            for e in extract_text(text, published=PUBLISHED).events]


def test_tolls_part_told_after_a_raised_toll_is_not_a_second_total() -> None:
    # synthetic: "rose to 22 ... after two more died": the two are inside the 22
    recs = _coded(_SHOOTING + "The death toll rose to 22 on Monday after two more victims died in hospital.")
    assert [(loc, killed) for loc, killed, _, _ in recs] == [("El Paso", 22)]


def test_incidents_suspect_from_another_town_arrested_at_the_scene_is_the_incidents_outcome() -> None:
    # synthetic: the suspect's home town is no place of the arrest's own
    recs = _coded(_SHOOTING + "The suspect, a 21-year-old man from the Dallas area, surrendered to officers outside "
                              "the store and was taken into custody, the police chief said.")
    assert [(loc, killed) for loc, killed, _, _ in recs] == [("El Paso", 20)]


def test_incidents_another_gunman_elsewhere_hours_after_is_an_incident_of_its_own() -> None:
    # synthetic: "Hours after the X attack" recalls the lead; "another gunman" at a town of its own is another
    # incident, with its own toll and the lead's day (not the day the lead's toll was raised)
    recs = _coded(_SHOOTING + "The death toll rose to 22 on Monday. Hours after the El Paso attack, another gunman "
                              "killed nine people in Dayton, Ohio.")
    assert sorted((loc, killed, day) for loc, killed, day, _ in recs) == [
        ("Dayton", 9, "2024-05-04"), ("El Paso", 22, "2024-05-04")]


def test_dates_day_a_toll_was_raised_is_no_event_day() -> None:
    # synthetic: the lead's day is Saturday; Monday is when the count rose
    recs = _coded(_SHOOTING + "On Monday, the death toll rose to 22.")
    assert [(day, killed) for _, killed, day, _ in recs] == [("2024-05-04", 22)]


# --- a crowd that turns violent, told by its number ------------------------------------------------------------------

def test_incidents_part_of_the_crowd_told_by_its_number_riots_in_the_same_event() -> None:
    # synthetic: "Hundreds then ..." is a part of the crowd gathered before, at its place and day: one event
    text = ("Thousands of protesters gathered outside the parliament building in Nairobi on Tuesday to oppose new "
            "taxes. Hundreds then pushed past police barricades, smashed windows and entered the building.")
    recs = _coded(text)
    assert len(recs) == 1 and recs[0][0] == "Nairobi"


def test_incidents_crowd_elsewhere_told_by_its_number_stays_apart() -> None:
    # synthetic: a riot at a city of its own is another event (ACLED: one event per place)
    text = ("Thousands of protesters gathered outside the parliament building in Nairobi on Tuesday to oppose new "
            "taxes. Hundreds then smashed shop windows and set cars on fire in Mombasa.")
    assert len(_coded(text)) == 2


# --- deaths the event did not cause ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("tail", "killed"), [
    # synthetic: deaths of illness during the event are no fatalities of it (ACLED counts the deaths it caused)
    ("A woman was shot dead by police inside the building, and three other people died of medical emergencies.", 1),
    ("A woman was shot dead by police inside the building, and two others died from heart attacks.", 1),
    # synthetic: deaths of wounds stay
    ("A woman was shot dead by police inside the building, and three other people died of their wounds.", 4),
])
def test_counts_deaths_of_illness_are_not_the_events(tail: str, killed: int) -> None:
    text = ("Thousands of protesters gathered outside the parliament building in Nairobi on Tuesday. Hundreds then "
            "pushed past police barricades and entered the building. " + tail)
    assert sum(k for _, k, _, _ in _coded(text)) == killed


# --- the toll paragraph that breaks down the total -------------------------------------------------------------------

@pytest.mark.parametrize(("second", "killed"), [
    # synthetic: "the dead included ..., while five of the gunmen ..." breaks the ten down: not five more
    ("The police commissioner said the dead included five residents, while five of the gunmen were killed in a "
     "cross fire with security agents.", 10),
    # synthetic: attackers killed after the attack, told as such, are new dead of the event (ACLED counts them)
    ("Troops pursued the gunmen and killed four of them.", 14),
])
def test_tolls_breakdown_of_the_total_adds_no_attackers(second: str, killed: int) -> None:
    text = ("On Saturday gunmen invaded a farming village in the Bassa Local Government Area, Kogi State, killing 10 "
            "people, police said. " + second)
    recs = _coded(text)
    assert len(recs) == 1 and recs[0][1] == killed
