"""Alert rules over stored events, and their deliveries (table ``watch_alerts``, migration 3).

After an article is stored, each event it supports is checked against every rule, in the same
transaction as the article: an alert is recorded before it is sent, so it is never lost and
never created twice. One alert per (rule, event): kind ``new`` when the event's first report
matches, ``update`` when a later report makes it match (its toll rose past the threshold) or,
with ``updates = true``, raises the toll of an alerted event further.

Each alert is delivered to the rule's webhook (POST JSON, retried with backoff) and/or outbox
(one JSON line appended). Delivery is at least once: a receiver that must not see an alert
twice keys on ``alert_id``.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, func, insert, select, update

from eventcoder.store.schema import documents, event_sources, events, watch_alerts
from eventcoder.watch.config import AlertRule, AlertsSettings
from eventcoder.watch.feed import key_of

__all__ = ["Alert", "alert_counts", "create_alerts", "mark_alert", "pending_alerts", "rule_matches", "write_outbox"]

EVENT_FIELDS = ("event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "actor2",
                "assoc_actor_2", "country", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision",
                "fatalities", "fatalities_low", "fatalities_high", "injuries", "source", "notes", "n_sources")
_ACTOR_FIELDS = ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2")
_MAX_SOURCES = 10


@dataclass
class Alert:
    """One delivery of one alert, as stored."""

    id: str
    rule: str
    event_id: str
    kind: str
    sink: str  # "webhook" or "outbox"
    target: str
    payload: str
    attempts: int = 0
    next_try_at: float = 0.0


def _fold(value: Any) -> str:
    return str(value or "").casefold().strip()


def rule_matches(rule: AlertRule, event: dict[str, Any]) -> bool:
    """True when ``event`` passes every filter of ``rule`` (the toll threshold aside)."""
    if rule.country and _fold(event.get("country")) not in {_fold(c) for c in rule.country}:
        return False
    if rule.admin1 and _fold(event.get("admin1")) not in {_fold(a) for a in rule.admin1}:
        return False
    if rule.event_type:
        wanted = {_fold(t) for t in rule.event_type}
        if _fold(event.get("event_type")) not in wanted and _fold(event.get("sub_event_type")) not in wanted:
            return False
    if rule.actor:
        names = " | ".join(_fold(event.get(f)) for f in _ACTOR_FIELDS)
        if not any(_fold(a) in names for a in rule.actor):
            return False
    return True


def _sinks(rule: AlertRule, settings: AlertsSettings) -> list[tuple[str, str]]:
    webhook = rule.webhook or (None if rule.outbox else settings.webhook)
    outbox = rule.outbox or (None if rule.webhook else settings.outbox)
    return [(sink, target) for sink, target in (("webhook", webhook), ("outbox", outbox)) if target]


def create_alerts(conn: Connection, rules: tuple[AlertRule, ...], settings: AlertsSettings, document_id: str,
                  now: float) -> list[Alert]:
    """Record the alerts the events supported by ``document_id`` call for (inside the storing transaction)."""
    if not rules:
        return []
    event_ids = sorted(set(conn.execute(
        select(event_sources.c.event_id).where(event_sources.c.document_id == document_id,
                                               event_sources.c.event_id.is_not(None))).scalars()))
    if not event_ids:
        return []
    cols = [events.c.id, *(events.c[f] for f in EVENT_FIELDS)]
    out: list[Alert] = []
    for row in conn.execute(select(*cols).where(events.c.id.in_(event_ids)).order_by(events.c.id)):
        event = dict(row._mapping)
        for rule in rules:
            out += _alerts_for(conn, rule, settings, event, document_id, now)
    return out


def _reported_before(conn: Connection, event_id: str, document_id: str) -> bool:
    return conn.execute(select(event_sources.c.document_id).where(
        event_sources.c.event_id == event_id, event_sources.c.document_id != document_id).limit(1)).first() is not None


def _alerts_for(conn: Connection, rule: AlertRule, settings: AlertsSettings, event: dict[str, Any],
                document_id: str, now: float) -> list[Alert]:
    toll = event.get("fatalities")
    if not rule_matches(rule, event) or (toll or 0) < rule.min_fatalities:
        return []
    sent, highest = conn.execute(
        select(func.count(), func.max(watch_alerts.c.fatalities))
        .where(watch_alerts.c.rule == rule.name, watch_alerts.c.event_id == event["id"])).one()
    if not sent:
        # First alert for this event: "new" when this document first reported it, "update" when an earlier
        # report did (this one made it match: its toll rose past the threshold).
        kind = "update" if _reported_before(conn, event["id"], document_id) else "new"
    elif rule.updates and (toll or 0) > (highest or 0):
        kind = "update"
    else:
        return []
    payload = {"rule": rule.name, "kind": kind, "event": _event_payload(conn, event),
               "previous_fatalities": highest if sent else None,
               "threshold": rule.min_fatalities, "created_at": _iso(now)}
    alerts = []
    for sink, target in _sinks(rule, settings):
        alert_id = key_of(f"{rule.name}\n{event['id']}\n{kind}\n{toll}\n{sink}\n{target}")
        body = json.dumps({"alert_id": alert_id, **payload}, ensure_ascii=False, sort_keys=True, default=str)
        alert = Alert(alert_id, rule.name, event["id"], kind, sink, target, body, 0, now)
        conn.execute(insert(watch_alerts).values(
            id=alert_id, rule=rule.name, event_id=event["id"], kind=kind, fatalities=toll,
            previous_fatalities=highest if sent else None, sink=sink, target=target, payload=body, status="pending",
            attempts=0, next_try_at=now, created_at=now))
        alerts.append(alert)
    return alerts


def _event_payload(conn: Connection, event: dict[str, Any]) -> dict[str, Any]:
    sources = conn.execute(
        select(documents.c.url, documents.c.title, documents.c.source, documents.c.published).distinct()
        .join(event_sources, event_sources.c.document_id == documents.c.id)
        .where(event_sources.c.event_id == event["id"]).order_by(documents.c.published, documents.c.url)
        .limit(_MAX_SOURCES))
    return {**event, "sources": [dict(r._mapping) for r in sources]}


def _iso(ts: float) -> str:
    return dt.datetime.fromtimestamp(ts, dt.UTC).isoformat(timespec="seconds")


def write_outbox(path: str, payload: str) -> None:
    """Append one alert as a JSON line (the folder is created when missing)."""
    p = Path(path).expanduser()
    p.parent.mkdir(parents=True, exist_ok=True)
    with p.open("a", encoding="utf-8") as fh:
        fh.write(payload + "\n")


def pending_alerts(conn: Connection) -> list[Alert]:
    """Deliveries still to be made, oldest first."""
    c = watch_alerts.c
    rows = conn.execute(select(c.id, c.rule, c.event_id, c.kind, c.sink, c.target, c.payload, c.attempts,
                               c.next_try_at).where(c.status == "pending").order_by(c.created_at, c.id))
    return [Alert(r.id, r.rule, r.event_id, r.kind, r.sink, r.target, r.payload, r.attempts, r.next_try_at or 0.0)
            for r in rows]


def mark_alert(conn: Connection, alert: Alert, status: str, now: float, *, error: str | None = None) -> None:
    """Record a delivery's outcome: delivered, failed, or pending with the next try at ``alert.next_try_at``."""
    values: dict[str, Any] = {"status": status, "attempts": alert.attempts, "error": error,
                              "next_try_at": alert.next_try_at if status == "pending" else None}
    if status == "delivered":
        values["delivered_at"] = now
    conn.execute(update(watch_alerts).where(watch_alerts.c.id == alert.id).values(**values))


def alert_counts(conn: Connection) -> dict[str, int]:
    """Deliveries by status."""
    return {str(s): int(n) for s, n in conn.execute(
        select(watch_alerts.c.status, func.count()).group_by(watch_alerts.c.status))}
