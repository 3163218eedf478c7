"""Mastodon: server address → the browser opens → the loopback redirect finishes.

If the browser cannot come back to the app, the server can show a code to
paste instead (the out-of-band redirect).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPushButton

from desktop_inbox.records import Platform
from desktop_inbox.services.signin.mastodon import MastodonOAuthFlow
from desktop_inbox.services.values import Account
from desktop_inbox.ui import i18n
from desktop_inbox.ui.context import AppContext
from desktop_inbox.ui.signin import common
from desktop_inbox.ui.signin.common import FieldError, SignInPage
from desktop_inbox.ui.tasks import spawn


class MastodonPage(SignInPage):
    platform = Platform.MASTODON

    def __init__(self, ctx: AppContext, *, again: Account | None = None) -> None:
        super().__init__(ctx, again=again)
        self.flow: MastodonOAuthFlow | None = None
        self.explain.setText(self.tr(
            "Your browser opens your server's sign-in page. Desktop Inbox asks to read your mentions and "
            "direct messages and to post replies. Your password never reaches this app, and the access "
            "key is kept in your system keyring."
        ))
        self.instance = QLineEdit(again.base_url if again else "")
        self.instance.setPlaceholderText("mastodon.social")
        self.instance.setAccessibleName(self.tr("Mastodon server address"))
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("Paste the code from the browser here"))
        self.code.setAccessibleName(self.tr("Authorisation code"))
        self.code.setEchoMode(QLineEdit.EchoMode.Password)  # a one-time secret
        self.code.setVisible(False)
        self.form.addRow(self.tr("Server"), self.instance)
        self.form.addRow(self.code)
        self.primary.setText(self.tr("Sign in with browser"))
        self.primary.clicked.connect(self.start)
        self.paste_button = QPushButton(self.tr("Use a code instead"))
        self.paste_button.setToolTip(self.tr("If the browser cannot come back to the app, the server can show a code to paste."))
        self.paste_button.clicked.connect(self.start_with_code)
        self.finish_form(self.paste_button)

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        self.paste_button.setEnabled(not busy)

    def _begin(self, *, oob: bool) -> None:
        instance = self.required(self.instance, self.tr("Enter your Mastodon server's address, e.g. mastodon.social."))
        if " " in instance or ("." not in instance and ":" not in instance):
            message = self.tr("“%1” is not a server address; it looks like mastodon.social.")
            raise FieldError(self.instance, i18n.arg(message, instance))
        flow = MastodonOAuthFlow(self.ctx.accounts, instance, history=self.history_choice())
        previous, self.flow = self.flow, flow
        self.run(self._run(flow, previous, oob=oob), working=self.tr("Contacting the server…"))

    def start(self) -> None:
        flow = self.flow
        if self.code.isVisible() and flow is not None:
            if not self.code.text().strip():
                self.failed(FieldError(self.code, self.tr("Paste the code the server showed in the browser.")))
                return
            self.run(flow.finish_with_code(self.code.text()))
            return
        self.guarded(lambda: self._begin(oob=False))

    def start_with_code(self) -> None:
        self.guarded(lambda: self._begin(oob=True))

    async def _run(self, flow: MastodonOAuthFlow, previous: MastodonOAuthFlow | None, *, oob: bool) -> Account | None:
        if previous is not None:
            await previous.cancel()
        url = await flow.start(oob=oob)
        common.open_in_browser(url)
        if oob:
            self.code.setVisible(True)
            self.code.setFocus()
            self.primary.setText(self.tr("Finish sign-in"))
            self.show_info(self.tr("Approve Desktop Inbox in the browser, then paste the code it shows here."))
            return None
        self.show_info(i18n.arg(
            self.tr('Waiting for you to approve Desktop Inbox in the browser… <a href="%1">Open the page again</a>'), url
        ))
        return await flow.finish(timeout=900)

    def failed(self, exc: BaseException) -> None:
        super().failed(exc)
        if not isinstance(exc, FieldError):
            # Start over: a used or failed flow cannot be finished any more.
            self.code.setVisible(False)
            self.code.clear()
            self.primary.setText(self.tr("Sign in with browser"))

    def clear_secrets(self) -> None:
        self.code.clear()

    def _close_flow(self) -> None:
        if self.flow is not None:
            spawn(self.flow.cancel())
            self.flow = None

    def cancel(self) -> None:
        super().cancel()
        self._close_flow()


PAGE = MastodonPage  # (ui.signin.dialog finds a platform's page here)
