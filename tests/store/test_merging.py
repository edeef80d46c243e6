"""Merging through the store: joins of stored events, background records, profiles kept, migration 2 (synthetic)."""

from __future__ import annotations

import itertools
import json
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import Engine, select, text

from eventcoder.cli import cli
from eventcoder.dedup.scenarios import ev
from eventcoder.store.db import open_engine
from eventcoder.store.ingest import store_documents
from eventcoder.store.migrations import MIGRATIONS, applied_versions
from eventcoder.store.query import get_event, query_events
from eventcoder.store.schema import event_sources

from ._helpers import make_doc

_ABD = "Abduction/forced disappearance"
_CIV = "Civilians (Nigeria)"


def _roles(engine: Engine) -> list[tuple[str, int, str | None, str]]:
    with engine.connect() as conn:
        rows = conn.execute(select(event_sources.c.document_id, event_sources.c.record_index,
                                   event_sources.c.event_id, event_sources.c.role)).all()
    return [tuple(r) for r in rows]  # type: ignore[misc]


def test_store_a_report_that_fits_two_stored_events_joins_them(engine: Engine) -> None:
    # A (province only, names ISWAP) and B (the town, generic gunmen, toll 3) have too little in common to merge;
    # C (the town and day, ISWAP, toll 3) fits both and nothing contradicts: one event.
    a = make_doc("join-a", [ev("Gwoza", None, _ABD, "ISWAP", _CIV, gp=3)])
    b = make_doc("join-b", [ev("Gwoza", None, _ABD, "Unidentified Armed Group (Nigeria)", _CIV, 3)])
    c = make_doc("join-c", [ev("Gwoza", "2024-03-05", _ABD, "ISWAP", _CIV, 3)])
    store_documents([a, b], engine)
    assert len(query_events(engine=engine)) == 2
    store_documents([c], engine)
    rows = query_events(engine=engine)
    assert len(rows) == 1 and rows[0]["n_sources"] == 3
    event = get_event(rows[0]["id"], engine=engine)
    whys = [s["reason"]["why"] for s in event["sources"]]
    assert any(w.startswith("joined with") for w in whys)


def test_store_background_records_add_no_event_and_merge_with_none(engine: Engine) -> None:
    stored = make_doc("bg-a", [ev("Gwoza", "2024-03-01", fatalities=5)])
    recalled = replace(ev("Gwoza", "2024-03-01", fatalities=5), background=True)
    later = make_doc("bg-b", [ev("Konduga", "2024-03-20", fatalities=2), recalled])
    summary = store_documents([stored, later], engine)
    assert summary.events_new == 2 and summary.events_merged == 0
    roles = {(d, i): (eid, role) for d, i, eid, role in _roles(engine)}
    assert roles[(later.id, 1)] == (None, "background")
    assert all(r["n_sources"] == 1 for r in query_events(engine=engine))


def test_store_keeps_each_record_profile_and_explains_with_points(engine: Engine, tmp_path: Path) -> None:
    docs = [make_doc("why-a", [ev("Gwoza", "2024-03-01", fatalities=5)]),
            make_doc("why-b", [ev("Gwoza", "2024-03-01", fatalities=5)])]
    store_documents(docs, engine)
    with engine.connect() as conn:
        profiles = [json.loads(p) for p in conn.execute(select(event_sources.c.profile)).scalars()]
    assert len(profiles) == 2 and all(p["date_kind"] == "inherited" for p in profiles)
    event = query_events(engine=engine)[0]
    merged = next(s for s in get_event(event["id"], engine=engine)["sources"] if s["role"] == "merged")
    assert merged["reason"]["score"] >= 2 and merged["reason"]["compared_with"][0]["score"] > 0
    db = str(engine.url.database)
    out = CliRunner().invoke(cli, ["events", "show", event["id"], "--db", db])
    assert out.exit_code == 0, out.output
    assert "mean evidence" in out.output and "same day" in out.output


