"""Soak benchmark of ``eventcoder watch``: local feeds publish new items; how soon is each one's event stored?

    python benchmarks/bench_watch.py                 # 30 minutes: 200 feeds x 20 items, 30 s poll interval
    python benchmarks/bench_watch.py --short         # 2 minutes: 200 feeds x 2 items (checks that it works)
    python benchmarks/run.py --watch-minutes 30      # the same, its section written into docs/performance.md

A server process on 127.0.0.1 (``--hosts`` ports, so politeness works per host as it would on
real sites) serves 200 RSS feeds with ETag / Last-Modified (304 when unchanged) and robots.txt.
Each feed's items appear at random times spread over the run; each item's page is a synthetic
report from ``benchmarks/corpus.py`` (conflict reports and 30% general news). The real
``eventcoder watch`` command runs in its own process with the real pipeline (default
politeness: one request at a time per host, 1 s apart); its CPU time and resident memory are
sampled every 5 s. At the end, the store says when each item was first seen and when its
document and events were stored; the server's schedule says when it appeared. All text is
synthetic; the figures are speed, never accuracy.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from sections import replace_section  # noqa: E402 - the benchmarks folder is not a package; its scripts import each other

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "src"))

_SAMPLE_SECONDS = 5.0


# -- the server process ---------------------------------------------------------------------------

def _page(record: dict[str, Any]) -> bytes:
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in record["text"].split("\n\n"))
    return (f'<!doctype html><html lang="en"><head><title>{escape(record["title"])}</title>'
            f'<meta name="date" content="{record["published"]}"></head><body><nav>Home | World</nav><article>'
            f'<h1>{escape(record["title"])}</h1>{paragraphs}</article><footer>Synthetic site</footer></body></html>'
            ).encode()


class _Site:
    """The feeds and pages of the run: item k of feed f is visible from ``schedule[f][k]`` on."""

    def __init__(self, spec: dict[str, Any]) -> None:
        from corpus import generate

        self.schedule: list[list[float]] = spec["schedule"]
        n_items = len(self.schedule[0])
        records = list(generate(len(self.schedule) * n_items, seed=spec["seed"]))
        self.pages = {(f, k): _page(records[f * n_items + k]) for f in range(len(self.schedule))
                      for k in range(n_items)}
        self.titles = {(f, k): records[f * n_items + k]["title"] for f in range(len(self.schedule))
                       for k in range(n_items)}

    def feed(self, f: int, host: str, now: float) -> tuple[bytes, str, float, int]:
        visible = [k for k, t in enumerate(self.schedule[f]) if t <= now]
        newest = max((self.schedule[f][k] for k in visible), default=0.0)
        items = "".join(
            f"<item><guid isPermaLink=\"false\">feed{f}-item{k}</guid><title>{escape(self.titles[(f, k)])}</title>"
            f"<link>http://{host}/p/{f}/{k}.html</link><pubDate>{formatdate(self.schedule[f][k], usegmt=True)}"
            f"</pubDate></item>" for k in sorted(visible, reverse=True)[:20])
        body = (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Synthetic feed {f}'
                f"</title><link>http://{host}/</link><description>synthetic</description>{items}</channel></rss>")
        return body.encode("utf-8"), f'"{f}-{len(visible)}"', newest, len(visible)


def _handler(site: _Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the stdlib's name
            del format, args

        def _send(self, status: int, body: bytes, headers: dict[str, str]) -> None:
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:
            now = time.time()
            parts = self.path.strip("/").split("/")
            if self.path == "/robots.txt":
                self._send(200, b"User-agent: *\nAllow: /\n", {"Content-Type": "text/plain"})
            elif len(parts) == 2 and parts[0] == "f":
                body, etag, newest, _ = site.feed(int(parts[1].split(".")[0]), self.headers.get("Host", ""), now)
                if self.headers.get("If-None-Match") == etag:
                    self._send(304, b"", {"ETag": etag})
                else:
                    self._send(200, body, {"Content-Type": "application/rss+xml", "ETag": etag,
                                           "Last-Modified": formatdate(newest or now, usegmt=True)})
            elif len(parts) == 3 and parts[0] == "p":
                f, k = int(parts[1]), int(parts[2].split(".")[0])
                if (f, k) in site.pages and site.schedule[f][k] <= now:
                    self._send(200, site.pages[(f, k)], {"Content-Type": "text/html; charset=utf-8"})
                else:
                    self._send(404, b"not found", {"Content-Type": "text/plain"})
            else:
                self._send(404, b"not found", {"Content-Type": "text/plain"})

    return Handler


def serve(spec_path: Path) -> int:
    """The server process: ``hosts`` HTTP servers on 127.0.0.1; prints their ports; runs until stdin closes."""
    spec = json.loads(spec_path.read_text())
    site = _Site(spec)
    servers = []
    for _ in range(spec["hosts"]):
        httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(site))
        httpd.daemon_threads = True
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        servers.append(httpd)
    print(json.dumps({"ports": [s.server_address[1] for s in servers]}), flush=True)
    sys.stdin.read()  # the parent closes our stdin to stop us
    for httpd in servers:
        httpd.shutdown()
        httpd.server_close()
    return 0


# -- the measuring process -------------------------------------------------------------------------

def _schedule(feeds: int, items: int, first: float, last: float, seed: int) -> list[list[float]]:
    rng = random.Random(seed)
    return [sorted(rng.uniform(first, last) for _ in range(items)) for _ in range(feeds)]


def _config(path: Path, urls: list[str], interval: float, workers: int) -> None:
    lines = ["[watch]", f"interval = {interval}", f"workers = {workers}", "host_delay = 1.0", "robots = true",
             "status_every = 60", ""]
    for url in urls:
        lines += ["[[feed]]", f'url = "{url}"', ""]
    path.write_text("\n".join(lines))


class _Sampler(threading.Thread):
    """CPU seconds and RSS of one process every few seconds."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        import psutil

        self.proc = psutil.Process(pid)
        self.samples: list[tuple[float, float, float]] = []  # (wall, cpu seconds, rss MB)
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            try:
                cpu = self.proc.cpu_times()
                rss = self.proc.memory_info().rss / 1e6
            except Exception:  # noqa: BLE001 - the process ended between two samples
                return
            self.samples.append((time.time(), cpu.user + cpu.system, rss))
            self.stop.wait(_SAMPLE_SECONDS)


