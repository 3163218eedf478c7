"""How many replies wait in the outbox."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


class OutboxCount(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName(self.tr("Replies waiting to go out"))

    def show_count(self, waiting: int) -> None:
        self.setText(self.tr("%n reply(s) waiting to go out", "", waiting) if waiting else self.tr("Outbox empty"))