def test_store_migration_2_adds_the_profile_column_to_an_older_store(db_path: Path) -> None:
    eng = open_engine(db_path)
    with eng.begin() as conn:  # make it look like a store written before migration 2
        conn.execute(text("ALTER TABLE event_sources DROP COLUMN profile"))
        conn.execute(text("DELETE FROM schema_migrations WHERE version = 2"))
    eng.dispose()
    eng = open_engine(db_path)
    try:
        with eng.connect() as conn:
            assert applied_versions(conn) == {version for version, _, _ in MIGRATIONS}
            columns = {r[1] for r in conn.execute(text("PRAGMA table_info(event_sources)"))}
        assert "profile" in columns
        store_documents([make_doc("mig", [ev("Gwoza", "2024-03-01")])], eng)
    finally:
        eng.dispose()


def test_store_a_vague_report_that_agrees_with_one_source_stays_when_a_weaker_rival_arrives(engine: Engine) -> None:
    # Synthetic: three reports of an ISWAP attack on Gwoza on one day (one with a toll of 25), and an undated
    # report of an attack on Gwoza with the same toll (it agrees with that report most). A later report names
    # another perpetrator (a different event) and fits the undated report as well as its event's sources do on
    # average, but less well than the report it agrees with: it is no reason to move the undated report out.
    day, vac, iswap = "2024-03-05", "Attack", "ISWAP"
    stored = [make_doc("amb-a", [ev("Gwoza", day, vac, iswap, _CIV, 25)]),
              make_doc("amb-b", [ev("Gwoza", day, vac, iswap, _CIV)]),
              make_doc("amb-c", [ev("Gwoza", day, vac, iswap, _CIV)]),
              make_doc("amb-d", [ev("Gwoza", None, vac, "Unidentified Armed Group (Nigeria)", _CIV, 25)])]
    store_documents(stored, engine)
    assert [r["n_sources"] for r in query_events(engine=engine)] == [4]
    store_documents([make_doc("amb-e", [ev("Gwoza", None, vac, "Boko Haram - JAS", _CIV, 20)])], engine)
    assert sorted(r["n_sources"] for r in query_events(engine=engine)) == [1, 4]


def test_store_the_same_text_at_another_url_is_a_copy_not_dropped(engine: Engine) -> None:
    # Synthetic: one wire text (identical records: a mob attack, same day, town and actors) on two outlets' sites.
    mob = ev("Gwoza", "2024-03-05", "Mob violence", "Rioters (Nigeria)", _CIV, 2)
    first = replace(make_doc("wire", [mob]), url="https://outlet-a.example/story")
    second = replace(make_doc("wire", [mob]), url="https://outlet-b.example/wire-story")
    assert first.id == second.id  # the same text
    summary = store_documents([first, second], engine)
    assert summary.documents_near_duplicate == 1 and summary.documents_duplicate == 0
    rows = query_events(engine=engine)
    assert len(rows) == 1
    urls = {s["url"] for s in get_event(rows[0]["id"], engine=engine)["sources"]}
    assert urls == {"https://outlet-a.example/story", "https://outlet-b.example/wire-story"}
    again = store_documents([replace(make_doc("wire", [mob]), url="https://outlet-b.example/wire-story"),
                             replace(make_doc("wire", [mob]), url="https://outlet-a.example/story")], engine)
    assert again.documents_duplicate == 2  # idempotent: each URL's text once
    assert len(query_events(engine=engine)) == 1


def test_store_a_report_that_fits_each_report_of_two_events_ties_them(engine: Engine, tmp_path: Path) -> None:
    # Synthetic: A (the province, ISWAP) and B (the town, unnamed gunmen against the army) agree a little (1.5
    # points); C (the province and day, ISWAP against the army) fits A well (2.5) and B at the threshold (2.0).
    army = "Military Forces of Nigeria (2015-2023)"
    a = make_doc("tie-a", [ev("Gwoza", None, "Armed clash", "ISWAP", None, gp=3)])
    b = make_doc("tie-b", [ev("Gwoza", None, "Armed clash", "Unidentified Armed Group (Nigeria)", army)])
    c = make_doc("tie-c", [ev("Gwoza", "2024-03-05", "Armed clash", "ISWAP", army, gp=3)])
    # A and B stored apart, then C: C fits each of them at the threshold or more, and A-B agree within
    # BRIDGE_SLACK, so C ties them (before, C joined A and B stayed alone: only B-C and A-B counted then).
    # A and C stored together, then B: B falls short of their mean by less than AMBIGUITY_MARGIN, and the three
    # reports' pairs, inside and across, reach the threshold on average: one event in every order.
    for n, order in enumerate(([a, b, c], [b, a, c], [c, b, a], [a, c, b], [c, a, b], [b, c, a])):
        store = open_engine(tmp_path / f"order{n}.sqlite")
        try:
            store_documents(order, store)
            assert len(query_events(engine=store)) == 1, [d.input_ref for d in order]
        finally:
            store.dispose()


