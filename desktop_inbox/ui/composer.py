"""The reply composer under the thread.

Text, a character counter with the platform's limit (counted the platform's
way), a public/direct switch and Send (Ctrl+Enter). The reply goes to the
outbox, so sending works offline too. The area on the right is where the
personal-service tools sit (customer summary, snippets, warnings).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_inbox.services import counting
from desktop_inbox.store.conversations import ConversationSummary
from desktop_inbox.ui import style


class ReplyEdit(QPlainTextEdit):
    escape_pressed = Signal()

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() == Qt.Key.Key_Escape:
            self.escape_pressed.emit()
            return
        super().keyPressEvent(event)


class Composer(QWidget):
    send_requested = Signal(int, str, bool)  # conversation id, text, direct
    left = Signal()  # Esc: back to the list

    def __init__(self) -> None:
        super().__init__()
        self.conversation: ConversationSummary | None = None
        self.awaiting_delivery = False
        self.char_limit = 500
        self.url_length = 23
        self.edit = ReplyEdit()
        self.edit.setPlaceholderText("Write a personal reply…  (Ctrl+Enter sends, Esc goes back to the list)")
        self.edit.setAccessibleName("Reply")
        self.edit.setTabChangesFocus(True)
        self.edit.setMinimumHeight(70)
        self.edit.textChanged.connect(self.update_counter)
        self.edit.escape_pressed.connect(self.left)
        self.counter = QLabel()
        self.counter.setAccessibleName("Characters used")
        self.visibility = QComboBox()
        self.visibility.addItem("Public reply", False)
        self.visibility.addItem("Direct message", True)
        self.visibility.setAccessibleName("Reply visibility")
        self.visibility.setToolTip("Private matters — order numbers, addresses — belong in a direct message.")
        self.send_button = QPushButton("Send")
        self.send_button.setToolTip("Send (Ctrl+Enter). The reply waits in the outbox while you are offline.")
        self.send_button.setAccessibleName("Send reply")
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self.send)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Composer status")
        self.side = QWidget()  # the personal-service panel lives here
        self.side.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.side_layout = QVBoxLayout(self.side)
        self.side_layout.setContentsMargins(0, 0, 0, 0)

        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.counter)
        row.addWidget(self.visibility)
        row.addWidget(self.send_button)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.edit, 1)
        column.addLayout(row)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.addLayout(column, 3)
        outer.addWidget(self.side, 1)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self.edit)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.send)
        self.set_conversation(None)

    def set_conversation(self, summary: ConversationSummary | None, *, char_limit: int = 500, url_length: int = 23) -> None:
        changed = (summary.id if summary else None) != (self.conversation.id if self.conversation else None)
        self.conversation = summary
        self.char_limit = char_limit
        self.url_length = url_length
        self.setEnabled(summary is not None)
        if summary is not None:
            direct = summary.kind == "direct"
            self.visibility.setCurrentIndex(1 if direct else 0)
            # A private conversation cannot be answered in public.
            self.visibility.model().item(0).setEnabled(not direct)  # type: ignore[attr-defined]
        if changed:
            self.edit.clear()
            self.status.clear()
            self.awaiting_delivery = False
        self.update_counter()

    def update_counter(self) -> None:
        platform = self.conversation.platform if self.conversation else "mastodon"
        used = counting.length(platform, self.edit.toPlainText(), url_length=self.url_length)
        limit = self.char_limit if platform in counting.LIMITS else 0
        self.counter.setText(f"{used}/{limit}" if limit else f"{used}")
        over = bool(limit) and used > limit
        self.counter.setStyleSheet(f"color: {style.LATE.name()}; font-weight: 600" if over else "")
        self.send_button.setEnabled(self.conversation is not None and bool(self.edit.toPlainText().strip()) and not over)

    def focus_reply(self) -> None:
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def send(self) -> None:
        if self.conversation is None or not self.send_button.isEnabled():
            return
        self.send_requested.emit(self.conversation.id, self.edit.toPlainText().strip(), bool(self.visibility.currentData()))

    def sent(self) -> None:
        self.edit.clear()
        self.awaiting_delivery = True
        self.status.setText("Reply queued — it goes out as soon as the account is online.")

    def delivered(self, at: datetime | None) -> None:
        self.awaiting_delivery = False
        self.status.setText(f"Sent at {at.astimezone():%H:%M}." if at else "Sent.")
