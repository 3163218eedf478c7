"""Accounts: add one (on any platform), sign in again, remove one, and what
each listens for (``ui/dialogs/listening.py``).

Nothing here blocks: sign-ins run on the event loop in their own non-modal
dialog (``ui.signin``, opened by the window's dialog manager), and questions
are answered through signals.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_inbox.records import AccountStatus, Connection
from desktop_inbox.services import status as account_status
from desktop_inbox.services.platforms import descriptor, descriptors
from desktop_inbox.services.values import Account
from desktop_inbox.ui import colors, style
from desktop_inbox.ui.context import AppContext
from desktop_inbox.ui.dialogs.tables import record_table
from desktop_inbox.ui.i18n import arg, say
from desktop_inbox.ui.tasks import spawn

if TYPE_CHECKING:
    from desktop_inbox.ui.bridge import EngineBridge


def platform_list() -> str:
    """"Mastodon, X, …, Instagram or Messenger": every platform an account can be added on."""
    names = [d.name for d in descriptors()]
    if len(names) < 2:
        return "".join(names)
    return arg(
        QCoreApplication.translate("AccountsDialog", "%1 or %2", "a list of platforms: 'Mastodon, X, Bluesky' or 'Messenger'"),
        QCoreApplication.translate("AccountsDialog", ", ", "between the platforms of a list").join(names[:-1]),
        names[-1],
    )


class AccountsDialog(QDialog):
    """All accounts with their state; add, sign in again, remove."""

    changed = Signal()
    add_requested = Signal()  # "Add account…"
    sign_in_requested = Signal(object)  # Account: "Sign in again…"
    listening_requested = Signal(object)  # Account: "Listening…"

    def __init__(self, ctx: AppContext, bridge: EngineBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.bridge = bridge
        self.setWindowTitle(self.tr("Accounts"))
        self.accounts: list[Account] = []
        # (The state takes the room: it may say why a part of the account waits.)
        self.table = record_table([self.tr("Account"), self.tr("Platform"), self.tr("State"), self.tr("Last sync")], name=self.tr("Accounts"))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = QPushButton(self.tr("Add account…"))
        self.add_button.setToolTip(platform_list())
        self.add_button.clicked.connect(self.add_requested)
        self.listening_button = QPushButton(self.tr("Listening…"))
        self.listening_button.setToolTip(self.tr("Words, phrases and #hashtags to hear when people name you without @"))
        self.listening_button.clicked.connect(self._listening)
        self.signin_button = QPushButton(self.tr("Sign in again…"))
        self.signin_button.clicked.connect(self._sign_in_again)
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.remove_button.clicked.connect(self._remove)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        row.addWidget(self.listening_button)
        row.addWidget(self.signin_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(close)
        self.resize(640, 320)
        self.reload()

    def reload(self) -> None:
        async def load() -> tuple[list[Account], dict[int, AccountStatus]]:
            accounts = await self.ctx.accounts.list()
            return accounts, await self.ctx.sync.statuses(accounts)

        spawn(load(), on_done=lambda found: self._show(*found))

    def _show(self, accounts: list[Account], statuses: dict[int, AccountStatus]) -> None:
        self.accounts = accounts
        self.table.setRowCount(len(accounts))
        palette = self.palette()
        for row, account in enumerate(accounts):
            status = statuses.get(account.id, AccountStatus())
            partly = say(account.unavailable_note)  # a part that cannot be reached (Bluesky's chat)
            described = say(account_status.describe(status))
            if status.working and partly:
                described = arg(self.tr("%1 — %2", "an account's state, then what part of it cannot be reached"), described, partly)
            cells = [
                account.handle,
                descriptor(account.platform).name,
                described,
                style.local_time(account.last_sync_at) or self.tr("never"),
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 1:
                    item.setIcon(style.platform_icon(account.platform, 16))
                if col == 2 and not status.working:
                    item.setForeground(colors.late(palette) if status.state != Connection.OFFLINE else colors.warn(palette))
                    item.setToolTip(say(status.reason))
                elif col == 2 and partly:
                    item.setForeground(colors.warn(palette))
                    item.setToolTip(partly)
                self.table.setItem(row, col, item)
        self.table.resizeRowsToContents()
        self._update_buttons()

    def _selected(self) -> Account | None:
        rows = self.table.selectionModel().selectedRows()
        return self.accounts[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        account = self._selected()
        self.remove_button.setEnabled(account is not None)
        self.signin_button.setEnabled(account is not None)
        self.listening_button.setEnabled(account is not None)

    def _listening(self) -> None:
        account = self._selected()
        if account is not None:
            self.listening_requested.emit(account)

    def _sign_in_again(self) -> None:
        account = self._selected()
        if account is not None:
            self.sign_in_requested.emit(account)

    def _remove(self) -> None:
        account = self._selected()
        if account is None:
            return
        spawn(self.ctx.accounts.history_counts(account.id), on_done=lambda counts: self._confirm_remove(account, counts))

    def _confirm_remove(self, account: Account, counts: tuple[int, int]) -> None:
        conversations, messages = counts
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Remove account?"),
            arg(self.tr("Remove %1 from Desktop Inbox?"), account.handle),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(self.removal_text(conversations, messages, descriptor(account.platform).name))
        remove = box.addButton(self.tr("Remove account"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def answered(_: int) -> None:
            if box.clickedButton() is remove:
                spawn(self._do_remove(account))

        box.finished.connect(answered)
        box.open()
        self.confirm_box = box  # kept for tests

    def removal_text(self, conversations: int, messages: int, platform: str) -> str:
        """What removing deletes (two counts: the conversations' plural form
        in one sentence, the messages' in the other)."""
        return arg(
            self.tr(
                "Its cached history — %1 and %2 — will be deleted from this computer, and its sign-in removed from "
                "the keyring. Nothing is deleted on %3; you can add the account again later.",
                "%1: 'n conversations', %2: 'n messages', %3: the platform"
            ),
            self.tr("%Ln conversation(s)", "", conversations),
            self.tr("%Ln message(s)", "", messages),
            platform,
        )

    async def _do_remove(self, account: Account) -> None:
        # (Its sync stops by itself: services/root.py.)
        await self.ctx.accounts.remove(account.id)
        self.reload()
        self.changed.emit()

