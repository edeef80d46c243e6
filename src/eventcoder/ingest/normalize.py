"""Bytes to text: encoding detection, and the one text normalisation every reader applies.

Normalisation (``normalize_text``), applied once at ingest so that every later offset indexes
the final ``Document.text``:

* line ends ``\\r\\n`` and ``\\r`` become ``\\n``;
* Unicode NFC (composed accents: "Tu\\u0308rkiye" becomes "Türkiye");
* curly quotes and apostrophes become ASCII ``'`` and ``"`` (one character for one, so a
  lexicon written with ``'`` matches "Syria’s"); dashes are kept, since datelines use them;
* non-breaking, thin and other Unicode spaces become a plain space; tabs stay;
* zero-width characters, soft hyphens and the BOM are removed, other control characters
  (except ``\\n`` and ``\\t``) become a space;
* trailing spaces of each line are removed, and runs of three or more line breaks become two.

The function is idempotent: ``normalize_text(normalize_text(x)) == normalize_text(x)``.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from eventcoder.errors import InputError

__all__ = ["decode_bytes", "is_binary", "normalize_text", "utf16_encoding"]

_CHAR_MAP = {
    0x2018: "'", 0x2019: "'", 0x201A: "'", 0x201B: "'", 0x2032: "'", 0x02BC: "'",
    0x201C: '"', 0x201D: '"', 0x201E: '"', 0x201F: '"', 0x2033: '"', 0x00AB: '"', 0x00BB: '"',
    0x00A0: " ", 0x2007: " ", 0x202F: " ", 0x2000: " ", 0x2001: " ", 0x2002: " ", 0x2003: " ",
    0x2004: " ", 0x2005: " ", 0x2006: " ", 0x2008: " ", 0x2009: " ", 0x200A: " ", 0x205F: " ",
    0x3000: " ", 0x1680: " ", 0x2028: "\n", 0x2029: "\n", 0x0085: "\n", 0x000B: "\n", 0x000C: "\n",
}
_DROP = dict.fromkeys([0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD])
# C0/C1 control characters other than tab and newline become a space.
_CONTROL = {c: " " for c in [*range(0x00, 0x09), *range(0x0E, 0x20), *range(0x7F, 0x85), *range(0x86, 0xA0)]}
_TRANSLATE = {**_CONTROL, **_CHAR_MAP, **_DROP}
_TRAILING = re.compile(r"[ \t]+\n")
_MANY_BREAKS = re.compile(r"\n{3,}")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)


def normalize_text(text: str) -> str:
    """The normalised form of ``text`` (NFC, ASCII quotes, plain spaces, ``\\n`` line ends), stripped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    text = text.translate(_TRANSLATE)
    # The substring tests are cheap and spare the regex scans on the usual clean text.
    if " \n" in text or "\t\n" in text:
        text = _TRAILING.sub("\n", text)
    if "\n\n\n" in text:
        text = _MANY_BREAKS.sub("\n\n", text)
    # Trailing spaces at the very end and NFC after removals keep the function idempotent.
    return unicodedata.normalize("NFC", text).strip()


def utf16_encoding(data: bytes) -> str | None:
    """``utf-16`` when ``data`` opens with a UTF-16 byte-order mark; ``utf-16-le`` or ``utf-16-be`` when it has
    none but reads as UTF-16 text (Windows tools and Excel's "Unicode text" write it: a NUL byte in every other
    position of Latin text, on the same side); else None."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    sample = data[:4096]
    sample = sample[: len(sample) // 2 * 2]
    pairs = len(sample) // 2
    if pairs < 8:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    encoding = "utf-16-le" if odd * 2 >= pairs and even == 0 else "utf-16-be" if even * 2 >= pairs and odd == 0 else None
    if encoding is None:
        return None
    text = sample.decode(encoding, "replace")
    # Binary data with NULs in a regular pattern (tables of small numbers) decodes to control characters.
    controls = sum(1 for c in text if c < " " and c not in "\t\n\r\f")
    return encoding if controls <= max(2, len(text) // 100) else None


def is_binary(data: bytes) -> bool:
    """Whether ``data`` looks like a binary file (NUL bytes or many control bytes) rather than text."""
    head = data[:8192]
    if utf16_encoding(head):
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > max(8, len(head) // 50)


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML ``<meta>`` or XML declaration claims, if any."""
    head = data[:4096]
    m = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    if not m:
        return None
    name = m.group(1).decode("ascii", "replace").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_bytes(data: bytes, *, input_ref: str = "<input>", declared: str | None = None) -> tuple[str, str]:
    """Decode raw bytes to text and name the encoding used; raise InputError for binary data.

    Order: a BOM, then strict UTF-8, then the charset the page or HTTP header declares,
    then charset-normalizer; ``latin-1`` declarations are read as ``cp1252`` (its superset,
    as browsers do), so that curly quotes and dashes of Windows pages survive.
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", "replace"), "utf-8-sig"
    for bom, enc in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[2:].decode(enc, "replace"), enc
    bomless = utf16_encoding(data)
    if bomless:
        return data[: len(data) // 2 * 2].decode(bomless, "replace"), bomless
    if is_binary(data):
        raise InputError("looks like a binary file, not text; give a text, HTML, feed, WARC, JSONL or CSV file",
                         input=input_ref)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    charset = declared or declared_charset(data)
    if charset in ("latin-1", "iso8859-1", "ascii", "iso8859-15"):
        charset = "cp1252"
    if charset and charset not in ("utf-8", "utf-8-sig"):
        try:
            return data.decode(charset), charset
        except (UnicodeDecodeError, LookupError):
            pass
    return _guess(data)


# Encodings charset-normalizer may guess for short Western text that cp1252 reads as well;
# for English-language news, cp1252 is by far the likelier of them.
_LATIN_GUESSES = frozenset({"cp1250", "cp1252", "cp1254", "cp1257", "latin_1", "iso8859_2", "iso8859_3", "iso8859_4",
                            "iso8859_9", "iso8859_10", "iso8859_13", "iso8859_14", "iso8859_15", "iso8859_16",
                            "mac_roman", "mac_latin2", "mac_iceland", "mac_turkish", "cp850", "cp437"})


def _guess(data: bytes) -> tuple[str, str]:
    """Decode non-UTF-8 bytes with charset-normalizer, preferring cp1252 among the Latin encodings."""
    try:
        text: str | None = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None:
        sample = data[:65536]
        high = sum(1 for b in sample if b >= 0x80)
        # Mostly ASCII with a few high bytes: a Windows/Latin-1 page; charset-normalizer guesses badly on those.
        if high <= max(4, len(sample) // 20):
            return text, "cp1252"
    from charset_normalizer import from_bytes

    best = from_bytes(data[:1_000_000]).best()
    if best is not None and best.encoding:
        if text is not None and best.encoding in _LATIN_GUESSES:
            return text, "cp1252"
        return data.decode(best.encoding, "replace"), best.encoding
    if text is not None:
        return text, "cp1252"
    return data.decode("utf-8", "replace"), "utf-8"
