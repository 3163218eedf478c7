"""Sending, taking back, retrying and cancelling a reply, for the window's
widgets: each one call to the reply use case (``services/replies.py``: the
checks, the hand-off, the draft, waking the sync). Nothing here imports Qt.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from desktop_inbox.services.replies import PendingReply, Sent
    from desktop_inbox.services.values import OutboxItem
    from desktop_inbox.ui.context import AppContext
    from desktop_inbox.ui.conversation.composer import Outgoing


class Queued(NamedTuple):
    """A reply in the outbox, as the composer asked for it."""

    outgoing: Outgoing
    sent: Sent

    @property
    def item_ids(self) -> tuple[int, ...]:
        """Outbox items: the public hand-off first, if any."""
        return tuple(item.id for item in self.sent.items)

    @property
    def undo_seconds(self) -> int:
        """How long it can still be taken back (0: it goes at once)."""
        return int(self.sent.delay.total_seconds())


class Replies:
    def __init__(self, ctx: AppContext) -> None:
        self._ctx = ctx

    async def send(self, outgoing: Outgoing) -> Queued:
        """Queue the reply (after its public hand-off, if any) with the undo
        delay the user chose; refused (``Unsendable``) when it cannot go as
        written. The composer says "public anyway" when the user saw the
        personal-data warning and sent all the same."""
        sent = await self._ctx.replies.send(
            outgoing.conversation_id,
            outgoing.text,
            direct=outgoing.direct,
            public_anyway=outgoing.public_anyway,
            handoff=outgoing.handoff,
            pictures=outgoing.pictures,
            send_at=outgoing.send_at,
            via=outgoing.via,
            others_anyway=outgoing.others_anyway,
        )
        if outgoing.follow_up is not None:
            # "Remind me if no answer by …": from now, on the conversation it landed in.
            await self._ctx.followups.remind_in(sent.conversation_id, outgoing.follow_up)
        return Queued(outgoing, sent)

    async def undo(self, queued: Queued) -> None:
        """Take a queued reply back (``InboxError`` once it has gone out)."""
        await self._ctx.replies.undo(queued.sent)

    async def retry(self, item_id: int) -> OutboxItem:
        return await self._ctx.replies.retry(item_id)

    async def cancel(self, item_id: int) -> OutboxItem:
        return await self._ctx.replies.cancel(item_id)

    async def reschedule(self, item_id: int, send_at: datetime | None) -> OutboxItem:
        """Send a waiting reply at another time (None: as soon as possible)."""
        return await self._ctx.replies.reschedule(item_id, send_at)

    async def edit(self, item_id: int, text: str) -> OutboxItem:
        return await self._ctx.replies.edit(item_id, text)

    async def resend(self, item_id: int) -> OutboxItem:
        """A reply that may have been sent did not arrive: send it again."""
        return await self._ctx.replies.resend(item_id)

    async def mark_sent(self, item_id: int) -> OutboxItem:
        """A reply that may have been sent did arrive: keep it as sent."""
        return await self._ctx.replies.mark_sent(item_id)

    async def pending(self) -> list[PendingReply]:
        return await self._ctx.replies.pending()
