"""One real incident, one record per news page (issue 17, extraction side). Every text here is synthetic, written
for these tests: a source who tells the attack is no second perpetrator, the province beside the district where it
happened, a town told by its distance or direction from the capital, a neighbourhood of a city, a bus bound for a
town, the same attack named again, the site told finer in a later sentence, the day of a statement, and fragments
that name no place and no day of their own."""

from __future__ import annotations

from datetime import date

import pytest

from eventcoder.api import extract_text
from eventcoder.extract.background import _earlier_month  # noqa: PLC2701 -- the rule under test
from eventcoder.extract.incidents import Incident, _fragment, join_fragments  # noqa: PLC2701 -- the rules under test
from eventcoder.model import DateMention, EventRecord


def events(text: str, published: str | None = "2025-03-04") -> list[EventRecord]:
    return [e for e in extract_text(text, published=published).events if not e.background]


def places(text: str) -> list[str | None]:
    return [e.location for e in events(text)]


# --- who tells is no party ------------------------------------------------------------------------------------------

def test_police_officials_who_tell_are_no_second_perpetrator() -> None:
    # synthetic: the lead names the gunmen and the police who report it; the wounded are the same attack's
    evs = events("Gunmen on motorbikes killed a local councillor in Peshawar on Sunday, police officials said. Two "
                 "passers-by were also wounded in the attack.")
    assert len(evs) == 1
    assert (evs[0].fatalities, evs[0].injuries) == (1, 2)


def test_a_military_source_who_tells_is_no_second_perpetrator() -> None:
    # synthetic: "a military source said" names no party; the ambush is one incident with its wounded
    evs = events("Insurgents killed four traders in an ambush on the highway near Damboa, a military source said on "
                 "Wednesday. Two drivers were wounded in the attack.")
    assert len(evs) == 1
    assert evs[0].fatalities == 4


def test_two_perpetrators_named_as_actors_still_make_a_summary() -> None:
    # synthetic: a lead naming two attacking parties (neither a source) stays a summary of their attacks
    from eventcoder.extract.incidents import _speaks  # noqa: PLC2701 -- the rule under test

    doc = extract_text("Government forces and allied militias attacked three villages in Sud-Kivu on Monday, killing "
                       "twelve people, residents said.", published="2025-03-04")
    lead = next(f for f in doc.frames if f.part == "body")
    assert [a.surface for a in lead.agents if _speaks(lead, a)] == []


# --- one site per incident ------------------------------------------------------------------------------------------

def test_province_named_beside_a_district_inside_it_is_that_district() -> None:
    # synthetic: the territory (a district) and its province in one sentence: one event at the territory
    evs = events("Militiamen killed eleven villagers in Kalehe territory in Sud-Kivu province on Tuesday, local "
                 "officials said.")
    assert [(e.location, e.fatalities) for e in evs] == [("Kalehe", 11)]


def test_province_of_the_lead_and_the_district_of_a_later_sentence_are_one_site() -> None:
    # synthetic: the lead places the strike in a province, the next sentence in a district of it
    evs = events("An airstrike killed five civilians in Kunduz province on Monday night, officials said. Three more "
                 "civilians were wounded in the airstrike in Chahar Dara district, a council member said.")
    assert [(e.location, e.fatalities, e.injuries) for e in evs] == [("Chahar Dara", 5, 3)]


def test_a_district_of_another_province_is_still_a_place_of_its_own() -> None:
    # synthetic: a second attack in a district of another province stays its own event
    evs = events("Militiamen killed eleven villagers in Sud-Kivu province on Tuesday. In a separate attack, gunmen "
                 "killed three farmers in Walikale territory, officials said.")
    assert len(evs) == 2


def test_town_told_by_its_direction_from_the_capital_is_the_only_site() -> None:
    # synthetic: ", north-east of the capital X" locates the town; the capital is no second event
    assert places("A car bomb exploded at a market in Baqubah, north-east of the capital Baghdad, on Monday, killing "
                  "six people, police said.") == ["Baqubah"]


def test_town_told_by_its_distance_from_a_named_capital_is_the_only_site() -> None:
    # synthetic: "about 30 km south of the Afghan capital, X": a distance from a capital with its country's name
    assert places("A roadside bomb killed three police officers in Mohammad Agha district, about 30 km south of the "
                  "Afghan capital, Kabul, on Sunday, officials said.") == ["Muhammad Aghah Wuluswali"]


