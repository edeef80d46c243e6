"""The read endpoints: events (paged, three formats), one event explained, documents, statistics, the map."""

from __future__ import annotations

import itertools
import logging
import math
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Path, Query, Request
from fastapi.responses import JSONResponse, StreamingResponse
from sqlalchemy import Engine

from eventcoder import api
from eventcoder.errors import StoreError
from eventcoder.store.query import MAX_PAGE
from eventcoder.web import schemas
from eventcoder.web.formats import MEDIA_TYPES, choose_format, csv_body, geojson_body, json_body
from eventcoder.web.params import BBOX, check_bbox, filters
from eventcoder.web.problems import Problem

__all__ = ["prewarm", "router"]

log = logging.getLogger("eventcoder.web")

router = APIRouter(prefix="/api", tags=["events"])
Filters = Annotated[dict[str, Any], Depends(filters)]
_ID = Path(description="Event id or ACLED-style event_id_cnty.", min_length=1, max_length=100)


def engine_of(request: Request) -> Engine:
    """The application's read engine."""
    engine: Engine = request.app.state.engine
    return engine


@router.get("/events", responses={200: schemas.EVENTS, **schemas.errors(400, 406)},
            summary="List events with the filters of `eventcoder events`, one page at a time")
def list_events(
    request: Request,
    flt: Filters,
    cursor: Annotated[str | None, Query(description="next_cursor of the previous page.", max_length=500)] = None,
    limit: Annotated[int, Query(description="Events in this page (streamed; up to 1,000,000 for downloads).",
                                ge=1, le=MAX_PAGE)] = 300,
    format: Annotated[str | None, Query(description="json, geojson or csv (overrides Accept).",  # noqa: A002
                                        pattern="^(json|geojson|csv)$")] = None,
    sources: Annotated[bool, Query(description="Include each event's sources.")] = True,
    accept: Annotated[str | None, Header(include_in_schema=False)] = None,
) -> StreamingResponse:
    """Events newest first. Follow `next_cursor` for the next page; `format=csv` gives ACLED's CSV columns."""
    fmt = choose_format(format, accept)
    events = api.events_page(engine_of(request), cursor=cursor, limit=limit, with_sources=sources, **flt)
    try:
        first = next(events, None)  # errors (a bad cursor) surface here, before the response starts
    except StoreError as exc:
        raise Problem(400, str(exc)) from None
    stream = itertools.chain([first], events) if first is not None else iter(())
    if fmt == "csv":
        body = csv_body(stream)
    else:
        body = (geojson_body if fmt == "geojson" else json_body)(stream, limit, api.next_cursor)
    headers = {"Content-Disposition": 'attachment; filename="events.csv"'} if fmt == "csv" else None
    return StreamingResponse(body, media_type=MEDIA_TYPES[fmt], headers=headers)


@router.get("/events/{event_id}", responses={200: schemas.json_response(schemas.EVENT_DETAIL, "The event"),
                                             **schemas.errors(400, 404)},
            summary="One event: its record, every source with evidence sentences, why they were merged")
def show_event(request: Request, event_id: Annotated[str, _ID]) -> JSONResponse:
    """What `eventcoder events show ID` prints, with the sentences that hold each source's evidence."""
    try:
        data = api.explain_event(event_id, engine=engine_of(request))
    except StoreError as exc:
        raise Problem(404, str(exc)) from None
    return JSONResponse(data)


@router.get("/documents/{document_id}", tags=["documents"],
            responses={200: schemas.json_response(schemas.DOCUMENT, "The document"), **schemas.errors(400, 404)},
            summary="One stored document: text, sections, sentences and the spans coded from it")
def show_document(request: Request, document_id: Annotated[str, Path(min_length=1, max_length=100)]
                  ) -> JSONResponse:
    """The document's text and metadata, its sections and sentences, and every record's evidence spans."""
    try:
        data = api.get_document(document_id, engine=engine_of(request))
    except StoreError as exc:
        raise Problem(404, str(exc)) from None
    return JSONResponse(data)


@router.get("/stats", responses={200: schemas.json_response(schemas.STATS, "Counts"), **schemas.errors(400)},
            summary="Events and fatalities in total and by day, type and country (the timeline)")
def stats(request: Request, flt: Filters) -> JSONResponse:
    """Counts and fatalities for the filters, by day, by event type and by country."""
    key = ("stats", tuple(sorted(flt.items())))
    return JSONResponse(request.app.state.cache.get(key, lambda: api.event_stats(engine_of(request), **flt)))


