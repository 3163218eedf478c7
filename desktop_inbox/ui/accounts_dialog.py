"""Accounts: add one (sign in with the browser), sign in again, remove one.

Nothing here blocks: the sign-in waits for the browser on the event loop, and
every dialog is opened with ``open()`` and answered through signals.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_inbox.errors import InboxError
from desktop_inbox.services.mastodon_signin import MastodonOAuthFlow
from desktop_inbox.store.accounts import Account
from desktop_inbox.ui import style
from desktop_inbox.ui.context import AppContext
from desktop_inbox.ui.tasks import spawn

HISTORY_LABELS = [("3m", "The last 3 months"), ("1y", "The last year"), ("all", "Everything")]


class MastodonSignInDialog(QDialog):
    """Server address → the browser opens → the loopback redirect finishes."""

    signed_in = Signal(object)  # Account

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, instance: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.flow: MastodonOAuthFlow | None = None
        self.task: asyncio.Task[Account] | None = None
        self.setWindowTitle("Add a Mastodon account")
        self.instance = QLineEdit(instance)
        self.instance.setPlaceholderText("mastodon.social")
        self.instance.setAccessibleName("Mastodon server address")
        self.history = QComboBox()
        for key, label in HISTORY_LABELS:
            self.history.addItem(label, key)
        self.history.setAccessibleName("How much history to import")
        self.explain = QLabel(
            "Your browser opens your server's sign-in page. Desktop Inbox asks to read your mentions and "
            "direct messages and to post replies. Your password never reaches this app, and the access "
            "key is kept in your system keyring."
        )
        self.explain.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Sign-in status")
        self.code = QLineEdit()
        self.code.setPlaceholderText("Paste the code from the browser here (only if asked)")
        self.code.setAccessibleName("Authorisation code")
        self.code.setVisible(False)
        self.sign_in_button = QPushButton("Sign in with browser")
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self.start)
        self.paste_button = QPushButton("Use a code instead")
        self.paste_button.setToolTip("If the browser cannot come back to the app, the server can show a code to paste.")
        self.paste_button.clicked.connect(self.start_with_code)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow("Server", self.instance)
        form.addRow("Import", self.history)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(form)
        layout.addWidget(self.code)
        row = QHBoxLayout()
        row.addWidget(self.paste_button)
        row.addStretch(1)
        row.addWidget(self.sign_in_button)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(460, 280)

    def _begin(self, *, oob: bool) -> None:
        self.status.setStyleSheet("")
        self.status.setText("Contacting the server…")
        self.sign_in_button.setEnabled(False)
        self.paste_button.setEnabled(False)
        self.flow = MastodonOAuthFlow(self.ctx.accounts, self.instance.text(), history=self.history.currentData())
        self.task = spawn(self._run(self.flow, oob=oob), on_done=self._done, on_error=self._failed)

    def start(self) -> None:
        if self.code.isVisible() and self.flow is not None and self.code.text().strip():
            flow = self.flow
            self.task = spawn(flow.finish_with_code(self.code.text()), on_done=self._done, on_error=self._failed)
            return
        try:
            self._begin(oob=False)
        except InboxError as exc:
            self._failed(exc)

    def start_with_code(self) -> None:
        try:
            self._begin(oob=True)
        except InboxError as exc:
            self._failed(exc)

    async def _run(self, flow: MastodonOAuthFlow, *, oob: bool) -> Account | None:
        url = await flow.start(oob=oob)
        QDesktopServices.openUrl(QUrl(url))
        if oob:
            self.code.setVisible(True)
            self.code.setFocus()
            self.sign_in_button.setText("Finish sign-in")
            self.sign_in_button.setEnabled(True)
            self.status.setText("Approve Desktop Inbox in the browser, then paste the code it shows here.")
            return None
        self.status.setText(
            "Waiting for you to approve Desktop Inbox in the browser… "
            f'<a href="{url}">Open the page again</a>'
        )
        self.status.setOpenExternalLinks(True)
        return await flow.finish(timeout=900)

    def _done(self, account: Account | None) -> None:
        if account is None:
            return
        self.status.setText(f"Signed in as {account.handle}.")
        self.signed_in.emit(account)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.sign_in_button.setEnabled(True)
        self.paste_button.setEnabled(True)
        self.status.setStyleSheet(f"color: {style.LATE.name()}")
        self.status.setText(str(exc) if isinstance(exc, InboxError) else f"The sign-in failed ({type(exc).__name__}).")

    def reject(self) -> None:
        if self.task is not None and not self.task.done():
            self.task.cancel()
        if self.flow is not None:
            spawn(self.flow.cancel())
        super().reject()


class AccountsDialog(QDialog):
    """All accounts with their state; add, sign in again, remove."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle("Accounts")
        self.accounts: list[Account] = []
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(["Account", "Platform", "State", "Last sync"])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName("Accounts")
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = QPushButton("Add Mastodon account…")
        self.add_button.clicked.connect(lambda: self.add_account())
        self.signin_button = QPushButton("Sign in again…")
        self.signin_button.clicked.connect(self._sign_in_again)
        self.remove_button = QPushButton("Remove…")
        self.remove_button.clicked.connect(self._remove)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        row.addWidget(self.signin_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(close)
        self.resize(640, 320)
        self.reload()

    def reload(self) -> None:
        spawn(self.ctx.accounts.list(), on_done=self._show)

    def _show(self, accounts: list[Account]) -> None:
        self.accounts = accounts
        self.table.setRowCount(len(accounts))
        for row, account in enumerate(accounts):
            state = {"ok": "Connected", "needs_sign_in": "Needs sign-in", "error": "Error"}.get(account.state, account.state)
            problem = self.ctx.engine.status.get(account.id, "")
            if account.state == "ok" and problem:
                state = f"Trouble: {problem}"
            cells = [
                account.handle,
                style.PLATFORM_NAMES.get(account.platform, account.platform),
                state,
                style.local_time(account.last_sync_at) or "never",
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 2 and account.state != "ok":
                    item.setForeground(style.LATE)
                    item.setToolTip(account.state_detail)
                self.table.setItem(row, col, item)
        self._update_buttons()

    def _selected(self) -> Account | None:
        rows = self.table.selectionModel().selectedRows()
        return self.accounts[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        account = self._selected()
        self.remove_button.setEnabled(account is not None)
        self.signin_button.setEnabled(account is not None and account.platform == "mastodon")

    def add_account(self, instance: str = "") -> MastodonSignInDialog:
        dialog = MastodonSignInDialog(self.ctx, self, instance=instance)
        dialog.signed_in.connect(self._signed_in)
        dialog.open()
        return dialog

    def _signed_in(self, account: Account) -> None:
        async def restart() -> None:
            await self.ctx.engine.forget_connector(account.id)
            await self.ctx.engine.refresh_accounts()
            self.ctx.engine.wake(account.id)

        spawn(restart())
        self.reload()
        self.changed.emit()

    def _sign_in_again(self) -> None:
        account = self._selected()
        if account is not None:
            self.add_account(account.base_url)

    def _remove(self) -> None:
        account = self._selected()
        if account is None:
            return
        spawn(self.ctx.accounts.history_counts(account.id), on_done=lambda counts: self._confirm_remove(account, counts))

    def _confirm_remove(self, account: Account, counts: tuple[int, int]) -> None:
        conversations, messages = counts
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            "Remove account?",
            f"Remove {account.handle} from Desktop Inbox?",
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(
            f"Its cached history — {conversations} conversations and {messages} messages — will be deleted from "
            "this computer, and its sign-in removed from the keyring. Nothing is deleted on "
            f"{style.PLATFORM_NAMES.get(account.platform, account.platform)}; you can add the account again later."
        )
        remove = box.addButton("Remove account", QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def answered(_: int) -> None:
            if box.clickedButton() is remove:
                spawn(self._do_remove(account))

        box.finished.connect(answered)
        box.open()
        self.confirm_box = box  # kept for tests

    async def _do_remove(self, account: Account) -> None:
        await self.ctx.engine.forget_connector(account.id)
        await self.ctx.accounts.remove(account.id)
        await self.ctx.engine.refresh_accounts()
        self.reload()
        self.changed.emit()


def open_accounts(ctx: AppContext, parent: QWidget, on_changed: Callable[[], None]) -> AccountsDialog:
    dialog = AccountsDialog(ctx, parent)
    dialog.changed.connect(on_changed)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
