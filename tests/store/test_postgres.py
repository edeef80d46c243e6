"""The same store on PostgreSQL (skipped, with the reason, when no server is reachable)."""

from __future__ import annotations

import pytest

from eventcoder.dedup.evaluate import clusters_of
from eventcoder.dedup.scenarios import SCENARIOS, ev
from eventcoder.store.db import open_engine
from eventcoder.store.ingest import store_documents
from eventcoder.store.query import get_event, query_events

from ._helpers import make_doc

pytestmark = pytest.mark.postgres


def test_postgres_same_schema_and_merges(pg_url: str) -> None:
    engine = open_engine(pg_url)
    open_engine(pg_url).dispose()  # migrations run once
    docs = [make_doc("a", [ev("Gwoza", "2024-03-01", fatalities=7)], outlet="A"),
            make_doc("b", [ev("Gwoza", "2024-03-01", fatalities=4)], outlet="B")]
    s1 = store_documents(docs, engine)
    s2 = store_documents(docs, engine)
    assert (s1.events_new, s1.events_merged, s2.documents_duplicate) == (1, 1, 2)
    rows = query_events(engine=engine, bbox="13,10,14,12", since="2024-03-01")
    assert len(rows) == 1 and rows[0]["fatalities"] == 4 and len(rows[0]["sources"]) == 2
    assert len(get_event(rows[0]["id"], engine=engine)["sources"]) == 2
    engine.dispose()


@pytest.mark.parametrize("name", ["conflicting-figures", "no-chaining", "syndicated-copy", "later-report-splits",
                                  "multi-location-report"])
def test_postgres_scenarios_cluster_as_expected(pg_url: str, name: str) -> None:
    scenario = next(s for s in SCENARIOS if s.name == name)
    engine = open_engine(pg_url)
    try:
        assigned, fat = clusters_of(scenario, engine)
    finally:
        engine.dispose()
    found: dict[str | None, set[str]] = {}
    for key, eid in assigned.items():
        found.setdefault(eid, set()).add(key)
    assert sorted(map(sorted, found.values())) == sorted(map(sorted, scenario.clusters))
    for key, expected in scenario.fatalities.items():
        assert fat[assigned[key]] == expected  # type: ignore[index]


def test_postgres_two_writers_at_once_store_each_document_once(pg_url: str) -> None:
    import threading

    from ._worker import synthetic_docs

    docs = synthetic_docs(30)
    open_engine(pg_url).dispose()
    errors: list[BaseException] = []

    def work() -> None:
        engine = open_engine(pg_url)
        try:
            store_documents(docs, engine, batch_size=5)
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)
        finally:
            engine.dispose()

    threads = [threading.Thread(target=work) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    engine = open_engine(pg_url)
    rows = query_events(engine=engine)
    engine.dispose()
    assert len(rows) == 30 and len({r["event_id_cnty"] for r in rows}) == 30


def test_postgres_read_only_open_and_error_messages(pg_url: str) -> None:
    from eventcoder.errors import StoreUnavailableError

    engine = open_engine(pg_url)
    store_documents([make_doc("a", [ev("Gwoza", "2024-03-01", fatalities=7)], outlet="A")], engine)
    engine.dispose()
    assert len(query_events(pg_url, text="%")) == 0 and len(query_events(pg_url)) == 1  # reads open read-only
    missing = pg_url.rsplit("/", 1)[0] + "/eventcoder_no_such_database"
    with pytest.raises(StoreUnavailableError, match="no such database"):
        query_events(missing)
