"""Fuzzing ``extract`` and ``ingest`` (issue 15): random bytes, random JSONL/CSV/HTML/WARC structure and random
numbers. No exception escapes, every input ends as a Document or a named Failure, and the counts add up
(inputs = documents + failures). Bounded example counts and no deadline, so that CI stays fast and steady."""

from __future__ import annotations

import csv
import io
import json
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventcoder import api
from eventcoder.extract.numbers import MAX_COUNT
from eventcoder.ingest import read_bytes
from eventcoder.model import Document, Failure

FUZZ = settings(max_examples=25, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                       HealthCheck.data_too_large])

# Text with the characters hostile input carries: controls, invisible and non-Latin letters, quotes, markup.
_ALPHABET = st.characters(codec="utf-8", exclude_categories=("Cs",))
_words = st.sampled_from(["Gunmen", "killed", "people", "soldiers", "were", "wounded", "in", "the", "village", "on",
                          "Monday", "at least", "police", "said", '"', ",", ".", "\n", "\n\n", "<p>", "&amp;"])
_news = st.lists(st.one_of(_words, st.text(_ALPHABET, max_size=8)), max_size=40).map(" ".join)
_number = st.one_of(
    st.integers(min_value=0, max_value=10**40).map(str),
    st.integers(min_value=0, max_value=10**12).map(lambda n: f"{n:,}"),
    st.integers(min_value=0, max_value=10**12).map(lambda n: f"{n:,}".replace(",", " ")),
    st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False).map(str),
    st.tuples(st.integers(1, 999), st.sampled_from(["hundred", "thousand", "million", "billion", "dozen"]))
    .map(lambda t: f"{t[0]} {t[1]}"),
    st.sampled_from(["one million", "two hundred thousand", "1.2 million", "twenty-three", "dozens", "9" * 5000]),
)
_casualty = st.tuples(_number, st.sampled_from(["{} people were killed", "killing {} civilians", "at least {} dead",
                                                "{} were wounded", 'police said "{} people" were killed']))\
    .map(lambda t: t[1].format(t[0]))
_value = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(_ALPHABET, max_size=20),
                      lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
                      max_leaves=6)
_record = st.fixed_dictionaries(
    {"id": st.one_of(st.text(max_size=6), st.integers())},
    optional={"text": st.one_of(_news, _casualty, _value), "html": st.one_of(_news.map(lambda t: f"<p>{t}</p>"), _value),
              "published": st.one_of(st.sampled_from(["2024-03-05", "9999-12-31", "0001-01-03", "garbage", ""]),
                                     _value),
              "title": _value, "language": _value, "url": _value},
)
_jsonl_line = st.one_of(
    _record.map(lambda r: json.dumps(r, allow_nan=True)),
    st.text(_ALPHABET, max_size=60).map(lambda t: t.replace("\n", " ")),
    st.integers(1, 5000).map(lambda n: "[" * n + "]" * n),
    st.just('{"id": NaN, "text": "x"}'),
)