def _start_server(spec: dict[str, Any], folder: Path) -> tuple[subprocess.Popen[str], list[int]]:
    spec_path = folder / "spec.json"
    spec_path.write_text(json.dumps(spec))
    server = subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "--serve", str(spec_path)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert server.stdout is not None
    ports = json.loads(server.stdout.readline())["ports"]
    return server, ports


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def _latencies(db: Path, appear: dict[str, float]) -> dict[str, Any]:
    from sqlalchemy import select

    from eventcoder.store.db import open_engine
    from eventcoder.store.schema import watch_items

    engine = open_engine(db)
    with engine.connect() as conn:
        rows = conn.execute(select(watch_items.c.url, watch_items.c.status, watch_items.c.first_seen_at,
                                   watch_items.c.done_at, watch_items.c.n_events)).all()
    engine.dispose()
    stored = [r for r in rows if r.status in ("stored", "duplicate") and r.url in appear and r.done_at]
    with_events = [r for r in stored if r.n_events]
    total = [r.done_at - appear[r.url] for r in with_events]
    detect = [r.first_seen_at - appear[r.url] for r in with_events]
    work = [r.done_at - r.first_seen_at for r in with_events]

    def stats(xs: list[float]) -> dict[str, float] | None:
        if not xs:
            return None
        return {"median": statistics.median(xs), "p95": _percentile(xs, 0.95), "max": max(xs)}

    return {"appeared": len(appear), "seen": len({r.url for r in rows}), "stored": len(stored),
            "with_events": len(with_events), "failed": sum(r.status == "failed" for r in rows),
            "to_event": stats(total), "detection": stats(detect), "fetch_code_store": stats(work)}