def test_store_a_vague_report_short_of_every_source_does_not_join_a_cohesive_event(engine: Engine) -> None:
    # Synthetic: two reports of one clash agree strongly; an undated report of "a clash in the state" by
    # unnamed gunmen is 1.5 points from each: below the threshold with all of them, it stays alone.
    army = "Military Forces of Nigeria (2015-2023)"
    a = make_doc("coh-a", [ev("Gwoza", "2024-03-05", "Armed clash", "ISWAP", army, 5)])
    b = make_doc("coh-b", [ev("Gwoza", "2024-03-05", "Armed clash", "ISWAP", army, 5)])
    vague = make_doc("coh-v", [ev("Gwoza", None, "Armed clash", "Unidentified Armed Group (Nigeria)", None, gp=3)])
    store_documents([a, b, vague], engine)
    assert sorted(r["n_sources"] for r in query_events(engine=engine)) == [1, 2]


_STRIKE = "Shelling/artillery/missile attack"


def _sentenced(key: str, text: str, records: list[object], dates: list[object] | None = None) -> object:
    """A synthetic document split into sentences at '. ', its records' trigger evidence placed on their words."""
    import re

    from eventcoder.model import Document, Evidence, Sentence, document_id

    sentences = [Sentence(m.start(), m.end()) for m in re.finditer(r"[^.]+\.?", text) if m.group().strip()]
    recs = []
    for rec, trigger in records:  # type: ignore[misc]
        start = text.index(trigger)
        recs.append(replace(rec, evidence=(Evidence("event_type", start, start + len(trigger), trigger),)))
    return Document(id=document_id(text), text=text, sentences=sentences, events=recs, dates=dates or [],
                    input_ref=key)


def _placeless_strike(base: str, written: bool = True) -> object:
    from eventcoder.model import DateMention

    text = f"Synthetic report. Rebels fired missiles at the {base} air base. Staff writer, 12 May 2031."
    rec = replace(ev(None, None, _STRIKE), country="Nigeria")
    day = text.index("12 May 2031")
    dates = [DateMention(day, day + 11, "2031-05-12", 1, "explicit", "12 May 2031")] if written else []
    return _sentenced(f"placeless-{base}-{written}", text, [(rec, "fired missiles")], dates)


def _town_strike(day: str | None = None) -> object:
    text = ("Synthetic report. Rebels fired missiles at an air base near Gwoza. "
            "About twenty missiles hit the Orlanda air base south of Gwoza.")
    return _sentenced("town-strike", text, [(ev("Gwoza", day, _STRIKE), "fired missiles")])


def test_store_a_placeless_undated_record_naming_the_target_joins_by_its_written_date(engine: Engine) -> None:
    # Synthetic: a report placed at a town names its target in a sentence of its own ("the Orlanda air base");
    # another outlet's report has no place and no date of the event, but names the base and writes a date (it was
    # written then or later). It is looked up around that date and joins: the named target ties them.
    store_documents([_town_strike(), _placeless_strike("Orlanda")], engine)  # type: ignore[list-item]
    rows = query_events(engine=engine)
    assert len(rows) == 1 and rows[0]["n_sources"] == 2
    why = json.dumps(get_event(rows[0]["id"], engine=engine)["sources"])
    assert "same named target (military:orlanda)" in why


def test_store_a_placeless_record_with_no_date_at_all_naming_the_target_joins_a_dated_event(tmp_path: Path) -> None:
    # Synthetic: the placed report is dated; the placeless one writes no date at all but names the base. It is
    # compared with its country's newest dated events too, and joins whichever report came first.
    for n, order in enumerate(((0, 1), (1, 0))):
        docs = [_town_strike("2031-05-11"), _placeless_strike("Orlanda", written=False)]
        store = open_engine(tmp_path / f"order{n}.sqlite")
        try:
            store_documents([docs[i] for i in order], store)  # type: ignore[misc]
            assert [r["n_sources"] for r in query_events(engine=store)] == [2], order
        finally:
            store.dispose()


