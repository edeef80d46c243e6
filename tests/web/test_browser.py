"""The dashboard in real headless Chromium (Debian's `chromium`, driven by Playwright) over the demo store.

Loads the demo store, filters by country, brushes a period on the timeline, opens an event and
finds its highlighted evidence. Skipped, with the reason, only when Chromium or Playwright is
absent (CI installs both). The server listens on 127.0.0.1 and is stopped by the test.
"""

from __future__ import annotations

import json
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import pytest

from eventcoder.web.browser import chromium_path

from ._server import running_server

pytest.importorskip("playwright", reason="Playwright's Python package is in the dev extras: pip install -e '.[dev]'")
if chromium_path() is None:
    pytest.skip("Debian's chromium is not installed (apt-get install chromium); CI installs it",
                allow_module_level=True)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo store, built by `eventcoder demo` (the bundled synthetic samples through the real pipeline)."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    code = "import sys; from eventcoder.cli import main; main(sys.argv[1:])"
    subprocess.run([sys.executable, "-c", code, "demo", "--db", str(path)], check=False, capture_output=True,
                   timeout=600)
    assert path.is_file(), "eventcoder demo did not create its store"
    return path


@pytest.fixture(scope="module")
def server(demo_store: Path) -> Iterator[str]:
    with running_server(demo_store) as base:
        yield base


@pytest.fixture
def page(server: str, tmp_path: Path) -> Iterator[Any]:
    from eventcoder.web.browser import launch

    with launch(tmp_path / "profile") as context:
        pg = context.new_page()
        pg.errors = []  # type: ignore[attr-defined]
        pg.elsewhere = []  # type: ignore[attr-defined]
        pg.on("pageerror", lambda e: pg.errors.append(str(e)))
        pg.on("request", lambda r: None if r.url.startswith(server) else pg.elsewhere.append(r.url))
        yield pg
        assert pg.errors == [], pg.errors  # no JavaScript error
        assert pg.elsewhere == [], pg.elsewhere  # nothing fetched from another host


def _api(server: str, path: str) -> Any:
    with urllib.request.urlopen(f"{server}{path}") as r:
        return json.load(r)


def _open(page: Any, url: str) -> None:
    page.goto(url)
    page.wait_for_selector("body[data-ready='1']", timeout=30_000)


def _rows(page: Any) -> list[dict[str, str]]:
    heads = page.locator("#events thead th").all_inner_texts()
    return [dict(zip(heads, row.locator("td").all_inner_texts(), strict=True))
            for row in page.locator("#events tbody tr").all()]


def _query(page: Any) -> dict[str, list[str]]:
    return parse_qs(urlparse(page.url).query)


def test_loads_the_demo_store(page: Any, server: str) -> None:
    total = _api(server, "/api/stats")["total"]["events"]
    _open(page, f"{server}/")
    assert total > 5 and len(_rows(page)) == total
    page.wait_for_function("document.querySelectorAll('.marker, .cluster').length > 0")
    assert int(page.get_attribute("#map", "data-outlines")) > 150  # the country outlines (on a canvas)
    assert page.locator(".leaflet-overlay-pane canvas").count() >= 1
    assert "in view" in page.inner_text("#mapnote")


def test_filter_by_country(page: Any, server: str) -> None:
    countries = _api(server, "/api/stats")["by_country"]
    country = max((c for c in countries if c["key"]), key=lambda c: (c["events"], c["key"]))
    _open(page, f"{server}/")
    page.select_option("select[name=country]", country["key"])
    page.wait_for_function(f"document.querySelectorAll('#events tbody tr').length === {country['events']}")
    assert {r["Country"] for r in _rows(page)} == {country["key"]}
    assert _query(page)["country"] == [country["key"]]
    page.wait_for_function(f"document.querySelector('#mapnote').innerText.startsWith('{country['events']} event')")


def test_brushed_period_filters_map_and_table(page: Any, server: str) -> None:
    _open(page, f"{server}/")
    before = len(_rows(page))
    box = page.locator("#timeline").bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] * 0.55, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.75, y, steps=5)
    page.mouse.move(box["x"] + box["width"] * 0.98, y, steps=5)
    page.mouse.up()
    page.wait_for_function("new URLSearchParams(location.search).has('brush')")
    since, until = _query(page)["brush"][0].split("..")
    page.wait_for_function(f"document.querySelectorAll('#events tbody tr').length < {before}")
    rows = _rows(page)
    assert rows and all(since <= r["Date"] <= until for r in rows)
    expected = _api(server, f"/api/events?since={since}&until={until}&limit=1000")["count"]
    assert len(rows) == expected
    page.wait_for_function(f"document.querySelector('#mapnote').innerText.startsWith('{expected} event')")
    href = page.get_attribute("#exp-csv", "href")  # the export is the table's query, period included
    assert f"since={since}" in href and f"until={until}" in href and "format=csv" in href
    page.click("#clearbrush")
    page.wait_for_function(f"document.querySelectorAll('#events tbody tr').length === {before}")


def test_open_an_event_and_find_its_highlighted_evidence(page: Any, server: str) -> None:
    _open(page, f"{server}/")
    killed = [r for r in _rows(page) if int(r["Killed"] or 0) > 0]
    target = max(killed, key=lambda r: int(r["Killed"]))
    page.locator("#events tbody tr", has_text=target["ID"]).first.click()
    page.wait_for_selector("#panel:not([hidden]) .source")
    assert target["ID"] in page.inner_text("#panel h2")
    marks = page.locator("#panel .sentence mark")
    assert marks.count() > 0
    classes = set(page.eval_on_selector_all("#panel .sentence mark", "ms => ms.map(m => m.className)"))
    assert "f-fatalities" in classes and classes & {"f-actor", "f-place"}
    fatal = page.locator("#panel .sentence mark.f-fatalities").first
    assert "fatalities" in fatal.get_attribute("data-fields") and fatal.inner_text().strip()
    assert _query(page)["event"]
    page.keyboard.press("Escape")
    assert page.locator("#panel").is_hidden()


def test_a_shared_url_restores_the_view(page: Any, server: str) -> None:
    ev = _api(server, "/api/events?limit=1&sources=false")["events"][0]
    _open(page, f"{server}/?country={ev['country']}&event={ev['event_id_cnty']}")
    assert page.input_value("select[name=country]") == ev["country"]
    page.wait_for_selector("#panel:not([hidden]) .source")
    assert ev["event_id_cnty"] in page.inner_text("#panel h2")


def test_panel_escapes_text_and_links_only_web_addresses(page: Any, server: str) -> None:
    _open(page, f"{server}/")
    html = page.evaluate("""async () => {
        const m = await import('/static/js/panel.js');
        const text = '<b>Gunmen</b> killed 5';
        const base = {document_id: 'doc_1', role: 'origin', record: {}, reason: {},
                      sentences: [{start: 10, end: 10 + text.length, text,
                                   spans: [{field: 'actor1', start: 10, end: 24},
                                           {field: 'fatalities', start: 31, end: 32}]}]};
        return [m.source({...base, url: 'javascript:alert(1)', title: 'A'}),
                m.source({...base, url: 'https://news.example.org/a', title: 'B'})];
    }""")
    bad, good = html
    assert "<a " not in bad and "javascript:" not in bad
    assert 'href="https://news.example.org/a"' in good
    assert "<b>Gunmen" not in bad and "&lt;b&gt;Gunmen&lt;/b&gt;" in bad  # text is escaped, never markup
    assert '<mark class="f-fatalities" data-fields="fatalities"' in bad
