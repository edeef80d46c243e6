"""The store benchmark script runs (at a tiny size; no timing is asserted)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_store.py"


def test_bench_store_runs_at_tiny_size() -> None:
    spec = importlib.util.spec_from_file_location("bench_store", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    result = module.run(ingest_events=40, query_events=300)
    assert result["ingest"]["event_records"] == 40 and result["query"]["stored_events"] == 300
    assert "events/s" in result["markdown"]


def test_the_untimed_candidate_lookup_does_not_scan_the_events(tmp_path: Path) -> None:
    # The lookup of events holding a report placed in time by nothing runs for every report stored. Over a store
    # with statistics (ANALYZE, as the bench's bulk load leaves it), a full index on the flag was skipped for the
    # type list and the box's OR, and every lookup scanned the events table (ingest into a filled store halved);
    # the partial index of the flagged events is searched.
    from eventcoder.store.candidates import _CAND_DATED
    from eventcoder.store.db import open_engine

    spec = importlib.util.spec_from_file_location("bench_store", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.build_events(2000, tmp_path / "filled.sqlite")
    branch = _CAND_DATED.selects[-1].params(types=["Battles", "Violence against civilians", "Explosions/Remote violence"],
                                            lat0=1.0, lat1=2.0, lon0=21.0, lon1=22.0)
    engine = open_engine(tmp_path / "filled.sqlite")
    try:
        sql = branch.compile(engine, compile_kwargs={"literal_binds": True})
        with engine.connect() as conn:
            plan = str(conn.exec_driver_sql("EXPLAIN QUERY PLAN " + str(sql)).fetchall())
    finally:
        engine.dispose()
    assert "ix_events_type_untimed_geo" in plan and "SCAN events" not in plan, plan