def _usage(samples: list[tuple[float, float, float]]) -> dict[str, Any]:
    """CPU share over the run; RSS at a quarter of the run (models loaded), its peak, and at the end (growth)."""
    if len(samples) < 2:
        return {}
    (t0, c0, _), (t1, c1, _) = samples[0], samples[-1]
    quarter = next(s for s in samples if s[0] >= t0 + (t1 - t0) / 4)
    return {"cpu_seconds": c1 - c0, "wall_seconds": t1 - t0, "cpu_share": (c1 - c0) / max(1e-9, t1 - t0),
            "rss_quarter_mb": quarter[2], "rss_peak_mb": max(s[2] for s in samples), "rss_end_mb": samples[-1][2]}


def run(minutes: float = 30.0, *, feeds: int = 200, items: int = 20, interval: float = 30.0, hosts: int = 20,
        workers: int = 4, seed: int = 11) -> dict[str, Any]:
    """One soak run; returns the figures and a markdown table for docs/performance.md."""
    duration = minutes * 60
    warmup = min(30.0, duration / 8)
    started = time.time()
    first, last = started + warmup, started + duration - interval - 30
    spec = {"schedule": _schedule(feeds, items, first, last, seed), "seed": seed, "hosts": hosts}
    with tempfile.TemporaryDirectory(prefix="eventcoder-bench-watch-") as tmp:
        folder = Path(tmp)
        server, ports = _start_server(spec, folder)
        urls = [f"http://127.0.0.1:{ports[f % hosts]}/f/{f}.xml" for f in range(feeds)]
        appear = {f"http://127.0.0.1:{ports[f % hosts]}/p/{f}/{k}.html": t
                  for f, times in enumerate(spec["schedule"]) for k, t in enumerate(times)}
        _config(folder / "feeds.toml", urls, interval, workers)
        log = (folder / "watch.log").open("w")
        watcher = subprocess.Popen([sys.executable, "-c", "from eventcoder.cli import main; main()", "watch",
                                    "--config", str(folder / "feeds.toml"), "--db", str(folder / "store.sqlite"),
                                    "--log-level", "warning"], stdout=log, stderr=subprocess.STDOUT)
        sampler = _Sampler(watcher.pid)
        server_sampler = _Sampler(server.pid)
        sampler.start()
        server_sampler.start()
        try:
            time.sleep(max(0.0, started + duration - time.time()))
        finally:
            watcher.send_signal(signal.SIGINT)
            watcher.wait(timeout=120)
            sampler.stop.set()
            server_sampler.stop.set()
            if server.stdin:
                server.stdin.close()
            server.wait(timeout=30)
            log.close()
        result = {"minutes": minutes, "feeds": feeds, "items_per_feed": items, "interval": interval,
                  "hosts": hosts, "workers": workers, "latency": _latencies(folder / "store.sqlite", appear),
                  "watcher": _usage(sampler.samples), "server": _usage(server_sampler.samples),
                  "load_end": " / ".join(f"{x:.1f}" for x in os.getloadavg()),
                  "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "commit": _commit()}
    result["markdown"] = _markdown(result)
    return result


def _commit() -> str:
    out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=False)
    return out.stdout.strip() or "unknown"


_KEPT = "Kept from the last soak run: `benchmarks/run.py` ran without `--watch-minutes`."


