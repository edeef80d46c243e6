"""Storing one document: near-duplicate check, event matching, canonical refresh, in one transaction.

Called inside :func:`eventcoder.store.db.write_transaction`, so each document is stored
whole or not at all, and the decisions about what is new are serialised across processes.

Roles of a record in ``event_sources``: ``origin`` (it created the event), ``merged`` (a
different report of the same event), ``copy`` (a near-duplicate copy of a supporting report:
shown as a source, not counted as independent), ``unmatched-copy`` (a record of a copy that
matched none of its original's events: kept, attached to nothing, so one text never adds an
event twice), ``detached`` (moved out of an event by :func:`detach`).
"""

from __future__ import annotations

import copy
import hashlib
import json
import time
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Table, bindparam, delete, insert, select, update

from eventcoder.dedup.canonical import SourceRecord, canonical_event, id_prefix, new_event_id
from eventcoder.dedup.linkage import AMBIGUITY_MARGIN, Group, Plan, compared_records, is_vague, is_vague_date, plan
from eventcoder.dedup.merge import MergeRules, assess, record_key, untimed
from eventcoder.dedup.neardup import NearDupRules, Sketch, band_keys, containment, jaccard, sketch
from eventcoder.dedup.profile import Profile, profiles
from eventcoder.errors import StoreError
from eventcoder.model import Document, EventRecord
from eventcoder.store.candidates import candidates
from eventcoder.store.schema import EVENT_COLUMNS, doc_bands, documents, event_sources, events, id_counters

__all__ = ["DocOutcome", "add_document", "detach", "load_sources", "refresh_event", "reposted_id", "storage_id"]

SUPPORTING = ("origin", "merged", "copy", "detached")
# How much better (in score points) a report must fit another event to move there.
_REHOME_MARGIN = 0.5


@dataclass
class DocOutcome:
    """What storing one document did."""

    document_id: str
    status: str  # "original", "near-duplicate", "duplicate"
    near_of: str | None = None
    similarity: float | None = None
    events_new: int = 0
    events_merged: int = 0
    records_copied: int = 0
    events_split: int = 0
    events_joined: int = 0


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, default=str)


_NEAR_CANDIDATES = select(documents.c.id, documents.c.cluster_id, documents.c.minhash, documents.c.n_shingles).where(
    documents.c.id.in_(select(doc_bands.c.document_id).where(doc_bands.c.band_key.in_(bindparam("keys", expanding=True))))
)


def _find_near_duplicate(conn: Connection, sk: Sketch, keys: list[str],
                         rules: NearDupRules) -> tuple[str, str, float] | None:
    if not keys:
        return None
    cand = conn.execute(_NEAR_CANDIDATES, {"keys": keys}).all()
    best: tuple[float, str, str] | None = None
    for row in cand:
        other = Sketch.from_bytes(row.minhash, row.n_shingles)
        j = jaccard(sk, other)
        c = containment(sk, other)
        long_enough = min(sk.n_shingles, other.n_shingles) >= rules.min_shingles_for_containment
        if j >= rules.min_jaccard or (long_enough and c >= rules.min_containment):
            sim = max(j, c if long_enough else 0.0)
            if best is None or (sim, row.id) > (best[0], best[2]):
                best = (sim, row.cluster_id, row.id)
    return (best[1], best[2], best[0]) if best else None


_LOAD_SOURCES = (
    select(event_sources.c.event_id, event_sources.c.document_id, event_sources.c.record_index,
           event_sources.c.cluster_id, event_sources.c.role, event_sources.c.record, event_sources.c.profile,
           documents.c.source, documents.c.published)
    .join(documents, documents.c.id == event_sources.c.document_id)
    .where(event_sources.c.event_id.in_(bindparam("ids", expanding=True)), event_sources.c.role.in_(SUPPORTING))
    .order_by(event_sources.c.document_id, event_sources.c.record_index)
)


def load_sources(conn: Connection, event_ids: list[str]) -> dict[str, list[SourceRecord]]:
    """The supporting records of each event, with their document's outlet and date."""
    out: dict[str, list[SourceRecord]] = defaultdict(list)
    if not event_ids:
        return out
    for r in conn.execute(_LOAD_SOURCES, {"ids": list(event_ids)}):
        rec = EventRecord.from_dict(json.loads(r.record))
        prof = Profile.from_dict(json.loads(r.profile)) if r.profile else Profile.of(rec)
        out[r.event_id].append(SourceRecord(rec, r.document_id, r.record_index, r.cluster_id, r.role, r.source,
                                            r.published, prof))
    return out


