"""Follow-ups: "remind me if no answer by …" on any conversation (the
composer offers one when a reply promises something for later:
``services.checks``).

If the customer has not written by then, the conversation comes back to
Needs reply marked as a follow-up; if they write first, it comes back
because of their message, as always (``store.followups``). Due follow-ups
are looked at by the app's timer and by each sync, after it has fetched
what the customer may have written (``sync.engine``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from desktop_inbox.services.inbox import Inbox
from desktop_inbox.store import followups
from desktop_inbox.store.conversations import ConversationSummary
from desktop_inbox.store.db import Cache

# The reminders the app offers, as (label, days).
CHOICES = (("In 1 day", 1), ("In 3 days", 3))


def _now() -> datetime:
    return datetime.now(UTC)


class FollowUpService:
    def __init__(self, cache: Cache, inbox: Inbox, *, clock: Callable[[], datetime] = _now) -> None:
        self.cache = cache
        self.inbox = inbox
        self.clock = clock

    async def remind_at(self, conversation_id: int, at: datetime) -> ConversationSummary:
        """Bring the conversation back at ``at`` if the customer has not written by then."""
        summary = await self.cache.write(followups.set_follow_up, conversation_id, at, now=self.clock())
        self.inbox.changed(conversation_id)
        return summary

    async def remind_in(self, conversation_id: int, after: timedelta) -> ConversationSummary:
        return await self.remind_at(conversation_id, self.clock() + after)

    async def clear(self, conversation_id: int) -> ConversationSummary:
        summary = await self.cache.write(followups.clear, conversation_id)
        self.inbox.changed(conversation_id)
        return summary

    async def wake_due(self) -> list[int]:
        """Follow-ups whose time has come and that nobody answered come back."""
        ids = await self.cache.write(followups.wake_due, now=self.clock())
        if ids:
            self.inbox.changed(*ids)
        return ids
