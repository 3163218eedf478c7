"""Search results: a lazy list with the matched words highlighted in context."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QFont, QFontMetrics, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QListView, QStyledItemDelegate, QStyleOptionViewItem

from desktop_inbox.records import Kind
from desktop_inbox.services import search
from desktop_inbox.services.platforms import descriptor
from desktop_inbox.services.search import SearchService
from desktop_inbox.ui import colors, i18n, style
from desktop_inbox.ui.conversation_list import Roles, paint_row
from desktop_inbox.ui.i18n import say
from desktop_inbox.ui.tasks import spawn

if TYPE_CHECKING:
    from desktop_inbox.services.values import Order, ParsedQuery, SearchHit

PAGE = 100
# Counting the results stops past this many ("more than 10,000").
COUNT_MAX = 10_000
HIT_ROLE = Qt.ItemDataRole.UserRole + 10
Index = QModelIndex | QPersistentModelIndex


def highlighted(text: str, words: list[str], *, mark: str) -> str:
    piece, spans = search.highlight(text, words)
    out, pos = [], 0
    for start, end in spans:
        out.append(html.escape(piece[pos:start]))
        out.append(f'<span style="background:{mark}; font-weight:600">{html.escape(piece[start:end])}</span>')
        pos = end
    out.append(html.escape(piece[pos:]))
    return "".join(out)


class SearchResultsModel(QAbstractListModel):
    counted = Signal(int)  # how many results there are in all (COUNT_MAX + 1: more than that)
    loaded = Signal()  # a page arrived (or the query has no results to fetch)

    def __init__(self, service: SearchService) -> None:
        super().__init__()
        self.service = service
        self.query = ""
        self.order: Order = "newest"
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

    def set_query(self, query: str, *, order: Order = "newest") -> None:
        self._generation += 1
        self.query = query
        self.order = order
        self.error = ""
        try:
            parsed: ParsedQuery | None = search.parse(query, prefix_last=True)
        except Exception as exc:  # BadInput: show it, keep the old results away
            parsed = None
            self.error = say(exc)
        self.words = parsed.words if parsed else []
        self.beginResetModel()
        self._rows = []
        self._exhausted = parsed is None or parsed.empty
        self._loading = False
        self.endResetModel()
        self._parsed = parsed
        if parsed is not None and not parsed.empty:
            self.fetchMore()
            spawn(self._count(parsed, self._generation), name="search-count")
        else:
            self.loaded.emit()

    async def _count(self, parsed: ParsedQuery, generation: int) -> None:
        found = await self.service.count(parsed, up_to=COUNT_MAX)
        if generation == self._generation:
            self.counted.emit(found)

    @property
    def loading(self) -> bool:
        return self._loading

    async def _load(self, generation: int) -> None:
        try:
            assert self._parsed is not None
            hits = await self.service.page(
                self._parsed,
                order=self.order,
                limit=PAGE,
                after=self._rows[-1] if self._rows else None,
                offset=len(self._rows),
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
        self.loaded.emit()

    def hit(self, row: int) -> SearchHit | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None


class SearchHitDelegate(QStyledItemDelegate):
    """One hit in three lines: who (and where, when) on the first, the words
    around the match on the next two.

    Every row is as tall as every other (a longer hit is cut after its
    third line), so the list reads as evenly as the conversation list.
    """

    PADDING = 6
    BODY_LINES = 2

    def _body(self, option: QStyleOptionViewItem, index: Index, *, selected: bool) -> QTextDocument:
        hit: SearchHit = index.data(HIT_ROLE)
        model = index.model()
        words = getattr(model, "words", []) if model is not None else []
        # Selected, the row is the highlight's colour: the match is marked by weight alone.
        mark = option.palette.color(QPalette.ColorRole.Highlight) if selected else colors.search_mark(option.palette)
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(0)
        doc.setTextWidth(max(option.rect.width() - 2 * self.PADDING, 100))
        doc.setHtml(highlighted(hit.text, words, mark=mark.name()))
        return doc

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        line = QFontMetrics(option.font).lineSpacing()
        return QSize(200, 2 * self.PADDING + (1 + self.BODY_LINES) * line + 6)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        hit: SearchHit | None = index.data(HIT_ROLE)
        if hit is None:
            return
        painter.save()
        selected, text, dim = paint_row(painter, option, index)
        rect = option.rect.adjusted(self.PADDING, self.PADDING, -self.PADDING, -self.PADDING)
        fm = QFontMetrics(option.font)
        bold = QFont(option.font)
        bold.setBold(True)
        bold_fm = QFontMetrics(bold)
        line = fm.lineSpacing()
        # Who, where and when: one line, the time on the right.
        when = style.local_time(hit.created_at)
        when_width = fm.horizontalAdvance(when) + 4
        painter.setFont(option.font)
        painter.setPen(dim)
        painter.drawText(QRect(rect.right() - when_width, rect.top(), when_width, line), Qt.AlignmentFlag.AlignRight, when)
        room = rect.width() - when_width - 8
        who = bold_fm.elidedText(hit.author_name or hit.author_handle, Qt.TextElideMode.ElideRight, max(room, 20))
        painter.setFont(bold)
        painter.setPen(text)
        painter.drawText(QRect(rect.left(), rect.top(), room, line), Qt.AlignmentFlag.AlignLeft, who)
        x = rect.left() + bold_fm.horizontalAdvance(who) + 6
        name = descriptor(hit.platform).name
        where = i18n.arg(self.tr("%1 · DM", "a platform's direct messages"), name) if hit.kind == Kind.DIRECT else name
        rest = fm.elidedText(f"{hit.author_handle} · {where}", Qt.TextElideMode.ElideRight, max(rect.left() + room - x, 0))
        painter.setFont(option.font)
        painter.setPen(dim)
        painter.drawText(QRect(x, rect.top(), max(rect.left() + room - x, 0), line), Qt.AlignmentFlag.AlignLeft, rest)
        # The words around the match: two lines at most.
        doc = self._body(option, index, selected=selected)
        painter.translate(rect.left(), rect.top() + line + 2)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, text)
        context.clip = QRectF(0, 0, rect.width(), _height_of_lines(doc, self.BODY_LINES))
        painter.setClipRect(context.clip)
        doc.documentLayout().draw(painter, context)
        painter.restore()


def _height_of_lines(doc: QTextDocument, count: int) -> float:
    """Down to the end of the document's ``count``-th line."""
    bottom, seen = 0.0, 0
    block = doc.begin()
    while block.isValid() and seen < count:
        layout = block.layout()
        top = doc.documentLayout().blockBoundingRect(block).top()
        for n in range(min(layout.lineCount(), count - seen)):
            bottom = top + layout.lineAt(n).rect().bottom()
            seen += 1
        block = block.next()
    return bottom


