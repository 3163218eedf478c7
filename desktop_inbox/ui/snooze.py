"""Snooze: put a conversation away until a time; it comes back needing a reply."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QMenu, QWidget

from desktop_inbox.ui import i18n
from desktop_inbox.ui.timepick import day_and_clock, pick_time

translate = QCoreApplication.translate  # (lupdate finds the calls by this name)


def presets(now: datetime | None = None) -> list[tuple[str, datetime]]:
    now = (now or datetime.now()).astimezone()
    tomorrow = datetime.combine(now.date() + timedelta(days=1), time(9, 0)).astimezone()
    monday = datetime.combine(now.date() + timedelta(days=(7 - now.weekday()) or 7), time(9, 0)).astimezone()
    return [
        (translate("SnoozeMenu", "In %n hour(s)", "", 1), now + timedelta(hours=1)),
        (translate("SnoozeMenu", "In %n hour(s)", "", 3), now + timedelta(hours=3)),
        (translate("SnoozeMenu", "Tomorrow morning"), tomorrow),
        (translate("SnoozeMenu", "Next Monday"), monday),
    ]


class SnoozeMenu(QMenu):
    chosen = Signal(object)  # datetime

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Snooze"), parent)
        self.aboutToShow.connect(self._fill)

    def _fill(self) -> None:
        self.clear()
        for label, when in presets():
            action = self.addAction(i18n.arg(self.tr("%1  (%2)", "a choice and the time it means"), label, day_and_clock(when)))
            action.triggered.connect(self._slot(when))
        self.addSeparator()
        self.addAction(self.tr("Pick a time…")).triggered.connect(lambda *_: self._pick())

    def _slot(self, when: datetime):  # type: ignore[no-untyped-def]
        return lambda *_: self.chosen.emit(when)

    def _pick(self) -> None:
        pick_time(self.parentWidget(), self.tr("Snooze until"), self.chosen.emit)
