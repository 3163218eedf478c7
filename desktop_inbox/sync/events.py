"""What the sync engine tells its listeners (the services, and through them
the app and the command line)."""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from desktop_inbox.records import AccountStatus


class SyncEventKind(enum.StrEnum):
    STORED = "stored"  # a page landed: ``conversations``, ``new_inbound``
    OUTBOX = "outbox"  # a reply changed state (``message``: the error, if any)
    ACCOUNT = "account"  # the account's ``status`` changed
    PROGRESS = "progress"  # history import: ``oldest`` reached so far
    CYCLE = "cycle"  # an account finished a cycle; ``message`` is empty on success
    HISTORY_LIMIT = "history_limit"  # the platform keeps no older history (``message`` says so)


@dataclass(frozen=True, slots=True)
class SyncEvent:
    kind: SyncEventKind
    account_id: int
    conversations: frozenset[int] = frozenset()
    new_inbound: int = 0
    new_inbound_conversations: frozenset[int] = frozenset()
    message: str = ""
    oldest: datetime | None = None
    skipped: int = 0
    status: AccountStatus | None = None  # with ACCOUNT


Listener = Callable[[SyncEvent], None]
Unsubscribe = Callable[[], None]