def test_store_a_placeless_undated_record_naming_another_target_stays_apart(tmp_path: Path) -> None:
    # Synthetic: another base named ("the Morvan air base"), with or without a written date: its own event.
    for n, written in enumerate((True, False)):
        store = open_engine(tmp_path / f"other{n}.sqlite")
        try:
            store_documents([_town_strike(), _placeless_strike("Morvan", written)], store)  # type: ignore[list-item]
            assert [r["n_sources"] for r in query_events(engine=store)] == [1, 1], written
        finally:
            store.dispose()


def test_store_a_placeless_report_and_an_undated_town_report_meet_in_either_order(tmp_path: Path) -> None:
    # Synthetic: the two reports in both orders, the placeless one with or without a written date. The town's
    # report, undated, looks up its province and the undated events of its country that have no place; the
    # placeless one, without a written date, the undated events of its country.
    for n, (written, first) in enumerate(itertools.product((True, False), (True, False))):
        store = open_engine(tmp_path / f"first{n}.sqlite")
        docs = [_placeless_strike("Orlanda", written), _town_strike()]
        try:
            store_documents(docs if first else docs[::-1], store)  # type: ignore[arg-type]
            rows = query_events(engine=store)
            assert len(rows) == 1 and rows[0]["n_sources"] == 2, (written, first)
        finally:
            store.dispose()


def test_store_an_undated_country_level_report_meets_the_town_report_in_either_order(engine: Engine) -> None:
    # Synthetic: one outlet places an attack in a town, another only in the country (geocoded at the country's
    # centroid, hundreds of km away); neither is dated; the perpetrator and a toll of 25 tie them. The country
    # level record looks up the undated events of its country and is compared as placed only in the country.
    town = ev("Gwoza", None, "Attack", "Boko Haram - JAS", _CIV, 25)
    country = replace(town, location="Nigeria", admin1=None, admin2=None, geo_precision=3, latitude=9.08, longitude=8.68)
    for n, order in enumerate(((town, country), (country, town))):
        with engine.begin() as conn:
            for table in ("event_sources", "events", "doc_bands", "documents"):
                conn.execute(text(f"DELETE FROM {table}"))
        for i, rec in enumerate(order):
            store_documents([make_doc(f"country-level-{n}-{i}", [rec])], engine)
        rows = query_events(engine=engine)
        assert len(rows) == 1 and rows[0]["n_sources"] == 2, order
        assert rows[0]["location"] == "Gwoza"  # the most precise place is the canonical one


def test_store_an_undated_town_report_finds_a_dated_placeless_report_stored_before_it(engine: Engine) -> None:
    # Synthetic: one outlet dates an attack but names no place below the country; another names the town but no
    # date (and its page none). Stored placeless-first, the town report used to look up only the undated events of
    # its country and never met it; the perpetrator and a toll of 25 tie them, in either order.
    placeless = ev(None, "2024-03-05", "Attack", "Boko Haram - JAS", _CIV, 25, country="Nigeria")
    town = ev("Gwoza", None, "Attack", "Boko Haram - JAS", _CIV, 25)
    for n, order in enumerate(((placeless, town), (town, placeless))):
        with engine.begin() as conn:
            for table in ("event_sources", "events", "doc_bands", "documents"):
                conn.execute(text(f"DELETE FROM {table}"))
        for i, rec in enumerate(order):
            store_documents([make_doc(f"placeless-{n}-{i}", [rec])], engine)
        rows = query_events(engine=engine)
        assert len(rows) == 1 and rows[0]["n_sources"] == 2, order
        assert rows[0]["location"] == "Gwoza" and rows[0]["event_date"] == "2024-03-05"


