"""Our latest replies, for the canned check (``services.checks``): kept
apart from ``services.replies`` so that the composer's service loads without
the whole of sending (the first conversation opened reads its draft through
it)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop_inbox.store.db import Cache

SENT_FRESH = timedelta(seconds=30)


class RecentReplies:
    """Our latest replies with the customer each went to, for the canned
    check; read again at most every 30 s (and after a reply is sent)."""

    def __init__(self, cache: Cache) -> None:
        self.cache = cache
        self._texts: list[tuple[int | None, str]] = []
        self._loaded_at: datetime | None = None

    async def texts(self) -> list[tuple[int | None, str]]:
        from desktop_inbox.store import outbox  # (when a reply is first checked)

        now = datetime.now(UTC)
        if self._loaded_at is None or now - self._loaded_at > SENT_FRESH:
            self._texts = await self.cache.read(outbox.sent_texts)
            self._loaded_at = now
        return self._texts

    def forget(self) -> None:
        self._loaded_at = None
