"""How far back the history import has come."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QLabel


class ProgressLabel(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName("History import")

    def show_oldest(self, oldest: datetime) -> None:
        self.setText(f"Importing history… back to {oldest.astimezone():%d %b %Y}")

    def clear_progress(self) -> None:
        self.setText("")
