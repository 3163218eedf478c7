"""The main window: a frame around the sidebar, the list, the conversation
and the customer, which talk to each other by signals.

The panes are widgets of their own (``listpane.py``, ``ui/conversation/``,
``ui/customer_panel.py``, ``ui/statusbar/``); the menus and keys come from
one table (``actions.py``) and the dialogs from one manager
(``dialogs.py``). The sync engine reaches the window through one bridge
(``ui/bridge.py``). What is left here is the layout, the order of start-up
and the wiring.
"""

from __future__ import annotations

import contextlib
import gc
import logging
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from desktop_inbox import APP_NAME
from desktop_inbox.errors import CacheDamaged, InboxError
from desktop_inbox.records import State
from desktop_inbox.ui import appearance, i18n
from desktop_inbox.ui.backup_actions import BackupActions
from desktop_inbox.ui.bridge import EngineBridge
from desktop_inbox.ui.context import AppContext
from desktop_inbox.ui.conversation_list import PAGE
from desktop_inbox.ui.followup import FollowUpMenu
from desktop_inbox.ui.i18n import say
from desktop_inbox.ui.mainwindow import actions
from desktop_inbox.ui.mainwindow.dialogs import WindowDialogs
from desktop_inbox.ui.mainwindow.editing import Editing
from desktop_inbox.ui.mainwindow.listpane import ListPane
from desktop_inbox.ui.settings import Settings
from desktop_inbox.ui.sidebar import Sidebar
from desktop_inbox.ui.snooze import SnoozeMenu
from desktop_inbox.ui.statusbar import StatusBar
from desktop_inbox.ui.tasks import messages, spawn

# The rest of the start (the conversation opened, then a moment later the
# sidebar's counts, snippets and snoozes) begins once the first page of the
# list is on screen, or after this long if it never comes.
START_REST_AFTER_MS = 2000
# The sidebar's counts, accounts and tags, the saved replies and the snoozes
# that came due load this long after the window answers input.
QUIET_START_MS = 250
# Sync events closer than this share one refresh of the list and sidebar.
REFRESH_MS = 250
# Saved searches are counted at most this often (a count can take a moment).
SAVED_COUNT_SECONDS = 5
# The window's first size, on a screen with room for it; a smaller screen
# gets the window maximised.
PREFERRED_SIZE = (1340, 820)
# Each pane's own minimum width: set, not computed from what the pane shows,
# so that a strip appearing in the composer never moves the panes beside it.
PANE_WIDTHS = {"sidebar": (130, 190), "list": (240, 330), "conversation": (470, 560), "customer": (200, 260)}

# The conversation and customer panes are imported when built (build_rest):
# the window's start-up does not wait for them.
if TYPE_CHECKING:
    from collections.abc import Coroutine

    from PySide6.QtGui import QAction, QCloseEvent

    from desktop_inbox.services.inbox import ViewFilter
    from desktop_inbox.services.values import ContactDetail, ConversationDetail, ConversationSummary, SyncEvent
    from desktop_inbox.ui.conversation.pane import ConversationPane
    from desktop_inbox.ui.customer_panel import CustomerPanel
    from desktop_inbox.ui.notifications import Notifier
    from desktop_inbox.ui.tray import Tray

log = logging.getLogger("desktop_inbox.ui")


