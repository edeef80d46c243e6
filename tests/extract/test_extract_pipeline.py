"""The pipeline of declared components: build-time checks of layers, replacing and running one component alone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from eventcoder.errors import ConfigError
from eventcoder.extract.components import CountsComponent, CuesComponent
from eventcoder.extract.lexicon import Lexicons
from eventcoder.model import Document, Failure, Sentence, document_id
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


class _Batched:
    """A component with a batch method: upper-cases the title; fails on a document whose text says "boom"."""

    name = "batched"
    reads: tuple[str, ...] = ("text",)
    writes: tuple[str, ...] = ("title",)

    def __init__(self) -> None:
        self.batches: list[int] = []

    def __call__(self, doc: Document) -> Document:
        if "boom" in doc.text:
            raise ValueError("boom in the text")
        doc.title = doc.text.upper()
        return doc

    def batch(self, docs: list[Document]) -> list[Document | BaseException]:
        self.batches.append(len(docs))
        out: list[Document | BaseException] = []
        for d in docs:
            try:
                out.append(self(d))
            except ValueError as exc:
                out.append(exc)
        return out


def _failing_stage(doc: Document) -> Document:
    if "crash" in doc.text:
        raise RuntimeError("crash in the text")
    return doc


def test_pipeline_pipe_runs_batches_and_a_failure_costs_only_its_own_document() -> None:
    """Synthetic texts. pipe() hands a batch component the batch's running documents; a document that fails in
    one stage (plain or batched) becomes a Failure naming the stage, the others go on, the order is kept."""
    batched = _Batched()
    pipe = Pipeline([Stage("early", _failing_stage, reads=("text",)), batched])
    texts = ["one quiet day", "a crash here", "two calm days", "boom went it", "three", "four", "five"]
    out = list(pipe.pipe((_doc(t) for t in texts), batch_size=4))
    kinds = [(type(d).__name__, getattr(d, "stage", None)) for d in out]
    assert kinds == [("Document", None), ("Failure", "early"), ("Document", None), ("Failure", "batched"),
                     ("Document", None), ("Document", None), ("Document", None)]
    assert [d.title for d in out if isinstance(d, Document)] == ["ONE QUIET DAY", "TWO CALM DAYS", "THREE", "FOUR",
                                                                 "FIVE"]
    assert batched.batches == [3, 3]  # the failed document of each batch is not handed on
    failure = out[3]
    assert isinstance(failure, Failure) and "ValueError: boom in the text" in failure.message


def test_pipeline_pipe_parses_many_documents_at_once_with_the_same_result() -> None:
    """The roles component parses the undecided sentences of a whole batch in one call; the events are those of
    one document at a time (synthetic texts)."""
    from eventcoder.extract.components import RolesComponent
    from eventcoder.ingest import document_from_text

    texts = ["On Monday, the rebels of the northern front clashed with the army near Kadugli, killing 4 soldiers.",
             "Protesters marched in Kano on Tuesday against fuel prices.",
             "On Friday, gunmen from the hills attacked the market of Gusau and killed 7 traders."]
    pipe = Pipeline.default()
    roles = pipe.get("roles")
    assert isinstance(roles, RolesComponent)
    calls: list[int] = []

    def parse(sentences: list[str]) -> list[Any]:
        calls.append(len(sentences))
        return roles.parse(sentences)

    counting = RolesComponent(parse=parse)
    batched = pipe.replace("roles", counting)
    one = [pipe(document_from_text(t, published="2024-03-09")).to_dict() for t in texts]
    many = [d.to_dict() for d in batched.pipe(document_from_text(t, published="2024-03-09") for t in texts)
            if isinstance(d, Document)]
    assert many == one
    assert len(calls) == 1, calls  # the parser ran once for the three reports


def test_a_sentence_the_parser_cannot_read_costs_only_its_own_document() -> None:
    """Synthetic texts. The batched parse fails on one document's sentence: the batch is parsed again one document
    at a time, that document is a Failure of the roles stage, the others are coded as one at a time."""
    from eventcoder.extract.components import RolesComponent
    from eventcoder.ingest import document_from_text

    texts = ["On Monday, the rebels of the northern front clashed with the army near Kadugli, killing 4 soldiers.",
             "On Tuesday, the rebels of the zzz front clashed with the army near Dilling, killing 2 soldiers.",
             "On Friday, gunmen from the hills attacked the market of Gusau and killed 7 traders."]
    pipe = Pipeline.default()
    roles = pipe.get("roles")
    assert isinstance(roles, RolesComponent)

    def parse(sentences: list[str]) -> list[Any]:
        if any("zzz" in s for s in sentences):
            raise RuntimeError("the parser cannot read this")
        return roles.parse(sentences)

    fragile = pipe.replace("roles", RolesComponent(parse=parse))
    out = list(fragile.pipe(document_from_text(t, published="2024-03-09") for t in texts))
    assert [type(d).__name__ for d in out] == ["Document", "Failure", "Document"]
    assert isinstance(out[1], Failure) and out[1].stage == "roles" and "cannot read" in out[1].message
    one = [pipe(document_from_text(texts[i], published="2024-03-09")).to_dict() for i in (0, 2)]
    assert [d.to_dict() for d in out if isinstance(d, Document)] == one


def test_a_batch_method_that_fails_as_a_whole_is_run_one_document_at_a_time() -> None:
    class Broken(_Batched):
        def batch(self, docs: list[Document]) -> list[Document | BaseException]:
            raise MemoryError("no room") if len(docs) > 1 else AssertionError

    out = list(Pipeline([Broken()]).pipe(_doc(t) for t in ["one", "boom two", "three"]))
    assert [type(d).__name__ for d in out] == ["Document", "Failure", "Document"]
    assert [d.title for d in out if isinstance(d, Document)] == ["ONE", "THREE"]
