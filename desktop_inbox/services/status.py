"""Account status as every view shows it: the status bar, the sidebar, the
accounts dialog, the outbox and the command line say the same thing.

An account's status joins what is stored (a refused sign-in outlives the
app) with what its sync says right now (``SyncEngine.status``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from desktop_inbox.records import AccountState, AccountStatus, Connection, OutboxState
from desktop_inbox.words import QT_TRANSLATE_NOOP, STATUS, Phrase

if TYPE_CHECKING:  # (the window's start reads these words before the store's accounts and outbox load)
    from desktop_inbox.store.accounts import Account
    from desktop_inbox.store.outbox import OutboxItem


def _say(template: str, /, **values: object) -> Phrase:
    return Phrase(STATUS, template, values)


LABELS = {
    Connection.UNKNOWN: _say(QT_TRANSLATE_NOOP("Status", "Not synced yet")),
    Connection.OK: _say(QT_TRANSLATE_NOOP("Status", "Connected")),
    Connection.OFFLINE: _say(QT_TRANSLATE_NOOP("Status", "Offline")),
    Connection.TEAM_UNREACHABLE: _say(QT_TRANSLATE_NOOP("Status", "Team server unreachable")),
    Connection.RETRYING: _say(QT_TRANSLATE_NOOP("Status", "Trouble")),
    Connection.KEYRING: _say(QT_TRANSLATE_NOOP("Status", "Keyring locked")),
    Connection.NEEDS_SIGN_IN: _say(QT_TRANSLATE_NOOP("Status", "Needs sign-in")),
    Connection.ERROR: _say(QT_TRANSLATE_NOOP("Status", "Error")),
}
# The same inside a sentence ("… cannot sync: needs sign-in").
_IN_SENTENCE = {
    Connection.UNKNOWN: _say(QT_TRANSLATE_NOOP("Status", "not synced yet")),
    Connection.OK: _say(QT_TRANSLATE_NOOP("Status", "connected")),
    Connection.OFFLINE: _say(QT_TRANSLATE_NOOP("Status", "offline")),
    Connection.TEAM_UNREACHABLE: _say(QT_TRANSLATE_NOOP("Status", "team server unreachable")),
    Connection.RETRYING: _say(QT_TRANSLATE_NOOP("Status", "trouble")),
    Connection.KEYRING: _say(QT_TRANSLATE_NOOP("Status", "keyring locked")),
    Connection.NEEDS_SIGN_IN: _say(QT_TRANSLATE_NOOP("Status", "needs sign-in")),
    Connection.ERROR: _say(QT_TRANSLATE_NOOP("Status", "error")),
}
# Why a reply has not gone out, in a few words.
_WHY_NOT_SENT = {
    Connection.OFFLINE: _say(QT_TRANSLATE_NOOP("Status", "offline")),
    Connection.TEAM_UNREACHABLE: _say(QT_TRANSLATE_NOOP("Status", "the team server is unreachable")),
    Connection.KEYRING: _say(QT_TRANSLATE_NOOP("Status", "the keyring is locked")),
    Connection.NEEDS_SIGN_IN: _say(QT_TRANSLATE_NOOP("Status", "account needs sign-in")),
}
NOTHING = _say("")
SIGN_IN_AGAIN = _say(QT_TRANSLATE_NOOP("Status", "The account needs you to sign in again."))


def account_status(account: Account, live: AccountStatus | None) -> AccountStatus:
    """``account``'s status, its sync's ``live`` one joined with what is stored."""
    if account.state == AccountState.NEEDS_SIGN_IN:
        return AccountStatus(Connection.NEEDS_SIGN_IN, account.state_detail or SIGN_IN_AGAIN)
    if live is not None:
        return live
    if account.state == AccountState.ERROR:
        return AccountStatus(Connection.ERROR, account.state_detail)
    return AccountStatus(Connection.UNKNOWN)


def label(status: AccountStatus) -> Phrase:
    return LABELS[status.state]


def describe(status: AccountStatus) -> Phrase:
    """One line: the state, why, and when it is tried again."""
    failing = status.reason and status.state not in (Connection.OK, Connection.UNKNOWN)
    retry = status.next_retry.astimezone() if status.next_retry is not None and not status.working else None
    if failing and retry is not None:
        return _say(
            QT_TRANSLATE_NOOP("Status", "{state}: {reason} (next try at {time:%H:%M})"),
            state=label(status), reason=status.reason, time=retry,
        )
    if failing:
        return _say(QT_TRANSLATE_NOOP("Status", "{state}: {reason}"), state=label(status), reason=status.reason)
    if retry is not None:
        return _say(QT_TRANSLATE_NOOP("Status", "{state} (next try at {time:%H:%M})"), state=label(status), time=retry)
    return label(status)


def team_copy() -> Phrase:
    """The status bar's word while a team's app reads this computer's copy."""
    return _say(QT_TRANSLATE_NOOP("Status", "⚠ Team server unreachable — reading your local copy"))