def test_store_an_undated_record_keeps_its_own_places_events_first_when_candidates_overflow(
        engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    # Synthetic: an undated record of a town looks up every event of its province and its country's placeless
    # events; past the cap on candidates, the town's and province's events are the ones kept.
    from eventcoder.store import candidates as cand

    placeless = [ev(None, f"2024-03-0{d}", "Attack", f"Group {d}", _CIV, d, country="Nigeria") for d in range(1, 10)]
    for i, rec in enumerate(placeless):
        store_documents([make_doc(f"overflow-placeless-{i}", [rec])], engine)
    town = ev("Gwoza", "2024-02-01", "Attack", "Boko Haram - JAS", _CIV, 9)
    store_documents([make_doc("overflow-town", [town])], engine)
    monkeypatch.setattr(cand, "_MAX_CANDIDATES", 1)
    undated = ev("Gwoza", None, "Attack", "Boko Haram - JAS", _CIV, 9)
    with engine.connect() as conn:
        found = cand.candidates(conn, [undated], None)[0]
    town_id = next(r["id"] for r in query_events(engine=engine) if r["location"] == "Gwoza")
    assert found == [town_id]


def test_store_a_follow_up_that_dates_its_incident_last_week_joins_it_and_not_an_older_one(engine: Engine) -> None:
    # Synthetic: a report of the day places an attack at a town; a week on, another outlet tells it only in its
    # province, "last week", with a higher toll. That is the incident told later, not an earlier one recalled in
    # passing: it joins. An attack in the province three weeks before stays apart.
    vac, uag, civ = "Attack", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)"
    first = _sentenced("day", "Synthetic report. Gunmen stormed a village near Gwoza on Monday night, killing nine.",
                       [(ev("Gwoza", "2031-05-12", vac, uag, civ, 9), "stormed")])
    first.published = "2031-05-13"  # type: ignore[attr-defined]
    older = _sentenced("older", "Synthetic report. Gunmen stormed a village in Borno, killing five.",
                       [(ev("Gwoza", "2031-04-21", vac, uag, civ, 5), "stormed")])
    older.published = "2031-04-22"  # type: ignore[attr-defined]
    later = _sentenced("later", "Synthetic report. Seventeen villagers were killed last week when gunmen stormed a "
                                "village in Borno state, officials said.",
                       [(ev("Gwoza", "2031-05-13", vac, uag, civ, 17, tp=2, gp=3), "stormed")])
    later.published = "2031-05-20"  # type: ignore[attr-defined]
    store_documents([first, older, later], engine)  # type: ignore[list-item]
    sizes = sorted(r["n_sources"] for r in query_events(engine=engine))
    assert sizes == [1, 2]
    joined = next(r for r in query_events(engine=engine) if r["n_sources"] == 2)
    assert joined["event_date"] == "2031-05-12" and joined["location"] == "Gwoza"


def test_store_a_year_old_recall_dated_by_its_page_stays_apart_from_this_weeks_attack(tmp_path: Path) -> None:
    # Synthetic: a page tells only an old attack on the town ("last year", "a year ago"); its record took the page's
    # publication day. It is no fresh report of this week's attack on the same town (confusable: a year on).
    vac, uag, civ = "Attack", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)"
    for back in ("last year", "a year ago", "last month"):
        engine = open_engine(tmp_path / f"{back}.sqlite")
        fresh = _sentenced("fresh", "Synthetic report. Raiders burned homes in a hamlet near Konduga on Monday, killing six.",
                           [(ev("Konduga", "2033-06-06", vac, uag, civ, 6), "burned")])
        fresh.published = "2033-06-07"  # type: ignore[attr-defined]
        old = _sentenced("old", f"Synthetic report. Farmers were killed {back} when raiders burned a hamlet near "
                                "Konduga, elders recalled as they replanted.",
                         [(ev("Konduga", "2033-06-09", vac, uag, civ, 0), "burned")])
        old.published = "2033-06-09"  # type: ignore[attr-defined]
        store_documents([fresh, old], engine)  # type: ignore[list-item]
        assert sorted(r["n_sources"] for r in query_events(engine=engine)) == [1, 1], back
        engine.dispose()


