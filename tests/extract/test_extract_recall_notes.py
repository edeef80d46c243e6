"""Recall on event descriptions that gave no event, and the commonest type confusions (round of 2026-12-07), one
synthetic text each (written for these tests, no development text): people displaced or evacuated from their places
are ACLED's displacement (Strategic developments: Other, actor the civilians) when nothing in the report but the
conflict explains it; a curfew a government "of" a country imposes is a change of activity; soldiers or police who
attack civilians stand on their own; damage told right after a demonstration is the demonstration turning violent;
fire both ways is a clash; and the look-alikes that stay as they were: people evacuated because of a flood, a
landslide, a fire or a bomb scare, a court's curfew, a stadium evacuated, traffic "in both directions"
(extract/strategic.py, rules.py, crowds.py, naming.py, data/lexicons/cues.toml, data/actors/heads.tsv and
generic.tsv)."""

from __future__ import annotations

import pytest
from pipeline_runs import run

from eventcoder.model import Document
from eventcoder.pipeline import Pipeline

PUBLISHED = "2024-03-08"

CASES = [
    # people displaced or evacuated, told with the people and the conflict that moves them (or in a coder's note
    # tagged as a displacement), no disaster or alarm named: displacement
    ("Displacement: On 3 March 2024, 350 people were evacuated from Kharkiv and Izium.", "Other"),
    ("The war has emptied whole districts on the left bank. On 3 March 2024, about 3000 people, including 200 "
     "children, were evacuated from Kherson.", "Other"),
    ("Fighting reached the outskirts of Avdiivka. On 4 March 2024, residents of Avdiivka were evacuated to Dnipro.",
     "Other"),
    ("On 4 March 2024, volunteers evacuated 120 civilians from Vuhledar, close to the front line.", "Other"),
    ("Insecurity has grown in the mountains since the spring. On 5 March 2024, dozens of families were displaced from "
     "two villages in Zakho district, Duhok. The families fled to the district capital.", "Other"),
    # a curfew imposed by the government "of" a country (the actor is that government)
    ("On 5 March 2024, the government of Chad prolonged the night curfew in Ouaddai province by another month.",
     "Change to group/activity"),
    # look-alikes: a disaster, an accident or an alarm explains the evacuation anywhere in the report
    ("Heavy rain swept the county on Sunday. On 3 March 2024, 350 people were evacuated from their homes in Carlisle.",
     None),
    ("Landslides dammed a river above the valley. About 4,000 residents were evacuated from villages downstream.",
     None),
    ("On 3 March 2024, 200 residents were evacuated from a tower block in Leeds after a fire broke out on the ninth "
     "floor.", None),
    ("On 3 March 2024, about 80 people were evacuated from a shopping centre in Malmo after a suspicious package was "
     "found.", None),
    ("Fans left the stadium early, evacuated because of a bomb scare with the score at 1-1.", None),
    ("Thousands of people were evacuated from the coast as the hurricane approached Florida.", None),
    # a court's curfew is a bail condition, no security measure
    ("Magistrates imposed a curfew between 2200 and 0700 on the singer as a condition of his bail.", None),
    # the crowd goes on: damage told right after the demonstration, with a pronoun or no party and no place of its
    # own, is the demonstration turning violent (the police who fire tear gas are its other side)
    ("On 10 March 2024, around 300 persons demonstrated in Nantes. They broke windows of a bank, set bins on fire and "
     "denounced the pension reform.", "Violent demonstration"),
    ("On 10 March 2024, about 200 people gathered in Graz to take part in a rally against the new tax. Several "
     "participants were charged. The tyres of a police car were slashed, presumably by a participant.",
     "Violent demonstration"),
    ("On 10 March 2024, residents demonstrated in Kindia against the mayor. They threw rocks at the gendarmes, who "
     "answered with tear gas.", "Violent demonstration"),
    # an armed group's burning after its raid is no crowd's riot ("March" the month tells no march)
    ("On 10 March 2024, gunmen stormed the village of Kura. They burned houses and set cars on fire.", "Attack"),
    # soldiers or police attacking, shooting or storming civilians stand on their own; a knife attack told as
    # "stabbing him" is an attack; a politician's "attack" on teachers and police "targeting" drivers are no events
    ("On 5 March 2024, soldiers attacked two farmers in the village of Kalma.", "Attack"),
    ("On 5 March 2024, a woman attacked a man by stabbing him in the neck at a hotel in Reno.", "Attack"),
    ("Police targeted drivers in a crackdown on speeding in Leeds.", None),
    ("The minister attacked teachers over the strike in London.", None),
    # long-range fire both ways is a clash (ACLED): shelling exchanged, an exchange of shelling, projectiles in both
    # directions; one side firing at the other stays shelling; traffic "in both directions" is no fire
    ("On 2 March 2024, army troops and rebel fighters exchanged artillery shelling near Kalehe.", "Armed clash"),
    ("On 2 March 2024, a shelling exchange took place between the army and the rebels near Kalehe.", "Armed clash"),
    ("On 2 March 2024, near Kalehe, monitors recorded a dozen projectiles involving unknown weapons in both "
     "directions.", "Armed clash"),
    ("On 2 March 2024, rebel fighters fired mortar shells at the town of Kalehe.", "Shelling/artillery/missile attack"),
    ("On 4 March 2024, protesters blocked the highway in both directions near Cusco.", "Peaceful protest"),
    # a crowd of residents beating someone is mob violence after a lead-in of time and place too; residents who
    # say soldiers attacked are witnesses, not the mob
    ("On 5 March 2024, in Cuenca (Azuay), residents of a northern district captured and beat up a thief.",
     "Mob violence"),
    ("On 5 March 2024, residents of Kalma said soldiers attacked their village.", "Attack"),
    # a protest as what someone is arrested for, or a protest word naming a person's role, is no protest
    ("On 8 March 2024, police arrested a teacher in Goma for supporting demonstrations against the governor.",
     "Arrests"),
    ("On 8 March 2024, soldiers sealed the house of a protest leader in Monywa and seized it.",
     "Looting/property destruction"),
    ("On 8 March 2024, protest leaders addressed hundreds of marchers in Goma demanding the governor's resignation.",
     "Peaceful protest"),
    # a party named right before an unnamed agent, or in brackets after it, is the agent; a station told as where a
    # detainee was beaten is the place, not an armed target (no clash)
    ("On 9 March 2024, a Syrian regime sniper wounded a boy with a shot near Atareb.", "Attack"),
    ("On 9 March 2024, armed men (assumed to be a Fulani militia) shot and injured six civilians in Dogo.", "Attack"),
    ("On 9 March 2024, police officers beat a detainee at the district police station in Osh.", "Attack"),
    ("On 9 March 2024, gunmen attacked soldiers at an army checkpoint near Gao.", "Armed clash"),
    # a raid that harms no one and burns houses is property destruction; with people killed it is an attack
    ("On 9 March 2024, soldiers raided and set fire to houses in Kalma village.", "Looting/property destruction"),
    ("On 9 March 2024, soldiers raided Kalma village and burned houses, killing two farmers.", "Attack"),
    ("On 9 March 2024, soldiers raided a local defence force's base camp near Kalma village and set fire to it.",
     "Armed clash"),
    # explosives made safe before they went off, and a missile shot down, are disrupted weapons use
    ("On 9 March 2024, gendarmes found an IED planted by militants near Hakkari and destroyed it through a controlled "
     "detonation.", "Disrupted weapons use"),
    ("On 9 March 2024, soldiers deactivated two explosive devices placed near a pipeline in Arauca.",
     "Disrupted weapons use"),
    # an armed suspect is an armed person: shooting at people at a place stands on its own
    ("On 6 March 2024, an armed suspect shot at a group of worshippers on the beach in Maceio.", "Attack"),
]


