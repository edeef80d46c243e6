"""HTML pages: main text through trafilatura, fallback, size guard, encodings."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventcoder.errors import InputError
from eventcoder.ingest import html as html_reader
from eventcoder.ingest import read
from eventcoder.model import Document, Failure
from eventcoder.timeparse import annotate_dates

from .synthetic import ARTICLE_HTML, check_layers


def _read_one(path: Path, **kwargs: str) -> Document | Failure:
    items = list(read(path, **kwargs))
    assert len(items) == 1
    return items[0]


def test_html_main_text_without_boilerplate(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(ARTICLE_HTML, encoding="utf-8")
    doc = _read_one(page)
    assert isinstance(doc, Document)
    assert doc.title == "Militants attack checkpoint in Northland province"
    assert doc.source == "Synthetic Daily"
    assert doc.author == "Ana Example"
    assert (doc.published, doc.published_origin) == ("2024-03-12", "metadata")
    assert doc.language == "en"
    assert doc.input_format == "html" and doc.meta["extractor"] == "trafilatura"
    assert "killing four officers" in doc.body
    for junk in ("cookies", "Related stories", "Floods hit", "reader42", "Copyright", "tracking", "Sport"):
        assert junk not in doc.text
    kinds = [s.kind for s in doc.sections]
    assert kinds[0] == "title" and "dateline" in kinds
    assert doc.section_text("dateline") == "RIVERTOWN, Northland (Synthetic Wire) -"
    assert doc.raw is not None and "<article>" in doc.raw


def test_html_fallback_when_trafilatura_finds_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(html_reader, "_trafilatura", lambda html, url: None)
    page = tmp_path / "page.html"
    page.write_text(ARTICLE_HTML, encoding="utf-8")
    doc = _read_one(page)
    assert isinstance(doc, Document)
    assert doc.meta["extractor"] == "lxml"
    assert "killing four officers" in doc.body
    assert "Home" not in doc.text  # the <nav> is dropped
    assert doc.title == "Militants attack checkpoint in Northland province | Synthetic Daily"


def test_html_fallback_on_short_page(tmp_path: Path) -> None:
    page = tmp_path / "short.html"
    page.write_text("<html><body><div>Rebels took the town.</div></body></html>", encoding="utf-8")
    doc = _read_one(page, published="2024-01-05")
    assert isinstance(doc, Document)
    assert doc.body == "Rebels took the town."
    assert (doc.published, doc.published_origin) == ("2024-01-05", "user")


def test_html_page_without_text_is_a_failure(tmp_path: Path) -> None:
    page = tmp_path / "empty.html"
    page.write_text("<html><head><title></title></head><body><script>x()</script></body></html>", encoding="utf-8")
    item = _read_one(page)
    assert isinstance(item, Failure)
    assert item.input == str(page) and "no text" in item.message


def test_html_huge_page_refused_with_clear_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTCODER_MAX_HTML_BYTES", "20000")
    page = tmp_path / "huge.html"
    page.write_text("<html><body>" + "<p>Filler paragraph of a very long page.</p>" * 2000 + "</body></html>",
                    encoding="utf-8")
    item = _read_one(page)
    assert isinstance(item, Failure)
    assert "over the 0.0 MB limit" in item.message or "limit" in item.message
    assert "EVENTCODER_MAX_HTML_BYTES" in item.message


def test_html_scripts_do_not_count_against_the_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTCODER_MAX_HTML_BYTES", "20000")
    page = tmp_path / "scripts.html"
    page.write_text(ARTICLE_HTML.replace("</head>", "<script>" + "x=1;" * 50000 + "</script></head>"),
                    encoding="utf-8")
    doc = _read_one(page)
    assert isinstance(doc, Document) and "killing four officers" in doc.body


def test_html_cp1252_page_declared_utf8(tmp_path: Path) -> None:
    page = tmp_path / "cp.html"
    html = ARTICLE_HTML.replace("provincial spokesman said", "provincial spokesman \u2013 Jos\u00e9 \u201cPepe\u201d "
                                "Mart\u00ednez \u2013 said")
    page.write_bytes(html.encode("cp1252"))
    doc = _read_one(page)
    assert isinstance(doc, Document)
    assert 'Jos\u00e9 "Pepe" Mart\u00ednez' in doc.body
    assert doc.meta["encoding"] in ("cp1252", "windows-1252")


def test_html_utf8_bom(tmp_path: Path) -> None:
    page = tmp_path / "bom.html"
    page.write_bytes(b"\xef\xbb\xbf" + ARTICLE_HTML.replace("Rivertown", "R\u00eevertown").encode("utf-8"))
    doc = _read_one(page)
    assert isinstance(doc, Document) and "R\u00eevertown" in doc.body


_HTML_PIECES = st.sampled_from([
    "Gunmen", "killed", "three", "in", "Rivertown", "on", "Oct.", "7,", "2023.", "U.S.", "\u201cquote\u201d", "&nbsp;",
    "&amp;", "caf&eacute;", "<b>bold</b>", "<br>", "</p><p>", "<h2>Sub</h2>", "KYIV (Reuters) -", "(AA Photo)", "\n",
    "<div>", "</div>", "<li>item</li>", "<!-- c -->", "<script>x=1</script>", "\u00a0", "e\u0301",
])


@settings(max_examples=60, deadline=None)
@given(st.lists(_HTML_PIECES, min_size=1, max_size=50), st.none() | st.text(max_size=20))
def test_html_offsets_hold_for_any_page(pieces: list[str], title: str | None) -> None:
    head = f"<head><title>{title}</title></head>" if title is not None else ""
    page = f"<html>{head}<body><article><p>{' '.join(pieces)}</p></article></body></html>"
    try:
        doc = html_reader.document_from_html(page.encode("utf-8"), ref="page.html")
    except InputError:
        return  # no text at all in this page: a Failure, tested elsewhere
    annotate_dates(doc)
    check_layers(doc)
