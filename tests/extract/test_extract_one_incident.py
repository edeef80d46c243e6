"""One incident, one record; counts of one incident (issue 17, extraction side). Synthetic texts written for these
tests: a siege ended by a storming the next morning in a district of the same town, cumulative munition tallies in
the perfect tense, one body found with the marks of a killing, the dead of two sides, an anniversary."""

from __future__ import annotations

import pytest

from eventcoder.api import extract_text
from eventcoder.extract.lexicon import find_counts
from eventcoder.model import EventRecord


def events(text: str, published: str | None = "2024-05-06") -> list[EventRecord]:
    return extract_text(text, published=published).events


def killed(text: str) -> list[int]:
    return [c.value for c in find_counts(text, 0, len(text)) if c.role == "killed" and c.counted]


def test_storming_the_next_morning_in_a_district_of_the_town_ends_the_siege() -> None:
    # synthetic: a hostage-taking on Friday night, ended by security forces in a district of the town on Saturday
    evs = events(
        "Armed men stormed a hotel in the Niger city of Maradi on Friday night and took about 30 guests hostage, "
        "police said.\n\n"
        "Security forces stormed the hotel in Maradi's Zaria district Saturday morning, freeing 12 hostages. Five "
        "attackers were killed in the operation.")
    assert len(evs) == 1
    assert evs[0].location == "Maradi"
    assert evs[0].actor1 is not None and "Military" not in evs[0].actor1  # the storming side is not the perpetrator


def test_storming_without_a_siege_is_not_pulled_into_another_incident() -> None:
    # synthetic: police raids in a town two days after a bombing elsewhere stay their own event
    evs = events(
        "A bomb exploded at a market in Gao on Monday, killing four traders, officials said.\n\n"
        "On Wednesday, police raided a house in Timbuktu and arrested three suspects.")
    assert len(evs) == 2


def test_running_tally_of_rockets_in_the_perfect_tense_is_no_event() -> None:
    # synthetic: the day's rocket fire is the event; the war's tally of rockets is context
    evs = events(
        "Militants fired rockets at the town of Sderot on Tuesday, wounding three people, police said.\n\n"
        "The mayor said residents were afraid. According to the army, more than 3,000 missiles have been fired toward Israel "
        "from the strip since the fighting started, some landing in Gaza itself.")
    assert len(evs) == 1
    assert evs[0].injuries == 3


def test_running_tally_alone_after_a_lead_of_another_kind_adds_no_shelling() -> None:
    # synthetic: a ceasefire report; the tally of rockets fired over the war is no shelling event
    evs = events(
        "A ceasefire between the two sides took effect in Gaza on Friday, officials said.\n\n"
        "Mediators said talks would go on. The army said more than 4,000 rockets have been fired at the country, "
        "most of them intercepted.")
    assert all(e.event_type != "Explosions/Remote violence" for e in evs)


def test_lead_rockets_fired_today_in_the_perfect_tense_is_still_the_event() -> None:
    # synthetic: a lead in the perfect tense is the news itself
    evs = events("Militants have fired 20 rockets at the town of Sderot, wounding two people, police said.")
    assert [e.sub_event_type for e in evs] == ["Shelling/artillery/missile attack"]


def test_one_body_found_with_the_marks_of_a_killing_is_one_killed() -> None:
    # synthetic: the body of one person found stabbed, shot or with bullet wounds
    assert killed("The body of a journalist who had been stabbed was found on Monday near Kumasi, police said.") == [1]
    assert killed("The body of a farmer was found in a ditch with gunshot wounds on Monday, police said.") == [1]
    assert killed("The beheaded body of a trader was discovered on a road near Gao.") == [1]


def test_a_body_of_water_is_no_one_killed() -> None:
    # synthetic: "body" that is no corpse
    assert killed("The body of water was found to be polluted after it was shot through with waste.") == []


