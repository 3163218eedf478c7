"""Hearing other members' changes as they happen, whatever the backend.

On a team's PostgreSQL database a listener on its own connection hears the
triggers' notifications (``store.pg.live``); a local cache has one user and
nobody else to hear, so ``listen`` starts nothing there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from desktop_inbox.store import backend
from desktop_inbox.store.schema import database


class Listening(Protocol):
    @property
    def listening(self) -> bool: ...  # its LISTEN is in place now

    def stop(self) -> None: ...


def listen(
    deliver: Callable[[frozenset[int], frozenset[int], bool], None],
    *,
    wait: bool = True,
    params: dict[str, Any] | None = None,
    on_state: Callable[[bool], None] | None = None,
) -> Listening | None:
    """Call ``deliver(conversations, presence, everything)`` on the
    listener's own thread with each burst of changes; returns the listener
    (None on a local cache: nothing to hear). ``params``: the team
    database's (default: the store's database, if it is the team's);
    ``on_state(True/False)``: its connection is in place, or lost."""
    if params is None and not backend.is_postgres():
        return None
    from desktop_inbox.store.pg.live import Heard, Listener

    if params is None:
        params = {"dbname": database.database, **getattr(database, "connect_params", {})}

    def heard(found: Heard) -> None:
        deliver(found.conversations, found.presence, found.everything)

    listener = Listener(params, heard, on_state=on_state)
    listener.start(wait_s=10.0 if wait else 0.0)
    return listener