def make_warc(pages: list[str]) -> bytes:
    """A gzipped WARC archive of HTML responses, each after a request record."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for i, page in enumerate(pages):
        url = f"http://example.org/{i}"
        fixed = {"WARC-Date": "2024-03-14T09:00:00Z"}  # and fixed ids: the same pages give the same bytes
        writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"),
                                                      warc_headers_dict={**fixed, "WARC-Record-ID": f"<urn:q:{i}>"}))
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", http_headers=headers,
                                                      payload=io.BytesIO(f"<html><body>{page}</body></html>".encode()),
                                                      warc_headers_dict={**fixed, "WARC-Record-ID": f"<urn:r:{i}>"}))
    return buf.getvalue()


def _outcomes(items: Iterator[Document | Failure]) -> list[Document | Failure]:
    out = list(items)
    for item in out:
        assert isinstance(item, Document | Failure)
        if isinstance(item, Failure):
            assert item.input and item.message and item.stage
    return out


@pytest.fixture(scope="module")
def workdir() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as tmp:
        yield Path(tmp)


def _write(workdir: Path, name: str, data: bytes) -> Path:
    path = workdir / name
    path.write_bytes(data)
    return path


@FUZZ
@given(first=_record.filter(lambda r: "text" in r).map(json.dumps), rest=st.lists(_jsonl_line, max_size=8))
def test_fuzz_jsonl_every_line_is_a_document_or_a_failure(workdir: Path, first: str, rest: list[str]) -> None:
    lines = [first, *rest]
    path = _write(workdir, "batch.jsonl", ("\n".join(lines) + "\n").encode())
    expected = sum(1 for line in lines if line.encode().strip())
    assert len(_outcomes(api.extract(path))) == expected


@FUZZ
@given(rows=st.lists(st.tuples(st.text(_ALPHABET.filter(lambda c: c != "\x00"), max_size=60), _casualty,
                               st.sampled_from(["2024-03-05", "garbage", "9999-12-31", ""])), max_size=8))
def test_fuzz_csv_every_row_is_a_document_or_a_failure(workdir: Path, rows: list[tuple[str, str, str]]) -> None:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["id", "text", "published"])
    writer.writerows(rows)
    path = _write(workdir, "batch.csv", buf.getvalue().encode())
    expected = sum(1 for row in rows if any(cell.strip() for cell in row))
    assert len(_outcomes(api.extract(path))) == expected


@FUZZ
@given(good=st.lists(_casualty.map(lambda t: t.replace('"', "'")), min_size=1, max_size=6), broken=st.integers(0, 5))
def test_fuzz_csv_an_unclosed_quote_costs_one_row(workdir: Path, good: list[str], broken: int) -> None:
    lines = ["id,text", *(f'{i},"{t}"' for i, t in enumerate(good))]
    at = 1 + broken % len(good)
    lines.insert(at, 'x,"an unclosed quote, and more text')
    path = _write(workdir, "broken.csv", ("\n".join(lines) + "\n").encode())
    items = _outcomes(api.read(path))
    assert len(items) == len(good) + 1
    assert [i.input for i in items if isinstance(i, Failure)] == [f"{path}:line {at + 1}"]


_html = st.recursive(
    _news,
    lambda inner: st.tuples(st.sampled_from(["p", "div", "article", "script", "h1", "table", "b", "title", "svg"]),
                            st.lists(inner, max_size=3)).map(lambda t: f"<{t[0]}>{''.join(t[1])}</{t[0]}>")
    | inner.map(lambda s: s[: len(s) // 2]),  # cut tags
    max_leaves=10,
)


@FUZZ
@given(body=_html)
def test_fuzz_html_page_is_one_document_or_one_failure(workdir: Path, body: str) -> None:
    path = _write(workdir, "page.html", f"<html><body>{body}</body></html>".encode())
    assert len(_outcomes(api.extract(path))) == 1


@FUZZ
@given(pages=st.lists(_html, min_size=1, max_size=4), cut=st.one_of(st.none(), st.integers(1, 4000)))
def test_fuzz_warc_pages_and_truncation(workdir: Path, pages: list[str], cut: int | None) -> None:
    data = make_warc(pages)
    path = _write(workdir, "crawl.warc.gz", data if cut is None else data[: max(1, len(data) - cut)])
    items = _outcomes(api.extract(path))
    if cut is None:
        assert len(items) == len(pages)
    else:
        assert 1 <= len(items) <= len(pages) + 1


@FUZZ
@given(data=st.binary(max_size=3000), name=st.sampled_from(["blob.txt", "blob", "blob.html", "blob.jsonl", "blob.csv",
                                                            "blob.xml", "blob.warc", "blob.gz"]))
def test_fuzz_random_bytes(workdir: Path, data: bytes, name: str) -> None:
    path = _write(workdir, name, data)
    items = _outcomes(api.extract(path))
    assert items
    if name == "blob.html":
        assert len(items) == 1
    assert _outcomes(read_bytes(data, "<stdin>"))


@FUZZ
@given(sentences=st.lists(_casualty, min_size=1, max_size=4))
def test_fuzz_numbers_never_break_extraction(sentences: list[str]) -> None:
    doc = api.extract_text(" ".join(f"{s} in the village on Monday." for s in sentences), published="2024-03-05")
    for event in doc.events:
        assert 0 <= event.fatalities <= MAX_COUNT
        assert event.injuries is None or 0 <= event.injuries <= MAX_COUNT


@settings(max_examples=10, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(lines=st.lists(st.one_of(_jsonl_line, _casualty.map(lambda t: json.dumps({"text": t}))), min_size=1,
                      max_size=8))
def test_fuzz_ingest_counts_add_up(tmp_path_factory: pytest.TempPathFactory, lines: list[str]) -> None:
    folder = tmp_path_factory.mktemp("ingest")
    lines = [json.dumps({"id": "first", "text": "Gunmen killed two people in the village on Monday."}), *lines]
    path = _write(folder, "batch.jsonl", ("\n".join(lines) + "\n").encode())
    expected = sum(1 for line in lines if line.encode().strip())
    summary: Any = api.ingest([str(path)], db=str(folder / "store.sqlite"))
    assert summary.stopped is None
    stored = summary.documents_added + summary.documents_near_duplicate + summary.documents_duplicate
    assert stored + len(summary.failures) == expected
    again: Any = api.ingest([str(path)], db=str(folder / "store.sqlite"))
    assert again.documents_added == 0 and len(again.failures) == len(summary.failures)
