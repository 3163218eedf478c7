"""Account status as every view shows it: the status bar, the sidebar, the
accounts dialog, the outbox and the command line say the same thing.

An account's status joins what is stored (a refused sign-in outlives the
app) with what its sync says right now (``SyncEngine.status``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from desktop_inbox.records import AccountState, AccountStatus, Connection, OutboxState
from desktop_inbox.store.accounts import Account
from desktop_inbox.store.outbox import OutboxItem

LABELS = {
    Connection.UNKNOWN: "Not synced yet",
    Connection.OK: "Connected",
    Connection.OFFLINE: "Offline",
    Connection.TEAM_UNREACHABLE: "Team server unreachable",
    Connection.RETRYING: "Trouble",
    Connection.KEYRING: "Keyring locked",
    Connection.NEEDS_SIGN_IN: "Needs sign-in",
    Connection.ERROR: "Error",
}
# Why a reply has not gone out, in a few words.
_WHY_NOT_SENT = {
    Connection.OFFLINE: "offline",
    Connection.TEAM_UNREACHABLE: "the team server is unreachable",
    Connection.KEYRING: "the keyring is locked",
    Connection.NEEDS_SIGN_IN: "account needs sign-in",
}


def account_status(account: Account, live: AccountStatus | None) -> AccountStatus:
    """``account``'s status, its sync's ``live`` one joined with what is stored."""
    if account.state == AccountState.NEEDS_SIGN_IN:
        return AccountStatus(Connection.NEEDS_SIGN_IN, account.state_detail or "The account needs you to sign in again.")
    if live is not None:
        return live
    if account.state == AccountState.ERROR:
        return AccountStatus(Connection.ERROR, account.state_detail)
    return AccountStatus(Connection.UNKNOWN)


def label(status: AccountStatus) -> str:
    return LABELS[status.state]


def describe(status: AccountStatus) -> str:
    """One line: the state, why, and when it is tried again."""
    text = label(status)
    if status.reason and status.state not in (Connection.OK, Connection.UNKNOWN):
        text += f": {status.reason}"
    if status.next_retry is not None and not status.working:
        text += f" (next try at {status.next_retry.astimezone():%H:%M})"
    return text


def overview(statuses: Sequence[AccountStatus]) -> str:
    """The status bar's word on every account together."""
    if not statuses:
        return "No accounts yet"
    failing = [s for s in statuses if not s.working]
    if not failing:
        if all(s.state == Connection.UNKNOWN for s in statuses):
            return "Connecting…"
        return "● Online"
    if len(failing) < len(statuses):
        some = f"{len(failing)} of {len(statuses)} accounts" if len(statuses) > 2 else "one account"
        return f"◐ Online — {some} cannot sync: {label(failing[0]).lower()}"
    if all(s.state == Connection.TEAM_UNREACHABLE for s in failing):
        return "⚠ Team server unreachable — replies wait in the outbox"
    if all(s.state == Connection.OFFLINE for s in failing):
        return "○ Offline — replies wait in the outbox"
    return f"⚠ No account can sync ({label(failing[0]).lower()}) — replies wait in the outbox"


def outbox_problem(item: OutboxItem, status: AccountStatus, *, now: datetime | None = None) -> str:
    """What keeps a reply in the outbox ('' when nothing does)."""
    if item.last_error:
        return item.last_error
    if item.state not in (OutboxState.QUEUED, OutboxState.SENDING):
        return ""
    now = now or datetime.now(UTC)
    why = _WHY_NOT_SENT.get(status.state) or (status.reason if not status.working else "")
    if item.late(now):
        assert item.send_at is not None
        return f"late: it was to go at {item.send_at.astimezone():%a %d %b %H:%M}; it goes with the next sync" + (
            f" ({why})" if why else ""
        )
    if item.send_at is not None and item.send_at > now:
        return f"scheduled for {item.send_at.astimezone():%a %d %b %H:%M}"
    if why:
        return f"not sent yet: {why}"
    if item.not_before > now:
        return f"not sent yet: can be undone until {item.not_before.astimezone():%H:%M:%S}"
    return "not sent yet: waiting for the next sync" if not item.attempts else ""
