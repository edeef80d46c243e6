"""Vowel variants of province names, compass-word compounds and a country's own forces (synthetic names).

* A province written with other vowels than the index has it ("Vardolaan region" for "Vardulaan") is that
  province when the report is about its country and no other unit there shares those consonants; never a unit
  abroad, never a guess between two units, never a short name.
* "Centre-North region" is one name: the province the index knows as "Centre-Nord", not the province "Centre";
  a compass compound the index does not know stays unresolved, and "the North-West region" of a country that has no
  province of that name is not a namesake province abroad.
* "Ruritania security forces", "the Ruritania elite force": whose forces, not where; a province's own security
  forces ("Vardulaan security forces") still put the event there.
"""

from __future__ import annotations

import pytest
from geo_testdata import row

from eventcoder.geo import Geocoder
from eventcoder.geo.detect import detect
from eventcoder.geo.gazetteer import MemoryGazetteer, vowel_variant, vowel_variant_key

PLACES = [
    row(901, "Ruritania", 5.0, 20.0, "BF", None, 20_000_000, "country"),
    row(902, "Borduria", 8.0, 25.0, "CM", None, 25_000_000, "country"),
    row(903, "Vardulaan", 5.5, 20.5, "BF", "Vardulaan", 900_000, "admin1"),
    row(904, "Centre", 5.1, 20.1, "BF", "Centre", 2_000_000, "admin1"),
    row(905, "Centre-Nord", 6.0, 20.0, "BF", "Centre-Nord", 1_500_000, "admin1"),
    row(906, "North-West", 8.5, 24.5, "CM", "North-West", 2_000_000, "admin1"),
    row(907, "Tamvoro", 5.6, 20.6, "BF", "Vardulaan", 40_000),
    row(908, "Kilmaro", 8.4, 24.4, "CM", "North-West", 50_000),
    # two units of one country that share their consonants: no answer between them
    row(909, "Sobaran", 5.2, 19.5, "BF", "Sobaran", 300_000, "admin1"),
    row(910, "Sabiran", 5.3, 19.6, "BF", "Sabiran", 100_000, "admin1"),
    # the same consonants abroad: never taken for a unit of the report's country
    row(911, "Vardoolen", 8.2, 24.8, "CM", "Vardoolen", 400_000, "admin1"),
]


@pytest.fixture(scope="module")
def geo() -> Geocoder:
    return Geocoder(MemoryGazetteer.from_rows(list(PLACES)))


def resolved(geo: Geocoder, text: str) -> dict[str, str | None]:
    return {p.surface: p.name for p in geo.geoparse(text) if p.resolved}


def test_the_vowel_variant_key_keeps_consonants_and_drops_vowel_spelling() -> None:
    assert vowel_variant_key("Vardulaan") == vowel_variant_key("Vardolaan") == vowel_variant_key("Vaardulan")
    assert vowel_variant("Vardolaan", "vardulaan") and vowel_variant("Vaardulan", "vardulaan")
    # two vowels written otherwise, another ending, other words: another name
    assert not vowel_variant("Vardoleen", "vardulaan")
    assert not vowel_variant("Vardulaane", "vardulaana")
    assert not vowel_variant("Var Dulaan", "vardulaan")
    assert vowel_variant_key("Vardulaan") != vowel_variant_key("Vardulan Rashi")
    assert vowel_variant_key("Vardulaan") != vowel_variant_key("Vartulaan")


def test_a_province_written_with_other_vowels_is_that_province_in_its_country(geo: Geocoder) -> None:
    out = resolved(geo, "Gunmen attacked a market in Vardolaan region, Ruritania, on Monday.")
    assert out.get("Vardolaan") == "Vardulaan"


def test_a_vowel_variant_needs_one_unit_of_the_focus_country(geo: Geocoder) -> None:
    # two units of Ruritania share the consonants of "Sabaaran": no guess
    assert "Sabaaran" not in resolved(geo, "Gunmen attacked a market in Sabaaran region, Ruritania.")
    # a report about Borduria: Ruritania's Vardulaan is not a spelling of the Bordurian name
    out = resolved(geo, "Gunmen attacked a market in Vardolaan region, Borduria, near Kilmaro.")
    assert out.get("Vardolaan") in (None, "Vardoolen")


def test_a_short_name_is_no_vowel_variant(geo: Geocoder) -> None:
    assert vowel_variant_key("Centre").replace(".", "") == "cntr"
    assert "Vo" not in resolved(geo, "Gunmen attacked a market in Vo region, Ruritania.")


def test_a_compass_compound_is_read_whole(geo: Geocoder) -> None:
    out = resolved(geo, "Gunmen attacked a village in the Centre-North region of Ruritania on Monday.")
    assert out.get("Centre-North") == "Centre-Nord"
    # not known as a whole, in English or in French: unresolved, never the province "Centre"
    out = resolved(geo, "Gunmen attacked a village in the Centre-West region of Ruritania on Monday.")
    assert out.get("Centre-West") is None


def test_a_province_named_by_compass_words_is_found_before_its_type_word(geo: Geocoder) -> None:
    out = resolved(geo, "Separatists attacked a school near Kilmaro in the North-West region of Borduria.")
    assert out.get("North-West") == "North-West"
    # compass words alone, with no type word, stay a direction
    assert not [m for m in detect("Troops moved to the North-West on Monday.", geo.gazetteer.exists)
                if m.surface == "North-West"]


def test_a_compass_province_abroad_is_not_a_namesake_of_the_reports_region(geo: Geocoder) -> None:
    out = resolved(geo, "Gunmen attacked Tamvoro, in Ruritania's North-West region.")
    assert out.get("North-West") is None
    assert out.get("Tamvoro") == "Tamvoro"


@pytest.mark.parametrize("actor", ["security forces", "elite force", "defence forces", "gendarmes", "troops"])
def test_a_countrys_own_forces_say_whose_not_where(geo: Geocoder, actor: str) -> None:
    out = resolved(geo, f"Ruritania {actor} clashed with rebels near Kilmaro.")
    assert "Ruritania" not in out
    assert out.get("Kilmaro") == "Kilmaro"


def test_a_provinces_own_security_forces_still_say_where(geo: Geocoder) -> None:
    out = resolved(geo, "Vardulaan security forces arrested two men on Monday.")
    assert out.get("Vardulaan") == "Vardulaan"


def test_a_vowel_variant_in_brackets_needs_a_longer_name(geo: Geocoder) -> None:
    out = resolved(geo, "On 3 May, gunmen attacked a market in Tamvoro (Vardolaan), Ruritania.")
    assert out.get("Vardolaan") == "Vardulaan"
    # four consonants without a type word: too short to tell from another word
    out = resolved(geo, "On 3 May, gunmen attacked a market in Tamvoro (Sabiren), Ruritania.")
    assert out.get("Sabiren") is None
