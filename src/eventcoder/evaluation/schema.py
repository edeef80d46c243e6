"""A small JSON Schema checker for the subset that ``src/eventcoder/data/schemas/gold.schema.json`` uses.

The schema file is the documentation and the single source of truth; this module reads it
so that the rules stated there are the rules applied. No third-party validator is needed.
Supported keywords: type, required, properties, additionalProperties, items, enum,
minimum, maximum, minLength, pattern, anyOf, $ref (to ``#/$defs/...``).
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any

__all__ = ["SCHEMA_PATH", "gold_schema", "validate"]

# The schema ships inside the package (src/eventcoder/data/schemas/), so an installed copy validates too.
SCHEMA_PATH = Path(__file__).resolve().parents[1] / "data" / "schemas" / "gold.schema.json"

_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,),
    "array": (list,),
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "null": (type(None),),
}


@functools.cache
def gold_schema() -> dict[str, Any] | None:
    """The gold schema, or None when the package runs without its repository (then only the loader checks)."""
    if not SCHEMA_PATH.is_file():
        return None
    data: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return data


def _is_type(value: Any, name: str) -> bool:
    if isinstance(value, bool) and name in ("integer", "number"):
        return False  # JSON true is not a number, although Python's bool is an int
    return isinstance(value, _TYPES[name])


def _resolve(ref: str, root: dict[str, Any]) -> dict[str, Any]:
    node: Any = root
    for part in ref.removeprefix("#/").split("/"):
        node = node[part]
    return node  # type: ignore[no-any-return]  # a schema node is a dict by construction


def _scalar_errors(value: Any, schema: dict[str, Any], where: str) -> list[str]:
    """Bounds of numbers, length and pattern of strings."""
    errors: list[str] = []
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            errors.append(f"{where}: {value} is below the minimum {schema['minimum']}")
        if "maximum" in schema and value > schema["maximum"]:
            errors.append(f"{where}: {value} is above the maximum {schema['maximum']}")
    if isinstance(value, str):
        if len(value) < schema.get("minLength", 0):
            errors.append(f"{where}: is empty")
        if "pattern" in schema and not re.search(schema["pattern"], value):
            errors.append(f"{where}: {value!r} does not match {schema['pattern']}")
    return errors


def _object_errors(value: dict[str, Any], schema: dict[str, Any], root: dict[str, Any], path: str) -> list[str]:
    """Required, known and additional fields of an object."""
    where = path or "(record)"
    errors = [f"{where}: the field {key!r} is missing" for key in schema.get("required", ()) if key not in value]
    props = schema.get("properties", {})
    extra = schema.get("additionalProperties", True)
    for key, item in value.items():
        sub = f"{path}.{key}" if path else key
        if key in props:
            errors.extend(validate(item, props[key], root, sub))
        elif extra is False:
            errors.append(f"{sub}: unknown field")
        elif isinstance(extra, dict):
            errors.extend(validate(item, extra, root, sub))
    return errors


def validate(value: Any, schema: dict[str, Any], root: dict[str, Any] | None = None, path: str = "") -> list[str]:
    """Every violation of ``schema`` by ``value``, each as ``path: message``; empty when valid."""
    root = root if root is not None else schema
    where = path or "(record)"
    if "$ref" in schema:
        return validate(value, _resolve(schema["$ref"], root), root, path)
    types = schema.get("type")
    if types is not None:
        names = [types] if isinstance(types, str) else list(types)
        if not any(_is_type(value, t) for t in names):
            return [f"{where}: {json.dumps(value)[:60]} is not of type {' or '.join(names)}"]
    if "enum" in schema and value not in schema["enum"]:
        allowed = ", ".join(json.dumps(v) for v in schema["enum"] if v is not None)
        return [f"{where}: {json.dumps(value)[:60]} is not one of {allowed}"]
    errors = _scalar_errors(value, schema, where)
    if isinstance(value, dict):
        errors.extend(_object_errors(value, schema, root, path))
    if isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            errors.extend(validate(item, schema["items"], root, f"{path}[{i}]"))
    if "anyOf" in schema:
        branches = [validate(value, branch, root, path) for branch in schema["anyOf"]]
        if all(branches):
            errors.append(f"{where}: " + " or ".join(b[0].split(": ", 1)[-1] for b in branches))
    return errors
