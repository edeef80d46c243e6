"""Synthetic inputs written for the ingest tests (no real news text)."""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from eventcoder.model import Document

SAMPLES = Path(__file__).resolve().parents[3] / "shared" / "samples" / "idlib-2023-10"

# A synthetic news page with the usual boilerplate around the article.
ARTICLE_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Militants attack checkpoint in Northland province | Synthetic Daily</title>
  <meta property="og:site_name" content="Synthetic Daily">
  <meta name="author" content="Ana Example">
  <meta property="article:published_time" content="2024-03-12T07:30:00+00:00">
  <script>var tracking = {"id": 12345};</script>
  <style>body { font-family: sans-serif; }</style>
</head>
<body>
  <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies</div>
  <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
  <article>
    <h1>Militants attack checkpoint in Northland province</h1>
    <p class="byline">By Ana Example</p>
    <p>RIVERTOWN, Northland (Synthetic Wire) - Gunmen attacked a police checkpoint outside the town of Rivertown
    late on Monday, killing four officers and wounding two others, a provincial spokesman said on Tuesday.</p>
    <p>The attackers fled into the hills after a gunfight that lasted about an hour, the spokesman said. No group
    has claimed responsibility for the attack, the third on security forces in the province this month.</p>
    <p>Residents said they heard explosions shortly after midnight and that the main road to the provincial
    capital remained closed on Tuesday morning.</p>
  </article>
  <aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Floods hit the coast</a></li>
  <li><a href="/b">Election results announced</a></li></ul></aside>
  <section id="comments"><h3>Comments</h3><p>reader42: This is terrible, stay safe everyone.</p></section>
  <footer><p>Copyright Synthetic Daily. All rights reserved.</p></footer>
</body>
</html>
"""

RSS_FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Synthetic Wire</title><link>http://example.org/</link>
<item><title>Clashes reported near border crossing</title><link>http://example.org/news/1</link>
<pubDate>Sat, 07 Oct 2023 10:00:00 GMT</pubDate><author>desk@example.org (Desk)</author>
<description>&lt;p&gt;Fighting between the army and an armed group killed four soldiers on Friday, the army said.&lt;/p&gt;</description></item>
<item><title>Hundreds march in capital</title><link>http://example.org/news/2</link>
<description>Hundreds of students marched to the parliament on Sunday to demand lower fees.</description></item>
</channel></rss>
"""

ATOM_FEED = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Synthetic Atom</title><id>urn:x</id><updated>2024-01-02T00:00:00Z</updated>
<entry><title>Drone strike hits depot</title><id>urn:1</id><link href="http://example.org/a/1"/>
<updated>2024-01-02T08:00:00Z</updated><content type="html">&lt;p&gt;A drone struck a fuel depot overnight.&lt;/p&gt;</content></entry>
</feed>
"""


def make_warc(pages: list[tuple[str, bytes, str]], *, gzip: bool = True, extra: bool = True) -> bytes:
    """A WARC archive of HTML responses (url, body, content type), with a request and an image record."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gzip)
    for url, body, ctype in pages:
        if extra:
            req = writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
            writer.write_record(req)
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        rec = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers,
                                        warc_headers_dict={"WARC-Date": "2024-03-14T09:00:00Z"})
        writer.write_record(rec)
    if extra:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        img = writer.create_warc_record("http://example.org/logo.png", "response",
                                        payload=io.BytesIO(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64), http_headers=headers)
        writer.write_record(img)
    return buf.getvalue()


def check_layers(doc: Document) -> None:
    """Assert the offset invariants: ordered trimmed sections covering the text, sentences inside them."""
    text = doc.text
    last_end = 0
    for sec in doc.sections:
        assert 0 <= sec.start < sec.end <= len(text) and sec.start >= last_end
        assert text[sec.start : sec.end] == text[sec.start : sec.end].strip()
        last_end = sec.end
    covered = bytearray(len(text))
    for sec in doc.sections:
        covered[sec.start : sec.end] = b"\x01" * (sec.end - sec.start)
    assert all(covered[i] or text[i].isspace() for i in range(len(text)))
    for sent in doc.sentences:
        assert text[sent.start : sent.end] and text[sent.start : sent.end] == text[sent.start : sent.end].strip()
        owners = [s for s in doc.sections if s.start <= sent.start and sent.end <= s.end]
        assert len(owners) == 1 and owners[0].kind == sent.section
    for m in doc.dates:
        assert text[m.start : m.end] == m.text
