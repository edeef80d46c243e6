"""WARC archives (warcio), streamed: one Document per HTML response record.

Records are read one at a time, so an archive of any size takes the memory of its largest
record. Request, metadata and WARC-info records, non-HTML responses (images, robots.txt) and
responses other than HTTP 200 are not reports and are passed over; WET ``conversion`` records
are read as plain text. The URL comes from ``WARC-Target-URI``; the publication date from the
page's metadata, else its text, else ``WARC-Date`` (origin ``warc``). A truncated or corrupt
archive yields the documents read so far, then a Failure naming the file and the byte offset.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from eventcoder.errors import InputError
from eventcoder.ingest.normalize import decode_bytes
from eventcoder.ingest.text import failure_from
from eventcoder.model import Document, Failure

__all__ = ["read_warc"]

_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)


def read_warc(source: Path | IO[bytes] | Any, *, published: str | None = None, ref: str | None = None
              ) -> Iterator[Document | Failure]:
    """Documents from the HTML responses of a WARC (or .warc.gz) file or binary stream."""
    from eventcoder.ingest.limits import max_html_bytes

    name = ref or str(source)
    if isinstance(source, Path):
        with source.open("rb") as fh:
            yield from _records(fh, name, published, max_html_bytes())
    else:
        yield from _records(source, name, published, max_html_bytes())


def _size(fh: IO[bytes]) -> int | None:
    """The size of a seekable stream, without moving it; None for pipes."""
    try:
        here = fh.tell()
        size = fh.seek(0, 2)
        fh.seek(here)
        return size
    except (OSError, ValueError, AttributeError):
        return None


def _leftover(fh: IO[bytes], end: int) -> bytes:
    """The first bytes after the last complete record (record separators are blank lines)."""
    fh.seek(end)
    return fh.read(64)


def _records(fh: IO[bytes], name: str, published: str | None, limit: int) -> Iterator[Document | Failure]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    from eventcoder.ingest import sniff_format

    size = _size(fh)
    if size is not None:
        head = fh.read(4096)
        fh.seek(0)
        if sniff_format(head) != "warc":
            yield Failure(name, "ingest", "not a WARC archive (it does not start with a WARC/ record header); "
                                          "check the file or force another --input-format")
            return
    it = ArchiveIterator(fh)
    number = yielded = 0
    produced = False
    end = 0
    truncated: str | None = None
    try:
        for record in it:
            number += 1
            ref = f"{name}#record {number}"
            item = _record(record, ref, published, limit)
            it.read_to_end(record)
            end = it.get_record_offset() + it.get_record_length()
            if getattr(record.raw_stream, "limit", 0) or record.rec_headers.get_header("Content-Length") is None:
                # The record stops before its Content-Length (or inside its header): the archive was cut inside it.
                truncated = f"record {number} at byte {it.get_record_offset()} is cut short"
                break
            if item is not None:
                produced = True
                yielded += isinstance(item, Document)
                yield item
    except (ArchiveLoadFailed, EOFError, zlib.error, OSError, ValueError) as exc:
        truncated = f"cannot read past byte {end} ({type(exc).__name__}: {exc})"
    except Exception as exc:  # noqa: BLE001 - warcio fails in its own ways on a cut header (AttributeError, ...)
        truncated = f"cannot read past byte {end} ({type(exc).__name__}: {exc})"
    if truncated is None and size is not None and number and end < size and _leftover(fh, end).strip():
        # A cut gzip member is dropped silently by the reader: bytes left over mean a cut archive.
        truncated = f"{size - end} byte(s) after byte {end} are not a complete record"
    if truncated:
        yield Failure(f"{name}#record {number + (0 if 'cut short' in truncated else 1)}", "ingest",
                      f"WARC archive is truncated or corrupt: {truncated}; the {yielded} document(s) before it "
                      "were read")
    elif number == 0:
        yield Failure(name, "ingest", "no WARC records found; check that the file is a WARC archive")
    elif not produced:
        # Not an error of the reader, but the user should know that this input gave nothing.
        yield Failure(name, "ingest", f"none of the archive's {number} record(s) is an HTML page or text "
                                      "(requests, images, redirects and errors are passed over); nothing to read")


def _record(record: Any, ref: str, published: str | None, limit: int) -> Document | Failure | None:
    from eventcoder.ingest.html import document_from_html
    from eventcoder.ingest.text import build_document

    headers = record.rec_headers
    url = headers.get_header("WARC-Target-URI")
    warc_date = (headers.get_header("WARC-Date") or "")[:10] or None
    late = (warc_date, "warc") if warc_date else None
    if record.rec_type == "conversion":
        try:
            text, _ = decode_bytes(record.content_stream().read(limit + 1)[:limit], input_ref=ref)
        except InputError as exc:
            return failure_from(exc, ref)
        if not text.strip():
            return None
        return build_document(text, late_published=late, fallback=published, url=url, input_ref=ref,
                              input_format="warc")
    if record.rec_type != "response" or record.http_headers is None:
        return None
    status = record.http_headers.get_statuscode()
    ctype = record.http_headers.get_header("Content-Type") or ""
    if status != "200" or "html" not in ctype.lower():
        return None
    payload = record.content_stream().read(limit + 1)
    if len(payload) > limit:
        # Over the limit even before scripts are stripped (the reader skips the rest of the record).
        return Failure(ref, "ingest", f"HTML response over {limit / 1e6:.1f} MB; raise EVENTCODER_MAX_HTML_BYTES "
                                      "to read it")
    charset = _CHARSET.search(ctype)
    try:
        return document_from_html(payload, ref=ref, published=published, url=url, late_published=late,
                                  http_charset=charset.group(1) if charset else None, input_format="warc")
    except InputError as exc:
        return failure_from(exc, ref)
