"""The line over the thread: who, where, in what state, its follow-up;
Accept request, Follow up, Mark done, or for a post heard by listening:
Dismiss (and mute its author)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from desktop_inbox.records import FollowUp, Kind, Platform, State
from desktop_inbox.services.platforms import descriptor
from desktop_inbox.ui import colors, i18n, style
from desktop_inbox.ui.conversation.request_button import AcceptRequestButton
from desktop_inbox.ui.timepick import date_and_clock

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
        self.label.setAccessibleName(self.tr("Conversation"))
        self.label.setContentsMargins(8, 4, 8, 4)
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.accept_request = AcceptRequestButton(requests)
        self.done_button = QPushButton(self.tr("Mark done"))
        self.done_button.setToolTip(self.tr("Mark done (E) — a new message from the customer reopens it"))
        self.done_button.clicked.connect(self.done_clicked)
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.setToolTip(self.tr("Put this heard post away for good (X)"))
        self.dismiss_button.clicked.connect(lambda: self.dismiss_clicked.emit(False))
        self.mute_button = QPushButton(self.tr("Dismiss && mute author"))
        self.mute_button.setToolTip(self.tr("Dismiss it and never hear its author again on this account (Shift+X)"))
        self.mute_button.clicked.connect(lambda: self.dismiss_clicked.emit(True))
        # Its menu is the window's (Conversation ▸ Remind me if no answer).
        self.follow_button = QPushButton()  # (a tool button's menu arrow overlapped its words)
        self.follow_button.setText(self.tr("Follow up"))
        self.follow_button.setToolTip(self.tr("Bring this conversation back if the customer has not written by then"))
        self.follow_button.setAccessibleName(self.tr("Follow up"))
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
        self._team_buttons: list[QWidget] = []
        self._tips: dict[QWidget, str] = {}

    def add_team_parts(self, assign: QWidget, presence: QWidget) -> None:
        """A team's: the assign button beside Follow up, who is replying below."""
        self._row.insertWidget(self._row.indexOf(self.follow_button), assign)
        self._outer.addWidget(presence)
        self._team_buttons = [assign]

    def set_team_server_away(self, away: bool) -> None:
        """Reading this computer's copy of the team's inbox: what changes a
        conversation for the whole team waits for the server (replies do not:
        they wait in the outbox). Its buttons are greyed, and say why."""
        why = self.tr("The team server is unreachable: this waits until it is back (replies still go out then).")
        for button in (self.done_button, self.follow_button, self.dismiss_button, self.mute_button, *self._team_buttons):
            if away:
                self._tips.setdefault(button, button.toolTip())
                button.setToolTip(why)
            elif button in self._tips:
                button.setToolTip(self._tips.pop(button))
            button.setEnabled(not away)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.summary is not None:
            self.show_summary(self.summary)  # (its colours are the palette's)

    def show_summary(self, s: ConversationSummary) -> None:
        import html

        self.summary = s
        platform = descriptor(s.platform).name
        account = html.escape(s.account_handle)
        if s.kind == Kind.DIRECT:
            where = i18n.arg(self.tr("direct messages on %1 with %2"), platform, account)
        else:
            where = i18n.arg(self.tr("public thread on %1 with %2"), platform, account)
        late = colors.late(self.palette()).name()
        warn = colors.warn(self.palette()).name()
        # Facts, each worded whole; " · " sets them apart.
        facts = [{
            State.NEEDS_REPLY: i18n.arg(self.tr("<b style='color:%1'>needs a reply</b> · waiting %2"), late, style.waited(s.waiting_since)),
            State.WAITING: self.tr("waiting on the customer"),
            State.DONE: self.tr("done"),
            State.SNOOZED: i18n.arg(self.tr("snoozed until %1"), style.local_time(s.snoozed_until)) if s.snoozed_until else self.tr("snoozed"),
            State.HEARD: i18n.arg(self.tr(
                "<b style='color:%1'>heard</b> by listening — not addressed to you; answer in public or dismiss it"
            ), warn),
        }.get(s.state, s.state)]
        if s.state == State.HEARD and s.platform == Platform.X:
            facts[0] = i18n.arg(self.tr("%1 (X may refuse: self-serve apps may reply only to posts that mention you)"), facts[0])
        elif s.heard and s.state != State.HEARD:
            facts.append(self.tr("began as a heard post"))
        if s.follow_up == FollowUp.CAME_BACK and s.follow_up_at is not None:
            by = date_and_clock(s.follow_up_at.astimezone())
            facts.append(i18n.arg(self.tr("<b style='color:%1'>follow-up</b>: no answer by %2"), late, by))
        elif s.follow_up == FollowUp.PENDING and s.follow_up_at is not None:
            facts.append(i18n.arg(self.tr("back on %1 if no answer"), date_and_clock(s.follow_up_at.astimezone())))
        name = html.escape(s.customer_name or s.customer_handle)
        self.label.setText(" · ".join([f"<b>{name}</b>", where, *facts]))
        self.done_button.setText(self.tr("Reopen") if s.state == State.DONE else self.tr("Mark done"))
        heard = s.state == State.HEARD
        self.done_button.setVisible(not heard)
        self.dismiss_button.setVisible(heard)
        self.mute_button.setVisible(heard)
        self.accept_request.show_for(s)

    def clear(self) -> None:
        self.label.setText("")
        for button in (self.done_button, self.dismiss_button, self.mute_button):
            button.hide()
