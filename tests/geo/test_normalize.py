"""Name keys: folding, Arabic articles, Turkish and French spellings."""

from __future__ import annotations

from eventcoder.geo.normalize import bare, fold, keys


def test_normalize_fold_removes_diacritics_and_punctuation() -> None:
    assert fold("Jisr ash-Shughūr") == "jisr ash shughur"
    assert fold("Dārat ‘Izzah") == "darat izzah"
    assert fold("İdlib") == "idlib"
    assert fold("Dar'a") == "dara"


def test_normalize_bare_drops_arabic_articles() -> None:
    assert bare(fold("Al-Majdal")) == "majdal"
    assert bare(fold("Jisr al-Shughour")) == bare(fold("Jisr ash Shughour"))
    assert bare("al") == "al"  # a name that is only an article stays


def test_normalize_sound_joins_turkish_and_arabic_spellings() -> None:
    assert keys("Cisir ash-Shughur").sound == keys("Jisr al-Shughour").sound
    assert keys("Darat Izza").sound == keys("Dārat ‘Izzah").sound
    assert keys("Djibouti").sound == keys("Jibuti").sound


def test_normalize_sound_word_rules_map_exonyms() -> None:
    assert keys("Halep").sound == keys("Aleppo").sound


def test_normalize_sound_joins_the_spellings_of_a_final_ta_marbuta() -> None:
    from eventcoder.geo.normalize import keys

    assert keys("Darat Izzeh").sound == keys("Darat Izzah").sound == keys("Darat Izza").sound
