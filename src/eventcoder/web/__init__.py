"""The HTTP API and the map dashboard (``eventcoder serve``), a thin layer over :mod:`eventcoder.api`.

FastAPI and uvicorn are the optional extra ``eventcoder[web]``; they are imported only when the
server is built, with an install hint when missing. Every static file (the dashboard, Leaflet,
Swagger UI, the country outlines) is served from installed packages: nothing is fetched from
the network at run time. See docs/web.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventcoder.errors import ConfigError
from eventcoder.web.settings import Settings

if TYPE_CHECKING:
    from fastapi import FastAPI

__all__ = ["Settings", "create_app", "require_web"]

_HINT = "the web server needs the `web` extra: pip install 'eventcoder[web]' (FastAPI, uvicorn, Leaflet, Swagger UI)"


def require_web() -> None:
    """Raise ConfigError with the install hint when the web extra is not installed."""
    import importlib.util

    for module in ("fastapi", "uvicorn", "fastapi_standalone_docs", "xstatic.pkg.leaflet",
                   "xstatic.pkg.leaflet_markercluster"):
        try:
            found = importlib.util.find_spec(module) is not None
        except ModuleNotFoundError:
            found = False
        if not found:
            raise ConfigError(f"{module} is not installed; {_HINT}")


def create_app(settings: Settings) -> FastAPI:
    """The ASGI application serving the API and the dashboard for ``settings``."""
    require_web()
    from eventcoder.web.app import build_app

    return build_app(settings)