def test_one_body_found_report_gives_one_fatality() -> None:
    evs = events("The body of a journalist who had been stabbed was found on Monday near Kumasi, police said.")
    assert [e.fatalities for e in evs] == [1]


def test_the_dead_of_two_sides_add_up() -> None:
    # synthetic: parts of different sides, the role word told once
    assert sorted(killed("There were two dead on the army's side and five on the attackers' side.")) == [2, 5]
    evs = events("Militants attacked an army post near Menaka on Sunday, the army said. There were two dead on the "
                 "army's side and five on the attackers' side.")
    assert [e.fatalities for e in evs] == [7]


def test_a_total_and_its_parts_of_two_sides_never_double_count() -> None:
    # synthetic: the total told first, then its parts per side
    evs = events("Seven people were killed when militants attacked an army post near Menaka on Sunday, the army "
                 "said. There were two dead on the army's side and five on the attackers' side.")
    assert [e.fatalities for e in evs] == [7]


def test_restated_tolls_of_one_attack_are_never_summed() -> None:
    # synthetic: one source gives 3 killed and 2 more later, another 4: never 9 (a restatement is not an addition)
    evs = events("Gunmen attacked the village of Kurya in Zamfara state on Sunday, killing three people, and two more "
                 "died later in hospital, police said. A local official said four people were killed in the attack.")
    assert len(evs) == 1
    assert evs[0].fatalities in (4, 5)


def test_commemoration_of_a_years_old_attack_is_no_new_event() -> None:
    # synthetic: the anniversary is background
    evs = events("Kenyans on Thursday commemorated the tenth anniversary of the attack on a mall in Nairobi, in "
                 "which gunmen killed 67 people. Relatives laid wreaths at the site.")
    assert all(e.event_type not in ("Violence against civilians", "Explosions/Remote violence", "Battles")
               for e in evs)
    assert sum(e.fatalities for e in evs) == 0


def test_an_attack_on_an_anniversary_is_still_the_days_event() -> None:
    # synthetic: gunmen strike on the anniversary of an older attack: the new attack is the event
    evs = events("Gunmen killed four villagers in an attack on the village of Kurya in Zamfara on Sunday, police "
                 "said.\n\nThe attack came on the anniversary of a massacre in the same district in 2019.")
    assert [(e.event_type, e.fatalities) for e in evs] == [("Violence against civilians", 4)]


def test_a_retrospective_of_a_years_old_attack_gives_no_new_event() -> None:
    # synthetic: the lead dates the attack years before the report; the story then retells it with no day of its own
    evs = events(
        "On March 3, 2019, the attack on a hotel in Maradi left 14 people dead.\n\n"
        "The hostage crisis ended after nine hours in a commando operation.\n\n"
        "The gunmen opened fire on the guests and threw grenades at the police. At least 20 policemen were injured.",
        published="2023-03-03")
    assert evs == []


def test_a_report_of_its_own_day_after_a_dated_history_lead_keeps_its_event() -> None:
    # synthetic: history first, then the report's own incident with its own day
    evs = events(
        "On March 3, 2019, the attack on a hotel in Maradi left 14 people dead.\n\n"
        "On Sunday, gunmen opened fire on guests at another hotel in Maradi, killing two, police said.",
        published="2023-03-06")
    assert [(e.location, e.fatalities) for e in evs] == [("Maradi", 2)]


def test_a_lead_dated_without_its_year_is_no_retrospective() -> None:
    # synthetic: an undated report whose lead gives a weekday and a month: the report's own incident
    evs = events(
        "Bandits on motorbikes on Friday, August 9 killed at least 22 herders at two camps of Sokoto "
        "state.\n\nThe bandits rode into the camps in Isa local government area and shot at the herders and their cattle.",
        published=None)
    assert [e.fatalities for e in evs] == [22]


def test_the_day_of_a_month_is_no_count() -> None:
    # synthetic: "August 9 killed" is a date before its verb
    assert killed("Bandits on Friday, August 9 killed at least 22 herders at two camps.") == [22]
    assert killed("Attackers on Sept. 3 killed 12 villagers.") == [12]


