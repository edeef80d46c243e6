"""Web API benchmark: requests/s and p95 latency over a 1,000,000-event store, and the dashboard's first load.

    python benchmarks/bench_web.py                              # 1M events, 200 requests per measure
    python benchmarks/bench_web.py --events 100000 --requests 50 # a quick check

The store is built by ``bench_store.build_events`` (synthetic events bulk-loaded, indexes after,
ANALYZE; the same store as the store benchmark's query). ``eventcoder serve`` runs in a child
process on 127.0.0.1 (one uvicorn worker); a few client threads on the same machine send the
requests over keep-alive connections, so client and server share the CPU. Every request has its
own random date window or map view, so the server's aggregate cache does not answer (except in the
one measure that says so: zoomed out, the server counts the whole globe once and crops it). The first
load is timed in headless Chromium (fresh profile each time) from navigation to the moment the
map, timeline and table are filled, on the demo store (the bundled samples) and on the 1M store
(after the requests above; the server pre-computes the unfiltered statistics and zoomed-out grids
when it starts, so this is the load of a store the server has been serving).
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlparse

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(HERE))

from bench_store import _DAYS, _LAT0, _LON0, _SPAN, _START, build_events  # noqa: E402

from eventcoder.web.browser import chromium_path, launch, running_server  # noqa: E402


def _window(rng: random.Random, days: int = 31) -> dict[str, str]:
    d0 = _START + timedelta(days=rng.randrange(_DAYS - days))
    return {"since": d0.isoformat(), "until": (d0 + timedelta(days=days - 1)).isoformat()}


def _view(rng: random.Random, size: float) -> str:
    lon = _LON0 + rng.random() * (_SPAN - size)
    lat = _LAT0 + rng.random() * (_SPAN - size)
    return f"{lon:.4f},{lat:.4f},{lon + size:.4f},{lat + size:.4f}"


def request_sets(n: int, seed: int = 5) -> dict[str, list[str]]:
    """Path lists, one per measure; each request differs (no cache hit)."""
    rng = random.Random(seed)
    def jitter() -> str:  # the whole area, shifted a little so that each request is new
        d = rng.random() / 10
        return f"{_LON0 - 1 - d:.4f},{_LAT0 - 1 - d:.4f},{_LON0 + _SPAN + 1 + d:.4f},{_LAT0 + _SPAN + 1 + d:.4f}"

    return {
        "GET /api/events, page of 300 in a 31-day window": [
            "/api/events?" + urlencode({**_window(rng), "limit": 300}) for _ in range(n)],
        "GET /api/events, page of 300 in a 31-day window, without sources": [
            "/api/events?" + urlencode({**_window(rng), "limit": 300, "sources": "false"}) for _ in range(n)],
        "map in view, 2x2 degrees, 31-day window (events)": [
            "/api/map?" + urlencode({"view": _view(rng, 2), "zoom": 8, **_window(rng)}) for _ in range(n)],
        "map in view, whole area, 31-day window (grid cells)": [
            "/api/map?" + urlencode({"view": jitter(), "zoom": 4, **_window(rng)}) for _ in range(n)],
        "map in view, 2x2 degrees, all dates (grid cells)": [
            "/api/map?" + urlencode({"view": _view(rng, 2), "zoom": 7}) for _ in range(n)],
        # Zoomed out (zoom <= 6) the server counts the whole globe once per zoom and filter set and crops it
        # per view; a distinct far-future 'until' makes every request count afresh over every event.
        "map in view, whole area, all dates, counted afresh (grid cells over every event)": [
            "/api/map?" + urlencode({"view": jitter(), "zoom": 4, "until": f"2100-01-{1 + i % 28:02d}",
                                     "min_fatalities": i // 28}) for i in range(max(10, n // 10))],
        "map in view, whole area, all dates, as the dashboard asks (world grid cached, cropped per view)": [
            "/api/map?" + urlencode({"view": jitter(), "zoom": 4}) for _ in range(n)],
    }


def load(base: str, paths: list[str], concurrency: int, budget: float) -> dict[str, Any]:
    """Send ``paths`` from ``concurrency`` threads (keep-alive); requests/s, p50 and p95 in ms."""
    host = urlparse(base)
    todo = list(paths)
    lock = threading.Lock()
    latencies: list[float] = []
    errors: list[str] = []
    deadline = time.monotonic() + budget

    def worker() -> None:
        conn = http.client.HTTPConnection(host.hostname, host.port, timeout=120)
        while time.monotonic() < deadline:
            with lock:
                if not todo:
                    break
                path = todo.pop()
            start = time.perf_counter()
            conn.request("GET", path)
            resp = conn.getresponse()
            body = resp.read()
            ms = (time.perf_counter() - start) * 1000
            with lock:
                latencies.append(ms)
                if resp.status != 200:
                    errors.append(f"{resp.status} {body[:120]!r}")
        conn.close()

    started = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    seconds = time.perf_counter() - started
    latencies.sort()
    p95 = latencies[min(len(latencies) - 1, int(0.95 * len(latencies)))] if latencies else None
    return {"requests": len(latencies), "seconds": round(seconds, 2),
            "requests_per_s": round(len(latencies) / seconds, 1) if latencies else None,
            "p50_ms": round(statistics.median(latencies), 1) if latencies else None,
            "p95_ms": round(p95, 1) if p95 is not None else None, "errors": errors[:3]}


def first_loads(base: str, runs: int, folder: Path) -> dict[str, Any]:
    """Milliseconds from navigation to a filled dashboard, fresh browser profile each time (median, max)."""
    if runs <= 0:
        return {"skipped": "not measured (--loads 0)"}
    if chromium_path() is None:
        return {"skipped": "chromium is not installed (apt-get install chromium)"}
    times = []
    for i in range(runs):
        with launch(folder / f"profile-{i}") as context:
            page = context.new_page()
            page.goto(f"{base}/")
            page.wait_for_selector("body[data-ready='1']", timeout=120_000)
            times.append(float(page.evaluate("window.eventcoderReadyMs")))
    return {"loads": runs, "median_ms": round(statistics.median(times)), "max_ms": round(max(times))}


def demo_store(folder: Path) -> Path:
    path = folder / "demo.sqlite"
    code = "import sys; from eventcoder.cli import main; main(sys.argv[1:])"
    subprocess.run([sys.executable, "-c", code, "demo", "--db", str(path)], check=False, capture_output=True)
    return path


def _markdown(n: int, measures: dict[str, Any], demo: dict[str, Any], big: dict[str, Any], concurrency: int,
              build: float) -> str:
    rows = ["| request (each with its own random window or view, cache missed unless said) | requests | requests/s | "
            "p50 ms | p95 ms |",
            "|---|---|---|---|---|"]
    for name, m in measures.items():
        note = f" ({len(m['errors'])}+ errors: {m['errors'][0]})" if m["errors"] else ""
        rows.append(f"| {name}{note} | {m['requests']} | {m['requests_per_s']} | {m['p50_ms']} | {m['p95_ms']} |")

    def load_line(label: str, d: dict[str, Any]) -> str:
        if "skipped" in d:
            return f"| {label} | {d['skipped']} | | |"
        return f"| {label} | {d['loads']} | {d['median_ms']:,} ms | {d['max_ms']:,} ms |"

    return "\n".join([
        f"Store: {n:,} synthetic events (built in {build:.0f} s by `bench_store.build_events`; the bulk load "
        "has no source documents, so `sources` lists are empty and the page with sources is a lower bound). "
        f"`eventcoder serve` (one uvicorn worker) and {concurrency} client threads on the same machine.",
        "", *rows, "",
        "| dashboard first load (headless Chromium, fresh profile) | loads | median | max |", "|---|---|---|---|",
        load_line("demo store (the bundled samples); target < 1 s", demo),
        load_line(f"{n:,}-event store (zoomed-out map and statistics over every event)", big),
    ])


def run(events: int = 1_000_000, requests: int = 200, concurrency: int = 4, loads: int = 5,
        budget: float = 120.0) -> dict[str, Any]:
    """All measures, with a markdown summary for docs/performance.md."""
    with tempfile.TemporaryDirectory(prefix="eventcoder-bench-web-") as tmp:
        folder = Path(tmp)
        store = folder / "web.sqlite"
        build = build_events(events, store)
        sets = {k: v for k, v in request_sets(requests).items() if not k.startswith("_")}
        with running_server(store, timeout=300) as base:
            load(base, sets[next(iter(sets))][:5], 1, budget)  # warm the page cache
            measures = {name: load(base, paths, concurrency, budget) for name, paths in sets.items()}
            big = first_loads(base, max(1, loads // 2), folder)
        demo = first_loads("", 0, folder)
        if loads > 0:
            with running_server(demo_store(folder)) as base:
                demo = first_loads(base, loads, folder)
    return {"events": events, "build_seconds": round(build, 1), "concurrency": concurrency, "measures": measures,
            "first_load_demo": demo, "first_load_big": big,
            "markdown": _markdown(events, measures, demo, big, concurrency, build)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000, help="events in the store")
    parser.add_argument("--requests", type=int, default=200, help="requests per measure")
    parser.add_argument("--concurrency", type=int, default=4, help="client threads")
    parser.add_argument("--loads", type=int, default=5, help="first loads of the dashboard to time")
    args = parser.parse_args(argv)
    result = run(args.events, args.requests, args.concurrency, args.loads)
    print(json.dumps({k: v for k, v in result.items() if k != "markdown"}, indent=1))
    print(result["markdown"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
