"""Search results: a lazy list with the matched words highlighted in context."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop_inbox.services.inbox import Inbox
from desktop_inbox.store import search
from desktop_inbox.store.search import SearchHit
from desktop_inbox.ui import style
from desktop_inbox.ui.conversation_list import Roles
from desktop_inbox.ui.tasks import spawn

PAGE = 100
HIT_ROLE = Qt.ItemDataRole.UserRole + 10
Index = QModelIndex | QPersistentModelIndex


def highlighted(text: str, words: list[str], *, mark: str) -> str:
    spans = search.match_spans(text, words)
    piece, spans = search.context_window(text, spans)
    out, pos = [], 0
    for start, end in spans:
        out.append(html.escape(piece[pos:start]))
        out.append(f'<span style="background:{mark}; font-weight:600">{html.escape(piece[start:end])}</span>')
        pos = end
    out.append(html.escape(piece[pos:]))
    return "".join(out)


class SearchResultsModel(QAbstractListModel):
    counted = Signal(int)  # how many results there are in all

    def __init__(self, inbox: Inbox) -> None:
        super().__init__()
        self.inbox = inbox
        self.query = ""
        self.order: search.Order = "newest"
        self.words: list[str] = []
        self._rows: list[SearchHit] = []
        self._exhausted = True
        self._loading = False
        self._generation = 0
        self.error = ""

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        hit = self._rows[index.row()]
        if role == HIT_ROLE:
            return hit
        if role == Roles.ID:
            return hit.conversation_id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{hit.author_name or hit.author_handle}, {style.local_time(hit.created_at)}: {hit.text}"
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self._loading = True
            spawn(self._load(self._generation))

    def set_query(self, query: str, *, order: search.Order = "newest") -> None:
        self._generation += 1
        self.query = query
        self.order = order
        self.error = ""
        try:
            parsed = search.parse(query, prefix_last=True)
        except Exception as exc:  # BadInput: show it, keep the old results away
            parsed = None
            self.error = str(exc)
        self.words = parsed.words if parsed else []
        self.beginResetModel()
        self._rows = []
        self._exhausted = parsed is None or parsed.empty
        self._loading = False
        self.endResetModel()
        self._parsed = parsed
        if parsed is not None and not parsed.empty:
            self.fetchMore()

    async def _load(self, generation: int) -> None:
        try:
            # Newest first pages on by key (a seek however deep the list goes).
            keyset = self.order == "newest" and bool(self._rows)
            hits = await self.inbox.cache.read(
                search.search,
                self._parsed,
                order=self.order,
                limit=PAGE,
                offset=0 if keyset else len(self._rows),
                before=self._rows[-1].key if keyset else None,
            )
        finally:
            if generation == self._generation:
                self._loading = False
        if generation != self._generation:
            return
        if hits:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(hits) - 1)
            self._rows.extend(hits)
            self.endInsertRows()
        self._exhausted = len(hits) < PAGE

    def hit(self, row: int) -> SearchHit | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None


class SearchHitDelegate(QStyledItemDelegate):
    def _document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument:
        hit: SearchHit = index.data(HIT_ROLE)
        model = index.model()
        words = getattr(model, "words", []) if model is not None else []
        mark = "#7a5c00" if style.is_dark(option.palette) else "#ffe58a"
        who = html.escape(hit.author_name or hit.author_handle)
        where = style.PLATFORM_NAMES.get(hit.platform, hit.platform) + (" · DM" if hit.kind == "direct" else "")
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setTextWidth(max(option.rect.width() - 16, 100))
        doc.setHtml(
            f"<b>{who}</b> <span style='color:gray'>{html.escape(hit.author_handle)} · {where} · "
            f"{style.local_time(hit.created_at)}</span><br>{highlighted(hit.text, words, mark=mark)}"
        )
        return doc

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        doc = self._document(option, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 12)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(option.rect, option.palette.color(QPalette.ColorRole.Highlight))
        doc = self._document(option, index)
        painter.translate(option.rect.left() + 8, option.rect.top() + 6)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(
            QPalette.ColorRole.Text,
            option.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text),
        )
        context.clip = QRectF(0, 0, option.rect.width(), option.rect.height())
        doc.documentLayout().draw(painter, context)
        painter.restore()


class SearchResultsView(QListView):
    open_requested = Signal(int, int)  # conversation id, message id

    def __init__(self, model: SearchResultsModel) -> None:
        super().__init__()
        self.setModel(model)
        self.setItemDelegate(SearchHitDelegate(self))
        self.setAccessibleName("Search results")
        self.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.activated.connect(self._open)

    def _open(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if hit is not None:
            self.open_requested.emit(hit.conversation_id, hit.message_id)

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_J and not event.modifiers():
            self.setCurrentIndex(self.model().index(min(self.currentIndex().row() + 1, self.model().rowCount() - 1), 0))
        elif event.key() == Qt.Key.Key_K and not event.modifiers():
            self.setCurrentIndex(self.model().index(max(self.currentIndex().row() - 1, 0), 0))
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open(self.currentIndex())
        else:
            super().keyPressEvent(event)