def test_direction_inside_a_place_keeps_the_place() -> None:
    # synthetic: "in the north of X" is in X; "areas west of X" are near X
    assert places("Rebels shelled villages in the north of Beni on Tuesday, killing two farmers.") == ["Beni"]
    assert places("Fighters shelled army positions in areas west of Uvira on Tuesday.") == ["Uvira"]


def test_neighbourhood_of_a_city_is_the_site_and_the_city_no_second_event() -> None:
    # synthetic: "X, a township in Y": the township is where it happened
    evs = events("Gunmen opened fire on a tavern in Soweto, a township in Johannesburg, on Saturday night, killing "
                 "four men, police said.")
    assert [(e.location, e.fatalities) for e in evs] == [("Soweto", 4)]


def test_a_list_of_towns_stays_a_list_of_sites() -> None:
    # synthetic: two towns in a list are two places of the attacks, not a town and its container
    assert sorted(p or "" for p in places(
        "Rebels attacked army positions in Beni and in Butembo on Tuesday, killing seven soldiers.")) == [
        "Beni", "Butembo"]


def test_town_a_bus_was_bound_for_is_no_site() -> None:
    # synthetic: "a Kandahar-bound bus" names where the bus was going
    assert places("A roadside bomb hit a Kandahar-bound bus in Qalat on Monday, killing four passengers, "
                  "officials said.") == ["Qalat"]


def test_town_people_were_fleeing_is_no_site() -> None:
    # synthetic: the families fled a town; the bombs struck them on the road near another
    assert places("A roadside bomb struck a convoy of families fleeing the town of Tal Afar as it passed through "
                  "Mosul on Friday, killing nine civilians, police said.") == ["Mosul"]


# --- the incident named again ---------------------------------------------------------------------------------------

def test_wounded_of_the_same_attack_do_not_turn_a_bombing_into_a_battle() -> None:
    # synthetic: "in the same attack" names the bombing again; its words ("attack" on soldiers) decide no type
    evs = events("A roadside bomb tore through an army patrol outside Kirkuk on Monday, killing three soldiers, an "
                 "officer said. Another soldier was wounded in the same attack.")
    assert [(e.sub_event_type, e.fatalities, e.injuries) for e in evs] == [("Remote explosive/landmine/IED", 3, 1)]


def test_clashes_of_their_own_on_the_fringe_of_a_protest_still_count() -> None:
    # synthetic: a sentence with a trigger of its own ("clashes erupted") tells what happened at the protest
    evs = events("On Saturday, around 5,000 people marched in Leipzig against new fuel taxes. Clashes erupted at "
                 "the edge of the march when youths hurled bottles, police said.")
    assert [e.event_type for e in evs] == ["Riots"]


def test_day_of_a_statement_is_not_the_day_of_the_ambush() -> None:
    # synthetic: "the army confirmed on Saturday" dates the statement; the ambush told on Friday is the same one
    evs = events("Rebels killed at least nine soldiers after ambushing their convoy in the Sud-Kivu province, the army "
                 "confirmed on Saturday. According to the army, the rebels attacked the convoy on Friday in Kalehe "
                 "territory.")
    assert [(e.location, e.event_date, e.fatalities) for e in evs] == [("Kalehe", "2025-02-28", 9)]


# --- fragments with no place and no day of their own -----------------------------------------------------------------

def _incidents(text: str) -> list[Incident]:
    return extract_text(text, published="2025-03-04").incidents


def test_bodies_set_on_fire_with_nobody_named_are_part_of_the_fight() -> None:
    # synthetic: a clash with a place and a day, then property (and bodies) set on fire with no place, day or party of
    # its own: ACLED codes the destruction in an attack as part of it
    lead = _incidents("Police clashed with gunmen in Carrefour on Tuesday, police said.")[0]
    frag = _incidents("Witnesses said several attackers were beheaded afterwards and their corpses heaped "
                      "together and set on fire.")[0]
    assert _fragment(frag)
    joined = join_fragments([lead, frag])
    assert joined == [lead]
    assert lead.sub_event_type == "Armed clash"  # the fragment's words decide no type
    assert frag.frames[0] in lead.frames


