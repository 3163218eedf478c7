"""Snooze: put a conversation away until a time; it comes back needing a reply."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QWidget

from desktop_inbox.ui.timepick import pick_time


def presets(now: datetime | None = None) -> list[tuple[str, datetime]]:
    now = (now or datetime.now()).astimezone()
    tomorrow = datetime.combine(now.date() + timedelta(days=1), time(9, 0)).astimezone()
    monday = datetime.combine(now.date() + timedelta(days=(7 - now.weekday()) or 7), time(9, 0)).astimezone()
    return [
        ("In 1 hour", now + timedelta(hours=1)),
        ("In 3 hours", now + timedelta(hours=3)),
        ("Tomorrow morning", tomorrow),
        ("Next Monday", monday),
    ]


class SnoozeMenu(QMenu):
    chosen = Signal(object)  # datetime

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Snooze", parent)
        self.aboutToShow.connect(self._fill)

    def _fill(self) -> None:
        self.clear()
        for label, when in presets():
            action = self.addAction(f"{label}  ({when:%a %H:%M})")
            action.triggered.connect(self._slot(when))
        self.addSeparator()
        self.addAction("Pick a time…").triggered.connect(lambda *_: self._pick())

    def _slot(self, when: datetime):  # type: ignore[no-untyped-def]
        return lambda *_: self.chosen.emit(when)

    def _pick(self) -> None:
        pick_time(self.parentWidget(), "Snooze until", self.chosen.emit)
