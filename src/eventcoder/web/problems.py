"""Errors as RFC 9457 problem details (``application/problem+json``) with eventcoder's own messages.

An :class:`~eventcoder.errors.EventcoderError` keeps the message the command line prints; a
request FastAPI cannot validate gets one sentence per wrong parameter; anything unexpected is a
500 whose details go to the server log, not to the client.
"""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.exceptions import HTTPException

from eventcoder.errors import ConfigError, EventcoderError, InputError, StoreError

__all__ = ["PROBLEM", "Problem", "install", "problem_response", "problem_schema"]

PROBLEM = "application/problem+json"
log = logging.getLogger("eventcoder.web")


class Problem(Exception):
    """An HTTP error with a status and a message that says what to do."""

    def __init__(self, status: int, detail: str, *, headers: dict[str, str] | None = None) -> None:
        super().__init__(detail)
        self.status, self.detail, self.headers = status, detail, headers


def problem_response(status: int, detail: str, instance: str | None = None,
                     headers: dict[str, str] | None = None) -> JSONResponse:
    """A problem details response."""
    body: dict[str, Any] = {"type": "about:blank", "title": HTTPStatus(status).phrase, "status": status,
                            "detail": detail}
    if instance:
        body["instance"] = instance
    return JSONResponse(body, status_code=status, media_type=PROBLEM, headers=headers)


def problem_schema() -> dict[str, Any]:
    """The OpenAPI description of a problem response."""
    return {"description": "Problem details (RFC 9457)", "content": {PROBLEM: {"schema": {
        "type": "object", "required": ["type", "title", "status", "detail"],
        "properties": {"type": {"type": "string"}, "title": {"type": "string"}, "status": {"type": "integer"},
                       "detail": {"type": "string"}, "instance": {"type": "string"}}}}}}


def _status_of(exc: EventcoderError) -> int:
    if isinstance(exc, StoreError | InputError):
        return 400
    if isinstance(exc, ConfigError):
        return 500
    return 400


def _where(loc: tuple[Any, ...] | list[Any]) -> str:
    kind = {"query": "query parameter", "path": "path parameter", "header": "header", "body": "body"}
    parts = [str(x) for x in loc]
    if parts and parts[0] in kind:
        return f"{kind[parts[0]]} {'.'.join(parts[1:])!r}" if len(parts) > 1 else kind[parts[0]]
    return ".".join(parts) or "request"


def validation_detail(exc: RequestValidationError) -> str:
    """One sentence per invalid parameter: where, what was given, what is expected."""
    lines = []
    for err in exc.errors():
        given = err.get("input")
        shown = f" (got {str(given)[:80]!r})" if isinstance(given, str | int | float) else ""
        lines.append(f"{_where(err.get('loc', ()))}: {err.get('msg', 'invalid')}{shown}")
    return "; ".join(lines) or "the request is not valid"


def install(app: FastAPI) -> None:
    """Register the handlers that turn every error into problem details."""

    @app.exception_handler(Problem)
    async def _problem(request: Request, exc: Problem) -> JSONResponse:
        return problem_response(exc.status, exc.detail, request.url.path, exc.headers)

    @app.exception_handler(EventcoderError)
    async def _eventcoder(request: Request, exc: EventcoderError) -> JSONResponse:
        return problem_response(_status_of(exc), str(exc), request.url.path)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        return problem_response(400, validation_detail(exc), request.url.path)

    @app.exception_handler(HTTPException)
    async def _http(request: Request, exc: HTTPException) -> JSONResponse:
        detail = exc.detail if isinstance(exc.detail, str) else HTTPStatus(exc.status_code).phrase
        if exc.status_code == 404 and detail == "Not Found":
            detail = f"no such page {request.url.path!r}; the API is under /api (see /docs)"
        if exc.status_code == 405:
            detail = f"{request.method} is not allowed on {request.url.path}; see /docs for the methods it takes"
        return problem_response(exc.status_code, detail, request.url.path, getattr(exc, "headers", None))

    @app.exception_handler(PoolTimeout)
    async def _busy(request: Request, exc: PoolTimeout) -> JSONResponse:
        log.warning("no free store connection for %s", request.url.path)
        return problem_response(503, "the server is busy (every connection to the store is in use); retry in a "
                                "moment", request.url.path, {"Retry-After": "1"})

    @app.exception_handler(OperationalError)
    async def _db_down(request: Request, exc: OperationalError) -> JSONResponse:
        log.error("store error on %s: %s", request.url.path, exc)
        return problem_response(503, "the event store cannot be read right now (it may be locked or unreachable); "
                                "retry in a moment, and check the server log if it persists", request.url.path)

    @app.exception_handler(SQLAlchemyError)
    async def _db(request: Request, exc: SQLAlchemyError) -> JSONResponse:
        log.exception("store error on %s", request.url.path, exc_info=exc)
        return problem_response(500, "the event store failed to answer this request; the server log has the "
                                "details", request.url.path)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error on %s", request.url.path, exc_info=exc)
        return problem_response(500, "unexpected server error; the server log has the details", request.url.path)
