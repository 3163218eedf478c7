"""The main window: sidebar, conversation list, thread + composer, customer.

It wires the panes together and to the services; every database or network
call is awaited off the Qt thread (``spawn``), and results that arrive after
the user moved on are dropped by comparing request tokens.
"""

from __future__ import annotations

import gc
import html
import logging
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_inbox import APP_NAME
from desktop_inbox.errors import CacheDamaged, InboxError
from desktop_inbox.resources import icon_path
from desktop_inbox.store.conversations import ConversationDetail
from desktop_inbox.ui import appearance, style
from desktop_inbox.ui.backup_actions import BackupActions
from desktop_inbox.ui.context import AppContext
from desktop_inbox.ui.conversation_list import PAGE, ConversationListModel, ConversationListView
from desktop_inbox.ui.settings import Settings
from desktop_inbox.ui.sidebar import Sidebar
from desktop_inbox.ui.snooze import SnoozeMenu
from desktop_inbox.ui.tasks import messages, spawn
from desktop_inbox.ui.tray import Tray

# The sidebar's counts, snippets and snoozes load once the first page of the
# list is on screen, or after this long if it never comes.
START_REST_AFTER_MS = 2000

# Dialogs are imported when first opened, Qt's dialog classes too (PySide
# builds a Qt class's Python enums when it is first imported): the window's
# start-up does not wait for them.
if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from desktop_inbox.store.accounts import Account
    from desktop_inbox.sync.engine import SyncEvent
    from desktop_inbox.ui.accounts_dialog import AccountsDialog
    from desktop_inbox.ui.composer import Composer, Outgoing
    from desktop_inbox.ui.customer_panel import CustomerPanel
    from desktop_inbox.ui.dashboard import DashboardDialog
    from desktop_inbox.ui.export_dialog import ExportDialog
    from desktop_inbox.ui.merge_dialog import MergeDialog
    from desktop_inbox.ui.outbox_dialog import OutboxDialog
    from desktop_inbox.ui.preferences_dialog import PreferencesDialog
    from desktop_inbox.ui.request_button import AcceptRequestButton
    from desktop_inbox.ui.search_results import SearchResultsModel, SearchResultsView
    from desktop_inbox.ui.signin.dialog import AddAccountDialog
    from desktop_inbox.ui.snippets_dialog import SnippetsDialog
    from desktop_inbox.ui.storage_dialog import StorageDialog
    from desktop_inbox.ui.thread_view import ThreadView
    from desktop_inbox.ui.timeline import TimelineDialog

log = logging.getLogger("desktop_inbox.ui")

# The newest messages a thread opens with ("Show earlier messages" for more):
# a screenful many times over, and laid out in well under 100 ms even for a
# conversation of thousands of messages (bench/, measurement 4).
THREAD_PAGE = 100


