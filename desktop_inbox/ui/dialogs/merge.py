"""One person, several identities: merge contacts by hand or from suggestions,
and undo a merge."""

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
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_inbox.store.contacts import ContactDetail
from desktop_inbox.ui.context import AppContext
from desktop_inbox.ui.tasks import spawn


class MergeDialog(QDialog):
    merged = Signal()

    def __init__(self, ctx: AppContext, contact: ContactDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.contact = contact
        self.setWindowTitle(f"Same person as {contact.name}?")
        intro = QLabel(
            f"Merge another customer into <b>{contact.name}</b> when they are the same person writing from "
            "another platform or account. Their conversations, notes and tags come along; you can undo it."
        )
        intro.setWordWrap(True)
        self.suggestions = QListWidget()
        self.suggestions.setAccessibleName("Suggested matches")
        self.search = QLineEdit()
        self.search.setPlaceholderText("Find a customer by name or handle…")
        self.search.setAccessibleName("Find a customer")
        self.search.textChanged.connect(self._find)
        self.results = QListWidget()
        self.results.setAccessibleName("Customers found")
        merge = QPushButton("Merge into this customer")
        merge.clicked.connect(self._merge_selected)
        self.undo_list = QListWidget()
        self.undo_list.setAccessibleName("Earlier merges")
        undo = QPushButton("Undo merge")
        undo.clicked.connect(self._undo)
        self.status = QLabel()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel("<b>Suggestions</b>"))
        layout.addWidget(self.suggestions)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(merge)
        layout.addLayout(row)
        layout.addWidget(QLabel("<b>Merged earlier</b>"))
        layout.addWidget(self.undo_list)
        row2 = QHBoxLayout()
        row2.addWidget(self.status, 1)
        row2.addWidget(undo)
        layout.addLayout(row2)
        layout.addWidget(close)
        self.resize(560, 560)
        self.reload()

    def reload(self) -> None:
        async def load() -> None:
            suggestions = await self.ctx.inbox.merge_suggestions(self.contact.id)
            merges = await self.ctx.inbox.merges_of(self.contact.id)
            self.suggestions.clear()
            for s in suggestions:
                item = QListWidgetItem(f"{s.other_name} — {s.reason}")
                item.setData(Qt.ItemDataRole.UserRole, s.other_id)
                self.suggestions.addItem(item)
            if not suggestions:
                self.suggestions.addItem("No suggestions.")
            self.undo_list.clear()
            for m in merges:
                item = QListWidgetItem(f"{m.source_name} — merged {m.created_at.astimezone():%d %b %Y %H:%M}")
                item.setData(Qt.ItemDataRole.UserRole, m.id)
                self.undo_list.addItem(item)

        spawn(load())

    def _find(self, text: str) -> None:
        if len(text.strip()) < 2:
            self.results.clear()
            return

        def show(found: list[tuple[int, str, str]]) -> None:
            self.results.clear()
            for cid, name, handles in found:
                if cid == self.contact.id:
                    continue
                item = QListWidgetItem(f"{name}  {handles}")
                item.setData(Qt.ItemDataRole.UserRole, cid)
                self.results.addItem(item)

        spawn(self.ctx.inbox.find_contacts(text), on_done=show)

    def _merge_selected(self) -> None:
        item = self.results.currentItem() or self.suggestions.currentItem()
        other = item.data(Qt.ItemDataRole.UserRole) if item else None
        if other is None:
            self.status.setText("Choose a suggestion or a customer first.")
            return

        def done(_: object) -> None:
            self.status.setText("Merged.")
            self.merged.emit()
            self.reload()

        spawn(self.ctx.inbox.merge(self.contact.id, other), on_done=done, on_error=lambda e: self.status.setText(str(e)))

    def _undo(self) -> None:
        item = self.undo_list.currentItem()
        merge_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        if merge_id is None:
            return

        def done(_: object) -> None:
            self.status.setText("Merge undone.")
            self.merged.emit()
            self.reload()

        spawn(self.ctx.inbox.unmerge(merge_id), on_done=done, on_error=lambda e: self.status.setText(str(e)))
