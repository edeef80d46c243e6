"""One report of one incident gives one record, with the right parties (issue 17, extraction side). Every text here
is synthetic, written for these tests (invented figures; places only as the gazetteer's examples): the other side of a
fight told on a day when the attack was told with none, the victim of the earlier incident an attack avenges,
attackers disguised in a force's uniform, a bare "insurgents" lead and the group named later, rival figures for the
same dead, unnamed men told twice in a lead, a speaker told with rank and name, arrests at a riot, what a person
suffered before, and a feud told "since" a day."""

from __future__ import annotations

from eventcoder.api import extract_text
from eventcoder.extract.incidents import _bare_keys, perpetrator_keys  # noqa: PLC2701 -- the rules under test
from eventcoder.model import EventRecord


def events(text: str) -> list[EventRecord]:
    return [e for e in extract_text(text, published="2025-03-04").events if not e.background]


# --- the day and the sides of one fight -----------------------------------------------------------------------------

def test_the_other_side_of_an_undated_attack_told_with_a_day_is_the_same_fight() -> None:
    # synthetic: the attack has no day of its own; the police who fought back "on Monday" are its other side
    evs = events("Militants attacked a police station in Maiduguri, killing two officers. The police fought the "
                 "militants on Monday, officials said.")
    assert len(evs) == 1
    assert evs[0].fatalities == 2


def test_the_other_side_told_on_another_day_stays_apart() -> None:
    # synthetic: both days told and different: two events (ACLED codes one event per day)
    evs = events("Militants attacked a police station in Maiduguri on Saturday, killing two officers. The police "
                 "fought the militants on Monday, officials said.")
    assert len(evs) == 2


# --- who is no party ------------------------------------------------------------------------------------------------

def test_the_victim_an_attack_avenges_is_no_party_of_it() -> None:
    # synthetic: the soldier died in an earlier incident; the raid on traders is violence against civilians
    evs = events("Armed men raided a cattle market outside Kadugli and shot dead seven traders, witnesses said on "
                 "Monday. Elders called it a reprisal raid for the murder of a soldier at a checkpoint.")
    assert [e.sub_event_type for e in evs] == ["Attack"]
    assert "Civilians" in (evs[0].actor2 or "")


def test_attackers_in_a_forces_uniform_are_not_that_force() -> None:
    # synthetic: the uniform or the disguise names no second party
    for text in ("Gunmen dressed in army fatigues shot dead four farmers near Kadugli on Monday.",
                 "Gunmen disguised as police officers shot dead four farmers near Kadugli on Monday."):
        evs = events(text)
        assert [e.sub_event_type for e in evs] == ["Attack"], text
        assert "Civilians" in (evs[0].actor2 or ""), text


def test_soldiers_who_avenge_a_comrade_are_still_the_perpetrator() -> None:
    # synthetic: the avenging force is the party; only the avenged soldier is not
    evs = events("Soldiers shot dead four farmers near Kadugli on Monday in revenge for the killing of a soldier.")
    assert len(evs) == 1
    assert "Military" in (evs[0].actor1 or "")
    assert "Civilians" in (evs[0].actor2 or "")


def test_a_force_fighting_attackers_is_still_a_party() -> None:
    # synthetic: no disguise, no avenged victim: the soldiers are the other side
    evs = events("Militants killed four soldiers near Kadugli on Monday.")
    assert [e.sub_event_type for e in evs] == ["Armed clash"]


def test_a_commander_named_with_rank_who_tells_is_no_perpetrator() -> None:
    # synthetic: "police commander Lieutenant-Colonel A. Bode told reporters" speaks; he is no party of the attack
    doc = extract_text("Gunmen killed six traders in Dorobo on Monday, police commander Lieutenant-Colonel Amos Bode "
                       "told reporters.", published="2025-03-04")
    lead = next(f for f in doc.frames if f.part == "body")
    assert all("Police" not in k for k in perpetrator_keys(lead))


# --- one perpetrator told twice -------------------------------------------------------------------------------------

def test_a_bare_lead_and_the_group_named_later_are_one_attack() -> None:
    # synthetic: the lead names no place and only "rebels"; the next sentence names the group and the district:
    # one attack, its toll once (an unplaced lead takes the frame's place, as an undated one its day)
    evs = events("Rebels shot dead 14 farmers in the east of the country on Monday, a local official said. "
                 "Fighters of the Liberation Front raided three hamlets of Dorobo district, he added.")
    assert len(evs) == 1
    assert evs[0].fatalities == 14


