"""The inbox as the UI and the command line see it.

Every method awaits the cache's reader or writer thread, so callers on the Qt
thread never touch SQLite themselves. Writes that change what a conversation
looks like notify ``changed`` listeners with the conversation ids.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from types import ModuleType
from typing import TYPE_CHECKING

from desktop_inbox.store import contacts, conversations
from desktop_inbox.store.contacts import ContactDetail
from desktop_inbox.store.conversations import ConversationDetail, ConversationSummary
from desktop_inbox.store.db import Cache
from desktop_inbox.store.metrics import Wait

if TYPE_CHECKING:
    from desktop_inbox.store import merges
    from desktop_inbox.store.outbox import OutboxItem
    from desktop_inbox.store.search import Order, SearchHit

Listener = Callable[[frozenset[int]], None]


# The outbox (with the sync's write path), merges and search load when first used:
# the window paints its first page without them (bench/, 3).
def _outbox() -> ModuleType:
    from desktop_inbox.store import outbox

    return outbox


def _search() -> ModuleType:
    from desktop_inbox.store import search

    return search


def _merges() -> ModuleType:
    from desktop_inbox.store import merges

    return merges


class Inbox:
    def __init__(self, cache: Cache) -> None:
        self.cache = cache
        self._listeners: list[Listener] = []
        # Called after a reply is queued, so the sync can deliver it at once.
        self.reply_queued: list[Callable[[OutboxItem], None]] = []

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def _changed(self, *ids: int) -> None:
        for listener in list(self._listeners):
            listener(frozenset(ids))

    async def page(
        self,
        *,
        state: str | None = None,
        account_id: int | None = None,
        contact_id: int | None = None,
        tag: str | None = None,
        after: tuple[int, int] | None = None,
        limit: int = 100,
    ) -> list[ConversationSummary]:
        return await self.cache.read(
            conversations.list_conversations,
            state=state,
            account_id=account_id,
            contact_id=contact_id,
            tag=tag,
            after=after,
            limit=limit,
        )

    def page_now(
        self,
        *,
        state: str | None = None,
        account_id: int | None = None,
        contact_id: int | None = None,
        tag: str | None = None,
        limit: int = 100,
    ) -> list[ConversationSummary]:
        """The first page, waited for: for the window's start, before any event
        loop runs (one indexed page, a few milliseconds on a million messages)."""
        return self.cache.call_read(
            conversations.list_conversations, state=state, account_id=account_id, contact_id=contact_id, tag=tag, limit=limit
        )

    async def summary(self, conversation_id: int) -> ConversationSummary:
        return await self.cache.read(conversations.get_summary, conversation_id)

    async def conversation(
        self, conversation_id: int, *, limit: int | None = None, before: tuple[int, int] | None = None
    ) -> ConversationDetail:
        return await self.cache.read(conversations.get_conversation, conversation_id, limit=limit, before=before)

    async def contact(self, contact_id: int) -> ContactDetail:
        return await self.cache.read(contacts.contact_detail, contact_id)

    async def add_note(self, contact_id: int, text: str) -> None:
        await self.cache.write(contacts.add_note, contact_id, text)

    async def delete_note(self, note_id: int) -> None:
        await self.cache.write(contacts.delete_note, note_id)

    async def add_tag(self, contact_id: int, name: str) -> list[str]:
        return await self.cache.write(contacts.add_tag, contact_id, name)

    async def remove_tag(self, contact_id: int, name: str) -> list[str]:
        return await self.cache.write(contacts.remove_tag, contact_id, name)

    async def tags(self) -> list[tuple[str, int]]:
        return await self.cache.read(contacts.all_tags)

    async def counts(self) -> dict[str, int]:
        return await self.cache.read(conversations.count_by_state)

    async def mark_read(self, conversation_id: int) -> None:
        await self.cache.write(conversations.mark_read, conversation_id)
        self._changed(conversation_id)

    async def mark_done(self, conversation_id: int) -> str:
        state = await self.cache.write(conversations.mark_done, conversation_id)
        self._changed(conversation_id)
        return state

    async def reopen(self, conversation_id: int) -> str:
        state = await self.cache.write(conversations.reopen, conversation_id)
        self._changed(conversation_id)
        return state

    async def reply(
        self, conversation_id: int, text: str, *, direct: bool | None = None, delay: timedelta = timedelta(0)
    ) -> OutboxItem:
        item = await self.cache.write(_outbox().queue_reply, conversation_id, text, direct=direct, delay=delay)
        return self._queued(item)

    async def retry(self, item_id: int) -> OutboxItem:
        return self._queued(await self.cache.write(_outbox().retry, item_id))

    async def resend(self, item_id: int) -> OutboxItem:
        """A reply that may have been sent did not arrive: send it again (the
        user checked; SMTP cannot tell)."""
        return self._queued(await self.cache.write(_outbox().resend, item_id))

    def _queued(self, item: OutboxItem) -> OutboxItem:
        self._changed(item.conversation_id)
        for callback in list(self.reply_queued):
            callback(item)
        return item

    async def mark_sent(self, item_id: int) -> OutboxItem:
        """A reply that may have been sent did arrive: keep it as sent, never send it again."""
        item = await self.cache.write(_outbox().confirm_sent, item_id)
        self._changed(item.conversation_id)
        return item

    async def cancel(self, item_id: int) -> OutboxItem:
        item = await self.cache.write(_outbox().cancel, item_id)
        self._changed(item.conversation_id)
        return item

    async def pending_replies(self) -> list[OutboxItem]:
        return await self.cache.read(_outbox().pending)

    async def waiting_count(self) -> int:
        return await self.cache.read(_outbox().count_waiting)

    async def search(self, query: str, *, order: Order = "newest", limit: int = 50, offset: int = 0) -> list[SearchHit]:
        return await self.cache.read(_search().search, query, order=order, limit=limit, offset=offset)

    async def snooze(self, conversation_id: int, until: datetime) -> str:
        state = await self.cache.write(conversations.snooze, conversation_id, until)
        self._changed(conversation_id)
        return state

    async def wake_snoozed(self) -> list[int]:
        ids = await self.cache.write(conversations.wake_snoozed)
        if ids:
            self._changed(*ids)
        return ids

    async def merge(self, target_id: int, source_id: int) -> merges.MergeRecord:
        record = await self.cache.write(_merges().merge, target_id, source_id)
        self._changed()
        return record

    async def unmerge(self, merge_id: int) -> int:
        contact_id = await self.cache.write(_merges().unmerge, merge_id)
        self._changed()
        return contact_id

    async def merge_suggestions(self, contact_id: int | None = None) -> list[merges.Suggestion]:
        return await self.cache.read(_merges().suggestions, contact_id)

    async def merges_of(self, contact_id: int) -> list[merges.MergeRecord]:
        return await self.cache.read(_merges().merges_of, contact_id)

    async def find_contacts(self, text: str) -> list[tuple[int, str, str]]:
        return await self.cache.read(contacts.find_contacts, text)

    async def response_waits(self, days: int) -> list[Wait]:
        from desktop_inbox.services import metrics  # with the dashboard, not at start-up

        return await self.cache.read(metrics.load, days)

    async def timeline(self, contact_id: int) -> list[contacts.TimelineEntry]:
        return await self.cache.read(contacts.timeline, contact_id)
