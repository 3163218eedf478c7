"""The conversation list: a lazy model, its delegate and the view.

The model keeps every row's place and a window of its summaries.

The model asks the inbox for the next page (keyset-paged on an index) when
the view scrolls near the end (``canFetchMore``/``fetchMore``), so a
million-message cache opens as fast as an empty one. Of the rows fetched it
keeps two things:

* every row's key, ``(sort_key, id)``, in two flat integer arrays (16 bytes a
  row): the view's row count, selection by id and the next page's cursor;
* the summaries (what a row paints) of the rows seen last only, in chunks of
  ``CHUNK`` rows, at most ``KEPT_CHUNKS`` of them. A chunk scrolled back to
  after it was dropped is read again from the index (the key of the row
  before it is the cursor), and its rows are painted when it arrives.

Scrolling through 300,000 conversations so keeps a few megabytes of keys
instead of 300,000 summaries with their strings and dates (bench/, item 6).
``data()`` never touches the database.
"""

from __future__ import annotations

import enum
import math
from array import array
from collections import OrderedDict
from datetime import UTC, datetime
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPixmap, QTextLayout
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop_inbox.records import FollowUp, Kind, State
from desktop_inbox.services.inbox import Inbox, ViewFilter
from desktop_inbox.services.values import ConversationSummary
from desktop_inbox.text import mentions
from desktop_inbox.ui import colors, i18n, style
from desktop_inbox.ui.tasks import spawn

translate = QCoreApplication.translate  # (lupdate finds the calls by this name)

PAGE = 100
# Later pages grow with the list (as many rows as are loaded, up to this):
# each insert makes the view lay out every row again, so scrolling through
# 100,000 conversations takes ~25 inserts instead of 1,000 (bench/, item 6).
MAX_PAGE = 5_000
# Summaries are kept in chunks of this many rows, the last used ones only:
# 40 × 250 = 10,000 rows, far more than any screen shows.
CHUNK = 250
KEPT_CHUNKS = 40
Index = QModelIndex | QPersistentModelIndex


class Roles(enum.IntEnum):
    SUMMARY = Qt.ItemDataRole.UserRole + 1  # the ConversationSummary (None while its chunk is read again)
    ID = Qt.ItemDataRole.UserRole + 2  # the conversation id


