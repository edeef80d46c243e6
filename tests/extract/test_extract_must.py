"""Must not code / must code: one real-language pattern per family of issue 10, so no future rule brings the noise back.

Every text here was written for this test (synthetic, no development data): what ACLED does not code gives no
event and no fatalities; its counterpart, told of political violence, gives the event with its toll.
"""

from __future__ import annotations

import pytest

from eventcoder.api import extract_text

pytestmark = pytest.mark.slow

PUBLISHED = "2024-05-10"

MUST_NOT_CODE = {
    "sport": "The visitors battled back to beat the champions 3-1 in a bruising derby clash, their striker firing "
             "two shots past the keeper.",
    "sport-metaphor": "Rangers stormed into a two-goal lead and then attacked relentlessly as the hosts fought to "
                      "survive.",
    "markets": "Shares rallied and oil prices shot up after the two firms struck a deal to end their takeover battle.",
    "business-shell": "The tycoon moved the profits through a shell company and his deep coal mines in the north.",
    "entertainment": "The war film, shot on location in Morocco, follows a platoon of soldiers caught in a deadly ambush.",
    "court": "A federal jury convicted the former militia commander of murder, and he was sentenced to life in prison.",
    "campaign": "The opposition leader attacked the government's budget in a fiery speech, accusing ministers of "
                "waging war on the poor.",
    "health-battle": "The singer lost her long battle with cancer on Sunday, her family said.",
    "crime": "A man was stabbed to death by his wife during a domestic dispute at their home in Leeds, police said.",
    "accident": "Seven people were killed when a bus collided with a lorry on the motorway near Nakuru on Friday.",
    "fire": "A fire swept through a garment factory in Dhaka on Thursday, killing 12 workers, firefighters said.",
    "disaster": "Floods killed 23 people and displaced thousands in the valley after days of torrential rain.",
    "commemoration": "Hundreds laid wreaths at the memorial to remember the soldiers killed in the battle of 1944.",
    "history": "In 1994, militias massacred thousands of civilians in the capital over a hundred days.",
    "cumulative": "The conflict has killed more than 40,000 people since it began, the health ministry said.",
    "idiom": "The minister suffered a heart attack during the summit and was taken to hospital.",
    "cyber": "Hackers launched a cyber attack that knocked the bank's website offline for hours.",
    "gathering": "Hundreds of fans gathered at the stadium to watch the final.",
    "plan": "The army said it would launch an offensive against the rebels next month.",
}


@pytest.mark.parametrize("family", list(MUST_NOT_CODE))
def test_must_not_code(family: str) -> None:
    doc = extract_text(MUST_NOT_CODE[family], published=PUBLISHED)
    assert doc.events == [], [(e.sub_event_type, e.fatalities) for e in doc.events]
    assert doc.rejected


MUST_CODE = {
    "attack": ("Gunmen on motorcycles killed nine villagers in a raid near Gusau on Monday, police said.",
               "Attack", 9),
    "battle": ("Troops and rebels clashed near Beni on Saturday, leaving four soldiers dead.", "Armed clash", 4),
    "airstrike": ("An airstrike hit a market in Maarat al-Numan on Tuesday, killing 11 civilians.",
                  "Air/drone strike", 11),
    "protest": ("Thousands of teachers marched through Nairobi on Tuesday to demand unpaid wages.",
                "Peaceful protest", 0),
    "protest-intervention": ("Police fired tear gas at students protesting fuel prices in Dakar on Monday.",
                             "Protest with intervention", 0),
    "abduction": ("Suspected militants abducted 20 passengers from a bus near Kaduna on Thursday.",
                  "Abduction/forced disappearance", 0),
    "toll-update": ("Militants attacked a market in Gao on Saturday. The death toll from the attack rose to 14 on "
                    "Monday.", "Attack", 14),
    "one-day-large-toll": ("Militants killed 1,200 people in a single attack on the town of Bama on Monday, the "
                           "governor said.", "Attack", 1200),
}


@pytest.mark.parametrize("family", list(MUST_CODE))
def test_must_code(family: str) -> None:
    text, sub, dead = MUST_CODE[family]
    doc = extract_text(text, published=PUBLISHED)
    assert [e.sub_event_type for e in doc.events][:1] == [sub]
    assert sum(e.fatalities for e in doc.events) == dead


def test_must_code_the_event_not_the_war_toll() -> None:
    text = ("Gunmen killed five farmers near Makurdi on Sunday, police said.\n\n"
            "The conflict between herders and farmers has killed thousands of people since 2009.")
    assert sum(e.fatalities for e in extract_text(text, published=PUBLISHED).events) == 5


def test_must_not_code_a_cumulative_death_toll() -> None:
    text = ("An airstrike hit a house in Rafah on Monday, killing six people.\n\n"
            "The death toll in the territory has risen to 35,000, the health ministry said.")
    assert sum(e.fatalities for e in extract_text(text, published=PUBLISHED).events) == 6


def test_must_hedge_an_implausible_one_day_toll() -> None:
    doc = extract_text("Militants killed 1,200 people in Bama, the governor said on Monday.", published=PUBLISHED)
    assert doc.events and sum(e.fatalities for e in doc.events) == 0
    assert doc.events[0].hedged and doc.events[0].fatalities_high == 1200


