"""Mastodon media: attachments as the API lists them, fetching their files
from the instance's media host, and uploading a reply's pictures.

* ``media_attachments[]``: ``type`` (image, gifv, video, audio, unknown),
  ``url`` (the file, on the instance's own storage even for remote posts),
  ``preview_url`` (a still picture), ``description`` (the alt text);
* ``POST /api/v2/media`` (multipart ``file`` + ``description``) answers 200
  with the attachment, or 202 while the server processes it (``url`` null);
  ``GET /api/v1/media/:id`` answers 206 until it is ready;
* the post names them with ``media_ids[]``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from desktop_inbox.connectors.base import FetchedMedia, MediaSource
from desktop_inbox.connectors.http import Api
from desktop_inbox.connectors.media import download
from desktop_inbox.errors import MalformedResponse, Rejected, TransientError
from desktop_inbox.records import Attachment, OutgoingMedia
from desktop_inbox.words import QT_TRANSLATE_NOOP

KINDS = {"image": "image", "gifv": "gifv", "video": "video", "audio": "audio"}
PROCESSING_WAIT = 2.0
PROCESSING_TRIES = 15


def _opt(value: Any, limit: int) -> str:
    return value[:limit] if isinstance(value, str) and value else ""


def attachments(items: Any) -> list[Attachment]:
    out = []
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, Mapping):
            continue
        kind = str(item.get("type") or "file")[:20]
        url = _opt(item.get("url"), 1000)
        preview = _opt(item.get("preview_url"), 1000)
        out.append(
            Attachment(
                kind=kind,
                url=url or None,
                description=_opt(item.get("description"), 1500),
                source=url if kind in KINDS else "",
                preview=preview if kind in ("video", "gifv", "audio") else "",
            )
        )
    return out


async def fetch(api: Api, item: MediaSource) -> FetchedMedia:
    # The instance named the URL in its own answer; media files are public,
    # so no token goes with them.
    return await download(api.client, item.source, max_bytes=item.max_bytes)


async def upload(api: Api, media: OutgoingMedia) -> dict[str, Any]:
    data = await asyncio.to_thread(Path(media.path).read_bytes)
    name = "picture" + Path(media.path).suffix
    response = await api.request(
        "POST", "/api/v2/media", files={"file": (name, data, media.content_type)}, data={"description": media.alt}
    )
    body = api.decode(response)
    if not isinstance(body, Mapping) or not isinstance(body.get("id"), (str, int)):
        raise MalformedResponse(
            QT_TRANSLATE_NOOP("Errors", "Mastodon accepted a picture but sent back something we cannot read.")
        )
    media_id = str(body["id"])
    if response.status_code == 202 or not body.get("url"):
        await _wait_processed(api, media_id)
    return {"media_id": media_id}


async def _wait_processed(api: Api, media_id: str) -> None:
    for _ in range(PROCESSING_TRIES):
        await asyncio.sleep(PROCESSING_WAIT)
        response = await api.request("GET", f"/api/v1/media/{media_id}")
        if response.status_code == 200:
            return
    raise TransientError(
        QT_TRANSLATE_NOOP("Errors", "Mastodon is still processing the picture; the reply goes out once it is ready.")
    )


def media_ids(media: tuple[OutgoingMedia, ...]) -> list[str]:
    ids = []
    for m in media:
        if not m.upload or not m.upload.get("media_id"):
            raise Rejected(QT_TRANSLATE_NOOP("Errors", "A picture of this reply was not uploaded."))
        ids.append(str(m.upload["media_id"]))
    return ids
