"""Limits of the rules that join one attack told stage by stage (issue 17, extraction side): stages against
another second party, another counted dead, an unnamed side that is the counterpart, a crowd fired on after a
protest, a statement date, a day told by one side only. Every text here is synthetic, written for these tests,
with invented towns and figures."""

from __future__ import annotations

from eventcoder.api import extract_text
from eventcoder.model import EventRecord


def events(text: str, published: str = "2024-03-13") -> list[EventRecord]:
    return [e for e in extract_text(text, published=published).events if not e.background]


def test_an_abduction_after_a_raid_on_a_base_is_another_event() -> None:
    # synthetic: ACLED codes the fight with the soldiers and the abduction of civilians as two events
    evs = events("Boko Haram fighters attacked a military base in Dikwa on Monday, killing seven soldiers, the army "
                 "said. The fighters also abducted 14 women from the town.")
    assert sorted(e.sub_event_type for e in evs) == ["Abduction/forced disappearance", "Armed clash"]


def test_the_same_number_of_other_dead_are_other_dead() -> None:
    # synthetic: "three soldiers" then "three traders" are six dead, not one toll told twice
    from eventcoder.extract.incidents import Incident, _unnamed_alike  # noqa: PLC2701 -- the rule under test

    doc = extract_text("Al-Shabaab fighters attacked an army base in Afgoye on Tuesday, killing three soldiers. "
                       "Gunmen shot dead three traders.", published="2024-03-13")
    lead, other = [f for f in doc.frames if f.part == "body"][:2]
    assert not _unnamed_alike(Incident.of(lead), other, {"Unidentified Armed Group"})


def test_unnamed_gunmen_fighting_a_named_group_stay_its_other_side() -> None:
    # synthetic: the unnamed men are the counterpart of the battle, not the named group told again
    (ev,) = events("Al-Shabaab fighters and unidentified gunmen clashed in Afgoye on Monday, leaving five fighters "
                   "dead, residents said.")
    assert ev.actor1 == "Al Shabaab"
    assert ev.actor2 is not None and ev.actor2.startswith("Unidentified Armed Group")


def test_gunmen_firing_on_the_crowd_of_a_protest_told_before_fire_on_protesters() -> None:
    # synthetic: the protest is told in the sentence before; "the crowd" is its protesters
    evs = events("Hundreds of people protested in Kano on Tuesday against the new water levy. Gunmen opened fire on "
                 "the crowd, killing two people, police said.")
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Excessive force against protesters", 2)]


def test_gunmen_firing_on_a_crowd_after_a_protest_is_an_attack_of_its_own() -> None:
    # synthetic: no protester in the gunmen's paragraph: an attack on civilians, never a protest with dead
    evs = events("Hundreds of people protested in Kano on Tuesday against the new water levy.\n\nGunmen opened fire "
                 "on a crowd at a bus station in Kano on Tuesday, killing two people, police said.")
    typed = sorted((e.event_type, e.fatalities) for e in evs)
    assert typed == [("Protests", 0), ("Violence against civilians", 2)]


def _opening_day_is_statement(text: str) -> bool:
    from eventcoder.extract.dates import is_statement_date
    from eventcoder.model import DateMention

    start = text.index("day") - 3
    return is_statement_date(text, DateMention(text=text[start:start + 6], start=start, end=start + 6, date=None,
                                               precision=1, kind="relative"))


def test_an_act_told_before_the_saying_verb_keeps_the_opening_day() -> None:
    # synthetic: the act is the sentence's first verb, the saying verb only its source
    for text in ("On Sunday gunmen opened fire on a bus near the town, police said.",
                 "On Monday rebels blew up a bridge outside the city, the army said.",
                 "On Friday youths set fire to a police post, residents said.",
                 "On Sunday a bomber detonated his vest at a checkpoint, officials said.",
                 "On Monday thousands took to the streets of the capital, organisers said.",
                 "On Sunday gunmen riding motorcycles, shooting at homes, drove through the village, locals said."):
        assert not _opening_day_is_statement(text), text
    assert _opening_day_is_statement("On Friday the health ministry said 14 people had died.")


def test_troops_deployed_on_a_day_after_an_undated_attack_are_its_course() -> None:
    # synthetic: the attack tells no day, so the deployment's day is no other day (one helper: _another_day)
    from eventcoder.extract.incidents import _another_day  # noqa: PLC2701 -- the rule under test

    evs = events("Gunmen attacked the village of Dikwa in Borno state, killing eight villagers, residents said. "
                 "Troops were deployed to the area on Sunday, the army said.")
    assert [(e.sub_event_type, e.actor1) for e in evs] == [("Attack", "Unidentified Armed Group (Nigeria)")]
    assert not _another_day(set(), {"sunday"})
    assert not _another_day({"sunday"}, set())
    assert _another_day({"saturday"}, {"sunday"})
    assert not _another_day({"saturday"}, {"saturday", "sunday"})


def test_an_incident_with_only_unresolved_sites_keeps_its_responses_places() -> None:
    # synthetic: the attack's own place has no gazetteer id: nothing to compare the deployment's places with
    from eventcoder.extract.incidents import Incident, _drop_response_places  # noqa: PLC2701 -- the rule under test
    from eventcoder.model import Place

    doc = extract_text("Gunmen killed six villagers in an attack on a village in Borno state on Friday, police said. "
                       "Troops were deployed to Maiduguri.", published="2024-03-13")
    lead, deploy = [f for f in doc.frames if f.part == "body"][:2]
    deploy.places = list(lead.places)  # a resolved place of the response's own (the pipeline already sited them)
    lead.places = [Place(surface="the village", start=0, end=11, resolved=True, feature="city")]
    before = [p.geonameid for p in deploy.places if p.resolved]
    assert before
    inc = Incident.of(lead)
    inc.add_reply(deploy, typed=False)
    _drop_response_places(inc)
    assert [p.geonameid for p in deploy.places if p.resolved] == before
