"""The watcher end to end against real HTTP on 127.0.0.1: polls, pages, storing, restarts, failures."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import Engine, func, select

from eventcoder.store.schema import documents, events, watch_feeds, watch_items
from eventcoder.watch.timing import ManualClock

from ._server import FILLER, Item, LocalServer, Reply, atom, gzipped, incident, page, rss
from .conftest import make_config, run_watch


def _items(engine: Engine) -> dict[str, str]:
    with engine.connect() as conn:
        return {r.url or r.entry_id: r.status for r in conn.execute(select(watch_items))}


def _count(engine: Engine, table: object) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())  # type: ignore[arg-type]


def _feed_row(engine: Engine, url: str) -> dict[str, object]:
    with engine.connect() as conn:
        return dict(conn.execute(select(watch_feeds).where(watch_feeds.c.url == url)).one()._mapping)


def _publish(server: LocalServer, n: int, *, prefix: str = "a", feed: str = "/feed.xml", start: int = 0,
             places: tuple[str, ...] = ("Gwoza", "Maiduguri", "Sarmin", "Gao")) -> list[Item]:
    """A feed of ``n`` entries whose pages each report one distinct synthetic incident."""
    items = []
    for i in range(start, start + n):
        path = f"/{prefix}/{i}.html"
        place = places[i % len(places)]
        server.route(path, Reply(body=page(f"Synthetic headline {prefix} {i}", incident(place, f"2024-02-{i + 1:02d}",
                                                                                          i + 2), FILLER),
                                 headers={"Content-Type": "text/html; charset=utf-8"}))
        items.append(Item(f"{prefix}-{i}", f"Synthetic headline {prefix} {i}", server.url(path)))
    server.route(feed, Reply(body=rss(items), headers={"Content-Type": "application/rss+xml", "ETag": f'"{n}"'}))
    return items


def test_watch_once_stores_every_new_article(server: LocalServer, engine: Engine, clock: ManualClock) -> None:
    _publish(server, 3)
    summary = run_watch(make_config([server.url("/feed.xml")]), engine, clock)
    assert (summary.polls, summary.entries_new, summary.items_stored) == (1, 3, 3)
    assert _count(engine, documents) == 3 and _count(engine, events) == 3
    assert set(_items(engine).values()) == {"stored"}
    with engine.connect() as conn:
        sources = set(conn.execute(select(documents.c.source)).scalars())
        inputs = set(conn.execute(select(documents.c.url)).scalars())
    assert sources == {"Synthetic Wire"}  # the feed's title names the outlet when the page has no site name
    assert inputs == {server.url(f"/a/{i}.html") for i in range(3)}


def test_watch_second_poll_is_conditional_and_adds_only_new_entries(server: LocalServer, engine: Engine,
                                                                    clock: ManualClock) -> None:
    url = server.url("/feed.xml")
    _publish(server, 2)
    run_watch(make_config([url]), engine, clock)

    def conditional(req: object) -> Reply:
        if getattr(req, "headers", {}).get("if-none-match") == '"2"':
            return Reply(304)
        return Reply(body=b"unexpected")

    server.route("/feed.xml", conditional)
    clock.advance(120)
    summary = run_watch(make_config([url]), engine, clock)
    assert summary.polls_not_modified == 1 and summary.items_stored == 0
    _publish(server, 3)  # one more entry, a new ETag
    clock.advance(120)
    summary = run_watch(make_config([url]), engine, clock)
    assert (summary.entries_new, summary.items_stored) == (1, 1)
    assert len(server.hits("/a/0.html")) == 1 and len(server.hits("/a/2.html")) == 1
    assert _count(engine, documents) == 3


def test_watch_continuous_polls_on_the_feed_interval(server: LocalServer, engine: Engine, clock: ManualClock) -> None:
    _publish(server, 1)
    start = clock.time()
    run_watch(make_config([server.url("/feed.xml")], watch={"interval": 60}), engine, clock, once=False,
              until=start + 600)
    assert 10 <= len(server.hits("/feed.xml")) <= 11
    assert _count(engine, documents) == 1


def test_watch_failing_feeds_back_off_and_the_others_go_on(server: LocalServer, engine: Engine, clock: ManualClock,
                                                           caplog: pytest.LogCaptureFixture) -> None:
    _publish(server, 2)
    server.route("/500.xml", Reply(500, b"oops"))
    server.route("/html.xml", Reply(body=page("A home page", "Not a feed at all."),
                                    headers={"Content-Type": "text/html"}))
    server.route("/broken.xml", Reply(body=b"<rss><channel><title>x</title><item><title>unclosed"))
    server.route("/slow.xml", Reply(body=rss([]), delay=1.5))
    server.route("/loop1.xml", Reply(302, headers={"Location": "/loop2.xml"}))
    server.route("/loop2.xml", Reply(302, headers={"Location": "/loop1.xml"}))
    bad = ["/500.xml", "/html.xml", "/broken.xml", "/slow.xml", "/loop1.xml", "/missing.xml"]
    config = make_config([server.url(p) for p in bad] + [server.url("/feed.xml")])
    with caplog.at_level(logging.WARNING, logger="eventcoder.watch"):
        summary = run_watch(config, engine, clock)
    assert summary.items_stored == 2 and summary.polls_failed == len(bad)
    text = caplog.text
    for path, words in [("/500.xml", "HTTP 500"), ("/html.xml", "HTML page"), ("/broken.xml", "not a valid RSS"),
                        ("/slow.xml", "timed out"), ("/loop1.xml", "redirect loop"), ("/missing.xml", "HTTP 404")]:
        assert server.url(path) in text and words in text, path
    row = _feed_row(engine, server.url("/500.xml"))
    assert row["failures"] == 1 and row["last_status"] == 500 and row["next_poll_at"] > clock.time()


def test_watch_backoff_grows_with_failures(server: LocalServer, engine: Engine, clock: ManualClock) -> None:
    server.route("/500.xml", Reply(500, b"oops"))
    _publish(server, 1)
    start = clock.time()
    run_watch(make_config([server.url("/500.xml"), server.url("/feed.xml")],
                          watch={"interval": 60, "backoff": 60, "max_backoff": 3600}), engine, clock, once=False,
              until=start + 3 * 3600)
    good, broken = len(server.hits("/feed.xml")), len(server.hits("/500.xml"))
    assert good >= 170  # every minute
    # 60, 120, 240, 480, 960, 1920, 3600... seconds apart (half of each fixed, half random): a handful of polls
    assert 5 <= broken <= 15
    assert _feed_row(engine, server.url("/500.xml"))["failures"] == broken


def test_watch_retry_after_is_respected(server: LocalServer, engine: Engine, clock: ManualClock) -> None:
    server.route("/busy.xml", Reply(503, b"busy", headers={"Retry-After": "7200"}))
    run_watch(make_config([server.url("/busy.xml")]), engine, clock)
    assert _feed_row(engine, server.url("/busy.xml"))["next_poll_at"] >= clock.time() + 7200


def test_watch_malformed_feed_with_entries_is_used(server: LocalServer, engine: Engine, clock: ManualClock,
                                                   caplog: pytest.LogCaptureFixture) -> None:
    items = _publish(server, 2)
    body = rss(items).replace(b"</channel></rss>", b"<item><title>cut off")
    server.route("/feed.xml", Reply(body=body, headers={"Content-Type": "application/rss+xml"}))
    with caplog.at_level(logging.WARNING, logger="eventcoder.watch"):
        summary = run_watch(make_config([server.url("/feed.xml")]), engine, clock)
    assert summary.items_stored == 2 and "malformed" in caplog.text


def test_watch_atom_gzip_and_non_utf8(server: LocalServer, engine: Engine, clock: ManualClock) -> None:
    text = "Le caf\u00e9 de la gare \u2014 a synthetic page in Windows-1252. " + incident("Gwoza", "2024-03-01", 4)
    server.route("/p.html", Reply(body=page("Synthetic caf\u00e9 report", text, FILLER).replace(
        b"utf-8", b"x").decode("utf-8").encode("cp1252"), headers={"Content-Type": "text/html; charset=windows-1252"}))
    feed = atom([Item("urn:1", "Synthetic caf\u00e9 report", server.url("/p.html"))])
    server.route("/atom.xml", Reply(body=gzipped(feed), headers={"Content-Type": "application/atom+xml",
                                                                  "Content-Encoding": "gzip"}))
    summary = run_watch(make_config([server.url("/atom.xml")]), engine, clock)
    assert summary.items_stored == 1
    with engine.connect() as conn:
        stored = conn.execute(select(documents.c.text)).scalar_one()
    assert "caf\u00e9 de la gare" in stored


def test_watch_page_failures(server: LocalServer, engine: Engine, clock: ManualClock) -> None:
    flaky = {"n": 0}

    def sometimes(_req: object) -> Reply:
        flaky["n"] += 1
        if flaky["n"] <= 2:
            return Reply(500, b"try later")
        return Reply(body=page("Flaky", incident("Gao", "2024-03-01", 3), FILLER), headers={"Content-Type": "text/html"})

    server.route("/flaky.html", sometimes)
    server.route("/gone.html", Reply(410, b"gone"))
    server.route("/huge.html", Reply(body=b"<html><body><p>" + b"word " * 400_000 + b"</p></body></html>",
                                     headers={"Content-Type": "text/html"}))
    server.route("/bomb.html", Reply(body=gzipped(b"<html><body><p>" + b" " * 30_000_000),
                                     headers={"Content-Type": "text/html", "Content-Encoding": "gzip"}))
    server.route("/pdf.html", Reply(body=b"%PDF-1.4", headers={"Content-Type": "application/pdf"}))
    entries = [Item(p, f"Synthetic {p}", server.url(p)) for p in
               ("/flaky.html", "/gone.html", "/huge.html", "/bomb.html", "/pdf.html")]
    server.route("/feed.xml", Reply(body=rss(entries)))
    config = make_config([server.url("/feed.xml")], watch={"max_page_bytes": 1_000_000, "item_attempts": 5})
    first = run_watch(config, engine, clock)
    assert first.items_failed == 4 and first.items_retried == 1
    assert len(server.hits("/gone.html")) == 1  # 410: never asked again
    status = _items(engine)
    assert status[server.url("/flaky.html")] == "pending"
    clock.advance(3600)
    run_watch(config, engine, clock)
    clock.advance(3600)
    run_watch(config, engine, clock)
    assert _items(engine)[server.url("/flaky.html")] == "stored"
    assert len(server.hits("/flaky.html")) == 3 and len(server.hits("/gone.html")) == 1
    with engine.connect() as conn:
        errors = dict(conn.execute(select(watch_items.c.url, watch_items.c.error)).all())
    assert "HTTP 410" in errors[server.url("/gone.html")]
    assert "limit" in errors[server.url("/huge.html")] and "limit" in errors[server.url("/bomb.html")]
    assert "not an HTML page" in errors[server.url("/pdf.html")]


def test_watch_entries_without_link_and_without_backfill(server: LocalServer, engine: Engine,
                                                         clock: ManualClock) -> None:
    server.route("/nolink.xml", Reply(body=rss([Item("n-1", "Synthetic brief", None,
                                                     incident("Sarmin", "2024-03-01", 6))])))
    _publish(server, 2)
    config = make_config([server.url("/nolink.xml"), {"url": server.url("/feed.xml"), "backfill": False}])
    summary = run_watch(config, engine, clock)
    assert summary.items_stored == 1  # the brief, coded from its own text; the other feed's entries are only marked
    assert sorted(_items(engine).values()) == ["skipped", "skipped", "stored"]
    _publish(server, 3)
    clock.advance(120)
    summary = run_watch(config, engine, clock)
    assert summary.items_stored == 1 and len(server.hits("/a/2.html")) == 1 and not server.hits("/a/0.html")


def test_watch_same_article_in_two_feeds_is_fetched_once(server: LocalServer, engine: Engine,
                                                         clock: ManualClock) -> None:
    items = _publish(server, 2)
    server.route("/other.xml", Reply(body=rss(items, title="Other Synthetic Wire")))
    summary = run_watch(make_config([server.url("/feed.xml"), server.url("/other.xml")]), engine, clock)
    assert summary.items_stored == 2 and summary.items_duplicate == 2
    assert len(server.hits("/a/0.html")) == 1 and len(server.hits("/a/1.html")) == 1


def test_watch_updated_entry_is_fetched_again_and_raises_the_toll(server: LocalServer, engine: Engine,
                                                                  clock: ManualClock) -> None:
    body = [incident("Gwoza", "2024-03-01", 5), FILLER, FILLER.replace("weather", "harvest")]
    server.route("/story.html", Reply(body=page("Synthetic clash in Gwoza", *body), headers={"Content-Type": "text/html"}))
    entry = Item("story-1", "Synthetic clash in Gwoza", server.url("/story.html"), updated="2024-03-02T08:00:00Z")
    server.route("/atom.xml", Reply(body=atom([entry])))
    config = make_config([server.url("/atom.xml")])
    run_watch(config, engine, clock)
    with engine.connect() as conn:
        assert conn.execute(select(events.c.fatalities)).scalar_one() == 5
    # The same article, updated: the toll rose.
    body[0] = incident("Gwoza", "2024-03-01", 12)
    server.route("/story.html", Reply(body=page("Synthetic clash in Gwoza", *body, "The toll was revised upwards."),
                                      headers={"Content-Type": "text/html"}))
    entry.updated = "2024-03-02T11:00:00Z"
    server.route("/atom.xml", Reply(body=atom([entry])))
    clock.advance(120)
    summary = run_watch(config, engine, clock)
    assert summary.items_stored == 1 and len(server.hits("/story.html")) == 2
    with engine.connect() as conn:
        rows = conn.execute(select(events.c.fatalities, events.c.n_sources)).all()
    assert len(rows) == 1 and rows[0].fatalities == 12  # one event, its toll raised by the update


def test_watch_follows_a_moved_feed_and_says_so(server: LocalServer, engine: Engine, clock: ManualClock,
                                                caplog: pytest.LogCaptureFixture) -> None:
    _publish(server, 1, feed="/new.xml")
    server.route("/old.xml", Reply(301, headers={"Location": "/new.xml"}))
    with caplog.at_level(logging.INFO, logger="eventcoder.watch"):
        summary = run_watch(make_config([server.url("/old.xml")]), engine, clock)
    assert summary.items_stored == 1 and "redirected to " + server.url("/new.xml") in caplog.text


def test_watch_through_the_api(server: LocalServer, db_path: object, clock: ManualClock) -> None:
    from eventcoder import api

    from ._fake import FAKE_PIPELINE

    _publish(server, 2)
    summary = api.watch([server.url("/feed.xml")], config=make_config([]), db=str(db_path), once=True,
                        pipeline=FAKE_PIPELINE, clock=clock)
    assert summary.items_stored == 2
    status = api.watch_status(str(db_path))
    assert [(f.url, f.state, f.entries) for f in status.feeds] == [(server.url("/feed.xml"), "ok", {"stored": 2})]


def test_watch_an_unexpected_reader_error_fails_only_its_article(server: LocalServer, engine: Engine,
                                                                 clock: ManualClock,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    _publish(server, 2)
    server.route("/nolink.xml", Reply(body=rss([Item("n-1", "Synthetic brief", None,
                                                     incident("Sarmin", "2024-03-01", 6))])))
    monkeypatch.setenv("EVENTCODER_MAX_HTML_BYTES", "not a number")  # the HTML reader raises a ConfigError
    summary = run_watch(make_config([server.url("/feed.xml"), server.url("/nolink.xml")]), engine, clock)
    assert summary.items_failed == 2 and summary.items_stored == 1  # the linkless brief needs no HTML reader
    with engine.connect() as conn:
        errors = set(conn.execute(select(watch_items.c.error).where(watch_items.c.status == "failed")).scalars())
    assert all("EVENTCODER_MAX_HTML_BYTES" in e for e in errors)


def test_watch_a_local_feed_file(tmp_path: object, engine: Engine, clock: ManualClock) -> None:
    """A feed file a program writes locally is watched by its file: URL (or its path on the command line); its
    entries' file: links are read, unchanged files are 'not modified', and a web feed's file: link is refused."""
    from pathlib import Path

    from eventcoder.watch import resolve_config

    folder = Path(str(tmp_path))
    pages = []
    for i, place in enumerate(("Gwoza", "Gao")):
        path = folder / f"story-{i}.html"
        path.write_text(page(f"Synthetic local headline {i}", incident(place, f"2024-02-0{i + 1}", i + 3),
                             FILLER).decode("utf-8"), encoding="utf-8")
        pages.append(Item(f"local-{i}", f"Synthetic local headline {i}", path.as_uri()))
    feed = folder / "feed.xml"
    feed.write_bytes(rss(pages))
    config = resolve_config([str(feed)], config=make_config([]))
    assert [f.url for f in config.feed] == [feed.as_uri()]
    summary = run_watch(config, engine, clock)
    assert (summary.polls, summary.entries_new, summary.items_stored) == (1, 2, 2)
    assert set(_items(engine)) == {p.link for p in pages}, _items(engine)
    clock.advance(600)
    summary = run_watch(config, engine, clock)
    assert summary.polls_not_modified == 1 and summary.items_stored == 0
    missing = make_config([(folder / "gone.xml").as_uri()])
    summary = run_watch(missing, engine, clock)
    assert summary.polls_failed == 1 and "cannot read" in str(_feed_row(engine, (folder / "gone.xml").as_uri()))


def test_watch_web_feed_cannot_point_at_local_files(server: LocalServer, engine: Engine, clock: ManualClock,
                                                    tmp_path: object) -> None:
    from pathlib import Path

    secret = Path(str(tmp_path)) / "secret.html"
    secret.write_text("<html><body><p>Not for a web feed to read.</p></body></html>", encoding="utf-8")
    server.route("/feed.xml", Reply(body=rss([Item("x", "Synthetic headline", secret.as_uri())])))
    run_watch(make_config([server.url("/feed.xml")]), engine, clock)
    assert set(_items(engine)) == {"x"}  # the link is dropped: the entry is coded from its own title and text
    with engine.connect() as conn:
        texts = list(conn.execute(select(documents.c.text)).scalars())
    assert not any("Not for a web feed" in t for t in texts)
