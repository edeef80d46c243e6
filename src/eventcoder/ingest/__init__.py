"""Readers that turn news input (text, HTML, RSS/Atom, WARC, JSONL, CSV) into Documents.

Any of them may be gzip-compressed (``batch.jsonl.gz``); compressed JSONL and CSV are still streamed.

``read`` takes a file, a folder (recursively, sorted, hidden files skipped) or ``-`` for
stdin, detects each file's format by extension and content, and yields one Document per
report, or a Failure naming the input (``path:line 3``, ``path#record 12``) for each one that
cannot be read; it never raises for one bad input.
"""

from __future__ import annotations

import gzip
import io
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, cast

from eventcoder.errors import InputError
from eventcoder.ingest.text import build_document, check_published, document_from_text, failure_from, whole_read_limit
from eventcoder.model import Document, Failure

__all__ = ["FORMATS", "detect_format", "document_from_text", "folder_files", "read", "read_bytes"]

FORMATS = ("text", "html", "rss", "warc", "jsonl", "csv")
_EXTENSIONS = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
    ".rss": "rss", ".atom": "rss", ".rdf": "rss", ".xml": "rss",
    ".warc": "warc", ".arc": "warc",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
    ".csv": "csv", ".tsv": "csv",
}
_SNIFF = 4096
# How far sniffing reads into one JSON line before giving up on it.
_MAX_JSON_LINE = 64 * 1024 * 1024


def read(source: str | Path, *, published: str | None = None, format: str | None = None) -> Iterator[Document | Failure]:
    """Documents (or Failures) from a file, a folder or ``-`` (stdin); ``published`` is the fallback date."""
    if format is not None and format not in FORMATS:
        raise InputError(f"unknown input format {format!r}; use one of {', '.join(FORMATS)}", input=str(source))
    fallback = _check_published(published)
    if str(source) == "-":
        yield from _read_once(sys.stdin.buffer, "<stdin>", fallback, format)
        return
    path = Path(source)
    if not path.exists():
        yield _missing(path)
        return
    if path.is_dir():
        for entry in _walk(path):
            if isinstance(entry, Failure):
                yield entry
            else:
                yield from _read_file(entry, fallback, format)
    else:
        yield from _read_file(path, fallback, format)


def _read_once(stream: IO[bytes], ref: str, published: str | None, format: str | None
               ) -> Iterator[Document | Failure]:
    """An input that can be read only once (stdin, a FIFO, ``<(command)``), held in memory only up to the
    whole-read limit: a longer stream spills to a temporary file, from which JSONL, CSV and WARC (gzipped or
    not) are streamed as files are; a longer text, page or feed is refused as a file of its size would be."""
    limit = whole_read_limit()
    with tempfile.SpooledTemporaryFile(max_size=limit) as spool:
        try:
            shutil.copyfileobj(stream, spool, 1 << 20)
        except OSError as exc:  # a full temporary folder, a read error on the pipe
            yield Failure(ref, "ingest", f"cannot read the input whole ({exc.strerror or exc}); free space in the "
                                         "temporary folder (TMPDIR) or give the input as a file")
            return
        size = spool.tell()
        spool.seek(0)
        if size <= limit:
            yield from read_bytes(spool.read(), ref, published=published, format=format)
            return
        fh = cast(IO[bytes], spool)
        fmt = format or sniff_format(_sniff_head(fh))  # sees a gzipped WARC as a WARC, as read_bytes does
        fh.seek(0)
        gzipped = fh.read(2) == b"\x1f\x8b"
        fh.seek(0)
        if gzipped and fmt != "warc":
            yield from _read_gzip(fh, ref, published, format)
        elif fmt in _STREAMED:
            yield from _STREAMED[fmt](fh, published, ref=ref)
        else:
            yield failure_from(_too_big("the input", size, limit, ref), ref)


def _missing(path: Path) -> Failure:
    if path.is_symlink():
        return Failure(str(path), "ingest", f"a broken link (to {os.readlink(path)}); nothing to read there")
    return Failure(str(path), "ingest", "no such file or folder; check the path")


def _check_published(published: str | None) -> str | None:
    """The user's fallback date as ISO, or an InputError that says how to write it."""
    if not published:
        return None
    return check_published(published, field="the publication date", input="--published")


def folder_files(folder: Path) -> list[Path | Failure]:
    """The files ``read`` takes from ``folder``, sorted, and a Failure for each entry it cannot read (the walk that
    ``eventcoder batch`` shares)."""
    return _walk(folder)


