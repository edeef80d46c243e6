"""Hostile inputs (issue 15): every bad input fails alone with a message that names it; nothing is lost.

Every text here is synthetic, written for these tests. The numbers in the test names are the items of issue 15.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import threading
from pathlib import Path

import pytest

from eventcoder.ingest import read, read_bytes
from eventcoder.model import Document, Failure

REPORT = "Gunmen killed three villagers in an attack on a market near the northern town on Monday, police said."
OTHER = "Soldiers clashed with rebels outside the river port on Tuesday, and two soldiers were wounded."


def _records(*items: object) -> str:
    return "".join((i if isinstance(i, str) else json.dumps(i)) + "\n" for i in items)


def _kinds(items: list[Document | Failure]) -> list[str]:
    return [type(i).__name__ for i in items]


def _read(path: Path, **kw: str) -> list[Document | Failure]:
    return list(read(path, **kw))


# --- 2: implausible publication dates -------------------------------------------------------------------------

@pytest.mark.parametrize("value", ["9999-12-31", "0001-01-03", "garbage", "12345"])
def test_hostile_2_12_bad_published_fails_its_record_only(tmp_path: Path, value: str) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text(_records({"id": "bad", "text": REPORT, "published": value},
                             {"id": "good", "text": OTHER, "published": "2024-03-05"}), encoding="utf-8")
    bad, good = _read(path)
    assert isinstance(bad, Failure) and bad.input == f"{path}:line 1" and bad.input_id == "bad"
    assert "'published'" in bad.message and value in bad.message
    assert isinstance(good, Document) and good.published == "2024-03-05"


def test_hostile_2_published_as_a_number_is_named(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text(_records({"id": 1, "text": REPORT, "published": 12345}), encoding="utf-8")
    (bad,) = _read(path)
    assert isinstance(bad, Failure) and "'published' field of record 1 is a number" in bad.message


def test_hostile_2_implausible_page_or_feed_date_is_passed_over() -> None:
    from eventcoder.ingest.text import build_document

    doc = build_document(REPORT, published="9999-12-31", published_origin="feed", fallback="2024-03-06")
    assert (doc.published, doc.published_origin) == ("2024-03-06", "user")
    assert doc.meta["published_rejected"] == "9999-12-31"


def test_hostile_2_implausible_user_date_is_a_usage_error(tmp_path: Path) -> None:
    from eventcoder.errors import InputError

    path = tmp_path / "a.txt"
    path.write_text(REPORT, encoding="utf-8")
    with pytest.raises(InputError, match="not a plausible publication date"):
        _read(path, published="9999-12-31")


# --- 3: deeply nested JSON ------------------------------------------------------------------------------------

NESTED = "[" * 100_000 + "]" * 100_000


@pytest.mark.parametrize("name", ["batch.jsonl", "batch"])
def test_hostile_3_deeply_nested_line_fails_alone(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(_records({"id": "a", "text": REPORT}, NESTED, {"id": "c", "text": OTHER}), encoding="utf-8")
    items = _read(path)
    assert _kinds(items) == ["Document", "Failure", "Document"]
    assert items[1].input == f"{path}:line 2" and "nested too deeply" in items[1].message  # type: ignore[union-attr]


def test_hostile_3_deeply_nested_json_document_is_a_failure(tmp_path: Path) -> None:
    path = tmp_path / "batch.json"
    path.write_text(NESTED, encoding="utf-8")
    (item,) = _read(path)
    assert isinstance(item, Failure) and "nested too deeply" in item.message


# --- 4, 5: JSON Lines detected by lines, a broken first line fails alone -------------------------------------

def _long_batch(n: int = 5) -> bytes:
    filler = " ".join([OTHER] * 60)  # each record is longer than the 4,096-byte sniff head
    return _records(*({"id": f"r{i}", "text": f"{REPORT} {filler}"} for i in range(n))).encode()


def test_hostile_4_long_jsonl_without_extension_is_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "batch"
    path.write_bytes(_long_batch())
    items = _read(path)
    assert _kinds(items) == ["Document"] * 5 and {i.input_format for i in items} == {"jsonl"}  # type: ignore[union-attr]


def test_hostile_4_long_jsonl_on_stdin_is_jsonl() -> None:
    items = list(read_bytes(_long_batch(), "<stdin>"))
    assert _kinds(items) == ["Document"] * 5


@pytest.mark.parametrize("first", ['{"id": "broken", "text": "no closing', "", "   "])
@pytest.mark.parametrize("name", ["batch.jsonl", "batch"])
def test_hostile_5_broken_or_blank_first_line_fails_alone(tmp_path: Path, first: str, name: str) -> None:
    path = tmp_path / name
    path.write_text(_records(first, {"id": "b", "text": REPORT}, {"id": "c", "text": OTHER}), encoding="utf-8")
    items = _read(path)
    docs = [i for i in items if isinstance(i, Document)]
    assert [d.meta["input_id"] for d in docs] == ["b", "c"]
    failures = [i for i in items if isinstance(i, Failure)]
    assert [f.input for f in failures] == ([f"{path}:line 1"] if first.strip() else [])


# --- 6: gzip on stdin -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("payload", "n"), [
    (_records({"id": "a", "text": REPORT}, {"id": "b", "text": OTHER}), 2),
    (f"<!doctype html><html><body><article><p>{REPORT}</p><p>{OTHER}</p></article></body></html>", 1),
    (f"{REPORT}\n\n{OTHER}\n", 1),
    (f"id,text\n1,{REPORT}\n2,{OTHER.replace(',', ';')}\n", 2),
])
def test_hostile_6_gzip_on_stdin_is_decompressed(payload: str, n: int) -> None:
    items = list(read_bytes(gzip.compress(payload.encode()), "<stdin>"))
    assert _kinds(items) == ["Document"] * n
    assert REPORT.split()[0] in items[0].text  # type: ignore[union-attr]


# --- 7: non-seekable paths ------------------------------------------------------------------------------------

@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
@pytest.mark.parametrize("payload", [_long_batch(40), gzip.compress(_long_batch(40)),
                                     (REPORT + "\n\n" + OTHER * 200).encode()])
def test_hostile_7_fifo_is_read_whole(tmp_path: Path, payload: bytes) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    writer = threading.Thread(target=fifo.write_bytes, args=(payload,), daemon=True)
    writer.start()
    result: list[list[Document | Failure]] = []
    reader = threading.Thread(target=lambda: result.append(_read(fifo)), daemon=True)
    reader.start()
    reader.join(60)
    if reader.is_alive():  # a reader that opens the FIFO twice waits for ever: release it, then fail
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        pytest.fail("reading the FIFO hung: its head was read twice")
    writer.join(5)
    (items,) = result
    assert all(isinstance(i, Document) for i in items) and items
    assert items[0].text.startswith(REPORT)  # type: ignore[union-attr]
    assert len(items) == (40 if payload[:1] != REPORT[:1].encode() else 1)


# --- 8: an unclosed quote in a CSV ----------------------------------------------------------------------------

def test_hostile_8_unclosed_csv_quote_fails_its_row(tmp_path: Path) -> None:
    path = tmp_path / "batch.csv"
    path.write_text(
        "id,text,published\n"
        f'a,"{REPORT}",2024-03-04\n'
        f'b,"{OTHER} and the quote never closes,2024-03-04\n'
        f'c,"{OTHER}",2024-03-05\n'
        f'd,"{REPORT}",2024-03-06\n',
        encoding="utf-8",
    )
    items = _read(path)
    assert _kinds(items) == ["Document", "Failure", "Document", "Document"]
    assert items[1].input == f"{path}:line 3" and "CSV row" in items[1].message  # type: ignore[union-attr]
    assert [i.input_ref for i in items if isinstance(i, Document)] == [f"{path}:line {n}" for n in (2, 4, 5)]


def test_hostile_8_unclosed_quote_on_the_last_row(tmp_path: Path) -> None:
    path = tmp_path / "batch.csv"
    path.write_text(f'id,text\na,"{REPORT}"\nb,"{OTHER}\n', encoding="utf-8")
    assert _kinds(_read(path)) == ["Document", "Failure"]


# --- 12: fields of the wrong type -----------------------------------------------------------------------------

@pytest.mark.parametrize(("record", "message"), [
    ({"id": "x", "text": [REPORT]}, "'text' field of record 'x' is an array"),
    ({"id": "x", "text": REPORT, "title": {"a": 1}}, "'title' field of record 'x' is an object"),
    ({"id": ["x"], "text": REPORT}, "'id' field"),
    ('{"id": NaN, "text": "' + REPORT + '"}', "NaN is not a JSON value"),
    ('{"id": 1, "text": "' + REPORT + '", "source": Infinity}', "Infinity is not a JSON value"),
])
def test_hostile_12_bad_fields_are_reported(tmp_path: Path, record: object, message: str) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text(_records(record, {"id": "ok", "text": OTHER}), encoding="utf-8")
    bad, good = _read(path)
    assert isinstance(bad, Failure) and message in bad.message and bad.input == f"{path}:line 1"
    assert isinstance(good, Document)


def test_hostile_12_output_json_refuses_nan() -> None:
    from eventcoder.cli._output import dumps

    with pytest.raises(ValueError):
        dumps({"id": float("nan")})


# --- 13: folder walks and invisible text ----------------------------------------------------------------------

def test_hostile_13_walk_names_what_it_skips(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "b.txt").write_text(OTHER, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path: str | os.PathLike[str] = ".") -> object:  # root reads any folder: refuse this one
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = _read(tmp_path)
    assert _kinds(items) == ["Document", "Failure", "Failure"]
    by_input = {i.input: i.message for i in items if isinstance(i, Failure)}
    assert "broken link" in by_input[str(tmp_path / "dangling.txt")]
    assert "cannot list the folder" in by_input[str(locked)]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_hostile_13_walk_skips_a_fifo_by_name(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe")
    (item,) = _read(tmp_path)
    assert isinstance(item, Failure) and "not a regular file" in item.message


@pytest.mark.parametrize("content", ["\u00a0\u00a0\n\u200b\u200b\ufeff", "\u200b", "\u00ad\u2060"])
def test_hostile_13_invisible_text_is_empty(tmp_path: Path, content: str) -> None:
    path = tmp_path / "blank.txt"
    path.write_text(content, encoding="utf-8")
    (item,) = _read(path)
    assert isinstance(item, Failure) and "the input is empty" in item.message


def test_hostile_13_invisible_record_text_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text(_records({"id": "z", "text": "\u200b\u200b"}), encoding="utf-8")
    (item,) = _read(path)
    assert isinstance(item, Failure) and "empty" in item.message


# --- 14: languages --------------------------------------------------------------------------------------------

FOREIGN = {  # synthetic reports, one per language
    "es": "Al menos siete personas murieron el martes en un ataque armado contra un mercado en el norte del país, "
          "según informaron las autoridades locales. Los atacantes huyeron en motocicletas.",
    "it": "Almeno sette persone sono state uccise martedì in un attacco armato contro un mercato nel nord del paese, "
          "secondo quanto riferito dalle autorità locali. Gli aggressori sono fuggiti.",
    "tr": "Ülkenin kuzeyindeki bir pazara salı günü düzenlenen silahlı saldırıda en az yedi kişi hayatını kaybetti, "
          "yerel yetkililer açıklama yaptı. Saldırganlar motosikletlerle kaçtı.",
    "ar": "قتل سبعة أشخاص على الأقل يوم الثلاثاء في هجوم مسلح على سوق في شمال البلاد، بحسب ما أفادت السلطات المحلية. "
          "وفر المهاجمون على دراجات نارية.",
}


@pytest.mark.parametrize("code", sorted(FOREIGN))
def test_hostile_14_foreign_report_is_not_coded_and_says_why(code: str) -> None:
    from eventcoder.api import extract_text

    doc = extract_text(FOREIGN[code])
    assert doc.language == code and doc.events == []
    assert doc.rejected is not None and doc.rejected.startswith("language ") and f"({code})" in doc.rejected
    assert doc.rejected.endswith("is not supported yet; nothing was coded")


@pytest.mark.parametrize("text", [
    "Gunmen kill seven at market",  # a headline
    "Seven killed in blast.",
    "On 12 June 2022, in Sao Joao da Barra (Rio de Janeiro), militiamen clashed with police in Complexo do Alemao.",
    REPORT,
])
def test_hostile_14_short_english_is_never_called_foreign(text: str) -> None:
    from eventcoder.ingest import document_from_text

    doc = document_from_text(text)
    assert doc.language in (None, "en") and doc.rejected is None


def test_hostile_14_declared_language_is_used_when_detection_cannot_tell(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text(_records({"id": "h", "text": "Siete muertos en Kabul", "language": "es-ES"},
                             {"id": "e", "text": REPORT, "language": "fr"}), encoding="utf-8")
    short, english = _read(path)
    assert isinstance(short, Document) and short.language == "es" and "Spanish (es)" in (short.rejected or "")
    # a confident detection wins over a wrong declaration
    assert isinstance(english, Document) and english.language == "en" and english.rejected is None
    assert english.meta["language_declared"] == "fr"


# --- 15 (ingest part): plain text has a size limit ------------------------------------------------------------

def test_hostile_15_text_over_the_limit_fails_clearly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTCODER_MAX_TEXT_BYTES", "2000")
    big, small = tmp_path / "big.txt", tmp_path / "small.txt"
    big.write_text((REPORT + "\n") * 40, encoding="utf-8")
    small.write_text(REPORT, encoding="utf-8")
    item, ok = _read(tmp_path)
    assert isinstance(item, Failure) and "over the 0.0 MB limit" in item.message
    assert "EVENTCODER_MAX_TEXT_BYTES" in item.message and isinstance(ok, Document)


def test_hostile_15_api_text_over_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    from eventcoder.errors import InputError
    from eventcoder.ingest import document_from_text

    monkeypatch.setenv("EVENTCODER_MAX_TEXT_BYTES", "100")
    with pytest.raises(InputError, match="limit"):
        document_from_text(REPORT * 2)


# --- the CLI on stdin -----------------------------------------------------------------------------------------

def _cli(args: list[str], stdin: bytes = b"") -> tuple[int, str, str]:
    from click.testing import CliRunner

    from eventcoder.cli import cli

    result = CliRunner().invoke(cli, args, input=io.BytesIO(stdin))
    return result.exit_code, result.stdout, result.stderr


def test_hostile_6_cli_extract_reads_gzip_jsonl_on_stdin() -> None:
    data = gzip.compress(_records({"id": "a", "text": REPORT}, {"id": "b", "text": OTHER}).encode())
    code, out, err = _cli(["extract", "-", "--format", "jsonl"], data)
    assert code == 0, err
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["a", "b"]


# --- geoparse: any encoding, never a traceback ----------------------------------------------------------------

@pytest.mark.parametrize(("name", "data"), [
    ("latin1.txt", "Soldiers clashed with rebels near Kaduna, Nigeria, on Monday. Caf\u00e9 closed.".encode("latin-1")),
    ("utf16.txt", "Soldiers clashed with rebels near Kaduna, Nigeria, on Monday.".encode("utf-16")),
    ("bom.jsonl", b"\xef\xbb\xbf" + json.dumps({"id": "g1", "text": "Rebels attacked Kaduna, Nigeria."}).encode()),
])
def test_hostile_geoparse_decodes_like_ingest(tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    code, out, err = _cli(["geoparse", str(path), "--format", "jsonl"])
    assert code == 0, err
    (record,) = [json.loads(line) for line in out.splitlines()]
    assert "Kaduna" in [p["surface"] for p in record["places"]]


@pytest.mark.parametrize(("data", "message"), [(b"", "empty"), (b"\x00\x01\x02\x03PK\x03\x04" * 40, "binary")])
def test_hostile_geoparse_bad_file_is_named(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    code, out, err = _cli(["geoparse", str(path)])
    assert code == 1 and "Traceback" not in err
    assert str(path) in err and message in err


def test_hostile_geoparse_oversized_file_is_refused_before_it_is_read(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTCODER_MAX_TEXT_BYTES", "100")
    monkeypatch.setenv("EVENTCODER_MAX_HTML_BYTES", "10")
    path = tmp_path / "huge.txt"
    path.write_text("Rebels attacked Kaduna, Nigeria. " * 40, encoding="utf-8")  # 1,320 bytes > 4 x 100
    code, out, err = _cli(["geoparse", str(path)])
    assert code == 1 and "Traceback" not in err
    assert str(path) in err and "MB a text is read whole" in err


@pytest.mark.parametrize("command", ["add", "import"])
def test_hostile_gazetteer_binary_file_is_named(tmp_path: Path, command: str) -> None:
    path = tmp_path / "places.tsv"
    path.write_bytes(b"\xaa\xbb\xcc\x00\xff" * 100)
    code, out, err = _cli(["gazetteer", command, str(path), "--index", str(tmp_path / "gz.sqlite")])
    assert code == 1 and "Traceback" not in err
    assert str(path) in err and "not UTF-8 text" in err


@pytest.mark.parametrize("data", [b"\xaa\xbb\xcc\x00\xff" * 100, '{"id": "x", "text": "t"}\n'.encode("utf-16")])
def test_hostile_eval_undecodable_gold_is_named(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_bytes(data)
    code, out, err = _cli(["eval", str(path)])
    assert code == 1 and "Traceback" not in err
    assert str(path) in err and "not UTF-8 text" in err


# --- size: refused before it fills the memory -----------------------------------------------------------------

@pytest.mark.parametrize("name", ["bomb.txt.gz", "bomb.html.gz", "bomb.gz"])
def test_hostile_gzip_bomb_is_refused_before_it_is_inflated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                            name: str) -> None:
    monkeypatch.setenv("EVENTCODER_MAX_TEXT_BYTES", "1000")
    monkeypatch.setenv("EVENTCODER_MAX_HTML_BYTES", "1000")
    path = tmp_path / name
    path.write_bytes(gzip.compress(b"<p>" + b"word " * 20_000 + b"</p>"))  # 100 KB from a few hundred bytes
    (good := tmp_path / "good.txt").write_text(REPORT, encoding="utf-8")
    items = _read(tmp_path)
    assert _kinds(items) == ["Failure", "Document"] or _kinds(items) == ["Document", "Failure"]
    failure = next(i for i in items if isinstance(i, Failure))
    assert failure.input == str(path) and "read whole" in failure.message and "EVENTCODER_MAX" in failure.message
    assert any(isinstance(i, Document) and i.input_ref == str(good) for i in items)


def test_hostile_huge_file_is_refused_unread(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTCODER_MAX_TEXT_BYTES", "1000")
    monkeypatch.setenv("EVENTCODER_MAX_HTML_BYTES", "1000")
    path = tmp_path / "huge.txt"
    path.write_text(REPORT * 500, encoding="utf-8")
    real = Path.read_bytes

    def guarded(self: Path) -> bytes:
        assert self != path, "a file over the limit was read whole"
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", guarded)
    (failure,) = _read(path)
    assert isinstance(failure, Failure) and "MB, more than the 0.01 MB" in failure.message


def test_hostile_jsonl_line_over_the_limit_fails_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTCODER_MAX_TEXT_BYTES", "1000")
    monkeypatch.setenv("EVENTCODER_MAX_HTML_BYTES", "1000")
    path = tmp_path / "batch.jsonl"
    path.write_text(_records({"id": "big", "text": "word " * 10_000}, {"id": "ok", "text": REPORT}), encoding="utf-8")
    items = _read(path)
    assert _kinds(items) == ["Failure", "Document"]
    assert items[0].input == f"{path}:line 1" and "longer than" in items[0].message  # type: ignore[union-attr]
    assert items[1].meta["input_id"] == "ok"  # type: ignore[union-attr]  # the line after it is read


def test_hostile_unreadable_file_among_good_ones(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """One file that cannot be read (as root every file can: its opening is refused here) fails alone, named,
    in read() and in batch planning; the files around it are read."""
    from eventcoder.batch.splits import plan_splits

    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    locked = tmp_path / "b.txt"
    locked.write_text(OTHER, encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(_records({"id": "c1", "text": OTHER + " Synthetic."}), encoding="utf-8")
    real_open = Path.open

    def refusing(self: Path, *args: object, **kwargs: object) -> object:
        if self == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)  # type: ignore[call-overload]  # Path.open's own arguments

    monkeypatch.setattr(Path, "open", refusing)
    monkeypatch.setattr(Path, "read_bytes", lambda self: refusing(self, "rb").read())  # type: ignore[attr-defined]
    items = _read(tmp_path)
    assert _kinds(items) == ["Document", "Failure", "Document"]
    assert items[1].input == str(locked) and "Permission denied" in items[1].message  # type: ignore[union-attr]
    splits, failures = plan_splits([tmp_path])
    assert [Path(s.path).name for s in splits] == ["a.txt", "c.jsonl"]
    assert [Path(f.input).name for f in failures] == ["b.txt"] and "Permission denied" in failures[0].message
