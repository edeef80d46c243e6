"""The HTTP API with FastAPI's test client: filters, pages, formats, one event explained, documents, stats, map."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from eventcoder.model import ACLED_COLUMNS
from eventcoder.web import Settings, create_app

from .conftest import REPORTS


def _events(client: TestClient, **params: Any) -> list[dict[str, Any]]:
    r = client.get("/api/events", params=params)
    assert r.status_code == 200, r.text
    events: list[dict[str, Any]] = r.json()["events"]
    return events


def test_service_endpoints(client: TestClient) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    version = client.get("/api/version").json()
    assert version["api"] == "1" and version["eventcoder"] and version["schema_version"] >= 1
    spec = client.get("/openapi.json").json()
    assert {"/api/events", "/api/events/{event_id}", "/api/documents/{document_id}", "/api/stats", "/api/map",
            "/api/documents", "/healthz", "/api/version"} <= set(spec["paths"])


def test_list_is_newest_first_with_undated_last(client: TestClient) -> None:
    events = _events(client)
    assert len(events) == len(REPORTS)
    dates = [e["event_date"] for e in events]
    assert dates == ["2024-04-14", "2024-03-08", "2024-03-04", None]
    assert events[0]["sources"][0]["source"] == "Synthetic Outlet C"
    assert "sources" not in _events(client, sources="false")[0]


@pytest.mark.parametrize(("params", "locations"), [
    ({"country": "nigeria"}, {"Maiduguri", "Gwoza"}),
    ({"admin1": "IDLEB"}, {"Idlib", "Idleb"}),
    ({"since": "2024-03-05", "until": "2024-04-30"}, {"Gwoza", "Idlib"}),
    ({"type": "Battles"}, {"Gwoza"}),
    ({"type": "peaceful protest"}, {"Idlib"}),
    ({"actor": "military forces"}, {"Gwoza"}),
    ({"bbox": "13,11,14,12"}, {"Maiduguri", "Gwoza"}),
    ({"text": "idlib"}, {"Idlib"}),
    ({"min_fatalities": 5}, {"Maiduguri"}),
    ({"country": "Nigeria", "min_fatalities": 1, "until": "2024-03-05"}, {"Maiduguri"}),
    ({"country": "Atlantis"}, set()),
])
def test_every_filter_of_the_cli(client: TestClient, params: dict[str, Any], locations: set[str]) -> None:
    assert {e["location"] for e in _events(client, **params)} == locations


def test_cursor_pages_cover_every_event_once(client: TestClient) -> None:
    seen, cursor, pages = [], None, 0
    while True:
        body = client.get("/api/events", params={"limit": 1, **({"cursor": cursor} if cursor else {})}).json()
        seen += [e["id"] for e in body["events"]]
        pages += 1
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert seen == [e["id"] for e in _events(client)]
    assert pages in (len(REPORTS), len(REPORTS) + 1)  # a last empty page when the count divides evenly
    body = client.get("/api/events", params={"limit": 2, "country": "Syria"}).json()
    assert body["count"] == 2 and body["next_cursor"]
    rest = client.get("/api/events", params={"limit": 2, "country": "Syria", "cursor": body["next_cursor"]}).json()
    assert rest == {"events": [], "count": 0, "next_cursor": None}


def test_geojson_by_accept_header_and_format(client: TestClient) -> None:
    r = client.get("/api/events", headers={"Accept": "application/geo+json"})
    assert r.headers["content-type"].startswith("application/geo+json")
    fc = r.json()
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) == len(REPORTS)
    maiduguri = next(f for f in fc["features"] if f["properties"]["location"] == "Maiduguri")
    assert maiduguri["geometry"]["coordinates"] == [13.1603, 11.8464]
    assert client.get("/api/events", params={"format": "geojson"}).json()["type"] == "FeatureCollection"


def test_acled_csv_by_accept_header_and_format(client: TestClient) -> None:
    for r in (client.get("/api/events", headers={"Accept": "text/csv"}),
              client.get("/api/events", params={"format": "csv", "country": "Syria"})):
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
        rows = list(csv.reader(io.StringIO(r.text)))
        assert tuple(rows[0][: len(ACLED_COLUMNS)]) == ACLED_COLUMNS
    assert len(rows) == 3  # header + the two Syrian events
    assert client.get("/api/events", headers={"Accept": "application/json;q=0.5, text/csv"}).headers[
        "content-type"].startswith("text/csv")


def test_event_shows_records_evidence_sentences_and_merge_explanation(client: TestClient) -> None:
    listed = _events(client, country="Nigeria", min_fatalities=5)[0]
    for key in (listed["id"], listed["event_id_cnty"]):
        ev = client.get(f"/api/events/{key}").json()
        assert ev["id"] == listed["id"] and ev["fatalities"] == 7
    src = ev["sources"][0]
    assert src["reason"]["why"] and src["role"] == "origin" and src["url"].startswith("https://")
    assert ev["merge_info"]["fatalities"]["rule"] == "lowest reported"
    sentence = src["sentences"][0]
    quotes = {s["field"]: sentence["text"][s["start"] - sentence["start"]: s["end"] - sentence["start"]]
              for s in sentence["spans"]}
    assert quotes == {"actor1": "Gunmen", "location": "Maiduguri", "event_date": "Monday",
                      "fatalities": "seven traders"}


def test_document_has_text_sections_sentences_and_coded_spans(client: TestClient) -> None:
    ev = _events(client, type="Protests")[0]
    doc_id = ev["sources"][0]["document_id"]
    doc = client.get(f"/api/documents/{doc_id}").json()
    assert doc["text"] == REPORTS[2][1]
    assert doc["sections"] and doc["sentences"][0]["start"] == 0
    spans = doc["records"][0]["evidence"]
    assert {s["field"] for s in spans} == {"actor1", "location", "event_date"}
    assert all(doc["text"][s["start"]:s["end"]] == s["quote"] for s in spans)
    assert doc["records"][0]["event_id"] == ev["id"]


def test_unknown_event_and_document_are_404_with_the_cli_message(client: TestClient) -> None:
    for path, words in (("/api/events/NOPE1", "no event 'NOPE1' in the store"),
                        ("/api/documents/doc_nope", "no document 'doc_nope' in the store")):
        r = client.get(path)
        assert r.status_code == 404 and r.headers["content-type"] == "application/problem+json"
        assert words in r.json()["detail"] and r.json()["status"] == 404


def test_stats_by_day_type_and_country(client: TestClient) -> None:
    stats = client.get("/api/stats").json()
    assert stats["total"]["events"] == 4 and stats["total"]["fatalities"] == 11
    assert stats["total"]["first_date"] == "2024-03-04" and stats["total"]["last_date"] == "2024-04-14"
    assert {c["key"]: c["events"] for c in stats["by_country"]} == {"Nigeria": 2, "Syria": 2}
    assert sum(d["events"] for d in stats["by_day"]) == 4
    assert {d["key"] for d in stats["by_day"]} == {None, "2024-03-04", "2024-03-08", "2024-04-14"}
    syria = client.get("/api/stats", params={"country": "Syria"}).json()
    assert syria["total"]["events"] == 2 and [t["key"] for t in syria["by_type"]] == [
        "Explosions/Remote violence", "Protests"]
    (south, west), (north, east) = stats["total"]["bounds"]
    assert south == pytest.approx(11.0861) and east == pytest.approx(36.6339)


def test_map_returns_points_in_view(client: TestClient) -> None:
    data = client.get("/api/map", params={"view": "10,5,40,40", "zoom": 4}).json()
    assert data["mode"] == "points" and len(data["points"]) == 4
    assert {p["geo_precision"] for p in data["points"]} == {1, 2, 3}
    nigeria = client.get("/api/map", params={"view": "0,0,20,20", "zoom": 5}).json()
    assert {p["location"] for p in nigeria["points"]} == {"Maiduguri", "Gwoza"}
    # a view beyond the globe (a panned web map) is clamped; a filter box narrows the view
    assert len(client.get("/api/map", params={"view": "-400,-100,400,100", "zoom": 0}).json()["points"]) == 4
    narrow = client.get("/api/map", params={"view": "-180,-90,180,90", "bbox": "13,11.5,14,12", "zoom": 3}).json()
    assert [p["location"] for p in narrow["points"]] == ["Maiduguri"]


def test_map_aggregates_by_grid_cell_above_the_point_limit(client: TestClient) -> None:
    client.app.state.settings.max_points = 1  # type: ignore[attr-defined]
    try:
        data = client.get("/api/map", params={"view": "-180,-90,180,90", "zoom": 2}).json()
    finally:
        client.app.state.settings.max_points = 2000  # type: ignore[attr-defined]
    assert data["mode"] == "grid" and data["cell"] == pytest.approx(360 / 4 / 4)
    assert sum(c["events"] for c in data["cells"]) == 4 and sum(c["fatalities"] for c in data["cells"]) == 11
    assert len(data["cells"]) == 2  # Borno and Idleb fall in one 22.5-degree cell each


def test_zoomed_out_views_take_their_part_of_one_world_grid(client: TestClient) -> None:
    state = client.app.state  # type: ignore[attr-defined]
    state.settings.max_points = 1
    try:
        nigeria = client.get("/api/map", params={"view": "0,0,20,20", "zoom": 3}).json()
        syria = client.get("/api/map", params={"view": "30,30,40,40", "zoom": 3, "country": "Syria"}).json()
        fine = client.get("/api/map", params={"view": "13,11,14,12", "zoom": 7}).json()  # below zoom 6: the view
    finally:
        state.settings.max_points = 2000
    assert nigeria["mode"] == "grid" and sum(c["events"] for c in nigeria["cells"]) == 2  # Syria's cell is cut
    assert [c["events"] for c in syria["cells"]] == [2]
    assert fine["mode"] == "grid" and sum(c["events"] for c in fine["cells"]) == 2
    world = [k for k in state.cache.items if k[0] == "world-grid"]
    assert any(k[1] == 360 / 8 / 4 for k in world)


def test_the_server_counts_the_first_view_before_anyone_asks(store: Path) -> None:
    import time

    with TestClient(create_app(Settings(db=str(store)))) as c:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            keys = {k[0] for k in list(c.app.state.cache.items)}  # type: ignore[attr-defined]
            if {"stats", "world-grid"} <= keys:
                break
            time.sleep(0.05)
        assert {"stats", "world-grid"} <= keys
        stats = c.get("/api/stats").json()  # answered from the cache
        assert stats["total"]["events"] == len(REPORTS)


def test_cors_is_off_by_default(client: TestClient) -> None:
    r = client.get("/api/version", headers={"Origin": "https://elsewhere.example"})
    assert "access-control-allow-origin" not in r.headers


def test_unknown_type_is_a_400_naming_it(client: TestClient) -> None:
    # a misspelt type used to answer an empty page, as if nothing had happened
    for path in ("/api/events", "/api/stats"):
        r = client.get(path, params={"type": "Battle"})
        assert r.status_code == 400 and "'Battle'" in r.json()["detail"] and "Battles" in r.json()["detail"]