class ConversationListModel(QAbstractListModel):
    """Conversations in inbox order, fetched a page at a time."""

    loaded = Signal()  # a page (or a refresh) arrived

    def __init__(self, inbox: Inbox) -> None:
        super().__init__()
        self.inbox = inbox
        self._sort_keys = array("q")
        self._ids = array("q")
        self._chunks: OrderedDict[int, list[ConversationSummary]] = OrderedDict()
        self._reading: set[int] = set()  # chunks on their way back
        self._filter = ViewFilter()
        self._exhausted = False
        self._loading = False
        self._generation = 0
        self._reloading = False
        self._reload_again = False

    # -- Qt model API --------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == Roles.ID:
            return self._ids[index.row()]
        row = self.summary(index.row())
        if row is None:
            return None
        if role == Roles.SUMMARY:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.customer_name or row.customer_handle}: {row.snippet}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            state = {
                State.NEEDS_REPLY: self.tr("needs a reply"), State.WAITING: self.tr("waiting on the customer"),
                State.HEARD: self.tr("heard by listening"), State.SNOOZED: self.tr("snoozed"), State.DONE: self.tr("done"),
            }.get(row.state, row.state)  # fmt: skip
            if row.state == State.NEEDS_REPLY:
                state = i18n.arg(self.tr("%1, waiting %2"), state, style.waited(row.waiting_since))
            if row.follow_up == FollowUp.CAME_BACK:
                state = i18n.arg(self.tr("%1, a follow-up: no answer since"), state)
            kind = self.tr("direct message") if row.kind == Kind.DIRECT else self.tr("public")
            who = row.customer_name or row.customer_handle
            return i18n.arg(self.tr("%1 on %2, %3, %4: %5"), who, row.platform, kind, state, row.snippet)
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.snippet
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self._loading = True
            spawn(self._load_page(self._generation), name="conversation-page")

    # -- loading ------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self._loading

    def set_filter(self, view: ViewFilter | None = None, **filter_: Any) -> None:
        """Show another view (state, account or tag): start again from the top."""
        self._reset(view if view is not None else filter_, [], exhausted=False)
        self.fetchMore()

    def show_page(self, view: ViewFilter | dict[str, Any], rows: list[ConversationSummary]) -> None:
        """Show ``rows``, the first page of ``view`` already read (at start-up)."""
        self._reset(view, rows, exhausted=len(rows) < PAGE)

    def _reset(self, view: ViewFilter | dict[str, Any], rows: list[ConversationSummary], *, exhausted: bool) -> None:
        self._filter = ViewFilter.of(view)
        self._generation += 1  # (a page still on its way for the old view is dropped)
        self.beginResetModel()
        self._sort_keys, self._ids, self._chunks = array("q"), array("q"), OrderedDict()
        self._reading.clear()
        self._append(rows)
        self._exhausted = exhausted
        self._loading = False
        self.endResetModel()

    def _append(self, rows: list[ConversationSummary]) -> None:
        """Rows after the last one: their keys, and their summaries in the chunks."""
        first = len(self._ids)
        self._sort_keys.extend(r.sort_key for r in rows)
        self._ids.extend(r.id for r in rows)
        _fill(self._chunks, first, rows)
        self._drop_old_chunks()

    def _drop_old_chunks(self) -> None:
        while len(self._chunks) > KEPT_CHUNKS:
            self._chunks.popitem(last=False)

    def _after(self, row: int) -> tuple[int, int] | None:
        """The cursor of the rows after ``row`` (None: from the top)."""
        return (self._sort_keys[row], self._ids[row]) if row >= 0 else None

    async def _load_page(self, generation: int) -> None:
        listed = self._ids
        after = self._after(len(listed) - 1)
        limit = min(max(PAGE, len(listed)), MAX_PAGE)
        try:
            page = await self.inbox.page(self._filter, after=after, limit=limit)
        finally:
            if generation == self._generation:
                self._loading = False
        if generation != self._generation:
            return  # the user switched views meanwhile: drop it
        if self._ids is not listed:
            # A refresh listed the rows again meanwhile: this page's cursor is
            # stale, so read on from the new end (dropping it instead let a
            # refresh that always finishes first starve the scrolling).
            self._loading = True
            spawn(self._load_page(generation), name="conversation-page")
            return
        if page:
            first = len(self._ids)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._append(page)
            self.endInsertRows()
        self._exhausted = len(page) < limit
        self.loaded.emit()

    def summary(self, row: int) -> ConversationSummary | None:
        """What row ``row`` paints; None while its chunk is read again (it is
        asked for here, and the row repaints when it arrives)."""
        if not 0 <= row < len(self._ids):
            return None
        number, offset = divmod(row, CHUNK)
        chunk = self._chunks.get(number)
        if chunk is not None and offset < len(chunk):
            self._chunks.move_to_end(number)
            return chunk[offset]
        if number not in self._reading:
            self._reading.add(number)
            spawn(self._read_chunk(number, self._generation), name="conversation-rows")
        return None

    async def _read_chunk(self, number: int, generation: int) -> None:
        listed = self._ids
        start = number * CHUNK
        count = min(CHUNK, len(listed) - start)
        try:
            rows = await self.inbox.page(self._filter, after=self._after(start - 1), limit=count)
        finally:
            if generation == self._generation:
                self._reading.discard(number)
        if generation != self._generation or self._ids is not listed:
            return
        if [r.id for r in rows] != self._ids[start : start + count].tolist():
            self.refresh()  # the list changed since these rows were listed: read it again
            return
        self._chunks[number] = rows
        self._drop_old_chunks()
        self.dataChanged.emit(self.index(start, 0), self.index(start + count - 1, 0))

    def refresh(self) -> None:
        """Re-read the rows already shown (after a sync or a state change);
        one reading at a time (asked for meanwhile: once more after it)."""
        if self._reloading:
            self._reload_again = True
            return
        self._reloading = True
        spawn(self._reload_until_settled(self._generation), name="conversation-refresh")

    async def _reload_until_settled(self, generation: int) -> None:
        try:
            while True:
                self._reload_again = False
                await self._reload(generation)
                if not self._reload_again:
                    return
                generation = self._generation  # (the view shown now, if it changed)
        finally:
            self._reloading = False

    async def _reload(self, generation: int) -> None:
        """Every row listed so far, read again a page at a time: the new keys,
        and the summaries of the chunks kept (the others are read when seen)."""
        listed, count = self._ids, len(self._ids)
        wanted = max(count, PAGE)
        keep = {0, *self._chunks}  # (the top too: a list that was empty shows it next)
        sort_keys, ids = array("q"), array("q")
        chunks: OrderedDict[int, list[ConversationSummary]] = OrderedDict()
        while len(ids) < wanted:
            limit = min(MAX_PAGE, wanted - len(ids))
            after = (sort_keys[-1], ids[-1]) if ids else None
            rows = await self.inbox.page(self._filter, after=after, limit=limit)
            if generation != self._generation:
                return
            first = len(ids)
            sort_keys.extend(r.sort_key for r in rows)
            ids.extend(r.id for r in rows)
            _fill(chunks, first, rows, only=keep)
            if len(rows) < limit:
                break
        if self._ids is not listed or len(listed) != count:
            # Pages were added (or the rows listed again) meanwhile: what was read
            # misses them. Read again (it settles once the scrolling stops).
            self._reload_again = True
            return
        self._reading.clear()
        if len(ids) != len(self._ids):
            # Rows came or went: reset; the window re-selects by id on `loaded`.
            self.beginResetModel()
            self._sort_keys, self._ids, self._chunks = sort_keys, ids, chunks
            self.endResetModel()
        elif ids == self._ids:
            # The same rows in the same order, as after most of a sync's
            # stores (new conversations wait below the oldest): only the rows
            # whose summary changed paint again. A layout change repainted
            # every row on screen, 20-50 ms of the event loop at each stored
            # batch on a slow machine (bench/, measurement 5).
            changed = _keep_unchanged(self._chunks, chunks)
            self._sort_keys, self._ids, self._chunks = sort_keys, ids, chunks
            for first, last in changed:
                self.dataChanged.emit(self.index(first, 0), self.index(last, 0))
        else:
            self.layoutAboutToBeChanged.emit()
            old_persistent = self.persistentIndexList()
            old_ids = [self._ids[i.row()] for i in old_persistent]
            self._sort_keys, self._ids, self._chunks = sort_keys, ids, chunks
            self.changePersistentIndexList(old_persistent, [self.index(self.row_of(i), 0) for i in old_ids])
            self.layoutChanged.emit()
        self._exhausted = len(ids) < wanted
        self.loaded.emit()

    def row_of(self, conversation_id: int) -> int:
        try:
            return self._ids.index(conversation_id)
        except ValueError:
            return -1

    def kept_summaries(self) -> int:
        """How many summaries the model holds now (tests: the window is bounded)."""
        return sum(len(chunk) for chunk in self._chunks.values())