def test_suspects_arrested_after_an_attack_are_its_outcome() -> None:
    # synthetic: an arrest of the suspects, no place or day of its own, is no second event
    evs = events("On Thursday, gunmen attacked a mosque in Kishoreganj, killing four people, police said.\n\n"
                 "Two suspects were arrested, a local newspaper reported.")
    assert [(e.event_type, e.fatalities) for e in evs] == [("Violence against civilians", 4)] or [
        e.event_type for e in evs] == ["Battles"]


def test_an_arrest_elsewhere_on_another_day_stays_its_own_event() -> None:
    # synthetic: arrests at a place of its own and another day are an event of their own
    evs = events("On Thursday, gunmen attacked a mosque in Kishoreganj, killing four people, police said.\n\n"
                 "On Saturday, police arrested two suspects in Chittagong.")
    assert len(evs) == 2


def test_a_party_blamed_for_the_killing_is_no_second_incident() -> None:
    # synthetic: one side blames the other for the same strike, at its place and day
    evs = events("Warplanes struck a busy market in Hodeidah on Thursday, killing at least 30 civilians, the health "
                 "ministry said, blaming the coalition.\n\n"
                 "\"The rebels are behind the killing of civilians in Hodeidah on Thursday,\" a coalition spokesman "
                 "said.")
    assert len(evs) == 1
    assert evs[0].fatalities == 30


def test_a_car_set_on_fire_in_a_riot_is_the_riots_violence() -> None:
    # synthetic: the rioters' damage told in a sentence of its own, no place or day of its own
    evs = events("Rioters threw bricks at police outside a mosque in Hartlepool on Tuesday night, injuring 12 "
                 "officers.\n\nPeople in masks climbed on walls and set a police van on fire.")
    assert [e.event_type for e in evs] == ["Riots"]


def test_property_destroyed_elsewhere_another_day_stays_its_own() -> None:
    # synthetic: arson in another town two days later is not the riot
    evs = events("Rioters threw bricks at police outside a mosque in Hartlepool on Tuesday night, injuring 12 "
                 "officers.\n\nOn Thursday, unknown people set fire to a community centre in Sunderland.")
    assert len(evs) == 2


def test_a_march_marking_an_anniversary_is_a_protest_of_its_day() -> None:
    # synthetic: the anniversary is the march's cause; the old attack adds no violent event
    evs = events("Hundreds of relatives marched through Nairobi on Thursday to demand justice on the tenth "
                 "anniversary of the attack on a mall in which gunmen killed 67 people.")
    assert [e.event_type for e in evs] == ["Protests"]
    assert evs[0].fatalities == 0


def test_attackers_named_after_a_lead_that_names_none_tell_the_same_incident() -> None:
    # synthetic: the lead tells the blast and its toll with no perpetrator; the next sentence names the attackers
    # and adds no place or day of its own: one incident, however early in the report it comes
    evs = events(
        "Three people were killed and nine wounded on Sunday after a bomb blast near a crowded market in the town "
        "of Kousseri, police said.\n\n"
        "Six to seven assailants attacked the shoppers with machetes and guns.\n\n"
        "Two of the wounded were in a critical condition.")
    assert len(evs) == 1
    assert evs[0].fatalities == 3


def test_a_march_on_the_next_day_told_as_that_days_news_stays_its_own_event() -> None:
    # synthetic: a protest broken up on Thursday; the report then opens a paragraph with Friday's march
    evs = events(
        "Police fired tear gas to disperse a protest outside the parliament in Yerevan on Thursday and detained 15 "
        "people, the interior ministry said.\n\n"
        "Thousands of demonstrators had gathered to oppose a new media law.\n\n"
        "On Friday evening, tens of thousands of people marched peacefully through the city centre.")
    assert sorted((e.sub_event_type, e.event_date) for e in evs) == [
        ("Peaceful protest", "2024-05-03"), ("Protest with intervention", "2024-05-02")]


