"""JSONL and CSV batches: one Document per record, streamed line by line.

A ``.json``/``.jsonl`` file that is one JSON array of records is read whole (``path#record N``).

Columns: ``id`` (echoed as ``Document.meta["input_id"]``), ``text`` or ``html``, and optional
``url``, ``published`` (origin ``metadata``), ``source``, ``title``, ``author``, ``language``.
A line that is not a JSON object, or a record with neither text nor html, becomes a Failure
naming the file and line; the rest of the batch goes on.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import sys
import tempfile
from collections import deque
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import IO, Any

from eventcoder.errors import InputError
from eventcoder.ingest.normalize import decode_bytes, utf16_encoding
from eventcoder.ingest.text import check_published, failure_from, whole_read_limit
from eventcoder.model import Document, Failure

__all__ = ["document_from_record", "read_csv", "read_jsonl"]

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
# Lines read to decide between JSON Lines and one JSON document are cut here (a record is rarely larger).
_MAX_LINE = 64 * 1024 * 1024
# A UTF-16 batch is re-encoded as UTF-8 in memory up to this size, on disk beyond it.
_SPOOL_BYTES = 64 * 1024 * 1024


def _open(source: Path | IO[bytes], ref: str | None) -> tuple[IO[bytes], str, bool]:
    """The input as a binary stream of UTF-8 (or another byte-wise encoding), its name, and whether to close it."""
    fh: IO[bytes]
    if isinstance(source, Path):
        fh, name, close = source.open("rb"), ref or str(source), True
    else:
        fh, name, close = source, ref or "<stream>", False
    utf8 = _utf16_as_utf8(fh)
    if utf8 is None:
        return fh, name, close
    if close:
        fh.close()
    return utf8, name, True


def _utf16_as_utf8(fh: IO[bytes]) -> IO[bytes] | None:
    """A UTF-8 copy of a UTF-16 stream (spilled to disk when large), or None for any other stream: the line
    readers split bytes at ``\\n``, which in UTF-16 is two bytes, and a BOM would stick to the first column."""
    head = fh.read(4096)
    fh.seek(0)
    encoding = utf16_encoding(head)
    if encoding is None:
        return None
    copy: IO[bytes] = tempfile.SpooledTemporaryFile(max_size=_SPOOL_BYTES)  # noqa: SIM115 - returned, closed by the caller
    reader = codecs.getreader(encoding)(fh, "replace")
    while chunk := reader.read(1 << 20):
        copy.write(chunk.encode("utf-8"))
    copy.seek(0)
    return copy


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON value")


def parse_json(text: str) -> Any:
    """JSON as RFC 8259 has it: NaN and Infinity refused, nesting deeper than Python's stack a ValueError."""
    try:
        return json.loads(text, parse_constant=_no_constant)
    except RecursionError:
        raise ValueError("nested too deeply") from None


def is_json_line(raw: bytes, *, record: bool = False) -> bool:
    """Whether a line is one JSON value (an object, with ``record``); NaN allowed, since such a line is a bad
    record of a JSON Lines file, not a sign of another format."""
    try:
        value = json.loads(raw.decode("utf-8-sig", errors="replace"))
    except (ValueError, RecursionError):
        return False
    return isinstance(value, dict) or not record


def _first_lines(fh: IO[bytes], n: int) -> list[bytes]:
    """The first ``n`` non-blank lines (each cut at _MAX_LINE bytes); the stream is rewound."""
    lines: list[bytes] = []
    while len(lines) < n:
        raw = fh.readline(_MAX_LINE)
        if not raw:
            break
        if raw.strip():
            lines.append(raw)
    fh.seek(0)
    return lines


def _whole_document(lines: list[bytes]) -> bool:
    """Whether a ``.json``/``.jsonl`` input is one JSON document (an array, a pretty-printed object) rather
    than lines: its first line opens an array, or it is not one JSON value and neither are the next lines
    (a JSON Lines file whose first line is broken has good lines after it: only that line fails)."""
    if not lines:
        return False
    head = lines[0].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"["):
        return True
    return head.startswith(b"{") and not any(is_json_line(line) for line in lines)


