"""A child process for the crash and concurrency tests: ingests N synthetic documents into DB.

Usage: python -m tests.store._worker DB N [DELAY]  (run from the repository root)
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator

from eventcoder.dedup.scenarios import PLACES, ev, report_text
from eventcoder.model import Document, document_id
from eventcoder.pipeline import Pipeline
from eventcoder.store.ingest import ingest

_TOWNS = sorted(PLACES)


def synthetic_docs(n: int) -> list[Document]:
    """N distinct synthetic reports, one event each, on distinct days (nothing merges)."""
    docs = []
    for i in range(n):
        text = report_text(f"worker-{i}")
        day = f"2020-{1 + (i // 28) % 12:02d}-{1 + i % 28:02d}"
        rec = ev(_TOWNS[i % len(_TOWNS)], day, fatalities=i % 5, actor1=f"Synthetic Group {i}")
        docs.append(Document(id=document_id(text), text=text, events=[rec], source="Worker", input_ref=f"w{i}"))
    return docs


def main(argv: list[str]) -> int:
    db, n = argv[0], int(argv[1])
    delay = float(argv[2]) if len(argv) > 2 else 0.0
    docs = synthetic_docs(n)

    def reader(path: str, *, published: str | None = None) -> Iterator[Document]:
        for doc in docs:
            if delay:
                time.sleep(delay)  # slow the batch down so the test can kill it mid-way
            yield doc

    summary = ingest(["synthetic"], db=db, pipeline=Pipeline([]), reader=reader)
    print(summary.documents_added, summary.documents_duplicate)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
