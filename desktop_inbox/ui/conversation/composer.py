"""The reply composer under the thread: every answer written for one person.

Beside the draft sits what the reply should know about the person. Saved
replies (snippets) are filled from the contact; a reply with an unfilled
placeholder cannot be sent. Before sending, the composer says when the draft
reads like replies other customers got, and when personal data is about to be
discussed in public (with a one-click move to direct messages). Characters are
counted the platform's way; drafts are saved as you type; a sent reply can be
taken back for a few seconds, or sent later ("Send at…"); a merged customer
can be answered through another of their identities ("Answer via"), and a
reply that promises something offers a reminder (``followthrough.py``).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_inbox.records import Kind, Platform
from desktop_inbox.services.platforms import PlatformDescriptor, descriptor
from desktop_inbox.ui import colors, i18n, style
from desktop_inbox.ui.colors import Level
from desktop_inbox.ui.conversation.attachments import AttachmentBar
from desktop_inbox.ui.conversation.banner import Banner
from desktop_inbox.ui.conversation.followthrough import AnswerVia, ReminderOffer, SendAtButton
from desktop_inbox.ui.conversation.person_brief import PersonBriefWidget
from desktop_inbox.ui.conversation.public_anyway import AS_DM, PUBLIC_ANYWAY, ask_public_anyway
from desktop_inbox.ui.conversation.reply_edit import ReplyEdit
from desktop_inbox.ui.i18n import platform_text
from desktop_inbox.ui.timepick import clock, date_and_clock

if TYPE_CHECKING:
    from desktop_inbox.services.checks import Checks
    from desktop_inbox.services.composer import PersonBrief
    from desktop_inbox.services.media import Attached

    # (Annotations only: the store's channels and snippets load when first read, not with the window.)
    from desktop_inbox.services.values import Channel, ConversationSummary, Snippet


class Outgoing(NamedTuple):
    """What the user asked to send."""

    conversation_id: int
    text: str
    direct: bool
    handoff: str = ""  # a public note that we continue by DM (the two-step move)
    # The user saw the personal-data warning and sends in public all the same.
    public_anyway: bool = False
    send_at: datetime | None = None  # "Send at…": not before then
    via: int | None = None  # "Answer via": another identity of the customer
    follow_up: timedelta | None = None  # bring it back if no answer by then
    pictures: tuple[tuple[Attached, str], ...] = ()  # with their alt text (attachments.py)
    others_anyway: bool = False  # a team: sent though another member is answering this customer


class Composer(QWidget):
    send_requested = Signal(object)  # Outgoing
    undo_requested = Signal()
    draft_changed = Signal(int, str, str)  # conversation id, text, kind
    check_requested = Signal(str)  # the text to check (the conversation pane runs the checks)
    manage_snippets = Signal()
    preferences_requested = Signal()  # "Your name" is empty: where to set it
    direct_changed = Signal(bool)  # public or direct message chosen (the pane checks Meta's window)

    def __init__(self) -> None:
        super().__init__()
        self.conversation: ConversationSummary | None = None
        self.awaiting_delivery = False
        self.char_limit = 500
        self.url_length = 23
        self.picture_limit: int | None = None  # the account's server's (None: the platform's)
        self.signature = ""
        self.brief: PersonBrief | None = None
        self.checks: Checks | None = None
        self._checked_text: str | None = None
        self._restoring = False
        self.snippet_list: list[Snippet] = []
        self.my_name = ""  # the user's name, for {my_name}
        self.handoff_template = ""  # the public note of a move to direct messages
        self._private_kinds = ""  # what the personal-data alert found

        self.refusal: str | None = None  # why the platform refuses a reply now (Meta's window)
        self.edit = ReplyEdit(self.jump_to_placeholder)
        self.edit.setPlaceholderText(self.tr("Write a personal reply…  (Ctrl+Enter sends, Esc goes back to the list)"))
        self.edit.setAccessibleName(self.tr("Reply"))
        # Three lines at least: the strips under it take from its height, not the thread's.
        self.edit.setMinimumHeight(self.edit.fontMetrics().lineSpacing() * 3 + 10)
        self.edit.textChanged.connect(self._on_text_changed)
        self.attachments = AttachmentBar(self.edit)  # pictures: attachments.py
        self.attachments.changed.connect(self.update_counter)

        # Tools above the draft. (A push button draws its menu arrow beside
        # the text; a tool button's overlapped it at scale 2.)
        self.snippet_button = QPushButton(self.tr("Saved replies"))
        self.snippet_button.setToolTip(self.tr(
            "Start from a saved reply; it is filled in for this customer (Ctrl+Shift+S). Tab goes to the next {field} to fill."
        ))
        self.snippet_button.setAccessibleName(self.tr("Saved replies"))
        self.snippet_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.signoff = QCheckBox()
        self.signoff.setAccessibleName(self.tr("Add sign-off"))
        self.signoff.toggled.connect(lambda _on: self.update_counter())
        tools = QHBoxLayout()
        tools.setContentsMargins(0, 0, 0, 0)
        tools.addWidget(self.snippet_button)
        tools.addStretch(1)
        tools.addWidget(self.signoff)

        # Warnings under the draft.
        self.blocking = Banner(self.tr("Cannot send yet"), Level.WARNING)
        self.blocking.label.linkActivated.connect(self._on_blocking_link)
        self.canned = Banner(self.tr("Sounds canned"), Level.WARNING)
        self.private = Banner(self.tr("Personal data in public"), Level.ALERT)
        self.to_dm_button = self.private.add_button(self.tr("Answer by DM"))
        self.to_dm_button.setToolTip(self.tr("Make this reply a direct message"))
        self.to_dm_button.clicked.connect(lambda: self.visibility.setCurrentIndex(1))
        self.handoff_button = self.private.add_button(self.tr("Public note + DM"))
        self.handoff_button.setToolTip(self.tr("Say in public that you are writing directly, and send this reply by direct message"))
        self.handoff_button.clicked.connect(self.send_with_handoff)
        self.promise = Banner(self.tr("Reminder offer"), Level.INFO)
        self.reminder = ReminderOffer(self.promise, self.promise.label, self.promise.add_button)
        self.undo = Banner(self.tr("Sending"), Level.INFO)
        self.undo_button = self.undo.add_button(self.tr("Undo"))
        self.undo_button.clicked.connect(self.undo_requested)
        self._undo_left = 0
        self._undo_timer = QTimer(self)
        self._undo_timer.setInterval(1000)
        self._undo_timer.timeout.connect(self._tick_undo)

        self.counter = QLabel()
        self.counter.setAccessibleName(self.tr("Characters used"))
        self.visibility = QComboBox()
        self.visibility.addItem(self.tr("Public reply"), False)
        self.visibility.addItem(self.tr("Direct message"), True)
        self.visibility.setAccessibleName(self.tr("Reply visibility"))
        self.visibility.setToolTip(self.tr("Private matters — order numbers, addresses — belong in a direct message."))
        self.visibility.currentIndexChanged.connect(lambda _i: self._on_text_changed())
        self.visibility.currentIndexChanged.connect(lambda _i: self.direct_changed.emit(self.direct()))
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setToolTip(self._send_tip())
        self.send_button.setAccessibleName(self.tr("Send reply"))
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self.send)
        self.send_at = SendAtButton()
        self.send_at.chosen.connect(self.send_later)
        self.answer_via = AnswerVia()
        self.answer_via.currentIndexChanged.connect(lambda _i: self._on_via_changed())
        # What just happened (its own line: the row of buttons left it a
        # column a few words wide), and how long a reply may still go out.
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Composer status"))
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.window_note = QLabel()
        self.window_note.setAccessibleName(self.tr("Time left to answer"))
        self.window_note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._window_ends: datetime | None = None
        self._window_timer = QTimer(self)
        self._window_timer.setInterval(30_000)
        self._window_timer.timeout.connect(self._show_window_note)

        row = QHBoxLayout()
        row.addWidget(self.window_note, 1)
        row.addWidget(self.answer_via)
        row.addWidget(self.visibility)
        row.addWidget(self.send_button)
        row.addWidget(self.send_at)
        tools.insertWidget(2, self.counter)  # (by the sign-off: Send's row had no room left in Greek)
        column_widget = QWidget()
        column = QVBoxLayout(column_widget)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(3)
        column.addLayout(tools)
        column.addWidget(self.edit, 1)
        column.addWidget(self.attachments)
        for banner in (self.blocking, self.private, self.canned, self.promise, self.undo):
            column.addWidget(banner)
        column.addWidget(self.status)
        column.addLayout(row)
        self.side = PersonBriefWidget()
        self.side.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(column_widget)
        split.addWidget(self.side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.addWidget(split)

        # Its keys (Ctrl+Enter sends, Ctrl+Shift+S, Esc) are in the window's
        # table of actions (ui/mainwindow/actions.py), bound to this widget.
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(400)
        self._draft_timer.timeout.connect(self._emit_draft)
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(250)
        self._check_timer.timeout.connect(lambda: self.check_requested.emit(self.outgoing_text()))
        self.set_snippets([])  # ("Manage saved replies…" until they are read)
        self.set_conversation(None)

    # -- what is being answered -------------------------------------------------------

    def set_conversation(
        self,
        summary: ConversationSummary | None,
        *,
        char_limit: int = 500,
        url_length: int = 23,
        picture_limit: int | None = None,
        signature: str = "",
        draft: str | None = None,
        draft_kind: str = "",
    ) -> None:
        changed = (summary.id if summary else None) != (self.conversation.id if self.conversation else None)
        self.conversation = summary
        self.char_limit = char_limit
        self.url_length = url_length
        self.picture_limit = picture_limit
        self.signature = signature.strip()
        self.setEnabled(summary is not None)
        self.signoff.setVisible(bool(self.signature) and (summary is None or descriptor(summary.platform).signature_in_text))
        self.signoff.setText(i18n.arg(self.tr("Sign off with “%1”"), self.signature))
        if summary is not None and changed:
            direct = summary.kind == Kind.DIRECT
            self.visibility.setCurrentIndex(1 if direct or draft_kind == Kind.DIRECT else 0)
            # A private conversation cannot be answered in public.
            self.visibility.model().item(0).setEnabled(not direct)  # type: ignore[attr-defined]
            self.signoff.setChecked(bool(self.signature))
        if changed:
            self._restoring = True
            self.edit.setPlainText(draft or "")
            self.edit.moveCursor(QTextCursor.MoveOperation.End)
            self._restoring = False
            self.say(self.tr("Draft restored.") if draft else "")
            self.set_window(None, None)  # (until the pane has asked the platform's rule)
            self.awaiting_delivery = False
            self.attachments.clear(discard=True)
            self.checks = None
            self._checked_text = None
            for banner in (self.blocking, self.private, self.canned):
                banner.hide()
            self.reminder.reset()
            self.answer_via.set_channels([], None)
            self.check_requested.emit(self.outgoing_text())
        self.update_counter()

    def set_channels(self, channels: list[Channel]) -> None:
        """The customer's other identities it can be answered through."""
        self.answer_via.set_channels(channels, self.conversation.id if self.conversation else None)

    def _on_via_changed(self) -> None:
        channel = self.answer_via.channel()
        if channel is not None:
            self.visibility.setCurrentIndex(1 if channel.kind == Kind.DIRECT else 0)
        self.visibility.setEnabled(channel is None)
        self._on_text_changed()

    def set_brief(self, brief: PersonBrief | None) -> None:
        self.brief = brief
        self.side.show_brief(brief)

    def set_snippets(self, snippets: list[Snippet]) -> None:
        from PySide6.QtWidgets import QMenu

        self.snippet_list = snippets
        menu = QMenu(self)
        for snippet in snippets:
            action = menu.addAction(snippet.name)
            action.setToolTip(snippet.body)
            action.triggered.connect(self._snippet_slot(snippet))
        if snippets:
            menu.addSeparator()
        menu.addAction(self.tr("Manage saved replies…")).triggered.connect(lambda *_: self.manage_snippets.emit())
        self.snippet_button.setMenu(menu)

    def _snippet_slot(self, snippet: Snippet):  # type: ignore[no-untyped-def]
        return lambda *_: self.insert_snippet(snippet)

    def insert_snippet(self, snippet: Snippet) -> None:
        """Put the saved reply in, filled for this customer; free fields stay
        as {placeholders} to fill, the first one selected."""
        name = self.conversation.customer_name if self.conversation else ""
        handle = self.conversation.customer_handle if self.conversation else ""
        my_name = self.my_name
        from desktop_inbox.text import placeholders

        filled = placeholders.fill(snippet.body, name=name, handle=handle, my_name=my_name)
        cursor = self.edit.textCursor()
        cursor.insertText(filled.text)
        self.edit.setFocus()
        self.select_next_placeholder(from_start=True)

    def select_next_placeholder(self, *, from_start: bool = False) -> bool:
        from desktop_inbox.text import placeholders

        text = self.edit.toPlainText()
        start = 0 if from_start else self.edit.textCursor().selectionEnd()
        match = placeholders.PLACEHOLDER.search(text, start) or placeholders.PLACEHOLDER.search(text)
        return self._select(match)

    def jump_to_placeholder(self, forward: bool) -> bool:
        """Tab (``forward``) or Shift+Tab in the reply: the next or previous
        placeholder still to fill, round and round while any is left."""
        if not forward:
            from desktop_inbox.text import placeholders

            text = self.edit.toPlainText()
            found = list(placeholders.PLACEHOLDER.finditer(text))
            before = [m for m in found if m.end() <= self.edit.textCursor().selectionStart()]
            return self._select((before or found)[-1] if found else None)
        return self.select_next_placeholder()

    def _select(self, match: re.Match[str] | None) -> bool:
        if match is None:
            return False
        cursor = self.edit.textCursor()
        cursor.setPosition(match.start())
        cursor.setPosition(match.end(), QTextCursor.MoveMode.KeepAnchor)
        self.edit.setTextCursor(cursor)
        self.edit.setFocus()
        return True

    # -- text, counter and checks -------------------------------------------------------

    def outgoing_text(self) -> str:
        text = self.edit.toPlainText().strip()
        if text and self.signoff.isVisible() and self.signoff.isChecked() and self.signature:
            text = f"{text}\n{self.signature}"
        return text

    def direct(self) -> bool:
        return bool(self.visibility.currentData())

    def _on_text_changed(self) -> None:
        self.update_counter()
        if not self._restoring and self.conversation is not None:
            self._draft_timer.start()
        self._check_timer.start()

    def _emit_draft(self) -> None:
        if self.conversation is not None:
            kind = Kind.DIRECT.value if self.direct() and self.conversation.kind != Kind.DIRECT else ""
            self.draft_changed.emit(self.conversation.id, self.edit.toPlainText(), kind)

    def target(self) -> tuple[Platform, int, int]:
        """Where the reply goes: (platform, its post limit, a link's weight),
        another channel's when answering via it."""
        channel = self.answer_via.channel()
        if channel is not None:
            return channel.platform, channel.char_limit, channel.url_length
        return (self.conversation.platform if self.conversation else Platform.MASTODON), self.char_limit, self.url_length

    def target_picture_limit(self) -> int | None:
        """The largest picture the reply's account's server takes (None: the
        platform's limit), another channel's when answering via it."""
        channel = self.answer_via.channel()
        return channel.picture_limit if channel is not None else self.picture_limit

    def _platform(self) -> PlatformDescriptor:
        return descriptor(self.target()[0])

    def limit(self) -> int:
        """The limit for this reply (0: none, as for e-mail)."""
        return self._platform().limit(direct=self.direct(), char_limit=self.target()[1])

    def used(self, text: str | None = None) -> int:
        """Characters used, counted the platform's way."""
        text = self.outgoing_text() if text is None else text
        return self._platform().length(text, url_length=self.target()[2], direct=self.direct())

    def update_counter(self) -> None:
        used, limit = self.used(), self.limit()
        self.counter.setText(f"{used}/{limit}" if limit else self.tr("%n character(s)", "", used))
        rules = platform_text(self._platform().counting_rule).format(url=self.url_length)
        self.counter.setToolTip(rules if limit else self.tr("No length limit."))
        over = bool(limit) and used > limit
        self.counter.setStyleSheet(f"color: {colors.late(self.palette()).name()}; font-weight: 600" if over else "")
        self._update_send()

    def show_checks(self, text: str, checks: Checks) -> None:
        """Results of the checks for ``text`` (ignored if the text moved on)."""
        import html

        if text != self.outgoing_text():
            return
        self.checks = checks
        self._checked_text = text
        if checks.missing:
            names = ", ".join("{" + m + "}" for m in checks.missing)
            hint = ""
            if "my_name" in checks.missing and not self.my_name:
                # Filled from the preferences: empty there, it stays.
                hint = self.tr(
                    "{my_name} is your name, and it is empty: set it once in <a href='preferences'>Preferences ▸ Your name</a>, or type it here."
                )
            fill = i18n.arg(self.tr("Fill in %1 first: <a href='next'>go to it</a> (Tab)."), html.escape(names))
            self.blocking.label.setText(f"{fill} {hint}" if hint else fill)
            self.blocking.show()
        else:
            self.blocking.hide()
        if checks.canned.sounds_canned:
            self.canned.label.setText(self.tr(
                "This reads almost like replies already sent to <b>%n</b> other customer(s). A line written for this person makes all the difference.",
                "", checks.canned.customers,
            ))
            self.canned.show()
        else:
            self.canned.hide()
        if checks.private and not self.direct():
            kinds = ", ".join(dict.fromkeys(f.kind for f in checks.private))
            self._private_kinds = kinds
            if checks.private_in_reply:
                said = self.tr("Private details in a public reply: <b>%1</b>. Take this to direct messages?")
            else:  # (only the customer's message has them: nothing written yet needs hiding)
                said = self.tr("The customer shared private details in public: <b>%1</b>. Answer by direct message?")
            # An alert when the reply itself would publish them; a suggestion otherwise.
            self.private.set_level(Level.ALERT if checks.private_in_reply else Level.WARNING)
            self.private.label.setText(i18n.arg(said, html.escape(kinds)))
            self.private.show()
        else:
            self.private.hide()
        self.reminder.offer(checks.promise)
        self._update_send()

    def _on_blocking_link(self, link: str) -> None:
        if link == "preferences":
            self.preferences_requested.emit()
        else:
            self.select_next_placeholder()

    def _update_send(self) -> None:
        text = self.outgoing_text()
        limit = self.limit()
        over = bool(limit) and self.used(text) > limit
        missing = False
        if text:  # (the placeholders' module loads with the first text, not with the window)
            from desktop_inbox.text import placeholders

            missing = bool(placeholders.unfilled(text))
        self.attachments.set_target(
            self._platform().platform, direct=self.direct(), picture_limit=self.target_picture_limit()
        )
        pictures = self.attachments.problem()
        refused = self.refusal is not None
        self.send_button.setEnabled(
            self.conversation is not None and bool(text) and not over and not missing and not refused and not pictures
        )
        reason = (
            self.refusal
            or (self.tr("Fill in the placeholders first.") if missing else self.tr("Too long for this platform.") if over else pictures)
        )
        self.send_button.setToolTip(reason or self._send_tip())
        self.handoff_button.setEnabled(self.send_button.isEnabled() and self.answer_via.channel() is None)
        self.send_at.setEnabled(self.send_button.isEnabled())

    # -- Meta's messaging window ---------------------------------------------------------

    def set_window(self, ends_at: datetime | None, refusal: str | None) -> None:
        """Until when the platform takes a reply here (None: always), and why
        it refuses one now (None: it does not)."""
        self._window_ends = ends_at
        self.refusal = refusal
        if ends_at is not None and refusal is None:
            self._window_timer.start()
        else:
            self._window_timer.stop()
        self._show_window_note()
        self._update_send()

    def _show_window_note(self) -> None:
        import html

        ends, now = self._window_ends, datetime.now(UTC)
        if self.refusal is not None:
            late = colors.late(self.palette()).name()
            text = i18n.arg(self.tr("<b style='color:%1'>Cannot be answered here now:</b> %2"), late, html.escape(self.refusal))
        elif ends is None:
            text = ""
        elif ends <= now:
            # The window closed while the reply was being written.
            text = self.tr("The time to answer here is over.")
            self.refusal = text
            self._update_send()
        else:
            text = i18n.arg(self.tr("Answerable for %1 more (until %2)"), style.waited(now, ends), style.local_time(ends))
        self.window_note.setText(text)
        self.window_note.setToolTip(self.refusal or self.tr("The platform takes replies for a limited time after the customer's last message."))

    def focus_reply(self) -> None:
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def say(self, text: str) -> None:
        """A line on what just happened ("" hides it)."""
        self.status.setText(text)
        self.status.setVisible(bool(text))

    # -- sending and undo -----------------------------------------------------------------

    def send(self, *, send_at: datetime | None = None) -> None:
        if self.conversation is None or not self.send_button.isEnabled():
            return
        if not self.private.isHidden() and not self.direct():
            self._ask_public_anyway(send_at)
            return
        self.send_requested.emit(self._outgoing(self.direct(), send_at=send_at))

    def _outgoing(self, direct: bool, *, send_at: datetime | None = None, public_anyway: bool = False) -> Outgoing:
        assert self.conversation is not None
        channel = self.answer_via.channel()
        return Outgoing(
            self.conversation.id, self.outgoing_text(), direct, public_anyway=public_anyway, send_at=send_at,
            via=channel.identity_id if channel else None, follow_up=self.reminder.chosen(),
            pictures=tuple(self.attachments.pictures()),
        )  # fmt: skip

    def _ask_public_anyway(self, send_at: datetime | None) -> None:
        """The personal-data alert shows: Send (or Ctrl+Enter) asks first."""
        conversation_id = self.conversation.id if self.conversation else None

        def answered(choice: str) -> None:
            if self.conversation is None or self.conversation.id != conversation_id:
                return  # (the user moved on meanwhile)
            if choice == AS_DM:
                self.visibility.setCurrentIndex(1)
                self.send_requested.emit(self._outgoing(True, send_at=send_at))
            elif choice == PUBLIC_ANYWAY:
                # The user saw the warning and sends in public all the same.
                self.send_requested.emit(self._outgoing(False, send_at=send_at, public_anyway=True))

        self.confirm_box = ask_public_anyway(
            self, self._private_kinds, answered, offer_dm=self.answer_via.channel() is None
        )  # (kept for tests)

    def send_later(self, when: datetime) -> None:
        """"Send at…": queued now, sent at ``when`` (the outbox keeps it till then)."""
        self.send(send_at=when)

    def send_with_handoff(self) -> None:
        """The well-known move: a short public reply, and the real answer by DM."""
        if self.conversation is None or not self.send_button.isEnabled():
            return
        template = self.handoff_template or self.tr("Thanks {first_name}! I've sent you a direct message.", "sent to the customer")
        from desktop_inbox.text import placeholders

        filled = placeholders.fill(
            template,
            name=self.conversation.customer_name,
            handle=self.conversation.customer_handle,
            my_name=self.my_name,
        )
        pictures = tuple(self.attachments.pictures())
        self.send_requested.emit(
            Outgoing(self.conversation.id, self.outgoing_text(), True, handoff=filled.text, pictures=pictures)
        )

    def sent(self, *, undo_seconds: int, send_at: datetime | None = None) -> None:
        self._restoring = True
        self.edit.clear()
        self.attachments.clear(discard=False)  # the outbox keeps them now
        self._restoring = False
        self.awaiting_delivery = True
        for banner in (self.blocking, self.private, self.canned):
            banner.hide()
        self.reminder.reset()
        if send_at is not None:
            self.awaiting_delivery = False
            self.status.setText(i18n.arg(self.tr(
                "Scheduled for %1 — it waits in the outbox (File ▸ Outbox: edit, move or cancel it until then)."
            ), date_and_clock(send_at.astimezone())))
        elif undo_seconds > 0:
            self._undo_left = undo_seconds
            self._tick_undo(first=True)
            self._undo_timer.start()
            self.say("")
        else:
            self.say(self._queued())

    def _tick_undo(self, first: bool = False) -> None:
        if not first:
            self._undo_left -= 1
        if self._undo_left <= 0:
            self._undo_timer.stop()
            self.undo.hide()
            if self.awaiting_delivery:  # (delivered already: "Sent at …" stays)
                self.say(self._queued())
            return
        self.undo.label.setText(self.tr("Sending in %n s…", "", self._undo_left))
        self.undo.show()

    def undone(self, text: str) -> None:
        self._undo_timer.stop()
        self.undo.hide()
        self.awaiting_delivery = False
        self.edit.setPlainText(text)
        self.edit.moveCursor(QTextCursor.MoveOperation.End)
        self.say(self.tr("Not sent — the reply is back in the editor."))
        self.focus_reply()

    def delivered(self, at: datetime | None) -> None:
        self.awaiting_delivery = False
        self.say(i18n.arg(self.tr("Sent at %1."), clock(at.astimezone())) if at else self.tr("Sent."))

    def _send_tip(self) -> str:
        return self.tr("Send (Ctrl+Enter). The reply waits in the outbox while you are offline.")

    def _queued(self) -> str:
        return self.tr("Reply queued — it goes out as soon as the account is online.")