def _keep_unchanged(
    before: OrderedDict[int, list[ConversationSummary]], after: OrderedDict[int, list[ConversationSummary]]
) -> list[tuple[int, int]]:
    """The rows (first, last) of each chunk in ``after`` whose summaries
    differ from ``before``'s for the same rows (all of a chunk ``before``
    did not hold: they may be on screen, painted as not yet read). A row
    that did not change keeps its summary: the delegate's pictures are kept
    by summary, and paint it again for nothing."""
    spans = []
    for number, rows in after.items():
        start = number * CHUNK
        old = before.get(number)
        if old is None:
            if rows:
                spans.append((start, start + len(rows) - 1))
            continue
        differ = []
        for offset, row in enumerate(rows):
            if offset < len(old) and old[offset] == row:
                rows[offset] = old[offset]
            else:
                differ.append(offset)
        if differ:
            spans.append((start + differ[0], start + differ[-1]))
    return spans


def _fill(
    chunks: OrderedDict[int, list[ConversationSummary]],
    first: int,
    rows: list[ConversationSummary],
    *,
    only: set[int] | None = None,
) -> None:
    """Put ``rows`` (rows ``first``… of the list) into their chunks; a chunk
    whose earlier rows are not held (dropped, or not in ``only``) is left to
    be read when seen."""
    for row_number, row in enumerate(rows, first):
        number, offset = divmod(row_number, CHUNK)
        if only is not None and number not in only:
            continue
        chunk = chunks.get(number)
        if chunk is None and offset == 0:
            chunk = chunks[number] = []
        if chunk is not None and len(chunk) == offset:
            chunk.append(row)
            chunks.move_to_end(number)


