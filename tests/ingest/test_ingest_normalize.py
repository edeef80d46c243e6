"""Decoding bytes and the one text normalisation."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventcoder.errors import InputError
from eventcoder.ingest.normalize import decode_bytes, is_binary, normalize_text


def test_normalize_quotes_spaces_and_composition() -> None:
    raw = "Syria\u2019s \u201cde-escalation\u201d\u00a0zones\u2009\u2014 T\u00fcrkiye / Tu\u0308rkiye\u200b\r\nend\u00ad"
    assert normalize_text(raw) == "Syria's \"de-escalation\" zones \u2014 T\u00fcrkiye / T\u00fcrkiye\nend"


def test_normalize_line_breaks_and_trailing_spaces() -> None:
    assert normalize_text("  Title  \r\n\r\n\r\n\r\nBody\tline \x07\n\n\n") == "Title\n\nBody\tline"


@given(st.text())
def test_normalize_is_idempotent(raw: str) -> None:
    once = normalize_text(raw)
    assert normalize_text(once) == once


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        ("caf\u00e9 \u2013 ok".encode(), "caf\u00e9 \u2013 ok", "utf-8"),
        (codecs.BOM_UTF8 + "caf\u00e9".encode(), "caf\u00e9", "utf-8-sig"),
        ("\u201ccaf\u00e9\u201d \u2013 na\u00efve".encode("cp1252"), "\u201ccaf\u00e9\u201d \u2013 na\u00efve", "cp1252"),
        (codecs.BOM_UTF16_LE + "caf\u00e9".encode("utf-16-le"), "caf\u00e9", "utf-16-le"),
    ],
)
def test_normalize_decode_bytes(data: bytes, text: str, encoding: str) -> None:
    assert decode_bytes(data) == (text, encoding)


def test_normalize_declared_latin1_read_as_cp1252() -> None:
    data = b'<meta charset="iso-8859-1"><p>\x93quoted\x94 caf\xe9</p>'
    text, encoding = decode_bytes(data)
    assert "\u201cquoted\u201d caf\u00e9" in text and encoding == "cp1252"


def test_normalize_binary_is_refused() -> None:
    assert is_binary(b"\x00\x01\x02PK\x03\x04" * 10)
    assert not is_binary(b"plain text\twith tabs\n")
    with pytest.raises(InputError, match="binary"):
        decode_bytes(b"GIF89a\x00\x00\x01\x02", input_ref="x.txt")
