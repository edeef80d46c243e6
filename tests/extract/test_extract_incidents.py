"""One incident, one event: later paragraphs about the same incident add no event (synthetic texts)."""

from __future__ import annotations

from eventcoder.api import extract_text
from eventcoder.extract.coding import _one_country, _one_per_name
from eventcoder.model import Place


def events(text: str, published: str | None = "2024-05-10"):  # type: ignore[no-untyped-def]
    return extract_text(text, published=published).events


def test_incidents_a_definite_mention_of_the_attack_tells_more_of_it() -> None:
    # synthetic: an air strike, then "the attack" with its toll and a reaction; one event, the air strike
    evs = events(
        "Warplanes struck a market in Kafr Nabl on Thursday, killing nine people, rescuers said.\n\n"
        "The attack also wounded 14 others, a doctor at a nearby clinic said.\n\n"
        "A rights group condemned the attack and called for an inquiry.")
    assert len(evs) == 1
    assert evs[0].sub_event_type == "Air/drone strike"


def test_incidents_a_toll_told_again_is_the_same_incident() -> None:
    # synthetic: the toll restated in past perfect by a police officer, naming soldiers among the dead
    evs = events(
        "Six people were killed when a car bomb exploded outside a district office in Baidoa on Sunday.\n\n"
        "Six people had been killed, including soldiers and civilians, a police officer told reporters.")
    assert len(evs) == 1
    assert evs[0].fatalities == 6


def test_incidents_wounded_told_without_place_or_perpetrator_join_the_protest() -> None:
    # synthetic: a protest the police fired on, then the wounded "by gunfire" (a weapon word of another type)
    evs = events(
        "Police fired tear gas and live rounds at protesters marching on parliament in Nairobi on Tuesday.\n\n"
        "More than 40 people were wounded by gunfire, a paramedic said.")
    assert len(evs) == 1
    assert evs[0].event_type == "Protests"


def test_incidents_a_demonstration_that_turns_violent_is_one_event() -> None:
    # synthetic: the march and the riot of the same crowd, told in two paragraphs without a second place
    evs = events(
        "Thousands of protesters marched through central Lyon on Saturday against the pension reform.\n\n"
        "Later, some protesters smashed shop windows and threw stones at officers.")
    assert len(evs) == 1
    assert evs[0].sub_event_type == "Violent demonstration"


def test_incidents_a_digest_keeps_its_separate_incidents() -> None:
    # synthetic: two places, two perpetrators, two tolls: two events
    evs = events(
        "Gunmen killed five villagers in Kauru on Monday, police said.\n\n"
        "In Maiduguri, a roadside bomb killed three soldiers on Monday, the army said.")
    assert len(evs) == 2


def _place(name: str, code: str, feature: str = "city", start: int = 0) -> Place:
    return Place(surface=name, start=start, end=start + len(name), resolved=True, name=name, country_code=code,
                 feature=feature, geonameid=hash((name, code, feature)) % 10**6)


def test_coding_one_incident_happens_in_one_country() -> None:
    # a homonym abroad (an organisation's or a speaker's word resolved to a town elsewhere) is no second site
    places = [_place("Saada", "YE"), _place("Dayton", "US"), _place("Majz", "YE")]
    assert [p.name for p in _one_country(places, "YE")] == ["Saada", "Majz"]
    assert [p.name for p in _one_country(places, None)] == ["Saada", "Majz"]
    tie = [_place("Zhongxing", "CN"), _place("Taipei", "TW")]
    assert _one_country(tie, None) == tie  # no home country to prefer: nothing is dropped
    assert [p.name for p in _one_country([_place("Kisumu", "KE")], "YE")] == ["Kisumu"]


def test_coding_a_city_and_its_province_of_the_same_name_are_one_place() -> None:
    places = [_place("Kherson", "UA", "admin1"), _place("Kherson", "UA", "city"), _place("Mykolaiv", "UA")]
    assert [(p.name, p.feature) for p in _one_per_name(places)] == [("Kherson", "city"), ("Mykolaiv", "city")]


