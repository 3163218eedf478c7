"""Replies: queueing (with the checks), undo, cancel, retry, edit, and the
hand-off to direct messages — for the app and the command line alike.

A reply goes into the outbox (it works offline) and ``queued`` tells the
composition root, which wakes the account's sync. Until it is delivered it
counts as our answer; taken back (undo, cancel) the conversation is where
it was before (``store.aggregate``).

A reply may be sent later ("Send at…", ``send_at``) and then counts as our
answer from the moment it is written, not from the time it goes: the
conversation leaves Needs reply for Waiting, because the user has done their
part and nothing more is asked of them until the customer writes. What the
customer lives through is kept apart: response times are measured from the
messages as delivered (``metrics``), so a reply written at 2 at night and
sent at 9 counts as answered at 9. A customer message written after the
reply was scheduled brings the conversation back to Needs reply (the reply
may need changing before it goes); cancelling it puts it back where it was.

A merged customer can be answered through any of their identities
(``via``, see ``channels``): the reply lands in that channel's conversation,
started if there is none yet, and so on the customer's timeline.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from desktop_inbox.connectors.platforms import descriptor
from desktop_inbox.errors import BadInput, NotFound, ReplyNotAllowed
from desktop_inbox.records import AccountStatus, Direction, Kind
from desktop_inbox.services import checks
from desktop_inbox.services.checks import Checks
from desktop_inbox.services.events import Hook
from desktop_inbox.services.inbox import Inbox
from desktop_inbox.services.media import Attached
from desktop_inbox.services.recent import RecentReplies
from desktop_inbox.services.status import outbox_problem
from desktop_inbox.store import channels as store_channels
from desktop_inbox.store import conversations, drafts, outbox, outbox_media, preferences
from desktop_inbox.store.channels import Channel
from desktop_inbox.store.conversations import ConversationDetail
from desktop_inbox.store.db import Cache
from desktop_inbox.store.media_files import MediaFolder
from desktop_inbox.store.outbox import OutboxItem
from desktop_inbox.words import QT_TRANSLATE_NOOP, Phrase

# The last messages a check looks at for the customer's own words.
_RECENT = 20
# In a team: a reply by another member to the same customer this recent
# warns before a second one goes.
OTHERS_RECENT = timedelta(minutes=5)

Statuses = Callable[[], Awaitable[dict[int, AccountStatus]]]
Clock = Callable[[], datetime]


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class Sent:
    """What ``send`` queued (the hand-off first), and what it warns about."""

    items: tuple[OutboxItem, ...]
    checks: Checks
    delay: timedelta

    @property
    def send_at(self) -> datetime | None:
        """The time it was scheduled for (None: it goes once the undo window ends)."""
        return self.items[-1].send_at

    @property
    def conversation_id(self) -> int:
        """Where it landed (another conversation when answered via another channel)."""
        return self.items[-1].conversation_id

    @property
    def warnings(self) -> tuple[str, ...]:
        if self.checks.canned.sounds_canned:
            return (
                f"This reads almost like replies already sent to {self.checks.canned.customers} other customers; "
                "a line written for this person makes all the difference.",
            )
        return ()


@dataclass(frozen=True, slots=True)
class PendingReply:
    """A reply in the outbox, with what keeps it there (``status.outbox_problem``)."""

    item: OutboxItem
    problem: Phrase  # str(): in English
    to: str = ""  # the customer it goes to: their name, and handle
    late: bool = False  # its chosen time has passed unsent: it goes with the next sync

    @property
    def direct(self) -> bool:
        return self.item.kind == Kind.DIRECT


async def _no_statuses() -> dict[int, AccountStatus]:
    return {}


@dataclass(frozen=True, slots=True)
class ReplyWindow:
    """Whether and until when a reply may go out (Meta's messaging window)."""

    ends_at: datetime | None  # None: no window applies
    refusal: str | None  # why a reply would be refused now, or None


class ReplyService:
    def __init__(
        self,
        cache: Cache,
        inbox: Inbox,
        *,
        recent: RecentReplies | None = None,
        statuses: Statuses = _no_statuses,
        clock: Clock = _now,
    ) -> None:
        self.cache = cache
        self.inbox = inbox
        self.recent = recent or RecentReplies(cache)
        self._statuses = statuses
        self.clock = clock
        # A reply is waiting to go: the root wakes the account's sync.
        self.queued: Hook[OutboxItem] = Hook("reply queued")

    # -- checks -----------------------------------------------------------------------

    async def check(self, conversation_id: int, text: str, *, direct: bool | None = None) -> Checks:
        detail = await self.cache.read(conversations.get_conversation, conversation_id, limit=_RECENT)
        return await self._check(detail, text, public=_public(detail, direct))

    async def _check(self, detail: ConversationDetail, text: str, *, public: bool) -> Checks:
        summary = detail.summary
        return checks.run(
            text,
            platform=summary.platform,
            public=public,
            char_limit=detail.char_limit,
            url_length=detail.url_length,
            contact_id=summary.contact_id,
            earlier=await self.recent.texts(),
            customer_text=next((m.text for m in reversed(detail.messages) if m.direction == Direction.IN), ""),
            names=tuple(filter(None, (summary.customer_name, summary.customer_handle))),
        )

    async def window(self, conversation_id: int, *, direct: bool | None = None) -> ReplyWindow:
        """Whether and until when a reply may go out here: the composer's
        "answerable for 3 h more", and the check when a reply is queued."""
        from desktop_inbox.store import reply_facts

        facts = await self.cache.read(reply_facts.load, conversation_id, direct=direct)
        platform = descriptor(facts.platform)
        rule, ends = platform.rule(), platform.ends()
        return ReplyWindow(
            ends_at=ends(facts) if ends is not None else None,
            refusal=rule(facts, datetime.now(UTC)) if rule is not None else None,
        )

    async def _refuse_outside_window(self, conversation_id: int, *, direct: bool | None) -> None:
        # A reply the platform will refuse is never queued to fail later.
        refusal = (await self.window(conversation_id, direct=direct)).refusal
        if refusal is not None:
            raise ReplyNotAllowed(refusal)

    # -- sending ------------------------------------------------------------------------

    async def others_replying(self, conversation_id: int) -> list[checks.OtherMember]:
        """In a team: the other members writing to this conversation's
        customer now, or who replied to them in the last ``OTHERS_RECENT``."""
        me = self.inbox.me
        if me is None:
            return []
        from desktop_inbox.store import teamwork

        now_ms = int(self.clock().timestamp() * 1000)
        found = await self.cache.read(
            teamwork.others_at_customer, conversation_id, me, now_ms, int(OTHERS_RECENT.total_seconds() * 1000)
        )
        return [checks.OtherMember(o.member, o.writing, max(0, (now_ms - o.at_ms) // 60_000)) for o in found]

    async def undo_delay(self) -> timedelta:
        """How long a reply can be taken back: the user's preference."""
        return timedelta(seconds=int(await self.cache.read(preferences.get, "undo_seconds") or 0))

    async def send(
        self,
        conversation_id: int,
        text: str,
        *,
        direct: bool | None = None,
        public_anyway: bool = False,
        handoff: str = "",
        delay: timedelta | None = None,
        send_at: datetime | None = None,
        via: int | None = None,
        pictures: Sequence[tuple[Attached, str]] = (),
        others_anyway: bool = False,
    ) -> Sent:
        """Check ``text`` and queue it (``direct`` None: the conversation's way).

        Refused (``checks.Unsendable``, one line) when a placeholder is left,
        it is too long for the platform, or it is public and shows personal
        data without ``public_anyway``. ``handoff``: a short public reply
        queued first, saying that the answer (``text``) follows by direct
        message. ``delay``: how long it can be undone (None: the user's
        preference). ``send_at``: not before this time (in the future).
        ``via``: answer through this identity of the same customer (its
        conversation, started if need be) instead of this conversation.
        ``pictures``: attached pictures with their alt text (required), which
        go with ``text`` (``PicturesRefused`` beyond the platform's limits).
        In a team, ``checks.OthersReplying`` unless ``others_anyway``: another
        member is writing to this customer or replied in the last minutes.
        """
        now = self.clock()
        if send_at is not None and send_at <= now:
            raise BadInput(
                QT_TRANSLATE_NOOP("Errors", "Send at a time in the future, not {astimezone:%Y-%m-%d %H:%M}."),
                astimezone=send_at.astimezone(),
            )
        if via is None:
            return await self._send(
                conversation_id, text, direct=direct, public_anyway=public_anyway, handoff=handoff, delay=delay,
                send_at=send_at, pictures=pictures, others_anyway=others_anyway,
            )  # fmt: skip
        if handoff:
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "A public hand-off goes with a reply in the same conversation, not through another channel.",
                )
            )
        channel = await self._channel(conversation_id, via, direct)
        target = channel.conversation_id
        if target is None:
            target = await self.cache.write(store_channels.start, channel.identity_id, channel.account_id, now=now)
        try:
            return await self._send(
                target, text, direct=True if channel.kind == Kind.DIRECT else None, public_anyway=public_anyway,
                delay=delay, send_at=send_at, also_changed=conversation_id, pictures=pictures,
                others_anyway=others_anyway,
            )  # fmt: skip
        finally:
            if channel.conversation_id is None:
                await self.cache.write(outbox.drop_if_unused, target)  # refused: no empty conversation

    async def _send(
        self,
        conversation_id: int,
        text: str,
        *,
        direct: bool | None,
        public_anyway: bool,
        delay: timedelta | None,
        send_at: datetime | None,
        handoff: str = "",
        also_changed: int | None = None,
        pictures: Sequence[tuple[Attached, str]] = (),
        others_anyway: bool = False,
    ) -> Sent:
        if handoff:
            direct = True  # the answer itself goes by direct message
        detail = await self.cache.read(conversations.get_conversation, conversation_id, limit=_RECENT)
        found = await self._check(detail, text, public=_public(detail, direct))
        checks.refuse_unsendable(found, public_anyway=public_anyway)
        checks.refuse_pictures(
            detail.summary.platform, [a.picture(alt) for a, alt in pictures], direct=not _public(detail, direct),
            picture_limit=detail.picture_limit,
        )  # fmt: skip
        if handoff:
            checks.refuse_unsendable(await self._check(detail, handoff, public=True), public_anyway=public_anyway)
        await self._refuse_outside_window(conversation_id, direct=direct)
        if handoff:
            await self._refuse_outside_window(conversation_id, direct=False)
        if not others_anyway:
            others = await self.others_replying(conversation_id)
            if others:
                raise checks.OthersReplying(others)
        delay = await self.undo_delay() if delay is None else delay
        queue = functools.partial(outbox.queue_reply, conversation_id, delay=delay, send_at=send_at, now=self.clock())
        items = []
        if handoff:
            items.append(await self.cache.write(queue, handoff, direct=False))
        staged = [a.staged(alt) for a, alt in pictures]
        items.append(await self.cache.write(queue, text, direct=direct, media=staged))
        await self.cache.write(drafts.delete, also_changed or conversation_id)
        self.recent.forget()
        self.inbox.changed(*{conversation_id, also_changed or conversation_id})
        for item in items:
            self.queued.emit(item)
        return Sent(tuple(items), found, delay)

    async def undo(self, sent: Sent) -> None:
        """Take back everything ``send`` queued (while it can be); its
        pictures stay, for the composer to send again."""
        for item in reversed(sent.items):
            # (By its key: written on a team's offline copy, it may have been
            # handed over to the team's outbox meanwhile, under another id.)
            item_id = await self.cache.read(outbox.id_of, item.key)
            await self.cancel(item.id if item_id is None else item_id, keep_pictures=True)

    async def cancel(self, item_id: int, *, keep_pictures: bool = False) -> OutboxItem:
        item = await self.cache.write(outbox.cancel, item_id, now=self.clock())
        if not keep_pictures:
            files = await self.cache.write(outbox_media.release, item_id)
            await asyncio.to_thread(MediaFolder(self.cache.data_dir).remove, files)
        self.inbox.changed(item.conversation_id)
        return item

    async def reschedule(self, item_id: int, send_at: datetime | None) -> OutboxItem:
        """Move a reply still waiting to ``send_at`` (None: as soon as possible)."""
        item = await self.cache.write(outbox.reschedule, item_id, send_at, now=self.clock())
        self.inbox.changed(item.conversation_id)
        self.queued.emit(item)  # the account's sync plans its next wake-up again
        return item

    # -- answering where the customer is ------------------------------------------------

    async def channels(self, contact_id: int) -> list[Channel]:
        """Every identity of the customer we can answer through, and how
        (public reply, direct message, e-mail)."""
        found = await self.cache.read(store_channels.channels, contact_id)
        return [
            replace(c, platform_name=descriptor(c.platform).name)
            for c in found
            if c.conversation_id is not None or descriptor(c.platform).starts_direct
        ]

    async def _channel(self, conversation_id: int, identity_id: int, direct: bool | None) -> Channel:
        """The channel of ``identity_id`` to answer through: its conversation
        (a private one first) or, with none, a direct one to start."""
        summary = await self.cache.read(conversations.get_summary, conversation_id)
        found = [c for c in await self.channels(summary.contact_id or 0) if c.identity_id == identity_id]
        if not found:
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Identity {identity_id} is not one through which this customer can be reached (see: contacts show {contact_id} --json).",
                ),
                identity_id=identity_id,
                contact_id=summary.contact_id,
            )
        if direct is False:
            found = [c for c in found if c.kind == Kind.PUBLIC] or found
        elif direct:
            found = [c for c in found if c.kind == Kind.DIRECT] or found
        found.sort(key=lambda c: (c.conversation_id is None, c.kind != Kind.DIRECT))
        chosen = found[0]
        if direct and chosen.kind != Kind.DIRECT:
            raise BadInput(
                QT_TRANSLATE_NOOP("Errors", "{platform_name} cannot start a direct message with {handle}."),
                platform_name=chosen.platform_name,
                handle=chosen.handle,
            )
        return chosen

    async def retry(self, item_id: int) -> OutboxItem:
        item = await self.cache.write(outbox.retry, item_id)
        self.inbox.changed(item.conversation_id)
        self.queued.emit(item)
        return item

    async def resend(self, item_id: int) -> OutboxItem:
        """A reply that may have been sent did not arrive (the user checked;
        SMTP cannot tell): send it again."""
        item = await self.cache.write(outbox.resend, item_id)
        self.inbox.changed(item.conversation_id)
        self.queued.emit(item)
        return item

    async def mark_sent(self, item_id: int) -> OutboxItem:
        """A reply that may have been sent did arrive: keep it as sent, never send it again."""
        item = await self.cache.write(outbox.confirm_sent, item_id)
        self.inbox.changed(item.conversation_id)
        return item

    async def edit(self, item_id: int, text: str, *, public_anyway: bool = False) -> OutboxItem:
        """Change a reply still waiting; the same checks apply."""
        item = await self.cache.read(outbox.get, item_id)
        detail = await self.cache.read(conversations.get_conversation, item.conversation_id, limit=_RECENT)
        checks.refuse_unsendable(
            await self._check(detail, text, public=item.kind == Kind.PUBLIC), public_anyway=public_anyway
        )
        item = await self.cache.write(outbox.edit, item_id, text)
        self.inbox.changed(item.conversation_id)
        self.queued.emit(item)
        return item

    # -- the outbox ---------------------------------------------------------------------

    async def pending(self) -> list[PendingReply]:
        """Every reply not delivered yet, with what keeps it waiting."""
        items = await self.cache.read(outbox.pending)
        recipients = await self.cache.read(_recipients, {i.conversation_id for i in items})
        statuses = await self._statuses()
        now = self.clock()
        return [
            PendingReply(
                i,
                outbox_problem(i, statuses.get(i.account_id, AccountStatus()), now=now),
                to=recipients.get(i.conversation_id, ""),
                late=i.late(now),
            )
            for i in items
        ]

    async def waiting_count(self) -> int:
        return await self.cache.read(outbox.count_waiting)


def _recipients(conversation_ids: set[int]) -> dict[int, str]:
    """Who each conversation's replies go to ("Anna Lambrou @anna@example.social")."""
    found = {}
    for conversation_id in conversation_ids:
        try:
            summary = conversations.get_summary(conversation_id)
        except NotFound:
            continue
        name, handle = summary.customer_name, summary.customer_handle
        found[conversation_id] = f"{name} {handle}" if name and name != handle else handle
    return found


def _public(detail: ConversationDetail, direct: bool | None) -> bool:
    return detail.summary.kind == Kind.PUBLIC and not direct
