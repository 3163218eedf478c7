"""A small dialog to pick a date and time (snooze until, send at, remind
at, move a waiting reply): opened, not run, so no event loop is nested; and
the times the menus offer, in the interface language's form."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime
from PySide6.QtWidgets import QDialog, QWidget


def aware(value: QDateTime) -> datetime:
    """A date and time edited in local time, as an aware datetime."""
    moment = value.toPython()
    assert isinstance(moment, datetime)
    return moment.astimezone()


# Qt date formats, translated per language (context "Time", like
# style.local_time): Greek "Τρί 9 Δεκ, 09:00", Chinese "12月9日 周二 09:00".
def _formatted(moment: datetime, form: str) -> str:
    """``moment`` as its own wall clock shows it (the caller picks the zone)."""
    day = QDate(moment.year, moment.month, moment.day)
    return QLocale().toString(QDateTime(day, QTime(moment.hour, moment.minute)), form)


def clock(moment: datetime) -> str:
    return _formatted(moment, QCoreApplication.translate("Time", "HH:mm", "a time today (Qt date format)"))


def day_and_clock(moment: datetime) -> str:
    """A time within the week ahead: "Tue 09:00"."""
    return _formatted(moment, QCoreApplication.translate("Time", "ddd HH:mm", "a weekday and time (Qt date format)"))


def date_and_clock(moment: datetime) -> str:
    """A time within the months ahead: "Tue 09 Dec 09:00"."""
    form = QCoreApplication.translate("Time", "ddd dd MMM HH:mm", "a weekday, day, month and time (Qt date format)")
    return _formatted(moment, form)


def full_date_and_clock(moment: datetime) -> str:
    """A moment in full, for a sentence: "Tuesday 09 December 2026, 09:00"."""
    form = QCoreApplication.translate("Time", "dddd dd MMMM yyyy, HH:mm", "a date and time in full (Qt date format)")
    return _formatted(moment, form)


def pick_time(
    parent: QWidget | None, title: str, chosen: Callable[[datetime], None], *, initial: datetime | None = None
) -> QDialog:
    """Open the dialog; ``chosen`` gets the time when the user says OK."""
    # (Loaded when asked for: PySide builds a Qt class's Python enums when it
    # is first imported, and the window's start does not need these.)
    from PySide6.QtWidgets import QDateTimeEdit, QDialogButtonBox, QVBoxLayout

    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    # Wide enough for its title (the only words it shows; Greek's run long),
    # which a window manager cuts to the dialog's width.
    dialog.setMinimumWidth(max(280, dialog.fontMetrics().horizontalAdvance(title) + 140))
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