_NO_COUNTRY = id_prefix(None, None)  # the prefix of an event created with no country

# Statements built once: building a statement with ~50 columns costs more than running it.
_EVENT_CNTY = select(events.c.event_id_cnty).where(events.c.id == bindparam("ev_id"))
_DELETE_EVENT = delete(events).where(events.c.id == bindparam("ev_id"))
_UPDATE_EVENT = update(events).where(events.c.id == bindparam("ev_id"))
_INSERT_EVENT = insert(events)
_INSERT_DOCUMENT = insert(documents)
_MOVE_SOURCE = update(event_sources).where(event_sources.c.document_id == bindparam("doc"),
                                           event_sources.c.record_index == bindparam("idx"))


def refresh_event(conn: Connection, event_id: str, sources: list[SourceRecord] | None = None, *,
                  new: bool = False, pending: list[dict[str, Any]] | None = None) -> None:
    """Recompute the canonical event from its sources (delete it when none is left).

    ``sources`` saves reloading them when the caller has them; ``new`` says no row exists yet;
    with ``pending``, a new row is queued there for one bulk insert instead of written.
    """
    if sources is None:
        sources = load_sources(conn, [event_id]).get(event_id, [])
    existing = None if new else conn.execute(_EVENT_CNTY, {"ev_id": event_id}).first()
    if not sources:
        if existing:
            conn.execute(_DELETE_EVENT, {"ev_id": event_id})
        return
    now = _now()
    row = canonical_event(sources, event_id=event_id, assigned_id_cnty=existing[0] if existing else None,
                          timestamp=int(time.time()))
    values = {k: row.get(k) for k in EVENT_COLUMNS}
    values.update(n_sources=row["n_sources"], merge_info=_dumps(row["merge_info"]), updated_at=now,
                  vague=any(is_vague_date(s.record, s.profile) for s in sources),
                  untimed=any(untimed(s.record, s.profile) for s in sources))
    if existing:
        prefix = id_prefix(row.get("country"), row.get("iso"))
        if (existing[0] or "").startswith(_NO_COUNTRY) and prefix != _NO_COUNTRY:
            # An id is fixed at creation (ACLED), but XXX is no country's: the first report that places the event
            # in a country gives it that country's next number.
            values["event_id_cnty"] = _next_id(conn, prefix)
        else:
            del values["event_id_cnty"]
        conn.execute(_UPDATE_EVENT, {"ev_id": event_id, **values})
    else:
        values["event_id_cnty"] = _next_id(conn, id_prefix(row.get("country"), row.get("iso")))
        if pending is not None:
            pending.append({"id": event_id, "created_at": now, **values})
        else:
            conn.execute(_INSERT_EVENT, {"id": event_id, "created_at": now, **values})


_GET_COUNTER = select(id_counters.c.last).where(id_counters.c.prefix == bindparam("p"))
_SET_COUNTER = update(id_counters).where(id_counters.c.prefix == bindparam("p"))


def _counters(conn: Connection) -> tuple[dict[str, int], set[str]]:
    # Counters read once per transaction: no other process can change them while we hold the lock.
    key = id(conn.get_transaction())
    cached = conn.info.get("eventcoder_counters")
    if cached is None or cached[0] != key:
        cached = (key, {}, set())
        conn.info["eventcoder_counters"] = cached
    return cached[1], cached[2]


def _next_id(conn: Connection, prefix: str) -> str:
    """The next ACLED-style id of ``prefix`` (safe: every write holds the store's write lock)."""
    counters, dirty = _counters(conn)
    last = counters.get(prefix)
    if last is None:
        last = conn.execute(_GET_COUNTER, {"p": prefix}).scalar() or 0
    counters[prefix] = last + 1
    dirty.add(prefix)
    return f"{prefix}{last + 1}"


def _flush_counters(conn: Connection) -> None:
    """Write the counters ``_next_id`` advanced (an upsert: the row may not exist yet)."""
    counters, dirty = _counters(conn)
    for prefix in sorted(dirty):
        if conn.execute(_SET_COUNTER, {"p": prefix, "last": counters[prefix]}).rowcount == 0:
            conn.execute(insert(id_counters), {"prefix": prefix, "last": counters[prefix]})
    dirty.clear()


