"""A small dialog to pick a date and time (snooze until, send at, remind
at, move a waiting reply): opened, not run, so no event loop is nested."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDialog, QWidget


def aware(value: QDateTime) -> datetime:
    """A date and time edited in local time, as an aware datetime."""
    moment = value.toPython()
    assert isinstance(moment, datetime)
    return moment.astimezone()


def pick_time(
    parent: QWidget | None, title: str, chosen: Callable[[datetime], None], *, initial: datetime | None = None
) -> QDialog:
    """Open the dialog; ``chosen`` gets the time when the user says OK."""
    # (Loaded when asked for: PySide builds a Qt class's Python enums when it
    # is first imported, and the window's start does not need these.)
    from PySide6.QtWidgets import QDateTimeEdit, QDialogButtonBox, QVBoxLayout

    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    if initial is not None:
        start = QDateTime.fromSecsSinceEpoch(int(initial.timestamp()))
    else:
        start = QDateTime.currentDateTime().addSecs(3600)
    edit = QDateTimeEdit(start)
    edit.setCalendarPopup(True)
    edit.setMinimumDateTime(QDateTime.currentDateTime())
    edit.setAccessibleName(title)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(edit)
    layout.addWidget(buttons)
    dialog.accepted.connect(lambda: chosen(aware(edit.dateTime())))
    dialog.open()
    return dialog
