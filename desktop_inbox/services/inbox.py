"""The inbox as the app and the command line see it: pages of conversations,
one conversation, and its state (done, reopened, snoozed, read).

Every method awaits the cache's reader or writer thread, so callers on the
Qt thread never touch SQLite themselves. Writes that change what a
conversation looks like tell ``subscribe``rs the conversation ids.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, fields, replace
from datetime import UTC, datetime
from typing import Any

from desktop_inbox.errors import BadInput
from desktop_inbox.records import State
from desktop_inbox.services.events import Hook, Unsubscribe
from desktop_inbox.store import conversations
from desktop_inbox.store.conversations import ConversationDetail, ConversationSummary
from desktop_inbox.store.db import Cache
from desktop_inbox.store.media_files import MediaFolder

Listener = Callable[[frozenset[int]], None]


@dataclass(frozen=True, slots=True)
class ViewFilter(Mapping[str, Any]):
    """Which conversations a list shows: a state, an account, a customer, a
    tag (None: any), those assigned to me (``mine``). It reads as a mapping
    too, so ``page(**view)`` works."""

    state: State | None = None
    account_id: int | None = None
    contact_id: int | None = None
    tag: str | None = None
    mine: bool | None = None

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


def with_local_files(detail: ConversationDetail, folder: MediaFolder) -> ConversationDetail:
    """Attachments with their kept files as absolute paths: ``path`` (the
    file) and ``thumb_path`` (its thumbnail), None when not downloaded."""

    def local(relative: object) -> str | None:
        if not isinstance(relative, str):
            return None
        try:
            return str(folder.path(relative))
        except BadInput:  # a path outside the folder (a tampered backup): shown as not downloaded
            return None

    def resolve(a: dict[str, object]) -> dict[str, object]:
        return {**a, "path": local(a.get("file")), "thumb_path": local(a.get("thumb"))}

    messages = [
        replace(m, attachments=tuple(resolve(a) for a in m.attachments)) if m.attachments else m for m in detail.messages
    ]
    return replace(detail, messages=messages)


def _now() -> datetime:
    return datetime.now(UTC)


class Inbox:
    def __init__(self, cache: Cache, *, clock: Callable[[], datetime] = _now) -> None:
        self.cache = cache
        self.clock = clock  # the time "done" and "snoozed" are judged by
        self._changed: Hook[frozenset[int]] = Hook("inbox changed")

    @functools.cached_property
    def me(self) -> int | None:
        """The member this inbox acts as in a team (None: one user, no team)."""
        if not self.cache.shared:
            return None  # (the team's modules stay unloaded: the window asks before its first paint)
        from desktop_inbox.services.assignment import current_member

        return current_member(self.cache)

    @property
    def in_team(self) -> bool:
        """Whether this inbox is a team's, acted on as one of its members."""
        return self.me is not None

    def _query(self, view: ViewFilter) -> dict[str, Any]:
        """The store's filter: "mine" is assigned to me in a team; alone,
        every conversation is the user's own, so it filters nothing."""
        query = {k: v for k, v in view.items() if k != "mine"}
        if view.mine and self.me is not None:
            query["assignee_id"] = self.me
        return query

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
        return await self.cache.read(conversations.list_conversations, **self._query(chosen), after=after, limit=limit)

    def page_now(
        self, view: ViewFilter | Mapping[str, Any] | None = None, *, limit: int = 100, **fields_: Any
    ) -> list[ConversationSummary]:
        """The first page, waited for: for the window's start, before any event
        loop runs (one indexed page, a few milliseconds on a million messages)."""
        chosen = ViewFilter.of(view if view is not None else fields_)
        return self.cache.call_read(conversations.list_conversations, **self._query(chosen), limit=limit)

    async def summary(self, conversation_id: int) -> ConversationSummary:
        return await self.cache.read(conversations.get_summary, conversation_id)

    async def conversation(
        self,
        conversation_id: int,
        *,
        limit: int | None = None,
        before: tuple[int, int] | None = None,
        after: tuple[int, int] | None = None,
        around: int | None = None,
    ) -> ConversationDetail:
        """The conversation, or a window of ``limit`` messages of it: the
        newest (before a ``(created_at ms, id)`` cursor), the oldest after
        one, or around a message (``store.conversations.get_conversation``),
        each picture with its kept local file."""
        detail = await self.cache.read(
            conversations.get_conversation, conversation_id, limit=limit, before=before, after=after, around=around
        )
        return with_local_files(detail, MediaFolder(self.cache.data_dir))

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
