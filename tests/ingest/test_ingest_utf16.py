"""UTF-16 input (Excel's "Unicode text", Windows tools): read like UTF-8, never mistaken for binary.

Synthetic texts written for these tests.
"""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from eventcoder.ingest import read, read_bytes, sniff_format
from eventcoder.ingest.normalize import decode_bytes, is_binary
from eventcoder.model import Document, Failure

_REPORT = "Gunmen killed three villagers in the town of Lakeside on Friday, police said. Caf\u00e9 owners fled."
_RECORDS = [
    {"id": "u1", "text": _REPORT, "published": "2024-03-02"},
    {"id": "u2", "text": "Police arrested twenty protesters in the capital on Tuesday.", "published": "2024-03-05"},
]


def _jsonl(*, broken: bool = False) -> str:
    lines = [json.dumps(r, ensure_ascii=False) for r in _RECORDS]
    if broken:
        lines.insert(1, '{"id": "bad", "text": oops')
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_utf16_jsonl_file_reads_every_record(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "batch.jsonl"
    data = _jsonl(broken=True).encode(encoding)
    path.write_bytes(data if encoding == "utf-16" else codecs.BOM_UTF16_BE + data)
    items = list(read(path))
    assert [type(i).__name__ for i in items] == ["Document", "Failure", "Document"]
    first, bad, second = items
    assert isinstance(first, Document) and isinstance(second, Document) and isinstance(bad, Failure)
    assert first.meta["input_id"] == "u1" and "Caf\u00e9" in first.text
    assert second.meta["input_id"] == "u2" and second.input_ref == f"{path}:line 3"
    assert bad.input == f"{path}:line 2" and "JSON" in bad.message


def test_utf16_jsonl_on_stdin_is_sniffed() -> None:
    data = _jsonl().encode("utf-16")
    assert sniff_format(data[:4096]) == "jsonl"
    items = list(read_bytes(data, "<stdin>"))
    assert [i.meta["input_id"] for i in items if isinstance(i, Document)] == ["u1", "u2"]


@pytest.mark.parametrize(("name", "sep"), [("export.tsv", "\t"), ("export.csv", ",")])
def test_utf16_csv_keeps_its_first_column(tmp_path: Path, name: str, sep: str) -> None:
    # Excel saves "Unicode text" as UTF-16 with a BOM; the BOM must not stick to the first column's name.
    rows = [["text", "id", "published"], *[[r["text"], r["id"], r["published"]] for r in _RECORDS]]
    body = "\r\n".join(sep.join(f'"{c}"' if sep in c else c for c in row) for row in rows) + "\r\n"
    path = tmp_path / name
    path.write_bytes(body.encode("utf-16"))
    items = list(read(path))
    assert all(isinstance(i, Document) for i in items), items
    assert [i.meta["input_id"] for i in items if isinstance(i, Document)] == ["u1", "u2"]
    assert "Caf\u00e9" in items[0].text  # type: ignore[union-attr]  # checked Documents above


def test_utf8_bom_csv_first_column_is_named_without_the_bom(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(("id,text\nu1,\"" + _REPORT + "\"\n").encode("utf-8-sig"))
    (doc,) = list(read(path))
    assert isinstance(doc, Document) and doc.meta["input_id"] == "u1"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_text_without_bom_is_text_not_binary(tmp_path: Path, encoding: str) -> None:
    data = _REPORT.encode(encoding)
    assert not is_binary(data)
    assert decode_bytes(data) == (_REPORT, encoding)
    path = tmp_path / "report.txt"
    path.write_bytes(data)
    (doc,) = list(read(path))
    assert isinstance(doc, Document) and doc.text == _REPORT and doc.meta["encoding"] == encoding


def test_binary_with_nul_bytes_is_still_binary() -> None:
    assert is_binary(bytes(range(256)) * 8)
    assert is_binary(b"PK\x03\x04\x14\x00\x00\x00\x08\x00" * 50)