def _walk(folder: Path) -> list[Path | Failure]:
    """Every file under ``folder`` (linked folders followed, each real folder once), sorted, skipping hidden files
    and folders and the folder's own documentation (README, LICENSE, CHANGELOG and Markdown files); a file named
    on the command line is always read.

    What cannot be read is named, not passed over: a folder that cannot be listed, a broken link, a FIFO
    or device (reading one could block for ever).
    """
    entries: list[Path | Failure] = []

    def unlistable(exc: OSError) -> None:
        entries.append(Failure(str(exc.filename or folder), "ingest", f"cannot list the folder ({exc.strerror or exc}"
                                                                      "); its files were not read, check its permissions"))

    # Linked folders are followed (their reports would otherwise be passed over without a word), each real
    # folder once, so a link back up the tree or two links to one folder read nothing twice.
    seen = {os.path.realpath(folder)}
    for top, dirs, names in os.walk(folder, onerror=unlistable, followlinks=True):
        kept = []
        for d in sorted(dirs):
            real = os.path.realpath(os.path.join(top, d))
            if not d.startswith(".") and real not in seen:
                seen.add(real)
                kept.append(d)
        dirs[:] = kept
        for name in names:
            if name.startswith(".") or _DOC_NAME.search(name):
                continue
            path = Path(top) / name
            if not path.exists():
                entries.append(_missing(path))
            elif not path.is_file():
                entries.append(Failure(str(path), "ingest", "not a regular file (a FIFO, socket or device); skipped, "
                                                            "name it on the command line to read it"))
            else:
                entries.append(path)
    return sorted(entries, key=lambda e: e if isinstance(e, Path) else Path(e.input))


_DOC_NAME = re.compile(r"^(?:README|LICEN[CS]E|CHANGELOG|CONTRIBUTING|NOTICE)(?:\.\w+)?$|\.(?:md|markdown|rst)$", re.I)


def _read_file(path: Path, published: str | None, format: str | None) -> Iterator[Document | Failure]:
    """Dispatch one file to its reader; a file that cannot be opened becomes a Failure."""
    ref = str(path)
    try:
        if not path.is_file():
            # A FIFO, /dev/stdin or <(command) can be read only once: spooled, then sniffed.
            with path.open("rb") as stream:
                yield from _read_once(stream, ref, published, format)
            return
        fmt = format or detect_format(path)
        if fmt != "warc" and _is_gzip(path):
            yield from _read_gzip(path, ref, published, fmt)
            return
        if fmt in ("warc", "jsonl", "csv"):
            # Streamed formats read the file themselves, never all at once.
            yield from _STREAMED[fmt](path, published)
            return
        size, limit = path.stat().st_size, whole_read_limit()
        if size > limit:
            raise _too_big("the file", size, limit, ref)  # refused before it fills the memory
        data = path.read_bytes()
    except InputError as exc:
        yield failure_from(exc, ref)
        return
    except OSError as exc:
        yield Failure(ref, "ingest", f"cannot read the file ({exc.strerror or exc}); check that it exists and is "
                                     "readable")
        return
    yield from read_bytes(data, ref, published=published, format=fmt)


