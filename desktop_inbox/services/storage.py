"""Storage for the app: the report, forgetting, and compacting afterwards."""

from __future__ import annotations

from datetime import UTC, datetime

from desktop_inbox.store import saved_searches, storage
from desktop_inbox.store.db import Cache
from desktop_inbox.store.saved_searches import SavedSearch
from desktop_inbox.store.storage import StorageReport


class StorageService:
    def __init__(self, cache: Cache) -> None:
        self.cache = cache

    async def report(self) -> StorageReport:
        return await self.cache.read(storage.report, self.cache.path)

    async def forget(self, before: datetime, *, account_id: int | None = None) -> int:
        removed = await self.cache.write(storage.forget_older_than, before, account_id=account_id, now=datetime.now(UTC))
        if removed >= storage.VACUUM_AFTER:
            await self.cache.write(storage.compact)
        return removed

    async def saved_searches(self) -> list[tuple[SavedSearch, int]]:
        """For the sidebar: counting stops past ``saved_searches.BADGE_MAX``."""
        return await self.cache.read(saved_searches.counts, up_to=saved_searches.BADGE_MAX)

    async def save_search(self, name: str, query: str) -> SavedSearch:
        return await self.cache.write(saved_searches.save, name, query)

    async def delete_search(self, saved_id: int) -> None:
        await self.cache.write(saved_searches.delete, saved_id)
