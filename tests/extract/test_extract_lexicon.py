"""The engine's lexicons are data: no duplicates, every cue class named by the code exists, loaded only on demand."""

from __future__ import annotations

import importlib
import pkgutil
import re
import re._constants as sre_constants  # the parser's own node types, to walk compiled patterns
import re._parser as sre_parser
import subprocess
import sys
import tomllib
from collections import Counter
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

import eventcoder.extract as extract_pkg
from eventcoder.errors import ConfigError
from eventcoder.extract.cues import Cue
from eventcoder.extract.lexicon import BUNDLED, Lexicons

SRC = Path(extract_pkg.__file__).resolve().parent


def _bundled() -> dict[str, dict[str, Any]]:
    folder = resources.files("eventcoder.data.lexicons")
    return {name: tomllib.loads(folder.joinpath(name).read_text(encoding="utf-8")) for name in BUNDLED}


def _lists() -> list[tuple[str, list[str]]]:
    out = []
    for name, doc in _bundled().items():
        for key, value in doc.items():
            if isinstance(value, list):
                out.append((f"{name} {key}", value))
            else:
                out += [(f"{name} [{key}] {k}", v) for k, v in value.items()]
    return out


@pytest.mark.parametrize(("where", "items"), _lists(), ids=[w for w, _ in _lists()])
def test_lexicon_lists_have_no_duplicates(where: str, items: list[str]) -> None:
    twice = [item for item, n in Counter(i.casefold() for i in items).items() if n > 1]
    assert not twice, f"{where}: listed twice: {twice}"


def test_lexicon_victim_nouns_in_one_class_only() -> None:
    victims = _bundled()["victims.toml"]
    assert not set(victims["civilian"]) & set(victims["armed"])


def _branch_duplicates(node: Any, out: list[str]) -> None:
    """Alternatives written twice in one alternation, anywhere in a parsed pattern."""
    for op, av in node.data if hasattr(node, "data") else node:
        if op is sre_constants.BRANCH:
            keys = [repr(item.data) for item in av[1]]
            out += [k for k, n in Counter(keys).items() if n > 1]
            for item in av[1]:
                _branch_duplicates(item, out)
        elif op is sre_constants.SUBPATTERN:
            _branch_duplicates(av[-1], out)
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT):
            _branch_duplicates(av[2], out)
        elif op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            _branch_duplicates(av[1], out)
        elif op is sre_constants.ATOMIC_GROUP:
            _branch_duplicates(av, out)


def _engine_patterns() -> dict[str, re.Pattern[str]]:
    patterns: dict[str, re.Pattern[str]] = {}
    for info in pkgutil.iter_modules(extract_pkg.__path__):
        module = importlib.import_module(f"eventcoder.extract.{info.name}")
        patterns.update({f"{info.name}.{k}": v for k, v in vars(module).items() if isinstance(v, re.Pattern)})
    lexicons = Lexicons.load(user=False)
    patterns.update({f"CountReader.{k}": v for k, v in vars(lexicons.counts).items() if isinstance(v, re.Pattern)})
    return patterns


def test_lexicon_no_duplicate_alternatives_in_engine_patterns() -> None:
    found = {}
    for name, pattern in _engine_patterns().items():
        dups: list[str] = []
        _branch_duplicates(sre_parser.parse(pattern.pattern, pattern.flags), dups)
        if dups:
            found[name] = len(dups)
    assert not found, f"alternatives written twice (pattern: how many): {found}"


def test_lexicon_cue_classes_are_the_enum() -> None:
    assert set(_bundled()["cues.toml"]["cues"]) == {c.value for c in Cue}


_LITERAL_CUE = re.compile(r"""\.(?:has|first)\(\s*["']|cues(?:\.get)?[\[(]\s*["']""")


def test_lexicon_code_names_cue_classes_through_the_enum() -> None:
    """A cue class written as a bare string is not checked against the lexicon: the code must use Cue."""
    offenders = [f"{p.name}:{n}" for p in SRC.glob("*.py") for n, line in enumerate(p.read_text().splitlines(), 1)
                 if _LITERAL_CUE.search(line)]
    assert not offenders, offenders


def test_lexicon_nothing_is_read_at_import() -> None:
    code = ("import eventcoder.extract, eventcoder.extract.counts, eventcoder.pipeline\n"
            "from eventcoder.extract.lexicon import Lexicons\n"
            "print(Lexicons.default.cache_info().currsize)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"


def test_lexicon_user_files_extend_and_reload(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "lexicons").mkdir()
    (tmp_path / "lexicons" / "mine.toml").write_text(
        '[cues]\nattack = ["synthetically assailed"]\n[counts]\nkilled = ["zapped"]\n', encoding="utf-8")
    monkeypatch.setenv("EVENTCODER_HOME", str(tmp_path))
    lex = Lexicons.load()
    text = "Gunmen synthetically assailed a village; 4 villagers were zapped."
    assert "attack" in lex.cues.find(text)
    assert [(c.role, c.value) for c in lex.counts.find(text, 0, len(text))] == [("killed", 4)]
    assert lex.counts.find(text, 0, len(text)) != Lexicons.load(user=False).counts.find(text, 0, len(text))
    Lexicons.reload()
    try:
        assert "attack" in Lexicons.default().cues.find(text)
    finally:
        monkeypatch.delenv("EVENTCODER_HOME")
        Lexicons.reload()


def test_lexicon_bad_file_names_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "broken.toml"
    bad.write_text("[cues\nattack = 1", encoding="utf-8")
    with pytest.raises(ConfigError, match="broken.toml"):
        Lexicons.load([bad], user=False)
    wrong = tmp_path / "wrong.toml"
    wrong.write_text("[counts]\nkilled = [1, 2]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"wrong.toml: \[counts\] killed must be a list of strings"):
        Lexicons.load([wrong], user=False)
