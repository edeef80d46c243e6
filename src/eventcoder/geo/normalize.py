"""Name normalisation: the keys under which the gazetteer stores and looks up names.

Three keys per name, from strict to loose:

* ``fold``: lower case, diacritics and punctuation removed ("Jisr ash-Shughūr" -> "jisr ash shughur");
* ``bare``: ``fold`` without Arabic article tokens (al, el, ash, ...) -> "jisr shughur";
* ``sound``: ``bare`` after the spelling rules of ``data/gazetteer/transliteration.tsv`` (Turkish
  and French spellings, doubled letters), so "Cisir ash-Shughur" and "Jisr al-Shughour" meet.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Keys", "Rules", "bare", "fold", "keys", "load_rules", "sound"]

# Letters that NFKD does not decompose into an ASCII base letter.
_SPECIAL = str.maketrans(
    {
        "ı": "i", "İ": "i", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ð": "d",
        "ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "þ": "th", "ħ": "h", "Ħ": "h",
        "ŧ": "t", "ƒ": "f", "ə": "a", "Ə": "a",
    }
)
# Apostrophe-like marks (ayn, hamza, quotes) vanish: "Dar'a" = "Dara", "Ta`izzah" = "Taizzah".
_MARKS = re.compile(r"[\u0027\u0060\u00b4\u2018\u2019\u201b\u02bb\u02bc\u02be\u02bf\u02c8\u2032]")
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
ARTICLES = frozenset({"al", "el", "ash", "esh", "as", "es", "ad", "ed", "ar", "er", "at", "et", "az", "ez",
                      "an", "en", "adh", "ath", "ul", "il", "ech", "ec", "ag", "eg"})


@functools.lru_cache(maxsize=100_000)
def fold(name: str) -> str:
    """Lower case, no diacritics, no punctuation, single spaces: the strict key."""
    text = unicodedata.normalize("NFKD", name.translate(_SPECIAL))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _MARKS.sub("", text.translate(_SPECIAL).lower())
    return _NON_ALNUM.sub(" ", text).strip()


def bare(folded: str) -> str:
    """``folded`` without Arabic article tokens; unchanged when only articles would remain."""
    tokens = folded.split()
    kept = [t for t in tokens if t not in ARTICLES]
    return " ".join(kept) if kept else folded


@dataclass(frozen=True, slots=True)
class Rules:
    """Spelling rules: whole-word replacements and ordered letter rewrites for the ``sound`` key."""

    words: dict[str, str]
    letters: tuple[tuple[re.Pattern[str], str], ...]


def _rule_files() -> list[Path]:
    base = Path(__file__).resolve().parent.parent / "data" / "gazetteer" / "transliteration.tsv"
    return [Path(str(base))]


def _parse_rules(paths: list[Path]) -> Rules:
    words: dict[str, str] = {}
    letters: list[tuple[re.Pattern[str], str]] = []
    for path in paths:
        if not path.exists():
            continue
        for raw in path.read_text(encoding="utf-8").splitlines():
            line = raw.split("#", 1)[0].rstrip("\r\n ")  # a trailing tab is an empty replacement
            if not line.strip():
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                continue
            kind, src, dst = (p.strip() for p in parts)
            if kind == "word":
                words[fold(src)] = fold(dst)
            elif kind == "letters":
                letters.append((re.compile(src), dst))
    return Rules(words=words, letters=tuple(letters))


@functools.cache
def load_rules() -> Rules:
    """The bundled spelling rules plus the user's (``$EVENTCODER_HOME/transliteration.tsv``)."""
    from eventcoder.geo.paths import home

    return _parse_rules([*_rule_files(), home() / "transliteration.tsv"])


def sound(bared: str, rules: Rules | None = None) -> str:
    """The loose key: word replacements, letter rewrites, doubled letters collapsed."""
    rules = rules or load_rules()
    words = [rules.words.get(w, w) for w in bared.split()]
    text = " ".join(words)
    for pattern, repl in rules.letters:
        text = pattern.sub(repl, text)
    text = re.sub(r"([a-z])\1+", r"\1", text)
    return text.replace(" ", "")


@dataclass(frozen=True, slots=True)
class Keys:
    """The three lookup keys of one name."""

    fold: str
    bare: str
    sound: str


def keys(name: str, rules: Rules | None = None) -> Keys:
    """All three keys of ``name``."""
    f = fold(name)
    b = bare(f)
    return Keys(f, b, sound(b, rules))
