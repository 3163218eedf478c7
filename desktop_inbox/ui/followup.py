"""Follow up: "remind me if no answer by …" on the open conversation. If the
customer has not written by then, it comes back to Needs reply, marked."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QWidget

from desktop_inbox.services.followups import CHOICES
from desktop_inbox.ui.timepick import pick_time


class FollowUpMenu(QMenu):
    chosen = Signal(object)  # an aware datetime, or None: no reminder

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Remind me if no answer", parent)
        self.setObjectName("follow_up_menu")
        self.aboutToShow.connect(self.fill)

    def fill(self) -> None:
        self.clear()
        now = datetime.now().astimezone()
        for label, days in CHOICES:
            when = now + timedelta(days=days)
            action = self.addAction(f"{label}  ({when:%a %d %b %H:%M})")
            action.setObjectName(f"follow_up_{days}d")
            action.triggered.connect(self._slot(when))
        self.addAction("On a date…").triggered.connect(lambda *_: self.pick())
        self.addSeparator()
        clear = self.addAction("No reminder")
        clear.setObjectName("follow_up_clear")
        clear.triggered.connect(lambda *_: self.chosen.emit(None))

    def _slot(self, when: datetime):  # type: ignore[no-untyped-def]
        return lambda *_: self.chosen.emit(when)

    def pick(self) -> QWidget:
        initial = datetime.now().astimezone() + timedelta(days=2)
        return pick_time(self.parentWidget(), "Remind me if no answer by", self.chosen.emit, initial=initial)
