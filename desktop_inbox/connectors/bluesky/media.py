"""Bluesky media: blobs of the customers' posts, and a reply's pictures.

A post's pictures are blobs in its author's repository (the record names
their CID): fetched with ``com.atproto.sync.getBlob`` from the account's PDS
(which holds the repositories it hosts), else from Bluesky's own image host
(``cdn.bsky.app``, public). A reply's pictures are uploaded with
``com.atproto.repo.uploadBlob`` and named in the post's
``app.bsky.embed.images`` with their alt text and aspect ratio. Chat
messages embed records only: no pictures there.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import httpx

from desktop_inbox.connectors.base import FetchedMedia, MediaSource
from desktop_inbox.connectors.bluesky.xrpc import Xrpc
from desktop_inbox.connectors.http import USER_AGENT
from desktop_inbox.connectors.media import download, hosts_ending
from desktop_inbox.errors import ConnectorError, Rejected
from desktop_inbox.words import QT_TRANSLATE_NOOP

CDN = "https://cdn.bsky.app/img/feed_fullsize/plain/{did}/{cid}@jpeg"
IMAGES = "app.bsky.embed.images"


def _parts(source: str) -> tuple[str, str]:
    kind, _, rest = source.partition(":")
    did, _, cid = rest.rpartition(":")
    if kind != "blob" or not did.startswith("did:") or not cid.isalnum():
        raise Rejected(QT_TRANSLATE_NOOP("Errors", "This Bluesky attachment names no blob."))
    return did, cid


async def fetch(xrpc: Xrpc, item: MediaSource) -> FetchedMedia:
    did, cid = _parts(item.source)
    try:
        data = await xrpc.get_blob(did, cid)
    except ConnectorError as first:
        if item.kind != "image":
            raise
        # Not on this PDS (the author lives elsewhere): Bluesky's image host.
        async with httpx.AsyncClient(timeout=30, headers={"User-Agent": USER_AGENT}) as client:
            try:
                return await download(
                    client, CDN.format(did=did, cid=cid), max_bytes=item.max_bytes, allowed=hosts_ending("bsky.app")
                )
            except ConnectorError:
                raise first from None
    if len(data) > item.max_bytes:
        raise Rejected(QT_TRANSLATE_NOOP("Errors", "The file is too big to keep."))
    return FetchedMedia(data, "")


async def upload(xrpc: Xrpc, path: str, content_type: str) -> dict[str, Any]:
    data = await asyncio.to_thread(Path(path).read_bytes)
    answer = await xrpc.upload_blob(data, content_type)
    return {"blob": answer["blob"]}


def embed(media: tuple[Any, ...]) -> dict[str, Any]:
    """The post's ``embed`` naming the uploaded pictures, in order."""
    images = []
    for m in media:
        if not m.upload or not isinstance(m.upload.get("blob"), dict):
            raise Rejected(QT_TRANSLATE_NOOP("Errors", "A picture of this reply was not uploaded."))
        image: dict[str, Any] = {"alt": m.alt, "image": m.upload["blob"]}
        if m.width > 0 and m.height > 0:
            image["aspectRatio"] = {"width": m.width, "height": m.height}
        images.append(image)
    return {"$type": IMAGES, "images": images}
