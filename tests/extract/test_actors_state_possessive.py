"""extract.actors: a country's possessive before an attack or its weapons names its forces (synthetic texts)."""

from __future__ import annotations

from eventcoder.extract.actors import ActorLexicon


def _keys(text: str) -> list[str]:
    return [m.key for m in ActorLexicon.default().find(text)]


def test_country_possessive_attack_names_its_military() -> None:
    # synthetic
    assert "Military Forces of Russia" in _keys("Air defences downed 14 drones over Odesa in Russia's night attack.")
    assert "Military Forces of Israel" in _keys("Israel's airstrikes on the camp went on until dawn.")


def test_country_possessive_of_a_campaign_or_a_place_names_no_force() -> None:
    # synthetic: a war told as context, an envoy, and a toll's superlative that says where it happened
    assert _keys("Prices have risen since Russia's invasion began.") == []
    assert _keys("Israel's ambassador met the minister on Monday.") == []
    assert _keys("It was Somalia's deadliest bombing in five years.") == []
    # synthetic: a side's attack in a match
    assert _keys("Ghana's tireless attack wore down the defence in the second half.") == []
