"""query_events(), get_event() and unmerge()."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine

from eventcoder.dedup.canonical import new_event_id
from eventcoder.dedup.scenarios import ev
from eventcoder.errors import StoreError
from eventcoder.model import Document
from eventcoder.store import unmerge
from eventcoder.store.ingest import store_documents
from eventcoder.store.query import get_event, parse_bbox, query_events

from ._helpers import make_doc


@pytest.fixture
def filled(engine: Engine, sample_docs: list[Document]) -> Engine:
    store_documents(sample_docs, engine)
    return engine


def test_query_returns_acled_fields_and_sources(filled: Engine) -> None:
    rows = query_events(engine=filled)
    assert len(rows) == 2
    clash = next(r for r in rows if r["event_type"] == "Battles")
    assert clash["fatalities"] == 4 and clash["fatalities_high"] == 7  # the lowest reported toll is coded
    assert {s["source"] for s in clash["sources"]} == {"Outlet A", "Outlet B"}
    assert clash["source"] == "Outlet A; Outlet B" and clash["n_sources"] == 2
    assert clash["event_id_cnty"].startswith("NGA")
    assert "between 4 and 7" in clash["notes"]


@pytest.mark.parametrize(("filters", "n"), [
    ({"since": "2024-04-01"}, 1),
    ({"until": "2024-03-31"}, 1),
    ({"since": "2024-03-01", "until": "2024-03-01"}, 1),
    ({"country": "nigeria"}, 2),
    ({"country": "Syria"}, 0),
    ({"admin1": "Borno"}, 2),
    ({"type": "battles"}, 1),
    ({"type": "Peaceful protest"}, 1),
    ({"actor": "boko"}, 1),
    ({"bbox": "13.0,11.5,13.3,12.0"}, 1),  # Maiduguri only
    ({"bbox": (13.0, 10.0, 14.0, 12.0)}, 2),
    ({"text": "traders"}, 1),
    ({"limit": 1}, 1),
])
def test_query_filters(filled: Engine, filters: dict[str, object], n: int) -> None:
    assert len(query_events(engine=filled, **filters)) == n  # type: ignore[arg-type]


def test_query_bad_bbox_names_the_format() -> None:
    with pytest.raises(StoreError, match="min_lon,min_lat,max_lon,max_lat"):
        parse_bbox("1,2,3")
    with pytest.raises(StoreError):
        parse_bbox("5,0,1,1")


def test_get_event_explains_why_merged(filled: Engine) -> None:
    clash = next(r for r in query_events(engine=filled) if r["event_type"] == "Battles")
    shown = get_event(clash["event_id_cnty"], engine=filled)
    assert shown["id"] == clash["id"]
    roles = {s["role"] for s in shown["sources"]}
    assert roles == {"origin", "merged"}
    merged = next(s for s in shown["sources"] if s["role"] == "merged")
    why = " ".join(" ".join(c["why"]) for c in merged["reason"]["compared_with"])
    assert "same day" in why and "km apart" in why
    assert merged["record"]["evidence"][0]["field"] == "fatalities"
    assert shown["merge_info"]["fatalities"] == {"rule": "lowest reported", "reported": [4, 7]}
    with pytest.raises(StoreError, match="no event"):
        get_event("ev_nothing", engine=filled)


def test_unmerge_restores_each_report_s_own_event(filled: Engine, sample_docs: list[Document]) -> None:
    clash = next(r for r in query_events(engine=filled) if r["event_type"] == "Battles")
    new_id = unmerge(clash["id"], sample_docs[1].id, engine=filled)
    rows = {r["id"]: r for r in query_events(engine=filled, type="Battles")}
    assert set(rows) == {clash["id"], new_id}
    assert rows[clash["id"]]["fatalities"] == 7 and rows[new_id]["fatalities"] == 4
    with pytest.raises(StoreError, match="no other source"):
        unmerge(new_id, sample_docs[1].id, engine=filled)


def test_query_different_days_same_town_stay_apart(engine: Engine) -> None:
    docs = [make_doc(f"d{i}", [ev("Gwoza", day, "Attack", "ISWAP", "Civilians (Nigeria)", 3)])
            for i, day in enumerate(("2024-05-01", "2024-05-09"))]
    store_documents(docs, engine)
    assert [r["event_date"] for r in query_events(engine=engine)] == ["2024-05-09", "2024-05-01"]


def test_query_missing_store_says_how_to_create_one(tmp_path: Path) -> None:
    missing = tmp_path / "nothing.sqlite"
    with pytest.raises(StoreError, match="eventcoder ingest"):
        query_events(str(missing))
    assert not missing.exists()


def test_unmerge_twice_on_one_event_gives_each_report_an_event_of_its_own(engine: Engine) -> None:
    # Synthetic: three outlets' reports of one attack in one event, whose id was derived from the first report.
    # Moving that first report out cannot take its own derived id (the event's); moving a second report out of
    # the same event afterwards must not land it in the first one's new event, nor leave it behind.
    docs = [make_doc(f"outlet{i}", [ev("Gwoza", "2024-05-01", "Attack", "ISWAP", "Civilians (Nigeria)", 3)])
            for i in range(3)]
    store_documents(docs, engine)
    (event,) = query_events(engine=engine)
    assert event["n_sources"] == 3
    holders = {s["document_id"] for s in event["sources"]}
    # The report the event's id was derived from: its own derived id is taken (detach's unused-id path).
    first = next(d for d in holders if new_event_id(d, 0) == event["id"])
    second = min(holders - {first})
    a = unmerge(event["id"], first, engine=engine)
    b = unmerge(event["id"], second, engine=engine)
    rows = {r["id"]: {s["document_id"] for s in r["sources"]} for r in query_events(engine=engine)}
    assert len({event["id"], a, b}) == 3 and set(rows) == {event["id"], a, b}
    assert rows[a] == {first} and rows[b] == {second} and rows[event["id"]] == holders - {first, second}
    # Run again on an event now alone: nothing to undo, said so; nothing moves.
    with pytest.raises(StoreError, match="no other source"):
        unmerge(a, first, engine=engine)
