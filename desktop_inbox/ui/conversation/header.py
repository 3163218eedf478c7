"""The line over the thread: who, where, in what state; Accept request, Mark done."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from desktop_inbox.ui import style
from desktop_inbox.ui.conversation.request_button import AcceptRequestButton

if TYPE_CHECKING:
    from desktop_inbox.services.message_requests import MessageRequests
    from desktop_inbox.store.conversations import ConversationSummary


class ConversationHeader(QWidget):
    done_clicked = Signal()  # Mark done, or Reopen for a conversation that is done

    def __init__(self, requests: Callable[[], MessageRequests]) -> None:
        super().__init__()
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setAccessibleName("Conversation")
        self.label.setContentsMargins(8, 4, 8, 4)
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.accept_request = AcceptRequestButton(requests)
        self.done_button = QPushButton("Mark done")
        self.done_button.setToolTip("Mark done (E) — a new message from the customer reopens it")
        self.done_button.clicked.connect(self.done_clicked)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 4, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.accept_request)
        row.addWidget(self.done_button)

    def show_summary(self, s: ConversationSummary) -> None:
        platform = style.PLATFORM_NAMES.get(s.platform, s.platform)
        kind = "direct messages" if s.kind == "direct" else "public thread"
        state = {
            "needs_reply": f"<b style='color:{style.LATE.name()}'>needs a reply</b> · waiting {style.waited(s.waiting_since)}",
            "waiting": "waiting on the customer",
            "done": "done",
            "snoozed": "snoozed",
        }.get(s.state, s.state)
        name = html.escape(s.customer_name or s.customer_handle)
        self.label.setText(f"<b>{name}</b> · {kind} on {platform} with {html.escape(s.account_handle)} · {state}")
        self.done_button.setText("Reopen" if s.state == "done" else "Mark done")
        self.accept_request.show_for(s)
