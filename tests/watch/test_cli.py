"""``eventcoder watch`` and ``eventcoder watch --status`` through the command line; every option documented."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import Engine

from eventcoder import api
from eventcoder.cli import cli
from eventcoder.cli.watch import watch_command
from eventcoder.watch.timing import ManualClock

from ._server import Item, LocalServer, Reply, page, rss
from .conftest import make_config, run_watch

ROOT = Path(__file__).resolve().parents[2]


def test_cli_status_after_a_run(server: LocalServer, engine: Engine, clock: ManualClock, db_path: Path) -> None:
    server.route("/feed.xml", Reply(body=rss([])))
    server.route("/down.xml", Reply(500, b"oops"))
    run_watch(make_config([server.url("/feed.xml"), server.url("/down.xml")]), engine, clock)
    result = CliRunner().invoke(cli, ["watch", "--status", "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    assert "/feed.xml" in result.output and "failing" in result.output and "HTTP 500" in result.output
    result = CliRunner().invoke(cli, ["watch", "--status", "--json", "--db", str(db_path)])
    data = json.loads(result.output)
    states = {f["url"]: f["state"] for f in data["feeds"]}
    assert states == {server.url("/feed.xml"): "ok", server.url("/down.xml"): "failing"}


def test_cli_usage_errors(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["watch", "--once", "--db", str(tmp_path / "s.sqlite")])
    assert result.exit_code == 1 and "no feed to watch" in result.output
    bad = tmp_path / "feeds.toml"
    bad.write_text('[[feed]]\nurl = "http://127.0.0.1:9/x"\nevery = 5\n')
    result = runner.invoke(cli, ["watch", "--config", str(bad), "--once"])
    assert result.exit_code == 1 and "unknown key 'every'" in result.output
    result = runner.invoke(cli, ["watch", "--status", "--db", str(tmp_path / "none.sqlite")])
    assert result.exit_code == 1 and "no event store there" in result.output
    result = runner.invoke(cli, ["watch", "http://127.0.0.1:9/x", "--interval", "0"])
    assert result.exit_code == 2


@pytest.mark.slow
def test_cli_watch_once_with_the_real_pipeline(server: LocalServer, tmp_path: Path) -> None:
    """A synthetic report, fetched and coded by the real pipeline (model, gazetteer) end to end."""
    server.route("/a.html", Reply(body=page(
        "Nine soldiers killed in attack on base in northeast Nigeria",
        "Militants attacked a military base near Gwoza in Borno state on Monday, killing nine soldiers, the army "
        "said in a statement.", "Residents said the fighting lasted for several hours before the attackers withdrew.",
        date="2024-03-05"), headers={"Content-Type": "text/html; charset=utf-8"}))
    server.route("/feed.xml", Reply(body=rss([Item("a", "Nine soldiers killed in attack on base in northeast Nigeria",
                                                   server.url("/a.html"))])))
    db = tmp_path / "store.sqlite"
    outbox = tmp_path / "alerts.jsonl"
    config = tmp_path / "feeds.toml"
    config.write_text(f'[watch]\nrobots = false\nhost_delay = 0\n\n[alerts]\noutbox = "{outbox}"\n\n'
                      '[[alert]]\nname = "nigeria"\ncountry = "Nigeria"\nmin_fatalities = 5\n')
    result = CliRunner().invoke(cli, ["watch", server.url("/feed.xml"), "--config", str(config), "--db", str(db),
                                      "--once", "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output.strip().splitlines()[-1])
    assert summary["items_stored"] == 1 and summary["events_new"] >= 1 and summary["alerts_delivered"] == 1
    [alert] = [json.loads(line) for line in outbox.read_text().splitlines()]
    assert alert["event"]["country"] == "Nigeria" and alert["event"]["fatalities"] == 9
    [event] = api.query_events(db=str(db))
    assert event["admin1"] == "Borno" and event["sources"][0]["url"] == server.url("/a.html")


def test_cli_every_watch_option_is_documented() -> None:
    doc = (ROOT / "docs" / "watch.md").read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for param in watch_command.params:
        for opt in getattr(param, "opts", []):
            if opt.startswith("-"):
                assert f"`{opt}" in doc or re.search(rf"`[^`]*{re.escape(opt)}\b", doc), opt
    assert "FEED_URL" in doc and "`eventcoder watch" in readme and "--status" in readme
