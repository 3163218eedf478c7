"""Sending, taking back, retrying and cancelling a reply: the use case the
window wrote itself.

THE ADAPTER TO REPLACE (issue 20): each method here is the sequence the app
runs today over ``Inbox``, ``ComposerService`` and the sync engine. Once
``services/`` has the reply service (queue, undo, cancel, retry, hand-off,
with their checks, wired to the engine by the composition root), each method
becomes one call to it and this file is the only one in ``ui/`` to change.
Nothing here imports Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop_inbox.ui.context import AppContext
    from desktop_inbox.ui.conversation.composer import Outgoing


@dataclass(frozen=True)
class Queued:
    """A reply in the outbox, as the composer asked for it."""

    outgoing: Outgoing
    item_ids: tuple[int, ...]  # outbox items: the public hand-off first, if any
    undo_seconds: int  # how long it can still be taken back (0: it goes at once)


class Replies:
    def __init__(self, ctx: AppContext, *, wake: Callable[[int], None]) -> None:
        self._ctx = ctx
        self._wake = wake  # sync this account now

    async def send(self, outgoing: Outgoing) -> Queued:
        """Queue the reply (after its public hand-off, if any) with the undo
        delay the user chose; the draft goes and the account syncs."""
        inbox, composer = self._ctx.inbox, self._ctx.composer
        undo = _seconds(await composer.preference("undo_seconds"))
        delay = timedelta(seconds=undo)
        items = []
        if outgoing.handoff:
            items.append(await inbox.reply(outgoing.conversation_id, outgoing.handoff, direct=False, delay=delay))
        items.append(await inbox.reply(outgoing.conversation_id, outgoing.text, direct=outgoing.direct, delay=delay))
        await composer.delete_draft(outgoing.conversation_id)
        composer.forget_sent_cache()
        for item in items:
            self._wake(item.account_id)
        return Queued(outgoing, tuple(item.id for item in items), undo)

    async def undo(self, queued: Queued) -> None:
        """Take a queued reply back (``InboxError`` once it has gone out)."""
        for item_id in queued.item_ids:
            await self._ctx.inbox.cancel(item_id)

    async def retry(self, item_id: int) -> None:
        item = await self._ctx.inbox.retry(item_id)
        self._wake(item.account_id)

    async def cancel(self, item_id: int) -> None:
        await self._ctx.inbox.cancel(item_id)

    async def resend(self, item_id: int) -> None:
        """A reply that may have been sent did not arrive: send it again."""
        item = await self._ctx.inbox.resend(item_id)
        self._wake(item.account_id)

    async def mark_sent(self, item_id: int) -> None:
        """A reply that may have been sent did arrive: keep it as sent."""
        await self._ctx.inbox.mark_sent(item_id)


def _seconds(value: object) -> int:
    return int(value) if isinstance(value, int | float | str) and value else 0
