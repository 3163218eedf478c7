"""Hearing other members' changes as they happen, whatever the backend.

On a team's PostgreSQL database a listener on its own connection hears the
triggers' notifications (``store.pg.live``); a local cache has one user and
nobody else to hear, so ``listen`` starts nothing there.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop_inbox.store import backend
from desktop_inbox.store.schema import database

Stop = Callable[[], None]


def listen(deliver: Callable[[frozenset[int], frozenset[int], bool], None]) -> Stop | None:
    """Call ``deliver(conversations, presence, everything)`` on the
    listener's own thread with each burst of changes; returns what stops it
    (None on a local cache: nothing to hear)."""
    if not backend.is_postgres():
        return None
    from desktop_inbox.store.pg.live import Heard, Listener

    params = {"dbname": database.database, **getattr(database, "connect_params", {})}

    def heard(found: Heard) -> None:
        deliver(found.conversations, found.presence, found.everything)

    listener = Listener(params, heard)
    listener.start()
    return listener.stop
