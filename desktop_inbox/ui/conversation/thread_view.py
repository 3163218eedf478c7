"""The thread: the conversation's messages, ours and theirs, as bubbles in a list.

A list view over a window of the conversation (``thread_model.py``), each
message drawn by the delegate from a small rich-text document: only what is
on screen is laid out and painted, so a thread of 5,000 messages opens as
fast as one of five (bench/, measurement 4). The view asks for more as it
scrolls to either end of the window (``edge_reached``), and keeps what is
on screen in place when rows come or go above it.

Nothing loads by itself: every document refuses every resource and
remembers it (``SafeDocument``, so tests can prove nothing was fetched),
but a kept picture's thumbnail, read from its local file (``media.py``);
links are not followed inside the view, and only http, https and mailto
links go to the system browser when clicked (a thumbnail opens the viewer).
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QPoint, QPointF, QRect, QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QGuiApplication,
    QImage,
    QKeySequence,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import QAbstractItemView, QListView, QMenu, QStyledItemDelegate, QStyleOptionViewItem

from desktop_inbox.records import Direction
from desktop_inbox.services.values import ConversationDetail, MessageView
from desktop_inbox.ui import colors
from desktop_inbox.ui.conversation.media import Thumbnails
from desktop_inbox.ui.conversation.media_html import SCHEME as MEDIA_SCHEME
from desktop_inbox.ui.conversation.thread_model import Key, Roles, ThreadModel, key_of

log = logging.getLogger("desktop_inbox.ui")

# The window never holds more rows than this: what is far behind goes back
# (a layout of the list asks every row for its height: ~16 us a row).
MAX_ROWS = 300
SHARE = 0.85  # a bubble's share of the width
MARGIN_X, MARGIN_Y = 12, 5  # around a bubble
PADDING = 10  # inside a bubble (the document's margin)
DOCUMENTS = 200  # bubbles kept laid out (those on screen and around)
LAID_OUT_AT_ONCE = 4  # bubbles laid out between two turns of the event loop (~1 ms each on a slow machine)


def palette_colors(palette: QPalette) -> dict[str, str]:
    # (ui/colors.py: every pair of them is held to WCAG AA by a test.)
    return colors.thread(palette)


class SafeDocument(QTextDocument):
    """Rich text that fetches nothing: every resource is refused and noted,
    but a kept picture's thumbnail (a ``media:`` name), which ``thumbnails``
    reads from a local file."""

    def __init__(self, blocked: list[str], thumbnails: Thumbnails) -> None:
        super().__init__()
        self._blocked = blocked
        self._thumbnails = thumbnails

    def loadResource(self, type_: int, name: QUrl) -> Any:
        if name.scheme() == MEDIA_SCHEME:
            return self._thumbnails.resource(name)
        # Images, style sheets, anything: never fetched from message content.
        self._blocked.append(name.toString())
        return None


class BubbleDelegate(QStyledItemDelegate):
    """Lays out and paints one message as a bubble: theirs on the left, ours
    on the right. Heights are kept for every row (a layout of the list asks
    for all of them); laid-out documents for the few hundred last used."""

    def __init__(self, view: ThreadView) -> None:
        super().__init__(view)
        self.view = view
        self._docs: OrderedDict[Key, QTextDocument] = OrderedDict()
        self._heights: dict[Key, dict[int, int]] = {}  # message -> bubble width -> height
        self.colors: dict[str, str] = {}

    def forget(self) -> None:
        """Lay everything out again (the palette or the messages changed)."""
        self._docs.clear()
        self._heights.clear()
        self.colors = palette_colors(self.view.palette())

    def forget_message(self, key: Key) -> None:
        self._docs.pop(key, None)
        self._heights.pop(key, None)

    def bubble_width(self) -> int:
        return max(120, int(self.view.viewport().width() * SHARE) - 2 * MARGIN_X)

    def document(self, message: MessageView) -> QTextDocument:
        key = key_of(message)
        doc = self._docs.get(key)
        if doc is None:
            # (Messages' HTML, its sanitiser and their modules load with the
            # first message shown: the window answers its first key before.)
            from desktop_inbox.ui.conversation.thread_render import render_message

            doc = SafeDocument(self.view.blocked_resources, self.view.thumbnails)
            doc.setDocumentMargin(PADDING)
            doc.setDefaultFont(self.view.font())
            doc.setHtml(render_message(message, palette=self.colors or self._colors()))
            self._docs[key] = doc
            if len(self._docs) > DOCUMENTS:
                self._docs.popitem(last=False)
        else:
            self._docs.move_to_end(key)
        width = self.bubble_width()
        if doc.textWidth() != width:
            doc.setTextWidth(width)
        return doc

    def _colors(self) -> dict[str, str]:
        self.colors = palette_colors(self.view.palette())
        return self.colors

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | Any) -> QSize:
        message: MessageView | None = index.data(Roles.MESSAGE)
        if message is None:
            return QSize(0, 0)
        return QSize(self.view.viewport().width(), self.row_height(message))

    def row_height(self, message: MessageView) -> int:
        """The row's height at the view's width, laid out once for each width."""
        width = self.bubble_width()
        heights = self._heights.setdefault(key_of(message), {})
        height = heights.get(width)
        if height is None:
            height = heights[width] = int(self.document(message).size().height()) + 2 * MARGIN_Y
        return height

    def bubble(self, rect: QRect, message: MessageView) -> QRect:
        """Where the bubble of ``message`` is in its row's ``rect``."""
        width = self.bubble_width()
        left = rect.right() - MARGIN_X - width if message.direction == Direction.OUT else rect.left() + MARGIN_X
        return QRect(left, rect.top() + MARGIN_Y, width, rect.height() - 2 * MARGIN_Y)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | Any) -> None:
        message: MessageView | None = index.data(Roles.MESSAGE)
        if message is None:
            return
        colors = self.colors or self._colors()
        rect = self.bubble(option.rect, message)
        doc = self.document(message)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colors["ours" if message.direction == Direction.OUT else "theirs"]))
        painter.drawRoundedRect(rect, 8, 8)
        if index == self.view.currentIndex() and self.view.hasFocus():
            painter.setPen(self.view.palette().color(QPalette.ColorRole.Highlight))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(0, 0, -1, -1), 8, 8)
        painter.translate(rect.topLeft())
        doc.drawContents(painter)
        painter.restore()


