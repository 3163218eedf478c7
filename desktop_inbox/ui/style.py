"""Colours and small formatting helpers shared by the widgets.

Colours come from the palette wherever possible so that the app follows the
system's light or dark scheme; only the platform marks have their own brand
colours, and the waiting clock turns amber and red as a customer waits.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QRectF, Qt, QTime
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPalette, QPixmap

from desktop_inbox.services.platforms import descriptors

# Read from the platforms' descriptors (connectors/<platform>/descriptor.py).
PLATFORM_MARKS = {d.platform.value: (d.mark, QColor(d.color)) for d in descriptors()}
PLATFORM_NAMES = {d.platform.value: d.name for d in descriptors()}

WARN = QColor("#C77700")
LATE = QColor("#C62828")


def waited(since: datetime | None, now: datetime | None = None) -> str:
    """A short, human waiting time: "45 s", "12 min", "3 h 5 min", "4 d"."""
    if since is None:
        return ""
    seconds = max(0, int(((now or datetime.now(UTC)) - since).total_seconds()))
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min"
    if seconds < 86400:
        hours, minutes = divmod(seconds // 60, 60)
        return f"{hours} h {minutes} min" if minutes and hours < 10 else f"{hours} h"
    days = seconds // 86400
    return f"{days} d"


def clock_color(since: datetime | None, palette: QPalette, now: datetime | None = None) -> QColor:
    if since is None:
        return palette.color(QPalette.ColorRole.PlaceholderText)
    seconds = ((now or datetime.now(UTC)) - since).total_seconds()
    if seconds > 3600:
        return LATE
    if seconds > 15 * 60:
        return WARN
    return palette.color(QPalette.ColorRole.Text)


def local_time(value: datetime | None, *, now: datetime | None = None) -> str:
    if value is None:
        return ""
    local = value.astimezone()
    today = (now or datetime.now(UTC)).astimezone().date()
    # Qt's date formats, translatable: each language orders them its own way
    # (Chinese: "12月3日 09:30"), month names from the language's locale.
    if local.date() == today:
        form = QCoreApplication.translate("Time", "HH:mm", "a time today (Qt date format)")
    elif local.year == today.year:
        form = QCoreApplication.translate("Time", "dd MMM HH:mm", "a time this year (Qt date format)")
    else:
        form = QCoreApplication.translate("Time", "dd MMM yyyy", "a day in another year (Qt date format)")
    return QLocale().toString(QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)), form)


def local_day(value: datetime) -> str:
    """A day, in the interface language's form."""
    local = value.astimezone()
    form = QCoreApplication.translate("Time", "dd MMM yyyy", "a day in another year (Qt date format)")
    return QLocale().toString(QDate(local.year, local.month, local.day), form)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def platform_icon(platform: str, size: int = 32) -> QIcon:
    """The platform's mark as an icon: its letter on a disc of its colour."""
    letter, color = PLATFORM_MARKS.get(platform, ("?", QColor("gray")))
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawEllipse(QRectF(0.5, 0.5, size - 1, size - 1))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(size * 0.55))
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, letter)
    painter.end()
    return QIcon(pixmap)
