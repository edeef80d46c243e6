"""POST /api/documents: ingest a report (text, HTML or JSON lines) exactly as ``eventcoder ingest`` does.

Writes are off unless the server was given a bearer token (``--token-file`` or
``EVENTCODER_TOKEN_FILE``). The body is read up to the configured limit and refused beyond
it. One upload is ingested at a time (the pipeline is shared; the store serialises writes
anyway).
"""

from __future__ import annotations

import hmac
import threading
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from eventcoder import api
from eventcoder.errors import InputError
from eventcoder.web import schemas
from eventcoder.web.problems import Problem

__all__ = ["router"]

router = APIRouter(prefix="/api", tags=["documents"])
_TYPES = {"text/plain": "text", "text/html": "html", "application/xhtml+xml": "html",
          "application/x-ndjson": "jsonl", "application/jsonl": "jsonl", "application/json": "jsonl",
          "application/jsonlines": "jsonl"}
_LOCK = threading.Lock()
_BODY = {"required": True, "description": "One report as plain text or HTML, or JSON lines (one document a line: "
                                          "text or html, with optional title, url, source, published).",
         "content": {"text/plain": {"schema": {"type": "string"}},
                     "text/html": {"schema": {"type": "string"}},
                     "application/x-ndjson": {"schema": {"type": "string"}}}}


def check_token(request: Request) -> None:
    """401/403 unless the request carries the server's bearer token."""
    token = request.app.state.settings.token
    if token is None:
        raise Problem(403, "writes are off on this server: start it with --token-file FILE (or set "
                           "EVENTCODER_TOKEN_FILE) to accept documents")
    auth = request.headers.get("authorization", "")
    scheme, _, given = auth.partition(" ")
    if scheme.lower() != "bearer" or not given:
        raise Problem(401, "send the server's token as `Authorization: Bearer TOKEN`",
                      headers={"WWW-Authenticate": "Bearer"})
    if not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise Problem(401, "the bearer token is not this server's; check the token file it was started with",
                      headers={"WWW-Authenticate": 'Bearer error="invalid_token"'})


def input_format(content_type: str | None, fmt: str | None) -> str:
    """The reader for the body: ``format=`` when given, else from the Content-Type."""
    if fmt:
        return fmt
    media = (content_type or "").split(";")[0].strip().lower()
    if media not in _TYPES:
        raise Problem(415, f"Content-Type {media or 'missing'!r} is not accepted; send text/plain, text/html or "
                           "application/x-ndjson (JSON lines), or pass format=text|html|jsonl")
    return _TYPES[media]


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 as soon as it passes ``limit`` bytes."""
    declared = request.headers.get("content-length")
    too_big = (f"the request body is over the {limit:,}-byte upload limit; send fewer documents per request "
               "or raise the server's --max-upload-bytes (EVENTCODER_MAX_UPLOAD_BYTES)")
    if declared and declared.isdigit() and int(declared) > limit:
        raise Problem(413, too_big)
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise Problem(413, too_big)
        chunks.append(chunk)
    data = b"".join(chunks)
    if not data.strip():
        raise Problem(400, "the request body is empty; send the report's text, its HTML, or JSON lines")
    return data


def _ingest(request: Request, data: bytes, fmt: str, published: str | None) -> dict[str, Any]:
    settings = request.app.state.settings
    with _LOCK:
        if settings.pipeline is None:
            from eventcoder.pipeline import Pipeline

            settings.pipeline = Pipeline.default()
        summary = api.ingest_bytes(data, f"POST /api/documents ({fmt})", db=settings.db, format=fmt,
                                   published=published, pipeline=settings.pipeline)
    out = summary.to_dict()
    out["documents"] = [{"id": o.document_id, "status": o.status} for o in summary.outcomes]
    return out


@router.post("/documents", status_code=201, openapi_extra={"requestBody": _BODY},
             responses={201: schemas.json_response(schemas.INGEST, "What was stored"),
                        **schemas.errors(400, 401, 403, 413, 415, 422)},
             summary="Ingest a report: extract, geocode, deduplicate and store (needs the bearer token)")
async def post_documents(
    request: Request,
    format: Annotated[str | None, Query(description="text, html or jsonl (overrides Content-Type).",  # noqa: A002
                                        pattern="^(text|html|jsonl)$")] = None,
    published: Annotated[str | None, Query(description="Publication date (YYYY-MM-DD) for input that has none.",
                                           pattern=r"^\d{4}-\d{2}-\d{2}$")] = None,
) -> JSONResponse:
    """The ingest summary; 422 when no document of the body could be read (each failure is named)."""
    check_token(request)
    fmt = input_format(request.headers.get("content-type"), format)
    if published:
        try:
            date.fromisoformat(published)
            api.check_published(published)  # plausible: 1800 to two days from now
        except ValueError:
            raise Problem(400, f"published {published!r} is not a date; write YYYY-MM-DD") from None
        except InputError as exc:
            raise Problem(400, str(exc).replace("--published: the publication date", "published")) from None
    data = await read_body(request, request.app.state.settings.max_upload_bytes)
    out = await run_in_threadpool(_ingest, request, data, fmt, published)
    if out["failures"] and not out["documents"]:
        detail = "; ".join(f"{f['input']}: {f['message']}" for f in out["failures"][:10])
        raise Problem(422, f"no document could be read from the body: {detail}")
    return JSONResponse(out, status_code=201)