def cell_size(zoom: float) -> float:
    """Grid cell in degrees for a web-map zoom level: about 64 screen pixels."""
    return min(90.0, 360.0 / 2 ** max(0.0, zoom) / 4)


WORLD = "-180,-90,180,90"
# Zoomed out this far (zoom 6 and below), cells are counted once for the whole globe and each view
# takes its part: panning is then free, and the server can count them before the first visitor.
WORLD_CELL = cell_size(6)


def world_grid(request: Request, cell: float, flt: dict[str, Any]) -> dict[str, Any]:
    """The cells of the whole globe at ``cell`` degrees for the filters (cached until the store changes)."""
    key = ("world-grid", cell, tuple(sorted(flt.items())))
    return request.app.state.cache.get(  # type: ignore[no-any-return]
        key, lambda: api.event_map(engine_of(request), bbox=WORLD, cell=cell, max_points=0, **flt))


def _crop(grid: dict[str, Any], box: tuple[float, float, float, float]) -> dict[str, Any]:
    """The cells of ``grid`` whose square meets ``box``."""
    cell = grid["cell"]
    if cell is None:  # no event at all: an empty 'points' answer
        return grid
    west, south, east, north = box
    cells = [c for c in grid["cells"] if c["cell"][0] * cell - 180 <= east and (c["cell"][0] + 1) * cell - 180 >= west
             and c["cell"][1] * cell - 90 <= north and (c["cell"][1] + 1) * cell - 90 >= south]
    return {**grid, "cells": cells}


def _view(request: Request, box: tuple[float, float, float, float], cell: float, flt: dict[str, Any]
          ) -> dict[str, Any]:
    settings = request.app.state.settings
    view = ",".join(map(str, box))
    if cell < WORLD_CELL:
        return api.event_map(engine_of(request), bbox=view, cell=cell, max_points=settings.max_points, **flt)
    cropped = _crop(world_grid(request, cell, flt), box)
    if sum(c["events"] for c in cropped["cells"]) > settings.max_points:
        return cropped  # the cells meeting the view hold too many events to draw one by one
    points = api.event_points(engine_of(request), bbox=view, max_points=settings.max_points, **flt)
    return cropped if points is None else {"mode": "points", "cell": None, "points": points, "cells": []}


@router.get("/map", responses={200: schemas.json_response(schemas.MAP, "What the map shows"),
                               **schemas.errors(400)},
            summary="What is in the map view: the events, or counts per grid cell when there are many")
def map_view(
    request: Request,
    flt: Filters,
    view: Annotated[str, Query(alias="view", description="The map's view min_lon,min_lat,max_lon,max_lat.",
                               examples=["-20,-40,60,40"], max_length=200, json_schema_extra=BBOX)],
    zoom: Annotated[float, Query(description="The map's zoom level (sets the grid cell size).", ge=0, le=24)] = 3,
) -> JSONResponse:
    """Events inside `view` (and the filters); above the server's point limit, one cell per grid square
    (zoomed out, every cell that meets the view, counted over the whole cell)."""
    box = check_bbox(view, clamp=True)
    if box is None or not math.isfinite(zoom):
        raise Problem(400, "view: give the map's view as min_lon,min_lat,max_lon,max_lat")
    fb = flt.pop("bbox", None)
    if fb:  # both a filter box and the view: their intersection
        box = (max(box[0], fb[0]), max(box[1], fb[1]), min(box[2], fb[2]), min(box[3], fb[3]))
    if box[0] > box[2] or box[1] > box[3]:
        return JSONResponse({"mode": "points", "cell": None, "points": [], "cells": []})
    cell = cell_size(zoom)
    key = ("map", box, cell, request.app.state.settings.max_points, tuple(sorted(flt.items())))
    return JSONResponse(request.app.state.cache.get(key, lambda: _view(request, box, cell, flt)))


def prewarm(app: Any) -> None:
    """Count what a first visitor asks for (statistics, the zoomed-out grids) before anyone does."""
    from starlette.requests import Request as _Request

    request = _Request({"type": "http", "app": app, "headers": []})
    try:
        app.state.cache.get(("stats", tuple(sorted(filters().items()))),
                            lambda: api.event_stats(app.state.engine, **filters()))
        for zoom in range(2, 7):
            world_grid(request, cell_size(zoom), {k: v for k, v in filters().items() if k != "bbox"})
    except Exception:  # noqa: BLE001 - warming is an optimisation; a failure shows up on the real request
        log.warning("could not pre-compute the dashboard's statistics", exc_info=True)