def report_section(minutes: float, previous_report: Path) -> dict[str, Any] | str:
    """For run.py: a soak run of ``minutes``, or (0) the section of the last run kept from ``previous_report``."""
    if minutes > 0:
        return run(minutes)
    text = previous_report.read_text(encoding="utf-8") if previous_report.is_file() else ""
    start = text.find("### bench_watch\n")
    if start < 0:
        return "not run yet: `python benchmarks/run.py --watch-minutes 30` (30 minutes) measures it"
    body = text[start + len("### bench_watch\n"):]
    end = body.find("\n### ")
    body = (body if end < 0 else body[:end]).strip()
    return {"markdown": body if body.startswith(_KEPT) else f"{_KEPT}\n\n{body}"}


def _s(stats: dict[str, float] | None) -> str:
    if not stats:
        return "–"
    return f"median {stats['median']:.1f} s, p95 {stats['p95']:.1f} s, max {stats['max']:.1f} s"


def _markdown(r: dict[str, Any]) -> str:
    lat, w, srv = r["latency"], r["watcher"], r["server"]
    rows = [
        ("run", f"{r['minutes']:g} min; {r['feeds']} feeds x {r['items_per_feed']} items on {r['hosts']} local hosts "
                f"(ports); poll interval {r['interval']:g} s; {r['workers']} workers; 1 s between requests to a host", ""),
        ("items appeared / seen / stored / failed",
         f"{lat['appeared']:,} / {lat['seen']:,} / {lat['stored']:,} / {lat['failed']:,}", ""),
        (f"item appearing -> its event stored ({lat['with_events']:,} items with events)", _s(lat["to_event"]),
         "median and p95 < 60 s"),
        ("of which: appearing -> seen in its feed", _s(lat["detection"]), "about half the poll interval"),
        ("of which: seen -> fetched, coded, stored", _s(lat["fetch_code_store"]), ""),
        ("watcher CPU", f"{w.get('cpu_share', 0) * 100:.0f}% of one core ({w.get('cpu_seconds', 0):,.0f} CPU s over "
                        f"{w.get('wall_seconds', 0):,.0f} s)" if w else "–", ""),
        ("watcher memory (RSS)", f"{w['rss_quarter_mb']:.0f} MB a quarter into the run, peak {w['rss_peak_mb']:.0f} MB, "
                                 f"{w['rss_end_mb']:.0f} MB at the end" if w else "–", "no growth"),
        ("server CPU (the local feeds, same machine)", f"{srv.get('cpu_share', 0) * 100:.0f}% of one core"
         if srv else "–", ""),
    ]
    lines = [f"Measured by `python benchmarks/run.py --watch-minutes {r['minutes']:g}` (or `benchmarks/bench_watch.py`) "
             f"on {r['date']} at commit {r['commit']}. The feeds, their server and the watcher share the machine.",
             "", "| measure | value | goal |", "|---|---|---|"] + [f"| {a} | {b} | {c} |" for a, b, c in rows]
    return "\n".join(lines) + f"\n\nLoad average at the end: {r['load_end']}."


def main(argv: list[str] | None = None) -> int:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=30.0)
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--items", type=int, default=20, help="items each feed publishes during the run")
    parser.add_argument("--interval", type=float, default=30.0, help="poll interval of every feed (seconds)")
    parser.add_argument("--hosts", type=int, default=20, help="local ports the feeds are spread over")
    parser.add_argument("--short", action="store_true", help="2 minutes, 2 items per feed")
    parser.add_argument("--into", type=Path, metavar="REPORT",
                        help="also write the section 'bench_watch' of this report (docs/performance.md), which "
                             "`benchmarks/run.py` keeps until the next soak run")
    parser.add_argument("--serve", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve:
        return serve(args.serve)
    if args.short:
        args.minutes, args.items = 2.0, 2
    result = run(args.minutes, feeds=args.feeds, items=args.items, interval=args.interval, hosts=args.hosts)
    print(result["markdown"])
    if args.into:
        command = f"python benchmarks/bench_watch.py --minutes {args.minutes:g} --into {args.into}"
        replace_section(args.into, "bench_watch", f"{result['markdown']}\n\nCommand: `{command}`.")
    print(json.dumps({k: v for k, v in result.items() if k != "markdown"}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