def read_jsonl(source: Path | IO[bytes], *, published: str | None = None, ref: str | None = None
               ) -> Iterator[Document | Failure]:
    """Documents from a JSON Lines file or binary stream, one per line (or from a JSON array of records)."""
    fh, name, close = _open(source, ref)
    try:
        if _whole_document(_first_lines(fh, 3)):
            # one array of records, or one pretty-printed object: read whole (one Failure if it is no record)
            yield from _json_array(fh, name, published)
            return
        empty = True
        limit = whole_read_limit()
        for number, raw in enumerate(_bounded_lines(fh, limit), start=1):
            if raw is None:
                empty = False
                yield Failure(f"{name}:line {number}", "ingest", f"the line is longer than {limit / 1e6:g} MB, more "
                              "than one report can be; split the record, or raise EVENTCODER_MAX_TEXT_BYTES or "
                              "EVENTCODER_MAX_HTML_BYTES to read it anyway")
            elif raw.strip():
                empty = False
                yield _jsonl_line(raw, f"{name}:line {number}", published)
        if empty:
            yield Failure(name, "ingest", "the input is empty (no JSON line in it); nothing to read")
    finally:
        if close:
            fh.close()


def _bounded_lines(fh: IO[bytes], limit: int) -> Iterator[bytes | None]:
    """The lines of ``fh``; None for a line over ``limit`` bytes, which is skipped without being held whole."""
    while raw := fh.readline(limit + 1):
        if len(raw) <= limit:
            yield raw
            continue
        while raw and not raw.endswith(b"\n"):
            raw = fh.readline(1 << 20)
        yield None


def _jsonl_line(raw: bytes, ref: str, published: str | None) -> Document | Failure:
    try:
        text, _ = decode_bytes(raw, input_ref=ref)
        record = parse_json(text)
    except InputError as exc:
        return failure_from(exc, ref)
    except ValueError as exc:
        return Failure(ref, "ingest", f"not valid JSON ({exc}); each line must be one JSON object")
    if not isinstance(record, dict):
        return Failure(ref, "ingest", f"a JSON {type(record).__name__}, not an object; each line must be "
                                      'one object like {"id": ..., "text": ...}')
    return _safe_record(record, ref, published, "jsonl")


def _json_array(fh: IO[bytes], name: str, published: str | None) -> Iterator[Document | Failure]:
    """Records of a file that is one JSON array (read whole: use JSON Lines for big batches)."""
    try:
        text, _ = decode_bytes(fh.read(), input_ref=name)
        records = parse_json(text)
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


