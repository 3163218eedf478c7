"""The sync engine as Qt signals: the window's one listener on the engine.

Widgets and dialogs connect to these signals instead of subscribing to the
engine themselves. Qt drops a connection when its receiver is deleted; a
listener handed to the engine would outlive the dialog that gave it and fail
on every event after the dialog closed ("Internal C++ object already
deleted"). The bridge is also the one place where the UI reads the engine's
account problems and wakes it (issue 20: the services' API replaces these).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from desktop_inbox.sync.engine import SyncEvent
    from desktop_inbox.ui.context import AppContext


class EngineBridge(QObject):
    sync_event = Signal(object)  # every SyncEvent, whatever its kind
    stored = Signal(object)  # SyncEvent: a page landed (``conversations``, ``new_inbound``)
    outbox = Signal(object)  # SyncEvent: a reply changed state
    account = Signal(object)  # SyncEvent: an account's state or error changed
    progress = Signal(object)  # SyncEvent: history import reached ``oldest``
    cycle = Signal(object)  # SyncEvent: an account finished a cycle (``message`` empty on success)
    inbox_changed = Signal(object)  # frozenset[int]: conversations the app itself changed

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._by_kind = {
            "stored": self.stored,
            "outbox": self.outbox,
            "account": self.account,
            "progress": self.progress,
            "cycle": self.cycle,
        }
        # Subscribed once; the engine has no unsubscribe yet, so the listener
        # goes quiet by itself once this object is deleted.
        ctx.subscribe_sync(_while_alive(self, self._on_sync_event))
        ctx.inbox.subscribe(_while_alive(self, self.inbox_changed.emit))

    def _on_sync_event(self, event: SyncEvent) -> None:
        self.sync_event.emit(event)
        signal = self._by_kind.get(event.kind)
        if signal is not None:
            signal.emit(event)

    def problems(self) -> dict[int, str]:
        """Each account's last sync error ("" when fine), by account id."""
        return dict(self._ctx.engine.status)

    def wake(self, account_id: int | None = None) -> None:
        """Sync now (one account, or all of them)."""
        self._ctx.engine.wake(account_id)


def _while_alive(owner: QObject, forward: Callable[[Any], object]) -> Callable[[Any], None]:
    def listener(value: Any) -> None:
        if shiboken6.isValid(owner):
            forward(value)

    return listener
