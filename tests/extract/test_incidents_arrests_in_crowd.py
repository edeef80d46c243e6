"""Arrests told in a crowd story (incidents.py, coding.py): the crowd's people arrested on its day, even at a part of
its town, fold into the crowd event (a protest becomes Protest with intervention, a riot keeps its type) and the
number arrested goes into its notes; a named political figure's arrest, an arrest in another town, stay events of
their own (ACLED codebook: arrests at a protest are its intervention; an Arrests event is the judicial arrest of a
person). Every text here is invented for these tests (synthetic)."""

from __future__ import annotations

from eventcoder.api import extract_text


def _events(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.sub_event_type, e.location) for e in extract_text(text, published="2024-05-10").events]


def test_incidents_crowd_arrested_in_a_part_of_its_town_is_one_event() -> None:
    # synthetic: the arrests are told at a neighbourhood of the protest's city
    evs = extract_text("Hundreds of opposition supporters protested in Lahore on Friday against fuel prices.\n\n"
                       "Police arrested 45 party workers in the Model Town area.", published="2024-05-10").events
    assert [(e.sub_event_type, e.location) for e in evs] == [("Protest with intervention", "Lahore")]
    assert evs[0].notes is not None and evs[0].notes.endswith(" 45 arrested.")


def test_incidents_riot_arrests_keep_the_riot_and_its_count() -> None:
    # synthetic: a riot, then its people arrested the same day
    evs = extract_text("Youths rioted in Kano on Friday, burning tyres and attacking shops. Police arrested 20 "
                       "rioters.", published="2024-05-10").events
    assert [e.sub_event_type for e in evs] == ["Mob violence"] or [e.sub_event_type for e in evs] == [
        "Violent demonstration"]
    assert evs[0].notes is not None and evs[0].notes.endswith(" 20 arrested.")


def test_incidents_protest_with_no_number_arrested_has_no_arrest_note() -> None:
    # synthetic negative: no count, no note
    evs = extract_text("Thousands rallied in Tbilisi on Sunday against a draft law. Police arrested some of them.",
                       published="2024-05-10").events
    assert all("arrested." not in (e.notes or "") for e in evs)


def test_incidents_named_politician_arrested_beside_a_protest_is_its_own_event() -> None:
    # synthetic: a protest, then the arrest of an opposition leader named in full
    assert sorted(_events("Supporters of the opposition protested in Kampala on Monday. Police arrested opposition "
                          "leader Okello Mubiru on Monday.")) == [("Arrests", "Kampala"), ("Peaceful protest", "Kampala")]


def test_incidents_named_politician_arrested_first_then_protest_stays_two() -> None:
    # synthetic: the arrest told first, then the crowd it drew
    assert sorted(_events("Police arrested former prime minister Ali Baran in Ankara on Tuesday. Hundreds of his "
                          "supporters protested outside the courthouse in Ankara on Tuesday.")) == [
        ("Arrests", "Ankara"), ("Peaceful protest", "Ankara")]


def test_incidents_protest_leader_arrested_with_the_crowd_is_its_intervention() -> None:
    # synthetic negative: a protest leader and others of the crowd arrested are its intervention, one event
    assert _events("Protesters gathered outside the governor's office in Port Harcourt on Monday. Police arrested "
                   "the protest leader, Emeka Obi, and two others.") == [("Protest with intervention", "Port Harcourt")]


def test_incidents_crowd_and_a_politician_arrested_together_is_one_event() -> None:
    # synthetic negative: the crowd's people arrested with a politician in one breath: the intervention
    assert _events("Hundreds protested in Kampala on Monday. Police arrested 30 protesters and opposition MP Zaake "
                   "Okoth.") == [("Protest with intervention", "Kampala")]


def test_incidents_arrests_in_another_town_stay_apart() -> None:
    # synthetic negative: another city's arrests are that city's event (one event per location)
    evs = _events("Thousands of people demonstrated across Spain on Sunday against housing costs, with the largest "
                  "march in Madrid.\n\nIn Barcelona, police detained 12 demonstrators who tried to block a railway "
                  "line.")
    assert ("Peaceful protest", "Madrid") in evs and len(evs) == 2


def test_incidents_crowd_at_a_district_and_its_city_is_one_event_at_the_district() -> None:
    # synthetic: one protest told at a district with its city after it
    assert _events("Nurses protested outside a hospital in Fatih, Istanbul on Monday over unpaid wages.") == [
        ("Peaceful protest", "Fatih")]


def test_incidents_crowds_in_two_cities_stay_two_events() -> None:
    # synthetic negatives: two cities far apart, and two districts of one city (a third place), stay apart
    assert len(_events("Nurses protested in Ankara and Izmir on Monday over unpaid wages.")) == 2
    assert sorted(_events("Farmers marched in Fatih and in Kadikoy, Istanbul on Monday.")) == [
        ("Peaceful protest", "Fatih"), ("Peaceful protest", "Kadikoy")]


def test_incidents_students_arrested_at_a_riot_fold_into_it() -> None:
    # synthetic: the riot's own people arrested, told by who they are rather than as "rioters"
    evs = extract_text("On Monday, 40 students barricaded a road with burning tyres in Durban over fees and threw "
                       "stones at passing cars. Police officers arrested three students for public violence.",
                       published="2024-05-10").events
    assert len(evs) == 1 and evs[0].event_type == "Riots"
    assert evs[0].notes is not None and evs[0].notes.endswith(" 3 arrested.")


def test_incidents_mob_victim_arrested_folds_into_the_mob_violence() -> None:
    # synthetic: a mob kicked a suspected thief; the police came and arrested him
    evs = extract_text("On Monday, in Puebla, a mob of angry residents grabbed a suspected thief and kicked him. "
                       "Police officers arrived and arrested the man.", published="2024-05-10").events
    assert [(e.sub_event_type, e.actor2) for e in evs] == [("Mob violence", "Civilians (Mexico)")]  # not the police


def test_incidents_press_arrested_beside_a_riot_stay_apart() -> None:
    # synthetic negative: the press or a union leader arrested the riot's day are not its crowd
    evs = extract_text("Youths rioted in Kano on Tuesday, burning tyres. Police also arrested a union leader in Kano "
                       "for his speech.", published="2024-05-10").events
    assert {e.sub_event_type for e in evs} >= {"Arrests"}


def test_incidents_arrests_after_rioting_over_several_days_belong_to_no_day() -> None:
    # synthetic negative: rioting told as one span of days, then arrests with no day of their own: no riot day takes
    # them (ACLED codes one event per day), as for suspects arrested after fighting over several days
    evs = extract_text("Youths rioted in Kano from Friday to Sunday, burning tyres and looting shops, police said on "
                       "Monday. The police said 17 suspects had been arrested.", published="2024-05-13").events
    riots = [e for e in evs if e.event_type == "Riots"]
    assert riots and all("arrested." not in (e.notes or "") for e in riots)
