"""Round 2 of the pages work (docs/extraction.md "Parts of one incident told apart", round 2): sibling sites, a toll
told after a period clause, a march told after a riot, an earlier incident placed by pointing back, and the
proposals taken from the other engineers. Every text was written for this test (synthetic)."""

from __future__ import annotations

import pytest

from eventcoder.api import extract_text

pytestmark = pytest.mark.slow


def _events(text: str, published: str = "2026-12-07") -> list[tuple[str | None, str | None, str | None, int]]:
    doc = extract_text(text, published=published)
    return sorted((e.event_date, e.sub_event_type, e.location, e.fatalities) for e in doc.events)


def _records(text: str, published: str = "2026-12-07") -> list[tuple[str | None, str | None, str | None]]:
    doc = extract_text(text, published=published)
    return [(e.sub_event_type, e.actor1, e.actor2) for e in doc.events]


# --- a sibling site is no less precise telling of the restated one ------------------------------------------------------

def test_sites_sibling_village_told_again_keeps_the_other_village() -> None:
    # synthetic: two villages attacked, then one of them told again: both stay, each with its own record
    text = ("Gunmen attacked the villages of Kwall and Bokkos in Plateau State on Sunday, killing 12 people. The attack "
            "on Bokkos took place at dawn, residents said.")
    assert {loc for _, _, loc, _ in _events(text)} == {"Kwal", "Bokkos"}


def test_sites_sibling_village_with_its_own_toll_is_not_lost() -> None:
    # synthetic: each village has its own dead; the retelling of one of them drops neither
    text = ("Gunmen killed three people in Kwall and three people in Bokkos in Plateau State on Sunday. The three in "
            "Bokkos were killed at a wedding, police said.")
    assert {loc for _, _, loc, _ in _events(text)} == {"Kwal", "Bokkos"}


# --- a period clause ends where the sentence goes back to its main clause ------------------------------------------------

def test_background_toll_after_a_period_clause_is_the_days() -> None:
    # synthetic: "..., where dozens have been killed in recent days" is history; ", and 11 fighters died" is the day's
    text = ("On Tuesday, soldiers clashed with rebels near the town of Kalehe, where dozens of civilians have been "
            "killed in recent days, and 11 fighters died, the army said.")
    assert [(s, n) for _, s, _, n in _events(text)] == [("Armed clash", 11)]


# --- a march told after a riot is no earlier stage of it ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # synthetic: the perfect is in a relative clause, and the march came later that day
    "A mob attacked a mosque in the town of Kasese on Monday. Local leaders, who had condemned the attack, led a "
    "peaceful march in Kasese later that day.",
    # synthetic: the march is against the violence
    "Rioters torched cars in the city of Nakuru on Monday. Hundreds of church members, who had prayed for peace, "
    "marched through Nakuru against the violence.",
])
def test_incidents_march_after_a_riot_is_no_violent_demonstration(text: str) -> None:
    assert all(s != "Violent demonstration" for s, _, _ in _records(text))
    assert ("Mob violence" in {s for s, _, _ in _records(text)})


def test_incidents_crowd_gathered_earlier_stays_one_violent_demonstration() -> None:
    # synthetic: the crowd's own gathering, told in the past perfect as the main verb, is the riot's first stage
    text = ("Rioters torched a police station in the town of Kasese on Monday. Residents had gathered outside the "
            "station earlier in the day to demand the release of a detained trader.")
    assert [s for s, _, _ in _records(text)] == ["Violent demonstration"]


# --- an earlier incident placed by pointing back -----------------------------------------------------------------------

def test_background_earlier_killing_in_the_same_district_is_its_own_record() -> None:
    # synthetic: the second sentence tells another day's killing at the lead's place ("in the same district")
    text = ("Gunmen killed five villagers in Bokkos in Plateau State on Sunday, police said. On 30 November, gunmen "
            "also killed three herders in the same district.")
    assert _events(text) == [("2026-11-30", "Attack", "Bokkos", 3), ("2026-12-06", "Attack", "Bokkos", 5)]


def test_background_earlier_incident_at_no_place_stays_recalled() -> None:
    # synthetic: an earlier day told after the lead at no place and pointing at none is what the report recalls
    text = ("Gunmen killed five villagers in Bokkos in Plateau State on Sunday, police said. On 30 November, gunmen "
            "killed three herders.")
    assert _events(text) == [("2026-12-06", "Attack", "Bokkos", 5)]


def test_incidents_police_development_elsewhere_stays_its_own_event() -> None:
    # synthetic: a curfew told beside an attack, at a town of its own far away, is no course of the attack
    text = ("Gunmen killed four people in Mopti on Monday. On Monday, police also imposed a curfew in Bamako, 600 km "
            "to the south.")
    assert [(s, loc) for _, s, loc, _ in _events(text)] == [("Attack", "Mopti"), ("Change to group/activity", "Bamako")]


