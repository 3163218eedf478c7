"""X media: customers' photos and videos from X's media hosts, and a
reply's pictures uploaded the v2 way.

* ``includes.media[]`` (``media.fields=url,preview_image_url,variants,alt_text``):
  a photo's ``url`` is on ``pbs.twimg.com``; a video's or GIF's best MP4
  ``variants[].url`` on ``video.twimg.com``, with its ``preview_image_url``;
  direct-message media live on ``ton.twitter.com`` and need the user's token;
* ``POST /2/media/upload`` (multipart ``media``, ``media_category``
  ``tweet_image`` or ``dm_image``) answers ``data.id``, usable for
  ``expires_after_secs``; ``POST /2/media/metadata`` sets its alt text;
* a post names them in ``media.media_ids``, a direct message in
  ``attachments[].media_id``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from desktop_inbox.connectors.base import FetchedMedia, MediaSource
from desktop_inbox.connectors.http import Api
from desktop_inbox.connectors.media import download, hosts_ending
from desktop_inbox.errors import MalformedResponse, Rejected
from desktop_inbox.records import OutgoingMedia
from desktop_inbox.words import QT_TRANSLATE_NOOP

MEDIA_HOSTS = hosts_ending("twimg.com", "ton.twitter.com")
PRIVATE_HOST = "ton.twitter.com"


def best_video(media: Mapping[str, Any]) -> str:
    """The MP4 variant with the highest bit rate ('' if none)."""
    best, rate = "", -1
    for variant in media.get("variants") or []:
        if isinstance(variant, Mapping) and variant.get("content_type") == "video/mp4" and isinstance(variant.get("url"), str):
            found = variant.get("bit_rate")
            bit_rate = found if isinstance(found, int) else 0
            if bit_rate > rate:
                best, rate = variant["url"], bit_rate
    return best[:1000]


async def fetch(api: Api, item: MediaSource, auth: Mapping[str, str]) -> FetchedMedia:
    return await download(
        api.client, item.source, max_bytes=item.max_bytes, allowed=MEDIA_HOSTS, headers=auth, send_headers_to=PRIVATE_HOST
    )


async def upload(call: Any, media: OutgoingMedia, *, direct: bool) -> dict[str, Any]:
    """``call`` is the connector's authenticated request (token refresh included)."""
    data = await asyncio.to_thread(Path(media.path).read_bytes)
    answer = await call(
        "POST",
        "/2/media/upload",
        files={"media": ("picture" + Path(media.path).suffix, data, media.content_type)},
        data={"media_category": "dm_image" if direct else "tweet_image", "media_type": media.content_type},
    )
    found = answer.get("data")
    if not isinstance(found, Mapping) or not isinstance(found.get("id"), str):
        raise MalformedResponse(QT_TRANSLATE_NOOP("Errors", "X took a picture but sent back no media id."))
    media_id = found["id"]
    await call("POST", "/2/media/metadata", json_body={"id": media_id, "metadata": {"alt_text": {"text": media.alt}}})
    return {"media_id": media_id}


def _ids(media: tuple[OutgoingMedia, ...]) -> list[str]:
    ids = []
    for m in media:
        if not m.upload or not isinstance(m.upload.get("media_id"), str):
            raise Rejected(QT_TRANSLATE_NOOP("Errors", "A picture of this reply was not uploaded."))
        ids.append(m.upload["media_id"])
    return ids


def post_fields(media: tuple[OutgoingMedia, ...]) -> dict[str, Any]:
    return {"media": {"media_ids": _ids(media)}} if media else {}


def dm_fields(media: tuple[OutgoingMedia, ...]) -> dict[str, Any]:
    return {"attachments": [{"media_id": i} for i in _ids(media)]} if media else {}
