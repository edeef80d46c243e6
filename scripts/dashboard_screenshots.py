"""Screenshots of the dashboard for docs/web.md, taken in headless Chromium over the demo store.

    .venv/bin/python scripts/dashboard_screenshots.py            # builds the demo store, writes docs/img/*.png
    .venv/bin/python scripts/dashboard_screenshots.py --db var/demo.sqlite
    .venv/bin/python scripts/dashboard_screenshots.py --big 1000000   # also a store of a million events

Needs Debian's chromium (apt-get install chromium) and the dev extras (Playwright). The server
runs on 127.0.0.1 and is stopped at the end.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from eventcoder.web.browser import launch, running_server  # noqa: E402


def demo_store(folder: Path) -> Path:
    """A fresh demo store (the bundled synthetic samples through the real pipeline)."""
    path = folder / "demo.sqlite"
    code = "import sys; from eventcoder.cli import main; main(sys.argv[1:])"
    subprocess.run([sys.executable, "-c", code, "demo", "--db", str(path)], check=False, capture_output=True)
    if not path.is_file():
        raise SystemExit("eventcoder demo did not create its store")
    return path


def _ready(page: Any, url: str) -> None:
    page.goto(url)
    page.wait_for_selector("body[data-ready='1']", timeout=30_000)
    page.wait_for_timeout(600)  # let markers and clusters settle


def shoot(base: str, out: Path, profile: Path) -> list[Path]:
    """The overview, one event's panel, and a country filtered to a brushed period."""
    with urllib.request.urlopen(f"{base}/api/events?limit=1000&sources=false") as r:
        events = json.load(r)["events"]
    worst = max(events, key=lambda e: (e["fatalities"] or 0, e["event_id_cnty"]))
    written = [out / "dashboard.png", out / "dashboard-event.png", out / "dashboard-filtered.png"]
    with launch(profile, width=1400, height=900) as context:
        page = context.new_page()
        _ready(page, f"{base}/")
        page.screenshot(path=str(written[0]))
        _ready(page, f"{base}/?event={worst['event_id_cnty']}")
        page.wait_for_selector("#panel:not([hidden]) .source")
        # scroll the panel to the merge explanation and the sources' highlighted sentences
        page.eval_on_selector("#panel", "p => { p.scrollTop = p.querySelector('h3').offsetTop - 8; }")
        page.screenshot(path=str(written[1]))
        _ready(page, f"{base}/?country={worst['country']}")
        page.wait_for_timeout(800)
        box = page.locator("#timeline").bounding_box()
        y = box["y"] + box["height"] / 2
        page.mouse.move(box["x"] + box["width"] * 0.3, y)
        page.mouse.down()
        page.mouse.move(box["x"] + box["width"] * 0.98, y, steps=8)
        page.mouse.up()
        page.wait_for_timeout(1000)
        page.screenshot(path=str(written[2]))
    return written


def shoot_big(out: Path, folder: Path, events: int) -> list[Path]:
    """The dashboard over ``events`` synthetic events (benchmarks/bench_store.py): zoomed out (grid cells)
    and zoomed in on a brushed month (events)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_store import build_events

    store = folder / "big.sqlite"
    build_events(events, store)
    written = [out / "dashboard-1m-grid.png", out / "dashboard-1m-month.png"]
    with running_server(store, timeout=300) as base, launch(folder / "profile-big") as context:
        page = context.new_page()
        _ready(page, f"{base}/")
        page.screenshot(path=str(written[0]))
        _ready(page, f"{base}/?map=8/10.5/30.5&brush=2021-03-01..2021-03-31")
        page.screenshot(path=str(written[1]))
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="store to show (default: a fresh demo store)")
    parser.add_argument("--out", default=str(ROOT / "docs" / "img"), help="folder of the PNG files")
    parser.add_argument("--big", type=int, default=0, metavar="N",
                        help="also shoot a store of N synthetic events (docs use 1000000; takes a minute)")
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="eventcoder-shots-") as tmp:
        db = Path(args.db) if args.db else demo_store(Path(tmp))
        with running_server(db) as base:
            written = shoot(base, out, Path(tmp) / "profile")
        if args.big:
            written += shoot_big(out, Path(tmp), args.big)
        for path in written:
            print(f"wrote {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
