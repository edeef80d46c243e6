"""One split in, three lists of rows out: the one function both engines run.

``process_split`` reads a split with the ordinary readers (``eventcoder.ingest``), runs the
pipeline on each document and turns the results into rows of the ``documents``, ``events`` and
``failures`` tables. A record that cannot be read or processed becomes a ``failures`` row (input,
record offset, stage, reason); an error that stops the reader half-way (a file that disappears,
an archive cut short) becomes one more ``failures`` row, and what was read before it is kept.
``run_split`` processes a split and commits its rows (``eventcoder.batch.output``): the unit of
work of both engines, so neither engine imports the other.
"""

from __future__ import annotations

import io
import json
import os
import re
import socket
import time
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventcoder.batch import output
from eventcoder.batch.splits import Split
from eventcoder.model import Document, EventRecord, Failure

if TYPE_CHECKING:
    from eventcoder.pipeline import Pipeline

__all__ = ["SplitRows", "document_row", "event_rows", "failure_row", "process_split", "read_split", "run_split"]

# "path:line 12", "path#record 3": the readers' record references.
_REF = re.compile(r"^(?P<input>.*?)(?::line (?P<line>\d+)|#record (?P<record>\d+))?$", re.S)
UNDATED = "undated"


@dataclass
class SplitRows:
    """The rows one split gives to each table."""

    documents: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    failures: list[dict[str, Any]] = field(default_factory=list)


def month(value: str | None) -> str:
    """The partition value of an ISO date: ``YYYY-MM``, or ``undated``."""
    return value[:7] if value and len(value) >= 7 and value[4] == "-" else UNDATED


def _at_line(item: Document | Failure, path: str, number: int) -> Document | Failure:
    """``item``, read from line ``number`` of ``path`` alone, with that line as its reference."""
    ref = f"{path}:line {number}"
    if isinstance(item, Failure):
        return replace(item, input=ref) if item.input.startswith(path) else item
    item.input_ref = ref
    return item


def read_split(split: Split, *, published: str | None = None, data: bytes | None = None
               ) -> Iterator[Document | Failure]:
    """The documents (or failures) of one split, with references into the whole file.

    ``data``: the whole file's bytes, for a file Spark read (a URL); else the split is opened by path.
    """
    from eventcoder.ingest import read

    if data is not None:
        yield from _read_data(split, data, published)
        return
    if split.whole_file:
        yield from read(Path(split.path), published=published, format=split.format)
        return
    from eventcoder.ingest.batch import read_jsonl

    with open(split.path, "rb") as fh:
        fh.seek(split.byte_start)
        data = fh.read() if split.byte_end is None else fh.read(split.byte_end - split.byte_start)
    # Line by line: a broken line fails alone (the reader takes a stream whose first line is not
    # one JSON object for one pretty-printed document), and its number is the file's.
    for number, line in enumerate(data.splitlines(keepends=True), start=split.first_line):
        if not line.strip():
            continue
        for item in read_jsonl(io.BytesIO(line), published=published, ref=split.path):
            yield _at_line(item, split.path, number)


def _read_data(split: Split, data: bytes, published: str | None) -> Iterator[Document | Failure]:
    """The documents of a whole file given as bytes (gzip-compressed JSONL, CSV or pages decompressed first)."""
    import gzip
    import zlib

    from eventcoder.ingest import read_bytes, sniff_format

    if data[:2] == b"\x1f\x8b" and sniff_format(data[:4096]) != "warc":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError, zlib.error) as exc:
            yield Failure(split.path, "ingest", f"the gzip file is truncated or corrupt ({exc})")
            return
    yield from read_bytes(data, split.path, published=published, format=split.format or None)


def process_split(split: Split, pipeline: Pipeline, *, published: str | None = None,
                  data: bytes | None = None) -> SplitRows:
    """Read ``split`` (or its bytes ``data``), run ``pipeline`` on every document, return the table rows."""
    rows = SplitRows()
    stream = pipeline.pipe(read_split(split, published=published, data=data))
    while True:
        try:
            item = next(stream)
        except StopIteration:
            break
        except Exception as exc:  # noqa: BLE001 - batch boundary: a reader that stops is one failure, not a crash
            done = len(rows.documents) + len(rows.failures)
            rows.failures.append(failure_row(Failure(split.path, "read", f"reading stopped after {done} record(s) "
                                                     f"({type(exc).__name__}: {exc}); the records before were "
                                                     "kept"), split))
            break
        if isinstance(item, Failure):
            rows.failures.append(failure_row(item, split))
        else:
            rows.documents.append(document_row(item, split))
            rows.events.extend(event_rows(item, split))
    return rows


def document_row(doc: Document, split: Split) -> dict[str, Any]:
    """A ``documents`` row: the text and metadata the store needs, without the annotation layers."""
    return {
        "id": doc.id, "title": doc.title, "source": doc.source, "url": doc.url, "author": doc.author,
        "published": doc.published, "published_origin": doc.published_origin, "language": doc.language,
        "input_ref": doc.input_ref, "input_format": doc.input_format, "text": doc.text,
        "n_events": len(doc.events), "rejected": doc.rejected,
        "meta": json.dumps(doc.meta, ensure_ascii=False, sort_keys=True, default=str),
        "split_id": split.split_id, "published_month": month(doc.published),
    }


def event_rows(doc: Document, split: Split) -> list[dict[str, Any]]:
    """One ``events`` row per event record: ACLED columns, eventcoder's, evidence, and where it came from."""
    rows = []
    for index, record in enumerate(doc.events):
        row = record.to_dict()
        row.update(record_id=f"{doc.id}:{index}", document_id=doc.id, record_index=index,
                   input_ref=doc.input_ref, published=doc.published, split_id=split.split_id,
                   event_month=month(record.event_date))
        rows.append(row)
    return rows


def failure_row(failure: Failure, split: Split) -> dict[str, Any]:
    """A ``failures`` row: the input, the record's line or number in it (None: the whole input), stage, reason."""
    match = _REF.match(failure.input)
    number = match.group("line") or match.group("record") if match else None
    return {
        "input": match.group("input") if match and number else failure.input,
        "offset": int(number) if number else None,
        "offset_kind": ("line" if match.group("line") else "record") if match and number else None,
        "ref": failure.input, "stage": failure.stage, "reason": failure.message, "input_id": failure.input_id,
        "split_id": split.split_id,
    }


def record_from_row(row: dict[str, Any]) -> EventRecord:
    """The EventRecord of an ``events`` row (extra columns are ignored)."""
    return EventRecord.from_dict(row)


def run_split(split: Split, out: Path, *, published: str | None = None, data: bytes | None = None) -> dict[str, Any]:
    """Process one split (``data``: its file's bytes, when Spark read it) and commit its output; returns its manifest."""
    from eventcoder.pipeline import Pipeline

    started = time.perf_counter()
    rows = process_split(split, Pipeline.default(), published=published, data=data)
    tables = {"documents": rows.documents, "events": rows.events, "failures": rows.failures}
    info = {"seconds": round(time.perf_counter() - started, 3), "worker": f"{socket.gethostname()}:{os.getpid()}"}
    return output.write_split(out, split, tables, info)
