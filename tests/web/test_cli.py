"""`eventcoder serve`: options, clear errors before listening, and a real server on 127.0.0.1."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventcoder.cli import cli

from ._server import running_server
from .conftest import TOKEN


def test_help_lists_every_option() -> None:
    out = CliRunner().invoke(cli, ["serve", "--help"]).output
    for option in ("--db", "--host", "--port", "--token-file", "--max-upload-bytes", "--cors-origin", "--open"):
        assert option in out


def test_missing_store_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "none.sqlite")])
    assert result.exit_code == 1
    assert "no event store there" in result.output


def test_bad_token_file_is_a_clear_error(store: Path, tmp_path: Path) -> None:
    short = tmp_path / "token"
    short.write_text("abc\n")
    result = CliRunner().invoke(cli, ["serve", "--db", str(store), "--token-file", str(short)])
    assert result.exit_code == 1 and "16 to 4096 characters" in result.output
    result = CliRunner().invoke(cli, ["serve", "--db", str(store), "--token-file", str(tmp_path / "missing")])
    assert result.exit_code == 1 and "cannot be read" in result.output


def test_missing_web_extra_names_the_install(monkeypatch: pytest.MonkeyPatch, store: Path) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "uvicorn" else real(name, *a))
    result = CliRunner().invoke(cli, ["serve", "--db", str(store)])
    assert result.exit_code == 1 and "pip install 'eventcoder[web]'" in result.output


def test_real_server_serves_and_guards_writes(store: Path, tmp_path: Path) -> None:
    token_file = tmp_path / "token"
    token_file.write_text(TOKEN + "\n")
    with running_server(store, "--token-file", str(token_file), "--cors-origin", "http://localhost:5173") as base:
        with urllib.request.urlopen(f"{base}/api/events?limit=2") as r:
            assert len(json.load(r)["events"]) == 2
        req = urllib.request.Request(f"{base}/api/version", headers={"Origin": "http://localhost:5173"})
        with urllib.request.urlopen(req) as r:
            assert r.headers["access-control-allow-origin"] == "http://localhost:5173"
        post = urllib.request.Request(f"{base}/api/documents", data=b"text", method="POST",
                                      headers={"Content-Type": "text/plain"})
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(post)
        assert err.value.code == 401


def test_port_in_use_is_a_clear_error(store: Path) -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(cli, ["serve", "--db", str(store), "--port", str(port)])
    assert result.exit_code == 1, result.output
    assert f"cannot listen on 127.0.0.1:{port}" in result.output and "--port" in result.output
    assert "Traceback" not in result.output


def test_unknown_host_is_a_clear_error(store: Path) -> None:
    result = CliRunner().invoke(cli, ["serve", "--db", str(store), "--host", "no-such-host.invalid", "--port", "0"])
    assert result.exit_code == 1, result.output
    assert "cannot listen on no-such-host.invalid" in result.output
