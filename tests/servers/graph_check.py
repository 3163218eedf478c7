"""Checks the Graph test server's answers against the documented shapes
(``graph_shapes.json``): every key must be one the Meta page names, with the
type it gives. A finding is a string; the server keeps them all."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

SHAPES_FILE = Path(__file__).with_name("graph_shapes.json")
_TYPES = {"str": str, "int": int, "bool": bool}


@cache
def shapes() -> dict[str, Any]:
    return {k: v for k, v in json.loads(SHAPES_FILE.read_text(encoding="utf-8")).items() if not k.startswith("_")}


def check(shape: str, value: Any) -> list[str]:
    spec = shapes()[shape]
    return _check(spec["schema"], value, shape)


def _check(schema: Any, value: Any, where: str) -> list[str]:
    if isinstance(schema, str) and schema.startswith("$"):
        return check(schema[1:], value)
    if isinstance(schema, str):
        wanted = _TYPES[schema]
        if not isinstance(value, wanted) or (wanted is int and isinstance(value, bool)):
            return [f"{where}: {type(value).__name__} where the docs give {schema}"]
        return []
    if isinstance(schema, list):
        if not isinstance(value, list):
            return [f"{where}: {type(value).__name__} where the docs give a list"]
        return [f for i, item in enumerate(value) for f in _check(schema[0], item, f"{where}[{i}]")]
    if not isinstance(value, dict):
        return [f"{where}: {type(value).__name__} where the docs give an object"]
    found = []
    for key, item in value.items():
        if key in schema:
            found += _check(schema[key], item, f"{where}.{key}")
        elif "*" in schema:
            found += _check(schema["*"], item, f"{where}.{key}")
        else:
            found.append(f"{where}: key {key!r} is not in the documented shape")
    return found
