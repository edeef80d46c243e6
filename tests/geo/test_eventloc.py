"""Event geolocation: the place of the event, not of the hospital, the speaker or the refuge."""

from __future__ import annotations

from eventcoder.geo import Geocoder
from eventcoder.geo.eventloc import event_places


def names(geo: Geocoder, text: str) -> list[str]:
    return [p.surface for p in event_places(text, geo.geoparse(text))]


def test_eventloc_skips_hospital_town(fake_geocoder: Geocoder) -> None:
    text = "Shelling killed two men in Sarmin, and the wounded were taken to a hospital in Idlib."
    assert names(fake_geocoder, text) == ["Sarmin"]


def test_eventloc_skips_where_a_spokesman_spoke(fake_geocoder: Geocoder) -> None:
    text = "A spokesman said in Damascus and Aleppo that rockets hit Jisr al-Shughour, Syria."
    got = names(fake_geocoder, text)
    assert got[0] == "Jisr al-Shughour" and "Syria" not in got


def test_eventloc_skips_where_people_fled(fake_geocoder: Geocoder) -> None:
    text = "Gunmen attacked Tripoli, Lebanon, and families fled to Aleppo."
    assert names(fake_geocoder, text) == ["Tripoli"]


def test_eventloc_country_only_when_nothing_else(fake_geocoder: Geocoder) -> None:
    assert names(fake_geocoder, "Air strikes were reported across Syria.") == ["Syria"]


def test_a_place_in_the_purpose_of_a_protest_held_elsewhere_is_not_the_event_place() -> None:
    from eventcoder.geo.eventloc import is_event_place
    from eventcoder.model import Place

    def here(text: str, word: str) -> bool:
        i = text.index(word)
        return is_event_place(text, Place(word, i, i + len(word), resolved=True))

    text = "Members of a union demonstrated in Lyon to denounce the killing of a reporter by soldiers in Gaza."
    assert here(text, "Lyon") and not here(text, "Gaza")
    assert not here("Students marched in Taipei to condemn the violence committed in Bucha, Ukraine.", "Bucha")
    assert here("Residents protested against the killing of a youth in Kabul.", "Kabul")  # no other place: here
    assert here("Gunmen attacked a market in Mopti and killed five traders in Sevare.", "Sevare")


def test_eventloc_innermost_place_is_the_town_not_the_province_that_locates_it(fake_geocoder: Geocoder) -> None:
    from eventcoder.geo.eventloc import innermost_place

    text = "Protesters gathered in Idlib (Idlib, Idlib Governorate). Police dispersed them."
    places = [p for p in fake_geocoder.geoparse(text) if p.resolved]
    assert [p.feature for p in places] == ["city", "city", "admin1"]
    assert innermost_place(text, places, len(places) - 1) == 0
    listed = "Shells hit Sarmin, Ariha and Idlib Governorate."
    ps = [p for p in fake_geocoder.geoparse(listed) if p.resolved]
    assert innermost_place(listed, ps, len(ps) - 1) == len(ps) - 1  # a list, not a container


def test_eventloc_the_province_written_after_a_town_to_place_it_is_not_the_event_place(
        fake_geocoder: Geocoder) -> None:
    text = "Jets struck the outskirts of Sarmin district of Idlib on Monday."  # synthetic
    assert names(fake_geocoder, text)[0] == "Sarmin"


def test_eventloc_a_square_placed_in_a_town_is_not_a_place_of_its_own(fake_geocoder: Geocoder) -> None:
    got = [p.surface for p in fake_geocoder.geoparse("Farmers gathered in Aleppo square in Idlib, Syria.")]
    assert "Aleppo" not in got and "Idlib" in got


def test_eventloc_innermost_place_reads_an_appositive_capital_of(fake_geocoder: Geocoder) -> None:
    from eventcoder.geo.eventloc import innermost_place

    text = "Clashes near Idlib, the capital of Syria's Idlib Governorate, killed 5. Police said more died."
    places = [p for p in fake_geocoder.geoparse(text) if p.resolved and p.feature != "country"]
    # the phrase that glosses the town names the town (geo.capitals), so the province is no place of its own
    assert [(p.feature, p.name) for p in places] == [("city", "Idlib"), ("city", "Idlib")]
    assert innermost_place(text, places, 1) == 0


