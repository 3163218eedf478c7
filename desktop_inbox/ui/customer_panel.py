"""The customer panel: the person behind the conversation, and their story.

Every identity they use, every earlier conversation on every platform (one
click opens it), notes, calls and meetings, tags, when they first wrote and
how often.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop_inbox.records import Kind, State
from desktop_inbox.ui import colors, i18n, style
from desktop_inbox.ui.conversation_list import draw_lines, draw_mark, shown_snippet
from desktop_inbox.ui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    # (The store's models load when a contact is first read, not with the window.)
    from desktop_inbox.services.values import ContactDetail, ConversationSummary

translate = QCoreApplication.translate  # (lupdate finds the calls by this name)
# English here, translated when shown (context "CustomerPanel").
_EVENTS = {"call": QT_TRANSLATE_NOOP("CustomerPanel", "☎ Call"), "meeting": QT_TRANSLATE_NOOP("CustomerPanel", "◉ Meeting")}
_STATES: dict[str, str] = {
    State.NEEDS_REPLY: QT_TRANSLATE_NOOP("CustomerPanel", "needs reply"),
    State.WAITING: QT_TRANSLATE_NOOP("CustomerPanel", "waiting"),
    State.DONE: QT_TRANSLATE_NOOP("CustomerPanel", "done"),
    State.SNOOZED: QT_TRANSLATE_NOOP("CustomerPanel", "snoozed"),
    State.HEARD: QT_TRANSLATE_NOOP("CustomerPanel", "heard"),
}


def _state(state: str) -> str:
    return translate("CustomerPanel", _STATES[state]) if state in _STATES else state


def _kind(kind: str) -> str:
    return translate("CustomerPanel", "DM") if kind == Kind.DIRECT else translate("CustomerPanel", "public")


class CustomerPanel(QWidget):
    open_conversation = Signal(int)
    note_added = Signal(int, str)  # contact id, text
    tag_added = Signal(int, str)
    tag_removed = Signal(int, str)
    timeline_requested = Signal(int)  # contact id
    merge_requested = Signal(int)
    log_requested = Signal(int)  # contact id: log a call or a meeting

    def __init__(self) -> None:
        super().__init__()
        self.contact: ContactDetail | None = None
        self.current_conversation: int | None = None
        self.setAccessibleName(self.tr("Customer"))
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
        self.identities.setAccessibleName(self.tr("Identities"))
        self.tags = QLabel()
        self.tags.setWordWrap(True)
        self.tags.setTextFormat(Qt.TextFormat.RichText)
        self.tags.linkActivated.connect(self._on_tag_link)
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tag_edit = QLineEdit()
        self.tag_edit.setPlaceholderText(self.tr("Add a tag…"))
        self.tag_edit.setAccessibleName(self.tr("Add a tag"))
        self.tag_edit.returnPressed.connect(self._add_tag)
        # A model over the customer's conversations (hundreds for a regular):
        # only the rows on screen are read and drawn when one is opened.
        self.earlier = EarlierConversations()
        self.conversations = QListView()
        self.conversations.setModel(self.earlier)
        self.conversations.setAccessibleName(self.tr("Earlier conversations"))
        self.conversations.setWordWrap(True)
        self.conversations.setUniformItemSizes(True)  # (the delegate's rows are all one height)
        self.conversations.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.conversations.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.conversations.setItemDelegate(EarlierConversationDelegate(self.conversations))
        self.conversations.activated.connect(self._open)
        self.conversations.clicked.connect(self._open)
        self.notes = QListWidget()
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setWordWrap(True)
        self.notes.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("Add a note about this customer…"))
        self.note_edit.setAccessibleName(self.tr("Add a note"))
        self.note_edit.returnPressed.connect(self._add_note)
        note_button = QPushButton(self.tr("Add"))
        note_button.clicked.connect(self._add_note)

        self.timeline_button = QPushButton(self.tr("Timeline"))
        self.timeline_button.setToolTip(self.tr("Everything this customer ever wrote, on every platform (T)"))
        self.timeline_button.clicked.connect(lambda: self.contact and self.timeline_requested.emit(self.contact.id))
        self.merge_button = QPushButton(self.tr("Same person as…"))
        self.merge_button.setToolTip(self.tr("Merge identities of one person across platforms"))
        self.merge_button.clicked.connect(lambda: self.contact and self.merge_requested.emit(self.contact.id))
        self.log_button = QPushButton(self.tr("Log call…"))
        self.log_button.setToolTip(self.tr("Log a phone call or a meeting on this customer's timeline"))
        self.log_button.clicked.connect(lambda: self.contact and self.log_requested.emit(self.contact.id))
        # Two rows: three buttons side by side cut "Same person as…" to
        # "me person as" in a panel this narrow.
        actions = QGridLayout()
        actions.addWidget(self.timeline_button, 0, 0)
        actions.addWidget(self.log_button, 0, 1)
        actions.addWidget(self.merge_button, 1, 0, 1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.name)
        layout.addWidget(self.facts)
        layout.addWidget(self.identities)
        layout.addLayout(actions)
        layout.addWidget(self._heading(self.tr("Tags")))
        layout.addWidget(self.tags)
        layout.addWidget(self.tag_edit)
        layout.addWidget(self._heading(self.tr("Conversations")))
        layout.addWidget(self.conversations, 2)
        layout.addWidget(self._heading(self.tr("Notes, calls and meetings")))
        layout.addWidget(self.notes, 1)
        row = QHBoxLayout()
        row.addWidget(self.note_edit, 1)
        row.addWidget(note_button)
        layout.addLayout(row)
        self.show_contact(None)

    @staticmethod
    def _heading(text: str) -> QLabel:
        label = QLabel(text.upper())  # (Greek headings: see Sidebar._section)
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
        self.earlier.show(contact.conversations if contact is not None else [], current_conversation)
        self.notes.clear()
        if contact is None:
            self.name.setText("")
            self.facts.setText(self.tr("Select a conversation to see the customer's story."))
            self.identities.setText("")
            self.tags.setText("")
            return
        import html

        self.name.setText(contact.name)
        first = style.local_day(contact.first_contact) if contact.first_contact else "—"
        n, m = contact.conversation_count, contact.message_count
        facts = i18n.arg(self.tr("First contact %1 · %2 · %3"), first, self.tr("%n conversation(s)", "", n), self.tr("%n message(s)", "", m))
        self.facts.setText(facts)
        lines = []
        for identity in contact.identities:
            platform = style.PLATFORM_NAMES.get(identity.platform, identity.platform)
            handle = html.escape(identity.handle)
            lines.append(f"<b>{platform}</b> {handle}")
        self.identities.setText("<br>".join(lines))
        remove, none = html.escape(self.tr("Remove tag"), quote=True), html.escape(self.tr("No tags yet"))
        self.tags.setText(
            " ".join(
                f'<span style="background:palette(midlight)">&nbsp;#{html.escape(t)}&nbsp;</span>'
                f'<a href="remove:{html.escape(t, quote=True)}" title="{remove}">×</a>'
                for t in contact.tags
            )
            or f"<i>{none}</i>"
        )
        for event in contact.events:
            what = translate("CustomerPanel", _EVENTS[event.kind]) if event.kind in _EVENTS else event.kind
            self.notes.addItem(QListWidgetItem(i18n.arg(self.tr("%1 %2 — %3"), what, style.local_time(event.at), event.text)))
        for note in contact.notes:
            item = QListWidgetItem(i18n.arg(self.tr("%1 — %2"), style.local_time(note.created_at), note.text))
            item.setData(Qt.ItemDataRole.UserRole, note.id)
            self.notes.addItem(item)

    def _open(self, index: QModelIndex) -> None:
        conversation_id = index.data(Qt.ItemDataRole.UserRole)
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


SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1
CURRENT_ROLE = Qt.ItemDataRole.UserRole + 2


class EarlierConversations(QAbstractListModel):
    """The customer's conversations, newest first: each row's text is made
    when a view asks for it (the rows on screen), not for all of them."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[ConversationSummary] = []
        self.current: int | None = None

    def show(self, rows: Sequence[ConversationSummary], current: int | None) -> None:
        self.beginResetModel()
        self.rows, self.current = list(rows), current
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        conv = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:  # (what accessibility reads; the delegate draws its own)
            platform = style.PLATFORM_NAMES.get(conv.platform, conv.platform)
            when = style.local_time(conv.last_message_at)
            said = translate("CustomerPanel", "%1 %2, %3, %4: %5")
            return i18n.arg(said, platform, _kind(conv.kind), when, _state(conv.state), conv.snippet)
        if role == Qt.ItemDataRole.ToolTipRole:
            return conv.snippet
        if role == Qt.ItemDataRole.UserRole:
            return conv.id
        if role == SUMMARY_ROLE:
            return conv
        if role == CURRENT_ROLE:
            return conv.id == self.current
        return None


