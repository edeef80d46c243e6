"""extract.actors: a generic word that only says what kind of group the next name is ("militant group X") is no
party of its own (synthetic texts)."""

from __future__ import annotations

from eventcoder.extract.actors import ActorLexicon


def _keys(text: str) -> list[str]:
    return [m.key for m in ActorLexicon.default().find(text)]


def test_kind_word_before_a_name_is_dropped() -> None:
    # synthetic
    assert _keys("Somali militant group al-Shabab said it planted the bomb.") == ["Al Shabaab"]
    assert _keys("The armed group ADF denied any part in the raid.") == ["ADF: Allied Democratic Forces"]


def test_two_parties_named_side_by_side_are_kept() -> None:
    # synthetic
    assert _keys("Militants and ADF fighters clashed near Beni.") == [
        "Unidentified Armed Group", "ADF: Allied Democratic Forces"]
    assert _keys("") == []


def test_kind_word_after_a_name_is_the_named_group() -> None:
    # synthetic: "the X gang", "X's fighters" are the named group's own men
    assert _keys("The Gran Grif gang burned houses in Kenscoff.") == ["Viv Ansanm"]
    assert _keys("Al-Shabab's gunmen stormed the hotel.") == ["Al Shabaab"]


def test_a_name_and_other_armed_men_stay_two_parties() -> None:
    # synthetic
    assert _keys("Al-Shabab and unidentified gunmen were blamed.") == ["Al Shabaab", "Unidentified Armed Group"]
