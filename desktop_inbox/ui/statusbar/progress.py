"""How far back the history import has come, and where a platform stops it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtWidgets import QLabel

from desktop_inbox.ui import i18n, style


class ProgressLabel(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName(self.tr("History import"))
        self._notes: Sequence[str] = ()

    def show_oldest(self, oldest: datetime) -> None:
        self.setText(i18n.arg(self.tr("Importing history… back to %1"), style.local_day(oldest)))

    def show_notes(self, notes: Sequence[str]) -> None:
        """History limits (X keeps 800 mentions…): they stay in view."""
        self._notes = notes
        self.setText(notes[-1] if notes else "")
        self.setToolTip("\n".join(notes))

    def clear_progress(self) -> None:
        self.setText(self._notes[-1] if self._notes else "")
