"""Tests of the country table and its lookups."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcoder.countries import all_countries, by_code, load_file, lookup, name_key
from eventcoder.errors import InputError

ACLED_REGIONS = {
    "Western Africa",
    "Middle Africa",
    "Eastern Africa",
    "Southern Africa",
    "Northern Africa",
    "Middle East",
    "South Asia",
    "Southeast Asia",
    "East Asia",
    "Caucasus and Central Asia",
    "Europe",
    "North America",
    "Central America",
    "South America",
    "Caribbean",
    "Oceania",
    "Antarctica",
}


def test_countries_table_has_all_iso_plus_kosovo() -> None:
    countries = all_countries()
    assert len(countries) >= 250
    assert by_code("XK") is not None and by_code("XK").name == "Kosovo"  # type: ignore[union-attr]
    assert len({c.iso2 for c in countries}) == len(countries)
    assert {c.region for c in countries} <= ACLED_REGIONS


@pytest.mark.parametrize(
    ("code", "name", "region"),
    [
        ("CD", "Democratic Republic of Congo", "Middle Africa"),
        ("cog", "Republic of Congo", "Middle Africa"),
        ("TR", "Turkey", "Middle East"),
        ("SYR", "Syria", "Middle East"),
        ("ru", "Russia", "Europe"),
        ("IR", "Iran", "Middle East"),
        ("PS", "Palestine", "Middle East"),
        ("CI", "Ivory Coast", "Western Africa"),
        ("MM", "Myanmar", "Southeast Asia"),
        ("US", "United States", "North America"),
        ("GB", "United Kingdom", "Europe"),
        ("KR", "South Korea", "East Asia"),
        ("LA", "Laos", "Southeast Asia"),
        ("VN", "Vietnam", "Southeast Asia"),
        ("BO", "Bolivia", "South America"),
        ("VE", "Venezuela", "South America"),
        ("TZ", "Tanzania", "Eastern Africa"),
        ("SZ", "eSwatini", "Southern Africa"),
        ("CZ", "Czech Republic", "Europe"),
        ("MK", "North Macedonia", "Europe"),
        ("CV", "Cape Verde", "Western Africa"),
        ("TL", "East Timor", "Southeast Asia"),
        ("AF", "Afghanistan", "Caucasus and Central Asia"),
        ("SD", "Sudan", "Northern Africa"),
        ("MX", "Mexico", "North America"),
        ("HN", "Honduras", "Central America"),
        ("HT", "Haiti", "Caribbean"),
        ("AQ", "Antarctica", "Antarctica"),
    ],
)
def test_countries_by_code_gives_acled_name_and_region(code: str, name: str, region: str) -> None:
    country = by_code(code)
    assert country is not None
    assert (country.name, country.region) == (name, region)


@pytest.mark.parametrize(
    ("surface", "iso2"),
    [
        ("Syrian", "SY"),
        ("Afghan", "AF"),
        ("Türkiye", "TR"),
        ("DRC", "CD"),
        ("Congolese", "CD"),
        ("Ivorian", "CI"),
        ("the United States", "US"),
        ("U.S.", "US"),
        ("UK", "GB"),
        ("Burmese", "MM"),
        ("côte d’ivoire", "CI"),
        ("Cote d'Ivoire", "CI"),
        ("Burkinabe", "BF"),
        ("Nigerien", "NE"),
        ("Nigerian", "NG"),
        ("Iraqis", "IQ"),
        ("Somalis", "SO"),
        ("Palestinians", "PS"),
        ("Israeli", "IL"),
        ("Yemeni", "YE"),
        ("Sudanese", "SD"),
        ("South Sudanese", "SS"),
        ("Russian", "RU"),
        ("Ukrainian", "UA"),
        ("Congo-Brazzaville", "CG"),
        ("Republic of the Congo", "CG"),
        ("Democratic Republic of Congo", "CD"),
        ("Filipino", "PH"),
        ("the Philippines", "PH"),
        ("Kosovo", "XK"),
        ("Emirati", "AE"),
        ("Burma", "MM"),
        ("SYRIA", "SY"),
        ("Eswatini", "SZ"),
        ("Czechia", "CZ"),
        ("French", "FR"),
        ("American", "US"),
    ],
)
def test_countries_lookup_accepts_names_aliases_and_demonyms(surface: str, iso2: str) -> None:
    country = lookup(surface)
    assert country is not None, surface
    assert country.iso2 == iso2


def test_countries_lookup_unknown_is_none() -> None:
    assert lookup("Atlantis") is None
    assert lookup("") is None
    assert by_code("ZZ") is None


def test_countries_name_key_folds_punctuation_and_article() -> None:
    assert name_key("The U.S.") == "us"
    assert name_key("Türkiye") == "turkiye"
    assert name_key("Guinea-Bissau") == "guinea bissau"


def test_countries_load_file_rejects_bad_header(tmp_path: Path) -> None:
    bad = tmp_path / "countries.tsv"
    bad.write_text("code\tname\nSY\tSyria\n", encoding="utf-8")
    with pytest.raises(InputError, match="header"):
        load_file(bad)
