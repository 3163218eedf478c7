"""A reply's pictures go up before the reply itself, each exactly once.

Each upload's answer is committed (``store.outbox_media``) before the next
step, so a retry after a crash reuses what was already uploaded and the post
names the same files; an answer older than the platform's lifetime for
unattached uploads is not trusted and the picture is uploaded again.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta

from desktop_inbox.connectors.base import CarriesMedia, Connector
from desktop_inbox.connectors.platforms import descriptor
from desktop_inbox.errors import Rejected
from desktop_inbox.records import Kind, OutgoingReply
from desktop_inbox.store import outbox_media
from desktop_inbox.store.db import Cache
from desktop_inbox.store.media_files import MediaFolder
from desktop_inbox.words import QT_TRANSLATE_NOOP


async def with_pictures(
    cache: Cache, connector: Connector, item_id: int, reply: OutgoingReply, *, clock: Callable[[], datetime]
) -> OutgoingReply:
    """``reply`` with its pictures (absolute paths), every one uploaded."""
    limits = descriptor(connector.platform).media
    fresh_after = clock() - timedelta(seconds=limits.upload_lifetime)
    media = await cache.read(outbox_media.for_item, item_id, fresh_after=fresh_after)
    if not media:
        return reply
    if not isinstance(connector, CarriesMedia):
        raise Rejected(
            QT_TRANSLATE_NOOP(
                "Errors", "This platform cannot take pictures from Desktop Inbox; send the reply without them."
            )
        )
    folder = MediaFolder(cache.data_dir)
    ready = []
    for position, picture in enumerate(media):
        picture = replace(picture, path=str(folder.path(picture.path)))
        if picture.upload is None:
            upload = await connector.upload_media(picture, direct=reply.kind == Kind.DIRECT)
            await cache.write(outbox_media.record_upload, item_id, position, upload, now=clock())
            picture = replace(picture, upload=upload)
        ready.append(picture)
    return replace(reply, media=tuple(ready))


async def release(cache: Cache, item_id: int) -> None:
    """Delete a delivered reply's copies of its pictures."""
    files = await cache.write(outbox_media.release, item_id)
    await asyncio.to_thread(MediaFolder(cache.data_dir).remove, files)