def test_a_named_group_told_generically_is_not_bare() -> None:
    # synthetic: "Ansar Front militants" is a named group; the drone strike elsewhere stays its own event, and the
    # group a later sentence says owned the lorry does not join the assault (nor deny its dead)
    evs = events("Ansar Front militants killed five soldiers in an assault on a barracks near Dorobo late on Sunday. "
                 "The same night a drone hit a lorry near Kpaai. Officials said the lorry carried supplies for the "
                 "Liberation Front and that nobody was hurt.")
    assert next(e for e in evs if e.sub_event_type == "Armed clash").fatalities == 5


def test_unnamed_men_told_twice_make_no_summary_of_several_perpetrators() -> None:
    # synthetic: "an armed gang" and the "bandits" the governor blames are unnamed men told twice: one perpetrator,
    # not a summary of several perpetrators' attacks (so later sentences can tell more of it)
    doc = extract_text("An armed gang shot dead 16 miners at a gold pit near Dorobo in raids the governor blamed on "
                       "bandits. The gang had arrived before dawn.", published="2025-03-04")
    lead = next(f for f in doc.frames if f.part == "body")
    keys = perpetrator_keys(lead)
    assert len(keys) >= 2
    assert keys <= _bare_keys(lead.agents)
    assert len([e for e in doc.events if not e.background]) == 1


def test_two_named_perpetrators_in_a_lead_still_make_a_summary() -> None:
    # synthetic: two named forces launching strikes on several towns: a summary of their parts
    doc = extract_text("Government forces and Russian forces launched strikes on three towns in Idlib province on "
                       "Monday, killing twelve civilians.", published="2025-03-04")
    lead = next(f for f in doc.frames if f.part == "body")
    keys = perpetrator_keys(lead)
    assert len(keys) >= 2
    assert not keys <= _bare_keys(lead.agents)


# --- tolls ----------------------------------------------------------------------------------------------------------

def test_rival_figures_for_the_same_dead_are_never_added() -> None:
    # synthetic: the militia's figure names the herders, the officer's is bare deaths: one toll, the lowest
    evs = events("Five herders died when a militia attacked a camp near Dorobo on Monday. The militia claimed its men "
                 "had killed eleven herders, while the district officer said his office had recorded five deaths.")
    assert [e.fatalities for e in evs] == [5]


def test_two_groups_dead_told_by_two_sources_are_added() -> None:
    # synthetic: soldiers, then civilians: two victim groups, never rival figures
    evs = events("Gunmen killed four soldiers in Dorobo on Monday, but police said two civilians also died.")
    assert [e.fatalities for e in evs] == [6]


# --- arrests at a riot ----------------------------------------------------------------------------------------------

def test_people_arrested_at_a_riot_are_its_course_not_an_event() -> None:
    # synthetic: youths stone a police post; "police arrested six people at the scene": one riot event
    evs = events("On 1 March 2025, youths in Dorobo threw stones at a police post and set a patrol car alight after "
                 "a driver was detained. Officers fired rubber bullets, injuring four youths. Police arrested six "
                 "people at the scene.")
    assert [e.sub_event_type for e in evs] == ["Mob violence"]
    assert "Police" in (evs[0].actor2 or "")


def test_police_who_only_arrest_after_a_mob_attack_are_no_party_of_it() -> None:
    # synthetic: the mob assaulted a man; the officers who rescue and arrest him are not the mob's target
    evs = events("On 1 March 2025, a mob in Dorobo assaulted a man accused of stealing a phone. Officers rescued him "
                 "and arrested him.")
    assert [e.sub_event_type for e in evs] == ["Mob violence"]
    assert "Civilians" in (evs[0].actor2 or "")


def test_arrests_on_another_day_and_place_stay_their_own_event() -> None:
    # synthetic: the arrests are told of the next day in another town
    evs = events("On 2 March 2025, rioters burned tyres and stoned police in Dorobo. On 3 March, police arrested 40 "
                 "people in Kpaai over the unrest.")
    assert sorted(e.sub_event_type for e in evs) == ["Arrests", "Mob violence"]