def test_incidents_an_earlier_incident_recalled_adds_no_event() -> None:
    # synthetic: the report recalls last week's raid on another school
    evs = events(
        "Gunmen abducted dozens of pupils from a boarding school in Kankara on Friday, police said.\n\n"
        "The abduction comes a week after gunmen struck a college in Kagara, abducting 27 students.")
    assert [e.location for e in evs] == ["Kankara"]


def test_incidents_a_condemnation_from_abroad_adds_no_event() -> None:
    # synthetic: a reaction from a foreign capital to the attack told before
    evs = events(
        "A chemical attack on the town of Saraqib killed 20 civilians on Tuesday, rescuers said.\n\n"
        "The government in Paris condemned what it called a barbaric attack by government forces.")
    assert len(evs) == 1


def test_incidents_houses_burned_in_a_deadly_raid_are_part_of_the_attack() -> None:
    # synthetic: gunmen kill villagers and burn houses; one attack, not looting/property destruction
    evs = events(
        "Gunmen on motorcycles killed 12 villagers in a raid on Dansadau on Tuesday, police said.\n\n"
        "The attackers burned several houses before leaving.")
    assert [e.sub_event_type for e in evs] == ["Attack"]


# Synthetic: a riot the rally marks or opposes is its topic; a protest that itself turns into a riot stays violent.
_RALLY = ("On 6 March 2023, about 50 people gathered in front of the city hall in Denver (Colorado) to support "
          "voting rights. ")


def test_riot_named_as_the_rallys_topic_does_not_make_it_violent() -> None:
    for tail in ("Speakers marked a year since the courthouse riot of March 6 in the same city.",
                 "They rallied against the 2021 Capitol Riot and in support of voting rights."):
        doc = extract_text(_RALLY + tail)
        assert [e.sub_event_type for e in doc.events] == ["Peaceful protest"], tail


def test_protest_that_turns_into_a_riot_stays_violent() -> None:
    doc = extract_text(_RALLY + "Later the protest turned into a riot against the new tax, and police fired tear gas.")
    assert [e.sub_event_type for e in doc.events] == ["Violent demonstration"]


def test_incidents_an_attacker_read_as_target_does_not_make_a_battle() -> None:
    # synthetic: gunmen attack a school; "the gunmen started shooting" reads the gunmen as a target, which must not
    # turn the raid on pupils into a battle (the type follows the real target)
    evs = events(
        "Armed men attacked a secondary school in Bakura on Tuesday.\n\n"
        "The raid began at about 1 am with the gunmen shooting sporadically, and one pupil was killed.\n\n"
        "Several teachers were also abducted by the gunmen.")
    assert len(evs) == 1
    assert evs[0].event_type == "Violence against civilians"
    assert evs[0].fatalities == 1


def test_incidents_armed_group_marching_into_a_town_is_no_protest() -> None:
    # synthetic: rebels "marched into" a city they fought for; one battle, no peaceful protest
    evs = events(
        "Rebels captured the airport of Bunagana after heavy fighting with the army on Sunday.\n\n"
        "Fighters of the rebel group marched into the town on Monday.")
    assert [e.event_type for e in evs] == ["Battles"]


def test_incidents_the_target_named_again_as_agent_is_no_second_perpetrator() -> None:
    # synthetic: the army's barracks are the target; a later sentence names the army where an agent is read
    evs = events(
        "A blast hit the base of the Colombian Army's 3rd Division in Popayan on Tuesday.\n\n"
        "Nobody has said who planted the device.\n\n"
        "A motorbike packed with explosives went off by the gate of the base of the 3rd Division of the "
        "Colombian Army, in Popayan.")
    assert [(e.sub_event_type, e.actor2) for e in evs] == [
        ("Remote explosive/landmine/IED", "Military Forces of Colombia (2022-)")]


def test_incidents_a_source_who_tells_the_attack_is_no_second_perpetrator() -> None:
    # synthetic: "the government says ... killed by gunmen": one perpetrator and its source, not a summary of two
    evs = events(
        "Mali's government says gunmen shot dead at least 40 farmers when they raided a hamlet of central "
        "Mali.\n\n"
        "According to a minister, the raid happened on Sunday evening at Sofara, in the Mopti "
        "region, and the gunmen set huts alight.")
    assert len(evs) == 1
    assert evs[0].fatalities == 40
    assert evs[0].event_date == "2024-05-05"


