"""Adapters that map other codings onto the gold format: ACLED notes, WAD atrocities, the reference report,
BBC articles (topic only) and real news pages (hand-coded events, hard negatives).

Each returns :class:`GoldDoc` objects; only ``text`` is ever fed to the system, the rest is the answer.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from eventcoder.errors import EvalError
from eventcoder.evaluation.gold import GoldDoc, finish_doc, make_event
from eventcoder.evaluation.normalize import as_int, country_name
from eventcoder.evaluation.splits import split_of
from eventcoder.vocab import Inter

__all__ = ["acled_doc", "bbc_doc", "news_page_doc", "reference_docs", "wad_doc"]

_INTER_BY_NUMBER = {i: inter.value for i, inter in enumerate(Inter, start=1)}
_ACLED_FIELDS = (
    "event_date", "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1",
    "actor2", "assoc_actor_2", "country", "region", "admin1", "admin2", "admin3", "location", "latitude",
    "longitude", "geo_precision", "fatalities",
)


def _require(record: Any, ref: str, kind: str) -> dict[str, Any]:
    if not isinstance(record, dict) or not isinstance(record.get("gold"), dict) or not record.get("text"):
        raise EvalError(f"{ref}: not a {kind} development record (needs 'id', 'text' and a 'gold' object); "
                        f"check --kind or the file")
    return record


def _inter(value: Any) -> str | None:
    # The older ACLED export gives actor types as numbers, 0 meaning "no actor".
    if isinstance(value, int) and not isinstance(value, bool):
        return _INTER_BY_NUMBER.get(value)
    return str(value) if value else None


def acled_doc(record: Any, ref: str) -> GoldDoc:
    """An ACLED note: one event with ACLED's own coding; numeric inter codes become their names."""
    rec = _require(record, ref, "ACLED")
    gold = rec["gold"]
    event = {k: gold.get(k) for k in _ACLED_FIELDS}
    event["inter1"] = _inter(gold.get("inter1"))
    event["inter2"] = _inter(gold.get("inter2"))
    doc = GoldDoc(
        id=str(rec["id"]),
        ref=ref,
        text=rec["text"],
        slice={"country": gold.get("country") or "(none)", "region": gold.get("region") or "(none)", "format": "text"},
        events=[make_event(event)],
        meta={"fatalities_by_convention": bool(gold.get("fatalities_by_convention"))},
    )
    # ACLED codes "no information" as 0 deaths; injuries are not collected, so they stay unscored.
    return finish_doc(doc, {"total_fatalities": gold.get("fatalities")})


def wad_doc(record: Any, ref: str) -> GoldDoc:
    """A WAD atrocity: date (a range for campaigns), country from ISO alpha-3, region/district/locality, tolls."""
    rec = _require(record, ref, "WAD")
    gold = rec["gold"]
    # A code that is not ISO 3166 (the source has a few) leaves the country uncoded rather than wrong.
    country = country_name(gold.get("country_iso3"))
    event: dict[str, Any] = {
        "event_date": gold.get("start_date"),
        "event_date_end": gold.get("end_date"),
        "country": country,
        "country_iso3": gold.get("country_iso3") if country else None,
        "admin1": gold.get("region"),
        "admin2": gold.get("district"),
        "location": gold.get("locality"),
        "fatalities": gold.get("fatalities"),
        "injuries": gold.get("injuries"),
    }
    # WAD gives no coordinates and no ACLED type: place is scored by name, the type not at all.
    doc = GoldDoc(
        id=str(rec["id"]),
        ref=ref,
        text=rec["text"],
        slice={"country": country or "(none)", "format": "text", "record_type": gold.get("record_type") or "(none)",
               # Whether the death toll is written in the text or must be counted, added or inferred.
               "fatalities_in_text": "written" if gold.get("fatalities_literal_in_text") else "inferred"},
        events=[make_event(event)],
        meta={
            "fatalities_literal_in_text": bool(gold.get("fatalities_literal_in_text")),
            "injuries_literal_in_text": bool(gold.get("injuries_literal_in_text")),
            "record_type": gold.get("record_type"),
        },
        # WAD descriptions have no publication date, so "on Sunday" cannot be resolved: the date is
        # scored as a field but not required to match an event.
        unchecked=frozenset({"date"}),
    )
    return finish_doc(doc, {"total_fatalities": gold.get("fatalities"), "total_injuries": gold.get("injuries")})


