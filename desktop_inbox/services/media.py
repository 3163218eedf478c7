"""Pictures: attaching them to a reply, and the customers' kept media.

Attaching (the composer's drop, paste and file dialog; ``reply --attach``)
reads the file off the UI thread, checks it by its bytes (``store.images``:
a decompression bomb, a truncated file, an SVG are refused with one line)
and copies it into the data folder, where the outbox keeps it until the
reply has gone. The platform's own limits are ``checks.pictures_problem``.

For the kept media: each account's switch and cap, the viewer's file, and a
sweep that deletes files nothing names any more (after ``forget``, an
account's removal, or a crash between a file and its row).
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop_inbox.errors import BadInput
from desktop_inbox.records import Platform
from desktop_inbox.services import checks
from desktop_inbox.store import images, outbox_media
from desktop_inbox.store import media as store_media
from desktop_inbox.store.db import Cache
from desktop_inbox.store.media import MediaItem, MediaSettings
from desktop_inbox.store.media_files import OUTBOX, MediaFolder
from desktop_inbox.store.outbox_media import StagedMedia
from desktop_inbox.words import QT_TRANSLATE_NOOP, Phrase

__all__ = ["Attached", "MediaItem", "MediaService", "MediaSettings"]

# Read no file larger than this to attach it (every platform takes less).
MAX_FILE = 50 * 1_000_000
# Pictures of replies sent (or cancelled) this long ago are let go.
OUTBOX_KEEP = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Attached:
    """A checked picture, copied into the data folder for a reply."""

    file: str  # relative to the media folder
    path: str  # the copy (absolute): what the composer shows
    name: str  # the name the user knows it by
    content_type: str
    size: int
    width: int
    height: int
    fitted_from: int | None = None  # the file's size, when a smaller copy goes (the platform takes no more)

    def picture(self, alt: str = "") -> checks.Picture:
        return checks.Picture(self.name, self.content_type, self.size, self.width, self.height, alt)

    def staged(self, alt: str) -> StagedMedia:
        return StagedMedia(self.file, alt.strip(), self.content_type, self.size, self.width, self.height)


class MediaService:
    def __init__(self, cache: Cache) -> None:
        self.cache = cache
        self.folder = MediaFolder(cache.data_dir)

    # -- attaching ----------------------------------------------------------------

    async def attach_file(
        self, path: Path | str, *, platform: Platform | None = None, picture_limit: int | None = None
    ) -> Attached:
        """Check a picture file and keep a copy for the reply (BadInput if
        unusable); for ``platform``, a copy made small enough for it when the
        file is larger than it takes (``attach_bytes``)."""
        source = Path(path).expanduser()  # noqa: ASYNC240 - no I/O: it reads $HOME

        def read() -> bytes:
            if not source.is_file():
                raise BadInput(QT_TRANSLATE_NOOP("Errors", "There is no file {source}."), source=source)
            size = source.stat().st_size
            if size > MAX_FILE:
                raise BadInput(
                    QT_TRANSLATE_NOOP("Errors", "{name} is {n} MB: far too big for a picture in a reply."),
                    name=source.name,
                    n=size // 1_000_000,
                )
            return source.read_bytes()

        try:
            data = await asyncio.to_thread(read)
        except OSError as exc:
            raise BadInput(
                QT_TRANSLATE_NOOP("Errors", "{name} cannot be read ({value})."),
                name=source.name,
                value=exc.strerror or exc,
            ) from None
        return await self.attach_bytes(data, name=source.name, platform=platform, picture_limit=picture_limit)

    async def attach_bytes(
        self, data: bytes, *, name: str, platform: Platform | None = None, picture_limit: int | None = None
    ) -> Attached:
        """Check picture bytes (a pasted picture) and keep them for the reply.
        With ``platform``: a picture larger than it takes (or than the
        account's server takes, ``picture_limit``: ``checks.media_limits``)
        is sent as a JPEG copy that fits (the user's file is never changed)."""
        if len(data) > MAX_FILE:
            raise BadInput(QT_TRANSLATE_NOOP("Errors", "{name} is far too big for a picture in a reply."), name=name)
        facts = await asyncio.to_thread(images.inspect, data)
        limits = checks.media_limits(platform, picture_limit) if platform is not None else None
        fitted_from = None
        if limits is not None and limits.max_bytes and len(data) > limits.max_bytes and "image/jpeg" in limits.types:
            fitted_from = len(data)
            data = await asyncio.to_thread(images.fit, data, limits.max_bytes)
            facts = await asyncio.to_thread(images.inspect, data)
        file = self.folder.new_outbox_name(images.SUFFIXES[facts.content_type])
        size = await asyncio.to_thread(self.folder.write, file, data)
        return Attached(
            file, str(self.folder.path(file)), name, facts.content_type, size, facts.width, facts.height, fitted_from
        )

    async def discard(self, attached: list[Attached]) -> None:
        """Forget pictures taken off a reply before it was queued."""
        await asyncio.to_thread(self.folder.remove, [a.file for a in attached])

    @staticmethod
    def problem(
        platform: Platform,
        attached: list[tuple[Attached, str]],
        *,
        direct: bool,
        need_alt: bool = True,
        picture_limit: int | None = None,
    ) -> Phrase:
        """Why these pictures cannot go with a reply on ``platform`` (an empty
        phrase if they can); ``picture_limit``: the account's server's."""
        return checks.pictures_problem(
            platform, [a.picture(alt) for a, alt in attached], direct=direct, need_alt=need_alt,
            picture_limit=picture_limit,
        )  # fmt: skip

    # -- kept media -------------------------------------------------------------------

    async def settings(self) -> list[MediaSettings]:
        """Every account's switch, cap and what it keeps."""
        return await self.cache.read(store_media.all_settings)

    async def set_settings(self, account_id: int, *, keep: bool | None = None, cap: int | None = None) -> MediaSettings:
        """Turn keeping on or off (off lets go of what was kept) or change the cap."""
        released = await self.cache.write(store_media.set_settings, account_id, keep=keep, cap=cap)
        await asyncio.to_thread(self.folder.remove, released)
        return await self.cache.read(store_media.settings, account_id)

    async def item(self, media_id: int) -> MediaItem:
        return await self.cache.read(store_media.item, media_id)

    def local_path(self, relative: str | None) -> Path | None:
        """The kept file, or None (not kept, or named outside the folder)."""
        try:
            return self.folder.path(relative) if relative else None
        except BadInput:
            return None

    async def total_bytes(self) -> int:
        return await self.cache.read(store_media.total_bytes)

    async def sweep(self) -> int:
        """Delete the files nothing names (and the pictures of replies gone a
        day ago); a reply being written keeps its fresh copies."""
        released = await self.cache.write(outbox_media.release_finished, before=datetime.now(UTC) - OUTBOX_KEEP)
        await asyncio.to_thread(self.folder.remove, released)
        named = await self.cache.read(store_media.files_named)
        cutoff = (datetime.now(UTC) - OUTBOX_KEEP).timestamp()

        def sweep() -> int:
            fresh = (
                {
                    p.relative_to(self.folder.root).as_posix()
                    for p in (self.folder.root / OUTBOX).glob("*")
                    if p.is_file() and p.stat().st_mtime > cutoff
                }
                if (self.folder.root / OUTBOX).is_dir()
                else set()
            )
            return self.folder.sweep(named | fresh)

        return await asyncio.to_thread(sweep)
