"""Reading fetched feeds: RSS, Atom, malformed, HTML instead of a feed, encodings, entry keys."""

from __future__ import annotations

import pytest

from eventcoder.errors import InputError
from eventcoder.watch.feed import entry_document, key_of, parse_feed

from ._server import Item, atom, rss

URL = "http://127.0.0.1:8000/feed.xml"


def test_feed_rss_and_atom_entries() -> None:
    items = [Item("g1", "One", "http://127.0.0.1:8000/a/1.html", "<p>Summary one</p>"),
             Item("g2", "Two", "/a/2.html", updated="2024-03-02T10:00:00Z")]
    parsed = parse_feed(rss(items), URL)
    assert parsed.title == "Synthetic Wire" and parsed.warning is None
    first, second = parsed.entries
    assert first.key == key_of("g1") and first.published == "2024-03-02" and "Summary one" in first.text
    assert second.url == "http://127.0.0.1:8000/a/2.html"  # relative links resolved against the feed
    atom_entries = parse_feed(atom(items), URL).entries
    assert [e.updated for e in atom_entries] == ["2024-03-02T08:00:00Z", "2024-03-02T10:00:00Z"]


def test_feed_entry_key_falls_back_to_link_then_text() -> None:
    body = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
            b"<item><title>Linked</title><link>http://h.example/1</link></item>"
            b"<item><title>Bare</title><description>Only text</description></item></channel></rss>")
    linked, bare = parse_feed(body, URL).entries
    assert linked.key == key_of("http://h.example/1") and bare.url is None and bare.key == key_of("Bare\nOnly text")


def test_feed_non_utf8_declared_in_the_prolog() -> None:
    body = rss([Item("g", "Caf\u00e9 in Gw\u00f6za", None, "R\u00e9sum\u00e9")], encoding="windows-1252")
    assert b"Caf\xe9" in body
    [entry] = parse_feed(body, URL).entries
    assert entry.title == "Caf\u00e9 in Gw\u00f6za" and entry.text == "R\u00e9sum\u00e9"


@pytest.mark.parametrize(("body", "words"), [
    (b"", "empty"),
    (b"<!doctype html><html><body><p>home</p></body></html>", "HTML page"),
    (b"<rss><channel><item><title>cut", "not a valid RSS/Atom feed"),
    (b"just some words", "not a valid RSS/Atom feed"),
])
def test_feed_errors(body: bytes, words: str) -> None:
    with pytest.raises(InputError, match=words) as info:
        parse_feed(body, URL)
    assert URL in str(info.value)


def test_feed_empty_but_valid_has_no_entries_and_malformed_with_entries_warns() -> None:
    assert parse_feed(rss([]), URL).entries == []
    broken = rss([Item("g1", "One", "http://h.example/1")]).replace(b"</channel></rss>", b"<item><title>x")
    parsed = parse_feed(broken, URL)
    assert [e.title for e in parsed.entries][0] == "One" and "malformed" in (parsed.warning or "")


def test_feed_entry_document_from_its_own_text() -> None:
    doc = entry_document("<p>First paragraph.</p><p>Second one.</p>", title="A brief", url=None, ref="feed#e1",
                         published="2024-03-02", source="Synthetic Wire", meta={"feed": URL})
    assert doc.text.startswith("A brief\n\nFirst paragraph.") and doc.published == "2024-03-02"
    assert doc.published_origin == "feed" and doc.source == "Synthetic Wire"
    with pytest.raises(InputError, match="neither title nor text"):
        entry_document("", title=None, url=None, ref="feed#e2", published=None, source=None, meta={})