def test_incidents_police_development_days_later_stays_its_own_event() -> None:
    # synthetic: a curfew at the attack's town, four days after it, is a development of its own day, not its course
    text = "Gunmen killed four people in Mopti on Monday 30 November. On Friday, police imposed a curfew in Mopti."
    assert [(d, s) for d, s, _, _ in _events(text)] == [("2026-11-30", "Attack"), ("2026-12-04", "Change to group/activity")]


# --- proposals of the other engineers ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # synthetic: police's lethal force told in a sentence of its own, typed alone as an attack on a civilian
    "Police fired tear gas at protesters in Lilongwe on Monday. One protester was shot dead by police, witnesses said.",
    # synthetic: ... and after a peaceful protest with no intervention told
    "Hundreds of traders protested in Lilongwe on Monday over new taxes. Police shot dead a protester.",
])
def test_incidents_protester_killed_by_police_is_excessive_force(text: str) -> None:
    assert [(s, n) for _, s, _, n in _events(text)] == [("Excessive force against protesters", 1)]


def test_incidents_protest_with_only_arrests_stays_an_intervention() -> None:
    # synthetic: no one killed by the forces: the intervention stays
    text = "Hundreds of traders protested in Lilongwe on Monday over new taxes. Police arrested six of them."
    assert [s for _, s, _, _ in _events(text)] == ["Protest with intervention"]


def test_counts_age_at_which_one_joined_is_no_count() -> None:
    # synthetic: "joined the militia at 18" tells an age, not 18 injured
    doc = extract_text("Gunmen attacked a village near Goma on Monday. Jean, who joined the militia at 18, was "
                       "injured in the attack.", published="2026-12-07")
    assert [e.injuries for e in doc.events] == [1]


def _actors(text: str) -> list[tuple[str | None, str | None, str | None, int]]:
    doc = extract_text(text, published="2026-12-07")
    return [(e.sub_event_type, e.actor1, e.actor2, e.fatalities) for e in doc.events]


@pytest.mark.parametrize("text", [
    # synthetic: the police told in a sentence after the lynching
    "A mob beat to death a man accused of stealing a motorbike in the town of Kasese on Monday. Police intervened and "
    "dispersed the mob.",
    # synthetic: ... and in a clause after it
    "A mob lynched a suspected thief in Kasese on Monday before police arrived and fired shots in the air.",
])
def test_coding_mob_killing_then_police_has_the_victims_as_actor2(text: str) -> None:
    assert _actors(text) == [("Mob violence", "Rioters (Uganda)", "Civilians (Uganda)", 1)]


def test_coding_mob_fighting_the_police_keeps_them_as_actor2() -> None:
    # synthetic: the police are the riot's other side, told before the dead
    text = "Rioters clashed with police in Kasese on Monday, and two bystanders were killed."
    assert [a2 for _, _, a2, _ in _actors(text)] == ["Police Forces of Uganda (1986-)"]


# --- a history told on after a sentence dated years back ----------------------------------------------------------------

def test_components_sentence_after_one_dated_years_back_goes_on_with_that_history() -> None:
    # synthetic: "They killed 40 people" has no day of its own: it is more of 2002, not Monday's toll
    text = ("Gunmen killed four farmers in Bokkos on Monday, police said. In 2002, militants attacked the town. They "
            "killed 40 people and burned the market.")
    assert [(s, loc, n) for _, s, loc, n in _events(text)] == [("Attack", "Bokkos", 4)]


@pytest.mark.parametrize("opener", ["On Tuesday, soldiers", "Meanwhile, soldiers"])
def test_components_sentence_with_a_news_marker_after_history_is_news(opener: str) -> None:
    # synthetic: a day of its own, or "Meanwhile", opens news after the history
    text = ("Gunmen killed four farmers in Bokkos on Monday, police said. In 2002, militants attacked the town. "
            f"{opener} killed two gunmen near Jos.")
    assert sorted(loc or "" for _, _, loc, _ in _events(text)) == ["Bokkos", "Jos"]


@pytest.mark.parametrize(("text", "killed"), [
    # synthetic: "based in X" says where the counted people are; the role word after it is theirs
    ("Three aid workers based in Goma were killed by gunmen on Monday.", 3),
    # synthetic: ... and "stationed at"
    ("Five soldiers stationed at a base near Goma were killed by rebels on Monday.", 5),
])
def test_counts_participle_of_where_the_counted_are_reads_on(text: str, killed: int) -> None:
    assert [n for _, _, _, n in _events(text)] == [killed]


@pytest.mark.parametrize("tail", [", but nobody was killed.", ". Nobody was killed, police said."])
def test_counts_nobody_killed_is_no_victim(tail: str) -> None:
    # synthetic: "nobody was killed" is a negation, not one person killed
    doc = extract_text(f"A bomb exploded near a market in Goma on Monday{tail}", published="2026-12-07")
    assert [c.value for f in doc.frames for c in f.counts if c.role == "killed"] == []