def _run(pipeline: Pipeline, text: str) -> Document:
    return run(pipeline, text, PUBLISHED)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), CASES)
def test_extract_recall_notes_sub_event_type(pipeline: Pipeline, text: str, expected: str | None) -> None:
    doc = _run(pipeline, text)
    got = doc.events[0].sub_event_type if doc.events else None
    assert got == expected, f"{text!r}: {got} (expected {expected})"


@pytest.mark.slow
def test_extract_recall_notes_displaced_are_civilians(pipeline: Pipeline) -> None:
    """Synthetic: people evacuated with no party named are the development's actor (civilians), no armed group."""
    doc = _run(pipeline, "Displacement: On 3 March 2024, 350 people were evacuated from Kharkiv.")
    assert [e.actor1 for e in doc.events] == ["Civilians (Ukraine)"]


@pytest.mark.slow
def test_extract_recall_notes_government_of_country(pipeline: Pipeline) -> None:
    """Synthetic: "the government of Chad" is Chad's government (a state actor), as "the Chadian government" is."""
    doc = _run(pipeline, "On 5 March 2024, the government of Chad declared a curfew in Abeche.")
    assert [e.actor1.split(" (")[0] for e in doc.events] == ["Government of Chad"]


@pytest.mark.slow
def test_extract_recall_notes_modifier_is_the_agent(pipeline: Pipeline) -> None:
    """Synthetic: "a Syrian regime sniper" is the regime's sniper: the regime is actor1, the boy's side actor2."""
    doc = _run(pipeline, "On 9 March 2024, a Syrian regime sniper wounded a boy with a shot near Atareb.")
    assert [(e.actor1.split(" (")[0], (e.actor2 or "").split(" (")[0]) for e in doc.events] == [
        ("Military Forces of Syria", "Civilians")]
