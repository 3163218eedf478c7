"""What one sync of one account did, for the caller (and the command line)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from desktop_inbox.text.untrusted import one_line


@dataclass(slots=True)
class AccountResult:
    account_id: int
    label: str
    ok: bool = True
    error: str = ""
    needs_sign_in: bool = False
    added: int = 0
    heard: int = 0  # posts heard by listening
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
    media: int = 0  # customers' files kept this time (sync/media.py)

    def carry(self, earlier: AccountResult) -> None:
        """Count what an earlier, failed attempt of this sync stored and
        sent: it stays stored (a page is stored whole or not at all)."""
        self.added += earlier.added
        self.heard += earlier.heard
        self.sent += earlier.sent
        self.media += earlier.media

    def fail(self, message: str) -> None:
        self.ok = False
        self.error = one_line(message)