def bbc_doc(record: Any, ref: str) -> GoldDoc:
    """A BBC article: no event coding, only its topic; scored by the share of articles given events per topic.

    ``events`` stays None (coded at document level only): a few politics articles do report an event, so
    an event there is not simply wrong. The split (``heldout`` or ``train``) is a slice, because the
    relevance model learned from the train split.
    """
    rec = _require(record, ref, "BBC")
    topic = str(rec["gold"].get("topic") or "(none)").lower()
    return GoldDoc(id=str(rec["id"]), ref=ref, text=rec["text"],
                   slice={"topic": topic, "split": split_of(str(rec["id"])), "format": "text"},
                   meta={"set": "bbc"})


def _news_event(event: dict[str, Any]) -> dict[str, Any]:
    fields = {k: event.get(k) for k in ("event_type", "sub_event_type", "actor1", "actor2", "location", "country",
                                         "fatalities", "injuries")}
    fields["event_date"] = event.get("date")
    return fields


def news_page_doc(record: Any, ref: str) -> GoldDoc:
    """A real news page: its hand-coded events (none for a hard negative) and the page title.

    Only ``text`` is input: the gold title goes to ``meta["gold_title"]``, never to the document. The page's
    fatality total is the sum of the events' coded fatalities, a null (the page says nothing) counting 0,
    as the independent scorer (``score_events.py news``) counts it; dates, when coded, come from the page.
    """
    rec = _require(record, ref, "news page")
    gold = rec["gold"]
    events = [make_event(_news_event(e)) for e in gold.get("events") or ()]
    kind = gold.get("negative_kind") or ("conflict" if events else "(none)")
    doc = GoldDoc(id=str(rec["id"]), ref=ref, text=rec["text"],
                  slice={"page": "with events" if events else "without events", "negative_kind": str(kind),
                         "format": "text"},
                  events=events,
                  meta={"set": "news_pages", "gold_title": gold.get("title"), "url": rec.get("url")})
    total = sum(as_int(e.get("fatalities")) or 0 for e in gold.get("events") or ())
    return finish_doc(doc, {"total_fatalities": total})


def _reference_event(expect: dict[str, Any], country: str | None, date: str | None) -> dict[str, Any]:
    event = {k: expect.get(k) for k in ("event_type", "sub_event_type", "actor1", "actor2", "assoc_actor_1",
                                        "fatalities", "fatalities_low", "fatalities_high", "injuries")}
    event["country"] = country
    event["event_date"] = date
    event["locations"] = [
        {"location": loc.get("name"), "admin1": loc.get("admin1"), "country": country,
         "latitude": loc.get("lat"), "longitude": loc.get("lon")}
        for loc in expect.get("locations") or ()
    ]
    return event


def reference_docs(folder: Path) -> list[GoldDoc]:
    """The reference report: one gold document per text file that gold.json codes, built at run time.

    The report text is read from the folder and never stored in the repository.
    """
    gold_path = folder / "gold.json"
    try:
        coding = json.loads(gold_path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise EvalError(f"{gold_path}: cannot read the reference coding ({exc}); check the sample folder") from exc
    expect = coding.get("expect") or {}
    document = coding.get("document") or {}
    country = document.get("country")
    dates: dict[str, Any] = expect.get("date") or {}
    docs: list[GoldDoc] = []
    for name, date in sorted(dates.items()):
        path = folder / name
        if not path.is_file():
            continue
        events = [make_event(_reference_event(e, country, date)) for e in expect.get("events") or ()]
        doc = GoldDoc(
            id=f"{folder.name}/{path.stem}",
            ref=str(path),
            text=path.read_text(encoding="utf-8"),
            slice={"country": country or "(none)", "format": "text"},
            events=events,
            meta={"must_not": coding.get("must_not") or []},
        )
        docs.append(finish_doc(doc, {"total_fatalities": expect.get("total_fatalities"),
                                     "total_injuries": expect.get("total_injuries")}))
    if not docs:
        raise EvalError(f"{folder}: gold.json names no text file present in the folder (expect.date lists them)")
    return docs
