"""Presence in a team: "Anna is replying" while a member writes a reply.

The composer calls ``writing`` as the member types (a heartbeat is written
at most every ``BEAT``) and ``stopped`` when the reply is sent, emptied or
left. A member whose app stops or crashes stops beating: their row expires
after ``store.teamwork.EXPIRES_MS`` with nobody having to clean it. The
other members hear the change at once (``services.live``). Alone (a local
cache) nothing is written and nobody else is ever writing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from desktop_inbox.services.inbox import Inbox
from desktop_inbox.store import teamwork
from desktop_inbox.store.db import Cache

BEAT = timedelta(seconds=5)


def _now() -> datetime:
    return datetime.now(UTC)


class PresenceService:
    def __init__(self, cache: Cache, inbox: Inbox, *, clock: Callable[[], datetime] = _now) -> None:
        self.cache = cache
        self.inbox = inbox
        self.clock = clock
        self._beating: tuple[int, datetime] | None = None  # (conversation, last beat)

    @property
    def in_team(self) -> bool:
        return self.inbox.me is not None

    @property
    def _away(self) -> bool:
        """Reading this computer's copy: no one to tell (the server is away)."""
        return bool(getattr(self.cache, "offline", False))

    async def writing(self, conversation_id: int) -> None:
        """I am writing in the conversation (call as often as keys are typed)."""
        me = self.inbox.me
        if me is None or self._away:
            return
        now = self.clock()
        if self._beating is not None and self._beating[0] == conversation_id and now - self._beating[1] < BEAT:
            return
        self._beating = (conversation_id, now)
        await self.cache.write(teamwork.beat, me, conversation_id, _ms(now))

    async def stopped(self) -> None:
        """I stopped writing (sent, emptied the reply, left the conversation)."""
        me = self.inbox.me
        if me is None or self._beating is None:
            return
        self._beating = None
        if not self._away:
            await self.cache.write(teamwork.stopped, me)

    def stopped_now(self) -> None:
        """As ``stopped``, waited for: when the app closes (no loop to await on)."""
        me = self.inbox.me
        if me is not None and self._beating is not None:
            self._beating = None
            if not self._away:
                self.cache.call_write(teamwork.stopped, me)

    async def writers(self, conversation_id: int) -> list[str]:
        """The other members writing in the conversation now, by name."""
        me = self.inbox.me
        if me is None:
            return []
        return await self.cache.read(teamwork.writers, conversation_id, _ms(self.clock()), besides=me)


def _ms(moment: datetime) -> int:
    return int(moment.timestamp() * 1000)
