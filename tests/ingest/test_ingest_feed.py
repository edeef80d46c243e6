"""RSS and Atom feeds: one document per entry."""

from __future__ import annotations

from pathlib import Path

from eventcoder.ingest import read
from eventcoder.model import Document, Failure

from .synthetic import ATOM_FEED, RSS_FEED


def test_feed_rss_one_document_per_entry(tmp_path: Path) -> None:
    path = tmp_path / "wire.rss"
    path.write_text(RSS_FEED, encoding="utf-8")
    docs = list(read(path, published="2023-10-09"))
    assert all(isinstance(d, Document) for d in docs) and len(docs) == 2
    first, second = docs
    assert isinstance(first, Document) and isinstance(second, Document)
    assert first.title == "Clashes reported near border crossing"
    assert first.body == "Fighting between the army and an armed group killed four soldiers on Friday, the army said."
    assert (first.published, first.published_origin) == ("2023-10-07", "feed")
    assert first.url == "http://example.org/news/1" and first.source == "Synthetic Wire"
    assert first.input_ref == f"{path}#entry 1" and first.input_format == "rss"
    assert (second.published, second.published_origin) == ("2023-10-09", "user")


def test_feed_atom_detected_from_xml_extension(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(ATOM_FEED, encoding="utf-8")
    (doc,) = list(read(path))
    assert isinstance(doc, Document)
    assert doc.title == "Drone strike hits depot" and doc.body == "A drone struck a fuel depot overnight."
    assert (doc.published, doc.published_origin) == ("2024-01-02", "feed")


def test_feed_without_entries_is_a_failure(tmp_path: Path) -> None:
    path = tmp_path / "broken.rss"
    path.write_text("<rss><channel><title>x</title>", encoding="utf-8")
    (item,) = list(read(path))
    assert isinstance(item, Failure) and item.input == str(path) and "feed" in item.message
