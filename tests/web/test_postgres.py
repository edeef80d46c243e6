"""The API's queries on PostgreSQL: pages, statistics, map points and grid cells (skipped without a server)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from eventcoder.store.db import open_engine
from eventcoder.store.ingest import store_documents
from eventcoder.web import Settings, create_app

from .conftest import REPORTS, synthetic_documents

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_client(pg_url: str) -> Iterator[TestClient]:
    """The app over a fresh database on the test server holding the synthetic reports."""
    engine = open_engine(pg_url)
    store_documents(synthetic_documents(), engine)
    engine.dispose()
    with TestClient(create_app(Settings(db=pg_url))) as client:
        yield client


def test_pages_stats_and_map_on_postgres(pg_client: TestClient) -> None:
    seen, cursor = [], None
    while True:
        body = pg_client.get("/api/events", params={"limit": 1, **({"cursor": cursor} if cursor else {})}).json()
        seen += [e["event_date"] for e in body["events"]]
        if not (cursor := body["next_cursor"]):
            break
    assert seen == ["2024-04-14", "2024-03-08", "2024-03-04", None]  # undated last, as on SQLite
    stats = pg_client.get("/api/stats").json()
    assert stats["total"]["events"] == len(REPORTS) and stats["total"]["fatalities"] == 11
    assert {c["key"]: c["events"] for c in stats["by_country"]} == {"Nigeria": 2, "Syria": 2}
    points = pg_client.get("/api/map", params={"view": "0,0,40,40", "zoom": 3}).json()
    assert points["mode"] == "points" and len(points["points"]) == 4
    pg_client.app.state.settings.max_points = 1  # type: ignore[attr-defined]
    grid = pg_client.get("/api/map", params={"view": "-180,-90,180,90", "zoom": 2}).json()
    assert grid["mode"] == "grid" and sorted(c["events"] for c in grid["cells"]) == [2, 2]
    assert all(isinstance(v, int) for c in grid["cells"] for v in c["cell"])
    ev = pg_client.get("/api/events", params={"country": "Nigeria", "min_fatalities": 5}).json()["events"][0]
    assert pg_client.get(f"/api/events/{ev['event_id_cnty']}").json()["sources"][0]["sentences"]
    csv = pg_client.get("/api/events", params={"format": "csv"}).text
    assert csv.count("\n") == len(REPORTS) + 1
