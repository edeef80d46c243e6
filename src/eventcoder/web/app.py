"""The FastAPI application: API routers, problem details, offline docs, the dashboard's static files."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from sqlalchemy import text

from eventcoder import __version__, api
from eventcoder.web import problems, reads, schemas, writes
from eventcoder.web.cache import ResultCache
from eventcoder.web.settings import Settings

__all__ = ["STATIC", "build_app", "vendor_dirs"]

STATIC = Path(__file__).resolve().parent / "static"
_DESCRIPTION = """The stored events of an eventcoder store: list and filter them (the filters of
`eventcoder events`), page with cursors, download JSON, GeoJSON or ACLED CSV, explain one event
with the sentences behind each field, and ingest reports (with the server's bearer token).
Errors are problem details (`application/problem+json`) with the command line's messages."""


def vendor_dirs() -> dict[str, Path]:
    """URL prefix -> folder of the third-party files, all from installed packages (no CDN)."""
    import fastapi_standalone_docs
    import xstatic.pkg.leaflet as leaflet
    import xstatic.pkg.leaflet_markercluster as markercluster

    return {"/vendor/leaflet": Path(leaflet.BASE_DIR), "/vendor/markercluster": Path(markercluster.BASE_DIR),
            "/vendor/swagger": Path(fastapi_standalone_docs.__path__[0]) / "static" / "swagger"}


def _meta_routes(app: FastAPI) -> None:
    @app.get("/healthz", tags=["service"], summary="Liveness and store check",
             responses={200: schemas.json_response({"type": "object"}, "Up"), **schemas.errors(503)})
    def healthz(request: Request) -> JSONResponse:
        with request.app.state.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        return JSONResponse({"status": "ok"})

    @app.get("/api/version", tags=["service"], summary="Versions of eventcoder, the API and the store schema",
             responses={200: schemas.json_response({"type": "object"}, "Versions")})
    def version() -> JSONResponse:
        from eventcoder.store.migrations import SCHEMA_VERSION

        return JSONResponse({"eventcoder": __version__, "api": "1", "schema_version": SCHEMA_VERSION})

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url="/openapi.json", title="eventcoder API",
                                   swagger_js_url="/vendor/swagger/swagger-ui-bundle.js",
                                   swagger_css_url="/vendor/swagger/swagger-ui.css",
                                   swagger_favicon_url="/static/favicon.svg")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html")


def build_app(settings: Settings) -> FastAPI:
    """The application for ``settings``; the store is opened (and checked) now, closed on shutdown."""
    engine = api.open_store(settings.db)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if settings.prewarm and app.state.cache.path is not None:
            import threading

            threading.Thread(target=reads.prewarm, args=(app,), name="eventcoder-prewarm", daemon=True).start()
        yield
        engine.dispose()

    app = FastAPI(title="eventcoder", version=__version__, description=_DESCRIPTION, docs_url=None,
                  redoc_url=None, lifespan=lifespan)
    app.state.settings, app.state.engine = settings, engine
    app.state.cache = ResultCache(engine)
    problems.install(app)
    if settings.cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=list(settings.cors_origins), allow_methods=["GET", "POST"],
                           allow_headers=["Authorization", "Content-Type"])
    app.include_router(reads.router)
    app.include_router(writes.router)
    _meta_routes(app)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    for prefix, folder in vendor_dirs().items():
        app.mount(prefix, StaticFiles(directory=folder), name=prefix.strip("/").replace("/", "-"))
    return app


def openapi_spec(settings: Settings | None = None) -> dict[str, Any]:
    """The OpenAPI document of the app (for tests and docs)."""
    spec: dict[str, Any] = build_app(settings or Settings()).openapi()
    return spec
