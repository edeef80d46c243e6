"""POST /api/documents stores text, HTML and JSON lines with the same deduplication as `eventcoder ingest`."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from eventcoder.pipeline import Pipeline
from eventcoder.store.db import open_engine
from eventcoder.web import Settings, create_app

from .conftest import TOKEN

AUTH = {"Authorization": f"Bearer {TOKEN}"}
TEXT = "Synthetic test report. Residents of a river town held a quiet vigil for the flood victims on Sunday."


def test_text_is_stored_once(writable: TestClient) -> None:
    r = writable.post("/api/documents", content=TEXT.encode(), headers={**AUTH, "Content-Type": "text/plain"})
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["documents_added"] == 1 and body["documents"][0]["status"] == "original"
    doc = writable.get(f"/api/documents/{body['documents'][0]['id']}").json()
    assert doc["text"] == TEXT and doc["input_format"] == "text"
    again = writable.post("/api/documents", content=TEXT.encode(), headers={**AUTH, "Content-Type": "text/plain"})
    assert again.status_code == 201 and again.json()["documents_duplicate"] == 1
    assert again.json()["documents_added"] == 0


def test_html_and_jsonl(writable: TestClient) -> None:
    html = (f"<html><head><title>Vigil by the river</title></head><body><article><p>{TEXT}</p>"
            "<p>Synthetic second paragraph about the same gathering of neighbours.</p></article></body></html>")
    r = writable.post("/api/documents", content=html.encode(), headers={**AUTH, "Content-Type": "text/html"})
    assert r.status_code == 201 and r.json()["documents_added"] == 1
    lines = [json.dumps({"id": f"n{i}", "text": f"Synthetic note number {i} about a market day in a quiet town.",
                         "published": f"2024-05-0{i + 1}"}) for i in range(3)]
    lines.insert(1, "{broken")
    r = writable.post("/api/documents", content="\n".join(lines).encode(),
                      headers={**AUTH, "Content-Type": "application/x-ndjson"})
    body = r.json()
    assert r.status_code == 201 and body["documents_added"] == 3
    assert len(body["failures"]) == 1 and "line 2" in body["failures"][0]["input"]


@pytest.mark.slow
def test_the_real_pipeline_codes_events_from_a_post(tmp_path: object) -> None:
    from pathlib import Path

    path = Path(str(tmp_path)) / "real.sqlite"
    open_engine(path).dispose()
    report = ("Gunmen killed five villagers in an attack on Kurmin Dutse in Kaduna State, Nigeria, on Tuesday, "
              "police said on Wednesday.")  # synthetic
    with TestClient(create_app(Settings(db=str(path), token=TOKEN, pipeline=Pipeline.default()))) as c:
        r = c.post("/api/documents", content=report.encode(), params={"published": "2024-05-09"},
                   headers={**AUTH, "Content-Type": "text/plain"})
        assert r.status_code == 201, r.text
        assert r.json()["events_new"] >= 1
        events = c.get("/api/events").json()["events"]
        assert events[0]["country"] == "Nigeria" and events[0]["fatalities"] == 5


def test_implausible_published_is_a_400_in_the_api_s_words(writable: TestClient) -> None:
    r = writable.post("/api/documents?published=9999-01-01", content=TEXT.encode(),
                      headers={**AUTH, "Content-Type": "text/plain"})
    assert r.status_code == 400 and "'9999-01-01'" in r.json()["detail"]
    assert "--published" not in r.json()["detail"]  # a command-line option means nothing to an HTTP client


def test_utf16_jsonl_body_is_read(writable: TestClient) -> None:
    body = (json.dumps({"id": "w1", "text": TEXT}) + "\n").encode("utf-16")
    r = writable.post("/api/documents", content=body, headers={**AUTH, "Content-Type": "application/x-ndjson"})
    assert r.status_code == 201 and r.json()["documents_added"] == 1, r.text
