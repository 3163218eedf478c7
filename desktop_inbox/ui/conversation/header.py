"""The line over the thread: who, where, in what state, its follow-up;
Accept request, Follow up, Mark done, or for a post heard by listening:
Dismiss (and mute its author)."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from desktop_inbox.records import FollowUp, Kind, Platform, State
from desktop_inbox.services.platforms import descriptor
from desktop_inbox.ui import colors, style
from desktop_inbox.ui.conversation.request_button import AcceptRequestButton

if TYPE_CHECKING:
    from desktop_inbox.services.message_requests import MessageRequests
    from desktop_inbox.services.values import ConversationSummary


class ConversationHeader(QWidget):
    done_clicked = Signal()  # Mark done, or Reopen for a conversation that is done
    dismiss_clicked = Signal(bool)  # a heard post: dismiss it (True: and mute its author)

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
        self.dismiss_button = QPushButton("Dismiss")
        self.dismiss_button.setToolTip("Put this heard post away for good (X)")
        self.dismiss_button.clicked.connect(lambda: self.dismiss_clicked.emit(False))
        self.mute_button = QPushButton("Dismiss && mute author")
        self.mute_button.setToolTip("Dismiss it and never hear its author again on this account (Shift+X)")
        self.mute_button.clicked.connect(lambda: self.dismiss_clicked.emit(True))
        # Its menu is the window's (Conversation ▸ Remind me if no answer).
        self.follow_button = QPushButton()  # (a tool button's menu arrow overlapped its words)
        self.follow_button.setText("Follow up")
        self.follow_button.setToolTip("Bring this conversation back if the customer has not written by then")
        self.follow_button.setAccessibleName("Follow up")
        self._outer = QVBoxLayout(self)
        self._outer.setContentsMargins(0, 0, 0, 0)
        self._outer.setSpacing(0)
        self._row = row = QHBoxLayout()
        self._outer.addLayout(row)
        row.setContentsMargins(0, 0, 4, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.accept_request)
        row.addWidget(self.dismiss_button)
        row.addWidget(self.mute_button)
        row.addWidget(self.follow_button)
        row.addWidget(self.done_button)
        self.dismiss_button.hide()
        self.mute_button.hide()
        self.summary: ConversationSummary | None = None

    def add_team_parts(self, assign: QWidget, presence: QWidget) -> None:
        """A team's: the assign button beside Follow up, who is replying below."""
        self._row.insertWidget(self._row.indexOf(self.follow_button), assign)
        self._outer.addWidget(presence)

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
            State.HEARD: f"<b style='color:{colors.warn(self.palette()).name()}'>heard</b> by listening — not addressed "
            "to you; answer in public or dismiss it",
        }.get(s.state, s.state)
        if s.state == State.HEARD and s.platform == Platform.X:
            state += " (X may refuse: self-serve apps may reply only to posts that mention you)"
        elif s.heard and s.state != State.HEARD:
            state += " · began as a heard post"
        if s.follow_up == FollowUp.CAME_BACK and s.follow_up_at is not None:
            by = f"{s.follow_up_at.astimezone():%a %d %b %H:%M}"
            state += f" · <b style='color:{late}'>follow-up</b>: no answer by {by}"
        elif s.follow_up == FollowUp.PENDING and s.follow_up_at is not None:
            state += f" · back on {s.follow_up_at.astimezone():%a %d %b %H:%M} if no answer"
        name = html.escape(s.customer_name or s.customer_handle)
        self.label.setText(f"<b>{name}</b> · {kind} on {platform} with {html.escape(s.account_handle)} · {state}")
        self.done_button.setText("Reopen" if s.state == State.DONE else "Mark done")
        heard = s.state == State.HEARD
        self.done_button.setVisible(not heard)
        self.dismiss_button.setVisible(heard)
        self.mute_button.setVisible(heard)
        self.accept_request.show_for(s)

    def clear(self) -> None:
        self.label.setText("")
        for button in (self.done_button, self.dismiss_button, self.mute_button):
            button.hide()
