"""Bluesky: handle and app password (with access to direct messages).

The app password is used once, to create a session; only that session is
kept (in the keyring). The field is cleared as soon as the sign-in ends.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from desktop_inbox.errors import BadInput
from desktop_inbox.records import Platform
from desktop_inbox.services.platforms import descriptor
from desktop_inbox.services.signin.bluesky import (
    BlueskySignIn,
    normalize_handle,
)
from desktop_inbox.services.values import Account
from desktop_inbox.ui.context import AppContext
from desktop_inbox.ui.i18n import platform_text, say
from desktop_inbox.ui.signin import common
from desktop_inbox.ui.signin.common import FieldError, SignInPage


class BlueskyPage(SignInPage):
    platform = Platform.BLUESKY

    def __init__(self, ctx: AppContext, *, again: Account | None = None) -> None:
        super().__init__(ctx, again=again)
        self.explain.setText(platform_text(descriptor(Platform.BLUESKY).signin.help))
        self.handle = QLineEdit(again.handle.lstrip("@") if again else "")
        self.handle.setPlaceholderText("shop.bsky.social")
        self.handle.setAccessibleName(self.tr("Bluesky handle"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText("xxxx-xxxx-xxxx-xxxx")
        self.password.setToolTip(platform_text(descriptor(Platform.BLUESKY).signin.password_prompt))
        self.password.setAccessibleName(self.tr("App password"))
        self.server = QLineEdit(BlueskySignIn.server_of(again) if again else "")
        self.server.setPlaceholderText(self.tr("Found from your handle (needed only if that fails)"))
        self.server.setAccessibleName(self.tr("Bluesky server address"))
        self.form.addRow(self.tr("Handle"), self.handle)
        self.form.addRow(self.tr("App password"), self.password)
        self.form.addRow(self.tr("Server"), self.server)
        self.primary.setText(self.tr("Sign in"))
        self.primary.clicked.connect(self.start)
        self.password.returnPressed.connect(self.start)
        self.finish_form()
        if again is not None:
            self.password.setFocus()

    def start(self) -> None:
        self.guarded(self._begin)

    def _begin(self) -> None:
        handle = self.required(self.handle, self.tr("Enter your Bluesky handle, e.g. shop.bsky.social."))
        try:
            normalize_handle(handle)
        except BadInput as exc:
            raise FieldError(self.handle, say(exc)) from None  # (the service's words)
        password = self.required(
            self.password, self.tr("Enter an app password (Settings → Privacy and security → App passwords).")
        )
        server = self.server.text().strip() or None
        if self.again is not None:
            flow = BlueskySignIn.again(self.ctx.accounts, self.again)
        else:
            flow = BlueskySignIn(self.ctx.accounts, chat_service=common.options(self.ctx).bluesky_chat_service)
        self.run(flow.sign_in(handle, password, server=server, history=self.history_choice()))

    def failed(self, exc: BaseException) -> None:
        super().failed(exc)
        if not isinstance(exc, FieldError):
            self.password.selectAll()

    def clear_secrets(self) -> None:
        self.password.clear()


PAGE = BlueskyPage  # (ui.signin.dialog finds a platform's page here)
