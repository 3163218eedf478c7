"""A small validator of JSON data against atproto lexicons.

Enough of the lexicon language for the tests to check that the local chat
server (and the real network) answer in the shapes the lexicons define:
objects with required and nullable fields, strings with formats, lengths,
graphemes and enums, integers with bounds, arrays, refs and (open or closed)
unions. Unknown fields are allowed, as the atproto spec says.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

from desktop_inbox.connectors.bluesky.text import graphemes

LEXICONS = Path(__file__).resolve().parents[1] / "bluesky" / "lexicons"

_FORMATS = {
    "did": re.compile(r"^did:[a-z]+:[a-zA-Z0-9._:%-]*[a-zA-Z0-9._-]$"),
    "handle": re.compile(r"^([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$"),
    "at-uri": re.compile(r"^at://[^/\s]+(/[^/\s]+(/[^/\s]+)?)?$"),
    "uri": re.compile(r"^[a-z][a-z0-9+.-]*:\S+$"),
    "cid": re.compile(r"^[a-zA-Z0-9+=]{8,256}$"),
    "nsid": re.compile(r"^[a-zA-Z]([a-zA-Z0-9-]*)(\.[a-zA-Z0-9-]+)+$"),
    "tid": re.compile(r"^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$"),
    "record-key": re.compile(r"^[a-zA-Z0-9_~.:-]{1,512}$"),
    "language": re.compile(r"^[a-zA-Z]{2,3}(-[a-zA-Z0-9]+)*$"),
}


class LexiconError(AssertionError):
    pass


@cache
def load(nsid: str) -> dict[str, Any]:
    path = LEXICONS.joinpath(*nsid.split(".")).with_suffix(".json")
    return dict(json.loads(path.read_text()))


def resolve(ref: str, context: str) -> tuple[dict[str, Any], str]:
    """A ref (``#def``, ``nsid`` or ``nsid#def``) -> (its definition, its lexicon)."""
    nsid, _, name = ref.partition("#")
    nsid = nsid or context
    return load(nsid)["defs"][name or "main"], nsid


def _full(ref: str, context: str) -> str:
    nsid, _, name = ref.partition("#")
    return f"{nsid or context}#{name or 'main'}"


def validate_output(nsid: str, body: Any) -> None:
    """Check an XRPC method's answer against its lexicon's output schema."""
    schema = load(nsid)["defs"]["main"]["output"]["schema"]
    validate(body, schema, nsid, path=nsid)


def validate_input(nsid: str, body: Any) -> None:
    schema = load(nsid)["defs"]["main"]["input"]["schema"]
    validate(body, schema, nsid, path=nsid)


def validate_record(nsid: str, record: Any) -> None:
    validate(record, load(nsid)["defs"]["main"]["record"], nsid, path=nsid)


def validate(value: Any, schema: dict[str, Any], context: str, *, path: str) -> None:
    kind = schema.get("type")
    if kind == "ref":
        target, ctx = resolve(schema["ref"], context)
        validate(value, target, ctx, path=path)
    elif kind == "union":
        if not isinstance(value, dict) or not isinstance(value.get("$type"), str):
            raise LexiconError(f"{path}: a union member needs $type")
        wanted = {_full(r, context): r for r in schema["refs"]}
        actual = _full(value["$type"], value["$type"].partition("#")[0])
        if actual in wanted:
            target, ctx = resolve(wanted[actual], context)
            validate(value, target, ctx, path=f"{path}<{value['$type']}>")
        elif schema.get("closed"):
            raise LexiconError(f"{path}: {value['$type']} is not allowed in this closed union")
    elif kind in ("object", "params"):
        if not isinstance(value, dict):
            raise LexiconError(f"{path}: expected an object, got {type(value).__name__}")
        nullable = set(schema.get("nullable", []))
        for name in schema.get("required", []):
            if name not in value:
                raise LexiconError(f"{path}: required field {name!r} is missing")
        for name, sub in schema.get("properties", {}).items():
            if name not in value:
                continue
            if value[name] is None:
                if name in nullable:
                    continue
                raise LexiconError(f"{path}.{name}: null is not allowed")
            validate(value[name], sub, context, path=f"{path}.{name}")
    elif kind == "array":
        if not isinstance(value, list):
            raise LexiconError(f"{path}: expected an array")
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            raise LexiconError(f"{path}: more than {schema['maxLength']} items")
        if "minLength" in schema and len(value) < schema["minLength"]:
            raise LexiconError(f"{path}: fewer than {schema['minLength']} items")
        for i, item in enumerate(value):
            validate(item, schema["items"], context, path=f"{path}[{i}]")
    elif kind == "string":
        _string(value, schema, path)
    elif kind == "integer":
        if not isinstance(value, int) or isinstance(value, bool):
            raise LexiconError(f"{path}: expected an integer")
        if ("minimum" in schema and value < schema["minimum"]) or ("maximum" in schema and value > schema["maximum"]):
            raise LexiconError(f"{path}: {value} is out of range")
    elif kind == "boolean":
        if not isinstance(value, bool):
            raise LexiconError(f"{path}: expected a boolean")
    elif kind in ("unknown",):
        if not isinstance(value, dict):
            raise LexiconError(f"{path}: unknown must be an object")
    elif kind == "cid-link" and (not isinstance(value, dict) or "$link" not in value):
        raise LexiconError(f"{path}: expected a cid-link")
    # blob, bytes, token: not needed by the methods tested


def _string(value: Any, schema: dict[str, Any], path: str) -> None:
    if not isinstance(value, str):
        raise LexiconError(f"{path}: expected a string, got {type(value).__name__}")
    if "maxLength" in schema and len(value.encode()) > schema["maxLength"]:
        raise LexiconError(f"{path}: longer than {schema['maxLength']} bytes")
    if "minLength" in schema and len(value.encode()) < schema["minLength"]:
        raise LexiconError(f"{path}: shorter than {schema['minLength']} bytes")
    if "maxGraphemes" in schema and graphemes(value) > schema["maxGraphemes"]:
        raise LexiconError(f"{path}: more than {schema['maxGraphemes']} graphemes")
    if "enum" in schema and value not in schema["enum"]:
        raise LexiconError(f"{path}: {value!r} is not one of {schema['enum']}")
    if "const" in schema and value != schema["const"]:
        raise LexiconError(f"{path}: must be {schema['const']!r}")
    fmt = schema.get("format")
    if fmt == "datetime":
        try:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            raise LexiconError(f"{path}: {value!r} is not a datetime") from None
        if parsed.tzinfo is None:
            raise LexiconError(f"{path}: datetime {value!r} has no timezone")
    elif fmt == "at-identifier":
        if not (_FORMATS["did"].match(value) or _FORMATS["handle"].match(value)):
            raise LexiconError(f"{path}: {value!r} is neither a DID nor a handle")
    elif fmt in _FORMATS and not _FORMATS[fmt].match(value):
        raise LexiconError(f"{path}: {value!r} is not a valid {fmt}")
