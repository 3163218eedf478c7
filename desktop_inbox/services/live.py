"""Live: what other members change, as it happens (a team's database).

``changes`` is emitted on the listener's own thread (not the caller's event
loop): a front end hands it to its own thread (the app's bridge does, as a
queued Qt signal). Our own changes come back too; a list refreshed once
more costs nothing noticeable and keeps one path for all.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_inbox.services.events import Hook
from desktop_inbox.store import live
from desktop_inbox.store.db import Cache


@dataclass(frozen=True, slots=True)
class LiveChange:
    """Conversations that changed, and those where someone started or
    stopped writing; ``everything``: any may have (too many to list, or
    the connection was lost for a while)."""

    conversations: frozenset[int] = frozenset()
    presence: frozenset[int] = frozenset()
    everything: bool = False

    def touches(self, conversation_id: int) -> bool:
        return self.everything or conversation_id in self.conversations


class LiveService:
    def __init__(self, cache: Cache) -> None:
        self.cache = cache
        self.changes: Hook[LiveChange] = Hook("live change")
        self._stop: live.Stop | None = None

    @property
    def running(self) -> bool:
        return self._stop is not None

    def start(self) -> bool:
        """Start hearing changes (once); False on a local cache: nothing to hear."""
        if self._stop is None and self.cache.shared:
            self._stop = live.listen(self._heard)
        return self._stop is not None

    def stop(self) -> None:
        stop, self._stop = self._stop, None
        if stop is not None:
            stop()

    def _heard(self, conversations: frozenset[int], presence: frozenset[int], everything: bool) -> None:
        self.changes.emit(LiveChange(conversations, presence, everything))
