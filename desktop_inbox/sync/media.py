"""Keeping customers' media: fetched after the pages are stored.

Each cycle, once an account's messages are in, a few of its wanted files
are fetched through its connector (newest messages first, a bounded number
per cycle, so messages always come before pictures and the platform's rate
budget is not spent on them). A picture is checked by its bytes (size in
pixels before decoding, then decoded whole: ``store.images``) and a
thumbnail made, off the event loop; what fails the check is refused for
good with one line, and never reaches a widget. Past the account's cap the
media of the oldest messages are released. A passing failure (offline, a
rate limit) ends this cycle's fetching and never fails the account.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from desktop_inbox.connectors.base import CarriesMedia, Connector, MediaSource
from desktop_inbox.errors import BadInput, ConnectorError, NeedsSignIn, TransientError
from desktop_inbox.store import images
from desktop_inbox.store import media as store_media
from desktop_inbox.store.accounts import Account
from desktop_inbox.store.db import Cache
from desktop_inbox.store.media_files import MediaFolder
from desktop_inbox.sync.events import SyncEvent, SyncEventKind
from desktop_inbox.words import QT_TRANSLATE_NOOP

log = logging.getLogger("desktop_inbox.sync")

# Per file: pictures and poster frames; videos and sound are kept as they are.
MAX_IMAGE_BYTES = 40 * 1_000_000
MAX_AV_BYTES = 200 * 1_000_000
PER_CYCLE = 12


@dataclass
class MediaKeeper:
    cache: Cache
    clock: Callable[[], datetime]
    emit: Callable[[SyncEvent], None]
    per_cycle: int = PER_CYCLE

    @property
    def folder(self) -> MediaFolder:
        return MediaFolder(self.cache.data_dir)

    async def keep(self, account: Account, connector: Connector) -> int:
        """Fetch some of the account's wanted files; how many were kept."""
        if not isinstance(connector, CarriesMedia):
            return 0
        jobs = await self.cache.read(store_media.wanted, account.id, limit=self.per_cycle)
        kept = 0
        changed: set[int] = set()
        for job in jobs:
            try:
                done = await self._keep_one(connector, job)
            except NeedsSignIn:
                raise
            except TransientError as exc:
                log.info("%s: media fetching paused (%s)", account.label, exc)
                break
            except (ConnectorError, BadInput) as exc:
                final = isinstance(exc, images.BadImage)
                await self.cache.write(store_media.record_failed, job.id, str(exc), final=final)
                log.info("%s: media %d not kept: %s", account.label, job.id, exc)
                continue
            kept += done
            changed.add(job.conversation_id)
            released, full = await self.cache.write(store_media.settle_cap, account.id, job.id)
            await asyncio.to_thread(self.folder.remove, released)
            if full:
                kept -= 1  # it did not fit: the older ones will not either
                break
        if changed:
            self.emit(SyncEvent(SyncEventKind.STORED, account.id, conversations=frozenset(changed)))
        return kept

    async def _keep_one(self, connector: CarriesMedia, job: store_media.MediaJob) -> int:
        if not job.source:
            raise BadInput(
                QT_TRANSLATE_NOOP("Errors", "This attachment cannot be fetched (it was listed by an older version).")
            )
        is_image = job.kind == "image"
        fetched = await connector.fetch_media(
            MediaSource(
                job.source,
                job.kind,
                job.message_remote_id,
                job.message_extra,
                MAX_IMAGE_BYTES if is_image else MAX_AV_BYTES,
            )
        )
        poster = None
        if not is_image and job.preview:
            try:
                poster = (
                    await connector.fetch_media(
                        MediaSource(job.preview, "image", job.message_remote_id, job.message_extra, MAX_IMAGE_BYTES)
                    )
                ).data
            except (ConnectorError, BadInput) as exc:
                log.info("media %d: no poster frame (%s)", job.id, exc)
        facts, thumb = await asyncio.to_thread(_check, fetched.data, poster, is_image)
        folder = self.folder
        base = f"{job.account_id}/{job.id % 256:02x}/{job.id}"
        suffix = images.SUFFIXES.get(facts.content_type, "") if facts else _suffix(fetched.content_type)
        file = base + (suffix or ".bin")
        size = await asyncio.to_thread(folder.write, file, fetched.data)
        thumb_file = None
        if thumb is not None:
            thumb_file = base + ".thumb.png"
            size += await asyncio.to_thread(folder.write, thumb_file, thumb)
        await self.cache.write(
            store_media.record_stored,
            job.id,
            file=file,
            thumb=thumb_file,
            size=size,
            content_type=facts.content_type if facts else fetched.content_type[:100],
            width=facts.width if facts else None,
            height=facts.height if facts else None,
            now=self.clock(),
        )
        return 1


def _check(data: bytes, poster: bytes | None, is_image: bool) -> tuple[images.ImageFacts | None, bytes | None]:
    """(facts of the picture, its thumbnail); a video's thumbnail is its
    poster frame's, if that is a good picture (else none: an icon shows)."""
    if is_image:
        facts = images.inspect(data)
        return facts, images.thumbnail(data)
    if images.looks_like_svg(data):
        raise images.BadImage(QT_TRANSLATE_NOOP("Errors", "An SVG drawing sent as a video or sound is not kept."))
    if poster is not None:
        try:
            images.inspect(poster)
            return None, images.thumbnail(poster)
        except images.BadImage as exc:
            log.info("poster frame refused: %s", exc)
    return None, None


_AV_SUFFIXES = {
    "video/mp4": ".mp4",
    "video/webm": ".webm",
    "video/quicktime": ".mov",
    "audio/mpeg": ".mp3",
    "audio/ogg": ".ogg",
    "audio/mp4": ".m4a",
    "audio/wav": ".wav",
    "audio/x-wav": ".wav",
}


def _suffix(content_type: str) -> str:
    return _AV_SUFFIXES.get(content_type, "")
