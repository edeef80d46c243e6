"""HTML pages: main text and metadata through trafilatura, with an lxml fallback.

Size guard: ``<script>``, ``<style>``, ``<svg>``, ``<noscript>``, comments and ``data:`` URIs
are removed first (a page is often huge only because of them); a page still over
:data:`MAX_HTML_BYTES` (default 10 MB, environment variable ``EVENTCODER_MAX_HTML_BYTES``) is
refused with a Failure that says so, since its main text cannot be found reliably and parsing
it would cost seconds and hundreds of megabytes.
"""

from __future__ import annotations

import re
from typing import Any

from eventcoder.errors import InputError
from eventcoder.ingest.limits import MAX_HTML_BYTES, max_html_bytes
from eventcoder.ingest.normalize import decode_bytes
from eventcoder.ingest.text import RAW_LIMIT, build_document
from eventcoder.model import Document

__all__ = ["MAX_HTML_BYTES", "document_from_html", "extract_html", "html_to_text", "max_html_bytes"]


_STRIP = re.compile(
    r"<(script|style|svg|noscript|template)\b[^>]*>.*?</\1\s*>|<!--.*?-->|\bdata:[\w/+.-]+;base64,[A-Za-z0-9+/=\s]+",
    re.S | re.I,
)
_LANG = re.compile(r"<html[^>]*\blang\s*=\s*[\"']?([A-Za-z]{2,3})", re.I)
_BLOCKS = ("p", "h1", "h2", "h3", "li", "blockquote", "figcaption", "td", "pre")
_DROP_TAGS = ("script", "style", "nav", "header", "footer", "aside", "form", "noscript", "svg", "button", "iframe")


def extract_html(html: str, *, url: str | None = None, ref: str = "<html>") -> dict[str, Any]:
    """Main text and metadata (title, date, author, sitename, language) of a page; text may be empty."""
    html = _STRIP.sub(" ", html)
    limit = max_html_bytes()
    if len(html) > limit:
        raise InputError(
            f"HTML page is {len(html) / 1e6:.1f} MB after removing scripts and styles, over the "
            f"{limit / 1e6:.1f} MB limit; raise EVENTCODER_MAX_HTML_BYTES to read it anyway",
            input=ref,
        )
    result: dict[str, Any] = {}
    lang = _LANG.search(html[:5000])
    if lang:
        result["language"] = lang.group(1).lower()
    extracted = _trafilatura(html, url)
    if extracted:
        result.update({k: extracted.get(k) for k in ("title", "date", "author", "sitename") if extracted.get(k)})
        if extracted.get("language") and "language" not in result:
            result["language"] = extracted["language"]
    text = (extracted or {}).get("text") or ""
    result["extractor"] = "trafilatura"
    if not text.strip():
        text, title = html_to_text(html)
        result["extractor"] = "lxml"
        if title and not result.get("title"):
            result["title"] = title
    # trafilatura puts one block per line; blank lines make the paragraph breaks explicit.
    result["text"] = "\n\n".join(line.strip() for line in text.split("\n") if line.strip())
    return result


def _trafilatura(html: str, url: str | None) -> dict[str, Any] | None:
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False,
            # Only structural date markers: a date quoted in the article text is not its publication date.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except (ValueError, TypeError, AttributeError, LookupError) as exc:  # trafilatura on malformed markup
        del exc
        return None
    if doc is None:
        return None
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    return {k: data.get(k) for k in ("text", "title", "date", "author", "sitename", "language")}


def html_to_text(html: str) -> tuple[str, str | None]:
    """Text (one block a line) and title of the page's paragraphs (or whole body) with lxml, when trafilatura finds nothing."""
    import lxml.html
    from lxml import etree

    try:
        tree = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return "", None
    for bad in tree.xpath("//" + " | //".join(_DROP_TAGS)):
        bad.drop_tree()
    title_el = tree.find(".//title")
    title = title_el.text_content().strip() if title_el is not None else None
    blocks = [el.text_content().strip() for el in tree.iter(*_BLOCKS)]
    blocks = [b for b in blocks if b]
    if not blocks:
        body = tree.find(".//body")
        blocks = [(body if body is not None else tree).text_content().strip()]
    return "\n".join(" ".join(b.split()) for b in blocks if b), title or None


def document_from_html(
    data: bytes | str,
    *,
    ref: str,
    published: str | None = None,
    metadata_published: str | None = None,
    url: str | None = None,
    late_published: tuple[str, str] | None = None,
    http_charset: str | None = None,
    input_format: str = "html",
    source: str | None = None,
    title: str | None = None,
    meta: dict[str, Any] | None = None,
) -> Document:
    """A Document from one HTML page; raises InputError when the page is unreadable, too big or empty.

    ``published`` is the user's fallback date; ``metadata_published`` (e.g. a batch record's
    column) wins over the date trafilatura finds in the page.
    """
    if isinstance(data, bytes):
        if not data.strip():
            raise InputError("the HTML page is empty; nothing to read", input=ref)
        html, encoding = decode_bytes(data, input_ref=ref, declared=http_charset)
    else:
        html, encoding = data, None
    info = extract_html(html, url=url, ref=ref)
    if not info["text"].strip():
        raise InputError("no text found in the HTML page (no paragraphs, empty body); check that it is an article",
                         input=ref)
    doc_meta = {"extractor": info["extractor"], **(meta or {})}
    if encoding:
        doc_meta["encoding"] = encoding
    return build_document(
        info["text"],
        title=title or info.get("title"),
        published=metadata_published or info.get("date"),
        published_origin="metadata" if metadata_published or info.get("date") else None,
        late_published=late_published,
        fallback=published,
        source=source or info.get("sitename"),
        url=url,
        author=info.get("author"),
        language=info.get("language"),
        input_ref=ref,
        input_format=input_format,
        raw=html[:RAW_LIMIT],
        meta=doc_meta,
    )
