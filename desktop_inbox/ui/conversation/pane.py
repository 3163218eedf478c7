"""The conversation pane: header, thread and composer for one conversation.

It loads the conversation off the Qt thread and drops what arrives after the
user moved on (a request token), shows a window of it (the newest messages,
or those around a search hit) and pages in more as the thread scrolls to
either end, asks for what the sync left out of its thread when it is opened,
and hands the composer's replies to the reply adapter (``replies.py``).
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine, Sequence
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from desktop_inbox.records import Direction, Kind, State
from desktop_inbox.services import platforms
from desktop_inbox.ui import i18n
from desktop_inbox.ui.conversation.composer import Composer, Outgoing
from desktop_inbox.ui.conversation.header import ConversationHeader
from desktop_inbox.ui.conversation.replies import Queued, Replies
from desktop_inbox.ui.conversation.team import TeamSupport, ask_send_despite_others
from desktop_inbox.ui.conversation.thread_view import ThreadView
from desktop_inbox.ui.i18n import say
from desktop_inbox.ui.tasks import spawn
from desktop_inbox.ui.timepick import date_and_clock

if TYPE_CHECKING:
    from desktop_inbox.services.live import LiveChange
    from desktop_inbox.services.media import MediaItem
    from desktop_inbox.services.values import Account, ConversationDetail, Dismissed, MessageView, SyncEvent
    from desktop_inbox.ui.context import AppContext

# The messages a thread opens with: two or three screenfuls, read and laid
# out in a few milliseconds however long the conversation (bench/,
# measurement 4). Every message is laid out when it comes (~0.4 ms, more
# for a script whose font loads then), all in the one step that shows the
# conversation: 40 of them took that step past 50 ms on a loaded machine.
THREAD_PAGE = 20
# What scrolling to an end adds at a time: each message is laid out as it
# comes (~0.5 ms), so a small page keeps each step well within a frame.
EDGE_PAGE = 20
# A platform's counting rules load once the pane has been left alone this
# long after its first conversation showed (``_prepare_counting``).
COUNTING_IDLE_MS = 1000


class ConversationPane(QSplitter):
    shown = Signal(object)  # ConversationDetail, once it is on screen
    contact_loaded = Signal(object, int)  # ContactDetail or None, the conversation id (for the customer panel)
    message = Signal(str, int)  # a passing note for the status bar, and for how long (ms)
    snippets_requested = Signal()  # "Manage saved replies…"
    preferences_requested = Signal()  # "Your name" is empty: where to set it
    dismissed = Signal(object)  # the ids of heard posts just dismissed (they are gone)

    def __init__(self, ctx: AppContext, replies: Replies) -> None:
        super().__init__(Qt.Orientation.Vertical)
        self._ctx = ctx
        self.replies = replies
        self.current: ConversationDetail | None = None
        self._token = 0
        self._opening: int | None = None  # asked for, not shown yet
        self._queued: Queued | None = None  # the last reply sent, while it can be taken back
        self._accounts: Sequence[Account] = []
        self._counted: set[str] = set()  # platforms whose counting rules are loaded (or asked for)
        self._to_count: set[str] = set()
        self._counting = QTimer(self, singleShot=True, interval=COUNTING_IDLE_MS)
        self._counting.timeout.connect(self._load_counting)
        self.header = ConversationHeader(lambda: ctx.requests)
        self.team = TeamSupport(ctx, self.header, self.current_id)
        self.thread_view = ThreadView()
        self.thread_view.verticalScrollBar().valueChanged.connect(self._postpone_counting)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.thread_view, 1)
        self.composer = Composer()
        self.addWidget(box)
        self.addWidget(self.composer)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 1)
        # The thread and the composer's first heights (the user's, once moved):
        # room for a draft and two strips under it.
        self.setSizes([620, 300])
        self.header.done_clicked.connect(self.toggle_done)
        self.header.dismiss_clicked.connect(lambda mute: self.dismiss(mute_author=mute))
        self.composer.send_requested.connect(self.send_reply)
        self.composer.undo_requested.connect(self.undo_send)
        self.composer.draft_changed.connect(
            lambda cid, text, kind: spawn(ctx.composer.save_draft(cid, text, kind), name="save-draft")
        )
        self.composer.draft_changed.connect(lambda cid, text, _kind: self.team.draft_changed(cid, text))
        self.composer.check_requested.connect(self.run_checks)
        self.composer.manage_snippets.connect(self.snippets_requested)
        self.composer.preferences_requested.connect(self.preferences_requested)
        self.composer.direct_changed.connect(lambda _direct: self.check_window())
        self.thread_view.retry_requested.connect(self.retry_reply)
        self.thread_view.cancel_requested.connect(self.cancel_reply)
        self.thread_view.edge_reached.connect(self.load_more)
        self.thread_view.media_requested.connect(self.open_media)
        self.composer.attachments.media = lambda: ctx.media

    def current_id(self) -> int | None:
        return self.current.summary.id if self.current is not None else None

    def chosen_id(self) -> int | None:
        """The conversation the user chose: the one being opened, else the one shown."""
        return self._opening if self._opening is not None else self.current_id()

    def set_accounts(self, accounts: Sequence[Account]) -> None:
        """The accounts as last read (a reply is signed with its account's signature)."""
        self._accounts = accounts

    # -- showing a conversation --------------------------------------------------------

    def open(self, conversation_id: int, *, message_id: int | None = None) -> None:
        if conversation_id != self.current_id():
            self.team.stopped()  # (no longer writing in the one left)
        self._token += 1
        self._opening = conversation_id
        spawn(self._open(conversation_id, self._token, message_id), name="open-conversation")

    async def _open(self, conversation_id: int, token: int, message_id: int | None) -> None:
        try:
            await self._load(conversation_id, token, message_id=message_id)
        finally:
            if token == self._token:
                self._opening = None

    def reload(self) -> None:
        """Read the open conversation again (it changed), keeping the place;
        not while the user is opening another one: the reading would take
        the opening's place, and the pane stayed on the conversation left
        while the list showed the one chosen."""
        if self.current is not None and self._opening in (None, self.current.summary.id):
            self._token += 1
            spawn(self._load(self.current.summary.id, self._token, keep_position=True))

    def on_sync_changed(self, event: SyncEvent) -> None:
        """A sync stored messages or delivered replies: re-read if this one changed."""
        if self.current is not None and self.current.summary.id in event.conversations:
            self.reload()

    async def _load(
        self, conversation_id: int, token: int, *, message_id: int | None = None, keep_position: bool = False
    ) -> None:
        inbox = self._ctx.inbox
        same = self.current is not None and self.current.summary.id == conversation_id
        stored = self.thread_view.messages.stored() if same and keep_position else []
        if message_id is not None:
            detail = await inbox.conversation(conversation_id, limit=THREAD_PAGE, around=message_id)
        elif stored:
            # The same window again (and what came after it, if it reached the end).
            more = 0 if self.thread_view.messages.has_newer else THREAD_PAGE
            first = _cursor(stored[0])
            detail = await inbox.conversation(
                conversation_id, limit=len(stored) + more, after=(first[0], first[1] - 1)
            )
        else:
            detail = await inbox.conversation(conversation_id, limit=THREAD_PAGE)
        if token != self._token:
            return  # the user has moved on (down the list, say): nothing more is read for this one
        contact = await self._ctx.contacts.contact(detail.summary.contact_id) if detail.summary.contact_id else None
        draft = None if same or token != self._token else await self._ctx.composer.draft(conversation_id)
        if token != self._token:
            return  # the user has moved on
        # Everything is read: show it all at once, with no await in between,
        # so nothing the user types can land between two half-updated panes.
        self.current = detail
        self.composer.setEnabled(True)
        self.thread_view.show_conversation(detail, keep_position=keep_position and same)
        if message_id is not None:
            self.thread_view.scroll_to_message(message_id)
        account = next((a for a in self._accounts if a.id == detail.summary.account_id), None)
        self.composer.set_conversation(
            detail.summary,
            char_limit=detail.char_limit,
            url_length=detail.url_length,
            picture_limit=detail.picture_limit,
            signature=account.signature if account else "",
            draft=draft.text if draft else None,
            draft_kind=draft.kind if draft else "",
        )
        if detail.summary.contact_id:
            # (Again when it is the same: a note, a tag, a merge or an answer changes it.)
            spawn(self._load_brief(detail.summary.contact_id, conversation_id, token))
            if not same:
                spawn(self._load_channels(detail.summary.contact_id, token), name="answer-via")
        self.check_window()
        if same and self.composer.awaiting_delivery and not any(m.pending for m in detail.messages):
            last = detail.messages[-1] if detail.messages else None
            self.composer.delivered(last.created_at if last else None)
        self.contact_loaded.emit(contact, conversation_id)
        self.header.show_summary(detail.summary)
        self.team.shown(detail.summary)
        self.shown.emit(detail)
        if not same:
            # What the sync left out of its thread comes now (its event reloads it).
            spawn(self._ctx.sync.complete_thread(conversation_id), name="complete-thread")
            self._prepare_counting(detail.summary.platform.value)
        if detail.summary.unread_count:
            await inbox.mark_read(conversation_id)

    def _prepare_counting(self, platform: str) -> None:
        """The platform's counting rules, loaded off this thread once one of
        its conversations has shown, before the first key typed needs them:
        X's (twitter-text) compile their expressions as they load, ~0.4 s, and
        the composer's first count froze the window that long. Only once the
        pane is left alone: Python work on another thread slows this one's
        (each return from Qt waits its turn at Python's lock), so loaded as
        conversations open or the thread scrolls it made them stall."""
        if platform not in self._counted:
            self._counted.add(platform)
            self._to_count.add(platform)
        if self._to_count:
            self._counting.start()

    def _postpone_counting(self) -> None:
        if self._counting.isActive():
            self._counting.start()

    def _load_counting(self) -> None:
        names, self._to_count = sorted(self._to_count), set()
        spawn(asyncio.to_thread(platforms.prepare_counting, names), name="prepare-counting")

    def check_window(self) -> None:
        """How long the platform still takes a reply here (Meta's 24 hours),
        for the way chosen (public or direct)."""
        if self.current is None:
            return
        conversation_id, token, direct = self.current.summary.id, self._token, self.composer.direct()

        async def check() -> None:
            window = await self._ctx.replies.window(conversation_id, direct=direct)
            if token == self._token and direct == self.composer.direct():
                self.composer.set_window(window.ends_at, window.refusal)

        spawn(check(), name="reply-window")

    async def _load_brief(self, contact_id: int, conversation_id: int, token: int) -> None:
        brief = await self._ctx.composer.brief(contact_id, conversation_id)
        if token == self._token:
            self.composer.set_brief(brief)

    async def _load_channels(self, contact_id: int, token: int) -> None:
        channels = await self._ctx.replies.channels(contact_id)
        if token == self._token:
            self.composer.set_channels(channels)

    def load_more(self, end: int) -> None:
        """The thread scrolled to an end of what it shows: the page beyond it
        (-1: older, +1: newer)."""
        if self.current is None:
            return
        conversation_id = self.current.summary.id
        stored = self.thread_view.messages.stored()
        if not stored:
            return
        token = self._token

        async def load() -> None:
            inbox = self._ctx.inbox
            if end < 0:
                page = await inbox.conversation(conversation_id, limit=EDGE_PAGE, before=_cursor(stored[0]))
            else:
                page = await inbox.conversation(conversation_id, limit=EDGE_PAGE, after=_cursor(stored[-1]))
            if token != self._token or self.current is None:
                return  # another conversation (or the same read again) meanwhile
            await self.thread_view.lay_out(page.messages)
            if token != self._token or self.current is None:
                return
            if end < 0:
                self.thread_view.add_older(page.messages, has_older=page.has_more)
            else:
                self.thread_view.add_newer(page.messages, has_newer=page.has_newer)
            thread = self.thread_view.messages
            self.current = replace(self.current, messages=list(thread.rows), has_more=thread.has_older, has_newer=thread.has_newer)

        spawn(load(), name="thread-page")

    def open_media(self, media_id: int) -> None:
        """A kept picture, large, with its alt text (ui/dialogs/image_viewer.py)."""

        def show(item: MediaItem) -> None:
            from desktop_inbox.ui.dialogs.image_viewer import ImageViewer

            viewer = ImageViewer(
                path=self._ctx.media.local_path(item.file), kind=item.kind, alt=item.alt, name=item.name, parent=self
            )
            viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            viewer.open()

        spawn(self._ctx.media.item(media_id), on_done=show)

    def focus_thread(self) -> None:
        if self.current is not None:
            self.thread_view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- the composer ------------------------------------------------------------------

    def reload_snippets(self) -> None:
        """Saved replies, the user's name and hand-off text, as last saved."""
        composer = self._ctx.composer

        async def load() -> None:
            self.composer.set_snippets(await composer.snippets())
            self.composer.my_name = str(await composer.preference("my_name") or "")
            self.composer.handoff_template = str(await composer.preference("dm_handoff_text") or "")
            self.composer.send_at.working_hours = await composer.working_hours()

        spawn(load())

    def run_checks(self, text: str) -> None:
        detail = self.current
        if detail is None:
            return
        customer_text = next((m.text for m in reversed(detail.messages) if m.direction == Direction.IN), "")
        names = tuple(filter(None, (detail.summary.customer_name, detail.summary.customer_handle)))
        platform, limit, url_length = self.composer.target()  # (another channel's, answering via it)

        async def check() -> None:
            checks = await self._ctx.composer.check(
                text,
                platform=platform,
                kind=Kind.DIRECT if self.composer.direct() else Kind.PUBLIC,
                limit=limit,
                url_length=url_length,
                contact_id=detail.summary.contact_id,
                customer_text=customer_text,
                names=names,
            )
            self.composer.show_checks(text, checks)

        spawn(check(), name="composer-checks")

    # -- replies (the use case itself is in replies.py) ---------------------------------

    def send_reply(self, outgoing: Outgoing) -> None:
        spawn(self.replies.send(outgoing), on_done=self._sent, on_error=lambda exc: self._not_sent(outgoing, exc))

    def _not_sent(self, outgoing: Outgoing, exc: BaseException) -> None:
        from desktop_inbox.services.checks import OthersReplying

        if not isinstance(exc, OthersReplying):
            self.composer.say(say(exc))
            return

        def answered(send: bool) -> None:
            if send:
                self.send_reply(outgoing._replace(others_anyway=True))

        self.others_box = ask_send_despite_others(self, self.team.describe_others(exc.others), answered)

    def on_live(self, change: LiveChange) -> None:
        """Another member changed something: read the open conversation
        again if it was this one; who is writing may have changed."""
        current = self.current_id()
        if current is not None and change.touches(current):
            self.reload()
        self.team.on_live(change)

    def _sent(self, queued: Queued) -> None:
        self._queued = queued
        self.team.stopped()
        self.composer.sent(undo_seconds=0 if queued.sent.send_at else queued.undo_seconds, send_at=queued.sent.send_at)
        if queued.outgoing.via is not None:
            self.message.emit(self.tr("Sent through the customer's other channel: it is in that conversation."), 5000)
        self.reload()

    def undo_send(self) -> None:
        queued = self._queued
        if queued is None:
            return

        def undone(_result: None) -> None:
            self._queued = None
            self.composer.undone(self._without_signoff(queued.outgoing.text))
            self.composer.attachments.restore(queued.outgoing.pictures)
            self.reload()

        spawn(
            self.replies.undo(queued),
            on_done=undone,
            on_error=lambda exc: self.composer.say(i18n.arg(self.tr("Too late to undo: %1"), exc)),
        )

    def _without_signoff(self, text: str) -> str:
        signature = self.composer.signature
        if signature and text.endswith("\n" + signature):
            return text[: -len(signature) - 1]
        return text

    def retry_reply(self, item_id: int) -> None:
        spawn(self.replies.retry(item_id), on_done=lambda _r: self.reload())

    def cancel_reply(self, item_id: int) -> None:
        spawn(self.replies.cancel(item_id), on_done=lambda _r: self.reload())

    # -- the conversation's state ----------------------------------------------------------

    def mark_done(self) -> None:
        if self.current is not None:
            self._change_state(self._ctx.inbox.mark_done(self.current.summary.id))

    def reopen(self) -> None:
        if self.current is not None:
            self._change_state(self._ctx.inbox.reopen(self.current.summary.id))

    def toggle_done(self) -> None:
        if self.current is not None and self.current.summary.state == State.DONE:
            self.reopen()
        else:
            self.mark_done()

    def _change_state(self, change: Coroutine[Any, Any, object]) -> None:
        def changed(_result: object) -> None:
            self.message.emit(self.tr("Conversation updated."), 3000)
            self.reload()

        spawn(change, on_done=changed)

    def dismiss(self, *, mute_author: bool = False) -> None:
        """Put the open heard post away for good (and mute its author)."""
        detail = self.current
        if detail is None or detail.summary.state != State.HEARD:
            self.message.emit(self.tr("Only a post heard by listening, not yet answered, can be dismissed."), 5000)
            return

        def done(dismissed: Dismissed) -> None:
            count = len(dismissed.conversations)
            if dismissed.muted_author:
                note = i18n.arg(self.tr("Dismissed %n heard post(s); %1 is muted.", "", count), dismissed.muted_author)
            else:
                note = self.tr("Dismissed %n heard post(s).", "", count)
            self.message.emit(note, 5000)
            if self.current is not None and self.current.summary.id in dismissed.conversations:
                self.show_nothing()
            self.dismissed.emit(dismissed.conversations)

        spawn(
            self._ctx.listening.dismiss(detail.summary.id, mute_author=mute_author),
            on_done=done,
            on_error=lambda exc: self.message.emit(say(exc), 8000),
        )

    def show_nothing(self) -> None:
        """No conversation open (the one shown is gone)."""
        self._token += 1
        self._opening = None
        self.current = None
        self.thread_view.show_conversation(None)
        self.header.clear()
        self.composer.setEnabled(False)
    def follow_up(self, at: datetime | None) -> None:
        """Bring this conversation back at ``at`` if the customer has not
        written by then (None: no reminder)."""
        if self.current is None:
            return
        followups = self._ctx.followups
        conversation_id = self.current.summary.id
        if at is None:
            change, note = followups.clear(conversation_id), self.tr("No reminder on this conversation.")
        else:
            note = i18n.arg(self.tr("It comes back on %1 if the customer has not written by then."), date_and_clock(at.astimezone()))
            change = followups.remind_at(conversation_id, at)

        def done(_summary: object) -> None:
            self.message.emit(note, 5000)
            self.reload()

        spawn(change, on_done=done, on_error=lambda exc: self.message.emit(say(exc), 5000))

    def snooze(self, until: datetime) -> None:
        if self.current is None:
            return
        note = i18n.arg(self.tr("Snoozed until %1."), date_and_clock(until.astimezone()))

        def snoozed(_state: object) -> None:
            self.message.emit(note, 5000)
            self.reload()  # (the header says until when)

        spawn(self._ctx.inbox.snooze(self.current.summary.id, until), on_done=snoozed)


def _cursor(message: MessageView) -> tuple[int, int]:
    """A stored message's place in its conversation, as the store pages by it."""
    assert message.id is not None
    return round(message.created_at.timestamp() * 1000), message.id
