"""Delivering the outbox: each reply exactly once, or left to the user.

``sending`` is written before every attempt, and only if no other attempt
started since the item was read (two senders never both claim it); an
attempt in doubt (a crash, a lost answer) is looked for with ``find_sent``
before any new one. Where not finding it proves nothing (``resend_is_safe``
False: SMTP), the reply becomes ``maybe_sent`` and the user resends it or
marks it as sent.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from desktop_inbox.connectors.base import Connector
from desktop_inbox.errors import MalformedResponse, NeedsSignIn, RateLimited, Rejected, TransientError
from desktop_inbox.records import Kind, OutboxState, OutgoingReply
from desktop_inbox.store import outbox as store_outbox
from desktop_inbox.store.accounts import Account
from desktop_inbox.store.db import Cache
from desktop_inbox.sync import uploads
from desktop_inbox.sync.backoff import Backoff
from desktop_inbox.sync.events import SyncEvent, SyncEventKind

if TYPE_CHECKING:
    from desktop_inbox.sync.engine import AccountResult
from desktop_inbox.sync.threads import resolve_threads

log = logging.getLogger("desktop_inbox.sync")


@dataclass
class Delivery:
    cache: Cache
    clock: Callable[[], datetime]
    backoff: Backoff
    emit: Callable[[SyncEvent], None]
    # In a team: whether this app still leads an account (sync.leadership).
    may_send: Callable[[int], Awaitable[bool]] | None = None

    def _changed(self, account_id: int, conversation_id: int, message: str = "") -> None:
        self.emit(SyncEvent(SyncEventKind.OUTBOX, account_id, conversations=frozenset({conversation_id}), message=message))

    async def deliver(
        self, account: Account, connector: Connector, result: AccountResult, *, ignore_backoff: bool
    ) -> int:
        """Send the account's due replies; how many went."""
        items = await self.cache.read(store_outbox.due, account_id=account.id, now=self.clock(), ignore_backoff=ignore_backoff)
        sent = 0
        for item in items:
            sent += await self._deliver_one(account, connector, item, result)
        return sent

    async def _deliver_one(
        self, account: Account, connector: Connector, item: store_outbox.OutboxItem, result: AccountResult
    ) -> int:
        in_doubt = item.state == OutboxState.SENDING
        if self.may_send is not None and not await self.may_send(account.id):
            return 0  # (this app no longer leads the account: its new leader sends it)
        claimed = await self.cache.write(store_outbox.mark_sending, item.id, attempts=item.attempts)
        if claimed is None or claimed.state != OutboxState.SENDING:
            return 0  # cancelled meanwhile, or claimed by another sender
        item = claimed
        customer = await self.cache.read(store_outbox.customer_of, item.conversation_id)
        parent = await self.cache.read(store_outbox.parent_extra, account.id, item.in_reply_to)
        reply = OutgoingReply(
            key=item.key,
            text=item.text,
            kind=Kind(item.kind),
            visibility=item.visibility,
            in_reply_to=item.in_reply_to,
            customer=customer,
            queued_at=item.created_at,
            extra={**parent, **(item.extra or {})},
        )
        if item.extra is None:
            chosen = connector.prepare_send(reply)
            item = await self.cache.write(store_outbox.set_extra, item.id, chosen)
            reply = replace(reply, extra={**parent, **chosen})
        self._changed(account.id, item.conversation_id)
        try:
            post = await connector.find_sent(reply) if in_doubt else None
            if post is None and in_doubt and not connector.resend_is_safe:
                # Not found proves nothing here (SMTP): never send it again by itself.
                await self._leave_to_user(account, item, result)
                return 0
            if post is None:
                reply = await uploads.with_pictures(self.cache, connector, item.id, reply, clock=self.clock)
                post = await connector.send(reply)
        except Rejected as exc:
            await self.cache.write(store_outbox.mark_failed, item.id, str(exc))
            self._changed(account.id, item.conversation_id, str(exc))
            return 0
        except NeedsSignIn as exc:
            # An attempt in doubt stays in doubt until find_sent has answered.
            mark = store_outbox.mark_doubt if in_doubt else store_outbox.mark_retry
            await self.cache.write(mark, item.id, str(exc), retry_at=self.clock())
            self._changed(account.id, item.conversation_id, str(exc))
            raise
        except TransientError as exc:
            retry_at = exc.retry_at if isinstance(exc, RateLimited) else None
            retry_at = retry_at or self.clock() + timedelta(seconds=self.backoff.delay(item.attempts))
            mark = store_outbox.mark_doubt if exc.maybe_done or in_doubt else store_outbox.mark_retry
            await self.cache.write(mark, item.id, str(exc), retry_at=retry_at)
            self._changed(account.id, item.conversation_id, str(exc))
            raise
        except MalformedResponse as exc:
            # The server may well have posted it: check before any new attempt.
            retry_at = self.clock() + timedelta(seconds=self.backoff.delay(item.attempts))
            await self.cache.write(store_outbox.mark_doubt, item.id, str(exc), retry_at=retry_at)
            raise
        [post] = [p for p in await resolve_threads(self.cache, account.id, connector, [post]) if p.remote_id == post.remote_id]
        await self.cache.write(store_outbox.mark_sent, item.id, post)
        await uploads.release(self.cache, item.id)  # the platform has them now
        log.info("%s: delivered reply %d as %s", account.label, item.id, post.remote_id)
        self._changed(account.id, item.conversation_id)
        self.emit(SyncEvent(SyncEventKind.STORED, account.id, conversations=frozenset({item.conversation_id})))
        return 1

    async def _leave_to_user(self, account: Account, item: store_outbox.OutboxItem, result: AccountResult) -> None:
        reason = item.last_error or "An attempt to send it was interrupted; it may have reached the server."
        await self.cache.write(store_outbox.mark_maybe_sent, item.id, reason)
        log.warning("%s: reply %d may have been sent; left to the user", account.label, item.id)
        result.maybe_sent.append(item.id)
        result.notes.append(
            f"{account.label}: reply {item.id} may have been sent ({reason}) It will not be sent again unless you "
            "choose to: check the customer's thread, then resend it or mark it as sent."
        )
        self._changed(account.id, item.conversation_id, reason)
