"""What every sign-in page shares: history depth, status line, busy state.

A page is a widget inside the (non-modal) add-account dialog. It starts its
work with ``run`` — a coroutine on the event loop through ``spawn``, never a
blocking call — and reports through ``signed_in`` or an inline message.
Messages come from ``InboxError``s, which never carry a password or token;
any other failure is logged as a bug and shown by its type only.
"""

from __future__ import annotations

import asyncio
import html
import logging
import re
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_inbox.errors import BadInput, InboxError
from desktop_inbox.records import Platform
from desktop_inbox.services.platforms import descriptor
from desktop_inbox.services.values import Account
from desktop_inbox.ui import colors
from desktop_inbox.ui.appearance import EdgedScrollArea
from desktop_inbox.ui.context import AppContext
from desktop_inbox.ui.i18n import arg, platform_text, say
from desktop_inbox.ui.tasks import spawn

log = logging.getLogger("desktop_inbox.ui")



def history_labels() -> list[tuple[str, str]]:
    translate = QCoreApplication.translate
    return [
        ("3m", translate("SignInPage", "The last 3 months")),
        ("1y", translate("SignInPage", "The last year")),
        ("all", translate("SignInPage", "Everything")),
    ]


@dataclass(frozen=True)
class SignInOptions:
    """Where the pages send people when not to the public services.

    The app never sets these; tests and local development put one in
    ``ctx.extras["signin"]`` (like the command line's ``--api-base``,
    ``--redirect-port`` and ``--chat-service``).
    """

    x_api_base: str | None = None
    x_redirect_port: int | None = None
    bluesky_chat_service: str | None = None
    graph_api_base: str | None = None  # Instagram's and Messenger's Graph API (``--api-base``)


def options(ctx: AppContext) -> SignInOptions:
    found = ctx.extras.get("signin")
    return found if isinstance(found, SignInOptions) else SignInOptions()


def open_in_browser(url: str) -> None:
    """The system browser (tests put a scripted browser here)."""
    QDesktopServices.openUrl(QUrl(url))


def reflow(text: str) -> str:
    """Help wrapped for a terminal as HTML paragraphs that wrap to the page:
    a numbered step or a "- " item starts a line of its own."""
    paragraphs = []
    for block in text.strip().split("\n\n"):
        lines = re.split(r"\n(?=\s*\d+\. |\s*- )", block)
        paragraphs.append("<br>".join(html.escape(" ".join(line.split())) for line in lines))
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def help_area(rich_text: str, name: str, *, min_height: int = 240) -> EdgedScrollArea:
    """A page's long explanation (setup steps, costs, access) in a scroll area."""
    label = QLabel(rich_text)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(name)
    scroll = EdgedScrollArea()
    scroll.setWidget(label)
    scroll.setWidgetResizable(True)
    scroll.setMinimumHeight(min_height)
    return scroll


class FieldError(BadInput):
    """Bad input in one field: the message is shown and the field focused."""

    def __init__(self, field: QWidget, message: str) -> None:
        super().__init__(message)
        self.field = field


class SignInPage(QWidget):
    """One platform's page; ``again`` is the account to sign in to again."""

    platform: ClassVar[Platform]
    signed_in = Signal(object)  # Account
    busy_changed = Signal(bool)

    def __init__(self, ctx: AppContext, *, again: Account | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.again = again
        self.task: asyncio.Task[Any] | None = None
        self.busy = False
        name = descriptor(self.platform).name
        self.setAccessibleName(arg(self.tr("Sign in to %1"), name))
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.explain.setOpenExternalLinks(True)
        self.form = QFormLayout()
        self.history = QComboBox()
        for key, label in history_labels():
            self.history.addItem(label, key)
        self.history.setAccessibleName(self.tr("How much history to import"))
        self.history.setToolTip(self.tr("How far back Desktop Inbox fetches earlier conversations of this account."))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Sign-in status"))
        self.status.setOpenExternalLinks(True)
        self.primary = QPushButton()
        self.primary.setDefault(True)
        self.primary.setAutoDefault(True)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.addWidget(self.explain)
        self.layout_.addLayout(self.form)

    # -- built by subclasses --------------------------------------------------------

    def title(self) -> str:
        if self.again is not None:
            return arg(self.tr("Sign in to %1 again"), self.again.handle)
        return platform_text(descriptor(self.platform).signin.title)

    def finish_form(self, *buttons: QPushButton) -> None:
        """History (new accounts only), the buttons, the status line."""
        if self.again is None:
            self.form.addRow(self.tr("Import"), self.history)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addStretch(1)
        for button in (*buttons, self.primary):
            line.addWidget(button)
        self.layout_.addWidget(row)
        self.layout_.addWidget(self.status)
        self.layout_.addStretch(1)

    def history_choice(self) -> str:
        return str(self.history.currentData())

    @staticmethod
    def required(field: QLineEdit, message: str) -> str:
        value = field.text().strip()
        if not value:
            raise FieldError(field, message)
        return value

    # -- running --------------------------------------------------------------------

    def run(
        self,
        coro: Coroutine[Any, Any, Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        working: str = "",
    ) -> None:
        """Run ``coro`` on the loop; the page is busy until it ends."""
        self.set_busy(True)
        self.show_info(working or self.tr("Signing in…"))

        def done(result: Any) -> None:
            self.set_busy(False)
            (on_done or self.done)(result)

        self.task = spawn(coro, on_done=done, on_error=self.failed)

    def guarded(self, action: Callable[[], None]) -> None:
        """Run a synchronous step; bad input becomes an inline message."""
        try:
            action()
        except InboxError as exc:
            self.failed(exc)

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.primary.setEnabled(not busy)
        self.busy_changed.emit(busy)

    def done(self, account: Account | None) -> None:
        if account is None:
            return
        if self.again is not None and account.id != self.again.id:
            # Signed in as someone else: that is a new account, the old one still waits.
            self.show_info(arg(self.tr("Signed in as %1, which was added as another account."), account.handle))
        else:
            self.show_info(arg(self.tr("Signed in as %1."), account.handle))
        self.clear_secrets()
        self.signed_in.emit(account)

    def failed(self, exc: BaseException) -> None:
        self.set_busy(False)
        if isinstance(exc, InboxError):
            message = say(exc)
        else:
            log.error("sign-in failed", exc_info=exc)
            message = arg(self.tr("The sign-in failed (%1); details are in the log."), type(exc).__name__)
        self.show_error(message)
        if isinstance(exc, FieldError):
            exc.field.setFocus()

    def show_info(self, text: str) -> None:
        self.status.setStyleSheet("")
        self.status.setText(text)

    def show_error(self, text: str) -> None:
        self.status.setStyleSheet(f"color: {colors.late(self.palette()).name()}")
        self.status.setText(text)

    def clear_secrets(self) -> None:
        """Forget typed passwords (subclasses with secret fields)."""

    def cancel(self) -> None:
        """Stop whatever runs; always safe to call."""
        if self.task is not None and not self.task.done():
            self.task.cancel()
        self.clear_secrets()