def test_the_gunmen_told_again_after_a_named_group_are_that_group() -> None:
    # synthetic: "the gunmen opened fire" with no place and no day after a placed, dated ambush: one incident
    lead = _incidents("Police clashed with gunmen in Carrefour on Tuesday, police said.")[0]
    frag = _incidents("Officials said the gunmen opened fire on the police convoy with sniper rifles.")[0]
    assert join_fragments([lead, frag]) == [lead]


def test_a_fragment_with_dead_of_its_own_stays_apart() -> None:
    # synthetic: another toll with no place is counted apart by the report, never folded into the lead's
    lead = _incidents("Police clashed with gunmen in Carrefour on Tuesday, killing three, police said.")[0]
    frag = _incidents("Officials said gunmen killed two farmers with machetes.")[0]
    assert len(join_fragments([lead, frag])) == 2


def test_a_fragment_of_another_kind_stays_apart() -> None:
    # synthetic: a protest with no place is no part of a clash (another event type, not its property destroyed)
    lead = _incidents("Police clashed with gunmen in Carrefour on Tuesday, police said.")[0]
    frag = _incidents("Hundreds of students protested against fuel prices.")[0]
    assert len(join_fragments([lead, frag])) == 2


def test_without_a_placed_or_dated_incident_nothing_is_joined() -> None:
    frags = [*_incidents("Officials said the gunmen opened fire on the police convoy with sniper rifles."),
             *_incidents("Residents said the bodies were set on fire.")]
    assert join_fragments(frags) == frags


@pytest.mark.parametrize("second", [
    "In a separate attack, gunmen killed two farmers.",
    "Last week, gunmen killed two farmers.",
])
def test_a_fragment_told_as_another_incident_stays_apart(second: str) -> None:
    # synthetic: "In a separate attack" or an earlier week: never part of the lead
    doc = extract_text("Gunmen killed five villagers in Kauru on Monday, police said. " + second,
                       published="2025-03-04")
    later = [inc for inc in doc.incidents if inc.frames[0].index > 0]
    assert all(not _fragment(inc) for inc in later)


# --- earlier incidents and the setting, recalled in passing ----------------------------------------------------------

def test_an_earlier_month_after_a_lead_of_a_day_is_an_earlier_incident() -> None:
    # synthetic: "In February, a similar bomb ... killed five" in a report of Thursday's bomb: its toll is not today's
    evs = events("A bomb attached to a minibus exploded in western Kabul on Thursday, killing three passengers and "
                 "wounding eight, police said.\n\nIn February, a similar bomb on a minibus in the same area killed five "
                 "people.", published="2025-03-10")
    assert [(e.location, e.fatalities, e.injuries) for e in evs] == [("Kabul", 3, 8)]


def test_the_lead_month_itself_is_no_earlier_incident() -> None:
    # synthetic: a month that is the lead's own is not recalled
    march = DateMention(0, 5, "2025-03-15", 3, "explicit", "March")
    february = DateMention(0, 8, "2025-02-15", 3, "explicit", "February")
    assert _earlier_month(february, [date(2025, 3, 6)])
    assert not _earlier_month(march, [date(2025, 3, 6)])
    assert not _earlier_month(february, [])


def test_the_fighting_a_strike_came_amid_is_its_setting_not_its_type() -> None:
    # synthetic: "The strike came as fighting continued around the city": the strike stays an air strike
    evs = events("A drone strike hit a crowded market in El Fasher on Sunday, killing four people, a local committee "
                 "said.\n\nThe strike came as fighting continued around the city, with the army saying it had "
                 "repelled an attack on its positions.", published="2025-03-10")
    assert [e.sub_event_type for e in evs] == ["Air/drone strike"]


def test_a_protest_that_came_as_a_protest_is_still_one() -> None:
    # synthetic: "came as a protest against" tells what the gathering was, not its setting
    evs = events("On 14 February 2025, dozens of residents prayed in front of the town hall of Hebron. Their service "
                 "came as a protest against plans to raze houses near the market.", published="2025-03-10")
    assert [e.event_type for e in evs] == ["Protests"]