def _insert_many(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert rows that all have the same keys; on SQLite straight through the driver.

    SQLAlchemy's per-row parameter processing costs more than SQLite's insert itself; the
    values here are plain str/int/float/bool/bytes/None, which sqlite3 takes as they are.
    """
    if not rows:
        return
    if conn.dialect.name != "sqlite":
        conn.execute(insert(table), rows)
        return
    cols = list(rows[0])
    sql = f"INSERT INTO {table.name} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
    conn.exec_driver_sql(sql, [tuple(r[c] for c in cols) for r in rows])


def _source_row(doc: Document, cluster: str, index: int, rec: EventRecord, event_id: str | None, role: str,
                reason: dict[str, Any] | None, pending: list[dict[str, Any]], prof: Profile) -> SourceRecord:
    """Queue one event_sources row (written by ``_flush_sources``) and return it as a SourceRecord."""
    pending.append({
        "document_id": doc.id, "record_index": index, "event_id": event_id, "role": role, "cluster_id": cluster,
        "event_type": rec.event_type, "event_date": rec.event_date, "fatalities": rec.fatalities,
        "injuries": rec.injuries, "record": _dumps(rec.to_dict()), "reason": _dumps(reason) if reason else None,
        "added_at": _now(), "profile": _dumps(prof.to_dict()),
    })
    return SourceRecord(rec, doc.id, index, cluster, role, doc.source, doc.published, prof)


def _flush_sources(conn: Connection, pending: list[dict[str, Any]]) -> None:
    if pending:
        _insert_many(conn, event_sources, pending)  # one executemany for the document's records
        pending.clear()


def _fit(rec: EventRecord, prof: Profile, sources: list[SourceRecord], rules: MergeRules,
         lenient: bool = False) -> tuple[float, list[dict[str, Any]]] | None:
    """Complete linkage: the mean evidence if nothing in ``rec`` contradicts any source and it is enough, else None.

    Copies of one text (``lenient``) need no evidence beyond the absence of contradiction.
    """
    checks = []
    total = 0.0
    for s in sources:
        found = assess(rec, s.record, rules, lenient=lenient, pa=prof, pb=s.profile)
        if not found:
            return None
        total += found.score
        checks.append({"document_id": s.document_id, "record": s.record_index, "score": found.score,
                       "why": found.reasons})
    mean = total / max(1, len(sources))
    if not lenient and mean < rules.min_score:
        return None
    return (mean, checks)


_CopyMatch = dict[int, tuple[float, str, list[dict[str, Any]]]]


def _match_copy(conn: Connection, doc: Document, cluster: str, rules: MergeRules) -> _CopyMatch:
    """Match a near-duplicate's records to the events its cluster supports (leniently: same text)."""
    event_ids = list(conn.execute(
        select(event_sources.c.event_id).distinct()
        .where(event_sources.c.cluster_id == cluster, event_sources.c.role.in_(SUPPORTING),
               event_sources.c.event_id.is_not(None))
    ).scalars())
    sources = load_sources(conn, event_ids)
    options = []
    for i, (rec, prof) in enumerate(zip(doc.events, profiles(doc), strict=True)):
        for eid in sorted(event_ids):
            same_text = [s for s in sources.get(eid, []) if s.cluster_id == cluster]
            fit = _fit(rec, prof, same_text, rules, lenient=True)
            if fit is not None:
                options.append((fit[0], i, eid, fit[1]))
    return _match(options)


def _attach_copy_records(conn: Connection, doc: Document, cluster: str, near_of: str, sim: float,
                         chosen: _CopyMatch, out: DocOutcome) -> set[str]:
    pending: list[dict[str, Any]] = []
    for i, (rec, prof) in enumerate(zip(doc.events, profiles(doc), strict=True)):
        reason: dict[str, Any] = {"why": f"near-duplicate copy of {near_of} (similarity {sim:.2f})"}
        if i in chosen:
            _, eid, checks = chosen[i]
            reason["compared_with"] = checks
            _source_row(doc, cluster, i, rec, eid, "copy", reason, pending, prof)
            out.records_copied += 1
        else:
            reason["unmatched"] = "no event of the original matches this record; not added as a new event"
            _source_row(doc, cluster, i, rec, None, "unmatched-copy", reason, pending, prof)
    _flush_sources(conn, pending)
    return {eid for _, eid, _ in chosen.values()}


_Option = tuple[float, int, str, list[dict[str, Any]]]
def _match(options: list[_Option]) -> dict[int, tuple[float, str, list[dict[str, Any]]]]:
    """Best (score, record, event) pairs first, each record and each event once.

    A report's records are matched jointly, not in the order they were coded, and a document
    never supports one event twice.
    """
    chosen: dict[int, tuple[float, str, list[dict[str, Any]]]] = {}
    taken: set[str] = set()
    for sc, i, eid, checks in sorted(options, key=lambda o: (-o[0], o[1], o[2])):
        if i not in chosen and eid not in taken:
            chosen[i] = (sc, eid, checks)
            taken.add(eid)
    return chosen


_BACKGROUND = {"why": "recalled in passing (an earlier incident, background): adds no event and merges with none"}


def _reason(i: int, group: Group, doc_id: str, rules: MergeRules, result: Plan) -> dict[str, Any]:
    """Why record ``i`` of the new document is where the plan put it: each comparison with the group's sources."""
    if i in result.alone:
        return {"why": result.alone[i]}
    part = {"part_of_incident": result.parts[i]} if i in result.parts else {}
    me = next(s for s in group.members if s.document_id == doc_id and s.record_index == i)
    others = [s for s in group.members if s.cluster_id != me.cluster_id]
    if not others:
        return {"why": result.parts.get(i, "no stored event fits it")}
    found = result.assessments(me, others, rules)
    checks = [{"document_id": s.document_id, "record": s.record_index, "score": a.score, "why": a.reasons}
              for s, a in zip(others, found, strict=True)]
    mean = sum(a.score for a in found) / len(found)
    return {"why": "nothing contradicts any source of the event, and the evidence is enough",
            "score": round(mean, 3), "compared_with": checks, **part}


def _apply_plan(conn: Connection, doc: Document, profs: list[Profile], result: Plan, cache: dict[str, list[SourceRecord]],
                rules: MergeRules, out: DocOutcome) -> tuple[dict[int, str], set[str], set[str], set[str]]:
    """Write the plan: join stored events, queue the new records' rows. Returns placed, touched, created, joined."""
    placed: dict[int, str] = {}
    touched: set[str] = set()
    created: set[str] = set()
    joined: set[str] = set()
    pending: list[dict[str, Any]] = []
    for i, rec in enumerate(doc.events):
        if profs[i].background:
            _source_row(doc, doc.id, i, rec, None, "background", _BACKGROUND, pending, profs[i])
    for group in result.groups:
        if not group.new:
            continue
        target = group.key if group.stored else new_event_id(doc.id, group.new[0])
        for eid in group.stored:
            if eid != target:
                _move(conn, cache.get(eid, []), target, f"joined with {target}: a record of {doc.id} fits both "
                      f"events and nothing in them contradicts one event (mean evidence {group.joined_at[eid]:.2f})")
                cache[target] = cache.get(target, []) + cache.get(eid, [])
                cache[eid] = []
                joined.add(eid)
                out.events_joined += 1
        for i in sorted(group.new):
            role = "merged" if group.stored else "origin"
            src = _source_row(doc, doc.id, i, doc.events[i], target, role,
                              _reason(i, group, doc.id, rules, result), pending, profs[i])
            cache[target] = [*cache.get(target, []), src]
            placed[i] = target
            if group.stored:
                out.events_merged += 1
        if not group.stored:
            out.events_new += 1  # one event however many parts of one incident the report coded
            created.add(target)
        touched.add(target)
    _flush_sources(conn, pending)
    return placed, touched, created, joined


def _attach_records(conn: Connection, doc: Document, rules: MergeRules, out: DocOutcome) -> set[str]:
    profs = profiles(doc)
    all_cands = candidates(conn, doc.events, doc.published, profs)
    cache = load_sources(conn, sorted({c for cands in all_cands for c in cands}))
    new = [SourceRecord(rec, doc.id, i, doc.id, "origin", doc.source, doc.published, profs[i])
           for i, rec in enumerate(doc.events) if not profs[i].background]
    result = plan(dict(cache), new, rules)
    placed, touched, created, joined = _apply_plan(conn, doc, profs, result, cache, rules, out)
    rehomed: set[str] = set()
    for i, eid in sorted(placed.items()):
        if i in result.alone:
            # A vague record kept out of two events fits every event of its kind there: its event is no rival
            # incident, so a stored report that fits it as well as its own event was no guess and stays.
            continue
        src = next(s for s in cache[eid] if s.document_id == doc.id and s.record_index == i)
        rehomed |= _rehome(conn, doc, src, eid, all_cands[i], cache, rules, out)
    moved = _split_conflated(conn, doc, profs, rules, result.fits, placed, out)
    for eid in sorted(created - rehomed - moved):
        mine = [i for i, e in placed.items() if e == eid]
        if not any(i in result.alone for i in mine):  # a vague record kept out of two events stays out
            rehomed |= _displace(conn, doc, eid, sorted({c for i in mine for c in all_cands[i]} - {eid}), cache,
                                 rules, out)
    for eid in sorted(touched | rehomed):
        rehomed |= _untimed_out(conn, eid, cache, rules, out)
    inserts: list[dict[str, Any]] = []
    reload = moved | rehomed | joined
    for eid in sorted(touched):
        if eid in reload or (touched & joined and eid not in created):
            refresh_event(conn, eid)
        else:
            refresh_event(conn, eid, cache[eid], new=eid in created, pending=inserts)
    for eid in sorted(reload - touched):
        refresh_event(conn, eid)
    if inserts:
        _insert_many(conn, events, inserts)
    return touched | reload


def _pair(a: SourceRecord, b: SourceRecord, rules: MergeRules) -> tuple[bool, float]:
    found = assess(a.record, b.record, rules, pa=a.profile, pb=b.profile)
    return found.ok, found.score


def _mean_score(src: SourceRecord, others: list[SourceRecord], rules: MergeRules) -> float:
    return sum(_pair(src, o, rules)[1] for o in others) / max(1, len(others))


def _best_score(src: SourceRecord, others: list[SourceRecord], rules: MergeRules) -> float:
    """The evidence with the source ``src`` agrees with most (an event's sources tell it in different words)."""
    return max((_pair(src, o, rules)[1] for o in others), default=0.0)


_EVENT_USED = select(event_sources.c.event_id).where(event_sources.c.event_id == bindparam("ev_id")).limit(1)


def _unused_event_id(conn: Connection, seed: str, index: int, cache: dict[str, list[SourceRecord]]) -> str:
    """A stable id for an event split off ``seed``'s record that no event holds yet.

    The id is derived from the moving report, so a report moved out a second time (out of the event it was
    moved to the first time) would get the id of the event it is leaving: the move would do nothing and keep
    the report in an event whose other sources it no longer fits.
    """
    n = 0
    while True:
        eid = new_event_id(seed if n == 0 else f"{seed}:{n}", index)
        if eid not in cache and conn.execute(_EVENT_USED, {"ev_id": eid}).first() is None:
            return eid
        n += 1


def _move(conn: Connection, members: list[SourceRecord], target: str, why: str, *, role: str = "merged") -> None:
    for s in members:
        conn.execute(_MOVE_SOURCE, {"doc": s.document_id, "idx": s.record_index, "event_id": target,
                                    "role": s.role if s.role in ("copy", "detached") else role,
                                    "reason": _dumps({"why": why})})


def _rehome(conn: Connection, doc: Document, new: SourceRecord, eid: str, cands: list[str],
            cache: dict[str, list[SourceRecord]], rules: MergeRules, out: DocOutcome) -> set[str]:
    """A stored report that fits the new record's event clearly better than its own event moves there.

    Greedy clustering depends on arrival order: a vague report may have joined the first
    compatible event before the event it really belongs to was reported. Only reports of
    events with several sources move, and only when nothing contradicts any source of the target
    and the evidence for the target is enough.
    """
    touched: set[str] = set()
    for other in cands:
        # After one report moves, the others are weighed again against what stays: a province's reports that
        # joined the only town told so far follow the town of their own toll when it is told.
        while True:
            moved = _rehome_one(conn, doc, eid, other, cache, rules)
            if moved is None:
                break
            out.events_split += 1
            touched |= moved
    return touched


def _rehome_one(conn: Connection, doc: Document, eid: str, other: str, cache: dict[str, list[SourceRecord]],
                rules: MergeRules) -> set[str] | None:
    """Move one report of event ``other`` to the new record's event ``eid`` (or out of both); the events touched."""
    target = cache.get(eid, [])
    sources = cache.get(other) or []
    clusters = sorted({s.cluster_id for s in sources})
    if other == eid or len(clusters) < 2 or doc.id in clusters:
        return None
    weighed = []
    for cluster in clusters:
        members = [s for s in sources if s.cluster_id == cluster]
        lead = next((s for s in members if s.role != "copy"), members[0])
        rest = [s for s in sources if s.cluster_id != cluster]
        if any(t.cluster_id == cluster for t in target) or not all(
                _pair(m, t, rules)[0] for m in compared_records(members) for t in compared_records(target)):
            continue  # complete linkage: every part of the moving report against every source there
        here, there = _mean_score(lead, rest, rules), _mean_score(lead, target, rules)
        if there >= rules.min_score:
            weighed.append((here - there, cluster, members, lead, rest, here, there))
    # The report that gains most moves first, whatever its document's id: the others are weighed after it.
    for _, _cluster, members, lead, rest, here, there in sorted(weighed, key=lambda w: (w[0], w[1])):
        if is_vague(lead.record, lead.profile) and abs(_best_score(lead, target, rules)
                                                       - _best_score(lead, rest, rules)) < AMBIGUITY_MARGIN:
            # A vague report that now fits two events equally was a guess: it gets its own event.
            alone = _unused_event_id(conn, f"{lead.document_id}:alone", lead.record_index, cache)
            _move(conn, members, alone, f"moved out of {other}: a vague report that fits {doc.id}'s event "
                                        f"as well (score {there:.2f} vs {here:.2f}); merged into neither",
                  role="origin")
        elif there > here + _REHOME_MARGIN:
            _move(conn, members, eid, f"moved from {other}: fits the event of {doc.id} better "
                                      f"(score {there:.2f} vs {here:.2f})")
            cache[eid] = target + members
            alone = eid
        else:
            continue
        cache[other] = rest
        return {other, alone}
    return None


def _untimed_rival(conn: Connection, lead: SourceRecord, members: list[SourceRecord], eid: str,
                   rest: list[SourceRecord], rules: MergeRules) -> str | None:
    """Another stored event of the place that the untimed report ``lead`` fits about as well as ``rest`` (the
    other reports of its event ``eid``), with no contradiction: the rival's id, or None."""
    here = _best_score(lead, rest, rules)
    rivals = sorted(set(candidates(conn, [lead.record], lead.published, [lead.profile])[0]) - {eid})
    for rival, sources in sorted(load_sources(conn, rivals).items()):
        if not sources or any(s.cluster_id == lead.cluster_id for s in sources) or not all(
                _pair(m, t, rules)[0] for m in compared_records(members) for t in compared_records(sources)):
            continue
        there = _best_score(lead, sources, rules)
        if there >= rules.min_score and here - there < AMBIGUITY_MARGIN:
            return rival
    return None


def _untimed_out(conn: Connection, eid: str, cache: dict[str, list[SourceRecord]], rules: MergeRules,
                 out: DocOutcome) -> set[str]:
    """An untimed report (``merge.untimed``) leaves an event when another incident of its place fits it about as well.

    A report placed in time by nothing fits every incident of its kind at its place, of any year. Stored when
    two of them were known, it stays alone (``linkage._ambiguous``); stored when one was, it joined that one,
    and a later report can carry it into an event (a newcomer that fits both). Whatever the order, it stays in
    an event only while no other stored incident there fits it about as well (by less than
    ``AMBIGUITY_MARGIN``): otherwise which one it tells is a guess, and it gets an event of its own.
    """
    sources = (cache[eid] if eid in cache else load_sources(conn, [eid]).get(eid)) or []
    moved: set[str] = set()
    for cluster in sorted({s.cluster_id for s in sources}):
        members = [s for s in sources if s.cluster_id == cluster]
        rest = [s for s in sources if s.cluster_id != cluster]
        lead = next((s for s in members if s.role != "copy"), members[0])
        if not rest or not untimed(lead.record, lead.profile):
            continue
        rival = _untimed_rival(conn, lead, members, eid, rest, rules)
        if rival is None:
            continue
        alone = _unused_event_id(conn, f"{lead.document_id}:alone", lead.record_index, cache)
        _move(conn, members, alone, f"moved out of {eid}: placed in time by nothing, it fits {rival} about as "
                                    "well; merged into neither", role="origin")
        sources = rest
        cache[eid], cache[alone] = rest, members
        out.events_split += 1
        moved |= {eid, alone}
    return moved


def _displace(conn: Connection, doc: Document, eid: str, cands: list[str], cache: dict[str, list[SourceRecord]],
              rules: MergeRules, out: DocOutcome) -> set[str]:
    """The new report takes the place of a stored event's weakest report when it fits the rest better.

    Average linkage joins the best-fitting pair first; stored one by one, a report that fits an event's
    reports only at the threshold may have joined before a report that fits them better and fits it poorly
    (the newcomer's mean then falls short, and it stays alone). Stored all at once, the better pair joins and
    the weak report stays out. So when the new report (its own new event) fits every report of a stored event
    but one without contradiction, reaches the threshold with them, and fits them clearly better than that
    report does (by ``AMBIGUITY_MARGIN`` or more: less is "about as well"), the two swap: the new report joins
    and the weak one gets an event of its own. Either arrival order then ends the same way.
    """
    mine = cache.get(eid, [])
    if not mine or any(s.cluster_id != doc.id for s in mine):
        return set()
    best: tuple[float, str, str, list[SourceRecord]] | None = None
    for other in cands:
        sources = cache.get(other) or []
        clusters = sorted({s.cluster_id for s in sources})
        if len(clusters) < 2 or doc.id in clusters:
            continue
        for cluster in clusters:
            rest = [s for s in sources if s.cluster_id != cluster]
            members = [s for s in sources if s.cluster_id == cluster]
            if not all(_pair(m, t, rules)[0] for m in compared_records(mine) for t in compared_records(rest)):
                continue  # complete linkage with every report that stays
            there = max(_mean_score(m, rest, rules) for m in mine)
            weak = max(_mean_score(m, rest, rules) for m in members if m.role != "copy") if any(
                m.role != "copy" for m in members) else there
            if there >= rules.min_score and there >= weak + AMBIGUITY_MARGIN and (
                    best is None or (there - weak, cluster) > (best[0], best[2])):
                best = (there - weak, other, cluster, members)
    if best is None:
        return set()
    _, other, cluster, members = best
    alone = _unused_event_id(conn, f"{cluster}:displaced", members[0].record_index, cache)
    _move(conn, members, alone, f"moved out of {other}: {doc.id} fits the event's other reports better "
                                f"(by {best[0]:.2f} points) and this report fits it poorly; stored all at once, "
                                "the better pair joins first", role="origin")
    _move(conn, mine, other, f"took the place of {cluster} in {other}: fits its other reports better")
    cache[other] = [s for s in cache[other] if s.cluster_id != cluster] + mine
    cache[eid] = []
    out.events_split += 1
    return {other, alone, eid}


def _best_record(lead: SourceRecord, doc: Document, profs: list[Profile], fitting: list[tuple[int, float]],
                 rules: MergeRules) -> tuple[float, int] | None:
    best: tuple[float, int] | None = None
    for i, _ in fitting:
        found = assess(lead.record, doc.events[i], rules, pa=lead.profile, pb=profs[i])
        if found and (best is None or found.score > best[0]):
            best = (found.score, i)
    return best


def _split_conflated(conn: Connection, doc: Document, profs: list[Profile], rules: MergeRules,
                     fits: dict[str, list[tuple[int, float]]], placed: dict[int, str], out: DocOutcome) -> set[str]:
    """A report that tells apart two events an earlier merge joined splits that merge.

    When two or more records of this document fit one stored event that several other reports
    support, each of those reports moves to the event of the record it fits best.
    """
    touched: set[str] = set()
    for eid, fitting in fits.items():
        if len(fitting) < 2:
            continue
        sources = load_sources(conn, [eid]).get(eid, [])
        others = sorted({s.cluster_id for s in sources if s.cluster_id != doc.id})
        if len(others) < 2:
            continue
        for cluster in others:
            members = [s for s in sources if s.cluster_id == cluster]
            lead = next((s for s in members if s.role != "copy"), members[0])
            best = _best_record(lead, doc, profs, fitting, rules)
            if best is None or best[1] not in placed or placed[best[1]] == eid:
                continue
            target = placed[best[1]]
            # Complete linkage holds after the move too: compatible with everything already there.
            there = load_sources(conn, [target]).get(target, [])
            if any(t.cluster_id == cluster for t in there) or not all(
                    _pair(m, t, rules)[0] for m in compared_records(members) for t in compared_records(there)):
                continue
            _move(conn, members, target, f"moved from {eid}: {doc.id} reports separate events, and this report "
                                         f"fits its record {best[1]} ({record_key(doc.events[best[1]])}) best")
            out.events_split += 1
            touched |= {eid, target}
    return touched


_DOC_URL = select(documents.c.url).where(documents.c.id == bindparam("doc"))


def reposted_id(doc_id: str, url: str) -> str:
    """The id of a stored text published again at another URL (a wire story on a second outlet's site)."""
    return "doc_" + hashlib.sha1(f"{doc_id}\n{url}".encode()).hexdigest()[:16]


def storage_id(conn: Connection, doc: Document) -> str | None:
    """The id ``doc`` is stored under; None when it is stored already (the same text from the same URL).

    The same text at another URL is another outlet's report of the event: it is stored as a copy of the first
    (its URL among the event's sources), not dropped as a duplicate. Ingesting it again changes nothing.
    """
    row = conn.execute(_DOC_URL, {"doc": doc.id}).first()
    if row is None:
        return doc.id
    if not doc.url or not row.url or doc.url == row.url:
        return None
    other = reposted_id(doc.id, doc.url)
    return None if conn.execute(_DOC_URL, {"doc": other}).first() else other


def _reposted(doc: Document, new_id: str) -> Document:
    """``doc`` under the id of a reposted text, its records pointing to it."""
    out = copy.copy(doc)
    out.id = new_id
    out.events = [replace(r, document_id=new_id) if r.document_id == doc.id else r for r in doc.events]
    return out


def add_document(conn: Connection, doc: Document, *, near_rules: NearDupRules | None = None,
                 merge_rules: MergeRules | None = None) -> DocOutcome:
    """Store ``doc`` and its events: skip exact duplicates, link near-duplicates, merge or create events."""
    near_rules, merge_rules = near_rules or NearDupRules(), merge_rules or MergeRules()
    own_id = storage_id(conn, doc)
    if own_id is None:
        return DocOutcome(doc.id, "duplicate")
    if own_id != doc.id:
        doc = _reposted(doc, own_id)
    sk = sketch(doc.text)
    keys = band_keys(sk)
    near = _find_near_duplicate(conn, sk, keys, near_rules)
    chosen: _CopyMatch = {}
    if near:
        chosen = _match_copy(conn, doc, near[0], merge_rules)
        if 2 * len(chosen) < len(doc.events):
            # Most of its events are not its original's: a templated text about another incident
            # (a wire's daily "strikes kill N in X"), not a copy. It is stored as an original.
            near = None
    cluster = near[0] if near else doc.id
    out = DocOutcome(doc.id, "near-duplicate" if near else "original", near[1] if near else None,
                     round(near[2], 3) if near else None)
    conn.execute(_INSERT_DOCUMENT, dict(
        id=doc.id, cluster_id=cluster, status=out.status, similarity=out.similarity, title=doc.title,
        source=doc.source, url=doc.url, author=doc.author, published=doc.published, input_ref=doc.input_ref,
        input_format=doc.input_format, language=doc.language, text=doc.text, n_shingles=sk.n_shingles,
        minhash=sk.to_bytes(), n_records=len(doc.events), rejected=doc.rejected,
        meta=_dumps(doc.meta), ingested_at=_now(),
    ))
    if keys:
        _insert_many(conn, doc_bands, [{"band_key": k, "document_id": doc.id} for k in keys])
    if near:
        for eid in sorted(_attach_copy_records(conn, doc, cluster, near[1], near[2], chosen, out)):
            refresh_event(conn, eid)
    else:
        _attach_records(conn, doc, merge_rules, out)  # refreshes the events it touched
    _flush_counters(conn)
    return out


def _moving(sources: list[SourceRecord], event_id: str, document_id: str, cluster: str,
            record: int | None) -> list[SourceRecord]:
    """The sources an unmerge moves: the report's (with its copies), or one record of it (a part of an incident)."""
    if record is not None:
        moving = [s for s in sources if s.document_id == document_id and s.record_index == record]
        if not moving:
            raise StoreError(f"record {record} of {document_id} does not support event {event_id}; "
                             f"see `eventcoder events show {event_id}` for its sources")
        if len(moving) == len(sources):
            raise StoreError(f"event {event_id} has no other source; there is no merge to undo")
        return moving
    moving = [s for s in sources if s.cluster_id == cluster]
    if not moving:
        raise StoreError(f"document {document_id} does not support event {event_id}; "
                         f"see `eventcoder events show {event_id}` for its sources")
    if len({s.cluster_id for s in sources}) < 2:
        raise StoreError(f"event {event_id} has no other source; there is no merge to undo (to split a report's "
                         "parts of one incident, give the record: `eventcoder events unmerge EVENT DOCUMENT --record N`)")
    return moving


def detach(conn: Connection, event_id: str, document_id: str, record: int | None = None) -> str:
    """Undo a merge: move ``document_id``'s records (and its copies) out of ``event_id`` into a new event.

    ``record``: move only that record of the document (undo its grouping with the report's other parts).
    """
    row = conn.execute(select(documents.c.cluster_id).where(documents.c.id == document_id)).first()
    if row is None:
        raise StoreError(f"document {document_id} is not in the store; see `eventcoder events show {event_id}`")
    sources = load_sources(conn, [event_id]).get(event_id, [])
    moving = _moving(sources, event_id, document_id, row[0], record)
    lead = min(moving, key=lambda s: (s.role == "copy", s.document_id, s.record_index))
    new_id = new_event_id(lead.document_id, lead.record_index)
    if new_id == event_id or conn.execute(select(events.c.id).where(events.c.id == new_id)).first():
        new_id = _unused_event_id(conn, f"{lead.document_id}:detached-from:{event_id}", lead.record_index,
                                  {event_id: sources})
    for s in moving:
        conn.execute(update(event_sources).where(
            event_sources.c.document_id == s.document_id, event_sources.c.record_index == s.record_index,
        ).values(event_id=new_id, role="detached" if s.role != "copy" else "copy",
                 reason=_dumps({"why": f"detached from {event_id} by request"})))
    refresh_event(conn, event_id)
    refresh_event(conn, new_id)
    _flush_counters(conn)
    return new_id
