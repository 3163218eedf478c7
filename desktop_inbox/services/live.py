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
        # The listener's connection is in place (True) or was lost (False):
        # emitted on the listener's thread, like ``changes``.
        self.connection: Hook[bool] = Hook("live connection")
        self._listener: live.Listening | None = None

    @property
    def running(self) -> bool:
        return self._listener is not None

    @property
    def listening(self) -> bool:
        """Connected and listening now (False while the server is away)."""
        return self._listener is not None and self._listener.listening

    def start(self, *, wait: bool = True) -> bool:
        """Start hearing changes (once); False on a local cache: nothing to
        hear. ``wait``: until the listener is in place (else it connects on
        its own thread, and again whenever the connection is lost)."""
        if self._listener is None and self.cache.shared:
            # (A team's inbox read from this computer's copy listens too: it
            # hears the server come back.)
            params = getattr(self.cache, "params", None)
            self._listener = live.listen(self._heard, wait=wait, params=params, on_state=self.connection.emit)
        return self._listener is not None

    def stop(self) -> None:
        listener, self._listener = self._listener, None
        if listener is not None:
            listener.stop()

    def _heard(self, conversations: frozenset[int], presence: frozenset[int], everything: bool) -> None:
        self.changes.emit(LiveChange(conversations, presence, everything))
