"""Gold documents: the documented JSONL format and its validation (``loader`` picks an adapter per file)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from eventcoder.errors import EvalError
from eventcoder.evaluation.normalize import as_float, as_int
from eventcoder.evaluation.schema import gold_schema, validate

__all__ = [
    "count_range",
    "GoldDoc",
    "GoldEvent",
    "GoldLocation",
    "parse_gold_record",
    "read_jsonl",
]



@dataclass(frozen=True, slots=True)
class GoldLocation:
    """One coded place of a gold event."""

    location: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    country: str | None = None
    latitude: float | None = None
    longitude: float | None = None

    @property
    def has_point(self) -> bool:
        """Whether the place has coordinates."""
        return self.latitude is not None and self.longitude is not None


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One expected event: its ACLED fields (missing or None = not coded) and its places."""

    fields: dict[str, Any]
    locations: tuple[GoldLocation, ...] = ()

    def get(self, name: str) -> Any:
        """The coded value of a field, or None."""
        value = self.fields.get(name)
        return None if value == "" else value

    @property
    def fatality_range(self) -> tuple[int, int, int] | None:
        """(point, low, high) of the coded fatalities; a single figure gives a one-point range."""
        return count_range(self.fields.get("fatalities"), self.fields.get("fatalities_low"),
                           self.fields.get("fatalities_high"))


@dataclass(slots=True)
class GoldDoc:
    """One gold document: the input to run and the expected answer."""

    id: str
    ref: str  # file and line, for messages
    text: str | None = None
    html: str | None = None
    published: str | None = None
    title: str | None = None
    slice: dict[str, str] = field(default_factory=dict)
    events: list[GoldEvent] | None = None  # None: coded at document level only
    total_fatalities: tuple[int, int, int] | None = None  # (point, low, high)
    total_injuries: tuple[int, int, int] | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    # Matching checks not used for this document, e.g. the date where the text cannot give it.
    unchecked: frozenset[str] = frozenset()

    @property
    def input_format(self) -> str:
        """``html`` or ``text``, from what the record gives."""
        return "html" if self.html and not self.text else "text"

    def to_record(self) -> dict[str, Any]:
        """The document as one line of the gold format (what an adapter made of its source)."""
        gold: dict[str, Any] = {}
        if self.events is not None:
            gold["events"] = [_event_record(e) for e in self.events]
        for name, value in (("total_fatalities", self.total_fatalities), ("total_injuries", self.total_injuries)):
            if value is not None:
                gold[name] = value[0]
                if value[1] != value[2]:
                    gold[f"{name}_low"], gold[f"{name}_high"] = value[1], value[2]
        if self.unchecked:
            gold["unchecked"] = sorted(self.unchecked)
        return {"id": self.id, "text": self.text, "html": self.html, "published": self.published, "title": self.title,
                "slice": dict(self.slice), "gold": gold}


def _event_record(event: GoldEvent) -> dict[str, Any]:
    data = {k: v for k, v in event.fields.items() if v is not None}
    if len(event.locations) > 1:
        data["locations"] = [{k: v for k, v in asdict(loc).items() if v is not None} for loc in event.locations]
    return data


def _location_of(data: dict[str, Any]) -> GoldLocation:
    return GoldLocation(
        location=data.get("location") or data.get("name"),
        admin1=data.get("admin1"),
        admin2=data.get("admin2"),
        country=data.get("country"),
        latitude=as_float(data.get("latitude", data.get("lat"))),
        longitude=as_float(data.get("longitude", data.get("lon"))),
    )


def make_event(data: dict[str, Any]) -> GoldEvent:
    """A GoldEvent from a dict of ACLED fields, with ``locations`` (several places) or the single place fields."""
    locations = [_location_of(loc) for loc in data.get("locations") or ()]
    if not locations and any(data.get(k) is not None for k in ("location", "admin1", "latitude", "admin2")):
        locations = [_location_of(data)]
    country = data.get("country")
    if country:
        locations = [loc if loc.country else GoldLocation(loc.location, loc.admin1, loc.admin2, country,
                                                          loc.latitude, loc.longitude) for loc in locations]
    fields_ = {k: v for k, v in data.items() if k != "locations"}
    if locations and fields_.get("location") is None:
        first = locations[0]
        fields_.update({"location": first.location, "admin1": fields_.get("admin1") or first.admin1,
                        "latitude": first.latitude, "longitude": first.longitude})
    return GoldEvent(fields_, tuple(locations))