def test_eventloc_a_building_in_a_town_is_where_an_attack_happened_and_a_diversion_is_not() -> None:
    from eventcoder.geo.eventloc import is_event_place
    from eventcoder.model import Place

    def here(text: str, word: str) -> bool:
        i = text.index(word)
        return is_event_place(text, Place(word, i, i + len(word), resolved=True))

    assert here("A bomber blew himself up near the foreign ministry in Sarmin on Monday.", "Sarmin")
    assert not here("Flights at the airport were diverted to Idlib.", "Idlib")


def test_is_event_place_remembered_answer_is_the_computed_one() -> None:
    """Synthetic: the memo is keyed by the text, the place and the start; equal places of different texts, or the
    same place read from another start, get their own answers, the same as uncached."""
    from eventcoder.geo import eventloc
    from eventcoder.model import Place

    fled = "Shelling hit Sarmin and families fled to Idlib."
    held = "Shelling hit Sarmin and families were in Idlib."
    i = fled.index("Idlib")
    assert held.index("Idlib") == i
    idlib = Place("Idlib", i, i + 5, resolved=True, feature="city")
    for text in (fled, held, fled, held):
        for start in (0, fled.index("families")):
            got = eventloc.is_event_place(text, idlib, start)
            assert got == eventloc._is_event_place.__wrapped__(text, idlib, start)
    assert not eventloc.is_event_place(fled, idlib) and eventloc.is_event_place(held, idlib)


def test_context_votes_with_remembered_plans_are_the_votes_read_afresh(fake_geocoder: Geocoder) -> None:
    """Synthetic: the second reading of a report's context reuses the first reading's vote plans for the mentions
    whose candidates did not change; its votes are those of a reading from scratch, and a mention given other
    candidates (here none) is planned afresh."""
    text = "Shelling killed two men in Sarmin, Syria, and families fled to Aleppo and Tripoli."
    geo = fake_geocoder
    mentions = geo._mentions(text)
    cands = [geo._candidates(m.surface, m.type_hint) for m in mentions]
    assert len(mentions) >= 3
    plans: dict = {}  # type: ignore[type-arg]
    first = geo._context(text, [], mentions, cands, set(), None, plans)
    assert first == geo._context(text, [], mentions, cands)
    fewer = [() if i == 0 else cs for i, cs in enumerate(cands)]
    assert geo._context(text, [], mentions, fewer, set(), None, plans) == geo._context(text, [], mentions, fewer)
    assert plans[0][0] == ()


def test_a_word_of_a_name_glossed_by_its_acronym_is_no_event_place() -> None:
    """Synthetic: "the Parti ouvrier de X (POX)" names a party; "Sao Paulo (SP)" is the place itself."""
    from eventcoder.geo.eventloc import is_event_place
    from eventcoder.model import Place

    def at(text: str, word: str, feature: str = "city") -> Place:
        i = text.index(word)
        return Place(word, i, i + len(word), resolved=True, name=word, country_code="FR", feature=feature)

    text = "Members of the Parti ouvrier de Bordeaux (POB) marched in Lyon."
    assert not is_event_place(text, at(text, "Bordeaux"))
    assert is_event_place(text, at(text, "Lyon"))
    text = "Activists of the Coalition pour Quebec (CPQ) gathered."
    assert not is_event_place(text, at(text, "Quebec"))
    text = "Truckers protested in Sao Paulo (SP) on Monday."
    assert is_event_place(text, at(text, "Sao Paulo"))
    text = "Troops entered the Democratic Republic of Congo (DRC) on Monday."
    assert is_event_place(text, at(text, "Congo", "country"))
    text = "Students marched in Rennes (RN) and in the Parti de Nantes et Angers (PNA) offices."
    assert is_event_place(text, at(text, "Rennes"))
