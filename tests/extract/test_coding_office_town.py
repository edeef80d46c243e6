"""The town of a victim's office ("the mayor of X", "the chairman of the party in X") says who was hit, not where:
beside a site the incident names it is no second record (coding._places_of); synthetic texts."""

from __future__ import annotations

from eventcoder.api import extract_text


def places(text: str) -> list[str | None]:
    return [e.location for e in extract_text(text, published="2024-05-10").events]


def test_coding_office_town_beside_the_site_gives_no_second_record() -> None:
    # synthetic: the mayor of one town shot in another
    assert places("Gunmen shot dead the mayor of Tlalpan in Cuernavaca on Sunday, state prosecutors said.") == [
        "Cuernavaca"]


def test_coding_office_town_of_a_party_chairman_beside_his_farm() -> None:
    # synthetic: the party's chairman "in X" killed at his farm in Y
    assert places("Unidentified gunmen killed Ahmed Musa, the chairman of the ruling party in Gusau, at his farm in "
                  "Tsafe on Friday, police said.") == ["Tsafe"]


def test_coding_office_town_alone_is_the_place() -> None:
    # synthetic: with no other place, the office's town is the nearest the report gives
    assert places("Gunmen shot dead the mayor of Tlalpan on Sunday, state prosecutors said.") == ["Tlalpan"]


def test_coding_office_town_after_a_party_acronym() -> None:
    # synthetic: the party is told by its capitalised short name ("the chairman of the XYZ in X")
    assert places("Unidentified gunmen killed Ahmed Musa, the chairman of the PDP in Gusau, at his farm in "
                  "Tsafe on Friday, police said.") == ["Tsafe"]
