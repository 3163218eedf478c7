"""Bluesky text rules: graphemes, facets with UTF-8 byte offsets, record keys.

Pure functions, no I/O. Facet detection (mentions, links, tags) comes from the
``atproto`` SDK, a port of the official TypeScript detector; what this module
adds is the byte-exact HTML rendering, the limits as Bluesky counts them, and
TIDs for record keys chosen before the first attempt to post.
"""

from __future__ import annotations

import html
import random
import threading
import time
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

import regex
from atproto_client.utils import facet_detection

from desktop_inbox.connectors.values import plausible_time

POST_GRAPHEMES = 300
POST_BYTES = 3000
MESSAGE_GRAPHEMES = 1000
MESSAGE_BYTES = 10000
WEB = "https://bsky.app"

_GRAPHEME = regex.compile(r"\X")
_TID_ALPHABET = "234567abcdefghijklmnopqrstuvwxyz"
_tid_lock = threading.Lock()
_last_tid_us = 0
_CLOCK_ID = random.SystemRandom().randrange(1024)


def parse_time(value: Any) -> datetime:
    """An atproto datetime (ISO 8601, usually with ``Z``) as an aware datetime."""
    if not isinstance(value, str):
        raise ValueError("time is not a string")
    parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return plausible_time(parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC))


def graphemes(text: str) -> int:
    """User-perceived characters (UAX #29), as Bluesky counts its limits."""
    return len(_GRAPHEME.findall(text))


def too_long(text: str, *, max_graphemes: int, max_bytes: int) -> str | None:
    """Why ``text`` cannot be sent, or None when it fits."""
    count = graphemes(text)
    if count > max_graphemes:
        return f"Bluesky allows {max_graphemes} characters here; this text has {count}. Please shorten it."
    size = len(text.encode())
    if size > max_bytes:
        return f"This text is {size} bytes long; Bluesky allows {max_bytes}. Please shorten it."
    if not text.strip():
        return "The text is empty."
    return None


def new_tid(now_us: int | None = None) -> str:
    """A record key (TID): microseconds since 1970 and a clock id, base32-sortable.

    Monotonic within this process, so two replies queued in the same
    microsecond still get different keys.
    """
    global _last_tid_us
    with _tid_lock:
        micros = now_us if now_us is not None else time.time_ns() // 1000
        micros = max(micros, _last_tid_us + 1)
        _last_tid_us = micros
    value = (micros << 10) | _CLOCK_ID
    chars = []
    for _ in range(13):
        chars.append(_TID_ALPHABET[value & 31])
        value >>= 5
    return "".join(reversed(chars))


def detect_facets(text: str, dids: Mapping[str, str]) -> list[dict[str, Any]]:
    """Mention, link and tag facets of ``text``, as JSON for a record.

    ``dids`` maps lower-case handles to DIDs; a mention whose handle is not
    there gets no facet (Bluesky would not link it either).
    """
    facets: list[dict[str, Any]] = [
        f.model_dump(by_alias=True, exclude_none=True) for f in facet_detection.detect_facets(text)
    ]
    for mention in facet_detection.detect_mentions(text):
        did = dids.get(mention.handle.lower())
        if did:
            facets.append(
                {
                    "$type": "app.bsky.richtext.facet",
                    "index": {"byteStart": mention.byte_start, "byteEnd": mention.byte_end},
                    "features": [{"$type": "app.bsky.richtext.facet#mention", "did": did}],
                }
            )
    for facet in facets:
        facet.pop("$type", None)  # records carry no $type on facets themselves
        facet["index"].pop("$type", None)
    return sorted(facets, key=lambda f: int(f["index"]["byteStart"]))


def mentioned_handles(text: str) -> list[str]:
    return sorted({m.handle.lower() for m in facet_detection.detect_mentions(text)})


def to_html(text: str, facets: Any) -> str:
    """The text as safe HTML, with links for link and mention facets.

    Facet offsets count UTF-8 bytes; broken or overlapping ones are ignored
    rather than allowed to cut a character in half.
    """
    data = text.encode()
    spans: list[tuple[int, int, str]] = []
    for facet in facets if isinstance(facets, Sequence) else []:
        try:
            start, end = int(facet["index"]["byteStart"]), int(facet["index"]["byteEnd"])
            feature = facet["features"][0]
        except (KeyError, TypeError, ValueError, IndexError):
            continue
        href = _href(feature)
        if href and 0 <= start < end <= len(data):
            spans.append((start, end, href))
    out: list[str] = []
    pos = 0
    for start, end, href in sorted(spans):
        if start < pos:
            continue
        try:
            before, inner = data[pos:start].decode(), data[start:end].decode()
        except UnicodeDecodeError:
            continue
        out.append(html.escape(before))
        out.append(f'<a href="{html.escape(href)}">{html.escape(inner)}</a>')
        pos = end
    out.append(html.escape(data[pos:].decode(errors="replace")))
    return "<p>" + "".join(out).replace("\n", "<br>") + "</p>"


def _href(feature: Any) -> str | None:
    if not isinstance(feature, Mapping):
        return None
    kind = feature.get("$type")
    if kind == "app.bsky.richtext.facet#link" and isinstance(feature.get("uri"), str):
        uri = str(feature["uri"])
        return uri if uri.startswith(("https://", "http://")) else None
    if kind == "app.bsky.richtext.facet#mention" and isinstance(feature.get("did"), str):
        return f"{WEB}/profile/{quote(str(feature['did']), safe=':')}"
    if kind == "app.bsky.richtext.facet#tag" and isinstance(feature.get("tag"), str):
        return f"{WEB}/hashtag/{quote(str(feature['tag']))}"
    return None


def split_at_uri(uri: str) -> tuple[str, str, str]:
    """``at://did/collection/rkey`` -> (did, collection, rkey)."""
    if not uri.startswith("at://"):
        raise ValueError(f"not an at:// URI: {uri[:100]!r}")
    parts = uri[5:].split("/")
    if len(parts) != 3 or not all(parts):
        raise ValueError(f"not a record URI: {uri[:100]!r}")
    return parts[0], parts[1], parts[2]


def post_url(handle_or_did: str, uri: str) -> str | None:
    try:
        _, _, rkey = split_at_uri(uri)
    except ValueError:
        return None
    return f"{WEB}/profile/{quote(handle_or_did.lstrip('@'), safe=':')}/post/{quote(rkey)}"
