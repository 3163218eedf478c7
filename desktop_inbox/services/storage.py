"""Storage: how much the cache holds, forgetting old history, compacting."""

from __future__ import annotations

import functools
from datetime import UTC, datetime

from desktop_inbox.services.inbox import Inbox
from desktop_inbox.services.media import MediaService
from desktop_inbox.store import storage
from desktop_inbox.store.db import Cache
from desktop_inbox.store.storage import StorageReport


class StorageService:
    def __init__(self, cache: Cache, inbox: Inbox | None = None) -> None:
        self.cache = cache
        self.inbox = inbox

    @functools.cached_property
    def media(self) -> MediaService:
        return MediaService(self.cache)

    async def set_media(self, account_id: int, *, keep: bool | None = None, cap: int | None = None) -> None:
        """The account's switch and cap for keeping customers' media."""
        await self.media.set_settings(account_id, keep=keep, cap=cap)

    @property
    def path(self) -> str:
        return str(self.cache.path)

    async def report(self) -> StorageReport:
        return await self.cache.read(storage.report, self.cache.path)

    async def forget(self, before: datetime, *, account_id: int | None = None, compact: bool = False) -> int:
        """Remove messages written before ``before`` (of one account, or all);
        the file is compacted after many (or when asked). Returns how many went."""
        removed = await self.cache.write(storage.forget_older_than, before, account_id=account_id, now=datetime.now(UTC))
        if removed:
            await self.media.sweep()  # their pictures go with them
        if compact or removed >= storage.VACUUM_AFTER:
            await self.cache.write(storage.compact)
        if removed and self.inbox is not None:
            self.inbox.changed()
        return removed