# --- history told in passing ----------------------------------------------------------------------------------------

def test_what_a_person_suffered_previously_is_an_earlier_incident() -> None:
    # synthetic: the editor's detention "previously" told is his history, not a second event of the report
    evs = events("On 1 March 2025, soldiers in Dorobo set fire to the office of a local radio station. The station's "
                 "editor was previously detained and beaten by troops at a sit-in.")
    assert len(evs) == 1
    assert evs[0].event_type != "Protests"


def test_a_feud_told_since_a_day_is_history_not_that_days_event() -> None:
    # synthetic: "have been engaged in gun battles since 24 February" is the feud's history: one event, the report's
    evs = events("On 2 March 2025, in Dorobo, members of the Red Cobra gang clashed with members of the Iron Lions "
                 "gang. The two gangs have been engaged in gun battles since 24 February.")
    assert [e.event_date for e in evs] == ["2025-03-02"]


def test_a_siege_held_since_a_day_is_still_an_event() -> None:
    # synthetic: a lasting hostage-taking told with "since" stays the report's event
    evs = events("Gunmen have held 30 hostages at a hotel in Dorobo since Saturday, police said.")
    assert len(evs) == 1


def test_staff_who_barricade_themselves_in_take_shelter_and_make_no_riot() -> None:
    # synthetic: the bombing and assault is one attack; people shutting themselves in are its victims, not rioters
    evs = events("A suicide bomber blew up a car at the gate of a ministry in Kabul on Monday and gunmen then stormed "
                 "the compound. Some staff barricaded themselves inside their offices while police led hundreds of "
                 "others out. A ministry spokesman said 25 people were killed.")
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Suicide bomb", 25)]


def test_a_crowd_that_barricades_a_road_still_riots() -> None:
    # synthetic: a barricade of burning tyres on a road is the crowd's own act
    evs = events("Protesters barricaded the main road in Dorobo with burning tyres on Monday.")
    assert [e.event_type for e in evs] == ["Riots"]


def test_people_intercepted_are_no_weapon_disrupted() -> None:
    # synthetic: the workers "were intercepted by the armed men" is how they were seized, not disrupted weapons use
    evs = events("On 2 March 2025, armed men seized 12 election workers near Dorobo and held them for several hours. "
                 "The workers were intercepted by the armed men on a track near the river.")
    assert len(evs) == 1
    assert evs[0].sub_event_type != "Disrupted weapons use"


def test_drones_intercepted_are_still_disrupted_weapons_use() -> None:
    # synthetic: a weapon intercepted stays disrupted weapons use
    evs = events("Air defences intercepted three drones over Kpaai on Monday, the army said.")
    assert [e.sub_event_type for e in evs] == ["Disrupted weapons use"]


def test_members_of_the_group_arrested_after_a_clash_are_its_outcome() -> None:
    # synthetic: the attackers' men caught at the post the same day: one clash, no Arrests event of its own
    evs = events("On 2 March 2025, about a dozen rebels attacked a police post in Dorobo. Officers returned fire. Three "
                 "members of the group were arrested. Nobody was hurt.")
    assert [e.sub_event_type for e in evs] == ["Armed clash"]


def test_deaths_a_riot_is_about_are_not_its_toll() -> None:
    # synthetic: the road blocked with burning tyres over six herders killed earlier: the riot killed no one
    evs = events("On 2 March 2025, residents blocked the main road in Dorobo with burning tyres in protest against the "
                 "killing of six herders in a militia raid.")
    assert [(e.event_type, e.fatalities) for e in evs] == [("Riots", 0)]


def test_a_mobs_own_victims_stay_its_toll() -> None:
    # synthetic: the men the mob lynched are its dead, whatever they were accused of
    evs = events("On 2 March 2025, a mob in Dorobo lynched two men accused of the killing of a farmer.")
    assert [e.fatalities for e in evs] == [2]


def test_a_figure_told_before_is_no_earlier_incident() -> None:
    # synthetic: "had previously reported ten deaths" is the same attack's earlier figure; the update stands
    evs = events("Gunmen attacked a market in Dorobo on Monday. Officials had previously reported ten deaths, but the "
                 "toll has risen to 15.")
    assert [e.fatalities for e in evs] == [15]
