"""An account's status from what its last cycle raised (one place, typed).

Offline is what ``errors.Offline`` says, not what an error's text looks like.
"""

from __future__ import annotations

from datetime import datetime

from desktop_inbox.errors import (
    InboxError,
    KeyringUnavailable,
    MalformedResponse,
    NeedsSignIn,
    Offline,
    RateLimited,
    StoreError,
    TeamUnreachable,
    TransientError,
)
from desktop_inbox.records import AccountStatus, Connection
from desktop_inbox.text.untrusted import one_line
from desktop_inbox.words import QT_TRANSLATE_NOOP, STATUS, Phrase

OK = AccountStatus(Connection.OK)
KEYRING_SLOW = Phrase(STATUS, QT_TRANSLATE_NOOP("Status", "The keyring did not answer in time (is it locked?)."))


def status_for(exc: BaseException, *, next_retry: datetime | None = None) -> AccountStatus:
    """What an account's sync failing with ``exc`` means for the user (the
    reason often quotes a server: one short line without secrets)."""
    reason = _reason(exc)
    if isinstance(exc, NeedsSignIn):
        return AccountStatus(Connection.NEEDS_SIGN_IN, reason)
    if isinstance(exc, KeyringUnavailable):
        return AccountStatus(Connection.KEYRING, reason)
    if isinstance(exc, TimeoutError) and not isinstance(exc, TransientError):
        # Only the keyring's answer is awaited with a bare timeout (the
        # connectors turn theirs into TransientError).
        return AccountStatus(Connection.KEYRING, reason or KEYRING_SLOW, next_retry)
    if isinstance(exc, RateLimited):
        return AccountStatus(Connection.RETRYING, reason, exc.retry_at)
    if isinstance(exc, Offline):
        return AccountStatus(Connection.OFFLINE, reason, next_retry)
    if isinstance(exc, TransientError | MalformedResponse):
        return AccountStatus(Connection.RETRYING, reason, next_retry)
    if isinstance(exc, TeamUnreachable):
        return AccountStatus(Connection.TEAM_UNREACHABLE, reason, next_retry)
    if isinstance(exc, StoreError):
        return AccountStatus(Connection.ERROR, reason)
    return AccountStatus(Connection.ERROR, reason)


def _reason(exc: BaseException) -> str | Phrase:
    """``exc``'s words: kept as a phrase (translated by the interface) when
    they are one short line already, else made one, in English."""
    said = one_line(str(exc))
    if isinstance(exc, InboxError) and exc.template and said == str(exc):
        return exc.phrase
    return said
