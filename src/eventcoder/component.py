"""What a pipeline component is: a name, the Document layers it reads and writes, and the call that fills them.

Layers are Document field names (``"dates"``, ``"places"``, ``"cues"``, ...). ``Pipeline.analyze()`` checks that
every layer a component reads is given by ingest or written by a component before it.

A component may also have ``batch(docs) -> list[Document | BaseException]``: the same work over a batch of documents
at once (``Pipeline.pipe`` calls it with the batch's documents still running; an exception in the list is that
document's failure; a batch method that raises as a whole, or returns the wrong number of results, is run again
one document at a time). The parser's component uses it to parse the sentences of many documents in one call.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from eventcoder.model import Document

__all__ = ["Component"]


@runtime_checkable
class Component(Protocol):
    """A pipeline component: a name, the layers it reads and writes, and the call that fills them."""

    @property
    def name(self) -> str: ...

    @property
    def reads(self) -> tuple[str, ...]: ...

    @property
    def writes(self) -> tuple[str, ...]: ...

    def __call__(self, doc: Document) -> Document: ...
