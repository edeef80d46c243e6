"""The export writers: ACLED CSV, GeoJSON, JSON lines, Parquet."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from eventcoder.dedup.scenarios import ev, report_text
from eventcoder.errors import ConfigError
from eventcoder.export import FORMATS, export
from eventcoder.model import ACLED_COLUMNS, EXTRA_COLUMNS, Document, document_id
from eventcoder.store.db import open_engine
from eventcoder.store.ingest import store_documents


def _doc(key: str, records: list[object], outlet: str) -> Document:
    text = report_text(key)
    return Document(id=document_id(text), text=text, source=outlet, events=records)  # type: ignore[arg-type]


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "store.sqlite"
    engine = open_engine(path)
    store_documents([
        _doc("a", [ev("Gwoza", "2024-03-01", fatalities=7, notes="Synthetic, with a comma")], "Outlet A"),
        _doc("b", [ev("Gwoza", "2024-03-01", fatalities=4)], "Outlet B"),
        _doc("c", [ev(None, "2024-04-10", "Peaceful protest", "Protesters (Nigeria)", None, country="Nigeria")],
             "Outlet C"),
    ], engine)
    engine.dispose()
    return str(path)


def test_export_acled_csv_has_acled_columns_in_order(db: str, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    assert export("acled-csv", out, db=db) == 2
    with out.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    assert tuple(rows[0]) == (*ACLED_COLUMNS, *EXTRA_COLUMNS)
    clash = dict(zip(rows[0], next(r for r in rows[1:] if "Gwoza" in r), strict=True))
    assert clash["fatalities"] == "4" and clash["latitude"] == "11.0861" and clash["source"] == "Outlet A; Outlet B"
    assert clash["event_id_cnty"].startswith("NGA")


def test_export_geojson_is_a_feature_collection_with_flat_properties(db: str, tmp_path: Path) -> None:
    out = tmp_path / "events.geojson"
    assert export("geojson", out, db=db) == 2
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection" and len(data["features"]) == 2
    located = next(f for f in data["features"] if f["geometry"])
    assert located["geometry"] == {"type": "Point", "coordinates": [13.6911, 11.0861]}  # lon, lat
    assert next(f for f in data["features"] if not f["geometry"])["properties"]["event_type"] == "Protests"
    for f in data["features"]:
        assert all(not isinstance(v, dict | list) for v in f["properties"].values())  # QGIS wants flat fields


def test_export_jsonl_keeps_sources_and_filters_apply(db: str, tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    assert export("jsonl", out, db=db, type="Battles") == 1
    row = json.loads(out.read_text(encoding="utf-8").strip())
    assert len(row["sources"]) == 2 and row["fatalities"] == 4
    assert export("jsonl", out, db=db, since="2024-04-01", bbox="0,0,1,1") == 0


def test_export_parquet_round_trips(db: str, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "events.parquet"
    assert export("parquet", out, db=db) == 2
    table = pq.read_table(out)
    assert table.num_rows == 2 and table.column_names[: len(ACLED_COLUMNS)] == list(ACLED_COLUMNS)
    assert sorted(table.column("fatalities").to_pylist()) == [0, 4]
    empty = tmp_path / "none.parquet"
    assert export("parquet", empty, db=db, country="Mali") == 0 and pq.read_table(empty).num_rows == 0


def test_export_errors_name_the_fix(db: str) -> None:
    with pytest.raises(ConfigError, match="choose one of"):
        export("xml", "x.xml", db=db)
    with pytest.raises(ConfigError, match="-o FILE"):
        export("parquet", "-", db=db)
    assert set(FORMATS) == {"acled-csv", "geojson", "jsonl", "parquet"}


def test_export_to_stdout(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert export("jsonl", "-", db=db) == 2
    assert len(capsys.readouterr().out.splitlines()) == 2
