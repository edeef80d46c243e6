"""Fixtures of the web tests: a small synthetic store (no extraction), the app and its test client.

The report texts below are synthetic, written for these tests.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

# Starlette suggests another HTTP client for its test client; httpx is the one FastAPI documents.
warnings.filterwarnings("ignore", message=r"Using `httpx` with `starlette.testclient`")
pytest.importorskip("fastapi", reason="the web extra (FastAPI) is not installed: pip install 'eventcoder[web]'")

from fastapi.testclient import TestClient  # noqa: E402

from eventcoder.model import Document, EventRecord, Evidence, document_id  # noqa: E402
from eventcoder.pipeline import Pipeline  # noqa: E402
from eventcoder.store.db import open_engine  # noqa: E402
from eventcoder.store.ingest import store_documents  # noqa: E402
from eventcoder.web import Settings, create_app  # noqa: E402

TOKEN = "test-token-0123456789abcdef"

# Synthetic reports: (key, text, published, records as (field -> quote) plus record fields)
REPORTS = [
    ("a", "Gunmen attacked a market in Maiduguri on Monday, killing seven traders, police said.", "2024-03-05",
     dict(event_date="2024-03-04", sub_event_type="Attack", event_type="Violence against civilians",
          actor1="Unidentified Armed Group (Nigeria)", actor2="Civilians (Nigeria)", country="Nigeria",
          admin1="Borno", location="Maiduguri", latitude=11.8464, longitude=13.1603, geo_precision=1,
          fatalities=7),
     {"actor1": "Gunmen", "location": "Maiduguri", "event_date": "Monday", "fatalities": "seven traders"}),
    ("b", "Soldiers clashed with militants near Gwoza on Friday; four soldiers died in the fighting.", "2024-03-09",
     dict(event_date="2024-03-08", sub_event_type="Armed clash", event_type="Battles",
          actor1="Military Forces of Nigeria (2023-)", actor2="Unidentified Armed Group (Nigeria)",
          country="Nigeria", admin1="Borno", location="Gwoza", latitude=11.0861, longitude=13.6911,
          geo_precision=2, fatalities=4),
     {"actor1": "Soldiers", "location": "Gwoza", "event_date": "Friday", "fatalities": "four soldiers"}),
    ("c", "Hundreds of students marched in Idlib city on Sunday against rising bread prices.", "2024-04-15",
     dict(event_date="2024-04-14", sub_event_type="Peaceful protest", event_type="Protests",
          actor1="Protesters (Syria)", country="Syria", admin1="Idleb", location="Idlib", latitude=35.9306,
          longitude=36.6339, geo_precision=1, fatalities=0),
     {"actor1": "students", "location": "Idlib city", "event_date": "Sunday"}),
    ("d", "A roadside bomb in Idleb province wounded two farmers, a monitoring group said.", None,
     dict(event_date=None, sub_event_type="Remote explosive/landmine/IED", event_type="Explosions/Remote violence",
          actor1="Unidentified Armed Group (Syria)", actor2="Civilians (Syria)", country="Syria", admin1="Idleb",
          location="Idleb", latitude=35.8, longitude=36.6, geo_precision=3, fatalities=0, injuries=2),
     {"location": "Idleb province", "injuries": "two farmers"}),
]


def synthetic_documents() -> list[Document]:
    """One document per report with one record whose evidence points at the quoted words."""
    docs = []
    for key, text, published, fields, quotes in REPORTS:
        evidence = tuple(Evidence(f, text.index(q), text.index(q) + len(q), q) for f, q in quotes.items())
        year = int(fields["event_date"][:4]) if fields.get("event_date") else None
        rec = EventRecord(**fields, year=year, time_precision=1 if year else None, confidence=0.8,
                          disorder_type="Political violence", evidence=evidence)
        docs.append(Document(id=document_id(text), text=text, source=f"Synthetic Outlet {key.upper()}",
                             url=f"https://news.example.org/{key}", title=None, published=published,
                             events=[rec], input_ref=f"synthetic-{key}"))
    return docs


@pytest.fixture(scope="session")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("web") / "store.sqlite"
    engine = open_engine(path)
    store_documents(synthetic_documents(), engine)
    engine.dispose()
    return path


@pytest.fixture(scope="session")
def client(store: Path) -> Iterator[TestClient]:
    with TestClient(create_app(Settings(db=str(store)))) as c:
        yield c


@pytest.fixture
def writable(tmp_path: Path) -> Iterator[TestClient]:
    """A fresh store with writes on (token) and a pipeline without stages (documents stored, no extraction)."""
    path = tmp_path / "w.sqlite"
    open_engine(path).dispose()
    settings = Settings(db=str(path), token=TOKEN, max_upload_bytes=2_000, pipeline=Pipeline([]))
    with TestClient(create_app(settings)) as c:
        yield c
