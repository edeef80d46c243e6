"""Malformed and oversized requests get a 4xx problem details answer that says what is wrong."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from .conftest import TOKEN


def _problem(r: object, status: int, *words: str) -> None:
    assert r.status_code == status, r.text  # type: ignore[attr-defined]
    assert r.headers["content-type"] == "application/problem+json"  # type: ignore[attr-defined]
    body = r.json()  # type: ignore[attr-defined]
    assert body["status"] == status and body["title"]
    for word in words:
        assert word in body["detail"], body["detail"]


@pytest.mark.parametrize(("params", "words"), [
    ({"since": "2024-13-01"}, ["since '2024-13-01' is not a date; write YYYY-MM-DD"]),
    ({"until": "yesterday"}, ["until 'yesterday' is not a date; write YYYY-MM-DD"]),
    ({"bbox": "1,2,3"}, ["bbox '1,2,3': give min_lon,min_lat,max_lon,max_lat"]),
    ({"bbox": "5,0,1,1"}, ["min <= max"]),
    ({"bbox": "nan,0,1,1"}, ["finite numbers"]),
    ({"limit": 0}, ["query parameter 'limit'", "greater than or equal to 1"]),
    ({"limit": "many"}, ["query parameter 'limit'", "integer"]),
    ({"min_fatalities": -1}, ["min_fatalities"]),
    ({"cursor": "not-a-cursor"}, ["is not one this server made", "next_cursor"]),
    ({"format": "xml"}, ["query parameter 'format'"]),
    ({"country": "a\x00b"}, ["control characters"]),
])
def test_bad_list_parameters_are_400(client: TestClient, params: dict[str, object], words: list[str]) -> None:
    _problem(client.get("/api/events", params=params), 400, *words)


def test_unservable_accept_is_406(client: TestClient) -> None:
    _problem(client.get("/api/events", headers={"Accept": "image/png"}), 406, "application/json", "format=")


def test_map_needs_a_view(client: TestClient) -> None:
    _problem(client.get("/api/map"), 400, "query parameter 'view'")
    _problem(client.get("/api/map", params={"view": "1,2"}), 400, "bbox '1,2'")
    _problem(client.get("/api/map", params={"view": "0,0,1,1", "zoom": 99}), 400, "zoom")


def test_unknown_path_and_method(client: TestClient) -> None:
    _problem(client.get("/api/nothing"), 404, "no such page", "/docs")
    _problem(client.delete("/api/events"), 405, "DELETE is not allowed")


def test_writes_are_off_without_a_token(client: TestClient) -> None:
    _problem(client.post("/api/documents", content=b"text", headers={"Content-Type": "text/plain"}), 403,
             "writes are off", "--token-file")


def test_write_needs_the_bearer_token(writable: TestClient) -> None:
    r = writable.post("/api/documents", content=b"some text", headers={"Content-Type": "text/plain"})
    _problem(r, 401, "Authorization: Bearer")
    assert r.headers["www-authenticate"].startswith("Bearer")
    r = writable.post("/api/documents", content=b"some text",
                      headers={"Content-Type": "text/plain", "Authorization": "Bearer wrong-token-xxxxxxxx"})
    _problem(r, 401, "not this server's")


AUTH = {"Authorization": f"Bearer {TOKEN}"}


def test_oversized_body_is_413(writable: TestClient) -> None:
    big = b"word " * 1000  # 5,000 bytes; the fixture's limit is 2,000
    _problem(writable.post("/api/documents", content=big, headers={**AUTH, "Content-Type": "text/plain"}), 413,
             "2,000-byte upload limit", "--max-upload-bytes")

    def chunks():  # no Content-Length: the limit is enforced while reading
        for _ in range(10):
            yield b"word " * 100

    _problem(writable.post("/api/documents", content=chunks(), headers={**AUTH, "Content-Type": "text/plain"}), 413,
             "upload limit")


def test_bad_bodies_are_4xx(writable: TestClient) -> None:
    _problem(writable.post("/api/documents", content=b"x", headers={**AUTH, "Content-Type": "image/png"}), 415,
             "'image/png' is not accepted", "text/plain")
    _problem(writable.post("/api/documents", content=b"  \n", headers={**AUTH, "Content-Type": "text/plain"}), 400,
             "the request body is empty")
    _problem(writable.post("/api/documents", content=b"{not json\n", params={"format": "jsonl"}, headers=AUTH), 422,
             "no document could be read", "line 1")
    _problem(writable.post("/api/documents", content=b"text", params={"published": "2024-02-30"},
                           headers={**AUTH, "Content-Type": "text/plain"}), 400, "published '2024-02-30'")
