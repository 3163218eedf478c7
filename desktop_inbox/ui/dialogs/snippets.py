"""Saved replies: starting points with placeholders, never canned answers."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_inbox.services.composer import ComposerService
from desktop_inbox.services.values import Snippet
from desktop_inbox.ui.i18n import say
from desktop_inbox.ui.tasks import spawn


class SnippetsDialog(QDialog):
    changed = Signal()

    def __init__(self, service: ComposerService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.setWindowTitle(self.tr("Saved replies"))
        self.current: Snippet | None = None
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Saved replies"))
        self.list.currentItemChanged.connect(self._show)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Name, e.g. Shipping delay"))
        self.name.setAccessibleName(self.tr("Name"))
        self.body = QPlainTextEdit()
        self.body.setPlaceholderText(self.tr("Hi {first_name}, …", "keep {first_name} as it is: the customer's first name goes there"))
        self.body.setAccessibleName(self.tr("Text"))
        # (The placeholders' names stay as written, in every language: they
        # are what the user types, text/placeholders.py.)
        help_label = QLabel(self.tr(
            "Placeholders are filled for each customer: <b>{first_name}</b>, <b>{name}</b>, <b>{handle}</b> and "
            "<b>{my_name}</b> (your name, in Preferences). Any other <b>{word}</b> is a field you fill in before "
            "sending — a reply with an unfilled placeholder cannot be sent."
        ))
        help_label.setWordWrap(True)
        help_label.setTextFormat(Qt.TextFormat.RichText)
        self.status = QLabel()
        new = QPushButton(self.tr("New"))
        new.clicked.connect(self._new)
        save = QPushButton(self.tr("Save"))
        save.setDefault(True)
        save.clicked.connect(self._save)
        delete = QPushButton(self.tr("Delete"))
        delete.clicked.connect(self._delete)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        editor = QVBoxLayout()
        editor.addWidget(self.name)
        editor.addWidget(self.body, 1)
        editor.addWidget(help_label)
        buttons = QHBoxLayout()
        buttons.addWidget(new)
        buttons.addWidget(delete)
        buttons.addStretch(1)
        buttons.addWidget(self.status)
        buttons.addWidget(save)
        editor.addLayout(buttons)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(editor, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(close)
        self.resize(720, 420)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        spawn(self.service.snippets(), on_done=lambda items: self._fill(items, select))

    def _fill(self, items: list[Snippet], select: int | None) -> None:
        self.list.clear()
        for snippet in items:
            item = QListWidgetItem(snippet.name)
            item.setData(Qt.ItemDataRole.UserRole, snippet)
            self.list.addItem(item)
            if snippet.id == select:
                self.list.setCurrentItem(item)
        if not items:
            self._new()

    def _show(self, item: QListWidgetItem | None) -> None:
        self.current = item.data(Qt.ItemDataRole.UserRole) if item else None
        self.name.setText(self.current.name if self.current else "")
        self.body.setPlainText(self.current.body if self.current else "")

    def _new(self) -> None:
        self.list.setCurrentItem(None)
        self.current = None
        self.name.clear()
        self.body.clear()
        self.name.setFocus()

    def _save(self) -> None:
        def done(snippet: Snippet) -> None:
            self.status.setText(self.tr("Saved."))
            self.reload(select=snippet.id)
            self.changed.emit()

        spawn(
            self.service.save_snippet(self.name.text(), self.body.toPlainText(), self.current.id if self.current else None),
            on_done=done,
            on_error=lambda exc: self.status.setText(say(exc)),  # (the service's words)
        )

    def _delete(self) -> None:
        if self.current is None:
            return

        def done(_: object) -> None:
            self.reload()
            self.changed.emit()

        spawn(self.service.delete_snippet(self.current.id), on_done=done)
