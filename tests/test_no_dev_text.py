"""Guard: the repository holds only text we wrote ourselves, none lifted from the development sets.

No text file of the repository (``ROOTS``) may share a run of 10 or more consecutive words (lower-cased, accents,
apostrophes, escapes and punctuation dropped) with any string of ../shared/dev/*.jsonl. The only runs allowed are the
ACLED actor and organisation names listed in ``ALLOWED_RUNS`` (the codebook's own vocabulary, which the gold format
and the actor tests must spell out) and the web page furniture of ``BOILERPLATE_RUNS``. Skipped only when
../shared/dev is absent (a clone without the development data; `.ci/run` has it).

Fast: the repository's 10-grams are hashed into one set, then every dev string's 10-grams are looked up in it; only
when one matches are the files read again to name file and line.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED_DEV = REPO.parent / "shared" / "dev"
N = 10
WORD = re.compile(r"[a-z0-9]+")
ROOTS = ("src", "tests", "docs", "samples", "benchmarks", "scripts", "eval", "README.md", "Makefile", "pyproject.toml")
SKIP_SUFFIXES = {".png", ".jpg", ".gif", ".npz", ".pyc", ".gz", ".zip", ".sqlite", ".db", ".ico", ".woff", ".woff2"}

# ACLED actor and organisation names of 10 words or more, as the actor table spells them (a name, its acronym):
# shared vocabulary of the codebook, which the dev sets also spell word for word, not copied reporting. Normalised
# as the check reads text (lower-case, punctuation dropped); a shared 10-gram is allowed only when it lies inside one
# of them. Shorter names ("JNIM: Group for Support of Islam and Muslims") cannot hold a 10-word run on their own.
ALLOWED_RUNS: tuple[str, ...] = (
    "mntjp mndaa myanmar national truth and justice party myanmar national democratic alliance army",
    "united nations organization stabilization mission in the democratic republic of the congo monusco",
    "rcss ssa s restoration council of shan state shan state army south",
    "boko haram jamaatu ahli is sunnah lid dawati wal jihad",
    "monusco united nations organization stabilization mission in democratic republic of congo",
    "cndd fdd imbonerakure national council for the defence of democracy",
    "chini ya kilima fpic patriotic and integrationist force of congo",
)
# Web page furniture the ingest layer must recognise to drop (ingest/lines.py), which real pages print word for word.
BOILERPLATE_RUNS: tuple[str, ...] = (
    "your email address will not be published required fields are marked",
)


# Escapes as a source file writes them ("\\n\\nGunmen" in a Python or JSON string) and apostrophes of any kind.
_ESCAPE = re.compile(r"\\[ntr]|\\u[0-9a-fA-F]{4}")
_APOSTROPHE = re.compile(r"['\u2018\u2019\u02bc]")


def _words(text: str) -> list[str]:
    """Lower-case words, accents and apostrophes dropped, so a retyped copy ("Sekou's") reads as the original."""
    text = unicodedata.normalize("NFKD", _ESCAPE.sub(" ", text))
    text = _APOSTROPHE.sub("", "".join(c for c in text if not unicodedata.combining(c)))
    return WORD.findall(text.lower())


def _grams(words: list[str]) -> Iterator[str]:
    for i in range(len(words) - N + 1):
        yield " ".join(words[i : i + N])


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def _repo_texts() -> Iterator[tuple[Path, str]]:
    for root in ROOTS:
        top = REPO / root
        paths = [top] if top.is_file() else sorted(p for p in top.rglob("*") if p.is_file())
        for path in paths:
            if path.suffix.lower() in SKIP_SUFFIXES or "__pycache__" in path.parts or path == Path(__file__):
                continue
            data = path.read_bytes()
            if b"\0" not in data[:4096]:  # binary files aside, every file is read (undecodable bytes replaced)
                yield path, data.decode("utf-8", errors="replace")


def _allowed(gram: str) -> bool:
    return any(gram in run for run in ALLOWED_RUNS + BOILERPLATE_RUNS)


def _dev_hits(ours: set[int]) -> set[str]:
    """The 10-grams of the dev strings whose hash is one of ``ours``."""
    hits: set[str] = set()
    records = 0
    for path in sorted(SHARED_DEV.glob("*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                if not line.strip():
                    continue
                records += 1
                for text in _strings(json.loads(line)):  # a line that is no JSON fails: nothing goes unchecked
                    for gram in _grams(_words(text)):
                        if hash(gram) in ours:
                            hits.add(gram)
    assert records > 1000, f"only {records} development records read from {SHARED_DEV}: the check would be empty"
    return hits


def test_no_file_shares_a_10_word_run_with_the_dev_sets() -> None:
    if not SHARED_DEV.exists():
        pytest.skip("../shared/dev not present")
    texts = list(_repo_texts())
    ours = {hash(gram) for _, text in texts for gram in _grams(_words(text))}
    shared = {gram for gram in _dev_hits(ours) if not _allowed(gram)}
    found = []
    for path, text in texts:
        for number, line in enumerate(text.splitlines(), 1):
            if any(gram in " ".join(_words(line)) for gram in shared):
                found.append(f"{path.relative_to(REPO)}:{number}")
    # a run that crosses a line break is named by its words when no single line holds it
    assert not shared, f"text shared with ../shared/dev: {found[:20]} {sorted(shared)[:5]}"


def test_the_allowlist_holds_names_only() -> None:
    """Each allowed run is one actor name of the actor table (no sentence of reporting hides in the allowlist)."""
    table = " ".join(_words((REPO / "src/eventcoder/data/actors/groups.tsv").read_text(encoding="utf-8")))
    assert all(N <= len(run.split()) <= 16 and run in table for run in ALLOWED_RUNS)
    furniture = " ".join(_words((REPO / "src/eventcoder/ingest/lines.py").read_text(encoding="utf-8")))
    assert all(N <= len(run.split()) <= 12 and run in furniture for run in BOILERPLATE_RUNS)
