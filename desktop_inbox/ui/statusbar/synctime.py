"""When the accounts last synced."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QLabel

from desktop_inbox.ui import i18n, style


class SyncTimeLabel(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName(self.tr("Last sync"))

    def show_last(self, at: datetime | None) -> None:
        self.setText(i18n.arg(self.tr("Synced %1"), style.local_time(at)) if at else "")