def test_the_day_a_condemnation_was_made_is_not_the_attack_day() -> None:
    # synthetic: "The United Nations on Wednesday condemned the killing ... on Tuesday": Tuesday is the attack's day
    evs = events("The United Nations on Wednesday condemned the killing of three aid workers in an attack on their "
                 "convoy near Kutum on Tuesday.", published="2025-03-10")
    assert [e.event_date for e in evs] == ["2025-03-04"]


def test_people_detained_in_a_manhunt_the_same_day_are_the_attack_s_outcome() -> None:
    # synthetic: arrests in the hunt for the attackers, at the place and on the day of the attack: one event
    evs = events("Gunmen attacked a church in the town of Owo in Ondo state on Sunday, killing at least 20 worshippers, "
                 "police said.\n\nSecurity forces launched a manhunt and detained two people on Sunday evening.",
                 published="2025-06-09")
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Attack", 20)]


def test_arrests_on_another_day_stay_their_own_event() -> None:
    # synthetic: ACLED codes one event per day; an arrest the next day is its own strategic development
    evs = events("Gunmen attacked a church in the town of Owo in Ondo state on Sunday, killing at least 20 worshippers, "
                 "police said.\n\nThree suspects were arrested on Monday, the police commissioner said.",
                 published="2025-06-09")
    assert sorted(e.sub_event_type or "" for e in evs) == ["Arrests", "Attack"]


def test_the_attack_told_again_in_a_suburb_of_the_city_is_one_event_there() -> None:
    # synthetic: the lead places the attack in the city, the next paragraph names the attack again in its suburb
    evs = events("Gunmen attacked a crowded taxi rank in Johannesburg on Friday evening, killing five commuters, police "
                 "said.\n\nThe attack in Soweto began when two cars stopped at the rank and men opened fire.",
                 published="2025-03-10")
    assert [(e.location, e.fatalities) for e in evs] == [("Soweto", 5)]


def test_a_crowd_in_the_city_and_in_its_suburb_stays_two_events() -> None:
    # synthetic: the suburb rule is for one attack's site; two crowds are two events (one per place)
    evs = events("Police dispersed protesters in Johannesburg on Friday. The protest in Soweto was peaceful.",
                 published="2025-03-10")
    assert sorted(e.location or "" for e in evs) == ["Johannesburg", "Soweto"]


def test_the_capital_a_road_leads_to_is_no_site() -> None:
    # synthetic: "on a road linking the Somali capital X to ...": the capital names the road, the town is the site
    assert places("Gunmen shot dead six travellers near Afgooye on Saturday, on the highway linking the Somali capital "
                  "Mogadishu with the Bay region.") == ["Afgooye"]


def test_a_month_told_inside_a_later_sentence_dates_its_clause_only() -> None:
    # synthetic: "rallied on Saturday in support of the leaders who seized power in July": the rally is today's news
    evs = events("Gunmen killed four soldiers at a checkpoint near Dori on Tuesday, the army said.\n\nOn Saturday, "
                 "thousands of people rallied in Ouagadougou in support of the officers who seized power in January.",
                 published="2025-03-10")
    assert sorted(e.event_type or "" for e in evs) == ["Battles", "Protests"]


def test_the_day_a_claim_of_responsibility_was_made_is_not_another_day_of_the_ambush() -> None:
    # synthetic: "Early on Friday, a group claimed responsibility for the ambush" dates the claim; the ambush told
    # on Thursday, with its toll confirmed on Friday, is one event
    evs = events("Separatist fighters killed at least nine soldiers after ambushing their convoy in Kalehe territory, "
                 "the army confirmed on Friday.\n\nThe fighters attacked the convoy on Thursday.\n\nEarly on Friday, a "
                 "separatist movement active in the area claimed responsibility.", published="2025-03-08")
    assert [(e.event_date, e.fatalities) for e in evs] == [("2025-03-06", 9)]


@pytest.mark.parametrize(("text", "statement"), [
    ("On Saturday, the army said 12 soldiers died.", True),
    ("On Saturday, gunmen killed 12 villagers, police said.", False),
    ("Gunmen attacked the town. On Monday, residents fled.", False),
])
def test_a_date_opening_a_sentence_of_saying_dates_the_statement(text: str, statement: bool) -> None:
    from eventcoder.extract.dates import is_statement_date
    from eventcoder.timeparse import find_dates

    assert [is_statement_date(text, d) for d in find_dates(text, None)] == [statement]