class SearchResultsView(QListView):
    """The hits. One clicked or moved to is shown beside the list, the keys
    staying here to go on through them (as the conversation list does);
    Return or a double click opens it and goes to its thread."""

    chosen = Signal(int, int)  # conversation id, message id: show it
    open_requested = Signal(int, int)  # conversation id, message id: show it and go there

    def __init__(self, model: SearchResultsModel) -> None:
        super().__init__()
        self.setModel(model)
        self.setItemDelegate(SearchHitDelegate(self))
        self.setAccessibleName(self.tr("Search results"))
        self.setUniformItemSizes(True)
        self.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.activated.connect(self._open)
        self.clicked.connect(self._clicked)
        self.selectionModel().currentChanged.connect(self._choose)
        self._current_at_press = QPersistentModelIndex()

    def _open(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if hit is not None:
            self.open_requested.emit(hit.conversation_id, hit.message_id)

    def _choose(self, index: QModelIndex) -> None:
        # (A new search empties the results and their current row with them:
        # nothing is chosen until the user chooses.)
        hit = index.data(HIT_ROLE) if index.isValid() else None
        if hit is not None:
            self.chosen.emit(hit.conversation_id, hit.message_id)

    def mousePressEvent(self, event: Any) -> None:
        self._current_at_press = QPersistentModelIndex(self.currentIndex())
        super().mousePressEvent(event)

    def _clicked(self, index: QModelIndex) -> None:
        # A click on the hit already chosen shows it again (the pane may have
        # gone to another conversation since); a click that chose it, once.
        if index.isValid() and QPersistentModelIndex(index) == self._current_at_press:
            self._choose(index)

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_J and not event.modifiers():
            self.setCurrentIndex(self.model().index(min(self.currentIndex().row() + 1, self.model().rowCount() - 1), 0))
        elif event.key() == Qt.Key.Key_K and not event.modifiers():
            self.setCurrentIndex(self.model().index(max(self.currentIndex().row() - 1, 0), 0))
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open(self.currentIndex())
        else:
            super().keyPressEvent(event)
