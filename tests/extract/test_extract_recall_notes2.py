"""Review fixes and leftovers of the recall round on notes without an event (round of 10:00), one synthetic text
each (written for these tests, no development text): the police who only tell of another's act are its source, not
a party (extract/roles.py); self-defence groups and local defence militias are communal militias
(data/actors/groups.tsv); a suspicious object blown up as a precaution, or that proved a hoax, is a security alert
and no explosive event (extract/rejections.py)."""

from __future__ import annotations

import pytest
from pipeline_runs import run

from eventcoder.model import Document
from eventcoder.pipeline import Pipeline

PUBLISHED = "2024-03-08"


def _run(pipeline: Pipeline, text: str) -> Document:
    return run(pipeline, text, PUBLISHED)


def _sides(doc: Document) -> list[tuple[str, str]]:
    return [(e.actor1.split(" (")[0], (e.actor2 or "").split(" (")[0]) for e in doc.events]


POLICE_TELL = [
    # the police named before the act, telling of another's attack: source, not actor1
    ("Police said gunmen attacked a minibus near Kura on 3 March 2024, killing four passengers.",
     "Unidentified Armed Group"),
    ("On 3 March 2024, the police in Kano State confirmed that bandits abducted a trader from his shop in Kura.",
     "Unidentified Armed Group"),
    # ... as when they tell of another force's patrol hit, or blame the act on its authors
    ("Police said the soldiers were on patrol near Tak Bai on 14 July 2024 when a bomb went off beside their truck, "
     "killing one.", "Unidentified Armed Group"),
    ("On 14 July 2024, a police officer blamed the bombing of a market in Yala on separatists.", "Unidentified Armed Group"),
    # ... but a force telling of its own act is its agent
    ("On 3 March 2024, the police in Kano said they killed three bandits in a gunfight near Kura.",
     "Police Forces of Nigeria"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "actor1"), POLICE_TELL)
def test_extract_recall_notes2_police_who_tell_are_a_source(pipeline: Pipeline, text: str, actor1: str) -> None:
    doc = _run(pipeline, text)
    assert [a for a, _ in _sides(doc)][:1] == [actor1], f"{text!r}: {_sides(doc)}"


@pytest.mark.slow
def test_extract_recall_notes2_police_whose_post_is_hit_are_no_source(pipeline: Pipeline) -> None:
    """Synthetic: what the police tell is an attack on their own post: they stay a party of it."""
    doc = _run(pipeline, "Police said gunmen attacked their checkpoint near Kura on 3 March 2024.")
    assert any("Police Forces of Nigeria" in pair for pair in _sides(doc))


SELF_DEFENCE = [
    # self-defence groups and local defence militias: communal (identity) militias, in the plural too
    ("On 4 March 2024, a criminal gang attacked farmers and self-defence groups near Tlapa, Guerrero.",
     ("Unidentified Gang", "Unidentified Communal Militia")),
    ("On 4 March 2024, members of a self-defense group fought cartel gunmen for two hours in Chilapa, Guerrero.",
     ("Unidentified Communal Militia", "Unidentified Gang")),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "sides"), SELF_DEFENCE)
def test_extract_recall_notes2_self_defence_groups(pipeline: Pipeline, text: str, sides: tuple[str, str]) -> None:
    doc = _run(pipeline, text)
    assert _sides(doc)[:1] == [sides], f"{text!r}: {_sides(doc)}"


@pytest.mark.slow
def test_extract_recall_notes2_self_defence_group_is_identity_militia(pipeline: Pipeline) -> None:
    """Synthetic: local defence militiamen who fight bandits are an identity militia (inter 4)."""
    doc = _run(pipeline, "On 4 March 2024, local defence militiamen fought bandits at Dansadau in Zamfara.")
    assert doc.events
    assert doc.events[0].actor1.startswith("Unidentified Communal Militia")
    assert doc.events[0].inter1 == "Identity militia"


ALERTS = [
    # a suspicious object blown up as a precaution, or one that proved harmless: a security alert, no event
    ("On 5 March 2024, army technicians carried out a controlled explosion of a suspicious holdall left outside a "
     "courthouse in Omagh.", None),
    ("On 5 March 2024, police sealed off a street in Lurgan after a suspicious object was reported near a school. It "
     "was later declared a hoax.", None),
    # look-alikes: an explosive made safe is disrupted weapons use; a bomb in a suspicious bag that went off wounds
    ("On 5 March 2024, soldiers found an IED left by rebels beside a road near Tame and destroyed it through a "
     "controlled detonation.", "Disrupted weapons use"),
    ("On 5 March 2024, a bomb hidden in a suspicious bag exploded at a bus station in Maiduguri, wounding six people.",
     "Remote explosive/landmine/IED"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), ALERTS)
def test_extract_recall_notes2_security_alert(pipeline: Pipeline, text: str, expected: str | None) -> None:
    doc = _run(pipeline, text)
    got = doc.events[0].sub_event_type if doc.events else None
    assert got == expected, f"{text!r}: {got} (expected {expected})"


CLAIMS = [
    # a group that claims the act its sentence told with unnamed perpetrators is actor1 (a credible claim) ...
    ("On 6 March 2024, armed men shot dead four farmers near Gwoza. ISWAP claimed the killing on its channels.",
     "Islamic State (West Africa)"),
    ("On 6 March 2024, a car bomb went off outside a hotel in Baidoa, killing three guards. Al-Shabaab claimed "
     "responsibility for the blast.", "Al Shabaab"),
    # ... a group only blamed or suspected is not, nor a claim beside a named perpetrator
    ("On 6 March 2024, armed men shot dead four farmers near Gwoza. Officials blamed Boko Haram for the killings.",
     "Unidentified Armed Group"),
    ("On 6 March 2024, Al-Shabaab fighters raided a police post in Afgoye. The Islamic State claimed the raid.",
     "Al Shabaab"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "actor1"), CLAIMS)