class ConversationDelegate(QStyledItemDelegate):
    """Paints one conversation: who, where, how long they wait, what they said."""

    PADDING = 8

    # Rows painted lately, kept as pictures (a screenful or two): the list
    # paints again far more often than its rows change (the clocks tick, the
    # window is activated or covered, the selection moves, a page arrives),
    # and a row's text costs ~0.3 ms to lay out and draw, a picture little.
    KEPT_ROWS = 48

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Fonts and their metrics per view font: built once, not per row painted.
        self._fonts: dict[str, tuple[QFont, QFont, QFontMetrics, QFontMetrics]] = {}
        # What a row's picture depends on -> (the summary painted, the picture).
        self._pictures: OrderedDict[tuple[Any, ...], tuple[ConversationSummary, QPixmap]] = OrderedDict()

    def _fonts_for(self, base: QFont) -> tuple[QFont, QFont, QFontMetrics, QFontMetrics]:
        key = base.key()
        fonts = self._fonts.get(key)
        if fonts is None:
            font = QFont(base)
            bold = QFont(font)
            bold.setBold(True)
            fonts = self._fonts[key] = (font, bold, QFontMetrics(font), QFontMetrics(bold))
        return fonts

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        fm = QFontMetrics(option.font)
        # Name line plus two snippet lines; CJK fallback fonts are taller.
        return QSize(300, self.PADDING * 2 + int(fm.height() * 3.4) + 6)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row: ConversationSummary | None = index.data(Roles.SUMMARY)
        if row is None:
            return
        palette = option.palette
        size = option.rect.size()
        widget: QWidget | None = option.widget  # (None when painted for no widget)
        ratio = widget.devicePixelRatioF() if widget is not None else 1.0
        now = datetime.now(UTC)
        state = option.state
        flags = tuple(bool(state & flag) for flag in _PAINTED_STATES)
        # Everything the picture shows: the summary itself (a changed row is
        # a new summary), where it stands, the palette, the font, the scale,
        # and the clock as it reads now.
        clock = _clock(row, palette, now, colors.dim(palette))
        key = (id(row), size.width(), size.height(), index.row() % 2, flags, palette.cacheKey(), option.font.key(),
               ratio, clock[0], clock[1], clock[2].rgba())
        kept = self._pictures.get(key)
        if kept is not None and kept[0] is row:
            self._pictures.move_to_end(key)
            painter.drawPixmap(option.rect.topLeft(), kept[1])
            return
        picture = QPixmap(QSize(math.ceil(size.width() * ratio), math.ceil(size.height() * ratio)))
        picture.setDevicePixelRatio(ratio)
        # The row's ground, as the picture's own: QPainter.fillRect with a
        # colour costs its first caller ~4 ms in PySide (its overloads bring
        # in QGradient's types and presets), and the ground is painted once.
        picture.fill(row_ground(option, index))
        on_picture = QPainter(picture)
        placed = QStyleOptionViewItem(option)
        placed.rect = QRect(0, 0, size.width(), size.height())
        self._paint_row(on_picture, placed, index, row, clock)
        on_picture.end()
        self._pictures[key] = (row, picture)  # (the summary is held: its id is not reused while kept)
        while len(self._pictures) > self.KEPT_ROWS:
            self._pictures.popitem(last=False)
        painter.drawPixmap(option.rect.topLeft(), picture)

    def _paint_row(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: Index,
        row: ConversationSummary,
        clock_shown: tuple[str, bool, QColor],
    ) -> None:
        """The row on its ground (already painted), with the clock as ``_clock`` read it."""
        painter.save()
        palette = option.palette
        selected, text_color, dim = paint_row(painter, option, index, ground=False)
        rect = option.rect.adjusted(self.PADDING, self.PADDING, -self.PADDING, -self.PADDING)
        font, bold, fm, bold_fm = self._fonts_for(option.font)
        line = fm.height()
        mark = draw_mark(painter, row.platform, QRect(rect.left(), rect.top() + 1, line, line), bold)

        # On the right: how long they wait (ticking: the view repaints every
        # few seconds), when a snoozed conversation comes back, or the last message.
        clock, clock_bold, clock_color = clock_shown
        clock_width = (bold_fm if clock_bold else fm).horizontalAdvance(clock) + 4
        painter.setFont(bold if clock_bold else font)
        painter.setPen(text_color if selected else clock_color)
        painter.drawText(
            QRect(rect.right() - clock_width, rect.top(), clock_width, line),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            clock,
        )

        # The name (as much of it as the line allows), public or DM, the handle.
        left = mark.right() + 8
        strong = bool(row.unread_count) or row.state == State.NEEDS_REPLY
        name_font, name_fm = (bold, bold_fm) if strong else (font, fm)
        room = QRect(left, rect.top(), rect.right() - clock_width - 6 - left, line)
        first = first_line(row, room, fm, name_fm, bold_fm)
        painter.setFont(name_font)
        painter.setPen(text_color)
        painter.drawText(first.name_rect, Qt.AlignmentFlag.AlignVCenter, first.name)
        if first.follow:
            # Back because nobody answered our reminder, not because they wrote.
            painter.setFont(bold)
            painter.setPen(text_color if selected else colors.late(palette))
            painter.drawText(first.follow_rect, Qt.AlignmentFlag.AlignVCenter, first.follow)
        painter.setFont(font)
        painter.setPen(dim)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(first.kind_rect).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
        painter.drawText(first.kind_rect, Qt.AlignmentFlag.AlignCenter, first.kind)
        painter.drawText(first.handle_rect, Qt.AlignmentFlag.AlignVCenter, first.handle)

        # What they said (without the shop's own @handle in front): two lines at most.
        painter.setPen(text_color if row.unread_count else dim)
        draw_lines(painter, font, shown_snippet(row), left, rect.top() + line + 3, rect.right() - left - 24, 2, fm=fm)

        # Unread dot.
        if row.unread_count:
            dot = QRect(rect.right() - 10, rect.top() + line + 6, 8, 8)
            painter.setBrush(palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Highlight))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(dot)
        painter.restore()


