"""The line over the thread: who, where, in what state, its follow-up;
Accept request, Follow up, Mark done."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QToolButton, QWidget

from desktop_inbox.records import FollowUp, Kind, State
from desktop_inbox.services.platforms import descriptor
from desktop_inbox.ui import style
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
        # Its menu is the window's (Conversation ▸ Remind me if no answer).
        self.follow_button = QToolButton()
        self.follow_button.setText("Follow up")
        self.follow_button.setToolTip("Bring this conversation back if the customer has not written by then")
        self.follow_button.setAccessibleName("Follow up")
        self.follow_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 4, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.accept_request)
        row.addWidget(self.follow_button)
        row.addWidget(self.done_button)

    def show_summary(self, s: ConversationSummary) -> None:
        platform = descriptor(s.platform).name
        kind = "direct messages" if s.kind == Kind.DIRECT else "public thread"
        state = {
            State.NEEDS_REPLY: f"<b style='color:{style.LATE.name()}'>needs a reply</b> · waiting {style.waited(s.waiting_since)}",
            State.WAITING: "waiting on the customer",
            State.DONE: "done",
            State.SNOOZED: "snoozed",
        }.get(s.state, s.state)
        if s.follow_up == FollowUp.CAME_BACK and s.follow_up_at is not None:
            by = f"{s.follow_up_at.astimezone():%a %d %b %H:%M}"
            state += f" · <b style='color:{style.LATE.name()}'>follow-up</b>: no answer by {by}"
        elif s.follow_up == FollowUp.PENDING and s.follow_up_at is not None:
            state += f" · back on {s.follow_up_at.astimezone():%a %d %b %H:%M} if no answer"
        name = html.escape(s.customer_name or s.customer_handle)
        self.label.setText(f"<b>{name}</b> · {kind} on {platform} with {html.escape(s.account_handle)} · {state}")
        self.done_button.setText("Reopen" if s.state == State.DONE else "Mark done")
        self.accept_request.show_for(s)