def test_a_day_told_inside_a_protest_sentence_is_its_history_not_another_event() -> None:
    # synthetic: the sit-in "began on" an earlier day: its history, not a second protest
    evs = events(
        "On Sunday, about 300 farmers protested outside the agriculture ministry in Tirana, demanding lower fuel "
        "prices.\n\n"
        "The farmers resumed a sit-in that began on Wednesday and paused for two days.")
    assert len(evs) == 1


def test_a_place_a_distance_is_measured_from_is_no_second_site() -> None:
    # synthetic: the bombing is in Biu; the capital is named only as the point its distance is measured from
    evs = events(
        "A bomb exploded at a crowded market in Biu on Sunday, killing five people, police said.\n\n"
        "The attack took place about 180 km from the state capital Maiduguri, a police spokesman said.")
    assert [(e.location, e.fatalities) for e in evs] == [("Biu", 5)]


def test_a_distance_from_a_place_alone_keeps_the_place() -> None:
    # synthetic: no other place is named: the event is coded near the reference town
    evs = events("Gunmen attacked a village about 20 km from Maiduguri on Sunday, killing four farmers.")
    assert [e.location for e in evs] == ["Maiduguri"]


def test_looters_ransacking_a_building_in_a_riot_are_the_riots_own_violence() -> None:
    # synthetic: rioters attack embassies in the capital; "looters" in the next sentence are that crowd
    evs = events(
        "In the capital Nairobi, protesters attacked a UN compound and several embassies on Monday, expressing anger "
        "at what they called foreign interference.\n\n"
        "Looters ransacked the embassy of Norway.")
    assert [(e.event_type, e.location) for e in evs] == [("Riots", "Nairobi")]


@pytest.mark.parametrize("cause", [
    "against the dismissal of seven workers in Memphis",
    "in solidarity with the striking dockers in Memphis",
    "following the shooting of a teenager in Memphis",
])
def test_the_place_of_a_protests_cause_is_no_second_protest(cause: str) -> None:
    # synthetic: people gather in one city over something that happened in another
    evs = events(f"On Saturday, about 200 people rallied outside the city hall in Denver {cause}.")
    assert [e.location for e in evs] == ["Denver"]


def test_a_protest_told_only_with_its_causes_place_keeps_it() -> None:
    # synthetic: no place of the gathering is told before its cause: the cause's town stays the place
    evs = events("On Saturday, hundreds of residents protested against the killing of two farmers in Makurdi.")
    assert [e.location for e in evs] == ["Makurdi"]


def test_a_march_that_reaches_a_town_after_its_cause_is_told_is_there() -> None:
    # synthetic: the cause ends where the crowd's own act resumes ("reached X")
    evs = events("On Monday, a convoy of farmers on a march to protest against fuel prices reached Lahore.")
    assert [e.location for e in evs] == ["Lahore"]


def test_a_media_centre_named_after_a_town_names_a_body_not_a_site() -> None:
    # synthetic: "the activist X Media Center" names the body that provided a photo, not where the event was
    from eventcoder.extract.coding import _NAMED_BODY_AFTER

    text = "In this photo provided by the Aleppo Media Center, doctors treat a child."
    assert _NAMED_BODY_AFTER.match(text, text.index("Aleppo") + len("Aleppo"))


@pytest.mark.parametrize("text, where", [
    # synthetic: the victims' home towns, a list after "from", beside the place of the attack
    ("Gunmen killed six farmers from Gwoza and Bama in an attack near Konduga on Sunday, police said.", ["Konduga"]),
    ("Students from Lahore, Multan and Faisalabad were beaten by police during a protest in Islamabad on Monday.",
     ["Islamabad"]),
    # synthetic: a journey's start and end beside the place of the ambush
    ("Suspected militants attacked pilgrims travelling from Jammu to Katra on Sunday in Reasi, killing nine people.",
     ["Riasi"]),
])
def test_places_people_came_from_or_travelled_to_are_no_second_site(text: str, where: list[str]) -> None:
    assert [e.location for e in events(text)] == where


