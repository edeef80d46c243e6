"""The API's queries on PostgreSQL: pages, statistics, map points and grid cells (skipped without a server)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from eventcoder.store.db import database_url, open_engine
from eventcoder.store.ingest import store_documents
from eventcoder.web import Settings, create_app

from .conftest import REPORTS, synthetic_documents

pytestmark = pytest.mark.postgres
URL = os.environ.get("EVENTCODER_TEST_POSTGRES_URL")


@pytest.fixture
def pg_client() -> Iterator[TestClient]:
    """The app over a fresh database on the test server holding the synthetic reports; dropped afterwards."""
    if not URL:
        pytest.skip("EVENTCODER_TEST_POSTGRES_URL is not set (.ci/run starts a server and sets it)")
    from sqlalchemy import create_engine, text

    admin = create_engine(database_url(URL), isolation_level="AUTOCOMMIT")
    name = f"eventcoder_web_{uuid.uuid4().hex[:10]}"
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # noqa: BLE001 - any connection problem means: skip, saying why
        admin.dispose()
        pytest.skip(f"PostgreSQL at {URL} is not reachable: {type(exc).__name__}: {str(exc).splitlines()[0]}")
    url = URL.rsplit("/", 1)[0] + "/" + name
    try:
        engine = open_engine(url)
        store_documents(synthetic_documents(), engine)
        engine.dispose()
        app = create_app(Settings(db=url))
        with TestClient(app) as client:
            yield client
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


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
