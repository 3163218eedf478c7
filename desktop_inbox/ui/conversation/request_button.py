"""The "Accept request" button over a Bluesky chat that is still a request.

Answering accepts a request too; this accepts without answering yet, so the
customer's chat leaves the requests on Bluesky. Shown only while the open
conversation is such a request; late answers for another conversation are
dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton

from desktop_inbox.errors import InboxError
from desktop_inbox.records import Kind
from desktop_inbox.services.platforms import descriptor
from desktop_inbox.ui import i18n
from desktop_inbox.ui.i18n import say
from desktop_inbox.ui.tasks import messages, spawn

if TYPE_CHECKING:
    from desktop_inbox.services.message_requests import MessageRequests
    from desktop_inbox.services.values import ConversationSummary


class AcceptRequestButton(QPushButton):
    accepted = Signal(int)  # conversation id

    def __init__(self, requests: Callable[[], MessageRequests]) -> None:
        super().__init__()
        self.setText(self.tr("Accept request"))
        self._requests = requests  # built when first needed (it needs the sync engine)
        self.conversation_id: int | None = None
        self.setToolTip(self.tr("Accept this chat request on Bluesky without answering yet (answering accepts it too)"))
        self.setAccessibleName(self.tr("Accept message request"))
        self.clicked.connect(self.accept)
        self.hide()

    def show_for(self, summary: ConversationSummary | None) -> None:
        if summary is None or not descriptor(summary.platform).message_requests or summary.kind != Kind.DIRECT:
            self.conversation_id = None
            self.hide()
            return
        if summary.id != self.conversation_id:
            self.hide()
        self.conversation_id = summary.id
        wanted = summary.id
        spawn(self._requests().pending(wanted), on_done=lambda pending: self._pending(wanted, pending))

    def _pending(self, conversation_id: int, pending: bool) -> None:
        if conversation_id == self.conversation_id:
            self.setVisible(pending)
            self.setEnabled(True)

    def accept(self) -> None:
        conversation_id = self.conversation_id
        if conversation_id is None:
            return
        self.setEnabled(False)
        spawn(
            self._requests().accept(conversation_id),
            on_done=lambda _r: self._done(conversation_id),
            on_error=self._failed,
        )

    def _done(self, conversation_id: int) -> None:
        if conversation_id == self.conversation_id:
            self.hide()
        messages.info.emit(self.tr("Request accepted: the chat is now among your Bluesky conversations."))
        self.accepted.emit(conversation_id)

    def _failed(self, exc: BaseException) -> None:
        self.setEnabled(True)
        if isinstance(exc, InboxError):
            messages.error.emit(say(exc))  # (the service's words)
        else:
            messages.error.emit(i18n.arg(self.tr("Could not accept the request (%1)."), type(exc).__name__))
