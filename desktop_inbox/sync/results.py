"""What the sync engine reports: events for its listeners, a result per account."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from desktop_inbox.text.untrusted import one_line


@dataclass(frozen=True, slots=True)
class SyncEvent:
    """What the engine tells its listeners (the UI, the command line).

    kinds: ``stored`` (a page landed: ``conversations``, ``new_inbound``),
    ``outbox`` (a reply changed state), ``account`` (state or error changed),
    ``progress`` (history import: ``oldest`` reached so far), ``cycle``
    (an account finished a cycle; ``message`` is empty on success).
    """

    kind: str
    account_id: int
    conversations: frozenset[int] = frozenset()
    new_inbound: int = 0
    new_inbound_conversations: frozenset[int] = frozenset()
    message: str = ""
    oldest: datetime | None = None
    skipped: int = 0


@dataclass(slots=True)
class AccountResult:
    account_id: int
    label: str
    ok: bool = True
    error: str = ""
    needs_sign_in: bool = False
    added: int = 0
    sent: int = 0
    skipped: int = 0
    skipped_reasons: list[str] = field(default_factory=list)
    skipped_ids: set[str] = field(default_factory=set)
    # Streams left for later because the platform's budget is spent: name -> when.
    deferred: dict[str, datetime] = field(default_factory=dict)
    # Things the user should know that are not errors (history limits).
    notes: list[str] = field(default_factory=list)
    # Outbox items that may have gone out (SMTP): the user resends or confirms them.
    maybe_sent: list[int] = field(default_factory=list)
    # Parts of the account that could not be reached this time: part -> why.
    unavailable: dict[str, str] = field(default_factory=dict)

    def fail(self, message: str) -> None:
        self.ok = False
        self.error = one_line(message)


Listener = Callable[[SyncEvent], None]
