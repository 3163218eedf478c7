"""The window's status bar: passing notes on the left, four small widgets on the right."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QStatusBar

from desktop_inbox.records import AccountStatus
from desktop_inbox.ui.statusbar.connection import ConnectionLabel
from desktop_inbox.ui.statusbar.outbox import OutboxCount
from desktop_inbox.ui.statusbar.progress import ProgressLabel
from desktop_inbox.ui.statusbar.synctime import SyncTimeLabel

if TYPE_CHECKING:
    from desktop_inbox.services.values import Account, SyncEvent
    from desktop_inbox.ui.bridge import EngineBridge

INFO_MS = 8000
ERROR_MS = 15000


class StatusBar(QStatusBar):
    def __init__(self) -> None:
        super().__init__()
        self.connection = ConnectionLabel()
        self.sync_time = SyncTimeLabel()
        self.progress = ProgressLabel()
        self.outbox = OutboxCount()
        for widget in (self.connection, self.sync_time, self.progress, self.outbox):
            self.addPermanentWidget(widget)
        self._accounts: Sequence[Account] = []
        self._bridge: EngineBridge | None = None
        self._lasting: QLabel | None = None

    def follow(self, bridge: EngineBridge) -> None:
        """Show the history import and each account's cycle as they happen."""
        self._bridge = bridge
        bridge.progress.connect(self.on_sync_progress)
        bridge.cycle.connect(self.on_sync_cycle)
        bridge.history_limit.connect(self.on_sync_history_limit)

    def on_sync_progress(self, event: SyncEvent) -> None:
        if event.oldest is not None:
            self.progress.show_oldest(event.oldest)

    def on_sync_history_limit(self, _event: SyncEvent) -> None:
        if self._bridge is not None:
            self.progress.show_notes(self._bridge.history_notes())

    def on_sync_cycle(self, event: SyncEvent) -> None:
        if not event.message:
            self.progress.clear_progress()
        self.show_accounts(self._accounts)

    def show_accounts(self, accounts: Sequence[Account]) -> None:
        """The accounts as last read (whether there are any, when they last
        synced) with their status as it is now."""
        self._accounts = accounts
        statuses = self._bridge.statuses(accounts) if self._bridge is not None else [AccountStatus() for _ in accounts]
        self.connection.show_state(statuses, names=[a.handle for a in accounts])
        last = max((a.last_sync_at for a in accounts if a.last_sync_at), default=None)
        self.sync_time.show_last(last)

    def show_info(self, text: str) -> None:
        self.showMessage(text, INFO_MS)

    def show_lasting(self, text: str) -> None:
        """A warning that stays (the team server away), left of the rest,
        until ``clear_lasting``."""
        from desktop_inbox.ui import colors

        label = self._lasting
        if label is None:
            label = self._lasting = QLabel()
            label.setObjectName("lasting")
            label.setStyleSheet(f"color: {colors.late(self.palette()).name()}; font-weight: bold")
            self.insertPermanentWidget(0, label, 1)
        label.setText(text)
        label.setAccessibleName(text)
        label.show()

    def clear_lasting(self) -> None:
        if self._lasting is not None:
            self.removeWidget(self._lasting)
            self._lasting.deleteLater()
            self._lasting = None

    def show_team_copy(self, reading: bool) -> None:
        """Whether a team's app reads this computer's copy now (the connection word says so)."""
        self.connection.team_copy = reading
        self.show_accounts(self._accounts)

    def show_error(self, text: str) -> None:
        self.showMessage(text, ERROR_MS)
