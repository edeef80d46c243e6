"""JSONL and CSV batches: one document per record, bad lines become failures."""

from __future__ import annotations

import json
from pathlib import Path

from eventcoder.ingest import read
from eventcoder.model import Document, Failure


def _lines(*records: object) -> str:
    return "\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n"


def test_batch_jsonl_records_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text(_lines(
        {"id": "r1", "text": "Gunmen killed three people in a village on Monday.", "published": "2024-03-12",
         "source": "Synthetic Wire", "url": "http://example.org/1", "title": "Three killed"},
        "this line is not json",
        {"id": "r3", "url": "http://example.org/3"},
        "",
        ["not", "an", "object"],
        {"id": 5, "html": "<html><body><p>Police arrested 20 protesters in the capital.</p></body></html>"},
    ), encoding="utf-8")
    items = list(read(path, published="2024-03-15"))
    kinds = [type(i).__name__ for i in items]
    assert kinds == ["Document", "Failure", "Failure", "Failure", "Document"]
    first, bad_json, no_text, not_object, html = items
    assert isinstance(first, Document) and isinstance(html, Document)
    assert first.meta["input_id"] == "r1" and html.meta["input_id"] == 5
    assert (first.published, first.published_origin) == ("2024-03-12", "metadata")
    assert first.title == "Three killed" and first.text.startswith("Three killed\n\n")
    assert first.source == "Synthetic Wire" and first.url == "http://example.org/1"
    assert first.input_ref == f"{path}:line 1" and first.input_format == "jsonl"
    assert isinstance(bad_json, Failure) and bad_json.input == f"{path}:line 2" and "JSON" in bad_json.message
    assert isinstance(no_text, Failure) and no_text.input == f"{path}:line 3" and "text" in no_text.message
    assert isinstance(not_object, Failure) and not_object.input == f"{path}:line 5"
    assert html.body == "Police arrested 20 protesters in the capital."
    assert (html.published, html.published_origin) == ("2024-03-15", "user")
    assert html.input_format == "jsonl"


def test_batch_jsonl_is_streamed(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    path.write_text(_lines(*({"id": i, "text": f"Report number {i}."} for i in range(50))), encoding="utf-8")
    stream = read(path)
    first = next(stream)
    assert isinstance(first, Document) and first.meta["input_id"] == 0
    assert sum(1 for _ in stream) == 49


def test_batch_csv_rows_missing_text_and_day_first_dates(tmp_path: Path) -> None:
    path = tmp_path / "batch.csv"
    path.write_text(
        'id,text,published,source\n'
        'c1,"Troops clashed with rebels near the border, killing two.",12/03/2024,Wire\n'
        'c2,,,\n'
        'c3,"A second line\nspanning two lines.",,\n'
        'c4,"Shelling hit a market.",2024-05-01,\n',
        encoding="utf-8",
    )
    items = list(read(path))
    assert [type(i).__name__ for i in items] == ["Document", "Failure", "Document", "Document"]
    c1, c2, c3, c4 = items
    assert isinstance(c1, Document) and c1.published == "2024-03-12" and c1.meta["input_id"] == "c1"
    assert c1.source == "Wire" and c1.input_ref == f"{path}:line 2" and c1.input_format == "csv"
    assert isinstance(c2, Failure) and c2.input == f"{path}:line 3"
    assert isinstance(c3, Document) and c3.input_ref == f"{path}:line 4"
    assert isinstance(c4, Document) and c4.input_ref == f"{path}:line 6"


def test_batch_csv_without_text_column_is_a_failure(tmp_path: Path) -> None:
    path = tmp_path / "nocol.csv"
    path.write_text("id,title\n1,Something\n", encoding="utf-8")
    (item,) = list(read(path))
    assert isinstance(item, Failure) and item.input == str(path)
    assert "'text' or 'html'" in item.message


def test_batch_csv_cp1252_and_bom(tmp_path: Path) -> None:
    cp = tmp_path / "cp.csv"
    cp.write_bytes("id,text\n1,\u201cGunmen\u201d attacked the caf\u00e9 \u2013 police said.\n".encode("cp1252"))
    bom = tmp_path / "bom.csv"
    bom.write_bytes(b"\xef\xbb\xbfid,text\n2,Rebels seized the town.\n")
    (a,) = list(read(cp))
    (b,) = list(read(bom))
    assert isinstance(a, Document) and a.text == '"Gunmen" attacked the caf\u00e9 \u2013 police said.'
    assert isinstance(b, Document) and b.meta["input_id"] == "2"


def test_batch_tsv(tmp_path: Path) -> None:
    path = tmp_path / "batch.tsv"
    path.write_text("id\ttext\nt1\tA bomb exploded near the bridge, killing one.\n", encoding="utf-8")
    (doc,) = list(read(path))
    assert isinstance(doc, Document) and doc.body == "A bomb exploded near the bridge, killing one."


def test_batch_json_array_of_records(tmp_path: Path) -> None:
    path = tmp_path / "batch.json"
    path.write_text(json.dumps([{"id": "a", "text": "Rebels seized the town."}, 7, {"id": "c", "title": "x"}]),
                    encoding="utf-8")
    items = list(read(path))
    assert [type(i).__name__ for i in items] == ["Document", "Failure", "Failure"]
    assert isinstance(items[0], Document) and items[0].meta["input_id"] == "a"
    assert items[1].input == f"{path}#record 2"  # type: ignore[union-attr]
    assert "'c'" in items[2].message  # type: ignore[union-attr]


def test_batch_csv_utf8_cut_in_sniffed_head(tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    row = "1,\"x" + "caf\u00e9 " * 20 + "\"\n"  # the 65,536th byte falls inside an "\u00e9"
    path.write_text("id,text\n" + row * 2000, encoding="utf-8")
    docs = list(read(path))
    assert len(docs) == 2000 and all(isinstance(d, Document) and "\u00c3" not in d.text for d in docs)


def test_batch_csv_with_semicolons(tmp_path: Path) -> None:
    # Spreadsheets in many locales save CSV with ';' (the comma is their decimal mark); it failed as "no 'text'
    # column (columns: id;text;published)". Synthetic rows.
    path = tmp_path / "export.csv"
    path.write_text('id;text;published\ns1;"Gunmen killed three farmers, police said; two fled.";2024-03-02\n'
                    "s2;Police dispersed a protest in the synthetic capital on Friday.;2024-03-05\n", encoding="utf-8")
    items = list(read(path))
    assert [i.meta["input_id"] for i in items if isinstance(i, Document)] == ["s1", "s2"], items
    assert isinstance(items[0], Document) and items[0].text == "Gunmen killed three farmers, police said; two fled."


def test_batch_csv_sniffed_on_stdin_with_any_separator() -> None:
    from eventcoder.ingest import read_bytes

    for sep in (",", "\t", ";"):
        data = f"id{sep}text\nq1{sep}Police dispersed a protest in the synthetic capital on Friday.\n".encode()
        (doc,) = list(read_bytes(data, "<stdin>"))
        assert isinstance(doc, Document) and doc.meta["input_id"] == "q1", sep
