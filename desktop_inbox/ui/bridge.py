"""The sync as Qt signals: the window's one listener on the sync service.

Widgets and dialogs connect to these signals instead of subscribing to the
sync themselves: Qt drops a connection when its receiver is deleted. The
bridge's own subscriptions end when it is deleted (the services' subscribe
returns its unsubscribe), so a closed window leaves no listener behind.

A big sync stores pages many times a second; each ``stored`` makes the
window re-read its list and counts, look for a notification, and re-read
the open conversation. So the bridge delivers pages in slices: the first
event after a quiet spell at once, then what came during each ``SLICE_MS``
as one event per account (conversations joined, new messages added up;
progress: the latest). Other events keep their order: what is held goes
out before them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from desktop_inbox.records import AccountStatus

if TYPE_CHECKING:
    from desktop_inbox.services.values import Account, SyncEvent
    from desktop_inbox.ui.context import AppContext

SLICE_MS = 250  # (the window refreshes its list at most this often anyway)
# The kinds by their values: ``SyncEventKind`` is a StrEnum, each kind equal
# to (and hashed as) its value; its module loads with the sync, not with the
# window (bench/, 3).
SLICED = ("stored", "progress")


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
            "stored": self.stored,
            "outbox": self.outbox,
            "account": self.account,
            "progress": self.progress,
            "cycle": self.cycle,
            "history_limit": self.history_limit,
        }
        self._held: dict[tuple[str, int], SyncEvent] = {}
        self._slice = QTimer(self)
        self._slice.setSingleShot(True)
        self._slice.setInterval(SLICE_MS)
        self._slice.timeout.connect(self._end_slice)
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
        if event.kind in SLICED:
            if self._slice.isActive():
                key = (event.kind, event.account_id)
                held = self._held.get(key)
                self._held[key] = event if held is None else _joined(held, event)
                return
            self._slice.start()  # (what comes meanwhile waits for the slice's end)
        else:
            self._release()
        self._deliver(event)

    def _end_slice(self) -> None:
        if self._held:
            self._release()
            self._slice.start()  # still busy: the next slice collects again

    def _release(self) -> None:
        held, self._held = self._held, {}
        for event in held.values():
            self._deliver(event)

    def _deliver(self, event: SyncEvent) -> None:
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


def _joined(held: SyncEvent, event: SyncEvent) -> SyncEvent:
    """Two events of a slice as one: pages stored (together), or progress (the latest)."""
    if event.kind != "stored":
        return event
    return replace(
        event,
        conversations=held.conversations | event.conversations,
        new_inbound=held.new_inbound + event.new_inbound,
        new_inbound_conversations=held.new_inbound_conversations | event.new_inbound_conversations,
    )
