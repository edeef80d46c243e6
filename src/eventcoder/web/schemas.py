"""OpenAPI descriptions of the responses (written out: the bodies are streamed or built as dicts)."""

from __future__ import annotations

from typing import Any

from eventcoder.web.formats import MEDIA_TYPES
from eventcoder.web.problems import problem_schema

__all__ = ["DOCUMENT", "EVENT_DETAIL", "EVENTS", "INGEST", "MAP", "STATS", "errors", "json_response"]

_NULLABLE_STR = {"type": ["string", "null"]}
_EVENT = {"type": "object", "required": ["id", "event_id_cnty"], "additionalProperties": True,
          "description": "A canonical event: ACLED's columns, eventcoder's own, n_sources and sources.",
          "properties": {"id": {"type": "string"}, "event_id_cnty": {"type": "string"},
                         "event_date": _NULLABLE_STR, "event_type": _NULLABLE_STR,
                         "fatalities": {"type": ["integer", "null"]}, "sources": {"type": "array"}}}
EVENTS = {
    "description": "One page of events, newest first. JSON and GeoJSON end with `next_cursor` (null on the "
                   "last page); CSV has ACLED's columns then eventcoder's.",
    "content": {
        MEDIA_TYPES["json"]: {"schema": {"type": "object", "required": ["events", "count", "next_cursor"],
                                         "properties": {"events": {"type": "array", "items": _EVENT},
                                                        "count": {"type": "integer"},
                                                        "next_cursor": _NULLABLE_STR}}},
        MEDIA_TYPES["geojson"]: {"schema": {"type": "object", "required": ["type", "features"],
                                            "properties": {"type": {"const": "FeatureCollection"},
                                                           "features": {"type": "array"},
                                                           "count": {"type": "integer"},
                                                           "next_cursor": _NULLABLE_STR}}},
        "text/csv": {"schema": {"type": "string"}},
    },
}
_COUNT = {"type": "object", "properties": {"key": _NULLABLE_STR, "events": {"type": "integer"},
                                           "fatalities": {"type": "integer"}}}
STATS = {"type": "object", "required": ["total", "by_day", "by_type", "by_country"],
         "properties": {"total": {"type": "object"}, "by_day": {"type": "array", "items": _COUNT},
                        "by_type": {"type": "array", "items": _COUNT},
                        "by_country": {"type": "array", "items": _COUNT}}}
MAP = {"type": "object", "required": ["mode", "points", "cells"],
       "properties": {"mode": {"enum": ["points", "grid"]}, "cell": {"type": ["number", "null"]},
                      "points": {"type": "array", "items": {"type": "object"}},
                      "cells": {"type": "array", "items": {"type": "object"}}}}
EVENT_DETAIL = {"type": "object", "required": ["id", "sources", "merge_info"], "additionalProperties": True,
                "properties": {"id": {"type": "string"}, "merge_info": {"type": "object"},
                               "sources": {"type": "array", "items": {"type": "object"}}}}
DOCUMENT = {"type": "object", "required": ["id", "text", "sections", "sentences", "records"],
            "additionalProperties": True,
            "properties": {"id": {"type": "string"}, "text": {"type": "string"}, "sections": {"type": "array"},
                           "sentences": {"type": "array"}, "records": {"type": "array"}}}
INGEST = {"type": "object", "required": ["documents_added", "failures", "documents"], "additionalProperties": True,
          "properties": {"documents_added": {"type": "integer"}, "documents_duplicate": {"type": "integer"},
                         "documents_near_duplicate": {"type": "integer"}, "events_new": {"type": "integer"},
                         "events_merged": {"type": "integer"}, "failures": {"type": "array"},
                         "documents": {"type": "array"}}}


def json_response(schema: dict[str, Any], description: str) -> dict[str, Any]:
    """An OpenAPI response with a JSON body of ``schema``."""
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    """Problem-details responses for ``codes``."""
    return {code: problem_schema() for code in codes}
