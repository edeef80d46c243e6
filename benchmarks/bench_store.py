"""Store benchmark: ingest throughput into SQLite (extraction excluded) and a filtered query over N stored events.

    python benchmarks/bench_store.py                          # 5,000 events ingested, query over 1,000,000
    python benchmarks/bench_store.py --ingest 2000 --query-events 100000

Ingest: synthetic documents with four hand-built events each, within a few days and about 50 km
of each other (a quarter of the documents re-report earlier events, so matching and merging
run), into an empty store and into one already holding ``prefill`` events, stored through the real path (near-duplicate
sketch, candidate lookup, merge, canonical refresh, one transaction per document).
Query: N events bulk-inserted straight into the events table (indexes built after the load,
then ANALYZE), then ``query_events`` with a one-month date range and a 1 x 1 degree box,
20 different windows; median and worst time. All data is synthetic.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from eventcoder.dedup.scenarios import report_text  # noqa: E402 - after the path set-up for a plain script
from eventcoder.model import Document, EventRecord, Evidence, document_id  # noqa: E402

_TYPES = [("Battles", "Armed clash"), ("Explosions/Remote violence", "Air/drone strike"),
          ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
          ("Violence against civilians", "Attack"), ("Protests", "Peaceful protest"),
          ("Strategic developments", "Looting/property destruction")]
# A synthetic country-sized area: 20 x 20 degrees, events over five years.
_LAT0, _LON0, _SPAN, _DAYS, _START = 0.0, 20.0, 20.0, 5 * 365, date(2019, 1, 1)


def _record(rng: random.Random, i: int, base: int, centre: tuple[float, float]) -> EventRecord:
    et, sub = _TYPES[i % len(_TYPES)]
    # A report's events fall within a few days and about 50 km of each other, as in real reports.
    day = (_START + timedelta(days=min(_DAYS - 1, base + rng.randrange(4)))).isoformat()
    lat, lon = centre[0] + rng.uniform(-0.4, 0.4), centre[1] + rng.uniform(-0.4, 0.4)
    fat = rng.randrange(0, 20)
    return EventRecord(event_date=day, year=int(day[:4]), time_precision=1, event_type=et, sub_event_type=sub,
                       actor1=f"Synthetic Group {i % 97}", actor2="Civilians (Synthland)", country="Synthland",
                       admin1=f"Province {int(lat) % 10}", location=f"Town {i}", latitude=round(lat, 4),
                       longitude=round(lon, 4), geo_precision=1, fatalities=fat, confidence=0.7,
                       evidence=(Evidence("fatalities", 0, 9, "Synthetic"),) if fat else ())


def synthetic_documents(n_events: int, seed: int = 7) -> list[Document]:
    """Documents of four events each; every fourth document re-reports an earlier one's events."""
    rng = random.Random(seed)
    docs: list[Document] = []
    made = 0
    while made < n_events:
        k = len(docs)
        if k % 4 == 3:
            earlier = docs[rng.randrange(k)].events
            recs = [EventRecord.from_dict({**r.to_dict(), "fatalities": r.fatalities + 1}) for r in earlier]
        else:
            base = rng.randrange(_DAYS)
            centre = (_LAT0 + 0.5 + rng.random() * (_SPAN - 1), _LON0 + 0.5 + rng.random() * (_SPAN - 1))
            recs = [_record(rng, made + j, base, centre) for j in range(4)]
        text = report_text(f"bench-{seed}-{k}", 120)
        docs.append(Document(id=document_id(text), text=text, source=f"Outlet {k % 13}", events=recs))
        made += len(recs)
    return docs


def bench_ingest(n_events: int, folder: Path, *, store: Path | None = None, seed: int = 7) -> dict[str, Any]:
    """Events per second stored through store_documents (documents built beforehand), into ``store`` or a new one."""
    from eventcoder.store.db import open_engine
    from eventcoder.store.ingest import store_documents

    docs = synthetic_documents(n_events, seed=seed)
    engine = open_engine(store or folder / "ingest.sqlite")
    start, cpu = time.perf_counter(), time.process_time()
    summary = store_documents(docs, engine)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    engine.dispose()
    records = sum(len(d.events) for d in docs)
    # CPU seconds too: on a busy shared machine the wall clock also counts other people's work.
    return {"documents": len(docs), "event_records": records, "events_new": summary.events_new,
            "events_merged": summary.events_merged, "seconds": round(seconds, 2), "cpu_seconds": round(cpu, 2),
            "events_per_second": round(records / seconds, 1), "documents_per_second": round(len(docs) / seconds, 1),
            "events_per_cpu_second": round(records / cpu, 1)}