def _is_gzip(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(2) == b"\x1f\x8b"


def _read_gzip(src: Path | IO[bytes], ref: str, published: str | None, fmt: str | None
               ) -> Iterator[Document | Failure]:
    """A gzip-compressed text, page, feed, JSONL or CSV file or stream, decompressed as a stream."""
    import zlib

    try:
        with gzip.open(src, "rb") as gz:
            if fmt is None:
                fmt = sniff_format(_sniff_head(cast(IO[bytes], gz)))
                gz.seek(0)
            if fmt in ("jsonl", "csv"):
                yield from _STREAMED[fmt](cast(IO[bytes], gz), published, ref=ref)
                return
            limit = whole_read_limit()
            data = gz.read(limit + 1)  # a few KB can inflate to gigabytes (a "zip bomb")
            if len(data) > limit:
                yield failure_from(_too_big("decompressed, the input", len(data), limit, ref, at_least=True), ref)
                return
    except (OSError, EOFError, zlib.error) as exc:
        yield Failure(ref, "ingest", f"the gzip file is truncated or corrupt ({exc}); anything before the damage "
                                     "was read")
        return
    yield from read_bytes(data, ref, published=published, format=fmt)


def _too_big(what: str, size: int, limit: int, ref: str, *, at_least: bool = False) -> InputError:
    told = "larger than" if at_least else f"{size / 1e6:.1f} MB, more than"
    return InputError(f"{what} is {told} the {limit / 1e6:g} MB a text, page or feed is read whole; split it, or "
                      "raise EVENTCODER_MAX_TEXT_BYTES or EVENTCODER_MAX_HTML_BYTES to read it anyway", input=ref)


def read_bytes(data: bytes, ref: str, *, published: str | None = None, format: str | None = None
               ) -> Iterator[Document | Failure]:
    """Documents from the bytes of one input named ``ref`` (a file or stdin)."""
    try:
        if not data.strip():
            raise InputError("the input is empty; nothing to read", input=ref)
        if data.startswith(b"\x1f\x8b") and format != "warc" and (format or sniff_format(data[:_SNIFF])) != "warc":
            # gzip on stdin or from a pipe: decompressed (JSONL and CSV as a stream), as files are
            yield from _read_gzip(io.BytesIO(data), ref, published, format)
            return
        fmt = format or sniff_format(_sniff_head(io.BytesIO(data)))
        if fmt in ("warc", "jsonl", "csv"):
            yield from _STREAMED[fmt](io.BytesIO(data), published, ref=ref)
            return
        if fmt == "html":
            from eventcoder.ingest.html import document_from_html

            yield document_from_html(data, ref=ref, published=published)
        elif fmt == "rss":
            from eventcoder.ingest.feed import read_feed

            yield from read_feed(data, ref, published=published)
        else:
            yield _text_document(data, ref, published)
    except InputError as exc:
        yield failure_from(exc, ref)


def _text_document(data: bytes, ref: str, published: str | None) -> Document:
    from eventcoder.ingest.normalize import decode_bytes

    text, encoding = decode_bytes(data, input_ref=ref)
    if not text.strip():
        raise InputError("the input is empty (nothing but white space); nothing to read", input=ref)
    doc = build_document(text, fallback=published, input_ref=ref, input_format="text")
    doc.meta["encoding"] = encoding
    return doc


def _warc(src: Path | IO[bytes], published: str | None, ref: str | None = None) -> Iterator[Document | Failure]:
    from eventcoder.ingest.warc import read_warc

    return read_warc(src, published=published, ref=ref)


def _jsonl(src: Path | IO[bytes], published: str | None, ref: str | None = None) -> Iterator[Document | Failure]:
    from eventcoder.ingest.batch import read_jsonl

    return read_jsonl(src, published=published, ref=ref)


def _csv(src: Path | IO[bytes], published: str | None, ref: str | None = None) -> Iterator[Document | Failure]:
    from eventcoder.ingest.batch import read_csv

    return read_csv(src, published=published, ref=ref)


_STREAMED = {"warc": _warc, "jsonl": _jsonl, "csv": _csv}


def detect_format(path: Path) -> str:
    """The format of a file, from its extension (``.warc.gz`` included) or else from its first bytes."""
    name = path.name.lower()
    if name.endswith((".warc.gz", ".arc.gz", ".warc.wet.gz")):
        return "warc"
    # "batch.jsonl.gz" is a compressed "batch.jsonl".
    suffix = Path(name[:-3]).suffix if name.endswith(".gz") else path.suffix.lower()
    fmt = _EXTENSIONS.get(suffix)
    with path.open("rb") as fh:
        head = _sniff_head(fh)
    sniffed = sniff_format(head)
    if fmt is None:
        return sniffed
    # ".xml" may be a feed or a page, ".json" one object per line or not, and a ".txt" saved from a
    # browser may be the page's HTML: the content decides when it is clearly markup or an archive.
    if fmt in ("rss", "jsonl") and sniffed in ("rss", "html", "jsonl"):
        return sniffed
    if fmt == "text" and sniffed in ("html", "rss", "warc"):
        return sniffed
    return fmt


def _sniff_head(fh: IO[bytes]) -> bytes:
    """The first bytes of an input for :func:`sniff_format`; when it opens like JSON, through the end of its
    first two lines, so that a JSON Lines record longer than the head is still seen whole."""
    head = fh.read(_SNIFF)
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        while head.count(b"\n", head.find(b"{")) < 2 and len(head) < _MAX_JSON_LINE:
            more = fh.readline(_MAX_JSON_LINE)
            if not more:
                break
            head += more
    return head


def sniff_format(head: bytes) -> str:
    """The format the first bytes of an input suggest; ``text`` when nothing else fits."""
    from eventcoder.ingest.batch import is_json_line
    from eventcoder.ingest.normalize import utf16_encoding

    if head.startswith(b"\x1f\x8b"):
        try:
            head = gzip.decompress(head)
        except (OSError, EOFError):
            # A partial gzip member: decompress what is there.
            import zlib

            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head)
    if head.startswith((b"WARC/", b"filedesc://")):
        return "warc"
    encoding = utf16_encoding(head)
    if encoding:
        head = head[: len(head) // 2 * 2].decode(encoding, "replace").encode("utf-8")
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith(b"<?xml") or text.startswith((b"<rss", b"<feed", b"<rdf:rdf")):
        if b"<rss" in text or b"<feed" in text or b"<rdf:rdf" in text:
            return "rss"
        if b"<html" in text:
            return "html"
    if text.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<!--", b"<div", b"<p>", b"<article",
                        b"<meta")):
        return "html"
    if text.startswith(b"[") and text[1:].lstrip().startswith(b"{"):
        return "jsonl"
    if text.startswith(b"{"):
        # JSON Lines: the first or (when the first is broken) the second line is one JSON object
        lines = [line for line in text.split(b"\n")[:3] if line.strip()][:2]
        if any(is_json_line(line, record=True) for line in lines):
            return "jsonl"
    first_line = text.split(b"\n", 1)[0]
    for sep in (b",", b"\t", b";"):
        if sep in first_line and any(col in first_line.strip().split(sep) for col in (b"text", b"html", b"id", b'"text"')):
            return "csv"
    return "text"

