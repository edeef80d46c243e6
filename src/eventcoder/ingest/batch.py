"""JSONL and CSV batches: one Document per record, streamed line by line.

A ``.json``/``.jsonl`` file that is one JSON array of records is read whole (``path#record N``).

Columns: ``id`` (echoed as ``Document.meta["input_id"]``), ``text`` or ``html``, and optional
``url``, ``published`` (origin ``metadata``), ``source``, ``title``, ``author``, ``language``.
A line that is not a JSON object, or a record with neither text nor html, becomes a Failure
naming the file and line; the rest of the batch goes on.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import IO, Any

from eventcoder.errors import InputError
from eventcoder.ingest.normalize import decode_bytes
from eventcoder.ingest.text import failure_from
from eventcoder.model import Document, Failure

__all__ = ["document_from_record", "read_csv", "read_jsonl"]

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


def _open(source: Path | IO[bytes], ref: str | None) -> tuple[IO[bytes], str, bool]:
    if isinstance(source, Path):
        return source.open("rb"), ref or str(source), True
    return source, ref or "<stream>", False


def read_jsonl(source: Path | IO[bytes], *, published: str | None = None, ref: str | None = None
               ) -> Iterator[Document | Failure]:
    """Documents from a JSON Lines file or binary stream, one per line (or from a JSON array of records)."""
    fh, name, close = _open(source, ref)
    try:
        head = fh.read(4096).lstrip(b"\xef\xbb\xbf \t\r\n")
        fh.seek(0)
        first = fh.readline()
        fh.seek(0)
        if head.startswith(b"[") or (head.startswith(b"{") and not _one_json_line(first)):
            # one array of records, or one pretty-printed object: read whole (one Failure if it is no record)
            yield from _json_array(fh, name, published)
            return
        for number, raw in enumerate(fh, start=1):
            line_ref = f"{name}:line {number}"
            if not raw.strip():
                continue
            try:
                text, _ = decode_bytes(raw, input_ref=line_ref)
                record = json.loads(text)
            except InputError as exc:
                yield failure_from(exc, line_ref)
                continue
            except ValueError as exc:
                yield Failure(line_ref, "ingest", f"not valid JSON ({exc}); each line must be one JSON object")
                continue
            if not isinstance(record, dict):
                yield Failure(line_ref, "ingest", f"a JSON {type(record).__name__}, not an object; each line must be "
                                                  'one object like {"id": ..., "text": ...}')
                continue
            yield _safe_record(record, line_ref, published, "jsonl")
    finally:
        if close:
            fh.close()


def _one_json_line(raw: bytes) -> bool:
    try:
        json.loads(raw.decode("utf-8-sig", errors="replace"))
    except ValueError:
        return False
    return True


def _json_array(fh: IO[bytes], name: str, published: str | None) -> Iterator[Document | Failure]:
    """Records of a file that is one JSON array (read whole: use JSON Lines for big batches)."""
    try:
        text, _ = decode_bytes(fh.read(), input_ref=name)
        records = json.loads(text)
    except InputError as exc:
        yield failure_from(exc, name)
        return
    except ValueError as exc:
        yield Failure(name, "ingest", f"not valid JSON ({exc}); give one JSON object per line, or one array of "
                                      "objects")
        return
    for number, record in enumerate(records if isinstance(records, list) else [records], start=1):
        record_ref = f"{name}#record {number}"
        if not isinstance(record, dict):
            yield Failure(record_ref, "ingest", f"a JSON {type(record).__name__}, not an object like "
                                                '{"id": ..., "text": ...}')
            continue
        yield _safe_record(record, record_ref, published, "jsonl")


def read_csv(source: Path | IO[bytes], *, published: str | None = None, ref: str | None = None
             ) -> Iterator[Document | Failure]:
    """Documents from a CSV (or TSV) file or binary stream with a header row, one per row."""
    fh, name, close = _open(source, ref)
    line = 1
    try:
        head = fh.read(65536)
        fh.seek(0)
        if len(head) == 65536 and b"\n" in head:
            # Sniff whole lines only, so that a UTF-8 character cut at the end does not look like cp1252.
            head = head[: head.rfind(b"\n") + 1]
        try:
            _, encoding = decode_bytes(head, input_ref=name)
        except InputError as exc:
            yield failure_from(exc, name)
            return
        if encoding == "utf-8" or encoding == "utf-8-sig":
            encoding = "utf-8-sig"
        stream = io.TextIOWrapper(fh, encoding=encoding, errors="replace", newline="")
        sample = head.decode(encoding, "replace")
        delimiter = "\t" if name.lower().endswith(".tsv") or sample.split("\n", 1)[0].count("\t") > \
            sample.split("\n", 1)[0].count(",") else ","
        reader = csv.DictReader(stream, delimiter=delimiter)
        columns = [c.strip().lower() for c in reader.fieldnames or []]
        if "text" not in columns and "html" not in columns:
            yield Failure(name, "ingest", f"CSV has no 'text' or 'html' column (columns: {', '.join(columns) or 'none'})"
                                          "; add a header row naming them")
            return
        for row in reader:
            line_ref = f"{name}:line {line + 1}"
            line = reader.line_num
            record = {(k or "").strip().lower(): v for k, v in row.items() if k is not None}
            yield _safe_record(record, line_ref, published, "csv")
    except (csv.Error, UnicodeDecodeError) as exc:
        yield Failure(f"{name}:line {line + 1}", "ingest", f"cannot parse the CSV ({exc}); the rows before were read")
    finally:
        if close:
            fh.close()


def _safe_record(record: dict[str, Any], ref: str, published: str | None, fmt: str) -> Document | Failure:
    try:
        return document_from_record(record, ref=ref, published=published, input_format=fmt)
    except InputError as exc:
        failure = failure_from(exc, ref)
        rid = record.get("id")
        return replace(failure, input_id=str(rid)) if rid is not None else failure


def _str(value: Any) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def document_from_record(record: dict[str, Any], *, ref: str, published: str | None = None,
                         input_format: str = "jsonl") -> Document:
    """A Document from one batch record (``text`` or ``html`` plus optional metadata columns)."""
    from eventcoder.ingest.html import document_from_html
    from eventcoder.ingest.text import build_document

    text, html = _str(record.get("text")), _str(record.get("html"))
    meta: dict[str, Any] = {}
    if record.get("id") is not None:
        meta["input_id"] = record["id"]
    if not text and not html:
        # The record's id goes into the message, since a Failure has no field for it.
        which = f"record {record['id']!r}" if record.get("id") is not None else "record"
        raise InputError(f"{which} has neither 'text' nor 'html'; give one of them", input=ref)
    if text:
        return build_document(
            text, title=_str(record.get("title")), published=_str(record.get("published")),
            published_origin="metadata", fallback=published, source=_str(record.get("source")),
            url=_str(record.get("url")), author=_str(record.get("author")), language=_str(record.get("language")),
            input_ref=ref, input_format=input_format, meta=meta,
        )
    doc = document_from_html(
        html or "", ref=ref, published=published, metadata_published=_str(record.get("published")),
        url=_str(record.get("url")), input_format=input_format, source=_str(record.get("source")),
        title=_str(record.get("title")), meta=meta,
    )
    return doc
