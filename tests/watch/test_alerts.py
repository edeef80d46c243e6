"""Alert rules: matching, one alert per event, update alerts when the toll rises, webhook retries, outbox."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import Engine, select

from eventcoder.store.schema import watch_alerts
from eventcoder.watch.alerts import rule_matches
from eventcoder.watch.config import AlertRule
from eventcoder.watch.timing import ManualClock

from ._server import FILLER, Item, LocalServer, Reply, atom, incident, page
from .conftest import make_config, run_watch

_EVENT = {"country": "Nigeria", "admin1": "Borno", "event_type": "Battles", "sub_event_type": "Armed clash",
          "actor1": "Boko Haram - JAS", "actor2": "Military Forces of Nigeria (2015-2023)", "assoc_actor_1": None,
          "assoc_actor_2": None, "fatalities": 7}


def test_rule_matches_every_filter_any_value() -> None:
    assert rule_matches(AlertRule("all"), _EVENT)
    assert rule_matches(AlertRule("c", country=("nigeria", "Niger"), admin1=("BORNO",)), _EVENT)
    assert rule_matches(AlertRule("t", event_type=("armed clash",)), _EVENT)  # a sub-event type works too
    assert rule_matches(AlertRule("a", actor=("boko haram",)), _EVENT)
    assert not rule_matches(AlertRule("c", country=("Mali",)), _EVENT)
    assert not rule_matches(AlertRule("t", event_type=("Protests",)), _EVENT)
    assert not rule_matches(AlertRule("a", actor=("Wagner",)), _EVENT)
    assert not rule_matches(AlertRule("both", country=("Nigeria",), admin1=("Yobe",)), _EVENT)


def _story(server: LocalServer, killed: int, stamp: str, extra: str = "") -> None:
    paragraphs = [incident("Gwoza", "2024-03-01", killed), FILLER, FILLER.replace("weather", "harvest")]
    if extra:
        paragraphs.append(extra)
    server.route("/story.html", Reply(body=page("Synthetic clash in Gwoza", *paragraphs),
                                      headers={"Content-Type": "text/html"}))
    server.route("/atom.xml", Reply(body=atom([Item("story", "Synthetic clash in Gwoza", server.url("/story.html"),
                                                    updated=stamp)])))


def _alerts(engine: Engine) -> list[dict[str, object]]:
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(select(watch_alerts).order_by(watch_alerts.c.created_at))]


def test_webhook_that_fails_twice_is_retried_until_it_accepts(server: LocalServer, engine: Engine,
                                                              clock: ManualClock) -> None:
    answers = iter([500, 503, 200])
    server.route("/hook", lambda _req: Reply(next(answers), b"{}"))
    _story(server, 7, "2024-03-02T08:00:00Z")
    config = make_config([server.url("/atom.xml")], alerts={"webhook": server.url("/hook"), "attempts": 5},
                         rules=[{"name": "borno", "country": "Nigeria", "admin1": "Borno", "min_fatalities": 5}])
    start = clock.time()
    summary = run_watch(config, engine, clock)
    posts = server.hits("/hook", "POST")
    assert len(posts) == 3 and summary.alerts_delivered == 1 and summary.alerts_retried == 2
    assert clock.time() - start >= 5.0  # it waited (on the manual clock) for the backoff between tries
    bodies = [json.loads(p.body) for p in posts]
    assert all(b == bodies[0] for b in bodies)  # the same alert, the same id, each time
    alert = bodies[0]
    assert alert["rule"] == "borno" and alert["kind"] == "new" and alert["event"]["fatalities"] == 7
    assert alert["event"]["country"] == "Nigeria" and alert["event"]["sources"][0]["url"] == server.url("/story.html")
    assert posts[0].headers["content-type"] == "application/json"
    [row] = _alerts(engine)
    assert row["status"] == "delivered" and row["attempts"] == 3
    clock.advance(120)
    run_watch(config, engine, clock)
    assert len(server.hits("/hook", "POST")) == 3  # once per event: nothing new, nothing sent


def test_outbox_and_update_alert_when_the_toll_rises_past_the_threshold(server: LocalServer, engine: Engine,
                                                                        clock: ManualClock, tmp_path: Path) -> None:
    outbox = tmp_path / "alerts" / "out.jsonl"
    config = make_config([server.url("/atom.xml")], alerts={"outbox": str(outbox)},
                         rules=[{"name": "deadly", "min_fatalities": 10}, {"name": "any-clash",
                                                                           "event_type": "Battles", "updates": False}])
    _story(server, 5, "2024-03-02T08:00:00Z")
    run_watch(config, engine, clock)
    lines = [json.loads(line) for line in outbox.read_text().splitlines()]
    assert [(a["rule"], a["kind"]) for a in lines] == [("any-clash", "new")]  # 5 is below the 'deadly' threshold
    _story(server, 12, "2024-03-02T11:00:00Z", "The toll was revised upwards.")
    clock.advance(120)
    run_watch(config, engine, clock)
    lines = [json.loads(line) for line in outbox.read_text().splitlines()]
    assert [(a["rule"], a["kind"]) for a in lines] == [("any-clash", "new"), ("deadly", "update")]
    assert lines[1]["event"]["fatalities"] == 12 and lines[1]["threshold"] == 10
    _story(server, 15, "2024-03-02T14:00:00Z", "The toll was revised upwards again today.")
    clock.advance(120)
    run_watch(config, engine, clock)
    lines = [json.loads(line) for line in outbox.read_text().splitlines()]
    assert [(a["rule"], a["kind"], a["previous_fatalities"]) for a in lines[2:]] == [("deadly", "update", 12)]
    assert {r["status"] for r in _alerts(engine)} == {"delivered"}


def test_webhook_down_is_given_up_after_its_attempts(server: LocalServer, engine: Engine, clock: ManualClock) -> None:
    server.route("/hook", Reply(500, b"down"))
    _story(server, 7, "2024-03-02T08:00:00Z")
    config = make_config([server.url("/atom.xml")], alerts={"webhook": server.url("/hook"), "attempts": 3},
                         rules=[{"name": "any"}])
    summary = run_watch(config, engine, clock)
    assert summary.alerts_failed == 1 and len(server.hits("/hook", "POST")) == 3
    [row] = _alerts(engine)
    assert row["status"] == "failed" and "HTTP 500" in str(row["error"])


def test_pending_alert_is_delivered_after_a_restart(server: LocalServer, engine: Engine, clock: ManualClock) -> None:
    _story(server, 7, "2024-03-02T08:00:00Z")
    config = make_config([server.url("/atom.xml")], alerts={"webhook": server.url("/hook"), "attempts": 5},
                         rules=[{"name": "any"}])
    server.route("/hook", Reply(500, b"down"))
    run_watch(config, engine, clock, once=False, until=clock.time() + 4)  # stopped before its retries ran out
    assert _alerts(engine)[0]["status"] == "pending"
    server.route("/hook", Reply(204))
    clock.advance(3600)
    summary = run_watch(config, engine, clock)
    assert summary.alerts_delivered == 1 and _alerts(engine)[0]["status"] == "delivered"