class ThreadView(QListView):
    retry_requested = Signal(int)  # outbox item id
    cancel_requested = Signal(int)
    edge_reached = Signal(int)  # -1: scrolled to the oldest row shown, +1: to the newest
    media_requested = Signal(int)  # a kept picture's id: open the viewer

    def __init__(self) -> None:
        super().__init__()
        self.blocked_resources: list[str] = []
        self.opened_links: list[str] = []
        self.detail: ConversationDetail | None = None
        self.thumbnails = Thumbnails()  # kept pictures, from local files only (media.py)
        self.messages = ThreadModel()
        self.setModel(self.messages)
        self.bubbles = BubbleDelegate(self)
        self.setItemDelegate(self.bubbles)
        self.setUniformItemSizes(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setMouseTracking(True)
        self.verticalScrollBar().setSingleStep(24)
        self.setAccessibleName(self.tr("Conversation thread"))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self._asked = {-1: False, 1: False}  # an end asked for more, not yet answered
        bar = self.verticalScrollBar()
        bar.valueChanged.connect(self._check_edges)
        bar.rangeChanged.connect(self._check_edges)

    # -- what is shown ---------------------------------------------------------------

    def show_conversation(self, detail: ConversationDetail | None, *, keep_position: bool = False) -> None:
        """Show ``detail``'s messages (a window of the conversation); at its
        newest end unless ``keep_position`` (the same conversation read again)."""
        self.detail = detail
        if detail is None:
            self.messages.set_rows([], has_older=False, has_newer=False)
            return
        at_end = self._at_bottom()
        anchor = self._anchor() if keep_position else None
        self.bubbles.colors = self.bubbles.colors or palette_colors(self.palette())
        self._forget_changed(detail.messages)
        self.messages.set_rows(detail.messages, has_older=detail.has_more, has_newer=detail.has_newer)
        self._asked = {-1: False, 1: False}
        self.doItemsLayout()
        if anchor is not None and not (at_end and not detail.has_newer):
            self._restore(anchor)
        elif not detail.has_newer:
            self.scrollToBottom()
        self._check_edges()

    async def lay_out(self, messages: Sequence[MessageView]) -> None:
        """Lay out the bubbles of a page before ``add_older``/``add_newer``
        adds it, a few at a time with the event loop's other work between
        (what was laid out of them before and changed since is drawn again):
        a page laid out at once, as it is added, held the loop ~25 ms on a
        slow machine at each page scrolled to (bench/, 4c); laid out here,
        adding it costs a layout of heights already known (~3 ms for 300
        rows)."""
        import asyncio

        self._forget_changed(messages)
        for start in range(0, len(messages), LAID_OUT_AT_ONCE):
            if start:
                await asyncio.sleep(0)
            for message in messages[start : start + LAID_OUT_AT_ONCE]:
                self.bubbles.row_height(message)

    def add_older(self, messages: Sequence[MessageView], *, has_older: bool) -> None:
        """Older messages (laid out: ``lay_out``) above the first row, what
        is on screen staying put; what is far below goes back."""
        self._asked[-1] = False

        def change() -> None:
            self.messages.prepend(messages, has_older=has_older)
            self.messages.drop_back(self.messages.rowCount() - MAX_ROWS)

        self._keeping_place(change)
        self._check_edges()

    def add_newer(self, messages: Sequence[MessageView], *, has_newer: bool) -> None:
        """Newer messages (laid out: ``lay_out``) below the last row; what is
        far above goes back."""
        self._asked[1] = False

        def change() -> None:
            self.messages.append(messages, has_newer=has_newer)
            self.messages.drop_front(self.messages.rowCount() - MAX_ROWS)

        self._keeping_place(change)
        self._check_edges()

    def _forget_changed(self, messages: Sequence[MessageView]) -> None:
        """A bubble laid out before is drawn again unless its message is
        shown now as it was: a reply's state, a picture kept since (the
        thumbnail instead of "not downloaded yet"), a row given back and
        changed meanwhile."""
        shown = {key_of(m): m for m in self.messages.rows}
        for message in messages:
            key = key_of(message)
            if shown.get(key) != message:
                self.bubbles.forget_message(key)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # The application's palette reaches this view after the switch
        # (Light/Dark) has returned: draw the thread again once it is here.
        if event.type() == QEvent.Type.PaletteChange and getattr(self, "bubbles", None) is not None:
            self.repaint_all()

    def scroll_to_message(self, message_id: int) -> None:
        """Bring a message (a search hit) to the middle, marked as current."""
        row = self.messages.row_of(("m", message_id))
        if row >= 0:
            index = self.messages.index(row, 0)
            self.setCurrentIndex(index)
            self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def repaint_all(self) -> None:
        """Draw every bubble again (the appearance changed)."""
        self.bubbles.forget()
        self.scheduleDelayedItemsLayout()
        self.viewport().update()

    # -- keeping the place -------------------------------------------------------------

    def _anchor(self) -> tuple[Key, int] | None:
        """The first message on screen and where its top is."""
        index = self.indexAt(QPoint(1, 1))
        if not index.isValid():
            return None
        message: MessageView = index.data(Roles.MESSAGE)
        return key_of(message), self.visualRect(index).top()

    def _restore(self, anchor: tuple[Key, int]) -> None:
        row = self.messages.row_of(anchor[0])
        if row >= 0:
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + self.visualRect(self.messages.index(row, 0)).top() - anchor[1])

    def _keeping_place(self, change: Callable[[], None]) -> None:
        anchor = self._anchor()
        change()
        self.doItemsLayout()  # (now, not on the next event: the place is restored from it)
        if anchor is not None:
            self._restore(anchor)

    def _at_bottom(self) -> bool:
        bar = self.verticalScrollBar()
        return bar.value() >= bar.maximum() - 4

    def _check_edges(self, *_args: object) -> None:
        bar = self.verticalScrollBar()
        near = max(self.viewport().height(), 200)
        if self.messages.has_older and not self._asked[-1] and bar.value() < near:
            self._asked[-1] = True
            self.edge_reached.emit(-1)
        if self.messages.has_newer and not self._asked[1] and bar.maximum() - bar.value() < near:
            self._asked[1] = True
            self.edge_reached.emit(1)

    # -- links, copying --------------------------------------------------------------------

    def _link_at(self, pos: QPoint) -> str:
        index = self.indexAt(pos)
        if not index.isValid():
            return ""
        message: MessageView = index.data(Roles.MESSAGE)
        bubble = self.bubbles.bubble(self.visualRect(index), message)
        if not bubble.contains(pos):
            return ""
        layout = self.bubbles.document(message).documentLayout()
        return str(layout.anchorAt(QPointF(pos - bubble.topLeft())))

    def mouseMoveEvent(self, event: Any) -> None:
        over_link = bool(self._link_at(event.position().toPoint()))
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor if over_link else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: Any) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            href = self._link_at(event.position().toPoint())
            if href:
                self.on_anchor_clicked(QUrl(href))

    def on_anchor_clicked(self, url: QUrl) -> None:
        scheme = url.scheme().lower()
        if scheme == "inbox":
            action, _, arg = url.path().partition("/")
            if action == "retry" and arg.isdigit():
                self.retry_requested.emit(int(arg))
            elif action == "cancel" and arg.isdigit():
                self.cancel_requested.emit(int(arg))
            elif action == "media" and arg.isdigit():
                self.media_requested.emit(int(arg))
            return
        from desktop_inbox.text.html import SAFE_SCHEMES

        if scheme in SAFE_SCHEMES:
            self.opened_links.append(url.toString())
            QDesktopServices.openUrl(url)
        else:
            log.info("refused to open a %s: link", scheme or "relative")

    def keyPressEvent(self, event: Any) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self._copy(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _copy(self, index: QModelIndex) -> None:
        message: MessageView | None = index.data(Roles.MESSAGE) if index.isValid() else None
        if message is not None:
            QGuiApplication.clipboard().setText(message.text)

    def _menu(self, pos: QPoint) -> None:
        index = self.indexAt(pos)
        if not index.isValid():
            return
        message: MessageView = index.data(Roles.MESSAGE)
        menu = QMenu(self)
        menu.addAction(self.tr("Copy text"), lambda: self._copy(index))
        link = self._link_at(pos) or (message.url or "")
        if link.startswith(("https://", "http://", "mailto:")):
            menu.addAction(self.tr("Copy link"), lambda: QGuiApplication.clipboard().setText(link))
        menu.exec(self.viewport().mapToGlobal(pos))

    # -- for tests and the benchmarks --------------------------------------------------------

    def documents(self) -> list[QTextDocument]:
        """Every shown row's document (laid out now if it was not)."""
        return [self.bubbles.document(m) for m in self.messages.rows]

    def document_text(self) -> str:
        return "\n".join(doc.toPlainText() for doc in self.documents())

    def safe_document(self, html: str) -> QTextDocument:
        """Any HTML in a document of this view's kind (refusing every resource)."""
        doc = SafeDocument(self.blocked_resources, self.thumbnails)
        doc.setHtml(html)
        doc.setTextWidth(self.bubbles.bubble_width())
        canvas = QImage(doc.size().toSize().expandedTo(QSize(1, 1)), QImage.Format.Format_ARGB32)
        painter = QPainter(canvas)
        doc.drawContents(painter)  # (drawn, as on screen: images are asked for now)
        painter.end()
        return doc
