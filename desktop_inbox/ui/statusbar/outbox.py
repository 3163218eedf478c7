"""How many replies wait in the outbox."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


class OutboxCount(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName("Replies waiting to go out")

    def show_count(self, waiting: int) -> None:
        self.setText(f"{waiting} repl{'y' if waiting == 1 else 'ies'} waiting to go out" if waiting else "Outbox empty")