class EarlierConversationDelegate(QStyledItemDelegate):
    """One earlier conversation: platform mark, kind, date and state; the snippet."""

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # type: ignore[no-untyped-def]
        return QSize(200, int(QFontMetrics(option.font).height() * 3.3) + 10)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:  # type: ignore[no-untyped-def]
        conv = index.data(SUMMARY_ROLE)
        if conv is None:
            super().paint(painter, option, index)
            return
        painter.save()
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(option.rect, palette.color(QPalette.ColorRole.Highlight))
        text = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        dim = text if selected else colors.dim(palette)
        rect = option.rect.adjusted(6, 5, -6, -5)
        fm = QFontMetrics(option.font)
        line = fm.height()
        bold = QFont(option.font)
        bold.setBold(True)
        mark = draw_mark(painter, conv.platform, QRect(rect.left(), rect.top() + 1, line, line), bold)
        current = bool(index.data(CURRENT_ROLE))
        state = _state(conv.state)
        state_width = fm.horizontalAdvance(state) + 4
        painter.setFont(option.font)
        painter.setPen(colors.late(palette) if conv.state == State.NEEDS_REPLY and not selected else dim)
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), line), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, state)
        when = style.local_time(conv.last_message_at)
        head = i18n.arg(translate("CustomerPanel", "%1 · %2 · viewing") if current else "%1 · %2", _kind(conv.kind), when)
        head_font = bold if current else option.font
        head_left = mark.right() + 6
        head_width = max(rect.right() - state_width - 6 - head_left, 0)
        painter.setFont(head_font)
        painter.setPen(text)
        painter.drawText(
            QRect(head_left, rect.top(), head_width, line),
            Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(head_font).elidedText(head, Qt.TextElideMode.ElideRight, head_width),
        )
        painter.setFont(option.font)
        painter.setPen(dim)
        draw_lines(painter, option.font, shown_snippet(conv), rect.left(), rect.top() + line + 2, rect.width(), 2)
        painter.restore()
