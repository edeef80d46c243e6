"""A name borne by large cities of two countries ("Tripoli" of Libya and of Lebanon) with no country written: the
report's other evidence decides, a principled default otherwise (``Geocoder._lone``, ``_twin_cities_hinted``, the
capital weight). Texts are synthetic, written for these tests."""

from __future__ import annotations

from eventcoder.geo import Geocoder


def _countries(geo: Geocoder, text: str) -> list[str | None]:
    return [p.country_code for p in geo.geoparse(text) if p.surface == "Tripoli"]


def test_with_no_evidence_the_national_capital(fake_geocoder: Geocoder) -> None:
    # the capital weight: a name shared by large cities means the capital when nothing else is said
    assert set(_countries(fake_geocoder, "Hundreds of people marched in Tripoli on Friday.")) == {"LY"}


def test_a_demonym_of_the_other_country_decides_as_a_prior(fake_geocoder: Geocoder) -> None:
    text = "Soldiers of the Lebanese army exchanged fire with gunmen in Tripoli on Friday."
    assert set(_countries(fake_geocoder, text)) == {"LB"}


def test_a_demonym_of_the_capitals_country_keeps_it(fake_geocoder: Geocoder) -> None:
    assert set(_countries(fake_geocoder, "Libyan police dispersed a crowd in Tripoli on Friday.")) == {"LY"}


def test_demonyms_of_both_countries_leave_the_default(fake_geocoder: Geocoder) -> None:
    text = "Lebanese and Libyan workers rallied in Tripoli on Friday."
    assert set(_countries(fake_geocoder, text)) == {"LY"}

