"""The services on a real cache and a real engine, without a window: what
the sync and connector tests drive (``services.root``, as the app wires it)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from desktop_inbox.secrets import Secrets
from desktop_inbox.services.accounts import AccountService
from desktop_inbox.services.inbox import Inbox
from desktop_inbox.services.replies import ReplyService
from desktop_inbox.services.root import Services
from desktop_inbox.store.db import Cache
from desktop_inbox.store.outbox import OutboxItem
from desktop_inbox.sync.backoff import Backoff
from desktop_inbox.sync.engine import SyncEngine


class ServicesApp:
    def __init__(self, cache: Cache, secrets: Secrets, **engine: Any) -> None:
        settings: dict[str, Any] = {"backoff": Backoff(base=0.05, cap=0.2, minimum=0.01), "once_retries": 2, **engine}
        self.engine = SyncEngine(cache=cache, secrets=secrets, **settings)
        self.services = Services(cache=cache, secrets=secrets, engine=self.engine)

    @property
    def cache(self) -> Cache:
        return self.services.cache

    @property
    def secrets(self) -> Secrets:
        return self.services.secrets

    @property
    def accounts(self) -> AccountService:
        return self.services.accounts

    @property
    def inbox(self) -> Inbox:
        return self.services.inbox

    @property
    def replies(self) -> ReplyService:
        return self.services.replies

    async def reply(self, conversation_id: int, text: str, **options: Any) -> OutboxItem:
        """Queue a reply to go out at once (no undo window); the last item queued."""
        sent = await self.replies.send(conversation_id, text, delay=timedelta(0), **options)
        return sent.items[-1]

    async def close(self) -> None:
        await self.engine.shutdown()
        self.cache.close()
