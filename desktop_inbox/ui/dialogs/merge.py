"""One person, several identities: merge contacts by hand or from suggestions,
and undo a merge."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
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

from desktop_inbox.services.contacts import MergeCandidate
from desktop_inbox.services.platforms import descriptor
from desktop_inbox.services.values import ContactDetail
from desktop_inbox.text import mentions
from desktop_inbox.text.untrusted import one_line
from desktop_inbox.ui import style
from desktop_inbox.ui.context import AppContext
from desktop_inbox.ui.i18n import arg, say
from desktop_inbox.ui.tasks import spawn


def describe(candidate: MergeCandidate) -> str:
    """A suggestion as plain lines: who and why; where they write; what they said last."""
    s = candidate.suggestion
    lines = [f"{one_line(s.other_name, 80)} — {one_line(say(s.reason), 120)}"]
    lines.append(" · ".join(f"{descriptor(i.platform).name} {one_line(i.handle, 60)}" for i in candidate.identities))
    said = candidate.last_said
    if said is not None:
        words = one_line(mentions.without_leading_mentions(said.text), 90)
        lines.append(arg(QCoreApplication.translate("MergeDialog", "Last wrote %1: “%2”"), style.local_time(said.created_at), words))
    return "\n".join(lines)


class MergeDialog(QDialog):
    merged = Signal()

    def __init__(self, ctx: AppContext, contact: ContactDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.contact = contact
        self.setWindowTitle(arg(self.tr("Same person as %1?"), one_line(contact.name, 80)))
        # (A customer's name is theirs to choose: escaped in rich text.)
        intro = QLabel(arg(
            self.tr(
                "Merge another customer into <b>%1</b> when they are the same person writing from another platform "
                "or account. Their conversations, notes and tags come along; you can undo it."
            ),
            html.escape(contact.name),
        ))
        intro.setTextFormat(Qt.TextFormat.RichText)
        intro.setWordWrap(True)
        self.suggestions = QListWidget()
        self.suggestions.setAccessibleName(self.tr("Suggested matches"))
        self.suggestions.setWordWrap(True)
        self.suggestions.setAlternatingRowColors(True)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a customer by name or handle…"))
        self.search.setAccessibleName(self.tr("Find a customer"))
        self.search.textChanged.connect(self._find)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Customers found"))
        self.merge_button = merge = QPushButton(self.tr("Merge into this customer"))
        merge.clicked.connect(self._merge_selected)
        self.undo_list = QListWidget()
        self.undo_list.setAccessibleName(self.tr("Earlier merges"))
        self.undo_button = undo = QPushButton(self.tr("Undo merge"))
        undo.clicked.connect(self._undo)
        # One customer to merge at a time: choosing in one list clears the other.
        self.suggestions.itemSelectionChanged.connect(lambda: self._only(self.suggestions, self.results))
        self.results.itemSelectionChanged.connect(lambda: self._only(self.results, self.suggestions))
        self.undo_list.itemSelectionChanged.connect(self._update_buttons)
        self.status = QLabel()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("<b>Suggestions</b>")))
        layout.addWidget(self.suggestions)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(merge)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("<b>Merged earlier</b>")))
        layout.addWidget(self.undo_list)
        row2 = QHBoxLayout()
        row2.addWidget(self.status, 1)
        row2.addWidget(undo)
        layout.addLayout(row2)
        layout.addWidget(close)
        self.resize(600, 600)
        self._update_buttons()
        self.reload()

    def _chosen(self) -> int | None:
        for chooser in (self.results, self.suggestions):
            items = chooser.selectedItems()
            if items and items[0].data(Qt.ItemDataRole.UserRole) is not None:
                return int(items[0].data(Qt.ItemDataRole.UserRole))
        return None

    def _only(self, chosen: QListWidget, other: QListWidget) -> None:
        if chosen.selectedItems():
            other.blockSignals(True)
            other.clearSelection()
            other.blockSignals(False)
        self._update_buttons()

    def _update_buttons(self) -> None:
        """Merge and Undo are enabled once something is chosen for them."""
        self.merge_button.setEnabled(self._chosen() is not None)
        undo = self.undo_list.selectedItems()
        self.undo_button.setEnabled(bool(undo) and undo[0].data(Qt.ItemDataRole.UserRole) is not None)

    def reload(self) -> None:
        async def load() -> None:
            candidates = await self.ctx.contacts.merge_candidates(self.contact.id)
            merges = await self.ctx.contacts.merges_of(self.contact.id)
            self.suggestions.clear()
            for candidate in candidates:
                item = QListWidgetItem(describe(candidate))
                item.setData(Qt.ItemDataRole.UserRole, candidate.suggestion.other_id)
                self.suggestions.addItem(item)
            if not candidates:
                self.suggestions.addItem(_note(self.tr("No suggestions.")))
            self.undo_list.clear()
            for m in merges:
                item = QListWidgetItem(arg(self.tr("%1 — merged %2"), one_line(m.source_name, 80), style.local_time(m.created_at)))
                item.setData(Qt.ItemDataRole.UserRole, m.id)
                self.undo_list.addItem(item)
            self._update_buttons()

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
                item = QListWidgetItem(f"{one_line(name, 80)}  {one_line(handles, 120)}")
                item.setData(Qt.ItemDataRole.UserRole, cid)
                self.results.addItem(item)

        spawn(self.ctx.contacts.find(text), on_done=show)

    def _merge_selected(self) -> None:
        other = self._chosen()
        if other is None:
            self.status.setText(self.tr("Choose a suggestion or a customer first."))
            return

        def done(_: object) -> None:
            self.status.setText(self.tr("Merged."))
            self.merged.emit()
            self.reload()

        spawn(self.ctx.contacts.merge(self.contact.id, other), on_done=done, on_error=lambda e: self.status.setText(say(e)))

    def _undo(self) -> None:
        items = self.undo_list.selectedItems()
        merge_id = items[0].data(Qt.ItemDataRole.UserRole) if items else None
        if merge_id is None:
            return

        def done(_: object) -> None:
            self.status.setText(self.tr("Merge undone."))
            self.merged.emit()
            self.reload()

        spawn(self.ctx.contacts.unmerge(merge_id), on_done=done, on_error=lambda e: self.status.setText(say(e)))


def _note(text: str) -> QListWidgetItem:
    """A line in a list that is not a choice."""
    item = QListWidgetItem(text)
    item.setFlags(Qt.ItemFlag.NoItemFlags)
    return item
