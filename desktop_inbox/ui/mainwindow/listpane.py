"""The middle pane: the search bar over the conversation list, a note when
the list is empty, or the search results in the list's place."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from desktop_inbox.records import State
from desktop_inbox.ui import i18n
from desktop_inbox.ui.conversation_list import ConversationListModel, ConversationListView, Roles
from desktop_inbox.ui.i18n import QT_TRANSLATE_NOOP
from desktop_inbox.ui.search.bar import SearchBar

if TYPE_CHECKING:
    from desktop_inbox.services.inbox import Inbox, ViewFilter
    from desktop_inbox.services.search import SearchService
    from desktop_inbox.services.values import ConversationSummary
    from desktop_inbox.ui.search.results import SearchResultsModel, SearchResultsView

# English here, translated when shown (context "ListPane").
EMPTY_VIEW: dict[str, str] = {
    State.NEEDS_REPLY: QT_TRANSLATE_NOOP("ListPane", "Nobody is waiting for an answer. Well done!"),
    State.WAITING: QT_TRANSLATE_NOOP("ListPane", "No conversation is waiting on a customer."),
    State.SNOOZED: QT_TRANSLATE_NOOP(
        "ListPane", "Nothing is snoozed.\nSnooze a conversation (H, or Conversation ▸ Snooze) to have it come back later."
    ),
    State.DONE: QT_TRANSLATE_NOOP("ListPane", "Nothing is marked done yet."),
    State.HEARD: QT_TRANSLATE_NOOP(
        "ListPane",
        "Nothing heard yet.\nListen for words, phrases or #hashtags that name your shop: "
        "File ▸ Accounts…, choose an account, Listening….",
    ),
}
EMPTY_ELSE = QT_TRANSLATE_NOOP("ListPane", "No conversations in this view.")
NO_ACCOUNT = QT_TRANSLATE_NOOP("ListPane", "No account yet.\nAdd one with File ▸ Add account… to answer your customers here.")


class ListPane(QWidget):
    conversation_chosen = Signal(int)  # the list's current row changed to this conversation
    hit_chosen = Signal(int, int)  # a search result clicked or moved to: conversation id, message id
    hit_opened = Signal(int, int)  # a search result opened (Return, a double click)
    open_requested = Signal()  # Return on a conversation
    reply_requested = Signal()  # a double click on a conversation
    loaded = Signal()  # a page of the list arrived

    def __init__(self, inbox: Inbox, searching: Callable[[], SearchService]) -> None:
        """``searching``: the search service, asked for when the results are built."""
        super().__init__()
        self._inbox = inbox
        self._searching = searching
        self._view_key: str = State.NEEDS_REPLY
        self.has_accounts: bool | None = None  # (None until the accounts are first listed)
        self._auto_selected: int | None = None  # the row the list chose (not the user), while open
        self._selecting = False
        self._preselected: int | None = None  # selected before the event loop ran, to be opened by follow()
        self._results: tuple[SearchResultsModel, SearchResultsView] | None = None  # built on first search
        self.model = ConversationListModel(inbox)
        self.view = ConversationListView(self.model)
        self.search = SearchBar()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.stack.addWidget(self.empty_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.stack, 1)
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.view.open_requested.connect(lambda _id: self.open_requested.emit())
        self.view.doubleClicked.connect(lambda _i: self.reply_requested.emit())
        self.model.loaded.connect(self.loaded)
        self.search.changed.connect(self.run_search)
        self.search.submitted.connect(self.open_first_result)
        self.search.left.connect(self.leave_search)

    @property
    def results_model(self) -> SearchResultsModel:
        return self._search_results()[0]

    @property
    def results_view(self) -> SearchResultsView:
        return self._search_results()[1]

    def _search_results(self) -> tuple[SearchResultsModel, SearchResultsView]:
        """The search results, built (and their modules loaded) on the first
        search: the window's start does without them (bench/, 3)."""
        if self._results is None:
            from desktop_inbox.ui.search.results import SearchResultsModel, SearchResultsView

            model = SearchResultsModel(self._searching())
            view = SearchResultsView(model)
            self.stack.addWidget(view)
            view.chosen.connect(self.hit_chosen)
            view.open_requested.connect(self.hit_opened)
            model.loaded.connect(self._show_results_state)
            model.counted.connect(self._show_count)
            self._results = (model, view)
        return self._results

    # -- the list ----------------------------------------------------------------------

    def show_view(self, view: ViewFilter, key: str) -> None:
        """A view of the sidebar (its filter): the search gives way to it."""
        self._view_key = key
        self.search.clear()
        self.search.set_searching(False)
        self.stack.setCurrentWidget(self.view)
        self.model.set_filter(view)

    def searching(self) -> bool:
        return bool(self.search.query())

    def leave_search(self) -> None:
        """Back to the list of the view (Esc in the search box, or the view chosen again)."""
        if not self.searching():
            return
        self.search.clear()
        self.search.run_now()
        self.show_list_state()
        self.focus_list()

    def show_page(self, view: ViewFilter, key: str, rows: list[ConversationSummary]) -> None:
        """The first page, read before the event loop runs (the app's start)."""
        self._view_key = key
        self.model.show_page(view, rows)
        self.show_list_state()
        if rows:
            # Laid out now, not in the first paint: the scroll bar gets its
            # range before it is painted, not after (which painted it twice).
            self.view.doItemsLayout()

    def set_has_accounts(self, has: bool) -> None:
        """Whether any account exists: the empty list's words depend on it."""
        self.has_accounts = has
        if self.stack.currentWidget() is self.empty_label:
            self.show_list_state()

    def show_list_state(self) -> None:
        """The list, or a word on why it is empty (a search shows its own)."""
        if self.searching():
            return
        if not self.model.rowCount():
            if self.has_accounts is None:
                text = ""  # (not known until the accounts are first listed)
            elif not self.has_accounts:
                text = NO_ACCOUNT
            else:
                text = EMPTY_VIEW.get(self._view_key, EMPTY_ELSE)
            self.empty_label.setText(QCoreApplication.translate("ListPane", text) if text else "")
            self.stack.setCurrentWidget(self.empty_label)
        elif self.stack.currentWidget() is self.empty_label:
            self.stack.setCurrentWidget(self.view)

    def preselect(self, remembered_id: int) -> None:
        """The app's start, before its first paint and event loop: select the
        row ``follow`` is to open (where the user left off, else the top), so
        that the first page is painted with it selected instead of painted
        again for it a moment later. It opens with ``follow``."""
        if not self.model.rowCount():
            return
        self._selecting = True  # (the list's choice, opened by follow(): not the user's, not now)
        self._preselected = 0  # (nothing opens meanwhile)
        try:
            if not (remembered_id and self.view.select_id(remembered_id)):
                self.view.setCurrentIndex(self.model.index(0, 0))
                self._auto_selected = self.view.current_id()
        finally:
            self._selecting = False
        self._preselected = self.view.current_id()

    def follow(self, current_id: int | None, remembered_id: int) -> None:
        """Keep the conversation the user chose (``current_id``, open or
        opening) selected, or open one: where the user left off
        (``remembered_id``), else the customer waiting longest, and keep
        following the top until the user picks something — in the list or
        elsewhere (a search hit, the customer panel)."""
        preselected, self._preselected = self._preselected, None
        if preselected is not None and current_id is None and self.view.current_id() == preselected:
            self.conversation_chosen.emit(preselected)  # (selected at the start: opened now)
            return
        following = self._auto_selected is not None and current_id in (None, self._auto_selected)
        if not following and current_id is not None:
            if self.view.current_id() != current_id:
                self.view.blockSignals(True)
                self.view.select_id(current_id)
                self.view.blockSignals(False)
            return
        if not self.model.rowCount():
            return
        if current_id is None and remembered_id and self.view.select_id(remembered_id):
            return
        self._auto_select(0)

    def _auto_select(self, row: int) -> None:
        self._selecting = True
        try:
            self.view.setCurrentIndex(self.model.index(row, 0))
        finally:
            self._selecting = False
        self._auto_selected = self.view.current_id()

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._selecting:
            self._auto_selected = None
            self._preselected = None  # (the user chose: that one opens)
        conversation_id = current.data(Roles.ID) if current.isValid() else None
        if conversation_id is not None and self._preselected is None:
            self.conversation_chosen.emit(conversation_id)

    def select_id(self, conversation_id: int) -> bool:
        """Select the conversation if the list shows it (which opens it)."""
        return self.view.select_id(conversation_id)

    def move_selection(self, step: int) -> None:
        self.view.move(step)

    def focus_list(self) -> None:
        widget = self.stack.currentWidget()
        target = self.view if widget is None or widget is self.empty_label else widget
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- search ------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.focus()

    def run_search(self, query: str, order: str) -> None:
        self.search.set_searching(bool(query))
        if not query:
            self.search.show_problem("")
            self.stack.setCurrentWidget(self.view)
            self.show_list_state()
            return
        self.results_model.set_query(query, order=order)  # type: ignore[arg-type]
        self.stack.setCurrentWidget(self.results_view)
        self.search.show_problem(self.results_model.error)

    def _show_results_state(self) -> None:
        """The results, or a word that there are none."""
        if not self.searching():
            return
        if self.results_model.rowCount() or self.results_model.loading:
            self.stack.setCurrentWidget(self.results_view)
            return
        self.search.show_count(0)
        if not self.results_model.error:
            self.empty_label.setText(i18n.arg(self.tr("No message matches “%1”."), self.search.query()))
            self.stack.setCurrentWidget(self.empty_label)

    def _show_count(self, count: int) -> None:
        from desktop_inbox.ui.search.results import COUNT_MAX

        if self.searching():
            self.search.show_count(count, more=count > COUNT_MAX)

    def run_saved_search(self, query: str) -> None:
        self.search.set_query(query)

    def open_first_result(self) -> None:
        """Return in the search box: open the chosen result, or choose the first."""
        self.search.run_now()
        if self.results_view.currentIndex().isValid():
            self.results_view.activated.emit(self.results_view.currentIndex())
            return
        self.results_view.setFocus()
        if self.results_model.rowCount():
            self.results_view.setCurrentIndex(self.results_model.index(0, 0))