class MainWindow(QMainWindow):
    conversation_shown = Signal(int)  # emitted when a conversation is on screen (tests, e2e)
    first_page_shown = Signal()

    # Built by build_rest.
    tray: Tray
    search_model: SearchResultsModel
    search_view: SearchResultsView
    thread: ThreadView
    thread_header: QLabel
    accept_request: AcceptRequestButton
    done_button: QPushButton
    composer: Composer
    customer: CustomerPanel

    def __init__(self, ctx: AppContext, settings: Settings, *, rest_later: bool = False) -> None:
        """``rest_later``: what the first paint does without (see ``build_rest``)
        is built after the list is on screen (the app's start)."""
        super().__init__()
        self.ctx = ctx
        self.settings = settings
        self.current: ConversationDetail | None = None
        self._open_token = 0
        self._first_page_done = False
        self._rest_started = False
        self._auto_selected = False
        self._selecting = False
        # Ending in the app's name: Qt adds it to titles that do not (X11, Windows).
        self.setWindowTitle(f"Demo workspace — {APP_NAME}" if ctx.demo else APP_NAME)
        self.setWindowIcon(QIcon(str(icon_path())))

        # Panes.
        self.sidebar = Sidebar()
        self.list_model = ConversationListModel(ctx.inbox)
        self.list_view = ConversationListView(self.list_model)
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText("Search all messages  ( / )")
        self.search_box.setAccessibleName("Search")
        self.search_box.setToolTip('Words in any order, "exact phrases", from:, platform:, is:direct, state:, tag:, before:, after:')
        self.search_order = QComboBox()
        self.search_order.addItem("Newest first", "newest")
        self.search_order.addItem("Best match", "best")
        self.search_order.setAccessibleName("Order of search results")
        self.search_order.currentIndexChanged.connect(lambda _i: self._run_search())
        self.save_search_button = QToolButton()
        self.save_search_button.setText("Save")
        self.save_search_button.setToolTip("Keep this search in the sidebar, with a live count")
        self.save_search_button.clicked.connect(self.save_search)
        self.search_status = QLabel()
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.list_view)
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.list_stack.addWidget(self.empty_label)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        search_row = QHBoxLayout()
        search_row.setContentsMargins(0, 0, 0, 0)
        search_row.addWidget(self.search_box, 1)
        search_row.addWidget(self.search_order)
        search_row.addWidget(self.save_search_button)
        middle_layout.addLayout(search_row)
        middle_layout.addWidget(self.search_status)
        middle_layout.addWidget(self.list_stack, 1)
        self.search_status.hide()

        # The conversation and composer (thread_split) and the customer pane:
        # built by build_rest, in place of these until then.
        self.thread_split = QSplitter(Qt.Orientation.Vertical)
        self._customer_slot = QWidget()
        self.main_split = QSplitter(Qt.Orientation.Horizontal)
        self.main_split.addWidget(self.sidebar)
        self.main_split.addWidget(middle)
        self.main_split.addWidget(self.thread_split)
        self.main_split.addWidget(self._customer_slot)
        self.main_split.setSizes([190, 330, 560, 260])
        self.main_split.setChildrenCollapsible(False)
        self.setCentralWidget(self.main_split)

        # Status bar.
        self.online_label = QLabel()
        self.sync_label = QLabel()
        self.progress_label = QLabel()
        self.outbox_label = QLabel()
        for label in (self.online_label, self.sync_label, self.progress_label, self.outbox_label):
            self.statusBar().addPermanentWidget(label)
        self.online_label.setAccessibleName("Connection")
        self.outbox_label.setAccessibleName("Replies waiting to go out")

        self._build_actions()
        self._connect()
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(250)
        self._refresh_timer.timeout.connect(self.refresh_all)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(120)
        self._search_timer.timeout.connect(self._run_search)
        self.restore_state()
        if not rest_later:
            self.build_rest()

    def build_rest(self) -> None:
        """The conversation (header, thread), composer and customer panes, the
        search results, the tray icon and the search box's clear button (an
        icon from the theme).

        The app's start paints the list before these and their modules exist
        (bench/, 3); every handler that uses them runs after this.
        """
        from desktop_inbox.ui.composer import Composer
        from desktop_inbox.ui.customer_panel import CustomerPanel
        from desktop_inbox.ui.request_button import AcceptRequestButton
        from desktop_inbox.ui.search_results import SearchResultsModel, SearchResultsView
        from desktop_inbox.ui.thread_view import ThreadView

        self.search_model = SearchResultsModel(self.ctx.inbox)
        self.search_view = SearchResultsView(self.search_model)
        self.list_stack.addWidget(self.search_view)
        self.search_view.open_requested.connect(self.open_search_hit)
        self.search_box.setClearButtonEnabled(True)
        self.tray = Tray(self)
        ctx = self.ctx
        self.thread = ThreadView()
        self.thread_header = QLabel()
        self.thread_header.setTextFormat(Qt.TextFormat.RichText)
        self.thread_header.setAccessibleName("Conversation")
        self.thread_header.setContentsMargins(8, 4, 8, 4)
        self.thread_header.setWordWrap(True)
        self.thread_header.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.accept_request = AcceptRequestButton(lambda: ctx.requests)
        self.done_button = QPushButton("Mark done")
        self.done_button.setToolTip("Mark done (E) — a new message from the customer reopens it")
        self.done_button.clicked.connect(self.toggle_done)
        header = QWidget()
        header_row = QHBoxLayout(header)
        header_row.setContentsMargins(0, 0, 4, 0)
        header_row.addWidget(self.thread_header, 1)
        header_row.addWidget(self.accept_request)
        header_row.addWidget(self.done_button)
        thread_box = QWidget()
        thread_layout = QVBoxLayout(thread_box)
        thread_layout.setContentsMargins(0, 0, 0, 0)
        thread_layout.setSpacing(0)
        thread_layout.addWidget(header)
        thread_layout.addWidget(self.thread, 1)
        self.composer = Composer()
        self.thread_split.addWidget(thread_box)
        self.thread_split.addWidget(self.composer)
        self.thread_split.setStretchFactor(0, 3)
        self.thread_split.setStretchFactor(1, 1)
        self.customer = CustomerPanel()
        self.main_split.replaceWidget(self.main_split.indexOf(self._customer_slot), self.customer)
        self._customer_slot.deleteLater()
        state = self.settings.q.value("window/thread_split")
        if isinstance(state, QByteArray):
            self.thread_split.restoreState(state)
        self._connect_panes()

    # -- actions and menus -----------------------------------------------------

    def _action(self, text: str, slot, shortcut: str | QKeySequence | None = None, *, menu=None) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        if menu is not None:
            menu.addAction(action)
        return action

    def _build_actions(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        self._action("&Add account…", lambda: self.add_account(), menu=file_menu)
        self._action("A&ccounts…", self.open_accounts, menu=file_menu)
        self._action("Saved &replies…", self.open_snippets, menu=file_menu)
        self._action("&Preferences…", self.open_preferences, QKeySequence.StandardKey.Preferences, menu=file_menu)
        file_menu.addSeparator()
        self.sync_action = self._action("&Sync now", self.sync_now, "F5", menu=file_menu)
        self._action("&Outbox…", self.open_outbox, "Ctrl+Shift+O", menu=file_menu)
        file_menu.addSeparator()
        export = file_menu.addMenu("&Export")
        self._action("This &conversation…", lambda: self.export("conversation"), menu=export)
        self._action("This customer's &history…", lambda: self.export("contact"), menu=export)
        self._action("These &search results…", lambda: self.export("query"), menu=export)
        self._action("S&torage…", self.open_storage, menu=file_menu)
        self.backups = BackupActions(self, self.ctx)
        self._action("&Back up…", self.backups.back_up, menu=file_menu)
        self._action("Restore from a bac&kup…", self.backups.restore, menu=file_menu)
        file_menu.addSeparator()
        self._action("&Quit", self.quit, QKeySequence.StandardKey.Quit, menu=file_menu)

        conv = bar.addMenu("&Conversation")
        self._action("&Next", lambda: self.list_view.move(1), "J", menu=conv)
        self._action("&Previous", lambda: self.list_view.move(-1), "K", menu=conv)
        self._action("&Open", self.focus_thread, menu=conv).setShortcuts([QKeySequence("Return"), QKeySequence("Enter")])
        self.reply_action = self._action("&Reply", lambda: self.composer.focus_reply(), "R", menu=conv)
        self.send_action_label = QAction("Send reply\tCtrl+Enter", self)
        self.send_action_label.triggered.connect(lambda: self.composer.send())
        conv.addAction(self.send_action_label)
        self.done_action = self._action("Mark &done", self.mark_done, "E", menu=conv)
        self._action("Re&open", self.reopen, "Shift+E", menu=conv)
        self.snooze_menu = SnoozeMenu(self)
        self.snooze_menu.chosen.connect(self.snooze)
        conv.addMenu(self.snooze_menu)
        self._action("Snooze for an hour", lambda: self.snooze(datetime.now().astimezone() + timedelta(hours=1)), "H", menu=conv)
        conv.addSeparator()
        self._action("Customer &timeline", self.open_timeline, "T", menu=conv)
        self._action("Same &person as…", self.open_merge, menu=conv)
        self._action("Back to the &list", self.focus_list, menu=conv)
        # Return/Enter act only where they make sense: in the lists.
        for action in conv.actions():
            if action.shortcut().matches(QKeySequence("Return")) == QKeySequence.SequenceMatch.ExactMatch:
                action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
                self.list_view.addAction(action)

        view = bar.addMenu("&View")
        self._action("&Search", self.focus_search, "/", menu=view)
        self._action("Needs reply", lambda: self.sidebar.select_view("needs_reply"), "Ctrl+1", menu=view)
        self._action("Waiting on customer", lambda: self.sidebar.select_view("waiting"), "Ctrl+2", menu=view)
        self._action("Done", lambda: self.sidebar.select_view("done"), "Ctrl+3", menu=view)
        self._action("All", lambda: self.sidebar.select_view("all"), "Ctrl+4", menu=view)
        view.addSeparator()
        self._action("&Response times…", self.open_dashboard, "Ctrl+D", menu=view)
        view.addSeparator()
        look = view.addMenu("Appearance")
        for key, label in (("system", "Follow the system"), ("light", "Light"), ("dark", "Dark")):
            action = self._action(label, self._appearance_slot(key), menu=look)
            action.setCheckable(True)
            action.setChecked(self.settings.get("appearance") == key)
            action.setData(key)
        self.appearance_menu = look
        self.notify_action = self._action("Desktop &notifications", self.toggle_notifications, menu=view)
        self.notify_action.setCheckable(True)
        self.notify_action.setChecked(self.settings.get("notifications"))

        help_menu = bar.addMenu("&Help")
        self._action("&Keyboard shortcuts", self.show_shortcuts, "F1", menu=help_menu)
        self._action(f"&About {APP_NAME}", self.about, menu=help_menu)

    def _connect(self) -> None:
        self.sidebar.view_changed.connect(self.on_view_changed)
        self.sidebar.search_requested.connect(self.run_saved_search)
        self.sidebar.sign_in_requested.connect(self.sign_in_again)
        self.sidebar.add_account_requested.connect(lambda: self.add_account())
        self.list_view.selectionModel().currentChanged.connect(self.on_current_changed)
        self.list_view.open_requested.connect(lambda _id: self.focus_thread())
        self.list_view.doubleClicked.connect(lambda _i: self.composer.focus_reply())
        self.list_model.loaded.connect(self.on_list_loaded)
        self.search_box.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_box.returnPressed.connect(self.open_first_result)
        self.ctx.subscribe_sync(self.on_sync_event)
        self.ctx.inbox.subscribe(lambda ids: self.schedule_refresh())
        # Bound methods only: Qt disconnects them when this window goes away
        # (a lambda on the app-wide bridge would outlive the window).
        messages.error.connect(self.show_error)
        messages.info.connect(self.show_info)

    def _connect_panes(self) -> None:
        self.composer.send_requested.connect(self.send_reply)
        self.composer.undo_requested.connect(self.undo_send)
        self.composer.draft_changed.connect(
            lambda cid, text, kind: spawn(self.ctx.composer.save_draft(cid, text, kind), name="save-draft")
        )
        self.composer.check_requested.connect(self.run_checks)
        self.composer.manage_snippets.connect(self.open_snippets)
        self.composer.left.connect(self.focus_list)
        self.thread.retry_requested.connect(self.retry_reply)
        self.thread.cancel_requested.connect(self.cancel_reply)
        self.thread.older_requested.connect(self.load_older)
        self.customer.open_conversation.connect(self.open_conversation_anywhere)
        self.customer.note_added.connect(lambda cid, text: self._contact_edit(self.ctx.inbox.add_note(cid, text)))
        self.customer.tag_added.connect(lambda cid, tag: self._contact_edit(self.ctx.inbox.add_tag(cid, tag)))
        self.customer.tag_removed.connect(lambda cid, tag: self._contact_edit(self.ctx.inbox.remove_tag(cid, tag)))
        self.customer.timeline_requested.connect(lambda _cid: self.open_timeline())
        self.customer.merge_requested.connect(lambda _cid: self.open_merge())

    # -- start-up ----------------------------------------------------------------

    def start(self) -> None:
        """Show the last view's first page; the rest loads once it is on screen."""
        self.sidebar.select_view(self.settings.get("last_view"))
        self.on_view_changed(self.sidebar.current_filter())
        self.first_page_shown.connect(self.start_rest)
        # (Should the first page never come, the rest does not wait for it.)
        QTimer.singleShot(START_REST_AFTER_MS, self, self.start_rest)

    def show_first_page(self) -> None:
        """The application's start, before its event loop runs: the last view's
        first page goes into the list at once, read on this thread (one page
        off an index: a few milliseconds on a million messages).

        Nothing here starts a task (there is no loop yet). The application
        paints the window, calls ``first_page_painted``, starts the loop and
        then ``start_rest``.
        """
        self.sidebar.blockSignals(True)  # (selecting the view would load it again)
        self.sidebar.select_view(self.settings.get("last_view"))
        self.sidebar.blockSignals(False)
        filter_ = self.sidebar.current_filter()
        self.list_model.show_page(filter_, self.ctx.inbox.page_now(**filter_, limit=PAGE))
        self._show_list_state()

    def first_page_painted(self) -> None:
        if not self._first_page_done:
            self._first_page_on_screen()

    def start_rest(self) -> None:
        """Once the event loop runs: reopen where the user left off, then the
        counts, accounts, tags, snippets and snoozes (after the first page, so
        that its query and paint do not queue behind theirs; bench/, 3)."""
        if self._rest_started:
            return
        self._follow_list()
        self._start_rest()
        gc.freeze()  # (what loaded since the first page lives as long too)

    def _start_rest(self) -> None:
        if self._rest_started:
            return
        self._rest_started = True
        spawn(self._refresh_side())
        self.reload_snippets()
        self.wake_snoozed()
        self._snooze_timer = QTimer(self)
        self._snooze_timer.timeout.connect(self.wake_snoozed)
        self._snooze_timer.start(30_000)

    def restore_state(self) -> None:
        q = self.settings.q
        geometry = q.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1340, 820)
        state = q.value("window/main_split")
        if isinstance(state, QByteArray):
            self.main_split.restoreState(state)

    def save_state(self) -> None:
        q = self.settings.q
        q.setValue("window/geometry", self.saveGeometry())
        q.setValue("window/main_split", self.main_split.saveState())
        q.setValue("window/thread_split", self.thread_split.saveState())
        self.settings.set("last_view", self.sidebar.view_key())
        self.settings.set("last_conversation", self.current.summary.id if self.current else 0)
        q.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        for timer in self.findChildren(QTimer):
            timer.stop()
        super().closeEvent(event)
        self.ctx.request_quit()

    def quit(self) -> None:
        self.save_state()
        self.ctx.request_quit()

    # -- views ---------------------------------------------------------------------

    def on_view_changed(self, filter_: dict) -> None:  # type: ignore[type-arg]
        self.search_box.clear()
        self.list_stack.setCurrentWidget(self.list_view)
        self.list_model.set_filter(**filter_)

    def on_list_loaded(self) -> None:
        self._show_list_state()
        self._follow_list()
        if not self._first_page_done:
            self._first_page_on_screen()

    def _show_list_state(self) -> None:
        """The list, or a word on why it is empty."""
        if self.list_stack.currentWidget() is self.empty_label and self.list_model.rowCount():
            self.list_stack.setCurrentWidget(self.list_view)
        if not self.list_model.rowCount() and not self.search_box.text():
            accounts = getattr(self, "_accounts", None)  # (None until first listed)
            if accounts is None:
                text = ""
            elif not accounts and not self.ctx.demo:
                text = "No account yet.\nAdd one with File ▸ Add account… to answer your customers here."
            else:
                text = {
                    "needs_reply": "Nobody is waiting for an answer. Well done!",
                    "waiting": "No conversation is waiting on a customer.",
                    "done": "Nothing is marked done yet.",
                }.get(self.sidebar.view_key(), "No conversations in this view.")
            self.empty_label.setText(text)
            self.list_stack.setCurrentWidget(self.empty_label)
        elif self.list_stack.currentWidget() is self.empty_label:
            self.list_stack.setCurrentWidget(self.list_view)

    def _follow_list(self) -> None:
        """Keep the open conversation selected in the list, or open one."""
        current = self.current.summary.id if self.current else self.settings.get("last_conversation")
        if self.list_model.rowCount() and (self._auto_selected or not self.list_view.currentIndex().isValid()):
            # Open where the user left off, else the customer waiting longest
            # (and keep following the top until the user picks something).
            if self.current is None and current and self.list_view.select_id(current):
                pass
            elif self.current is None or self._auto_selected:
                self._auto_select(0)
        elif self.current and self.list_view.current_id() != self.current.summary.id:
            self.list_view.blockSignals(True)
            self.list_view.select_id(self.current.summary.id)
            self.list_view.blockSignals(False)

    def _first_page_on_screen(self) -> None:
        self._first_page_done = True
        # What start-up built (modules, widgets) lives as long as the app:
        # keep it out of the cyclic collector's full passes, which would
        # otherwise walk it every few seconds on the Qt thread while a big
        # sync allocates (a 50-90 ms stall each time; bench/, item 5).
        gc.freeze()
        self.first_page_shown.emit()

    def _auto_select(self, row: int) -> None:
        self._selecting = True
        try:
            self.list_view.setCurrentIndex(self.list_model.index(row, 0))
        finally:
            self._selecting = False
        self._auto_selected = True

    def on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if not self._selecting:
            self._auto_selected = False
        conversation_id = current.data(Qt.ItemDataRole.UserRole + 2) if current.isValid() else None
        if conversation_id is not None and (self.current is None or self.current.summary.id != conversation_id):
            self.open_conversation(conversation_id)

    def open_conversation(self, conversation_id: int, *, message_id: int | None = None) -> None:
        self._open_token += 1
        spawn(self._load_conversation(conversation_id, self._open_token, message_id=message_id), name="open-conversation")

    async def _load_conversation(
        self, conversation_id: int, token: int, *, message_id: int | None = None, keep_position: bool = False
    ) -> None:
        detail = await self.ctx.inbox.conversation(conversation_id, limit=THREAD_PAGE)
        if message_id is not None and message_id not in {m.id for m in detail.messages}:
            detail = await self.ctx.inbox.conversation(conversation_id)  # the hit is older: read it all
        contact = await self.ctx.inbox.contact(detail.summary.contact_id) if detail.summary.contact_id else None
        same = self.current is not None and self.current.summary.id == conversation_id
        draft = None if same else await self.ctx.composer.draft(conversation_id)
        if token != self._open_token:
            return  # the user has moved on
        # Everything is read: show it all at once, with no await in between,
        # so nothing the user types can land between two half-updated panes.
        self.current = detail
        self.thread.show_conversation(detail, keep_position=keep_position and same)
        if message_id is not None:
            self.thread.scroll_to_message(message_id)
        account = next((a for a in getattr(self, "_accounts", []) if a.id == detail.summary.account_id), None)
        self.composer.set_conversation(
            detail.summary,
            char_limit=detail.char_limit,
            url_length=detail.url_length,
            signature=account.signature if account else "",
            draft=draft.text if draft else None,
            draft_kind=draft.kind if draft else "",
        )
        if not same and detail.summary.contact_id:
            spawn(self._load_brief(detail.summary.contact_id, conversation_id, token))
        if same and self.composer.awaiting_delivery and not any(m.pending for m in detail.messages):
            last = detail.messages[-1] if detail.messages else None
            self.composer.delivered(last.created_at if last else None)
        self.customer.show_contact(contact, current_conversation=conversation_id)
        self._show_header(detail)
        self.setWindowTitle(f"{detail.summary.customer_name or detail.summary.customer_handle} — {APP_NAME}")
        self.conversation_shown.emit(conversation_id)
        if detail.summary.unread_count:
            await self.ctx.inbox.mark_read(conversation_id)

    async def _load_brief(self, contact_id: int, conversation_id: int, token: int) -> None:
        brief = await self.ctx.composer.brief(contact_id, conversation_id)
        if token == self._open_token:
            self.composer.set_brief(brief)

    def run_checks(self, text: str) -> None:
        detail = self.current
        if detail is None:
            return
        customer_text = next((m.text for m in reversed(detail.messages) if m.direction == "in"), "")
        names = tuple(filter(None, (detail.summary.customer_name, detail.summary.customer_handle)))

        async def check() -> None:
            checks = await self.ctx.composer.check(
                text,
                platform=detail.summary.platform,
                kind="direct" if self.composer.direct() else "public",
                limit=detail.char_limit,
                url_length=detail.url_length,
                contact_id=detail.summary.contact_id,
                customer_text=customer_text,
                names=names,
            )
            self.composer.show_checks(text, checks)

        spawn(check(), name="composer-checks")

    def _show_header(self, detail: ConversationDetail) -> None:
        s = detail.summary
        platform = style.PLATFORM_NAMES.get(s.platform, s.platform)
        kind = "direct messages" if s.kind == "direct" else "public thread"
        state = {
            "needs_reply": f"<b style='color:{style.LATE.name()}'>needs a reply</b> · waiting {style.waited(s.waiting_since)}",
            "waiting": "waiting on the customer",
            "done": "done",
            "snoozed": "snoozed",
        }.get(s.state, s.state)
        name = html.escape(s.customer_name or s.customer_handle)
        self.thread_header.setText(f"<b>{name}</b> · {kind} on {platform} with {html.escape(s.account_handle)} · {state}")
        self.done_button.setText("Reopen" if s.state == "done" else "Mark done")
        self.accept_request.show_for(s)

    def toggle_done(self) -> None:
        if self.current is not None and self.current.summary.state == "done":
            self.reopen()
        else:
            self.mark_done()

    def open_conversation_anywhere(self, conversation_id: int) -> None:
        """From the customer panel: open it even if the list shows another view."""
        if not self.list_view.select_id(conversation_id):
            self.open_conversation(conversation_id)

    def load_older(self) -> None:
        if self.current is None:
            return
        conversation_id = self.current.summary.id
        first = next((m for m in self.current.messages if m.id is not None), None)
        if first is None:
            return

        async def load() -> None:
            older = await self.ctx.inbox.conversation(
                conversation_id, limit=THREAD_PAGE, before=(int(first.created_at.timestamp() * 1000), first.id or 0)
            )
            if self.current is None or self.current.summary.id != conversation_id:
                return
            from dataclasses import replace

            self.current = replace(self.current, messages=older.messages + self.current.messages, has_more=older.has_more)
            self.thread.show_conversation(self.current, keep_position=True)

        spawn(load())

    # -- search -------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _run_search(self) -> None:
        query = self.search_box.text().strip()
        if not query:
            self.search_status.hide()
            self.list_stack.setCurrentWidget(self.list_view)
            return
        self.search_model.set_query(query, order=self.search_order.currentData())
        self.list_stack.setCurrentWidget(self.search_view)
        if self.search_model.error:
            self.search_status.setText(self.search_model.error)
            self.search_status.show()
        else:
            self.search_status.hide()

    def open_first_result(self) -> None:
        self._search_timer.stop()
        self._run_search()
        if self.search_view.currentIndex().isValid():
            self.search_view.activated.emit(self.search_view.currentIndex())
            return
        self.search_view.setFocus()
        if self.search_model.rowCount():
            self.search_view.setCurrentIndex(self.search_model.index(0, 0))

    def open_search_hit(self, conversation_id: int, message_id: int) -> None:
        self.open_conversation(conversation_id, message_id=message_id)
        self.thread.setFocus()

    # -- acting on conversations ------------------------------------------------------

    def focus_thread(self) -> None:
        if self.current is not None:
            self.thread.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_list(self) -> None:
        widget = self.list_stack.currentWidget()
        (widget if widget is not self.empty_label else self.list_view).setFocus(Qt.FocusReason.ShortcutFocusReason)

    def mark_done(self) -> None:
        if self.current is not None:
            conversation_id = self.current.summary.id
            spawn(self.ctx.inbox.mark_done(conversation_id), on_done=lambda _s: self._after_state_change(conversation_id))

    def reopen(self) -> None:
        if self.current is not None:
            conversation_id = self.current.summary.id
            spawn(self.ctx.inbox.reopen(conversation_id), on_done=lambda _s: self._after_state_change(conversation_id))

    def _after_state_change(self, conversation_id: int) -> None:
        self.statusBar().showMessage("Conversation updated.", 3000)
        self.reload_current()

    def send_reply(self, outgoing: Outgoing) -> None:
        async def send() -> None:
            undo = int(await self.ctx.composer.preference("undo_seconds") or 0)
            delay = timedelta(seconds=undo)
            items = []
            if outgoing.handoff:
                items.append(await self.ctx.inbox.reply(outgoing.conversation_id, outgoing.handoff, direct=False, delay=delay))
            items.append(await self.ctx.inbox.reply(outgoing.conversation_id, outgoing.text, direct=outgoing.direct, delay=delay))
            await self.ctx.composer.delete_draft(outgoing.conversation_id)
            self.ctx.composer.forget_sent_cache()
            self._last_sent = (outgoing, [i.id for i in items])
            self.composer.sent(undo_seconds=undo)
            for item in items:
                self.ctx.engine.wake(item.account_id)
            self.reload_current()

        spawn(send(), on_error=lambda exc: self.composer.status.setText(str(exc)))

    def undo_send(self) -> None:
        last = getattr(self, "_last_sent", None)
        if last is None:
            return
        outgoing, item_ids = last

        async def undo() -> None:
            for item_id in item_ids:
                await self.ctx.inbox.cancel(item_id)
            self._last_sent = None
            self.composer.undone(self.composer_text_without_signoff(outgoing.text))
            self.reload_current()

        spawn(undo(), on_error=lambda exc: self.composer.status.setText(f"Too late to undo: {exc}"))

    def composer_text_without_signoff(self, text: str) -> str:
        signature = self.composer.signature
        if signature and text.endswith("\n" + signature):
            return text[: -len(signature) - 1]
        return text

    def retry_reply(self, item_id: int) -> None:
        async def retry() -> None:
            item = await self.ctx.inbox.retry(item_id)
            self.ctx.engine.wake(item.account_id)
            self.reload_current()

        spawn(retry())

    def cancel_reply(self, item_id: int) -> None:
        spawn(self.ctx.inbox.cancel(item_id), on_done=lambda _i: self.reload_current())

    def _contact_edit(self, coro) -> None:  # type: ignore[no-untyped-def]
        spawn(coro, on_done=lambda _r: self.reload_current())

    def reload_current(self) -> None:
        if self.current is not None:
            self._open_token += 1
            spawn(self._load_conversation(self.current.summary.id, self._open_token, keep_position=True))

    # -- sync and refresh -----------------------------------------------------------------

    def on_sync_event(self, event: SyncEvent) -> None:
        if event.kind in ("stored", "outbox", "account", "cycle"):
            self.schedule_refresh()
        if event.kind == "stored" and self.current and self.current.summary.id in event.conversations:
            self.reload_current()
        if event.kind == "outbox" and self.current and self.current.summary.id in event.conversations:
            self.reload_current()
        if event.kind == "stored" and event.new_inbound and event.new_inbound_conversations:
            self.notify_new(event)
        if event.kind == "progress" and event.oldest is not None:
            self.progress_label.setText(f"Importing history… back to {event.oldest.astimezone():%d %b %Y}")
        if event.kind == "cycle":
            if not event.message:
                self.progress_label.setText("")
            self.update_status_labels()

    def schedule_refresh(self) -> None:
        # Throttle, not debounce: events closer than the interval (several
        # busy accounts) must not postpone the refresh for ever.
        if not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def refresh_all(self) -> None:
        self.list_model.refresh()
        spawn(self._refresh_side())

    async def _refresh_side(self) -> None:
        counts = await self.ctx.inbox.counts()
        accounts = await self.ctx.accounts.list()
        tags = await self.ctx.inbox.tags()
        waiting = await self.ctx.inbox.waiting_count()
        self.sidebar.set_counts(counts)
        self.sidebar.set_accounts(accounts, dict(self.ctx.engine.status))
        self.sidebar.set_tags(tags)
        self._refresh_saved_searches()
        self.outbox_label.setText(f"{waiting} repl{'y' if waiting == 1 else 'ies'} waiting to go out" if waiting else "Outbox empty")
        self.tray.set_waiting(counts.get("needs_reply", 0))
        self._accounts = accounts
        if self.list_stack.currentWidget() is self.empty_label:
            self._show_list_state()  # (its words depend on whether there is an account)
        self.update_status_labels()

    def update_status_labels(self) -> None:
        problems = [m for m in self.ctx.engine.status.values() if m]
        offline = any("Cannot reach" in m or "did not answer" in m or "connection" in m.lower() for m in problems)
        accounts = getattr(self, "_accounts", [])
        if not accounts:
            self.online_label.setText("No accounts yet")
        elif offline:
            self.online_label.setText("○ Offline — replies wait in the outbox")
        else:
            self.online_label.setText("● Online")
        last = max((a.last_sync_at for a in accounts if a.last_sync_at), default=None)
        self.sync_label.setText(f"Synced {style.local_time(last)}" if last else "")

    def notify_new(self, event: SyncEvent) -> None:
        if not self.settings.get("notifications"):
            return
        count = event.new_inbound
        self.tray.notify(
            "New customer message" if count == 1 else f"{count} new customer messages",
            "Someone is waiting for your answer.",
        )

    def sync_now(self) -> None:
        self.ctx.engine.wake()
        self.statusBar().showMessage("Syncing…", 3000)

    # -- accounts ---------------------------------------------------------------------------

    def open_accounts(self) -> AccountsDialog:
        from desktop_inbox.ui.accounts_dialog import open_accounts

        return open_accounts(self.ctx, self, self.schedule_refresh)

    def add_account(self, platform: str | None = None) -> AddAccountDialog:
        from desktop_inbox.ui.signin.dialog import open_add_account

        return open_add_account(self.ctx, self, platform=platform, on_signed_in=lambda _a: self.schedule_refresh())

    def sign_in_again(self, account_id: int) -> None:
        async def find() -> Account | None:
            return next((a for a in await self.ctx.accounts.list() if a.id == account_id), None)

        def show(account: Account | None) -> None:
            from desktop_inbox.ui.signin.dialog import open_add_account

            if account is not None:
                open_add_account(self.ctx, self, again=account, on_signed_in=lambda _a: self.schedule_refresh())

        spawn(find(), on_done=show)

    # -- dialogs ----------------------------------------------------------------------------

    def open_snippets(self) -> SnippetsDialog:
        from desktop_inbox.ui.snippets_dialog import SnippetsDialog

        dialog = SnippetsDialog(self.ctx.composer, self)
        dialog.changed.connect(self.reload_snippets)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def reload_snippets(self) -> None:
        async def load() -> None:
            self.composer.set_snippets(await self.ctx.composer.snippets())
            self.composer.my_name = str(await self.ctx.composer.preference("my_name") or "")
            self.composer.handoff_template = str(await self.ctx.composer.preference("dm_handoff_text") or "")

        spawn(load())

    def open_preferences(self) -> PreferencesDialog:
        from desktop_inbox.ui.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.ctx, self.settings, self)
        dialog.accepted.connect(self.reload_snippets)
        dialog.accepted.connect(self.schedule_refresh)
        dialog.accepted.connect(lambda: self.notify_action.setChecked(self.settings.get("notifications")))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_outbox(self) -> OutboxDialog:
        from desktop_inbox.ui.outbox_dialog import OutboxDialog

        dialog = OutboxDialog(self.ctx, self)
        dialog.open_conversation.connect(self.open_conversation_anywhere)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_dashboard(self) -> DashboardDialog:
        from desktop_inbox.ui.dashboard import DashboardDialog

        dialog = DashboardDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_timeline(self) -> TimelineDialog | None:
        from desktop_inbox.ui.timeline import TimelineDialog

        contact = self.customer.contact
        if contact is None:
            return None
        dialog = TimelineDialog(self.ctx, contact.id, contact.name, self)
        dialog.open_conversation.connect(lambda cid, mid: self.open_conversation(cid, message_id=mid))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_merge(self) -> MergeDialog | None:
        from desktop_inbox.ui.merge_dialog import MergeDialog

        contact = self.customer.contact
        if contact is None:
            return None
        dialog = MergeDialog(self.ctx, contact, self)
        dialog.merged.connect(self.reload_current)
        dialog.merged.connect(self.schedule_refresh)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def export(self, what: str) -> ExportDialog | None:
        from desktop_inbox.ui.export_dialog import ExportDialog

        if what == "query":
            query = self.search_box.text().strip()
            if not query:
                self.show_error("Search for something first; then export the results.")
                return None
            args, stem = {"query": query}, "search-results"
        elif self.current is None:
            self.show_error("Open a conversation first.")
            return None
        elif what == "contact" and self.current.summary.contact_id:
            args, stem = {"contact": self.current.summary.contact_id}, _stem(self.current.summary.customer_name)
        else:
            args, stem = {"conversation": self.current.summary.id}, _stem(self.current.summary.customer_name) + "-conversation"
        dialog = ExportDialog(self.ctx.exporter, self, title="Export", stem=stem, **args)
        dialog.done.connect(self.show_info)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_storage(self) -> StorageDialog:
        from desktop_inbox.ui.storage_dialog import StorageDialog

        dialog = StorageDialog(self.ctx.storage, self)
        dialog.finished.connect(lambda _r: self.schedule_refresh())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def run_saved_search(self, query: str) -> None:
        self.search_box.setText(query)
        self._search_timer.stop()
        self._run_search()

    def save_search(self) -> None:
        query = self.search_box.text().strip()
        if not query:
            self.show_error("Type a search first.")
            return
        from PySide6.QtWidgets import QInputDialog

        dialog = QInputDialog(self)
        dialog.setWindowTitle("Save search")
        dialog.setLabelText(f"Name for “{query}”:")
        dialog.setTextValue(query[:40])
        dialog.textValueSelected.connect(
            lambda name: spawn(self.ctx.storage.save_search(name, query), on_done=lambda _s: self._refresh_saved_searches())
        )
        dialog.open()

    def _refresh_saved_searches(self) -> None:
        # Counts can take a moment on a large cache: at most every few seconds.
        now = datetime.now()
        last = getattr(self, "_saved_counted_at", None)
        if last is not None and (now - last).total_seconds() < 5:
            return
        self._saved_counted_at = now
        spawn(self.ctx.storage.saved_searches(), on_done=self.sidebar.set_saved_searches)

    def snooze(self, until: datetime) -> None:
        if self.current is None:
            return
        conversation_id = self.current.summary.id
        spawn(
            self.ctx.inbox.snooze(conversation_id, until),
            on_done=lambda _s: self.statusBar().showMessage(f"Snoozed until {until.astimezone():%a %d %b %H:%M}.", 5000),
        )

    def wake_snoozed(self) -> None:
        spawn(self.ctx.inbox.wake_snoozed(), name="wake-snoozed")

    # -- appearance, help ------------------------------------------------------------------

    def _appearance_slot(self, mode: str):  # type: ignore[no-untyped-def]
        return lambda *_: self.set_appearance(mode)

    def set_appearance(self, mode: str) -> None:
        self.settings.set("appearance", mode)
        appearance.apply(mode)
        for action in self.appearance_menu.actions():
            action.setChecked(action.data() == mode)
        if self.current is not None:
            self.thread.show_conversation(self.current, keep_position=True)

    def toggle_notifications(self) -> None:
        self.settings.set("notifications", self.notify_action.isChecked())

    def bring_forward(self) -> None:
        """A second start of the app handed over to this window."""
        self.showNormal() if self.isMinimized() else self.show()
        self.raise_()
        self.activateWindow()

    def on_backup_failed(self, exc: InboxError) -> None:
        if isinstance(exc, CacheDamaged):
            from PySide6.QtWidgets import QMessageBox

            box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, "The cache of your conversations is damaged.", parent=self)
            box.setInformativeText(
                f"{exc}\n\nThe earlier backups were kept. Quit and start {APP_NAME} again: it offers to restore "
                "the latest good one."
            )
            box.open()
            self.damage_box = box
        else:
            self.show_error(f"The automatic backup failed: {exc}")

    def show_info(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def show_error(self, text: str) -> None:
        self.statusBar().showMessage(text, 15000)

    def show_shortcuts(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setWindowTitle("Keyboard shortcuts")
        box.setText(
            "<table cellpadding=3>"
            "<tr><td><b>J</b> / <b>K</b>, arrows</td><td>next / previous conversation</td></tr>"
            "<tr><td><b>Enter</b></td><td>open the conversation</td></tr>"
            "<tr><td><b>R</b></td><td>reply</td></tr>"
            "<tr><td><b>Ctrl+Enter</b></td><td>send the reply</td></tr>"
            "<tr><td><b>Esc</b></td><td>leave the composer</td></tr>"
            "<tr><td><b>E</b> / <b>Shift+E</b></td><td>mark done / reopen</td></tr>"
            "<tr><td><b>/</b></td><td>search</td></tr>"
            "<tr><td><b>Ctrl+1…4</b></td><td>needs reply, waiting, done, all</td></tr>"
            "<tr><td><b>F5</b></td><td>sync now</td></tr></table>"
        )
        box.open()

    def about(self) -> None:
        from desktop_inbox.ui.about import AboutDialog

        self.about_dialog = AboutDialog(self.ctx.data_dir, demo=self.ctx.demo, parent=self)
        self.about_dialog.open()


def report_startup_error(exc: InboxError) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(None, APP_NAME, str(exc))


def _stem(name: str) -> str:
    """A file name from a customer's name (keeps letters of every script)."""
    cleaned = "".join(c if c.isalnum() else "-" for c in name).strip("-")
    return "-".join(filter(None, cleaned.split("-")))[:60] or "export"