class MainWindow(QMainWindow):
    conversation_shown = Signal(int)  # emitted when a conversation is on screen (tests, e2e)
    first_page_shown = Signal()

    # The panes and what the table of actions reaches (actions.py).
    sidebar: Sidebar
    list_pane: ListPane
    status_bar: StatusBar
    dialogs: WindowDialogs
    backups: BackupActions
    snooze_menu: SnoozeMenu
    follow_up_menu: FollowUpMenu
    named_actions: dict[str, QAction]
    editing: Editing
    # Built by build_rest.
    conversation: ConversationPane
    customer: CustomerPanel
    # Built by build_tray.
    tray: Tray
    notifier: Notifier

    def __init__(self, ctx: AppContext, settings: Settings, *, rest_later: bool = False) -> None:
        """``rest_later``: what the first paint does without (see ``build_rest``)
        is built after the list is on screen (the app's start)."""
        super().__init__()
        self.ctx = ctx
        self.settings = settings
        self._first_page_done = False
        self._rest_started = False
        self._rest_later = rest_later
        self._saved_counted_at: datetime | None = None
        self._saved_counts_asked = 0
        # Ending in the app's name: Qt adds it to titles that do not (X11, Windows).
        self.setWindowTitle(i18n.arg(self.tr("Demo workspace — %1"), APP_NAME) if ctx.demo else APP_NAME)
        # (Its icon is the application's: ui/application.py sets it.)
        self.bridge = EngineBridge(ctx, self)

        # Panes; the conversation and the customer take their slots in build_rest.
        self.sidebar = Sidebar()
        self.list_pane = ListPane(ctx.inbox, lambda: ctx.search)
        self._conversation_slot = QWidget()
        self._customer_slot = QWidget()
        self.main_split = QSplitter(Qt.Orientation.Horizontal)
        for pane in (self.sidebar, self.list_pane, self._conversation_slot, self._customer_slot):
            self.main_split.addWidget(pane)
        self._fix_pane_widths()
        self.main_split.setSizes([width for _minimum, width in PANE_WIDTHS.values()])
        self.main_split.setStretchFactor(2, 1)  # (the conversation takes what the window gains)
        self.main_split.setChildrenCollapsible(False)
        self.setCentralWidget(self.main_split)
        self.status_bar = StatusBar()
        self.setStatusBar(self.status_bar)
        self.status_bar.follow(self.bridge)

        self.dialogs = WindowDialogs(self)
        self.backups = BackupActions(self, ctx)
        self.snooze_menu = SnoozeMenu(self)
        self.follow_up_menu = FollowUpMenu(self)
        self.named_actions = actions.build(self, self.menuBar())
        actions.attach(self.named_actions, actions.Scope.LIST, self.list_pane.view)
        self.editing = Editing(self, self.named_actions)
        self.named_actions[f"appearance_{appearance.applied or settings.get('appearance')}"].setChecked(True)
        self.show_notifications_setting()
        self._connect()
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_MS)
        self._refresh_timer.timeout.connect(self.refresh_all)
        self.restore_state()
        if not rest_later:
            self.build_rest()

    def build_rest(self) -> None:
        """The conversation (header, thread, composer) and customer panes (the
        search results are built on the first search), and the tray icon
        unless the app's start builds it later (``build_tray``).

        The app's start paints the list before these and their modules exist
        (bench/, 3); every handler that uses them runs after this.
        """
        from desktop_inbox.ui.conversation.pane import ConversationPane
        from desktop_inbox.ui.conversation.replies import Replies
        from desktop_inbox.ui.customer_panel import CustomerPanel

        if not self._rest_later:
            self.build_tray()
        self.conversation = ConversationPane(self.ctx, Replies(self.ctx))
        actions.attach(self.named_actions, actions.Scope.COMPOSER, self.conversation.composer)
        self.customer = CustomerPanel()
        sizes = self.main_split.sizes()
        for slot, pane in ((self._conversation_slot, self.conversation), (self._customer_slot, self.customer)):
            self.main_split.replaceWidget(self.main_split.indexOf(slot), pane)
            slot.deleteLater()
        self._fix_pane_widths()
        # Each pane keeps the width it was painted with: the list shown at
        # start must not move, or paint again, as the panes beside it arrive.
        self.main_split.setSizes(sizes)
        self.customer.setVisible(self.settings.get("show_customer"))
        state = self.settings.q.value("window/thread_split")
        if isinstance(state, QByteArray):
            self.conversation.restoreState(state)
        self._connect_panes()

    def build_tray(self) -> None:
        """The tray icon and the notifications (once). The app's start builds
        them with the quiet start (``_start_quiet``): nothing shows a count or
        a notification before then (the sidebar's counts, which the tray's
        badge follows, load then too), and the tray's SVG icon and the
        notifications' module would cost the window's first key ~5 ms."""
        if hasattr(self, "tray"):
            return
        from desktop_inbox.ui.notifications import Notifier
        from desktop_inbox.ui.tray import Tray

        self.tray = Tray(self, shown=self.settings.get("tray"))
        self.notifier = Notifier(self.tray, self)
        self.notifier.opened.connect(self.open_from_notification)

    def _connect(self) -> None:
        self.sidebar.show_mine(self.ctx.inbox.in_team)
        self.sidebar.view_changed.connect(self.on_view_changed)
        self.sidebar.view_reselected.connect(self.on_view_reselected)
        self.sidebar.search_requested.connect(self.list_pane.run_saved_search)
        self.sidebar.sign_in_requested.connect(self.dialogs.sign_in_again)
        self.sidebar.add_account_requested.connect(lambda: self.dialogs.add_account())
        pane = self.list_pane
        pane.conversation_chosen.connect(self.on_conversation_chosen)
        pane.open_requested.connect(self.focus_thread)
        pane.reply_requested.connect(self.focus_reply)
        pane.loaded.connect(self.on_list_loaded)
        pane.hit_chosen.connect(self.show_search_hit)
        pane.hit_opened.connect(self.open_search_hit)
        pane.search.save_requested.connect(self.dialogs.save_search)
        for changed in (self.bridge.stored, self.bridge.outbox, self.bridge.account, self.bridge.cycle):
            changed.connect(self.schedule_refresh)
        self.bridge.inbox_changed.connect(self.schedule_refresh)
        self.bridge.live.connect(self.schedule_refresh)  # another member changed something
        self.bridge.stored.connect(self.notify_new)
        self.bridge.stored.connect(self._sync_loaded)
        # Bound methods only: Qt disconnects them when this window goes away
        # (a lambda on the app-wide bridge would outlive the window).
        messages.error.connect(self.show_error)
        messages.info.connect(self.show_info)

    def _connect_panes(self) -> None:
        conversation, customer, ctx = self.conversation, self.customer, self.ctx
        self.bridge.stored.connect(conversation.on_sync_changed)
        self.bridge.outbox.connect(conversation.on_sync_changed)
        self.bridge.live.connect(conversation.on_live)
        conversation.shown.connect(self.on_conversation_shown)
        conversation.contact_loaded.connect(self.on_contact_loaded)
        conversation.message.connect(self.status_bar.showMessage)
        conversation.snippets_requested.connect(self.dialogs.snippets)
        conversation.preferences_requested.connect(self.dialogs.preferences)
        conversation.dismissed.connect(self.on_dismissed)
        self.snooze_menu.chosen.connect(conversation.snooze)
        self.follow_up_menu.chosen.connect(conversation.follow_up)
        conversation.header.follow_button.setMenu(self.follow_up_menu)
        customer.open_conversation.connect(self.open_conversation_anywhere)
        # (The contacts' service is built when first used: not with the window.)
        customer.note_added.connect(lambda cid, text: self._contact_edit(ctx.contacts.add_note(cid, text)))
        customer.tag_added.connect(lambda cid, tag: self._contact_edit(ctx.contacts.add_tag(cid, tag)))
        customer.tag_removed.connect(lambda cid, tag: self._contact_edit(ctx.contacts.remove_tag(cid, tag)))
        customer.timeline_requested.connect(lambda _cid: self.dialogs.timeline())
        customer.merge_requested.connect(lambda _cid: self.dialogs.merge())
        customer.log_requested.connect(lambda _cid: self.dialogs.log_event())

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
        self.list_pane.show_page(filter_, self.sidebar.view_key(), self.ctx.inbox.page_now(filter_, limit=PAGE))
        # Painted selected at once; it opens in start_rest (_follow_list).
        self.list_pane.preselect(self.settings.get("last_conversation"))

    def first_page_painted(self) -> None:
        if not self._first_page_done:
            self._first_page_on_screen()

    def _first_page_on_screen(self) -> None:
        self._first_page_done = True
        # What start-up built (modules, widgets) lives as long as the app:
        # keep it out of the cyclic collector's full passes, which would
        # otherwise walk it every few seconds on the Qt thread while a big
        # sync allocates (a 50-90 ms stall each time; bench/, item 5).
        gc.freeze()
        self.first_page_shown.emit()

    def _sync_loaded(self) -> None:
        """The first page a sync stored: its modules, connectors and HTTP
        clients have loaded and live as long as the app. Out of the
        collector's passes, as what the start built (above): the first pass
        over the older generation walked them all, a 37 ms stall on a slow
        machine, each sync's pages still arriving (bench/, measurement 5)."""
        self.bridge.stored.disconnect(self._sync_loaded)
        gc.freeze()

    def start_rest(self) -> None:
        """Once the event loop runs: reopen where the user left off; the
        counts, accounts, tags, snippets and snoozes come a moment later."""
        if self._rest_started:
            return
        self._follow_list()
        self._rest_started = True
        # What the list and the open conversation do not need comes a moment
        # later: the sidebar's counts (a scan of every conversation's state,
        # ~10 ms at a million messages), its accounts and tags, the outbox's
        # count, the composer's saved replies, the snoozes and follow-ups
        # that came due. A key pressed on the new window is answered before
        # their modules load and their reads compete with it (bench/, 3).
        QTimer.singleShot(QUIET_START_MS, self, self._start_quiet)

    def _start_quiet(self) -> None:
        self.build_tray()
        spawn(self._refresh_side())
        self.conversation.reload_snippets()
        self.wake_snoozed()
        self._snooze_timer = QTimer(self)
        self._snooze_timer.timeout.connect(self.wake_snoozed)
        self._snooze_timer.start(30_000)
        gc.freeze()  # (what loaded since the first page lives as long too)

    def _fix_pane_widths(self) -> None:
        for index, (minimum, _width) in enumerate(PANE_WIDTHS.values()):
            pane = self.main_split.widget(index)
            if pane is not None:
                pane.setMinimumWidth(minimum)

    def restore_state(self) -> None:
        q = self.settings.q
        geometry = q.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.fit_to_screen()
        state = q.value("window/main_split")
        if isinstance(state, QByteArray):
            self.main_split.restoreState(state)
        self.sidebar.setVisible(self.settings.get("show_sidebar"))
        self.named_actions["show_sidebar"].setChecked(self.settings.get("show_sidebar"))
        self.named_actions["show_customer"].setChecked(self.settings.get("show_customer"))

    def fit_to_screen(self) -> None:
        """The first size: the preferred one where the screen has room for it
        (and its frame), else maximised: a fixed size put Send and the status
        bar below the edge of a 1280×720 screen."""
        room = self.screen().availableGeometry()
        width, height = PREFERRED_SIZE
        if room.width() >= width + 40 and room.height() >= height + 60:
            self.resize(width, height)
            self.move(room.center() - self.rect().center())
            return
        self.resize(min(width, room.width()), min(height, room.height()))
        self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def show_panes(self) -> None:
        """The sidebar and the customer panel as View ▸ says (F9, Shift+F9); remembered."""
        for name, pane in (("show_sidebar", self.sidebar), ("show_customer", getattr(self, "customer", None))):
            shown = self.named_actions[name].isChecked()
            self.settings.set(name, shown)
            if pane is not None:
                pane.setVisible(shown)

    def save_state(self) -> None:
        q = self.settings.q
        q.setValue("window/geometry", self.saveGeometry())
        q.setValue("window/main_split", self.main_split.saveState())
        if hasattr(self, "conversation"):
            q.setValue("window/thread_split", self.conversation.saveState())
        self.settings.set("last_view", self.sidebar.view_key())
        current = self.conversation.current_id() if hasattr(self, "conversation") else None
        self.settings.set("last_conversation", current or 0)
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

    # -- the list and the open conversation ---------------------------------------------

    def on_view_changed(self, filter_: ViewFilter) -> None:
        self.list_pane.show_view(filter_, self.sidebar.view_key())

    def on_view_reselected(self, filter_: dict[str, Any]) -> None:
        """The view shown chosen again: back to it from a search (or to the saved search)."""
        query = filter_.get("query")
        if query is None:
            self.list_pane.leave_search()
        elif self.list_pane.search.query() != query:
            self.list_pane.run_saved_search(query)

    def on_list_loaded(self) -> None:
        self.list_pane.show_list_state()
        self._follow_list()
        if not self._first_page_done:
            self._first_page_on_screen()

    def _follow_list(self) -> None:
        self.list_pane.follow(self.conversation.chosen_id(), self.settings.get("last_conversation"))

    def on_conversation_chosen(self, conversation_id: int) -> None:
        if self.conversation.current_id() != conversation_id:
            self.open_conversation(conversation_id)

    def open_conversation(self, conversation_id: int, *, message_id: int | None = None) -> None:
        self.conversation.open(conversation_id, message_id=message_id)

    def open_conversation_anywhere(self, conversation_id: int) -> None:
        """From the customer panel: open it even if the list shows another view."""
        if not self.list_pane.select_id(conversation_id):
            self.open_conversation(conversation_id)

    def show_search_hit(self, conversation_id: int, message_id: int) -> None:
        """A hit chosen in the results: its conversation, at that message, beside them."""
        self.open_conversation(conversation_id, message_id=message_id)

    def open_search_hit(self, conversation_id: int, message_id: int) -> None:
        """A hit opened (Return, a double click): shown, and the keys go to its thread."""
        self.show_search_hit(conversation_id, message_id)
        self.conversation.thread_view.setFocus()

    def on_conversation_shown(self, detail: ConversationDetail) -> None:
        self.setWindowTitle(f"{detail.summary.customer_name or detail.summary.customer_handle} — {APP_NAME}")
        self.conversation_shown.emit(detail.summary.id)

    def on_dismissed(self, _ids: tuple[int, ...]) -> None:
        """Heard posts went away: the list moves on to the next one."""
        self.list_pane.move_selection(1)
        self.schedule_refresh()

    def on_contact_loaded(self, contact: ContactDetail | None, conversation_id: int) -> None:
        self.customer.show_contact(contact, current_conversation=conversation_id)

    def _contact_edit(self, edit: Coroutine[Any, Any, object]) -> None:
        spawn(edit, on_done=lambda _r: self.conversation.reload())

    def focus_thread(self) -> None:
        self.conversation.focus_thread()

    def focus_reply(self) -> None:
        self.conversation.composer.focus_reply()

    def focus_list(self) -> None:
        self.list_pane.focus_list()

    # -- sync and refresh ------------------------------------------------------------------

    def schedule_refresh(self, *_why: object) -> None:
        # Throttle, not debounce: events closer than the interval (several
        # busy accounts) must not postpone the refresh for ever.
        if not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def refresh_all(self) -> None:
        self.list_pane.model.refresh()
        spawn(self._refresh_side())

    async def _refresh_side(self) -> None:
        counts = await self.ctx.inbox.counts()
        accounts = await self.ctx.accounts.list()
        tags = await self.ctx.contacts.tags()
        waiting = await self.ctx.replies.waiting_count()
        self.sidebar.set_counts(counts)
        self.sidebar.set_accounts(accounts, await self.ctx.sync.statuses(accounts))
        self.sidebar.set_tags(tags)
        self._refresh_saved_searches()
        self.status_bar.outbox.show_count(waiting)
        self.build_tray()  # (a refresh a sync asked for may come first)
        self.tray.set_waiting(counts.get(State.NEEDS_REPLY, 0))
        self.conversation.set_accounts(accounts)
        self.status_bar.show_accounts(accounts)
        self.list_pane.set_has_accounts(bool(accounts) or self.ctx.demo)

    def _refresh_saved_searches(self) -> None:
        now = datetime.now()
        last = self._saved_counted_at
        if last is not None and (now - last).total_seconds() < SAVED_COUNT_SECONDS:
            return
        self._saved_counted_at = now
        self._saved_counts_asked += 1
        asked = self._saved_counts_asked

        def show(rows: list[tuple[Any, int]]) -> None:
            # An older count finishing late would drop a search saved since.
            if asked == self._saved_counts_asked:
                self.sidebar.set_saved_searches(rows)

        spawn(self.ctx.search.saved(), on_done=show)

    def notify_new(self, event: SyncEvent) -> None:
        """A desktop notification: who wrote, and what (a click opens it)."""
        if not (event.new_inbound and event.new_inbound_conversations) or not self.settings.get("notifications"):
            return
        from desktop_inbox.errors import NotFound
        from desktop_inbox.ui.notifications import notice_for

        ids = sorted(event.new_inbound_conversations)[:20]
        count = event.new_inbound

        async def read() -> list[ConversationSummary]:
            rows = []
            for conversation_id in ids:
                with contextlib.suppress(NotFound):  # (gone meanwhile: a merge, a forget)
                    rows.append(await self.ctx.inbox.summary(conversation_id))
            return rows

        def show(rows: list[ConversationSummary]) -> None:
            notice = notice_for(rows, count)
            if notice is not None:
                self.build_tray()
                self.notifier.show(notice)

        spawn(read(), on_done=show, name="notify")

    def open_from_notification(self, conversation_id: int) -> None:
        self.bring_forward()
        self.open_conversation_anywhere(conversation_id)

    def sync_now(self) -> None:
        self.bridge.wake()
        self.status_bar.showMessage(self.tr("Syncing…"), 3000)

    def wake_snoozed(self) -> None:
        """Snoozes and follow-ups whose time has come bring their conversations back."""
        spawn(self.ctx.inbox.wake_snoozed(), name="wake-snoozed")
        spawn(self.ctx.followups.wake_due(), on_done=self._came_back, name="wake-follow-ups")

    def _came_back(self, ids: list[int]) -> None:
        if self.conversation.current_id() in ids:
            self.conversation.reload()  # its header says it came back

    def on_search_saved(self, search: object) -> None:
        self.sidebar.add_saved_search(search)  # at once; its count follows
        self._saved_counted_at = None  # (count it now, not in a few seconds)
        self._refresh_saved_searches()

    # -- appearance, notifications, messages ------------------------------------------------

    def set_appearance(self, mode: str) -> None:
        self.settings.set("appearance", mode)
        appearance.apply(mode)
        self.named_actions[f"appearance_{mode}"].setChecked(True)
        # (The thread draws itself again when the new palette reaches it;
        # the sidebar's coloured rows with the next refresh.)
        self.schedule_refresh()

    def toggle_notifications(self) -> None:
        self.settings.set("notifications", self.named_actions["notifications"].isChecked())

    def show_notifications_setting(self) -> None:
        """The notification and tray settings, as last saved (Preferences)."""
        self.named_actions["notifications"].setChecked(self.settings.get("notifications"))
        if hasattr(self, "tray"):
            self.tray.set_shown(self.settings.get("tray"))

    def bring_forward(self) -> None:
        """A second start of the app handed over to this window."""
        self.showNormal() if self.isMinimized() else self.show()
        self.raise_()
        self.activateWindow()

    def on_backup_failed(self, exc: InboxError) -> None:
        if isinstance(exc, CacheDamaged):
            self.dialogs.cache_damaged(exc)
        else:
            self.show_error(i18n.arg(self.tr("The automatic backup failed: %1"), exc))

    def show_info(self, text: str) -> None:
        self.status_bar.show_info(text)

    def show_offline_copy(self, refreshed_at: float | None) -> None:
        """Say, for as long as it lasts, that this is the team's inbox as
        copied on this computer (the team server could not be reached)."""
        from datetime import UTC, datetime

        from desktop_inbox.ui import i18n, style

        when = datetime.fromtimestamp(refreshed_at, tz=UTC) if refreshed_at is not None else None
        text = i18n.arg(
            self.tr("Your local copy of the team's inbox, as of %1: replies wait until the team server is back."),
            style.local_time(when) if when is not None else self.tr("earlier"),
        )
        self.status_bar.show_lasting(text)
        self.status_bar.show_team_copy(True)
        self.conversation.header.set_team_server_away(True)

    def on_team_switched(self, reading_copy: bool) -> None:
        """The team server went away (read this computer's copy) or came back
        (the team's database again): say so, and read what is shown again
        from the side now in use."""
        if reading_copy:
            self.show_offline_copy(getattr(self.ctx.cache, "refreshed_at", None))
        else:
            self.status_bar.clear_lasting()
            self.status_bar.show_team_copy(False)
            self.conversation.header.set_team_server_away(False)
            self.show_info(self.tr("Team server back: the team's inbox is live again; replies written meanwhile go out now."))
        self.refresh_all()
        self.conversation.reload()

    def show_error(self, text: str) -> None:
        self.status_bar.show_error(text)


def report_startup_error(exc: InboxError) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(None, APP_NAME, say(exc))
