"""Predictions: read from a file that ``eventcoder extract --format jsonl`` wrote, or made by running the pipeline."""

from __future__ import annotations

import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from eventcoder.errors import EvalError
from eventcoder.evaluation.gold import GoldDoc, read_jsonl

__all__ = ["load_predictions", "predict_one", "run_pipeline"]


def load_predictions(path: str | Path) -> dict[str, dict[str, Any]]:
    """Prediction records by id: ``{"id", "events": [...], ...}``; a failure line (``error``) counts as no events."""
    path = Path(path)
    if not path.is_file():
        raise EvalError(f"{path}: no such prediction file; write one with `eventcoder extract IN.jsonl --format jsonl`")
    out: dict[str, dict[str, Any]] = {}
    for number, record in read_jsonl(path):
        if not isinstance(record, dict) or "id" not in record:
            raise EvalError(f"{path} line {number}: a prediction line needs an 'id' (the gold id) and 'events'")
        events = record.get("events")
        if events is None and isinstance(record.get("document"), dict):
            events = record["document"].get("events")
        if events is None:
            events = []
        if not isinstance(events, list) or not all(isinstance(e, dict) for e in events):
            raise EvalError(f"{path} line {number}: 'events' must be a list of objects with ACLED field names")
        ident = str(record["id"])
        if ident in out:
            raise EvalError(f"{path} line {number}: the id {ident!r} appears twice; keep one line per document")
        document = record.get("document")
        document = document if isinstance(document, dict) else {}
        out[ident] = {"id": ident, "events": events, "error": record.get("error"), "rejected": record.get("rejected"),
                      "title": document.get("title", record.get("title"))}
    return out


def _document(doc: GoldDoc) -> Any:
    from eventcoder.ingest import document_from_text, read
    from eventcoder.model import Failure

    if doc.text:
        return document_from_text(doc.text, published=doc.published, title=doc.title, input_ref=doc.ref)
    with tempfile.TemporaryDirectory(prefix="eventcoder-eval-") as folder:
        page = Path(folder) / "page.html"
        page.write_text(doc.html or "", encoding="utf-8")
        items = list(read(page, published=doc.published, format="html"))
    if not items:
        return Failure(doc.ref, "ingest", "the HTML page gave no document")
    first = items[0]
    if not isinstance(first, Failure):
        first.input_ref = doc.ref
    return first


def predict_one(doc: GoldDoc) -> dict[str, Any]:
    """Run the default pipeline on one gold document; the prediction record in the shape of a prediction file."""
    from eventcoder.model import Failure
    from eventcoder.pipeline import Pipeline

    try:
        item = _document(doc)
        if not isinstance(item, Failure):
            item = next(iter(Pipeline.default().pipe([item])))
    except NotImplementedError as exc:
        raise EvalError(f"{doc.ref}: the pipeline is not complete in this installation ({exc!r} in ingest); "
                        "score a prediction file with --pred instead") from exc
    except Exception as exc:  # noqa: BLE001 - batch boundary: one bad document must not stop the evaluation
        return {"id": doc.id, "events": [], "error": f"{type(exc).__name__}: {exc}", "stage": "ingest"}
    if isinstance(item, Failure):
        return {"id": doc.id, "events": [], "error": item.message, "stage": item.stage}
    return {"id": doc.id, "events": [e.to_dict() for e in item.events], "rejected": item.rejected, "error": None,
            "title": item.title}


def run_pipeline(docs: list[GoldDoc], *, jobs: int = 1) -> dict[str, dict[str, Any]]:
    """Predictions for every gold document, on ``jobs`` processes (each loads the pipeline once)."""
    if jobs <= 1 or len(docs) < 2 * jobs:
        return {doc.id: predict_one(doc) for doc in docs}
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        return {rec["id"]: rec for rec in pool.map(predict_one, docs, chunksize=max(1, len(docs) // (jobs * 8)))}
