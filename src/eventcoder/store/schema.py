"""The store's tables (SQLAlchemy Core), identical on SQLite and PostgreSQL.

    documents      one row per ingested document (originals and near-duplicate copies)
    doc_bands      MinHash LSH band keys of the original documents, for near-duplicate lookup
    events         one canonical event per real-world event (ACLED columns, derived from its sources)
    event_sources  one row per EventRecord coded from one document, with that document's own
                   figures and evidence, the event it supports and why it was attached
    id_counters    the last number of the ACLED-style event id of each country
    schema_migrations  the applied migrations (see :mod:`eventcoder.store.migrations`)
    watch_feeds    a watched feed: conditional-request validators, schedule, health (eventcoder watch)
    watch_items    an entry seen on a watched feed: its article, what became of it
    watch_alerts   one delivery of one alert (rule, event, toll) to a webhook or an outbox
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    text,
)

__all__ = ["EVENT_COLUMNS", "doc_bands", "id_counters", "documents", "event_sources", "events", "metadata", "schema_migrations",
           "watch_alerts", "watch_feeds", "watch_items"]

metadata = MetaData()

schema_migrations = Table(
    "schema_migrations",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("name", String(200), nullable=False),
    Column("applied_at", String(40), nullable=False),
)

documents = Table(
    "documents",
    metadata,
    Column("id", String(40), primary_key=True),
    # The original this document copies (itself for an original): the document cluster.
    Column("cluster_id", String(40), nullable=False, index=True),
    Column("status", String(20), nullable=False),  # "original" or "near-duplicate"
    Column("similarity", Float),  # estimated Jaccard with cluster_id, for copies
    Column("title", Text),
    Column("source", Text),
    Column("url", Text),
    Column("author", Text),
    Column("published", String(10)),
    Column("input_ref", Text),
    Column("input_format", String(20)),
    Column("language", String(20)),
    Column("text", Text, nullable=False),
    Column("n_shingles", Integer, nullable=False),
    Column("minhash", LargeBinary, nullable=False),
    Column("n_records", Integer, nullable=False),
    Column("rejected", Text),
    Column("meta", Text),  # JSON
    Column("ingested_at", String(40), nullable=False),
)

# The last number given to an event of each country prefix (ACLED-style ids such as SYR12).
id_counters = Table(
    "id_counters",
    metadata,
    Column("prefix", String(8), primary_key=True),
    Column("last", BigInteger, nullable=False),
)

doc_bands = Table(
    "doc_bands",
    metadata,
    Column("band_key", String(40), nullable=False),
    Column("document_id", String(40), ForeignKey("documents.id"), nullable=False),
    Index("ix_doc_bands_key", "band_key"),
)

# The ACLED columns, then eventcoder's own (model.ACLED_COLUMNS + EXTRA_COLUMNS), as stored.
_ACLED_TYPES: dict[str, Any] = {
    "event_id_cnty": String(40), "event_date": String(10), "year": Integer, "time_precision": Integer,
    "disorder_type": String(60), "event_type": String(60), "sub_event_type": String(60), "actor1": Text,
    "assoc_actor_1": Text, "inter1": String(40), "actor2": Text, "assoc_actor_2": Text, "inter2": String(40),
    "interaction": String(100), "civilian_targeting": String(40), "iso": Integer, "region": String(100),
    "country": String(100), "admin1": String(200), "admin2": String(200), "admin3": String(200),
    "location": Text, "latitude": Float, "longitude": Float, "geo_precision": Integer, "source": Text,
    "source_scale": Text, "notes": Text, "fatalities": Integer, "tags": Text, "timestamp": BigInteger,
    "injuries": Integer, "fatalities_low": Integer, "fatalities_high": Integer, "fatalities_split": Boolean,
    "civilian_fatalities": Integer, "attacker_fatalities": Integer, "confidence": Float, "hedged": Boolean,
    "document_id": String(40), "geonameid": BigInteger,
}
EVENT_COLUMNS: tuple[str, ...] = tuple(_ACLED_TYPES)

events = Table(
    "events",
    metadata,
    Column("id", String(40), primary_key=True),
    *(Column(name, type_, nullable=name != "fatalities") for name, type_ in _ACLED_TYPES.items()),
    Column("n_sources", Integer, nullable=False),  # independent document clusters supporting it
    # Some source is vague about the date (week, month, none): the event may match over a wider window.
    Column("vague", Boolean),
    # Some source is placed in time by nothing (no date, weekday or publication date: merge.untimed): it fits an
    # incident of its place of any year, so a dated report there looks the event up whatever its date (migration 5).
    Column("untimed", Boolean),
    Column("merge_info", Text),  # JSON: how the canonical fields were chosen
    Column("created_at", String(40), nullable=False),
    Column("updated_at", String(40), nullable=False),
    Index("ix_events_event_id_cnty", "event_id_cnty", unique=True),
    # Date range + bounding box is the hot query: the planner picks whichever is more selective.
    Index("ix_events_date_lat_lon", "event_date", "latitude", "longitude"),
    Index("ix_events_lat_lon", "latitude", "longitude"),
    Index("ix_events_country_date", "country", "event_date"),
    # The web dashboard's map grid, timeline and statistics read only these columns: a covering
    # index scan instead of a table lookup per event (migration 4).
    Index("ix_events_dashboard", "event_date", "latitude", "longitude", "fatalities", "event_type",
          "sub_event_type", "country", "admin1"),
    # Candidate lookup when storing: covers the type, date and box tests, so no table row is read.
    Index("ix_events_type_date_geo", "event_type", "event_date", "latitude", "longitude", "geo_precision"),
    # The same for the few events with a vague source, which match over wider windows.
    Index("ix_events_type_vague_date_geo", "event_type", "vague", "event_date", "latitude", "longitude",
          "geo_precision"),
    # The same for the few events with an untimed source, looked up at any date: a partial index of those events
    # only (a full one is skipped by the planner for the type list and the box's OR, and every lookup scanned).
    Index("ix_events_type_untimed_geo", "event_type", "latitude", "longitude", "geo_precision",
          sqlite_where=text("untimed = 1"), postgresql_where=text("untimed = true")),
)

event_sources = Table(
    "event_sources",
    metadata,
    Column("document_id", String(40), ForeignKey("documents.id"), primary_key=True),
    Column("record_index", Integer, primary_key=True, autoincrement=False),
    # NULL for a record of a near-duplicate copy that matched none of its original's events.
    # No foreign key: the canonical event is derived from its sources, so it is (re)written after them.
    Column("event_id", String(40), index=True),
    Column("role", String(20), nullable=False),  # "origin", "merged", "copy", "unmatched-copy", "detached"
    Column("cluster_id", String(40), nullable=False),  # the document cluster of document_id
    Column("event_type", String(60)),
    Column("event_date", String(10)),
    Column("fatalities", Integer),
    Column("injuries", Integer),
    Column("record", Text, nullable=False),  # JSON: the full EventRecord with its evidence
    Column("reason", Text),  # JSON: why it was attached to event_id
    Column("added_at", String(40), nullable=False),
    # JSON: what the document says around the record beyond its fields (dedup.profile; migration 2)
    Column("profile", Text),
)

# Live monitoring (eventcoder watch, migration 3). Times are epoch seconds (floats): they schedule polls.
watch_feeds = Table(
    "watch_feeds",
    metadata,
    Column("url", String(2000), primary_key=True),
    Column("title", Text),
    Column("etag", Text),  # validators of the last 200 response, sent back for a conditional request
    Column("last_modified", Text),
    Column("added_at", Float, nullable=False),
    Column("last_polled_at", Float),
    Column("last_ok_at", Float),
    Column("next_poll_at", Float),
    Column("last_status", Integer),  # HTTP status of the last poll (None: no response)
    Column("last_error", Text),
    Column("failures", Integer, nullable=False),  # failed polls in a row (0 when healthy)
    Column("polls", Integer, nullable=False),
    Column("errors", Integer, nullable=False),
)

watch_items = Table(
    "watch_items",
    metadata,
    Column("feed_url", String(2000), primary_key=True),
    Column("item_key", String(40), primary_key=True),  # sha1 of the entry's id, else its link, else its text
    Column("url", Text),  # the article page (None: the entry has no link; its own text is coded)
    Column("url_hash", String(40), index=True),  # sha1 of url: the same article listed by two feeds is fetched once
    Column("title", Text),
    Column("entry_id", Text),
    Column("updated", Text),  # the entry's updated/published stamp: a new stamp means a new version to fetch
    Column("published", String(10)),
    Column("entry_text", Text),  # the entry's own text (HTML), for entries coded without their page
    Column("status", String(20), nullable=False),  # pending, stored, duplicate, failed, blocked, skipped
    Column("attempts", Integer, nullable=False),
    Column("versions", Integer, nullable=False),
    Column("first_seen_at", Float, nullable=False),
    Column("next_try_at", Float),
    Column("done_at", Float),
    Column("document_id", String(40)),
    Column("n_events", Integer),
    Column("error", Text),
    Index("ix_watch_items_status", "status", "feed_url"),
)

watch_alerts = Table(
    "watch_alerts",
    metadata,
    Column("id", String(40), primary_key=True),  # sha1 of rule, event, kind, toll and sink: stable, for receivers
    Column("rule", String(200), nullable=False),
    Column("event_id", String(40), nullable=False),
    Column("kind", String(20), nullable=False),  # "new" or "update"
    Column("fatalities", Integer),
    Column("previous_fatalities", Integer),
    Column("sink", String(20), nullable=False),  # "webhook" or "outbox"
    Column("target", Text, nullable=False),  # the webhook URL or the outbox path
    Column("payload", Text, nullable=False),  # JSON, exactly what is delivered
    Column("status", String(20), nullable=False),  # pending, delivered, failed
    Column("attempts", Integer, nullable=False),
    Column("next_try_at", Float),
    Column("created_at", Float, nullable=False),
    Column("delivered_at", Float),
    Column("error", Text),
    Index("ix_watch_alerts_rule_event", "rule", "event_id"),
    Index("ix_watch_alerts_status", "status"),
)
