"""Which platform accounts this app syncs.

In a team several members' apps share one database, and each platform
account must be synced (and its outbox delivered) by exactly one of them at
a time: its leader. On a team database ``store.pg.leadership`` decides it
with an advisory lock per account, held on a connection of its own, which
the server frees when the app goes away. The local cache has one app: every
account is simply its own.

The calls block (a round trip to the team server): the sync layer makes
them on a thread of its own.
"""

from __future__ import annotations

from typing import Any, Protocol

from desktop_inbox.store.db import Cache


class Leadership(Protocol):
    def try_lead(self, account_id: int) -> bool:
        """True when this app leads the account now (taken, or still held)."""
        ...

    def led(self) -> frozenset[int]:
        """The accounts this app believes it leads (checked by ``try_lead``)."""
        ...

    def release(self, account_id: int) -> None: ...

    def close(self) -> None:
        """Let go of every account (another member's app takes them over)."""
        ...


class EveryAccountMine:
    """The local cache: one app, every account its own."""

    def try_lead(self, account_id: int) -> bool:
        return True

    def led(self) -> frozenset[int]:
        return frozenset()

    def release(self, account_id: int) -> None:
        return None

    def close(self) -> None:
        return None


def for_cache(cache: Cache) -> Leadership:
    params: dict[str, Any] | None = getattr(cache, "params", None)
    if params is None:
        return EveryAccountMine()
    from desktop_inbox.store.pg.leadership import AccountLocks

    return AccountLocks(params, where=str(getattr(cache, "where", "")))