def count_range(value: Any, low: Any = None, high: Any = None) -> tuple[int, int, int] | None:
    """(point, low, high) of a count: the point is the value, else the low end (ACLED's conservative figure)."""
    v, lo, hi = as_int(value), as_int(low), as_int(high)
    if v is None and lo is None and hi is None:
        return None
    lo = lo if lo is not None else (v if v is not None else hi)
    hi = hi if hi is not None else (v if v is not None else lo)
    assert lo is not None and hi is not None
    lo, hi = min(lo, hi), max(lo, hi)
    return (v if v is not None else lo, lo, hi)


def _sum_ranges(ranges: list[tuple[int, int, int] | None]) -> tuple[int, int, int] | None:
    if not ranges or any(r is None for r in ranges):
        return None
    return (sum(r[0] for r in ranges if r), sum(r[1] for r in ranges if r), sum(r[2] for r in ranges if r))


def finish_doc(doc: GoldDoc, gold: dict[str, Any]) -> GoldDoc:
    """Fill the document totals: given ones win, else the sum over events when every event codes them."""
    doc.total_fatalities = count_range(gold.get("total_fatalities"), gold.get("total_fatalities_low"),
                                  gold.get("total_fatalities_high"))
    doc.total_injuries = count_range(gold.get("total_injuries"), gold.get("total_injuries_low"),
                                gold.get("total_injuries_high"))
    if doc.events is not None:
        if doc.total_fatalities is None:
            doc.total_fatalities = (0, 0, 0) if not doc.events else _sum_ranges([e.fatality_range for e in doc.events])
        if doc.total_injuries is None:
            injuries = [count_range(e.get("injuries")) for e in doc.events]
            doc.total_injuries = (0, 0, 0) if not doc.events else _sum_ranges(injuries)
    return doc


def parse_gold_record(record: Any, ref: str) -> GoldDoc:
    """A GoldDoc from one record of the documented gold format; EvalError naming ``ref`` when it does not fit."""
    schema = gold_schema()
    problems = validate(record, schema) if schema is not None else []
    if not isinstance(record, dict):
        problems = problems or ["the line is not a JSON object"]
    elif schema is None:
        if "id" not in record or not isinstance(record.get("gold"), dict):
            problems.append("the fields 'id' and 'gold' (an object) are required")
        if not (record.get("text") or record.get("html")):
            problems.append("give 'text' or 'html'")
    if problems:
        shown = "; ".join(problems[:3]) + (f" (and {len(problems) - 3} more)" if len(problems) > 3 else "")
        raise EvalError(f"{ref}: not a gold record: {shown}; see src/eventcoder/data/schemas/gold.schema.json and docs/evaluation.md")
    gold = record["gold"]
    events = None if "events" not in gold else [make_event(e) for e in gold["events"]]
    doc = GoldDoc(
        id=str(record["id"]),
        ref=ref,
        text=record.get("text"),
        html=record.get("html"),
        published=record.get("published"),
        title=record.get("title"),
        slice={k: str(v) for k, v in (record.get("slice") or {}).items() if v is not None},
        events=events,
        unchecked=frozenset(gold.get("unchecked") or ()),
    )
    return finish_doc(doc, gold)


def read_jsonl(path: Path) -> Iterator[tuple[int, Any]]:
    """(line number, parsed object) for every non-blank line; EvalError naming file and line on bad JSON."""
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise EvalError(f"{path}: cannot be read ({exc.strerror}); check the path") from exc
    with handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                yield number, json.loads(line)
            except json.JSONDecodeError as exc:
                raise EvalError(f"{path} line {number}: not valid JSON ({exc.msg} at column {exc.colno}); "
                                "each line must be one JSON object") from exc
