"""The pipeline of declared components: build-time checks of layers, replacing and running one component alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcoder.errors import ConfigError
from eventcoder.extract.components import CountsComponent, CuesComponent
from eventcoder.extract.lexicon import Lexicons
from eventcoder.model import Document, Sentence, document_id
from eventcoder.pipeline import MARKERS, Pipeline, Stage, components_table, with_components_table

ROOT = Path(__file__).resolve().parents[2]


def _doc(text: str) -> Document:
    return Document(document_id(text), text, sentences=[Sentence(0, len(text))])


def test_pipeline_analyze_rejects_a_layer_nobody_writes() -> None:
    counts = CountsComponent(Lexicons.load(user=False).counts)
    with pytest.raises(ConfigError, match=r"'counts' reads \['candidates'\]"):
        Pipeline([counts])
    Pipeline([CuesComponent(Lexicons.load(user=False).cues), counts])  # in order: fine


def test_pipeline_analyze_rejects_unknown_layers() -> None:
    with pytest.raises(ConfigError, match="unknown layers"):
        Pipeline([Stage("odd", lambda d: d, reads=("text",), writes=("vibes",))])


def test_pipeline_components_run_alone() -> None:
    lex = Lexicons.load(user=False)
    doc = CuesComponent(lex.cues)(_doc("Gunmen killed four farmers near the village."))
    assert [c.cls for c in doc.cues] == ["attack"] and len(doc.candidates) == 1
    doc = CountsComponent(lex.counts)(doc)
    assert [(c.role, c.value) for c in doc.counts] == [("killed", 4)]


def test_pipeline_replace_swaps_one_component() -> None:
    lex = Lexicons.load(user=False)
    pipe = Pipeline([CuesComponent(lex.cues), CountsComponent(lex.counts)])
    quiet = Stage("counts", lambda d: d, reads=("candidates",), writes=("counts",))
    swapped = pipe.replace("counts", quiet)
    assert swapped.get("counts") is quiet and pipe.get("counts") is not quiet
    with pytest.raises(KeyError, match="no pipeline component 'nope'"):
        pipe.replace("nope", quiet)


def test_pipeline_default_is_the_documented_one() -> None:
    """docs/architecture.md's component table is generated from the code: regenerate it when this fails with
    `python -m eventcoder.pipeline --write docs/architecture.md`."""
    doc = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    assert MARKERS[0] in doc and MARKERS[1] in doc
    assert with_components_table(doc, components_table()) == doc
