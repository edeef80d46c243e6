"""The extraction engine end to end on sentences and short reports written for these tests."""

from __future__ import annotations

import pytest

from eventcoder.api import extract_text

pytestmark = pytest.mark.slow


def events(text: str, published: str | None = "2024-05-10"):  # type: ignore[no-untyped-def]
    return extract_text(text, published=published).events


@pytest.mark.parametrize(
    ("text", "event_type", "sub_event_type"),
    [
        ("Russian warplanes struck a market in Maarrat al-Numan on Tuesday, killing nine civilians.",
         "Explosions/Remote violence", "Air/drone strike"),
        ("Government troops shelled villages near Kadugli overnight, killing three people.",
         "Explosions/Remote violence", "Shelling/artillery/missile attack"),
        ("A roadside bomb exploded under a police vehicle in Khost on Monday, killing two officers.",
         "Explosions/Remote violence", "Remote explosive/landmine/IED"),
        ("A suicide bomber blew himself up at a mosque in Peshawar on Friday, killing 17 worshippers.",
         "Explosions/Remote violence", "Suicide bomb"),
        ("Soldiers and Al Shabaab fighters clashed for hours near Baidoa on Sunday.", "Battles", "Armed clash"),
        ("Gunmen stormed the village of Dogon Noma on Wednesday and killed 12 villagers.",
         "Violence against civilians", "Attack"),
        ("Armed men kidnapped 20 passengers from a bus near Kaduna on Thursday.",
         "Violence against civilians", "Abduction/forced disappearance"),
        ("Hundreds of teachers marched through Nairobi on Tuesday to demand unpaid salaries.",
         "Protests", "Peaceful protest"),
        ("Police fired tear gas to disperse students protesting fuel prices in Dakar on Monday.",
         "Protests", "Protest with intervention"),
        ("Rioters torched cars and pelted police with stones in Lyon on Saturday after a demonstration.",
         "Riots", "Violent demonstration"),
        ("Police arrested 14 opposition activists in Harare on Wednesday.", "Strategic developments", "Arrests"),
        ("Air defences intercepted two drones over Belgorod on Monday.", "Strategic developments",
         "Disrupted weapons use"),
    ],
)
def test_engine_types_events_by_acled_rules(text: str, event_type: str, sub_event_type: str) -> None:
    evs = events(text)
    assert evs, f"no event from: {text}"
    assert (evs[0].event_type, evs[0].sub_event_type) == (event_type, sub_event_type)


@pytest.mark.parametrize(
    "text",
    [
        "The striker scored twice as the home side attacked relentlessly in the second half.",
        "Flash floods killed 23 people in the north of the country on Sunday, officials said.",
        "Two people died when a bus collided with a truck on the highway near Kumasi.",
        "The foreign ministers met in Geneva to discuss trade and climate policy.",
        "Police arrested a man suspected of stealing three cars from a dealership in Leeds.",
        "Two people were killed when a bus overturned on the highway near Mombasa.",
        "The minister said the army would launch an offensive against the rebels next month.",
        "Analysts say the conflict has killed more than 300,000 people since 2011.",
        "Cholera has killed 37 people in the province since January, health officials said.",
    ],
)
def test_engine_rejects_what_is_not_political_violence(text: str) -> None:
    doc = extract_text(text, published="2024-05-10")
    assert doc.events == []
    assert doc.rejected


def test_engine_does_not_add_a_lead_total_to_its_parts() -> None:
    text = (
        "At least 9 people were killed when government forces and allied militias attacked towns in Darfur.\n\n"
        "Government forces shelled El Fasher on Saturday, killing 7 civilians.\n\n"
        "In a separate attack, militiamen shot dead two herders near Kutum."
    )
    evs = events(text)
    assert sum(e.fatalities for e in evs) == 9


def test_engine_background_history_is_not_a_new_event() -> None:
    text = (
        "Insurgents attacked an army post near Gao on Tuesday, killing four soldiers.\n\n"
        "In 2012, rebels seized the whole north of the country and the conflict has killed thousands since."
    )
    evs = events(text, published="2024-03-07")
    assert sum(e.fatalities for e in evs) == 4
    assert all((e.event_date or "").startswith("2024") for e in evs)


def test_engine_dates_relative_days_on_the_publication_date() -> None:
    evs = events("Militants attacked a police station in Bannu on Wednesday, killing three policemen.",
                 published="2024-05-10")  # a Friday
    assert evs and evs[0].event_date == "2024-05-08"


def test_engine_no_date_without_an_anchor() -> None:
    evs = events("Militants attacked a police station in Bannu on Wednesday, killing three policemen.", published=None)
    assert evs and evs[0].event_date is None


def test_engine_evidence_quotes_the_text() -> None:
    doc = extract_text("Gunmen killed five farmers in Benue state on Sunday.", published="2024-05-10")
    assert doc.events
    for ev in doc.events[0].evidence:
        assert doc.text[ev.start : ev.end] == ev.quote
    fields = {ev.field for ev in doc.events[0].evidence}
    assert {"event_type", "fatalities", "notes"} <= fields


def test_engine_adds_dead_that_a_later_sentence_says_are_also_dead() -> None:
    text = ("Six villagers were killed when gunmen attacked a synthetic village near Gao on Monday. "
            "The army said the fighting that followed also killed four of the attackers.")
    evs = events(text, published="2024-03-07")
    assert sum(e.fatalities for e in evs) == 10


def test_engine_a_separate_incident_is_a_separate_event() -> None:
    text = ("A suicide bomber killed nine people at a checkpoint in Kabul on Monday.\n\n"
            "In a separate incident, gunmen shot dead a teacher in Kandahar.")
    evs = events(text, published="2024-03-12")
    assert {e.location for e in evs} >= {"Kabul", "Kandahar"}
    assert sum(e.fatalities for e in evs) == 10


def test_engine_toll_told_per_place_is_kept_per_place() -> None:
    text = ("Fourteen people were killed in attacks on two towns in northern Burkina Faso on Sunday, "
            "ten of them in Djibo and four near Dori, security sources said.")
    evs = events(text, published="2024-05-13")
    by_place = {e.location: e.fatalities for e in evs}
    assert by_place.get("Djibo") == 10 and by_place.get("Dori") == 4


def test_engine_country_from_a_demonym_when_no_place_resolves() -> None:
    evs = events("A suicide bomber detonated his vest by the gate of a mosque in the Afghan capital, killing five people.",
                 published="2024-03-12")
    assert evs and evs[0].country == "Afghanistan"