def test_incidents_a_siege_told_over_its_stages_naming_its_hostages_again_is_one_incident() -> None:
    # synthetic: the hostages the gunmen took are named again ("the hostages") in sentences with no actor, place,
    # day or toll of their own: more of the siege, not an abduction of its own
    evs = extract_text(
        "Gunmen seized a hotel in Garissa overnight, killing 9 hostages and two policemen in a standoff that "
        "ended on Sunday morning, police said.\n\n"
        "All the hostages killed were aid workers, the police said.\n\n"
        "The remaining hostages were freed after the standoff ended.", published="2024-05-12").events
    assert len(evs) == 1
    assert evs[0].fatalities == 11


def test_incidents_people_named_again_by_the_actors_of_a_new_act_keep_their_own_incident() -> None:
    # synthetic: a sentence where someone acts ("Relatives of the man ... attacked the police post") is no mere
    # mention of the victims again: the riot stays the riot
    evs = extract_text(
        "On 3 May 2024, in Kisumu, riots broke out when police arrested a man in the market. Relatives of the man "
        "and other residents attacked the police post. There were no fatalities.", published="2024-05-04").events
    assert [(e.event_type, e.sub_event_type) for e in evs] == [("Riots", "Mob violence")]


def test_incidents_protesters_who_then_riot_make_one_violent_demonstration() -> None:
    # synthetic: "They broke windows and threw stones" after a protest is the protesters' riot
    from eventcoder.api import extract_text
    evs = extract_text("Hundreds of students protested in Kazanka on Monday against the new fees. "
                       "They broke windows and threw stones.", published="2024-05-10").events
    assert [e.sub_event_type for e in evs] == ["Violent demonstration"]


def test_incidents_a_mob_elsewhere_after_a_protest_stays_its_own_riot() -> None:
    # synthetic: a mob of its own at another place is not the protest turned violent
    from eventcoder.api import extract_text
    evs = extract_text("Hundreds of students protested in Kazanka on Monday against the new fees. "
                       "In Petrovka, a mob broke windows and threw stones at a shop.", published="2024-05-10").events
    assert sorted(e.sub_event_type for e in evs) == ["Mob violence", "Peaceful protest"]


def test_incidents_the_other_sides_reply_is_the_same_fight() -> None:
    # synthetic: militants attack a police post, then "an exchange of fire followed between officers and the attackers"
    evs = events(
        "Militants opened fire on a police post in Bannu on Wednesday night, wounding three officers.\n\n"
        "An exchange of fire followed between the officers and the attackers for two hours, a police official said.")
    assert len(evs) == 1
    assert evs[0].actor1 and "Police" not in evs[0].actor1  # the attackers stay actor1; the police replied


def test_incidents_the_same_day_opens_another_incident() -> None:
    # synthetic: a counter-attack told "the same day" at a place of its own is its own event
    evs = events(
        "Soldiers shelled a rebel camp near Kalemie on Monday, killing four fighters, the army said.\n\n"
        "The same day, the rebels ambushed an army patrol on a road outside Kalemie, killing two soldiers.")
    assert len(evs) == 2


def test_incidents_reinforcements_sent_to_the_scene_are_the_incidents_course() -> None:
    # synthetic: gunmen attack a checkpoint; police reinforcements deployed there are its response, not an event
    evs = events(
        "Gunmen attacked a police checkpoint in Jamrud on Tuesday evening, wounding four officers, police said.\n\n"
        "Police reinforcements were deployed and the area was cordoned off.")
    assert len(evs) == 1
    assert evs[0].event_type != "Strategic developments"


def test_incidents_a_hostage_taking_and_its_end_are_one_incident() -> None:
    # synthetic: gunmen take hostages in a hotel; commandos storm it and free the hostages: one incident
    evs = events(
        "Nine people died when gunmen stormed a hotel in Mopti, many of them shot during a long hostage "
        "standoff.\n\n"
        "Army commandos stormed the lakeside hotel after suspected jihadists took dozens of guests hostage, shooting "
        "dead four attackers.")
    assert len(evs) == 1
