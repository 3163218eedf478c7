"""Accepting a Bluesky message request without answering it.

On Bluesky, a chat someone starts with you is a *request* until you accept
it or answer it. Answering from Desktop Inbox accepts it already (the
connector does that before sending); this is the other way: accept now,
answer later, so the customer's chat moves out of the requests.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_inbox.connectors.base import AcceptsRequests
from desktop_inbox.errors import BadInput
from desktop_inbox.store import message_requests as store_requests
from desktop_inbox.store.db import Cache
from desktop_inbox.words import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from desktop_inbox.connectors.base import Connector
    from desktop_inbox.services.sync import SyncService


class MessageRequests:
    def __init__(self, cache: Cache, sync: SyncService) -> None:
        self.cache = cache
        self.sync = sync

    async def pending(self, conversation_id: int) -> bool:
        """Is this conversation a chat request not accepted yet?"""
        return await self.cache.read(store_requests.pending_request, conversation_id) is not None

    async def accept(self, conversation_id: int) -> None:
        found = await self.cache.read(store_requests.pending_request, conversation_id)
        if found is None:
            raise BadInput(QT_TRANSLATE_NOOP("Errors", "This conversation is not a message request (any more)."))
        account_id, convo_id = found

        async def accept(connector: Connector) -> None:
            if not isinstance(connector, AcceptsRequests):
                raise BadInput(QT_TRANSLATE_NOOP("Errors", "Only Bluesky chat requests can be accepted."))
            await connector.accept_convo(convo_id)

        # The engine's own connector: two clients would race to refresh the session.
        await self.sync.with_connector(account_id, accept)
        await self.cache.write(store_requests.mark_accepted, conversation_id)