# The states a row's picture differs by (selected; the active window's and a
# disabled list's colours).
_PAINTED_STATES = (QStyle.StateFlag.State_Selected, QStyle.StateFlag.State_Active, QStyle.StateFlag.State_Enabled)


class FirstLine(NamedTuple):
    """Where a row's first line puts the name, the follow-up mark, the
    public/DM mark and the handle."""

    name: str
    name_rect: QRect
    follow: str
    follow_rect: QRect
    kind: str
    kind_rect: QRect
    handle: str
    handle_rect: QRect


def first_line(
    row: ConversationSummary, room: QRect, fm: QFontMetrics, name_fm: QFontMetrics, bold_fm: QFontMetrics
) -> FirstLine:
    """The name first, as long as the line allows once the marks have their
    place; the follow-up mark (its word where there is room, else its sign)
    and the public/DM mark right after it; the handle in what is left."""
    kind = (
        translate("ConversationList", "DM") if row.kind == Kind.DIRECT
        else translate("ConversationList", "heard", "a post heard by listening") if row.state == State.HEARD
        else translate("ConversationList", "public")
    )  # fmt: skip
    kind_width = fm.horizontalAdvance(kind) + 8
    full_name = row.customer_name or row.customer_handle
    follow = ""
    if row.follow_up == FollowUp.CAME_BACK:
        word_room = room.width() - kind_width - 12 - name_fm.horizontalAdvance(full_name)
        word = translate("ConversationList", "↻ follow-up")
        follow = word if bold_fm.horizontalAdvance(word) <= word_room else "↻"
    follow_width = bold_fm.horizontalAdvance(follow) + 6 if follow else 0
    name = name_fm.elidedText(
        full_name, Qt.TextElideMode.ElideRight, max(room.width() - kind_width - follow_width - 6, 20)
    )
    name_width = name_fm.horizontalAdvance(name)
    follow_rect = QRect(room.left() + name_width + 6, room.top(), follow_width, room.height())
    kind_rect = QRect(room.left() + name_width + 6 + follow_width, room.top() + 1, kind_width, room.height() - 1)
    x = kind_rect.right() + 6
    space = room.right() - x
    handle = fm.elidedText(row.customer_handle, Qt.TextElideMode.ElideRight, space) if row.customer_name and space > 20 else ""
    return FirstLine(
        name, QRect(room.left(), room.top(), name_width + 2, room.height()),
        follow, follow_rect,
        kind, kind_rect,
        handle, QRect(x, room.top(), max(space, 0), room.height()),
    )  # fmt: skip


def shown_snippet(row: ConversationSummary) -> str:
    """What the customer said, without the shop's own @handle it starts with."""
    return mentions.without_own_mentions(row.snippet, row.account_handle)


def row_ground(option: QStyleOptionViewItem, index: Index) -> QColor:
    """A row's ground: the highlight when selected, every other row a shade
    off, else the list's own."""
    palette = option.palette
    if option.state & QStyle.StateFlag.State_Selected:
        return palette.color(QPalette.ColorRole.Highlight)
    return palette.color(QPalette.ColorRole.AlternateBase if index.row() % 2 else QPalette.ColorRole.Base)


