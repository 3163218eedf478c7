"""The sync as Qt signals: the window's one listener on the sync service.

Widgets and dialogs connect to these signals instead of subscribing to the
sync themselves: Qt drops a connection when its receiver is deleted. The
bridge's own subscriptions end when it is deleted (the services' subscribe
returns its unsubscribe), so a closed window leaves no listener behind.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, Signal

from desktop_inbox.records import AccountStatus
from desktop_inbox.services.values import SyncEventKind

if TYPE_CHECKING:
    from desktop_inbox.services.values import Account, SyncEvent
    from desktop_inbox.ui.context import AppContext


class EngineBridge(QObject):
    sync_event = Signal(object)  # every SyncEvent, whatever its kind
    stored = Signal(object)  # SyncEvent: a page landed (``conversations``, ``new_inbound``)
    outbox = Signal(object)  # SyncEvent: a reply changed state
    account = Signal(object)  # SyncEvent: an account's status changed
    progress = Signal(object)  # SyncEvent: history import reached ``oldest``
    cycle = Signal(object)  # SyncEvent: an account finished a cycle (``message`` empty on success)
    history_limit = Signal(object)  # SyncEvent: the platform keeps no older history (``message``)
    inbox_changed = Signal(object)  # frozenset[int]: conversations the app itself changed
    # LiveChange: what another member changed (a team's; emitted on the
    # listener's thread, so it arrives queued on the window's)
    live = Signal(object)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._by_kind = {
            SyncEventKind.STORED: self.stored,
            SyncEventKind.OUTBOX: self.outbox,
            SyncEventKind.ACCOUNT: self.account,
            SyncEventKind.PROGRESS: self.progress,
            SyncEventKind.CYCLE: self.cycle,
            SyncEventKind.HISTORY_LIMIT: self.history_limit,
        }
        unsubscribe = [
            ctx.subscribe_sync(_while_alive(self, self._on_sync_event)),
            ctx.inbox.subscribe(_while_alive(self, self.inbox_changed.emit)),
        ]
        if ctx.cache.shared:
            # (Its thread connects and listens: nothing waits for the server here.)
            unsubscribe += [ctx.live.changes.subscribe(_while_alive(self, self.live.emit)), ctx.live.stop]
            ctx.live.start(wait=False)
        # (A closure over the list, not over self: it runs as self goes.)
        self.destroyed.connect(lambda *_: [end() for end in unsubscribe])

    def _on_sync_event(self, event: SyncEvent) -> None:
        self.sync_event.emit(event)
        signal = self._by_kind.get(event.kind)
        if signal is not None:
            signal.emit(event)

    def status(self, account: Account) -> AccountStatus:
        """The account's status as every view shows it (services/status.py)."""
        return self._ctx.sync.status(account)

    def statuses(self, accounts: Iterable[Account]) -> list[AccountStatus]:
        return [self.status(a) for a in accounts]

    def history_notes(self) -> Sequence[str]:
        """What the platforms keep no more of, one note per account."""
        return list(self._ctx.sync.history_notes.values())

    def wake(self, account_id: int | None = None) -> None:
        """Sync now (one account, or all of them)."""
        self._ctx.sync.wake(account_id)


def _while_alive(owner: QObject, forward: Callable[[Any], object]) -> Callable[[Any], None]:
    def listener(value: Any) -> None:
        if shiboken6.isValid(owner):
            forward(value)

    return listener