def overview(statuses: Sequence[AccountStatus]) -> Phrase:
    """The status bar's word on every account together."""
    if not statuses:
        return _say(QT_TRANSLATE_NOOP("Status", "No accounts yet"))
    failing = [s for s in statuses if not s.working]
    if not failing:
        if all(s.state == Connection.UNKNOWN for s in statuses):
            return _say(QT_TRANSLATE_NOOP("Status", "Connecting…"))
        return _say(QT_TRANSLATE_NOOP("Status", "● Online"))
    why = _IN_SENTENCE[failing[0].state]
    if len(failing) < len(statuses):
        if len(statuses) > 2:
            return _say(
                QT_TRANSLATE_NOOP("Status", "◐ Online — {failing} of {total} accounts cannot sync: {why}"),
                failing=len(failing), total=len(statuses), why=why,
            )
        return _say(QT_TRANSLATE_NOOP("Status", "◐ Online — one account cannot sync: {why}"), why=why)
    if all(s.state == Connection.TEAM_UNREACHABLE for s in failing):
        return _say(QT_TRANSLATE_NOOP("Status", "⚠ Team server unreachable — replies wait in the outbox"))
    if all(s.state == Connection.OFFLINE for s in failing):
        return _say(QT_TRANSLATE_NOOP("Status", "○ Offline — replies wait in the outbox"))
    return _say(QT_TRANSLATE_NOOP("Status", "⚠ No account can sync ({why}) — replies wait in the outbox"), why=why)


def outbox_problem(item: OutboxItem, status: AccountStatus, *, now: datetime | None = None) -> Phrase:
    """What keeps a reply in the outbox (empty when nothing does)."""
    if item.last_error:
        return _say("{error}", error=item.last_error)  # stored as it was said (English)
    if item.state not in (OutboxState.QUEUED, OutboxState.SENDING):
        return NOTHING
    now = now or datetime.now(UTC)
    why: Phrase | str = _WHY_NOT_SENT.get(status.state) or (status.reason if not status.working else "")
    if item.late(now):
        assert item.send_at is not None
        when = item.send_at.astimezone()
        if why:
            return _say(
                QT_TRANSLATE_NOOP("Status", "late: it was to go at {time:%a %d %b %H:%M}; it goes with the next sync ({why})"),
                time=when, why=why,
            )
        return _say(
            QT_TRANSLATE_NOOP("Status", "late: it was to go at {time:%a %d %b %H:%M}; it goes with the next sync"), time=when
        )
    if item.send_at is not None and item.send_at > now:
        return _say(QT_TRANSLATE_NOOP("Status", "scheduled for {time:%a %d %b %H:%M}"), time=item.send_at.astimezone())
    if why:
        return _say(QT_TRANSLATE_NOOP("Status", "not sent yet: {why}"), why=why)
    if item.not_before > now:
        return _say(
            QT_TRANSLATE_NOOP("Status", "not sent yet: can be undone until {time:%H:%M:%S}"), time=item.not_before.astimezone()
        )
    return NOTHING if item.attempts else _say(QT_TRANSLATE_NOOP("Status", "not sent yet: waiting for the next sync"))
