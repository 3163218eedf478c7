"""How far back the history import has come, and where a platform stops it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtWidgets import QLabel


class ProgressLabel(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName("History import")
        self._notes: Sequence[str] = ()

    def show_oldest(self, oldest: datetime) -> None:
        self.setText(f"Importing history… back to {oldest.astimezone():%d %b %Y}")

    def show_notes(self, notes: Sequence[str]) -> None:
        """History limits (X keeps 800 mentions…): they stay in view."""
        self._notes = notes
        self.setText(notes[-1] if notes else "")
        self.setToolTip("\n".join(notes))

    def clear_progress(self) -> None:
        self.setText(self._notes[-1] if self._notes else "")