def test_store_an_undated_report_naming_its_attack_day_and_a_later_day_joins_no_other_days_attack(
        tmp_path: Path) -> None:
    # Synthetic: two attacks on one town in one week (Tuesday, Thursday); an undated report says police said the
    # gunmen struck on Tuesday and troops came on Thursday. Its weekday is unknown, never Thursday: it does not
    # join the Thursday attack, in either order.
    vac, uag, civ = "Attack", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)"

    def docs() -> list[object]:
        tue = _sentenced("tue", "Synthetic report. Raiders burned homes near Konduga on Tuesday night, killing three.",
                         [(ev("Konduga", "2033-06-07", vac, uag, civ, 3), "burned")])
        tue.published = "2033-06-08"  # type: ignore[attr-defined]
        thu = _sentenced("thu", "Synthetic report. Raiders burned homes near Konduga on Thursday night, killing one.",
                         [(ev("Konduga", "2033-06-09", vac, uag, civ, 1), "burned")])
        thu.published = "2033-06-10"  # type: ignore[attr-defined]
        undated = _sentenced("undated", "Synthetic report. Police said raiders burned Konduga on Tuesday, "
                                        "and soldiers reached the town on Thursday.",
                             [(ev("Konduga", None, vac, uag, civ, 0), "burned")])
        undated.published = "2033-06-09"  # type: ignore[attr-defined]
        return [tue, thu, undated]

    for i, order in enumerate((docs(), docs()[::-1])):
        engine = open_engine(tmp_path / f"{i}.sqlite")
        store_documents(order, engine)  # type: ignore[arg-type]
        for row in query_events(engine=engine):
            if row["n_sources"] > 1:
                assert row["event_date"] != "2033-06-09", row
        engine.dispose()


def test_store_a_district_and_the_city_it_lies_in_are_one_place_and_events_show_says_why(engine: Engine) -> None:
    # Synthetic: one outlet places a market bombing in a district of a city of 7 million, another in the city, the
    # same day with tolls of 14 and 12. The gazetteer's populations (the documents' resolved places) put the
    # district inside the city's extent: one event, and `events show` gives the reason.
    from eventcoder.model import Place

    def doc(key: str, place: str, gid: int, population: int, toll: int) -> object:
        rec = ev(place, "2024-03-05", "Suicide bomb", "Unidentified Armed Group (Iraq)", "Civilians (Iraq)", toll,
                 geonameid=gid)
        found = make_doc(key, [rec])
        found.places = [Place(place, 0, 9, resolved=True, name=place, geonameid=gid, population=population)]
        return found

    store_documents([doc("city-part", "Sadr City", 7802746, 1_211_849, 14),  # type: ignore[list-item]
                     doc("city-whole", "Baghdad", 98182, 7_216_000, 12)], engine)
    rows = query_events(engine=engine)
    assert len(rows) == 1 and rows[0]["n_sources"] == 2
    out = CliRunner().invoke(cli, ["events", "show", rows[0]["id"], "--db", str(engine.url.database)])
    assert out.exit_code == 0, out.output
    assert "lies inside Baghdad" in out.output


def test_store_a_report_counting_twin_blasts_apart_joins_the_event_whole(engine: Engine) -> None:
    # Synthetic: two outlets report a twin suicide bombing at one town (20 and 21 dead); a third counts the two
    # bombers apart (14 and 7) on its own day. ACLED aggregates the two blasts (same day, place, actors and type):
    # the third report joins the event with both records, leaving no sibling event of 7 dead behind.
    from eventcoder.dedup.scenarios import report_text
    from eventcoder.model import Evidence

    sb, unnamed, civ = "Suicide bomb", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)"
    text = report_text("twin-c")
    own = (Evidence("fatalities", 600, 605, text[600:605]), Evidence("event_date", 610, 615, text[610:615]))
    counted = make_doc("twin-c", [replace(ev("Maiduguri", "2024-03-05", sb, unnamed, civ, n), evidence=own)
                                  for n in (14, 7)], text=text)
    store_documents([make_doc("twin-a", [ev("Maiduguri", "2024-03-05", sb, unnamed, civ, 20)]),
                     make_doc("twin-b", [ev("Maiduguri", "2024-03-05", sb, unnamed, civ, 21)])], engine)
    store_documents([counted], engine)
    rows = query_events(engine=engine)
    assert len(rows) == 1 and rows[0]["n_sources"] == 3