def build_events(n: int, path: Path, seed: int = 11) -> float:
    """Bulk-load ``n`` synthetic canonical events into a fresh store; returns the seconds taken."""
    from eventcoder.store.db import open_engine
    from eventcoder.store.schema import events

    engine = open_engine(path)
    index_sql = []
    start = time.perf_counter()
    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        # Indexes are dropped during the load and rebuilt after: much faster than updating them row by row.
        for idx in events.indexes:
            index_sql.append(str(__import__("sqlalchemy").schema.CreateIndex(idx).compile(engine)))
            cur.execute(f"DROP INDEX IF EXISTS {idx.name}")
        cols = ("id", "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
                "actor1", "country", "admin1", "location", "latitude", "longitude", "geo_precision", "fatalities",
                "n_sources", "created_at", "updated_at")
        sql = f"INSERT INTO events ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
        rng = random.Random(seed)
        cur.execute("BEGIN")
        batch = []
        for i in range(n):
            et, sub = _TYPES[i % len(_TYPES)]
            day = (_START + timedelta(days=rng.randrange(_DAYS))).isoformat()
            batch.append((f"ev_{i:016x}", f"SYN{i + 1}", day, int(day[:4]), 1, et, sub, f"Synthetic Group {i % 97}",
                          "Synthland", f"Province {i % 10}", f"Town {i}", round(_LAT0 + rng.random() * _SPAN, 4),
                          round(_LON0 + rng.random() * _SPAN, 4), 1, rng.randrange(20), 1, "2024-01-01", "2024-01-01"))
            if len(batch) == 50_000:
                cur.executemany(sql, batch)
                batch = []
        if batch:
            cur.executemany(sql, batch)
        for stmt in index_sql:
            cur.execute(stmt)
        cur.execute("COMMIT")
        cur.execute("ANALYZE")
    finally:
        raw.close()
        engine.dispose()
    return time.perf_counter() - start


def bench_query(n: int, folder: Path, runs: int = 20) -> dict[str, Any]:
    """Median and worst milliseconds of a date-range + bounding-box query over ``n`` events."""
    from eventcoder.store.db import open_engine
    from eventcoder.store.query import query_events

    path = folder / "query.sqlite"
    build = build_events(n, path)
    engine = open_engine(path)
    rng = random.Random(3)
    times, sizes = [], []
    query_events(engine=engine, since="2020-01-01", until="2020-01-31", bbox=(25, 5, 26, 6))  # warm the page cache
    for _ in range(runs):
        d0 = _START + timedelta(days=rng.randrange(_DAYS - 31))
        lat, lon = _LAT0 + rng.random() * (_SPAN - 1), _LON0 + rng.random() * (_SPAN - 1)
        start = time.perf_counter()
        rows = query_events(engine=engine, since=d0.isoformat(), until=(d0 + timedelta(days=30)).isoformat(),
                            bbox=(lon, lat, lon + 1, lat + 1))
        times.append((time.perf_counter() - start) * 1000)
        sizes.append(len(rows))
    engine.dispose()
    return {"stored_events": n, "build_seconds": round(build, 1), "query": "31 days + 1x1 degree box",
            "median_ms": round(statistics.median(times), 2), "max_ms": round(max(times), 2),
            "mean_results": round(statistics.mean(sizes), 1)}


def run(ingest_events: int = 5_000, query_events: int = 1_000_000) -> dict[str, Any]:
    """Both measurements, with a markdown summary for docs/performance.md."""
    with tempfile.TemporaryDirectory(prefix="eventcoder-bench-store-") as tmp:
        ing = bench_ingest(ingest_events, Path(tmp))
        qry = bench_query(query_events, Path(tmp))
        # The same load into the store that now holds the query events: matching must not slow down.
        full = bench_ingest(ingest_events, Path(tmp), store=Path(tmp) / "query.sqlite", seed=8)
    markdown = "\n".join([
        "| measure | value | target |",
        "|---|---|---|",
        f"| ingest into SQLite, extraction excluded ({ing['event_records']:,} event records, "
        f"{ing['documents']:,} documents, {ing['events_merged']:,} merges) | {ing['events_per_second']:,.0f} events/s "
        f"({ing['documents_per_second']:,.0f} documents/s; {ing['events_per_cpu_second']:,.0f} events per CPU second) "
        f"| >= 1,000 events/s |",
        f"| the same into a store already holding {qry['stored_events']:,} events | "
        f"{full['events_per_second']:,.0f} events/s ({full['events_per_cpu_second']:,.0f} per CPU second) | |",
        f"| date range + bbox query over {qry['stored_events']:,} events ({qry['query']}, "
        f"{qry['mean_results']:.0f} results on average) | median {qry['median_ms']:.1f} ms, worst {qry['max_ms']:.1f} ms "
        f"| < 100 ms |",
        f"| bulk build of the {qry['stored_events']:,} events (indexes after, ANALYZE) | {qry['build_seconds']:.0f} s | |",
    ])
    return {"ingest": ing, "ingest_into_full_store": full, "query": qry, "markdown": markdown}


def main(argv: list[str] | None = None) -> int:
    """Command line: sizes by argument, JSON on stdout."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ingest", type=int, default=5_000, help="event records to ingest")
    parser.add_argument("--query-events", type=int, default=1_000_000, help="events to bulk-load for the query")
    args = parser.parse_args(argv)
    result = run(args.ingest, args.query_events)
    print(json.dumps({k: v for k, v in result.items() if k != "markdown"}, indent=1))
    print(result["markdown"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
