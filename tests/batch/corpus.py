"""Synthetic batch inputs written for these tests (invented reports, no real news text).

A JSONL with ten records (two outlets reporting one ambush, other incidents, general news),
one broken line and one record without text; a WARC.gz with three HTML pages (one repeats an
incident of the JSONL from a third outlet), an undecodable "page" (record 4), a non-HTML response
and a cut-off last record (record 6).
"""

from __future__ import annotations

import io
import json
from pathlib import Path

# (id, published, source, title, text): all invented.
REPORTS = [
    ("r01", "2024-03-05", "Synthetic Wire", "Gunmen kill seven in Borno village",
     "MAIDUGURI, Nigeria - Gunmen killed seven farmers in the village of Konduga in Borno state on Monday, "
     "a local official said on Tuesday. The attackers arrived on motorcycles and opened fire on the farmers."),
    ("r02", "2024-03-05", "Synthetic Post", "Attack on farmers in Konduga",
     "Suspected gunmen attacked farmers in Konduga, Borno state, on Monday and killed at least five people, "
     "residents said. Soldiers were deployed to the area after the attack."),
    ("r03", "2024-03-08", "Synthetic Wire", "Market prices rise",
     "Prices of grain rose sharply in markets across the region this week, traders said, blaming poor rains "
     "and higher transport costs."),
    ("r04", "2024-04-02", "Synthetic Times", "Protest in Kano",
     "Hundreds of traders protested in Kano on Tuesday against new market levies, marching peacefully to the "
     "state assembly, witnesses said."),
    ("r05", "2024-04-11", "Synthetic Wire", "Air strike in Idlib",
     "An air strike hit a village near Idlib in northwest Syria on Wednesday, killing four civilians, a "
     "rescue group said."),
    ("r06", "2024-04-20", "Synthetic Post", "Football final",
     "The home side won the cup final on Saturday after a late goal, to the delight of thousands of fans."),
    ("r07", "2024-05-14", "Synthetic Times", "Clashes in Kharkiv region",
     "Ukrainian forces clashed with Russian troops near Kharkiv on Monday, and three soldiers were killed, "
     "the regional governor said."),
    ("r08", "2024-05-21", "Synthetic Wire", "Bomb in Mogadishu",
     "A roadside bomb exploded in Mogadishu on Tuesday, killing two people and wounding six, police said. "
     "No group said it planted the bomb."),
    ("r09", "2024-06-03", "Synthetic Post", "Science prize",
     "A team of researchers received a national science prize on Monday for their work on drought-resistant "
     "crops."),
    ("r10", "2024-06-12", "Synthetic Times", "Gunmen abduct travellers",
     "Gunmen abducted twelve travellers on a highway near Zaria in Kaduna state on Tuesday, police said."),
]

BROKEN_LINE = 4  # the 4th line of the JSONL is not JSON
NO_TEXT_LINE = 9  # the 9th line has neither text nor html
UNDECODABLE_RECORD = 4  # the WARC's 4th record is binary bytes served as text/html
CUT_RECORD = 6  # the WARC's last record is cut short


def write_jsonl(path: Path) -> Path:
    """The JSONL: the reports, with a broken line and a record without text among them."""
    lines = [json.dumps({"id": rid, "published": pub, "source": src, "title": title, "text": text})
             for rid, pub, src, title, text in REPORTS]
    lines.insert(BROKEN_LINE - 1, '{"id": "broken", "text": "an unterminated record')
    lines.insert(NO_TEXT_LINE - 1, json.dumps({"id": "empty", "title": "No body"}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _page(title: str, day: str, body: str) -> bytes:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>'
            f'<meta property="article:published_time" content="{day}T08:00:00+00:00"></head>'
            f"<body><article><h1>{title}</h1><p>{body}</p></article></body></html>").encode()


PAGES = [
    ("http://example.org/konduga", _page(
        "Seven farmers killed in Borno", "2024-03-06",
        "Gunmen killed seven farmers in Konduga in Borno state on Monday, officials said on Wednesday."),
     "text/html; charset=utf-8"),
    ("http://example.org/weather", _page(
        "Heavy rain expected", "2024-03-07", "Forecasters expect heavy rain across the south this weekend."),
     "text/html"),
    ("http://example.org/aden", _page(
        "Clashes in Aden", "2024-05-02",
        "Fighters of rival factions clashed in Aden on Wednesday, killing four people, a security source said."),
     "text/html"),
]


def write_warc(path: Path, *, cut: bool = True) -> Path:
    """A WARC.gz of the pages, an image response, and (``cut``) a last record cut short."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for url, body, ctype in PAGES:
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers,
                                                      warc_headers_dict={"WARC-Date": "2024-03-08T09:00:00Z"}))
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    junk = bytes((i * 7919) % 256 for i in range(3000))  # binary bytes served as a page
    writer.write_record(writer.create_warc_record("http://example.org/junk", "response", payload=io.BytesIO(junk),
                                                  http_headers=headers))
    headers = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("http://example.org/logo.png", "response",
                                                  payload=io.BytesIO(b"\x89PNG\r\n\x1a\n" + b"\x00" * 32),
                                                  http_headers=headers))
    data = buf.getvalue()
    if cut:
        last = io.BytesIO()
        tail = WARCWriter(last, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        tail.write_record(tail.create_warc_record("http://example.org/cut", "response",
                                                  payload=io.BytesIO(_page("Cut", "2024-03-09", "x " * 400)),
                                                  http_headers=headers))
        data += last.getvalue()[:-150]
    path.write_bytes(data)
    return path
