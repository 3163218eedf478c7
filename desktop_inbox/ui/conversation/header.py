"""The line over the thread: who, where, in what state; Accept request, Mark done."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from desktop_inbox.records import Kind, State
from desktop_inbox.services.platforms import descriptor
from desktop_inbox.ui import colors, style
from desktop_inbox.ui.conversation.request_button import AcceptRequestButton

if TYPE_CHECKING:
    from desktop_inbox.services.message_requests import MessageRequests
    from desktop_inbox.services.values import ConversationSummary


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
        self.summary: ConversationSummary | None = None

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.summary is not None:
            self.show_summary(self.summary)  # (its colours are the palette's)

    def show_summary(self, s: ConversationSummary) -> None:
        self.summary = s
        platform = descriptor(s.platform).name
        kind = "direct messages" if s.kind == Kind.DIRECT else "public thread"
        late = colors.late(self.palette()).name()
        state = {
            State.NEEDS_REPLY: f"<b style='color:{late}'>needs a reply</b> · waiting {style.waited(s.waiting_since)}",
            State.WAITING: "waiting on the customer",
            State.DONE: "done",
            State.SNOOZED: f"snoozed until {style.local_time(s.snoozed_until)}" if s.snoozed_until else "snoozed",
        }.get(s.state, s.state)
        name = html.escape(s.customer_name or s.customer_handle)
        self.label.setText(f"<b>{name}</b> · {kind} on {platform} with {html.escape(s.account_handle)} · {state}")
        self.done_button.setText("Reopen" if s.state == State.DONE else "Mark done")
        self.accept_request.show_for(s)
