"""``read``: folders, format detection, stdin, empty and binary inputs, usage errors."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from eventcoder.errors import InputError
from eventcoder.ingest import detect_format, read, sniff_format
from eventcoder.model import Document, Failure

from .synthetic import ARTICLE_HTML, RSS_FEED, make_warc


def test_read_folder_sorted_recursive_skips_hidden(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Second report.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("First report.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Hidden report.", encoding="utf-8")
    (tmp_path / ".git" / "x.txt").write_text("Hidden too.", encoding="utf-8")
    docs = list(read(tmp_path))
    assert [d.body for d in docs if isinstance(d, Document)] == ["First report.", "Second report."]


def test_read_empty_and_binary_files_are_failures(tmp_path: Path) -> None:
    (tmp_path / "a_empty.txt").write_bytes(b"")
    (tmp_path / "b_blank.txt").write_bytes(b"  \n\n ")
    (tmp_path / "c_image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (tmp_path / "d_good.txt").write_text("Rebels took the town.", encoding="utf-8")
    items = list(read(tmp_path))
    assert [type(i).__name__ for i in items] == ["Failure", "Failure", "Failure", "Document"]
    assert "empty" in items[0].message and items[0].input == str(tmp_path / "a_empty.txt")  # type: ignore[union-attr]
    assert "binary" in items[2].message  # type: ignore[union-attr]


def test_read_missing_path_is_a_failure(tmp_path: Path) -> None:
    (item,) = list(read(tmp_path / "nope.txt"))
    assert isinstance(item, Failure) and "no such file" in item.message


def test_read_bad_published_or_format_is_a_usage_error(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Text.", encoding="utf-8")
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        list(read(path, published="soon"))
    with pytest.raises(InputError, match="unknown input format"):
        list(read(path, format="pdf"))


def test_read_published_accepts_other_date_forms(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Rebels took the town.", encoding="utf-8")
    for value in ("13/03/2024", "12 March 2024", "March 12, 2024"):
        (doc,) = list(read(path, published=value))
        assert isinstance(doc, Document) and doc.published in ("2024-03-13", "2024-03-12")


def test_read_published_with_a_two_digit_year_is_refused_as_ambiguous(tmp_path: Path) -> None:
    """'24-03-02' is 24 March 2002, 2 March 2024 or 3 February 2024 by country: the user must say which."""
    path = tmp_path / "a.txt"
    path.write_text("Rebels took the town.", encoding="utf-8")
    for value in ("24-03-02", "02.03.24", "3/2/24", "24-03-02 10:00", "24/03/02T10:00", "24-03/02", "24.03.02."):
        with pytest.raises(InputError, match="ambiguous"):
            list(read(path, published=value))


def test_read_published_day_and_month_that_could_swap_is_refused(tmp_path: Path) -> None:
    """'3/2/2024' is 3 February or 2 March by country; '13/2/2024', '3/3/2024' and ISO are not ambiguous."""
    path = tmp_path / "a.txt"
    path.write_text("Rebels took the town.", encoding="utf-8")  # synthetic
    for value in ("3/2/2024", "03.02.2024", "12-11-2023"):
        with pytest.raises(InputError, match="ambiguous"):
            list(read(path, published=value))
    for value, iso in (("13/2/2024", "2024-02-13"), ("3/3/2024", "2024-03-03"), ("3/03/2024", "2024-03-03"),
                       ("2024-03-02", "2024-03-02")):
        (doc,) = list(read(path, published=value))
        assert isinstance(doc, Document) and doc.published == iso


def test_read_stdin_past_the_whole_read_limit_streams_jsonl_and_refuses_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """Standard input is held in memory only up to the whole-read limit: JSON Lines past it still stream line by
    line (nothing lost); a text past it is refused with the limit named, as a file of that size is."""
    monkeypatch.setenv("EVENTCODER_MAX_TEXT_BYTES", "100")
    monkeypatch.setenv("EVENTCODER_MAX_HTML_BYTES", "10")  # whole-read limit: 400 bytes
    lines = b"".join(b'{"id": "s%d", "text": "Gunmen attacked a bus in the town."}\n' % i for i in range(12))
    assert len(lines) > 400
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(lines)))
    docs = list(read("-"))
    assert [d.meta["input_id"] for d in docs if isinstance(d, Document)] == [f"s{i}" for i in range(12)]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Rebels took the town. " * 40)))
    (failure,) = list(read("-"))
    assert isinstance(failure, Failure) and failure.input == "<stdin>" and "MB" in failure.message


def test_read_stdin_past_the_limit_streams_a_gzipped_warc(monkeypatch: pytest.MonkeyPatch) -> None:
    """A gzipped WARC past the whole-read limit on stdin streams its records, as the same file would."""
    monkeypatch.setenv("EVENTCODER_MAX_TEXT_BYTES", "100")
    monkeypatch.setenv("EVENTCODER_MAX_HTML_BYTES", "200")  # whole-read limit: 2,000 bytes
    pages = [(f"http://example.org/{i}", b"<html><body><p>Synthetic page %d: rebels took the town on Monday.</p>"
              b"</body></html>" % i, "text/html") for i in range(30)]
    data = make_warc(pages, gzip=True)
    assert len(data) > 2000
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    items = list(read("-"))
    assert len(items) == 30 and all(isinstance(d, Document) for d in items)


def test_read_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = io.TextIOWrapper(io.BytesIO(b'{"id": "s1", "text": "Gunmen attacked a bus."}\n'))
    monkeypatch.setattr(sys, "stdin", fake)
    (doc,) = list(read("-"))
    assert isinstance(doc, Document) and doc.meta["input_id"] == "s1"
    assert doc.input_ref == "<stdin>:line 1"


def test_read_forced_format(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(ARTICLE_HTML, encoding="utf-8")
    (as_text,) = list(read(path))
    (as_html,) = list(read(path, format="html"))
    assert isinstance(as_html, Document) and as_html.input_format == "html"
    assert isinstance(as_text, Document) and as_text.input_format == "html"  # sniffed from the content


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("a.html", b"<p>x</p>", "html"),
        ("a.xml", RSS_FEED.encode(), "rss"),
        ("a.xml", b"<?xml version='1.0'?><html><body>x</body></html>", "html"),
        ("a.json", b'{"id": 1, "text": "x"}\n', "jsonl"),
        ("a.csv", b"id,text\n1,x\n", "csv"),
        ("a.warc.gz", make_warc([("http://x", b"<p>x</p>", "text/html")]), "warc"),
        ("noext", make_warc([("http://x", b"<p>x</p>", "text/html")]), "warc"),
        ("noext", b"<!DOCTYPE html><html></html>", "html"),
        ("noext", b'{"text": "x"}\n', "jsonl"),
        ("noext", b"id,text,url\n", "csv"),
        ("noext", b"Just a report.", "text"),
    ],
)
def test_read_detect_format(tmp_path: Path, name: str, content: bytes, expected: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert detect_format(path) == expected


def test_read_sniff_partial_gzip() -> None:
    data = make_warc([("http://x", b"<p>x</p>" * 2000, "text/html")])
    assert sniff_format(data[:100]) == "warc"


def test_read_gzip_compressed_batches_and_text(tmp_path: Path) -> None:
    import gzip

    lines = "".join(f'{{"id": "g{i}", "text": "Report {i} of a clash."}}\n' for i in range(3)).encode()
    (tmp_path / "a.jsonl.gz").write_bytes(gzip.compress(lines))
    (tmp_path / "b.txt.gz").write_bytes(gzip.compress(b"Rebels shelled the town."))
    (tmp_path / "c.csv.gz").write_bytes(gzip.compress(b"id,text\nc1,Troops withdrew.\n"))
    cut = gzip.compress(lines * 50)
    (tmp_path / "d.jsonl.gz").write_bytes(cut[: len(cut) // 2])
    items = list(read(tmp_path))
    docs = [i for i in items if isinstance(i, Document)]
    assert [d.meta.get("input_id") for d in docs[:3]] == ["g0", "g1", "g2"]
    assert docs[3].body == "Rebels shelled the town." and docs[4].meta["input_id"] == "c1"
    assert isinstance(items[-1], Failure) and "truncated" in items[-1].message
    assert items[-1].input == str(tmp_path / "d.jsonl.gz")
