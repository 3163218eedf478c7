"""The list keeps its rows' pictures: painting again what did not change
lays out no text, and a row is drawn afresh when what it shows changes (its
summary, the selection, the palette, the clock)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor, QImage, QPalette

from desktop_inbox.ui.conversation_list import PAGE, ConversationDelegate, ConversationListModel, ConversationListView
from tests.ui.test_search_ui import _summary


class Inbox:
    """Enough of an inbox for a model that is given its first page."""


class Counting(ConversationDelegate):
    def __init__(self, parent: Any) -> None:
        super().__init__(parent)
        self.drawn: list[int] = []

    def _paint_row(self, painter, option, index, row, clock) -> None:  # type: ignore[no-untyped-def, override]
        self.drawn.append(row.id)
        super()._paint_row(painter, option, index, row, clock)


def _list(qapp, rows: int = 3) -> tuple[ConversationListView, ConversationListModel, Counting]:  # type: ignore[no-untyped-def]
    model = ConversationListModel(Inbox())  # type: ignore[arg-type]
    model.show_page({"state": "needs_reply"}, [_summary(id=n, sort_key=n, customer_name=f"Customer {n}") for n in range(1, rows + 1)])
    view = ConversationListView(model)
    delegate = Counting(view)
    view.setItemDelegate(delegate)
    view.resize(330, 400)
    view.show()
    qapp.processEvents()
    delegate.drawn.clear()  # (whatever showing it painted, afresh below)
    delegate._pictures.clear()
    return view, model, delegate


def _grab(view: ConversationListView) -> QImage:
    image = QImage(view.viewport().size(), QImage.Format.Format_ARGB32_Premultiplied)
    view.viewport().render(image)
    return image


def test_a_row_painted_again_unchanged_is_not_laid_out_again(qapp) -> None:  # type: ignore[no-untyped-def]
    view, _model, delegate = _list(qapp)
    first = _grab(view)
    assert sorted(delegate.drawn) == [1, 2, 3]
    again = _grab(view)
    assert sorted(delegate.drawn) == [1, 2, 3]  # (from the pictures)
    assert again == first


def test_a_row_is_drawn_afresh_when_what_it_shows_changes(qapp) -> None:  # type: ignore[no-untyped-def]
    view, model, delegate = _list(qapp)
    before = _grab(view)
    delegate.drawn.clear()
    view.setCurrentIndex(model.index(1, 0))  # selected: in the highlight's colours
    selected = _grab(view)
    assert delegate.drawn == [2] and selected != before
    delegate.drawn.clear()
    # A refresh brings a new summary for row 3 (a new snippet): that row only.
    model.show_page({"state": "needs_reply"}, [model.summary(0), model.summary(1), _summary(id=3, sort_key=3, snippet="Thanks!")])
    view.setCurrentIndex(model.index(1, 0))
    _grab(view)
    assert delegate.drawn == [3]
    delegate.drawn.clear()
    # Another palette (dark, say): every row.
    palette = QPalette(view.palette())
    palette.setColor(QPalette.ColorRole.Base, QColor("#17181a"))
    view.setPalette(palette)
    _grab(view)
    assert sorted(delegate.drawn) == [1, 2, 3]


def test_the_pictures_kept_are_bounded(qapp) -> None:  # type: ignore[no-untyped-def]
    view, _model, delegate = _list(qapp, rows=PAGE - 1)
    view.resize(330, 8000)  # (every row on screen at once)
    qapp.processEvents()
    delegate.drawn.clear()
    delegate._pictures.clear()
    _grab(view)
    assert len(delegate.drawn) == PAGE - 1
    assert len(delegate._pictures) == ConversationDelegate.KEPT_ROWS


def test_each_row_is_painted_on_its_own_ground(qapp) -> None:  # type: ignore[no-untyped-def]
    """A row's picture is filled with its ground: the list's own, every other
    row a shade off, the highlight when selected (and back when it is not)."""
    view, model, _delegate = _list(qapp, rows=4)
    palette = view.palette()

    def ground(row: int) -> QColor:
        rect = view.visualRect(model.index(row, 0))
        return _grab(view).pixelColor(rect.right() - 2, rect.bottom() - 2)  # (the padding: no text there)

    assert palette.color(QPalette.ColorRole.Base) != palette.color(QPalette.ColorRole.AlternateBase)
    assert ground(0) == ground(2) == palette.color(QPalette.ColorRole.Base)
    assert ground(1) == ground(3) == palette.color(QPalette.ColorRole.AlternateBase)
    view.setCurrentIndex(model.index(1, 0))
    assert ground(1) == palette.color(QPalette.ColorRole.Highlight)
    view.setCurrentIndex(model.index(2, 0))
    assert ground(1) == palette.color(QPalette.ColorRole.AlternateBase)
    assert ground(2) == palette.color(QPalette.ColorRole.Highlight)


def _pane_with_rows(qtbot) -> Any:  # type: ignore[no-untyped-def]
    """A list pane on screen showing 30 conversations, as the app's start shows its first page."""
    from desktop_inbox.ui.mainwindow.listpane import ListPane

    pane = ListPane(Inbox(), lambda: None)  # type: ignore[arg-type, return-value]
    qtbot.addWidget(pane)
    pane.resize(330, 400)
    pane.show()
    rows = [_summary(id=n, sort_key=n, customer_name=f"Customer {n}") for n in range(1, 31)]
    pane.show_page({"state": "needs_reply"}, "needs_reply", rows)
    return pane


def test_the_first_page_is_laid_out_before_its_first_paint(qapp, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The app's start shows the first page before any event is handled: the
    scroll bar has its range (and its place) for the first paint, which then
    paints it once, not once more after the rows are laid out."""
    pane = _pane_with_rows(qtbot)
    bar = pane.view.verticalScrollBar()
    assert bar.maximum() > 0 and bar.isVisibleTo(pane)
    assert pane.view.viewport().width() == pane.view.width() - bar.width() - 2 * pane.view.frameWidth()


def test_the_start_selects_the_row_to_open_before_painting_and_opens_it_with_the_loop(qapp, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Before its first paint the start selects the row the list is to open
    (where the user left off, else the top) without opening it; the list's
    following opens it once the loop runs, unless the user chose another."""
    def pane_with_rows() -> tuple[Any, list[int]]:
        pane = _pane_with_rows(qtbot)
        chosen: list[int] = []
        pane.conversation_chosen.connect(chosen.append)
        return pane, chosen

    top, chosen = pane_with_rows()
    top.preselect(0)
    assert top.view.current_id() == 1 and chosen == []  # (painted selected, not opened)
    top.follow(None, 0)
    assert chosen == [1]
    top.follow(1, 0)  # (opening it: nothing more)
    assert chosen == [1]
    top.model.show_page({"state": "needs_reply"}, [_summary(id=n, sort_key=n) for n in range(9, 0, -1)])
    top.follow(1, 0)  # still the list's own pick: it follows the new top
    assert chosen == [1, 9]

    left_off, chosen = pane_with_rows()
    left_off.preselect(17)
    assert left_off.view.current_id() == 17 and chosen == []
    left_off.follow(None, 17)
    assert chosen == [17]

    moved, chosen = pane_with_rows()
    moved.preselect(0)
    moved.view.setCurrentIndex(moved.model.index(2, 0))  # the user, before the loop's first turn
    assert chosen == [3]
    moved.follow(3, 0)
    assert chosen == [3] and moved.view.current_id() == 3
