"""The inbox as the app and the command line see it: pages of conversations,
one conversation, and its state (done, reopened, snoozed, read).

Every method awaits the cache's reader or writer thread, so callers on the
Qt thread never touch SQLite themselves. Writes that change what a
conversation looks like tell ``subscribe``rs the conversation ids.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, fields, replace
from datetime import UTC, datetime
from typing import Any

from desktop_inbox.records import State
from desktop_inbox.services.events import Hook, Unsubscribe
from desktop_inbox.store import conversations
from desktop_inbox.store.conversations import ConversationDetail, ConversationSummary
from desktop_inbox.store.db import Cache

Listener = Callable[[frozenset[int]], None]


@dataclass(frozen=True, slots=True)
class ViewFilter(Mapping[str, Any]):
    """Which conversations a list shows: a state, an account, a customer, a
    tag (None: any). It reads as a mapping too, so ``page(**view)`` works."""

    state: State | None = None
    account_id: int | None = None
    contact_id: int | None = None
    tag: str | None = None

    @classmethod
    def of(cls, value: ViewFilter | Mapping[str, Any] | None) -> ViewFilter:
        """A ViewFilter from itself, a plain dict of its fields, or None (all)."""
        if value is None:
            return cls()
        if isinstance(value, ViewFilter):
            return value
        known = {f.name for f in fields(cls)}
        unknown = set(value) - known
        if unknown:
            raise TypeError(f"not a view filter field: {', '.join(sorted(unknown))}")
        view = cls(**{k: v for k, v in value.items() if v is not None})
        return replace(view, state=State(view.state)) if view.state is not None else view

    def __getitem__(self, key: str) -> Any:
        if key not in self._names():
            raise KeyError(key)
        return getattr(self, key)

    def __iter__(self) -> Iterator[str]:
        return iter(self._names())

    def __len__(self) -> int:
        return len(self._names())

    def _names(self) -> tuple[str, ...]:
        return tuple(f.name for f in fields(self))


def _now() -> datetime:
    return datetime.now(UTC)


class Inbox:
    def __init__(self, cache: Cache, *, clock: Callable[[], datetime] = _now) -> None:
        self.cache = cache
        self.clock = clock  # the time "done" and "snoozed" are judged by
        self._changed: Hook[frozenset[int]] = Hook("inbox changed")

    def subscribe(self, listener: Listener) -> Unsubscribe:
        """Hear which conversations changed (empty: possibly any)."""
        return self._changed.subscribe(listener)

    def changed(self, *ids: int) -> None:
        self._changed.emit(frozenset(ids))

    async def page(
        self, view: ViewFilter | Mapping[str, Any] | None = None, *, after: tuple[int, int] | None = None,
        limit: int = 100, **fields_: Any,
    ) -> list[ConversationSummary]:
        """One page of ``view`` (or of the filter given as keywords), in inbox
        order; ``after`` is the last row's ``(sort_key, id)``."""
        chosen = ViewFilter.of(view if view is not None else fields_)
        return await self.cache.read(conversations.list_conversations, **chosen, after=after, limit=limit)

    def page_now(
        self, view: ViewFilter | Mapping[str, Any] | None = None, *, limit: int = 100, **fields_: Any
    ) -> list[ConversationSummary]:
        """The first page, waited for: for the window's start, before any event
        loop runs (one indexed page, a few milliseconds on a million messages)."""
        chosen = ViewFilter.of(view if view is not None else fields_)
        return self.cache.call_read(conversations.list_conversations, **chosen, limit=limit)

    async def summary(self, conversation_id: int) -> ConversationSummary:
        return await self.cache.read(conversations.get_summary, conversation_id)

    async def conversation(
        self, conversation_id: int, *, limit: int | None = None, before: tuple[int, int] | None = None
    ) -> ConversationDetail:
        return await self.cache.read(conversations.get_conversation, conversation_id, limit=limit, before=before)

    async def counts(self) -> dict[str, int]:
        return await self.cache.read(conversations.count_by_state)

    async def mark_read(self, conversation_id: int) -> None:
        await self.cache.write(conversations.mark_read, conversation_id)
        self.changed(conversation_id)

    async def mark_done(self, conversation_id: int) -> State:
        state = await self.cache.write(conversations.mark_done, conversation_id, now=self.clock())
        self.changed(conversation_id)
        return state

    async def reopen(self, conversation_id: int) -> State:
        state = await self.cache.write(conversations.reopen, conversation_id, now=self.clock())
        self.changed(conversation_id)
        return state

    async def snooze(self, conversation_id: int, until: datetime) -> State:
        state = await self.cache.write(conversations.snooze, conversation_id, until, now=self.clock())
        self.changed(conversation_id)
        return state

    async def wake_snoozed(self) -> list[int]:
        ids = await self.cache.write(conversations.wake_snoozed, now=self.clock())
        if ids:
            self.changed(*ids)
        return ids
