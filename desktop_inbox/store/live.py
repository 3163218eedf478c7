"""Hearing other members' changes as they happen, whatever the backend.

On a team's PostgreSQL database a listener on its own connection hears the
triggers' notifications (``store.pg.live``); a local cache has one user and
nobody else to hear, so ``listen`` starts nothing there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from desktop_inbox.store import backend
from desktop_inbox.store.schema import database


class Listening(Protocol):
    @property
    def listening(self) -> bool: ...  # its LISTEN is in place now

    def stop(self) -> None: ...


def listen(deliver: Callable[[frozenset[int], frozenset[int], bool], None], *, wait: bool = True) -> Listening | None:
    """Call ``deliver(conversations, presence, everything)`` on the
    listener's own thread with each burst of changes; returns the listener
    (None on a local cache: nothing to hear)."""
    if not backend.is_postgres():
        return None
    from desktop_inbox.store.pg.live import Heard, Listener

    params = {"dbname": database.database, **getattr(database, "connect_params", {})}

    def heard(found: Heard) -> None:
        deliver(found.conversations, found.presence, found.everything)

    listener = Listener(params, heard)
    listener.start(wait_s=10.0 if wait else 0.0)
    return listener
