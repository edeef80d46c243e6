"""WARC archives: streamed, one document per HTML response, truncation reported."""

from __future__ import annotations

import gzip
from pathlib import Path

from eventcoder.ingest import read
from eventcoder.model import Document, Failure

from .synthetic import ARTICLE_HTML, make_warc

PAGES = [
    ("http://example.org/a", ARTICLE_HTML.encode("utf-8"), "text/html; charset=utf-8"),
    ("http://example.org/b", b"<html><body><p>Police dispersed a crowd of 300 protesters in the capital on "
                             b"Monday, witnesses said.</p></body></html>", "text/html"),
    ("http://example.org/c", "<html><body><p>Gunmen burned the caf\u00e9 in the old town.</p></body></html>"
     .encode("cp1252"), "text/html; charset=windows-1252"),
]


def test_warc_documents_from_html_responses(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(make_warc(PAGES))
    docs = list(read(path))
    assert all(isinstance(d, Document) for d in docs), docs
    assert [d.url for d in docs if isinstance(d, Document)] == [u for u, _, _ in PAGES]
    a, b, c = docs
    assert isinstance(a, Document) and isinstance(b, Document) and isinstance(c, Document)
    assert (a.published, a.published_origin) == ("2024-03-12", "metadata")
    assert (b.published, b.published_origin) == ("2024-03-14", "warc")
    assert a.input_format == "warc" and a.input_ref == f"{path}#record 2"
    assert "caf\u00e9" in c.body


def test_warc_uncompressed_detected_by_content(tmp_path: Path) -> None:
    path = tmp_path / "crawl.bin"
    path.write_bytes(make_warc(PAGES[:1], gzip=False))
    (doc,) = list(read(path))
    assert isinstance(doc, Document) and doc.input_format == "warc"


def test_warc_truncated_gzip_yields_documents_then_failure(tmp_path: Path) -> None:
    data = make_warc(PAGES, extra=False)
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(data[: len(data) - 200])
    items = list(read(path))
    assert [type(i).__name__ for i in items] == ["Document", "Document", "Failure"]
    failure = items[-1]
    assert isinstance(failure, Failure)
    assert failure.input.startswith(str(path)) and "truncated" in failure.message and "byte" in failure.message


def test_warc_truncated_plain_yields_documents_then_failure(tmp_path: Path) -> None:
    raw = gzip.decompress(make_warc(PAGES, extra=False))
    path = tmp_path / "cut.warc"
    path.write_bytes(raw[: len(raw) - 60])
    items = list(read(path))
    assert [type(i).__name__ for i in items] == ["Document", "Document", "Failure"]
    assert isinstance(items[-1], Failure) and items[-1].input == f"{path}#record 3"


def test_warc_not_an_archive(tmp_path: Path) -> None:
    path = tmp_path / "fake.warc"
    path.write_text("hello, this is not an archive\n", encoding="utf-8")
    (item,) = list(read(path))
    assert isinstance(item, Failure) and item.input.startswith(str(path))
