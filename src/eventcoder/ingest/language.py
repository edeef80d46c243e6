"""The language of a report: detected offline (CLD2, whose model ships in the ``pycld2`` wheel) on a bounded prefix.

Only English is coded so far. A report is declared to be in another language only when the
detector is sure of it: CLD2 calls its guess reliable, the language holds most of the sample
and English hardly any of it. Short texts and headlines are usually left undecided (None),
since a false "not English" would drop a report silently, which is worse than coding it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["SUPPORTED_LANGUAGES", "LanguageGuess", "choose_language", "detect_language", "not_supported_message"]

SUPPORTED_LANGUAGES = frozenset({"en"})
# Detection reads the start of the text only: 3,000 characters decide a language and cost ~0.03 ms.
_PREFIX = 3000
# Below this many letters the guess is not worth making.
_MIN_LETTERS = 40
# "Sure": the top language holds at least this share of the sample, and English less than _MAX_ENGLISH.
_MIN_SHARE, _MAX_ENGLISH = 70, 15
# CLD2's codes that differ from ISO 639-1.
_CODES = {"iw": "he", "jw": "jv", "in": "id", "zh-Hant": "zh"}
_LETTER = re.compile(r"[^\W\d_]")
_TAG = re.compile(r"^([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*$")


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    """A confident detection: ISO 639-1 code (or CLD2's code when it has none) and English name."""

    code: str
    name: str


def detect_language(text: str) -> LanguageGuess | None:
    """The language of ``text`` when the detector is sure of it, else None."""
    sample = text[:_PREFIX]
    if len(sample) < 4 * _MIN_LETTERS and len(_LETTER.findall(sample)) < _MIN_LETTERS:
        return None
    import pycld2

    try:
        reliable, _, details = pycld2.detect(sample)
    except pycld2.error:
        # CLD2 refuses some code points (C1 controls, unpaired surrogates): read the letters and spaces only
        cleaned = "".join(ch for ch in sample if ch.isalpha() or ch.isspace())
        try:
            reliable, _, details = pycld2.detect(cleaned)
        except pycld2.error:
            return None
    name, code, share = details[0][0], details[0][1], details[0][2]
    if not reliable or code in ("un", "xx", "xxx"):
        return None
    code = _CODES.get(code, code.split("-")[0])
    if code == "en":
        return LanguageGuess("en", "English")
    english = sum(d[2] for d in details if d[1] == "en")
    if share < _MIN_SHARE or english >= _MAX_ENGLISH:
        return None
    return LanguageGuess(code, name.replace("_", " ").title())


def declared_language(value: str | None) -> str | None:
    """A declared language (``en-US``, ``fr``, ``English``) as an ISO 639-1 code, or None when it names none."""
    if not value:
        return None
    value = value.strip()
    if m := _TAG.match(value):
        return _CODES.get(m.group(1).lower(), m.group(1).lower())
    import pycountry

    try:
        lang = pycountry.languages.lookup(value)
    except LookupError:
        return None
    code = getattr(lang, "alpha_2", None) or getattr(lang, "alpha_3", None)
    return str(code) if code else None


def choose_language(text: str, declared: str | None) -> tuple[str | None, str | None]:
    """(language code, English name) of a report: a confident detection wins over the declared language."""
    guess = detect_language(text)
    if guess is not None:
        return guess.code, guess.name
    code = declared_language(declared)
    return code, _name(code) if code else None


def _name(code: str) -> str:
    import pycountry

    lang = pycountry.languages.get(alpha_2=code) if len(code) == 2 else pycountry.languages.get(alpha_3=code)
    return str(lang.name) if lang is not None else code


def not_supported_message(code: str, name: str | None) -> str | None:
    """The rejection of a report in a language eventcoder cannot code yet, or None when it can."""
    if code in SUPPORTED_LANGUAGES:
        return None
    label = f"{name} ({code})" if name and name != code else code
    return f"language {label} is not supported yet; nothing was coded"