def _crowd_report(key: str, text: str, sub: str, actor1: str, trigger: str, day: str, when: str) -> object:
    """A synthetic crowd report at Gao: its trigger and the words its date was read from as evidence."""
    import re

    from eventcoder.model import Document, Evidence, Sentence, document_id

    sentences = [Sentence(m.start(), m.end()) for m in re.finditer(r"[^.]+\.?", text) if m.group().strip()]
    t, d = text.index(trigger), text.index(when)
    rec = replace(ev("Gao", day, sub, actor1, None), evidence=(
        Evidence("event_type", t, t + len(trigger), trigger), Evidence("event_date", d, d + len(when), when)))
    return Document(id=document_id(text), text=text, sentences=sentences, events=[rec], input_ref=key)


def test_store_one_crowd_told_as_a_rally_and_as_mob_violence_a_day_apart_by_a_weekday_is_one_event(
        tmp_path: Path) -> None:
    # Synthetic: one outlet tells a rally in Gao "on Tuesday" (read as 5 March), another tells youths rioting in Gao
    # on 6 March; both say what the crowd was about (the killing of a taxi driver by a soldier). A weekday read
    # against a publication date may be a day off, and the cause ties the two reports: one crowd, in either order.
    rally = _crowd_report("rally", "Synthetic report. Hundreds of traders held a rally in Gao on Tuesday over the "
                          "killing of a motorbike taxi driver by a soldier.", "Peaceful protest",
                          "Protesters (Mali)", "held a rally", "2024-03-05", "Tuesday")
    riot = _crowd_report("riot", "Synthetic report. Youths rioted in Gao on 6 March 2024, angered by the killing "
                         "of a motorbike taxi driver by a soldier.", "Mob violence", "Rioters (Mali)", "rioted",
                         "2024-03-06", "6 March 2024")
    for n, docs in enumerate(([rally, riot], [riot, rally])):
        engine = open_engine(str(tmp_path / f"crowd{n}.sqlite"))
        try:
            store_documents(docs, engine)  # type: ignore[arg-type]
            rows = query_events(engine=engine)
            assert len(rows) == 1 and rows[0]["n_sources"] == 2
            whys = json.dumps(get_event(rows[0]["id"], engine=engine)["sources"])
            assert "the same cause" in whys
        finally:
            engine.dispose()


def test_store_a_rally_and_a_riot_of_one_town_over_different_causes_stay_two_events(engine: Engine) -> None:
    # Synthetic: the same town and days, a rally over water cuts and a riot over a taxi driver's killing: two crowds.
    rally = _crowd_report("rally-water", "Synthetic report. Hundreds of traders held a rally in Gao on Tuesday over "
                          "repeated water cuts in the market quarter.", "Peaceful protest", "Protesters (Mali)",
                          "held a rally", "2024-03-05", "Tuesday")
    riot = _crowd_report("riot-driver", "Synthetic report. Youths rioted in Gao on 6 March 2024, angered by the "
                         "killing of a motorbike taxi driver by a soldier.", "Mob violence", "Rioters (Mali)",
                         "rioted", "2024-03-06", "6 March 2024")
    store_documents([rally, riot], engine)  # type: ignore[list-item]
    assert len(query_events(engine=engine)) == 2


def test_store_an_event_created_with_no_country_takes_its_country_id_when_a_placed_report_joins(engine: Engine) -> None:
    # Synthetic: the first report places nothing (event XXX1); a report placing the event in Gwoza (Nigeria) joins
    # it: the event takes Nigeria's next number. An event placed from the start keeps its id when reports join.
    from eventcoder.dedup.canonical import SourceRecord
    from eventcoder.store.writer import refresh_event

    unplaced = make_doc("xxx-a", [ev(None, "2024-03-05", _ABD, "ISWAP", _CIV, 3)])
    placed = make_doc("xxx-b", [ev("Gwoza", "2024-03-05", _ABD, "ISWAP", _CIV, 3)])
    store_documents([unplaced], engine)
    [row] = query_events(engine=engine)
    assert row["event_id_cnty"] == "XXX1"
    sources = [SourceRecord(r, d.id, 0, d.id, "origin") for d in (unplaced, placed) for r in d.events]
    with engine.begin() as conn:
        refresh_event(conn, row["id"], sources)
    [row] = query_events(engine=engine)
    assert row["event_id_cnty"] == "NGA1" and row["country"] == "Nigeria"
    with engine.begin() as conn:
        refresh_event(conn, row["id"], sources[1:])
    assert query_events(engine=engine)[0]["event_id_cnty"] == "NGA1"  # a country's id is fixed


