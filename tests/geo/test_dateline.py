"""Synthetic reports: a dateline is where the report was filed, not where its events happened, unless the text
places them nowhere else; a country the text writes after a locative word is a place of the event."""

from __future__ import annotations

from eventcoder.geo import Geocoder
from eventcoder.geo.dateline import focus_past_dateline, placed_at
from eventcoder.geo.eventloc import event_country, filed_from
from eventcoder.ingest.text import document_from_text
from eventcoder.model import Place


def _place(text: str, word: str, cc: str, feature: str = "city", nth: int = 0) -> Place:
    i = -1
    for _ in range(nth + 1):
        i = text.index(word, i + 1)
    return Place(word, i, i + len(word), resolved=True, name=word.title(), geonameid=hash((word, cc)) % 10_000,
                 country_code=cc, feature=feature, latitude=1.0, longitude=2.0, geo_precision=1)


def _dateline(text: str) -> tuple[int, int]:
    start = text.index("\n\n") + 2
    return start, text.index(" - ", start) + 2


STRIKE = "Strikes on an airbase\n\nVELMORA (Agency) - Velmoran warships fired missiles at an airbase in Qarbatia on Friday."


def test_a_dateline_abroad_gives_way_to_a_country_the_text_places_the_event_in() -> None:
    places = [_place(STRIKE, "VELMORA", "AA"), _place(STRIKE, "Qarbatia", "BB", "country")]
    assert focus_past_dateline(STRIKE, places, _dateline(STRIKE), "AA") == "BB"
    assert focus_past_dateline(STRIKE, places, _dateline(STRIKE), None) == "BB"
    # the dateline's city does not outvote that focus when the event's own place is not known
    assert event_country(None, places, "BB", text=STRIKE).code == "BB"


def test_a_dateline_stands_when_the_text_places_events_at_home_or_nowhere() -> None:
    home = STRIKE.replace("at an airbase in Qarbatia", "at Qarbatia's navy in the port of Dunmere")
    places = [_place(home, "VELMORA", "AA"), _place(home, "Qarbatia", "BB", "country"), _place(home, "Dunmere", "AA")]
    assert focus_past_dateline(home, places, _dateline(home), "AA") == "AA"
    nowhere = "Shooting\n\nVELMORA - A gunman shot two guards on Friday, Qarbatia said."
    places = [_place(nowhere, "VELMORA", "AA"), _place(nowhere, "Qarbatia", "BB", "country")]
    assert focus_past_dateline(nowhere, places, _dateline(nowhere), "AA") == "AA"
    # a focus that is not the dateline's country is the text's own
    assert focus_past_dateline(STRIKE, [_place(STRIKE, "VELMORA", "AA")], _dateline(STRIKE), "CC") == "CC"


def test_a_locative_word_before_a_place_says_where_it_happened() -> None:
    def at(text: str, word: str) -> bool:
        return placed_at(text, _place(text, word, "BB"))

    assert at("Missiles hit an airbase in Qarbatia.", "Qarbatia")
    assert at("Jets struck targets in northern Qarbatia.", "Qarbatia")
    assert at("Clashes broke out on the outskirts of Dunmere.", "Dunmere")
    assert at("Gunmen attacked a market in the town of Dunmere.", "Dunmere")
    assert at("Jets struck targets in the north-west of Qarbatia.".replace("north-west", "northwest"), "Qarbatia")
    assert at("The strikes came in retaliation for raids in Qarbatia.", "Qarbatia")
    assert not at("The strikes came in response to Qarbatia's attack.", "Qarbatia")
    assert not at("Refugees massed in neighbouring Qarbatia.", "Qarbatia")
    assert not at("Qarbatia denied the report.", "Qarbatia")


def test_a_dateline_place_is_an_upper_case_name_opening_a_line_before_a_dash() -> None:
    assert filed_from(STRIKE, _place(STRIKE, "VELMORA", "AA"))
    text = "Title\n\nVELMORA, March 3 -- Police said."
    assert filed_from(text, _place(text, "VELMORA", "AA"))
    text = "Title\n\nVelmora - Police said, and VELMORA - no."
    assert not filed_from(text, _place(text, "Velmora", "AA"))
    assert not filed_from(text, _place(text, "VELMORA", "AA"))


def test_a_wire_story_filed_at_home_about_a_strike_abroad_is_coded_abroad(real_geocoder: Geocoder) -> None:
    doc = document_from_text("US fires missiles at air base\n\nWASHINGTON (Agency) - American warships "
                             "fired cruise missiles at an air base in Syria on Thursday, officials said.\n")
    real_geocoder.annotate(doc)
    assert doc.country_focus == "SY"
    doc = document_from_text("Shooting in the capital\n\nWASHINGTON (Agency) - A gunman shot two guards at a museum "
                             "on Thursday, police said. Syria was not involved.\n")
    real_geocoder.annotate(doc)
    assert doc.country_focus == "US"


def test_a_town_written_with_its_district_of_the_same_name_follows_the_reports_other_places(
        real_geocoder: Geocoder) -> None:
    # Lebanon's Tripoli district has no recorded population; Libya's Tripoli province is far larger
    places = real_geocoder.geoparse("On 5 May, in Tripoli (Tripoli), dozens of people protested against power cuts. "
                                    "Protesters in Beirut and Sidon also rallied.")
    assert {p.country_code for p in places if p.resolved} == {"LB"}
    places = real_geocoder.geoparse("On 5 May, in Tripoli (Tripoli), militias clashed near the airport.")
    assert {p.country_code for p in places if p.resolved} == {"LY"}