class _Lines:
    """The lines of a text stream with their numbers; the lines of a broken CSV record after its first can be
    put back, so that one unclosed quote costs one row, not the rest of the file."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream
        self._back: deque[tuple[int, str]] = deque()
        self._number = 0
        self.taken: list[tuple[int, str]] = []

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        if self._back:
            item = self._back.popleft()
        else:
            line = self._stream.readline()
            if not line:
                raise StopIteration
            self._number += 1
            item = (self._number, line)
        self.taken.append(item)
        return item[1]

    def start_record(self) -> int:
        """Forget the lines of the last record; the number of the next line."""
        self.taken = []
        return self._back[0][0] if self._back else self._number + 1

    def reread_after_first(self) -> None:
        """Put back every line of the current record but its first."""
        self._back.extendleft(reversed(self.taken[1:]))
        self.taken = []


def _csv_setup(fh: IO[bytes], name: str) -> tuple[IO[str], str]:
    """The decoded text stream of a CSV file and its delimiter (sniffed from the head)."""
    head = fh.read(65536)
    fh.seek(0)
    if len(head) == 65536 and b"\n" in head:
        # Sniff whole lines only, so that a UTF-8 character cut at the end does not look like cp1252.
        head = head[: head.rfind(b"\n") + 1]
    _, encoding = decode_bytes(head, input_ref=name)
    if encoding in ("utf-8", "utf-8-sig"):
        encoding = "utf-8-sig"
    stream = io.TextIOWrapper(fh, encoding=encoding, errors="replace", newline="")
    first = head.decode(encoding, "replace").split("\n", 1)[0]
    # The header's most frequent separator: tab, comma, or ';' (spreadsheets where the comma is the decimal mark).
    counts = {sep: first.count(sep) for sep in (",", "\t", ";")}
    delimiter = "\t" if name.lower().endswith(".tsv") else max(counts, key=lambda sep: counts[sep])
    return stream, delimiter


def read_csv(source: Path | IO[bytes], *, published: str | None = None, ref: str | None = None
             ) -> Iterator[Document | Failure]:
    """Documents from a CSV (or TSV) file or binary stream with a header row, one per row."""
    fh, name, close = _open(source, ref)
    try:
        try:
            stream, delimiter = _csv_setup(fh, name)
        except InputError as exc:
            yield failure_from(exc, name)
            return
        lines = _Lines(stream)
        reader = csv.reader(lines, delimiter=delimiter, strict=True)
        try:
            columns = [c.strip().lstrip("\ufeff").lower() for c in next(reader, [])]
        except csv.Error as exc:
            yield Failure(f"{name}:line 1", "ingest", f"cannot parse the CSV header ({exc}); fix the first row")
            return
        if "text" not in columns and "html" not in columns:
            yield Failure(name, "ingest", f"CSV has no 'text' or 'html' column (columns: {', '.join(columns) or 'none'})"
                                          "; add a header row naming them")
            return
        yield from _csv_rows(reader, lines, columns, name, published)
    finally:
        if close:
            fh.close()


def _csv_rows(reader: Any, lines: _Lines, columns: list[str], name: str, published: str | None
              ) -> Iterator[Document | Failure]:
    while True:
        line = lines.start_record()
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            # Most often an unclosed quote: without strict parsing it swallowed every later row into one cell.
            lines.reread_after_first()
            yield Failure(f"{name}:line {line}", "ingest", f"cannot parse this CSV row ({exc}; an unclosed quote?); "
                                                           "the row was skipped, the rows after it were read")
            continue
        if not any(cell.strip() for cell in row):
            continue
        record = {col: cell for col, cell in zip(columns, row, strict=False) if col}
        yield _safe_record(record, f"{name}:line {line}", published, "csv")


def _safe_record(record: dict[str, Any], ref: str, published: str | None, fmt: str) -> Document | Failure:
    try:
        return document_from_record(record, ref=ref, published=published, input_format=fmt)
    except InputError as exc:
        failure = failure_from(exc, ref)
        rid = record.get("id")
        return replace(failure, input_id=str(rid)) if rid is not None else failure


# The columns read as text; a value of another JSON type is reported, not turned into its Python repr.
_TEXT_FIELDS = ("text", "html", "title", "published", "source", "url", "author", "language")
_JSON_TYPES = {list: "an array", dict: "an object", bool: "a boolean", int: "a number", float: "a number"}


def _fields(record: dict[str, Any], which: str, ref: str) -> dict[str, str | None]:
    """The record's text columns, stripped (empty is None); InputError naming a column of the wrong type."""
    out: dict[str, str | None] = {}
    for key in _TEXT_FIELDS:
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            kind = _JSON_TYPES.get(type(value), type(value).__name__)
            raise InputError(f"the {key!r} field of {which} is {kind}, not a string; give it as text", input=ref)
        out[key] = value.strip() or None if value is not None else None
    rid = record.get("id")
    if isinstance(rid, list | dict | bool):
        raise InputError(f"the 'id' field of {which} is {_JSON_TYPES[type(rid)]}; give a string or a number",
                         input=ref)
    if out["published"]:
        out["published"] = check_published(out["published"], field=f"the 'published' field of {which}", input=ref,
                                           day_first=True)
    return out


def document_from_record(record: dict[str, Any], *, ref: str, published: str | None = None,
                         input_format: str = "jsonl") -> Document:
    """A Document from one batch record (``text`` or ``html`` plus optional metadata columns).

    Raises InputError for a column of the wrong type or a ``published`` that is not a plausible date:
    a bad field fails its record rather than vanish or be mangled.
    """
    from eventcoder.ingest.html import document_from_html
    from eventcoder.ingest.text import build_document

    rid = record.get("id")
    # The record's id goes into the messages, since a Failure names only the line.
    which = f"record {rid!r}" if rid is not None else "the record"
    f = _fields(record, which, ref)
    meta: dict[str, Any] = {} if rid is None else {"input_id": rid}
    if not f["text"] and not f["html"]:
        raise InputError(f"{which} has neither 'text' nor 'html'; give one of them", input=ref)
    if f["text"]:
        return build_document(
            f["text"], title=f["title"], published=f["published"], published_origin="metadata", fallback=published,
            source=f["source"], url=f["url"], author=f["author"], language=f["language"], input_ref=ref,
            input_format=input_format, meta=meta,
        )
    return document_from_html(
        f["html"] or "", ref=ref, published=published, metadata_published=f["published"], url=f["url"],
        input_format=input_format, source=f["source"], title=f["title"], meta=meta,
    )
