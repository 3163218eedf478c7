"""The customer panel: the person behind the conversation, and their story.

Every identity they use, every earlier conversation on every platform (one
click opens it), notes, tags, when they first wrote and how often.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
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
from desktop_inbox.ui import style


class CustomerPanel(QWidget):
    open_conversation = Signal(int)
    note_added = Signal(int, str)  # contact id, text
    tag_added = Signal(int, str)
    tag_removed = Signal(int, str)
    timeline_requested = Signal(int)  # contact id
    merge_requested = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.contact: ContactDetail | None = None
        self.current_conversation: int | None = None
        self.setAccessibleName("Customer")
        self.name = QLabel()
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.name.setFont(font)
        self.name.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.identities = QLabel()
        self.identities.setWordWrap(True)
        self.identities.setTextFormat(Qt.TextFormat.RichText)
        self.identities.setOpenExternalLinks(False)
        self.identities.setAccessibleName("Identities")
        self.tags = QLabel()
        self.tags.setWordWrap(True)
        self.tags.setTextFormat(Qt.TextFormat.RichText)
        self.tags.linkActivated.connect(self._on_tag_link)
        self.tags.setAccessibleName("Tags")
        self.tag_edit = QLineEdit()
        self.tag_edit.setPlaceholderText("Add a tag…")
        self.tag_edit.setAccessibleName("Add a tag")
        self.tag_edit.returnPressed.connect(self._add_tag)
        self.conversations = QListWidget()
        self.conversations.setAccessibleName("Earlier conversations")
        self.conversations.setWordWrap(True)
        self.conversations.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.conversations.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.conversations.itemActivated.connect(self._open)
        self.conversations.itemClicked.connect(self._open)
        self.notes = QListWidget()
        self.notes.setAccessibleName("Notes")
        self.notes.setWordWrap(True)
        self.notes.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText("Add a note about this customer…")
        self.note_edit.setAccessibleName("Add a note")
        self.note_edit.returnPressed.connect(self._add_note)
        note_button = QPushButton("Add")
        note_button.clicked.connect(self._add_note)

        self.timeline_button = QPushButton("Timeline")
        self.timeline_button.setToolTip("Everything this customer ever wrote, on every platform (T)")
        self.timeline_button.clicked.connect(lambda: self.contact and self.timeline_requested.emit(self.contact.id))
        self.merge_button = QPushButton("Same person as…")
        self.merge_button.setToolTip("Merge identities of one person across platforms")
        self.merge_button.clicked.connect(lambda: self.contact and self.merge_requested.emit(self.contact.id))
        actions = QHBoxLayout()
        actions.addWidget(self.timeline_button)
        actions.addWidget(self.merge_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.name)
        layout.addWidget(self.facts)
        layout.addWidget(self.identities)
        layout.addLayout(actions)
        layout.addWidget(self._heading("Tags"))
        layout.addWidget(self.tags)
        layout.addWidget(self.tag_edit)
        layout.addWidget(self._heading("Conversations"))
        layout.addWidget(self.conversations, 2)
        layout.addWidget(self._heading("Notes"))
        layout.addWidget(self.notes, 1)
        row = QHBoxLayout()
        row.addWidget(self.note_edit, 1)
        row.addWidget(note_button)
        layout.addLayout(row)
        self.show_contact(None)

    @staticmethod
    def _heading(text: str) -> QLabel:
        label = QLabel(text.upper())
        font = label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 0.85)
        label.setFont(font)
        label.setContentsMargins(0, 8, 0, 0)
        return label

    def show_contact(self, contact: ContactDetail | None, *, current_conversation: int | None = None) -> None:
        self.contact = contact
        self.current_conversation = current_conversation
        self.setEnabled(contact is not None)
        self.conversations.clear()
        self.notes.clear()
        if contact is None:
            self.name.setText("")
            self.facts.setText("Select a conversation to see the customer's story.")
            self.identities.setText("")
            self.tags.setText("")
            return
        self.name.setText(contact.name)
        first = contact.first_contact.astimezone().strftime("%d %b %Y") if contact.first_contact else "—"
        n, m = contact.conversation_count, contact.message_count
        self.facts.setText(
            f"First contact {first} · {n} conversation{'s' if n != 1 else ''} · {m} message{'s' if m != 1 else ''}"
        )
        lines = []
        for identity in contact.identities:
            platform = style.PLATFORM_NAMES.get(identity.platform, identity.platform)
            handle = html.escape(identity.handle)
            lines.append(f"<b>{platform}</b> {handle}")
        self.identities.setText("<br>".join(lines))
        self.tags.setText(
            " ".join(
                f'<span style="background:palette(midlight)">&nbsp;#{html.escape(t)}&nbsp;</span>'
                f'<a href="remove:{html.escape(t, quote=True)}" title="Remove tag">×</a>'
                for t in contact.tags
            )
            or "<i>No tags yet</i>"
        )
        for conv in contact.conversations:
            platform = style.PLATFORM_NAMES.get(conv.platform, conv.platform)
            when = style.local_time(conv.last_message_at)
            state = {"needs_reply": "needs reply", "waiting": "waiting", "done": "done"}.get(conv.state, conv.state)
            kind = "DM" if conv.kind == "direct" else "public"
            item = QListWidgetItem(f"{platform} · {kind} · {when} · {state}\n{conv.snippet}")
            item.setData(Qt.ItemDataRole.UserRole, conv.id)
            item.setToolTip(conv.snippet)
            if conv.id == current_conversation:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.conversations.addItem(item)
        for note in contact.notes:
            item = QListWidgetItem(f"{note.created_at.astimezone():%d %b %Y %H:%M} — {note.text}")
            item.setData(Qt.ItemDataRole.UserRole, note.id)
            self.notes.addItem(item)

    def _open(self, item: QListWidgetItem) -> None:
        conversation_id = item.data(Qt.ItemDataRole.UserRole)
        if conversation_id is not None and conversation_id != self.current_conversation:
            self.open_conversation.emit(conversation_id)

    def _add_note(self) -> None:
        if self.contact and self.note_edit.text().strip():
            self.note_added.emit(self.contact.id, self.note_edit.text().strip())
            self.note_edit.clear()

    def _add_tag(self) -> None:
        if self.contact and self.tag_edit.text().strip():
            self.tag_added.emit(self.contact.id, self.tag_edit.text().strip())
            self.tag_edit.clear()

    def _on_tag_link(self, link: str) -> None:
        if self.contact and link.startswith("remove:"):
            self.tag_removed.emit(self.contact.id, link.removeprefix("remove:"))
