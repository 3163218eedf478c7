"""The add-account dialog: the platform chooser, then that platform's page.

Non-modal: a browser sign-in can take minutes, and the inbox stays usable
meanwhile. One such dialog at a time per window (X's callback port is fixed):
asking for the same again raises it, asking for another replaces it
(``same_request``; the window's dialog manager opens it).
"""

from __future__ import annotations

import importlib

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_inbox.records import Platform
from desktop_inbox.services.values import Account
from desktop_inbox.ui.context import AppContext
from desktop_inbox.ui.signin.chooser import PlatformChooser
from desktop_inbox.ui.signin.common import SignInPage


# Each page is imported when first chosen (ui/signin/<platform>.py, its
# ``PAGE``): the Bluesky page brings the atproto SDK (a second of pydantic
# models) and the X page twitter-text, which the window's start-up should not
# pay for.
def page_class(platform: Platform | str) -> type[SignInPage]:
    module = importlib.import_module(f"desktop_inbox.ui.signin.{Platform(platform).value}")
    page: type[SignInPage] = module.PAGE
    return page


class AddAccountDialog(QDialog):
    signed_in = Signal(object)  # Account

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        platform: str | None = None,
        again: Account | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.again = again
        self.page: SignInPage | None = None
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.stack = QStackedWidget()
        self.chooser = PlatformChooser()
        self.chooser.chosen.connect(self.choose)
        self.stack.addWidget(self.chooser)
        self.back_button = QPushButton(self.tr("‹ Back"))
        self.back_button.setToolTip(self.tr("Choose another platform"))
        self.back_button.clicked.connect(self.back)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.back_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.buttons)
        self.resize(560, 520)
        if again is not None:
            self.choose(again.platform)
        elif platform is not None:
            self.choose(platform)
        else:
            self.back()

    def choose(self, platform: str) -> SignInPage:
        self._drop_page()
        page = page_class(platform)(self.ctx, again=self.again)
        page.signed_in.connect(self._signed_in)
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        self.page = page
        self.setWindowTitle(page.title())
        self.back_button.setVisible(self.again is None)
        return page

    def back(self) -> None:
        self._drop_page()
        self.stack.setCurrentWidget(self.chooser)
        self.setWindowTitle(self.tr("Add an account"))
        self.back_button.setVisible(False)

    def _drop_page(self) -> None:
        if self.page is not None:
            self.page.cancel()
            self.stack.removeWidget(self.page)
            self.page.deleteLater()
            self.page = None

    def _signed_in(self, account: Account) -> None:
        # (The account's sync starts, or starts afresh, by itself: services/root.py.)
        self.signed_in.emit(account)
        self.accept()

    def reject(self) -> None:
        self._drop_page()
        super().reject()

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self._drop_page()
        super().closeEvent(event)



def same_request(dialog: AddAccountDialog, *, platform: str | None, again: Account | None) -> bool:
    """Whether the open ``dialog`` is what was asked for (else it is replaced
    and its sign-in cancelled)."""
    same_account = (dialog.again.id if dialog.again else None) == (again.id if again else None)
    same_platform = platform is None or dialog.page is None or dialog.page.platform == platform
    return same_account and same_platform