def test_extract_recall_notes2_claimant_is_the_perpetrator(pipeline: Pipeline, text: str, actor1: str) -> None:
    doc = _run(pipeline, text)
    assert doc.events and doc.events[0].actor1.startswith(actor1), f"{text!r}: {_sides(doc)}"


# The review of the recall round on real-news precision (the look-alikes the round's rules took for events)
REVIEW = [
    # soldiers or police who "shoot" a film or pictures, or "attack" words, harm no one; police who shoot an armed man
    # in ordinary policing are no political violence; soldiers attacking herders still are
    ("Soldiers shot a short film with pupils at the garrison in Kumasi on Friday to mark army day.", None),
    ("Police shot pictures of shoppers waiting outside the bakery in Maracaibo on Friday.", None),
    ("Police attacked villagers' accounts of abuse as fabrications at a briefing in Abuja on Friday.", None),
    ("Police shot a man carrying a machete outside a railway station in Leeds on Friday after he threatened "
     "commuters.", None),
    ("Soldiers attacked three herders near Segou, Mali, on Friday.", "Attack"),
    # a civil government's taxes, campaigns, health curfews and bans are policy, not violence nor a security measure
    ("The government of Chile hit miners with a new royalty on Friday in Santiago.", None),
    ("The government of Poland attacked judges and reporters in a television campaign in Warsaw on Friday.", None),
    ("The government of Peru imposed a night curfew in Lima on Friday to curb the spread of the virus.", None),
    ("The government of Kenya banned betting adverts in Nairobi on Friday.", None),
    ("The government of France imposed a levy on plastic bottles on Friday, retailers in Paris said.", None),
    ("The government of Haiti ordered residents of the coast to leave their homes on Friday ahead of the approaching "
     "storm.", None),
    # people evacuated or displaced with no conflict told near it: no displacement
    ("Pupils were evacuated from a school in Cardiff on Friday after teachers noticed a strange smell.", None),
    ("Rising rents have displaced thousands of families from the old quarter of Porto.", None),
    ("Cracks opened in the walls of an apartment block in Turin on Friday, and 90 residents were evacuated.", None),
    # a security alert, a relic or a replica made safe is no explosive event; a missile shot down is one interception
    ("Police found an unattended rucksack near a station in Leeds on Friday. Bomb disposal experts blew it up in a "
     "controlled explosion. It held only books.", None),
    ("Police found a suspicious box at a bus shelter in Armagh on Friday. Army experts disposed of it in a controlled "
     "explosion; the alert was a hoax.", None),
    ("Bomb experts deactivated a grenade handed in at a police station in Liege on Friday; it was a replica.", None),
    ("Police defused a Second World War shell found by builders in Cologne on Friday.", None),
    ("Troops deactivated three explosive devices planted beside a road near Mopti on Friday, the army said.",
     "Disrupted weapons use"),
    # fire exchanged in words is no clash
    ("The two ministers spent the interview in Madrid on Friday exchanging fire over pensions.", None),
    # tyres slashed with no crowd and no demonstration told are vandalism
    ("The tyres of 25 vans were slashed on an estate in Hull overnight, police said.", None),
    ("Investors protested the bonus of the chairman at the meeting in Zurich on Friday. Later the tyres of his car "
     "were slashed.", None),
    # a prisoner stabbed by another is crime
    ("A prisoner was stabbed by a fellow inmate at a jail in Ohio on Friday, officials said.", None),
    # "attacked a postwoman" is no attack on a post (a word of an armed site is a whole word)
    ("Officers shot a dog that had attacked a postwoman in Derby on Friday.", None),
    # arrests for joining a protest told with its own scene: the protest broken up
    ("Police in Yerevan detained 30 people for joining a protest outside the government building on Friday evening.",
     "Protest with intervention"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), REVIEW)
def test_extract_recall_notes2_review_look_alikes(pipeline: Pipeline, text: str, expected: str | None) -> None:
    doc = _run(pipeline, text)
    got = [e.sub_event_type for e in doc.events]
    assert got == ([expected] if expected else []), f"{text!r}: {got} (expected {expected})"


@pytest.mark.slow
def test_extract_recall_notes2_missile_shot_down_is_one_interception(pipeline: Pipeline) -> None:
    """Synthetic: a missile launched, then shot down in the next sentence: one event, the interception."""
    doc = _run(pipeline, "Russia fired a cruise missile at Odesa on Friday. Air defence forces shot it down "
                         "over the Kyivskyi district, the governor said.")
    assert [e.sub_event_type for e in doc.events] == ["Disrupted weapons use"]


@pytest.mark.slow
def test_extract_recall_notes2_government_arrests_by_its_police(pipeline: Pipeline) -> None:
    """Synthetic: the arrests a civil government makes are its police's (ACLED), as before "the government of X"
    was an actor."""
    doc = _run(pipeline, "The government of Zambia arrested nine opposition activists in Lusaka on Friday.")
    assert [(e.sub_event_type, e.actor1.split(" (")[0]) for e in doc.events] == [("Arrests", "Police Forces of Zambia")]
