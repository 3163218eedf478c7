"""The tray icon: how many customers are waiting, and desktop notifications."""

from __future__ import annotations

from PySide6.QtCore import QObject, QRect, Qt
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMainWindow, QMenu, QSystemTrayIcon

from desktop_inbox import APP_NAME
from desktop_inbox.resources import icon_path


class Tray(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.waiting = 0
        self.base = QIcon(str(icon_path()))
        self.icon = QSystemTrayIcon(self.base, window)
        menu = QMenu(window)
        show = QAction("Show Desktop Inbox", menu)
        show.triggered.connect(self.show_window)
        quit_ = QAction("Quit", menu)
        quit_.triggered.connect(window.quit)  # type: ignore[attr-defined]
        menu.addAction(show)
        menu.addAction(quit_)
        self.icon.setContextMenu(menu)
        self.icon.activated.connect(lambda reason: self.show_window())
        self.icon.messageClicked.connect(self.show_window)
        self.set_waiting(0)
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.icon.show()

    def show_window(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def set_waiting(self, count: int) -> None:
        self.waiting = count
        self.icon.setToolTip(
            f"{APP_NAME}: {count} customer{'s' if count != 1 else ''} waiting for an answer" if count else f"{APP_NAME}: nobody waiting"
        )
        self.icon.setIcon(self.badge(count))

    def badge(self, count: int) -> QIcon:
        pixmap = self.base.pixmap(64, 64)
        if count:
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setBrush(QColor("#d93025"))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(QRect(30, 0, 34, 34))
            font = QFont()
            font.setBold(True)
            font.setPixelSize(20 if count < 100 else 14)
            painter.setFont(font)
            painter.setPen(QColor("white"))
            painter.drawText(QRect(30, 0, 34, 34), Qt.AlignmentFlag.AlignCenter, str(count) if count < 1000 else "∞")
            painter.end()
        return QIcon(pixmap if isinstance(pixmap, QPixmap) else QPixmap(pixmap))

    def notify(self, title: str, text: str) -> None:
        if self.icon.isVisible() and QSystemTrayIcon.supportsMessages():
            self.icon.showMessage(title, text, self.base, 8000)
        self.last_notification = (title, text)
