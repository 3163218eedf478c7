"""The dialogs the main window opens: what each is built with, and where
its signals go. Opening, raising and deleting is the manager's
(``ui/dialogs/manager.py``). Each dialog's module is imported when it is
first opened: the window's start-up does not wait for them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_inbox import APP_NAME
from desktop_inbox.ui import i18n
from desktop_inbox.ui.dialogs.manager import DialogManager
from desktop_inbox.ui.tasks import spawn

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget

    from desktop_inbox.errors import CacheDamaged
    from desktop_inbox.services.values import Account
    from desktop_inbox.ui.dialogs.about import AboutDialog
    from desktop_inbox.ui.dialogs.accounts import AccountsDialog
    from desktop_inbox.ui.dialogs.dashboard import DashboardDialog
    from desktop_inbox.ui.dialogs.export import ExportDialog
    from desktop_inbox.ui.dialogs.listening import ListeningDialog
    from desktop_inbox.ui.dialogs.log_event import LogEventDialog
    from desktop_inbox.ui.dialogs.merge import MergeDialog
    from desktop_inbox.ui.dialogs.outbox import OutboxDialog
    from desktop_inbox.ui.dialogs.preferences import PreferencesDialog
    from desktop_inbox.ui.dialogs.snippets import SnippetsDialog
    from desktop_inbox.ui.dialogs.storage import StorageDialog
    from desktop_inbox.ui.dialogs.timeline import TimelineDialog
    from desktop_inbox.ui.mainwindow.window import MainWindow
    from desktop_inbox.ui.signin.dialog import AddAccountDialog


class WindowDialogs(DialogManager):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    # -- accounts ------------------------------------------------------------------------

    def accounts(self) -> AccountsDialog:
        from desktop_inbox.ui.dialogs.accounts import AccountsDialog

        w = self.window

        def build(parent: QWidget) -> AccountsDialog:
            dialog = AccountsDialog(w.ctx, w.bridge, parent)
            dialog.changed.connect(w.schedule_refresh)
            dialog.add_requested.connect(lambda: self.add_account())
            dialog.sign_in_requested.connect(lambda account: self.add_account(again=account))
            dialog.listening_requested.connect(self.listening)
            return dialog

        return self.open("accounts", build, raised=lambda dialog: dialog.reload())

    def listening(self, account: Account) -> ListeningDialog:
        """What ``account`` listens for, and whom and what it mutes."""
        from desktop_inbox.ui.dialogs.listening import ListeningDialog

        def build(parent: QWidget) -> ListeningDialog:
            return ListeningDialog(self.window.ctx, account, parent)

        return self.open("listening", build, same=lambda dialog: dialog.account.id == account.id)

    def add_account(self, platform: str | None = None, *, again: Account | None = None) -> AddAccountDialog:
        """Add an account (on ``platform``, if given), or sign in to ``again`` again."""
        from desktop_inbox.ui.signin.dialog import AddAccountDialog, same_request

        def build(parent: QWidget) -> AddAccountDialog:
            dialog = AddAccountDialog(self.window.ctx, parent, platform=platform, again=again)
            dialog.signed_in.connect(self._signed_in)
            return dialog

        return self.open(
            "add-account", build, same=lambda dialog: same_request(dialog, platform=platform, again=again)
        )

    def _signed_in(self, _account: Account) -> None:
        self.window.schedule_refresh()
        accounts = self.find("accounts")
        if accounts is not None:
            accounts.reload()  # type: ignore[attr-defined]

    def sign_in_again(self, account_id: int) -> None:
        async def find() -> Account | None:
            return next((a for a in await self.window.ctx.accounts.list() if a.id == account_id), None)

        def found(account: Account | None) -> None:
            if account is not None:
                self.add_account(again=account)

        spawn(find(), on_done=found)

    # -- the composer's and the app's settings -------------------------------------------------

    def snippets(self) -> SnippetsDialog:
        from desktop_inbox.ui.dialogs.snippets import SnippetsDialog

        w = self.window

        def build(parent: QWidget) -> SnippetsDialog:
            dialog = SnippetsDialog(w.ctx.composer, parent)
            dialog.changed.connect(w.conversation.reload_snippets)
            return dialog

        return self.open("snippets", build, modal=True)

    def preferences(self) -> PreferencesDialog:
        from desktop_inbox.ui.dialogs.preferences import PreferencesDialog

        w = self.window

        def build(parent: QWidget) -> PreferencesDialog:
            dialog = PreferencesDialog(w.ctx, w.settings, parent)
            dialog.accepted.connect(w.conversation.reload_snippets)
            dialog.accepted.connect(w.schedule_refresh)
            dialog.accepted.connect(w.show_notifications_setting)
            return dialog

        return self.open("preferences", build, modal=True)

    # -- replies, the customer, the numbers ------------------------------------------------

    def outbox(self) -> OutboxDialog:
        from desktop_inbox.ui.dialogs.outbox import OutboxDialog

        w = self.window

        def build(parent: QWidget) -> OutboxDialog:
            dialog = OutboxDialog(w.ctx, w.bridge, w.conversation.replies, parent)
            dialog.open_conversation.connect(w.open_conversation_anywhere)
            return dialog

        return self.open("outbox", build, raised=lambda dialog: dialog.reload())

    def dashboard(self) -> DashboardDialog:
        from desktop_inbox.ui.dialogs.dashboard import DashboardDialog

        w = self.window

        def build(parent: QWidget) -> DashboardDialog:
            dialog = DashboardDialog(w.ctx, parent)
            dialog.open_conversation.connect(w.open_conversation_anywhere)
            return dialog

        return self.open("dashboard", build)

    def timeline(self) -> TimelineDialog | None:
        """The open customer's timeline (one window per customer)."""
        from desktop_inbox.ui.dialogs.timeline import TimelineDialog

        w = self.window
        contact = w.customer.contact
        if contact is None:
            return None

        def build(parent: QWidget) -> TimelineDialog:
            dialog = TimelineDialog(w.ctx, contact.id, contact.name, parent)
            dialog.open_conversation.connect(lambda cid, mid: w.open_conversation(cid, message_id=mid))
            return dialog

        return self.open(f"timeline-{contact.id}", build)

    def merge(self) -> MergeDialog | None:
        from desktop_inbox.ui.dialogs.merge import MergeDialog

        w = self.window
        contact = w.customer.contact
        if contact is None:
            return None

        def build(parent: QWidget) -> MergeDialog:
            dialog = MergeDialog(w.ctx, contact, parent)
            dialog.merged.connect(w.conversation.reload)
            dialog.merged.connect(w.schedule_refresh)
            return dialog

        return self.open("merge", build, modal=True, same=lambda dialog: dialog.contact.id == contact.id)

    def log_event(self) -> LogEventDialog | None:
        """Log a call or a meeting with the open conversation's customer."""
        from desktop_inbox.ui.dialogs.log_event import LogEventDialog

        w = self.window
        contact = w.customer.contact
        if contact is None:
            return None

        def build(parent: QWidget) -> LogEventDialog:
            dialog = LogEventDialog(w.ctx, contact, parent)
            dialog.logged.connect(lambda _event: w.conversation.reload())
            return dialog

        return self.open("log_event", build, same=lambda dialog: dialog.contact.id == contact.id)

    # -- files ---------------------------------------------------------------------------

    def export(self, what: str) -> ExportDialog | None:
        """Export ``what``: "conversation" (the open one), "contact" (its
        customer's history) or "query" (the search results)."""
        from desktop_inbox.ui.dialogs.export import ExportDialog

        w = self.window
        current = w.conversation.current
        if what == "query":
            query = w.list_pane.search.query()
            if not query:
                w.status_bar.show_error(self.tr("Search for something first; then export the results."))
                return None
            args: dict[str, object] = {"query": query}
            stem = "search-results"
        elif current is None:
            w.status_bar.show_error(self.tr("Open a conversation first."))
            return None
        elif what == "contact" and current.summary.contact_id:
            args, stem = {"contact": current.summary.contact_id}, _stem(current.summary.customer_name)
        else:
            args, stem = {"conversation": current.summary.id}, _stem(current.summary.customer_name) + "-conversation"

        def build(parent: QWidget) -> ExportDialog:
            return ExportDialog(w.ctx.exporter, parent, title=self.tr("Export"), stem=stem, **args)

        return self.open("export", build, modal=True, same=lambda dialog: dialog.what == args)

    def storage(self) -> StorageDialog:
        from desktop_inbox.ui.dialogs.storage import StorageDialog

        w = self.window

        def build(parent: QWidget) -> StorageDialog:
            dialog = StorageDialog(w.ctx.storage, parent)
            dialog.finished.connect(lambda _r: w.schedule_refresh())
            return dialog

        return self.open("storage", build, modal=True)

    def save_search(self, query: str) -> None:
        """Ask for a name, and keep the search in the sidebar."""
        w = self.window
        if not query:
            w.show_error(self.tr("Type a search first."))
            return
        from PySide6.QtWidgets import QInputDialog

        def build(parent: QWidget) -> QInputDialog:
            dialog = QInputDialog(parent)
            dialog.setWindowTitle(self.tr("Save search"))
            dialog.setLabelText(i18n.arg(self.tr("Name for “%1”:"), query))
            dialog.setTextValue(query[:40])
            dialog.textValueSelected.connect(
                lambda name: spawn(w.ctx.search.save(name, query), on_done=w.on_search_saved)
            )
            return dialog

        self.open("save-search", build, modal=True)

    def cache_damaged(self, exc: CacheDamaged) -> QMessageBox:
        """The automatic backup found the cache damaged: say what to do."""
        from PySide6.QtWidgets import QMessageBox

        def build(parent: QWidget) -> QMessageBox:
            damaged = self.tr("The cache of your conversations is damaged.")
            box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, damaged, parent=parent)
            box.setInformativeText(i18n.arg(self.tr(
                "%1\n\nThe earlier backups were kept. Quit and start %2 again: it offers to restore the latest good one."
            ), exc, APP_NAME))
            return box

        return self.open("cache-damaged", build, modal=True)

    # -- help ------------------------------------------------------------------------------

    def shortcuts(self) -> QMessageBox:
        """The keys, as the table of actions binds them on this platform."""
        from PySide6.QtWidgets import QMessageBox

        from desktop_inbox.ui.mainwindow.actions import shortcut_rows, shortcut_table

        def build(parent: QWidget) -> QMessageBox:
            box = QMessageBox(parent)
            box.setWindowTitle(self.tr("Keyboard shortcuts"))
            box.setText(shortcut_table(shortcut_rows()))
            # A message box keeps its text ~500 px wide (the two halves wrapped to a column taller than a
            # 720-pixel screen), and itself narrower than the screen less 480 px.
            wide = min(900, max(500, parent.screen().availableGeometry().width() - 580))
            box.setStyleSheet(f"QLabel {{ min-width: {wide}px; }}")
            return box

        return self.open("shortcuts", build, modal=True)

    def about(self) -> AboutDialog:
        from desktop_inbox.ui.dialogs.about import AboutDialog

        ctx = self.window.ctx
        return self.open("about", lambda parent: AboutDialog(ctx.data_dir, demo=ctx.demo, parent=parent), modal=True)


def _stem(name: str) -> str:
    """A file name from a customer's name (keeps letters of every script)."""
    cleaned = "".join(c if c.isalnum() else "-" for c in name).strip("-")
    return "-".join(filter(None, cleaned.split("-")))[:60] or "export"
