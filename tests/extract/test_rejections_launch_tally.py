"""extract.rejections: a count of weapons launched at a whole country is a night's tally, not a strike (synthetic)."""

from __future__ import annotations

from eventcoder.api import extract_text


def test_a_nationwide_launch_count_is_no_strike_of_its_own() -> None:
    # synthetic: the launch count names only the country; the sentence after tells the interception
    text = ("Russia launched 30 attack drones at Ukraine overnight, the air force said on 4 June 2024. "
            "Air defences destroyed five drones over the Odesa region, its governor said.")
    doc = extract_text(text, published="2024-06-04")
    assert [e.sub_event_type for e in doc.events] == ["Disrupted weapons use"]


def test_the_shelling_told_after_a_launch_count_keeps_its_type() -> None:
    # synthetic
    text = ("Russian forces sent 40 drones against Ukraine during the night, officials said on Tuesday 4 June 2024.\n\n"
            "Artillery fire on Kherson killed three people and wounded five, the regional governor said.")
    doc = extract_text(text, published="2024-06-04")
    assert "Shelling/artillery/missile attack" in [e.sub_event_type for e in doc.events]
    assert "Air/drone strike" not in [e.sub_event_type for e in doc.events]


def test_missiles_fired_at_a_city_are_a_strike() -> None:
    # synthetic
    text = "Russia fired 12 missiles at Kharkiv on 4 June 2024, damaging a power station, the mayor said."
    doc = extract_text(text, published="2024-06-04")
    assert doc.events and doc.events[0].event_type == "Explosions/Remote violence"


def test_missiles_launched_at_a_named_base_are_a_strike() -> None:
    # synthetic: the site aimed at is told, even when the gazetteer does not know it
    text = "On 9 May 2018, the navy launched 40 cruise missiles from two ships at the remote airbase of Qarnayn."
    doc = extract_text(text, published="2018-05-10")
    assert doc.events
