"""A strip over the composer's buttons: what to know before sending.

Each has a level (``colors.Level``): an icon and an edge in its colour, on a
faint wash of it, so that the personal-data alert does not read like the
"sending in 5 s" note. Its buttons go under one another when the composer
is too narrow for them side by side: a strip never widens the composer
(which would push the panes beside it).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
)

from desktop_inbox.ui import colors
from desktop_inbox.ui.colors import Level
from desktop_inbox.ui.i18n import QT_TRANSLATE_NOOP

_ICONS = {
    Level.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
    Level.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Level.ALERT: QStyle.StandardPixmap.SP_MessageBoxCritical,
}
# What a screen reader says before the strip's words.
_LEVELS = {
    Level.INFO: QT_TRANSLATE_NOOP("Banner", "info:"),
    Level.WARNING: QT_TRANSLATE_NOOP("Banner", "warning:"),
    Level.ALERT: QT_TRANSLATE_NOOP("Banner", "alert:"),
}
ICON = 16


class Banner(QFrame):
    def __init__(self, name: str, level: Level = Level.WARNING) -> None:
        super().__init__()
        self.setObjectName(name)
        self.level = level
        self.setAccessibleName(name)
        self.icon = QLabel()
        self.icon.setFixedSize(ICON, ICON)
        self.icon.setAccessibleName(QCoreApplication.translate("Banner", _LEVELS[level]))
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setAccessibleName(name)
        # Its width is the composer's to give, never the text's to ask for.
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.label.setMinimumWidth(60)
        head = QHBoxLayout()
        head.setSpacing(6)
        head.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.label, 1)
        self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.row.setSpacing(6)
        self.row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(10, 4, 6, 4)
        outer.setSpacing(3)
        outer.addLayout(head)
        outer.addLayout(self.row)
        # The icon is drawn when the strip first shows: the composer's strips
        # are built hidden with the window, and the style's first standard
        # icon (a search of the icon theme) took ~5 ms of its start (bench/, 3).
        self._icon_level: Level | None = None
        self.hide()

    def set_level(self, level: Level) -> None:
        """Another level for the same strip (its icon, colours and spoken word)."""
        if level != self.level:
            self.level = level
            self.icon.setAccessibleName(QCoreApplication.translate("Banner", _LEVELS[level]))
            if self.isVisible():
                self._show_icon()
            self.update()

    def add_button(self, text: str) -> QPushButton:
        button = QPushButton(text)
        self.row.addWidget(button)
        return button

    def _buttons(self) -> list[QPushButton]:
        items = (self.row.itemAt(n) for n in range(self.row.count()))
        return [w for item in items if item is not None and isinstance(w := item.widget(), QPushButton)]

    def showEvent(self, event: QShowEvent) -> None:
        if self._icon_level != self.level:
            self._show_icon()
        super().showEvent(event)

    def _show_icon(self) -> None:
        self._icon_level = self.level
        side = ICON
        self.icon.setPixmap(self.style().standardIcon(_ICONS[self.level]).pixmap(QSize(side, side), self.devicePixelRatioF()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Side by side while they fit, else one under the other.
        buttons = self._buttons()
        wanted = sum(b.sizeHint().width() for b in buttons) + self.row.spacing() * len(buttons) + 16
        across = event.size().width() >= wanted
        self.row.setDirection(QBoxLayout.Direction.LeftToRight if across else QBoxLayout.Direction.TopToBottom)

    def minimumSizeHint(self) -> QSize:
        # As narrow as its widest button (the text wraps): the composer decides.
        widest = max((b.minimumSizeHint().width() for b in self._buttons()), default=0)
        return QSize(max(widest, 80) + 16, super().minimumSizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        accent = colors.accent(palette, self.level)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QPen(colors.mix(accent, palette.color(palette.ColorRole.Base), 0.6), 1))
        painter.setBrush(colors.banner(palette, self.level))
        painter.drawRoundedRect(rect, 4, 4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent)
        painter.drawRoundedRect(QRectF(rect.left(), rect.top(), 4, rect.height()), 2, 2)
        painter.end()
