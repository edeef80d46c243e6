"""The fake pipeline of the watch tests: one hand-built event record per synthetic incident sentence.

No model and no gazetteer load, so the tests measure the watcher, not the extraction.
"""

from __future__ import annotations

import re

from eventcoder.dedup.scenarios import ev
from eventcoder.model import Document
from eventcoder.pipeline import Pipeline, Stage

_INCIDENT = re.compile(r"In ([A-Z][a-z]+(?: [A-Z][a-z]+)?) on (\d{4}-\d\d-\d\d) a (clash|protest) killed (\d+) people")


def fake_events(doc: Document) -> Document:
    """The fake extraction stage: one record per synthetic incident sentence (no model, no gazetteer)."""
    for m in _INCIDENT.finditer(doc.text):
        place, day, kind, killed = m.group(1), m.group(2), m.group(3), int(m.group(4))
        if kind == "protest":
            doc.events.append(ev(place, day, "Peaceful protest", "Protesters (Nigeria)", None, fatalities=killed))
        else:
            doc.events.append(ev(place, day, fatalities=killed))
    if not doc.events:
        doc.rejected = "no synthetic incident sentence"
    return doc


FAKE_PIPELINE = Pipeline([Stage("events", fake_events)])
