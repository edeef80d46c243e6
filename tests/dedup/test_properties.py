"""Property tests of event merging: invariants that hold whatever reports arrive, in any order."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from eventcoder.dedup.incidents import told_apart
from eventcoder.dedup.merge import assess, compatible
from eventcoder.dedup.scenarios import ev, report_text
from eventcoder.model import Document, EventRecord, document_id
from eventcoder.store.db import open_engine
from eventcoder.store.ingest import store_documents
from eventcoder.store.query import query_events
from eventcoder.store.schema import event_sources
from eventcoder.store.writer import load_sources

_PLACES = ["Maiduguri", "Jere", "Konduga", "Gwoza"]
_DAYS = ["2024-03-01", "2024-03-02", "2024-03-05", None]
_ACTORS = ["Boko Haram - JAS", "ISWAP", "Unidentified Armed Group (Nigeria)"]

records = st.builds(
    lambda place, day, actor, fat, tp, gp, sub: ev(place, day, sub, actor, "Civilians (Nigeria)", fat,
                                                  tp=tp, gp=gp),
    st.sampled_from(_PLACES), st.sampled_from(_DAYS), st.sampled_from(_ACTORS), st.integers(0, 12),
    st.sampled_from([1, 1, 2, 3]), st.sampled_from([1, 1, 2, 3]), st.sampled_from(["Attack", "Abduction/forced disappearance"]),
)
reports = st.lists(st.lists(records, min_size=1, max_size=3), min_size=1, max_size=6)


def _docs(batch: list[list[EventRecord]], salt: int) -> list[Document]:
    out = []
    for i, recs in enumerate(batch):
        text = report_text(f"prop-{salt}-{i}")
        out.append(Document(id=document_id(text), text=text, source=f"Outlet {i}", published="2024-03-06",
                            events=recs))
    return out


# derandomize: the same 25 examples every run, so CI does not pass or fail by the draw (EVENTCODER_HYPOTHESIS_EXPLORE=1
# draws afresh); batches a random draw found to break an invariant are kept below as fixed examples.
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)
@given(batch=reports, salt=st.integers(0, 10**6))
def test_merge_invariants_hold_for_any_reports(batch: list[list[EventRecord]], salt: int) -> None:
    _check_invariants(batch, salt)


# (place, day, actor1, fatalities, time precision, geo precision, sub-event type); synthetic. Report 0's record is
# displaced (moved out to an event of its own) twice: out of its first event by report 2, then out of the event it
# was moved to by report 4. Its "own event" id came from the report alone, so the second time it was the id of
# the event it was leaving: it stayed, 3 days from report 4's dated part.
_KNOWN_BREAK: list[list[tuple[str, str | None, str, int, int, int, str]]] = [
    [("Konduga", "2024-03-02", _ACTORS[2], 10, 1, 1, "Abduction/forced disappearance")],
    [("Gwoza", "2024-03-01", _ACTORS[2], 1, 3, 1, "Abduction/forced disappearance"),
     ("Konduga", "2024-03-02", _ACTORS[0], 12, 3, 1, "Attack"),
     ("Jere", "2024-03-02", _ACTORS[1], 7, 3, 2, "Abduction/forced disappearance")],
    [("Konduga", "2024-03-01", _ACTORS[0], 9, 1, 2, "Abduction/forced disappearance"),
     ("Gwoza", "2024-03-01", _ACTORS[0], 1, 2, 3, "Attack"),
     ("Maiduguri", "2024-03-02", _ACTORS[1], 1, 1, 2, "Attack")],
    [("Gwoza", "2024-03-02", _ACTORS[0], 9, 1, 2, "Attack"), ("Konduga", None, _ACTORS[1], 2, 1, 1, "Attack")],
    [("Jere", "2024-03-01", _ACTORS[2], 4, 2, 3, "Abduction/forced disappearance"),
     ("Konduga", None, _ACTORS[0], 2, 1, 1, "Abduction/forced disappearance"),
     ("Maiduguri", "2024-03-05", _ACTORS[1], 10, 1, 3, "Attack")],
]


def test_merge_invariants_hold_when_a_report_is_displaced_twice() -> None:
    batch = [[ev(place, day, sub, actor, "Civilians (Nigeria)", fat, tp=tp, gp=gp)
              for place, day, actor, fat, tp, gp, sub in recs] for recs in _KNOWN_BREAK]
    _check_invariants(batch, 139)


def _check_invariants(batch: list[list[EventRecord]], salt: int) -> None:
    docs = _docs(batch, salt)
    with tempfile.TemporaryDirectory() as tmp:
        engine = open_engine(Path(tmp) / "p.sqlite")
        store_documents(docs, engine)
        rows = query_events(engine=engine)
        with engine.connect() as conn:
            sources = load_sources(conn, [r["id"] for r in rows])
            moves = conn.execute(select(event_sources.c.event_id, event_sources.c.reason)).all()
        # A record moved out of an event is not in it any more.
        for event_id, reason in moves:
            why = json.loads(reason or "{}").get("why", "")
            assert not why.startswith(f"moved out of {event_id}:"), why
        again = store_documents(docs, engine)
        assert again.documents_duplicate == len(docs) and query_events(engine=engine) == rows  # idempotent
        engine.dispose()
    # Every record is in exactly one event; a document supports an event twice only with parts of one incident.
    placed = [(s.document_id, s.record_index) for srcs in sources.values() for s in srcs]
    assert sorted(placed) == sorted((d.id, i) for d in docs for i in range(len(d.events)))
    for srcs in sources.values():
        # Complete linkage: every two sources of one event are compatible (parts of one report: as parts; a part
        # of a report's incident against another report's record: its actors and kind of violence as a part's).
        parts = {d: sum(s.document_id == d for s in srcs) for d in {s.document_id for s in srcs}}
        for a in srcs:
            for b in srcs:
                if a is b:
                    continue
                if a.document_id == b.document_id:
                    assert told_apart(a, b) is None and assess(a.record, b.record, within_report=True), (a, b)
                    continue
                found = compatible(a.record, b.record)
                if not found and max(parts[a.document_id], parts[b.document_id]) > 1:
                    assert found.failed in ("actors", "types-one-day"), (a.record, b.record)
                    found = assess(a.record, b.record, within_report=True)
                assert found, (a.record, b.record)
    # The canonical toll is the lowest reported one, each report counting with its highest figure.
    for row in rows:
        per_report: dict[str, int] = {}
        for s in sources[row["id"]]:
            if s.record.fatalities:
                per_report[s.document_id] = max(per_report.get(s.document_id, 0), s.record.fatalities)
        assert row["fatalities"] == (min(per_report.values()) if per_report else 0)