def test_store_a_timeless_report_kept_out_of_two_events_splits_neither(engine: Engine) -> None:
    # Synthetic: a clash in a town years ago, then this week's clash told twice (one report a day out, its date
    # vague). An undated report of a clash there (the army, nobody named) fits both events about as well and
    # stays alone; its own event is no rival incident, so the week-vague report stays with its event.
    army = "Military Forces of Nigeria (2015-2023)"
    gang = "Unidentified Armed Group (Nigeria)"
    old = make_doc("timeless-old", [ev("Gwoza", "2021-06-02", "Armed clash", gang, army)])
    a = make_doc("timeless-a", [ev("Gwoza", "2024-03-05", "Armed clash", gang, None)])
    b = make_doc("timeless-b", [ev("Gwoza", "2024-03-04", "Armed clash", "Police Forces of Nigeria (2015-2023)",
                                   None, tp=2)])
    undated = make_doc("timeless-v", [ev("Gwoza", None, "Armed clash", army, None)])
    for doc in (old, a, b, undated):
        store_documents([doc], engine)
    assert sorted(r["n_sources"] for r in query_events(engine=engine)) == [1, 1, 2]


def test_store_an_untimed_report_ends_alone_when_two_incidents_of_its_town_fit_it_in_any_order(tmp_path: Path) -> None:
    # Synthetic: a town's clash years ago, this week's clash told twice, and a report of "a clash there with the
    # army" placed in time by nothing (no date, no weekday, no publication date). Whichever incident was told
    # first, the undated report fits the other as well: in every arrival order it ends in an event of its own, and
    # neither incident takes it (before, it stayed with whichever clash it met first, even the one years apart).
    army = "Military Forces of Nigeria (2015-2023)"
    gang = "Unidentified Armed Group (Nigeria)"
    old = make_doc("untimed-old", [ev("Gwoza", "2021-06-02", "Armed clash", gang, army)])
    a = make_doc("untimed-a", [ev("Gwoza", "2024-03-05", "Armed clash", gang, None)])
    b = make_doc("untimed-b", [ev("Gwoza", "2024-03-04", "Armed clash", "Police Forces of Nigeria (2015-2023)",
                                  None, tp=2)])
    undated = make_doc("untimed-v", [ev("Gwoza", None, "Armed clash", army, None)])
    for n, order in enumerate(itertools.permutations([old, a, b, undated])):
        store = open_engine(tmp_path / f"order{n}.sqlite")
        try:
            for doc in order:
                store_documents([doc], store)
            with store.connect() as conn:
                rows = conn.execute(select(event_sources.c.document_id, event_sources.c.event_id)).all()
            event_of = dict(rows)  # type: ignore[arg-type]
            mates = [d for d, e in rows if e == event_of[undated.id]]
            assert mates == [undated.id], [d.input_ref for d in order]
            assert event_of[a.id] == event_of[b.id] != event_of[old.id], [d.input_ref for d in order]
        finally:
            store.dispose()


def test_store_migration_5_adds_the_untimed_column_to_an_older_store(db_path: Path) -> None:
    eng = open_engine(db_path)
    with eng.begin() as conn:  # make it look like a store written before migration 5
        conn.execute(text("DROP INDEX ix_events_type_untimed_geo"))
        conn.execute(text("ALTER TABLE events DROP COLUMN untimed"))
        conn.execute(text("DELETE FROM schema_migrations WHERE version = 5"))
    eng.dispose()
    eng = open_engine(db_path)
    try:
        with eng.connect() as conn:
            assert applied_versions(conn) == {version for version, _, _ in MIGRATIONS}
            columns = {r[1] for r in conn.execute(text("PRAGMA table_info(events)"))}
            indexes = {r[1] for r in conn.execute(text("PRAGMA index_list(events)"))}
        assert "untimed" in columns and "ix_events_type_untimed_geo" in indexes
        store_documents([make_doc("mig5", [ev("Gwoza", None, "Armed clash", None, None)])], eng)
        with eng.connect() as conn:
            assert conn.execute(text("SELECT untimed FROM events")).scalar() in (1, True)
    finally:
        eng.dispose()
