"""What every connector does to untrusted values before it reads them.

* JSON may legally carry lone UTF-16 surrogates (``"\\ud800"``); Python
  decodes them into ``str`` values that UTF-8 (and so SQLite) refuses, which
  would make a whole page unstorable. They become U+FFFD on decoding.
* JSON is decoded by msgspec where it can (a first sync's pages in 60% of
  ``json.loads``'s time): what it reads it reads as ``json.loads`` does,
  integers of any size included (orjson reads those past 64 bits as
  floats); what it refuses (lone surrogates, NaN, UTF-16, a byte order
  mark, malformed text) is read by ``json.loads``, whose answer or error
  stands, as before.
* A time far outside the plausible range (year 1, year 9999 with a negative
  offset) would parse, but overflow epoch milliseconds or never render.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import Any

import msgspec

_SURROGATE = re.compile("[\ud800-\udfff]")
EARLIEST = datetime(1970, 1, 1, tzinfo=UTC)
LATEST = datetime(2200, 1, 1, tzinfo=UTC)


def clean_text(value: str) -> str:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", value)
    return value


def clean_json(value: Any) -> Any:
    """``value`` with every string (keys too) encodable as UTF-8; iterative,
    so a deeply nested answer cannot exhaust the stack here."""
    if isinstance(value, str):
        return clean_text(value)
    if not isinstance(value, (dict, list)):
        return value
    root: list[Any] = [value]
    stack: list[tuple[Any, Any, Any]] = [(root, 0, value)]
    while stack:
        parent, key, node = stack.pop()
        if isinstance(node, dict):
            fixed = {}
            for k, v in node.items():
                fixed[clean_text(k) if isinstance(k, str) else k] = v
            parent[key] = fixed
            for k, v in fixed.items():
                if isinstance(v, str):
                    fixed[k] = clean_text(v)
                elif isinstance(v, (dict, list)):
                    stack.append((fixed, k, v))
        elif isinstance(node, list):
            for i, v in enumerate(node):
                if isinstance(v, str):
                    node[i] = clean_text(v)
                elif isinstance(v, (dict, list)):
                    stack.append((node, i, v))
    return root[0]


# Where a lone surrogate can come from in JSON text: an escape (``\\ud800``,
# or ``\\\\ud800``, which is none but is looked at anyway) or, in bytes, one
# encoded as UTF-8 would (``json.loads`` decodes bytes with "surrogatepass").
# (Two patterns, each looked for only where its first byte is: one
# alternation scanned every byte of a page slower than the JSON decoded.)
_ESCAPED_SURROGATE = re.compile(rb"\\u[dD][89a-fA-F]")
_ENCODED_SURROGATE = re.compile(rb"\xed[\xa0-\xbf]")
_MAY_HOLD_SURROGATE_TEXT = re.compile(r"\\u[dD][89a-fA-F]|[\ud800-\udfff]")


def _may_hold_surrogate(raw: bytes) -> bool:
    if json.detect_encoding(raw) != "utf-8":
        return True  # (UTF-16 or -32 JSON, rare: always walked)
    return (b"\\u" in raw and _ESCAPED_SURROGATE.search(raw) is not None) or (
        b"\xed" in raw and _ENCODED_SURROGATE.search(raw) is not None
    )


# Untyped: objects as dicts, arrays as lists, as ``json.loads`` gives them.
_DECODER = msgspec.json.Decoder()


def load_json(raw: bytes | str) -> Any:
    """``json.loads`` + ``clean_json``; raises ValueError or RecursionError.

    Text in which no lone surrogate can be (almost every answer) is not
    walked again: a page of 80 statuses took as long to walk as to decode.
    What msgspec reads holds none (it refuses them, escaped or encoded)."""
    try:
        return _DECODER.decode(raw)
    except (ValueError, RecursionError):  # (msgspec.DecodeError is a ValueError)
        pass  # (json.loads reads it, or says what is wrong with it)
    value = json.loads(raw)
    text = isinstance(raw, str)
    suspect = _MAY_HOLD_SURROGATE_TEXT.search(raw) is not None if text else _may_hold_surrogate(raw)  # type: ignore[arg-type]
    return clean_json(value) if suspect else value


def plausible_time(value: datetime) -> datetime:
    """``value`` (aware) if it lies between 1970 and 2200, else ValueError."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    try:
        if not EARLIEST <= value <= LATEST:
            raise ValueError(f"implausible time {value.isoformat()}")
    except OverflowError:
        raise ValueError("time out of range") from None
    return value