def paint_row(
    painter: QPainter, option: QStyleOptionViewItem, index: Index, *, ground: bool = True
) -> tuple[bool, QColor, QColor]:
    """A row's ground (``row_ground``; ``ground=False``: the caller painted
    it); whether it is selected, and its text and secondary text colours
    (selected, everything is in the highlight's own text colour)."""
    palette = option.palette
    selected = bool(option.state & QStyle.StateFlag.State_Selected)
    if ground and (selected or index.row() % 2):
        painter.fillRect(option.rect, row_ground(option, index))
    text = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
    return selected, text, text if selected else colors.dim(palette)


def _clock(row: ConversationSummary, palette: QPalette, now: datetime, dim: QColor) -> tuple[str, bool, QColor]:
    """What the row says on the right, in bold or not, and its colour."""
    if row.state == State.NEEDS_REPLY:
        return style.waited(row.waiting_since, now), True, style.clock_color(row.waiting_since, palette, now)
    if row.state == State.SNOOZED and row.snoozed_until is not None:
        wakes = translate("ConversationList", "wakes %1", "a snoozed conversation comes back at a time")
        return i18n.arg(wakes, style.local_time(row.snoozed_until, now=now)), False, dim
    return style.local_time(row.last_message_at, now=now), False, dim


def draw_mark(painter: QPainter, platform: str, rect: QRect, font: QFont) -> QRect:
    """The platform's mark: its letter on a rounded square of its colour."""
    letter, color = style.PLATFORM_MARKS.get(platform, ("?", colors.UNKNOWN_MARK))
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(color)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRoundedRect(rect, 4, 4)
    painter.setFont(font)
    painter.setPen(colors.MARK_TEXT)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, letter)
    return rect


class ConversationListView(QListView):
    """j/k and arrows move, Enter opens; the clocks tick."""

    open_requested = Signal(int)  # conversation id

    def __init__(self, model: ConversationListModel) -> None:
        super().__init__()
        self.setModel(model)
        self.setItemDelegate(ConversationDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Conversations"))
        self.setAccessibleDescription(self.tr("Customers waiting for a reply come first, the longest waiting on top."))
        self._ticker = QTimer(self)
        self._ticker.timeout.connect(self._tick)
        self._ticker.start(10_000)

    def _tick(self) -> None:
        # (The viewport asked for here, not in __init__: PySide's first
        # viewport() of the process, ~7 ms as it works out what the returned
        # widget is, need not come before the window's first paint.)
        self.viewport().update()

    def conversation_model(self) -> ConversationListModel:
        model = self.model()
        assert isinstance(model, ConversationListModel)
        return model

    def current_id(self) -> int | None:
        index = self.currentIndex()
        return index.data(Roles.ID) if index.isValid() else None

    def select_id(self, conversation_id: int) -> bool:
        row = self.conversation_model().row_of(conversation_id)
        if row < 0:
            return False
        self.setCurrentIndex(self.model().index(row, 0))
        return True

    def move(self, step: int) -> None:
        count = self.model().rowCount()
        if not count:
            return
        row = self.currentIndex().row() if self.currentIndex().isValid() else -1
        self.setCurrentIndex(self.model().index(max(0, min(count - 1, row + step)), 0))

    def keyPressEvent(self, event: Any) -> None:
        key = event.key()
        if key == Qt.Key.Key_J and not event.modifiers():
            self.move(1)
        elif key == Qt.Key.Key_K and not event.modifiers():
            self.move(-1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if (cid := self.current_id()) is not None:
                self.open_requested.emit(cid)
        else:
            super().keyPressEvent(event)


def draw_lines(
    painter: QPainter, font: QFont, text: str, x: int, y: int, width: int, max_lines: int, *, fm: QFontMetrics | None = None
) -> None:
    """Wrap ``text`` into at most ``max_lines`` lines, eliding the last one.

    Laid out with QTextLayout so that lines are as tall as the fonts actually
    used (Chinese text falls back to a taller font).
    """
    layout = QTextLayout(text, font)
    layout.beginLayout()
    lines = []
    while len(lines) < max_lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append(line)
    layout.endLayout()
    top = float(y)
    for n, line in enumerate(lines):
        start, length = line.textStart(), line.textLength()
        if n == len(lines) - 1 and start + length < len(text):
            rest = " ".join(text[start:].split())
            elided = (fm or QFontMetrics(font)).elidedText(rest, Qt.TextElideMode.ElideRight, width)
            painter.drawText(QPointF(x, top + line.ascent()), elided)
        else:
            line.draw(painter, QPointF(x, top))
        top += line.height()
