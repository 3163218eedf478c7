"""Follow up: "remind me if no answer by …" on the open conversation. If the
customer has not written by then, it comes back to Needs reply, marked."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QWidget

from desktop_inbox.services.followups import CHOICES
from desktop_inbox.ui import i18n
from desktop_inbox.ui.timepick import date_and_clock, pick_time


class FollowUpMenu(QMenu):
    chosen = Signal(object)  # an aware datetime, or None: no reminder

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Remind me if no answer"), parent)
        self.setObjectName("follow_up_menu")
        self.aboutToShow.connect(self.fill)

    def fill(self) -> None:
        self.clear()
        now = datetime.now().astimezone()
        for _label, days in CHOICES:  # (the services' English label: worded here)
            when = now + timedelta(days=days)
            action = self.addAction(i18n.arg(self.tr("In %n day(s)  (%1)", "", days), date_and_clock(when)))
            action.setObjectName(f"follow_up_{days}d")
            action.triggered.connect(self._slot(when))
        self.addAction(self.tr("On a date…")).triggered.connect(lambda *_: self.pick())
        self.addSeparator()
        clear = self.addAction(self.tr("No reminder"))
        clear.setObjectName("follow_up_clear")
        clear.triggered.connect(lambda *_: self.chosen.emit(None))

    def _slot(self, when: datetime):  # type: ignore[no-untyped-def]
        return lambda *_: self.chosen.emit(when)

    def pick(self) -> QWidget:
        initial = datetime.now().astimezone() + timedelta(days=2)
        return pick_time(self.parentWidget(), self.tr("Remind me if no answer by"), self.chosen.emit, initial=initial)
