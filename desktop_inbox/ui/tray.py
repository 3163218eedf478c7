"""The tray icon: how many customers are waiting (when the ``tray`` setting
asks for it and the desktop has a tray), and its balloon where the desktop
has no notification service (``notifications.py``)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import QAction, QFont, QFontMetricsF, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMainWindow, QMenu, QSystemTrayIcon

from desktop_inbox import APP_NAME
from desktop_inbox.resources import icon_path
from desktop_inbox.ui import colors
from desktop_inbox.ui.i18n import arg

# Trays draw their icons from 16 to 48 px (22 and 24 on most Linux panels).
SIZES = (16, 22, 24, 32, 48, 64)


def badge_text(count: int) -> str:
    return str(count) if count < 1000 else "1k+"


def badge_font(text: str, side: int) -> tuple[QFont, QRectF]:
    """The badge's font and pill for ``text`` on an icon ``side`` pixels wide:
    as large as the pill across the icon's lower part allows, so that three
    digits stay readable on a 22 px panel."""
    height = round(side * 0.62)
    font = QFont()
    font.setBold(True)
    size = height
    while size > 6:
        font.setPixelSize(size)
        if QFontMetricsF(font).horizontalAdvance(text) <= side - 2 and QFontMetricsF(font).capHeight() <= height * 0.62:
            break
        size -= 1
    width = min(side, QFontMetricsF(font).horizontalAdvance(text) + height * 0.5)
    return font, QRectF(side - width, side - height, width, height)


class Tray(QObject):
    def __init__(self, window: QMainWindow, *, shown: bool = True) -> None:
        super().__init__(window)
        self.window = window
        self.waiting = 0
        self._badged = False  # (the badge for ``waiting`` is drawn)
        self.base = QIcon(str(icon_path()))
        self.icon = QSystemTrayIcon(self.base, window)
        menu = QMenu(window)
        show = QAction(self.tr("Show Desktop Inbox"), menu)
        show.triggered.connect(self.show_window)
        quit_ = QAction(self.tr("Quit"), menu)
        quit_.triggered.connect(window.quit)  # type: ignore[attr-defined]
        menu.addAction(show)
        menu.addAction(quit_)
        self.icon.setContextMenu(menu)
        self.icon.activated.connect(lambda reason: self.show_window())
        self.icon.messageClicked.connect(self.show_window)
        self.set_waiting(0)
        self.set_shown(shown)

    def set_shown(self, shown: bool) -> None:
        """The ``tray`` setting: shown where the desktop has a tray."""
        self.icon.setVisible(shown and QSystemTrayIcon.isSystemTrayAvailable())

    def show_window(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def set_waiting(self, count: int) -> None:
        if count == self.waiting and self._badged:
            return  # (the same badge: drawing it again costs the loop at every synced page)
        self._badged = True
        self.waiting = count
        self.icon.setToolTip(
            arg(self.tr("%1: %Ln customer(s) waiting for an answer", "", count), APP_NAME)
            if count
            else arg(self.tr("%1: nobody waiting"), APP_NAME)
        )
        self.icon.setIcon(self.badge(count))

    def badge(self, count: int) -> QIcon:
        """The app's icon with the count, drawn at each size a tray uses (a
        64 px drawing shrunk to 22 px left a three-digit count at 5 px).
        Nobody waiting: the app's icon itself (drawn by the tray at its size;
        the window's start draws no six pixmaps before its first key)."""
        if not count:
            return self.base
        icon = QIcon()
        for side in SIZES:
            pixmap = self.base.pixmap(side, side)
            text = badge_text(count)
            font, pill = badge_font(text, side)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setBrush(colors.BADGE)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
            painter.setFont(font)
            painter.setPen(colors.MARK_TEXT)
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
            painter.end()
            icon.addPixmap(pixmap if isinstance(pixmap, QPixmap) else QPixmap(pixmap))
        return icon

    def notify(self, title: str, text: str) -> None:
        if self.icon.isVisible() and QSystemTrayIcon.supportsMessages():
            self.icon.showMessage(title, text, self.base, 8000)
        self.last_notification = (title, text)
