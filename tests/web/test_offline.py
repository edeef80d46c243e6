"""Everything the browser loads comes from this server: the dashboard, Leaflet, Swagger UI, the outlines."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from eventcoder.web.app import STATIC

_LOADS = re.compile(r"""(?:src|href)\s*=\s*["']([^"']+)["']|import[^"']*["']([^"']+)["']|fetch\(\s*["'`]([^"'`]+)""")


def _local(url: str) -> bool:
    return url.startswith("/") and not url.startswith("//")


def test_dashboard_loads_nothing_from_elsewhere(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    urls = [u for m in _LOADS.finditer(page.text) for u in m.groups() if u]
    assert urls and all(_local(u) for u in urls), urls
    for url in urls:
        assert client.get(url).status_code == 200, url
    for js in (STATIC / "js").glob("*.js"):
        for m in _LOADS.finditer(js.read_text(encoding="utf-8")):
            for url in (u for u in m.groups() if u):
                assert _local(url) or url.startswith("./") or url.startswith("${"), (js.name, url)


def test_basemap_and_vendor_files_are_served(client: TestClient) -> None:
    for url in ("/static/vendor/world-atlas/countries-110m.json", "/static/vendor/world-atlas/countries-50m.json"):
        topo = client.get(url).json()
        assert topo["type"] == "Topology" and len(topo["objects"]["countries"]["geometries"]) > 170
    for url in ("/vendor/leaflet/leaflet.js", "/vendor/leaflet/leaflet.css", "/vendor/markercluster/MarkerCluster.css",
                "/vendor/markercluster/leaflet.markercluster.js", "/static/js/main.js"):
        assert client.get(url).status_code == 200, url


def test_api_docs_work_offline(client: TestClient) -> None:
    html = client.get("/docs").text
    urls = [u for m in _LOADS.finditer(html) for u in m.groups() if u]
    assert "/vendor/swagger/swagger-ui-bundle.js" in urls
    assert all(_local(u) for u in urls), urls
    assert "cdn" not in html.lower()
    for url in urls:
        assert client.get(url).status_code == 200, url
    assert client.get("/redoc").status_code == 404  # ReDoc would load from a CDN: not offered
