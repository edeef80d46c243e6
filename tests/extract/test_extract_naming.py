"""extract.naming.text_country: the country a text names, not a neighbour it names (synthetic texts)."""

from __future__ import annotations

from eventcoder.extract.naming import text_country


def test_text_country_counts_names_and_demonyms() -> None:
    assert text_country("Gunmen attacked a Malian village; Mali's army said.") == "ML"


def test_text_country_skips_a_neighbour_across_the_border() -> None:
    assert text_country("Eight herders were killed near the border with Chad.") is None
    assert text_country("Clashes broke out along the frontier of Niger on Sunday.") is None
    assert text_country("Troops shelled positions near the Syrian border, Turkish media said.") == "TR"


def test_text_country_keeps_a_border_town_of_the_country() -> None:
    assert text_country("Gunmen raided the Kenyan border town overnight.") == "KE"