def test_must_code_one_incident_told_across_places_and_paragraphs_once() -> None:
    text = ("An airstrike hit a school in Ariha, in Idlib province, on Monday, killing six children.\n\n"
            "The strike on the school also damaged a clinic nearby, a rescue worker in Idlib said.")
    doc = extract_text(text, published=PUBLISHED)
    assert len(doc.events) == 1 and doc.events[0].fatalities == 6


def test_must_split_a_digest() -> None:
    text = ("Gunmen killed four people in Gusau on Monday.\n\n"
            "In a separate incident, a roadside bomb killed two soldiers near Maiduguri on Tuesday.")
    doc = extract_text(text, published=PUBLISHED)
    assert len(doc.events) == 2 and sum(e.fatalities for e in doc.events) == 6


def test_must_not_read_related_stories_or_captions() -> None:
    text = ("Gunmen killed four people in Gusau on Monday, police said.\n\n"
            "Photo: Soldiers patrol a street in Maiduguri after a bomb killed 30 people last year.\n\n"
            "Related stories\n\n"
            "Bandits kill 12 in Zamfara\n\n"
            "Troops kill 20 militants in Borno")
    doc = extract_text(text, published=PUBLISHED)
    assert len(doc.events) == 1 and doc.events[0].fatalities == 4


def test_must_not_invent_an_armed_group() -> None:
    """'Unidentified Armed Group' only where the text says armed people or an attack harmed someone."""
    doc = extract_text("The striker was in the thick of the battle for the title.", published=PUBLISHED)
    assert not doc.events
    doc = extract_text("Unknown gunmen shot dead a trader in Kano on Monday.", published=PUBLISHED)
    assert doc.events and (doc.events[0].actor1 or "").startswith("Unidentified Armed Group")


# Page totals (issue 10): the document's fatalities, one family of toll language each (synthetic texts).
MUST_TOTAL = {
    "toll-statement-over-earlier-report": (
        "Rebels ambushed a police convoy near Mopti on Friday, the police said. Earlier reports said four officers "
        "were killed in the ambush, but the regional police chief said the death toll was seven.", 7),
    "recalled-month": (
        "A car bomb exploded at a checkpoint in Kismayo on Wednesday, killing four soldiers, officials said.\n\n"
        "In late March, militants stormed a hotel in the city in an attack that killed 20 people.", 4),
    "ceiling-beside-a-count": (
        "A bomb exploded at a bus station in Jos on Monday, killing three people, police said. Posts on social media "
        "claimed the blast killed as many as 15 people.", 3),
    "running-total": (
        "Hundreds of students marched in Santiago on Tuesday against a police repression that already adds up to "
        "9 dead.", 0),
    "coordinated-groups": (
        "Clashes between the army and rebels near Beni on Saturday left three soldiers and 11 rebels dead, the army "
        "said.", 14),
    "lead-total-of-one-incident": (
        "Seven were killed in a clash between soldiers and rebels near Bunia on Friday, the army said. Six rebels "
        "died in the fighting, an officer said. He said one soldier had died.", 7),
    "restated-without-a-group": (
        "A drone strike near Marib killed six civilians on Sunday, the strike that killed six people hitting a car "
        "on its way to a market, local officials said.", 6),
    "part-among-the-dead": (
        "Gunmen killed eight villagers in a raid near Zurmi on Monday, and two children were among those killed, "
        "police said.", 8),
    "recalled-last-week-elsewhere": (
        "Militants killed six soldiers in an ambush near Menaka on Saturday, the army said.\n\n"
        "The area is close to Gao, where last week gunmen raided a market. That attack killed four traders.", 10),
    "lead-total-of-several-incidents": (
        "Eleven rebels were killed in two separate operations by the army in Kidal region, the army said on Sunday. "
        "Seven rebels were killed in a raid on a camp near Tessalit on Friday, it said.\n\n"
        "Separately, four rebels were killed when soldiers ambushed a convoy near Aguelhok.", 11),
    "a-total-of": ("A total of 23 villagers were killed when militiamen raided two hamlets near Bor on Monday.", 23),
    "killed-a-total-of": ("Militiamen killed a total of 17 villagers in raids near Pibor on Sunday, officials said.", 17),
    "animals-are-no-victims": (
        "Raiders killed four herders and 60 cattle near Kadugli on Monday, police said.", 4),
    "martyred": ("Two policemen were martyred when gunmen attacked a checkpoint in Quetta on Sunday.", 2),
    "neutralised": ("Soldiers neutralised nine terrorists in an ambush near Djibo on Monday, the army said.", 9),
}


@pytest.mark.parametrize("family", list(MUST_TOTAL))
def test_must_total(family: str) -> None:
    text, dead = MUST_TOTAL[family]
    doc = extract_text(text, published=PUBLISHED)
    assert doc.events, family
    assert sum(e.fatalities for e in doc.events) == dead, [(e.sub_event_type, e.location, e.fatalities)
                                                           for e in doc.events]

