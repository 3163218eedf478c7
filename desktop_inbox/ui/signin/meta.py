"""Instagram and Messenger: a token generated in the business's own Meta app.

Meta's Instagram Login accepts only https redirect addresses, so there is no
browser sign-in to the app: the page explains how to generate a token in the
app's dashboard and what Standard and Advanced Access allow (the descriptor's
sign-in help, the same words as the README and the command line), takes the pasted token
(never shown, forgotten once used) and checks it at once.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import QCheckBox, QLineEdit

from desktop_inbox.errors import BadInput
from desktop_inbox.records import Platform
from desktop_inbox.services.platforms import descriptor
from desktop_inbox.services.signin import instagram as ig_signin
from desktop_inbox.services.signin import messenger as fb_signin
from desktop_inbox.services.signin.meta import MetaSignIn, describe, parse_token
from desktop_inbox.services.values import Account
from desktop_inbox.ui import i18n
from desktop_inbox.ui.context import AppContext
from desktop_inbox.ui.i18n import platform_text, say
from desktop_inbox.ui.signin import common
from desktop_inbox.ui.signin.common import FieldError, SignInPage
from desktop_inbox.ui.tasks import messages


class MetaPage(SignInPage):
    help_text: ClassVar[str] = ""  # (the service's words, as the command line's: English for now)

    def __init__(self, ctx: AppContext, *, again: Account | None = None) -> None:
        super().__init__(ctx, again=again)
        self.explain.setText(self.tr("Desktop Inbox works through your own Meta app — here is why and how:"))
        self.layout_.insertWidget(1, common.help_area(
            # The words are the command line's; here the option is a box to
            # tick (English like the rest of that help, until it is translated).
            common.reflow(self.help_text.replace("add --human-agent", "tick the Human Agent box below")),
            self.tr("How to get a token"),
        ), 1)
        extra = again.extra if again else {}
        self.app_id = QLineEdit(extra.get("app_id", ""))
        self.app_id.setPlaceholderText(self.tr("The number at the top of your app's page"))
        self.app_id.setAccessibleName(self.tr("Meta app ID"))
        self.form.addRow(self.tr("App ID"), self.app_id)
        self.add_fields(extra)
        self.token = QLineEdit()
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setPlaceholderText(self.token_hint())
        self.token.setAccessibleName(self.tr("Access token"))
        self.form.addRow(self.tr("Token"), self.token)
        self.human_agent = QCheckBox(self.tr("Meta approved the Human Agent feature for my app"))
        self.human_agent.setToolTip(
            self.tr("A person may then answer for 7 days after the customer's last message, not 24 hours.")
        )
        self.human_agent.setChecked(extra.get("human_agent") == "1")
        self.form.addRow(self.human_agent)
        self.primary.setText(self.tr("Check and add"))
        self.primary.clicked.connect(self.start)
        self.summary: list[str] = []  # in the user's language
        self.finish_form()

    def token_hint(self) -> str:
        """Where the platform's dashboard generates the token."""
        return ""

    def add_fields(self, extra: dict[str, str]) -> None:
        """Platform fields between the app ID and the token."""

    def start(self) -> None:
        self.guarded(self._begin)

    def _begin(self) -> None:
        app_id = self.required(self.app_id, self.tr("Enter your Meta app's ID (developers.facebook.com/apps)."))
        text = self.required(self.token, self.tr("Paste the token generated in your app's dashboard."))
        try:
            token = parse_token(text, app_id=app_id)
        except BadInput as exc:
            field = self.app_id if "app ID" in str(exc) else self.token  # (the service's English words)
            raise FieldError(field, say(exc)) from None
        self.run(self._add(token), working=self.tr("Checking the token with Meta…"))

    async def _add(self, token: object) -> Account:
        raise NotImplementedError

    def remember(self, result: MetaSignIn) -> Account:
        # What works and until when; the access explanation is on the page already.
        self.summary = [say(line) for line in describe(result, access_help="")[1:-1]]
        return result.account

    def done(self, account: Account | None) -> None:
        super().done(account)
        if account is not None and self.summary:
            summary = " ".join(line.strip() for line in self.summary)
            messages.info.emit(i18n.arg(self.tr("%1: %2", "an account, then what works for it"), account.handle, summary))

    def clear_secrets(self) -> None:
        self.token.clear()


class InstagramPage(MetaPage):
    platform = Platform.INSTAGRAM
    help_text = platform_text(descriptor(Platform.INSTAGRAM).signin.help)

    def token_hint(self) -> str:
        return self.tr("From “API setup with Instagram business login” → Generate token")

    async def _add(self, token: object) -> Account:
        opts = common.options(self.ctx)
        api_base = opts.graph_api_base or (self.again.base_url if self.again else None)
        result = await ig_signin.add_instagram_token(
            self.ctx.accounts, token, api_base=api_base, history=self.history_choice(),  # type: ignore[arg-type]
            human_agent=self.human_agent.isChecked(),
        )
        return self.remember(result)


class MessengerPage(MetaPage):
    platform = Platform.MESSENGER
    help_text = platform_text(descriptor(Platform.MESSENGER).signin.help)

    def token_hint(self) -> str:
        return self.tr("From Messenger API Settings → Generate token next to your Page")

    def add_fields(self, extra: dict[str, str]) -> None:
        self.page_id = QLineEdit(extra.get("page_id", ""))
        self.page_id.setPlaceholderText(self.tr("Your Facebook Page's ID"))
        self.page_id.setAccessibleName(self.tr("Facebook Page ID"))
        self.form.addRow(self.tr("Page ID"), self.page_id)

    def _begin(self) -> None:
        self.required(self.page_id, self.tr("Enter your Facebook Page's ID (on the Page: About → Page transparency)."))
        super()._begin()

    async def _add(self, token: object) -> Account:
        opts = common.options(self.ctx)
        api_base = opts.graph_api_base or (self.again.base_url if self.again else None)
        result = await fb_signin.add_messenger_token(
            self.ctx.accounts, token, page_id=self.page_id.text(), api_base=api_base,  # type: ignore[arg-type]
            history=self.history_choice(), human_agent=self.human_agent.isChecked(),
        )
        return self.remember(result)