def test_a_journey_alone_keeps_its_places() -> None:
    # synthetic: no other place is named: the bus was attacked somewhere on its way, told by its destination
    evs = events("Gunmen attacked a bus heading to Katra on Sunday, killing four passengers.")
    assert [e.location for e in evs] == ["Katra"]


@pytest.mark.parametrize("text, where", [
    # synthetic: sirens and alerts in other towns are warnings, not strikes
    ("A rocket fired from Gaza struck a house in Ashkelon on Tuesday, wounding two people. "
     "Sirens sounded in Sderot, Netivot and Ofakim.", ["Ashkelon"]),
    ("Militants fired rockets at Kiryat Shmona on Tuesday, wounding three people. "
     "Air raid sirens were heard in Safed and Metula.", ["Qiryat Shmona"]),
    ("Air raid alerts were declared in Kharkiv, Sumy and Poltava on Tuesday after a drone struck a power plant in "
     "Dnipro, killing two.", ["Dnipro"]),
])
def test_places_where_only_a_warning_sounded_are_no_sites(text: str, where: list[str]) -> None:
    assert [e.location for e in events(text)] == where


def test_sirens_alone_are_no_event() -> None:
    # synthetic: a false alarm: nothing was fired, nothing landed
    assert events("Air raid sirens sounded across Kyiv on Tuesday morning; officials later said it was a false "
                  "alarm.") == []


@pytest.mark.parametrize("text, where", [
    # synthetic: the towns a blocked road leads to name the road, not where it was blocked
    ("On Monday, in Tarija, residents blocked the road connecting Yacuiba to Villamontes to demand water.",
     ["Tarija"]),
    # synthetic: the places the protesters came from, listed after "such as"
    ("On Monday, farmers from the northern districts, such as Gulu, Lira and Kitgum, protested outside parliament "
     "in Kampala.", ["Kampala"]),
    # synthetic: the place of the protest's cause, told after "over"
    ("On Monday, students held a protest in Jaipur over the alleged murder of a trader in Indore.", ["Jaipur"]),
])
def test_road_ends_listed_origins_and_causes_are_no_protest_sites(text: str, where: list[str]) -> None:
    assert [e.location for e in events(text)] == where


@pytest.mark.parametrize("text, where", [
    # synthetic: where the protesters live, beside where they protested
    ("On Monday, in Arequipa, residents of the Cerro Colorado district protested against water cuts.", ["Arequipa"]),
    ("On Monday, Tacna residents gathered outside the regional government office in Arequipa to demand water.",
     ["Arequipa"]),
    # synthetic: a riot told after the killing that set it off elsewhere
    ("Riots broke out in Leeds on Tuesday night after two teenagers were stabbed in Bradford, police said.",
     ["Leeds"]),
])
def test_homes_and_a_riots_trigger_elsewhere_are_no_crowd_sites(text: str, where: list[str]) -> None:
    assert [e.location for e in events(text)] == where


def test_sirens_in_a_town_where_a_rocket_landed_keep_the_town() -> None:
    # synthetic: the warning's town is also where the rocket fell
    evs = events("Sirens sounded in Ashdod on Tuesday, where a rocket hit a school, wounding two people.")
    assert [e.location for e in evs] == ["Ashdod"]


def test_attacks_repeated_over_a_month_in_the_perfect_tense_are_history() -> None:
    # synthetic: the lead's strike is the event; the month's repeated rocket fire is its background
    evs = events("A rocket struck a house in Ashkelon on Tuesday, wounding two people.\n\n"
                 "Rockets have been fired at towns in the south multiple times this month.")
    assert [e.location for e in evs] == ["Ashkelon"]
