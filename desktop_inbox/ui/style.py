"""Small formatting helpers and marks shared by the widgets.

Colours are ``colors.py``'s (from the palette, light or dark); only the
platform marks have their own brand colours, and the waiting clock turns
amber and red as a customer waits.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QRectF, Qt, QTime
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPixmap

from desktop_inbox.services.platforms import descriptors
from desktop_inbox.ui import colors
from desktop_inbox.ui.i18n import arg

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

# Read from the platforms' descriptors (connectors/<platform>/descriptor.py).
PLATFORM_MARKS = {d.platform.value: (d.mark, QColor(d.color)) for d in descriptors()}
PLATFORM_NAMES = {d.platform.value: d.name for d in descriptors()}
# The sizes a mark is drawn at for an icon (each one crisp at scale 1, 2, 3).
ICON_SIZES = (16, 22, 24, 32, 48, 64, 96)


def waited(since: datetime | None, now: datetime | None = None) -> str:
    """A short, human waiting time: "45 s", "12 min", "3 h 5 min", "4 d"."""
    if since is None:
        return ""
    return duration(max(0, int(((now or datetime.now(UTC)) - since).total_seconds())))


# (Context "Duration": each language's own short units, "3 ώρ. 41 λεπ.", "3小时41分钟".)
translate = QCoreApplication.translate


def duration(seconds: int) -> str:
    """A duration in whole units, in the interface's language and its
    numbers: "45 s", "12 min", "3 h 5 min" (under 10 hours), "4 d"."""
    number = QLocale().toString
    if seconds < 60:
        return arg(translate("Duration", "%1 s", "seconds"), number(seconds))
    if seconds < 3600:
        return arg(translate("Duration", "%1 min", "minutes"), number(seconds // 60))
    if seconds < 86400:
        hours, minutes = divmod(seconds // 60, 60)
        if minutes and hours < 10:
            return arg(translate("Duration", "%1 h %2 min", "hours and minutes"), number(hours), number(minutes))
        return arg(translate("Duration", "%1 h", "hours"), number(hours))
    return arg(translate("Duration", "%1 d", "days"), number(seconds // 86400))


def hours_text(seconds: float) -> str:
    """Hours with one decimal, in the locale's digits: "1.5 h", "1,5 ώρ."."""
    return arg(translate("Duration", "%1 h", "hours"), QLocale().toString(seconds / 3600, "f", 1))


def megabytes(size: int, *, decimals: int = 1) -> str:
    """A size in MB with the locale's decimal sign: "12.5 MB", "12,5 MB"."""
    return arg(translate("StorageDialog", "%1 MB", "megabytes"), QLocale().toString(size / 1_048_576, "f", decimals))


def number_text(value: int) -> str:
    """A count with the locale's grouping: "12,345", "12.345"."""
    return QLocale().toString(value)


def clock_color(since: datetime | None, palette: QPalette, now: datetime | None = None) -> QColor:
    if since is None:
        return colors.dim(palette)
    seconds = ((now or datetime.now(UTC)) - since).total_seconds()
    if seconds > 3600:
        return colors.late(palette)
    if seconds > 15 * 60:
        return colors.warn(palette)
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


def date_format() -> str:
    """How this locale writes a date (as Qt spells formats). Without a
    locale (C), Qt would write "5 12 2024": the app's own "5 Dec 2024" then."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return "d MMM yyyy"
    return locale.dateFormat(QLocale.FormatType.ShortFormat)


def date_text(value: date | datetime | None) -> str:
    """A day in the locale's format (a moment: its local day)."""
    if value is None:
        return ""
    day = value.astimezone().date() if isinstance(value, datetime) else value
    return QLocale().toString(QDate(day.year, day.month, day.day), date_format())


def mark_pixmap(platform: str, side: int) -> QPixmap:
    """The platform's mark, ``side`` device pixels wide: its letter on a disc of its colour."""
    letter, color = PLATFORM_MARKS.get(platform, ("?", colors.UNKNOWN_MARK))
    pixmap = QPixmap(side, side)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawEllipse(QRectF(0.5, 0.5, side - 1, side - 1))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(max(1, int(side * 0.55)))
    painter.setFont(font)
    painter.setPen(colors.MARK_TEXT)
    painter.drawText(QRectF(0, 0, side, side), Qt.AlignmentFlag.AlignCenter, letter)
    painter.end()
    return pixmap


def platform_icon(platform: str, size: int = 32) -> QIcon:
    """The platform's mark as an icon, drawn at every size it may be shown
    at (a 16 px icon on a screen at scale 2 takes the 32 px drawing, not a
    blurred enlargement of the 16 px one)."""
    # (QIcon's Python type, with its 150-odd theme icon names, is built when
    # first used: no icon is drawn before the window answers its first key.)
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for side in sorted({*ICON_SIZES, size, size * 2, size * 3}):
        icon.addPixmap(mark_pixmap(platform, side))
    return icon
