"""X: the client ID of the user's own developer app, then the browser.

X bills API use to the developer app that makes the calls, so the page
explains first why a client ID is needed, what it costs and which access the
account needs (the descriptor's sign-in help, the same words as the README and the CLI).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from desktop_inbox.errors import BadInput
from desktop_inbox.records import Platform
from desktop_inbox.services.platforms import descriptor
from desktop_inbox.services.signin.x import XOAuthFlow, saved_client_id
from desktop_inbox.services.values import Account
from desktop_inbox.ui import i18n
from desktop_inbox.ui.context import AppContext
from desktop_inbox.ui.i18n import platform_text, say
from desktop_inbox.ui.signin import common
from desktop_inbox.ui.signin.common import SignInPage
from desktop_inbox.ui.tasks import spawn


class XPage(SignInPage):
    platform = Platform.X

    def __init__(self, ctx: AppContext, *, again: Account | None = None) -> None:
        super().__init__(ctx, again=again)
        self.flow: XOAuthFlow | None = None
        self.explain.setText(self.tr("Desktop Inbox signs in to X with your own X developer app — here is why and how:"))
        help_text = common.reflow(platform_text(descriptor(Platform.X).signin.help))  # (the service's words, as the CLI's)
        help_area = common.help_area(help_text, self.tr("How to get a client ID"), min_height=280)
        self.layout_.insertWidget(1, help_area, 1)
        self.client_id = QLineEdit()
        self.client_id.setPlaceholderText(self.tr("OAuth 2.0 Client ID from developer.x.com"))
        self.client_id.setAccessibleName(self.tr("X client ID"))
        self.form.addRow(self.tr("Client ID"), self.client_id)
        self.primary.setText(self.tr("Sign in with browser"))
        self.primary.clicked.connect(self.start)
        self.finish_form()
        if again is not None:
            spawn(saved_client_id(ctx.accounts, again), on_done=self._prefill)

    def _prefill(self, client_id: str) -> None:
        if client_id and not self.client_id.text():
            self.client_id.setText(client_id)

    def start(self) -> None:
        self.guarded(self._begin)

    def _begin(self) -> None:
        client_id = self.required(
            self.client_id, self.tr("Paste your X app's OAuth 2.0 Client ID (developer.x.com → your app → Keys and tokens).")
        )
        opts = common.options(self.ctx)
        api_base = opts.x_api_base or (self.again.base_url if self.again else None)
        kwargs = {"redirect_port": opts.x_redirect_port} if opts.x_redirect_port else {}
        try:
            flow = XOAuthFlow(self.ctx.accounts, client_id, api_base=api_base, history=self.history_choice(), **kwargs)
        except BadInput as exc:
            raise common.FieldError(self.client_id, say(exc)) from None
        previous, self.flow = self.flow, flow
        self.run(self._run(flow, previous), working=self.tr("Preparing the sign-in…"))

    async def _run(self, flow: XOAuthFlow, previous: XOAuthFlow | None) -> Account:
        if previous is not None:
            await previous.cancel()  # frees X's fixed callback port first
        url = await flow.start()
        common.open_in_browser(url)
        self.show_info(i18n.arg(
            self.tr('Waiting for you to authorise your app on X in the browser… <a href="%1">Open the page again</a>'), url
        ))
        return await flow.finish(timeout=900)

    def _close_flow(self) -> None:
        if self.flow is not None:
            spawn(self.flow.cancel())
            self.flow = None

    def cancel(self) -> None:
        super().cancel()
        self._close_flow()


PAGE = XPage  # (ui.signin.dialog finds a platform's page here)
