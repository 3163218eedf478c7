from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop_inbox.secrets import Secrets
from desktop_inbox.services.accounts import AccountService
from desktop_inbox.services.inbox import Inbox
from desktop_inbox.store.accounts import Account
from desktop_inbox.store.db import Cache
from desktop_inbox.sync.backoff import Backoff
from desktop_inbox.sync.engine import SyncEngine
from tests.helpers.mastodon import World


@dataclass
class App:
    cache: Cache
    secrets: Secrets
    accounts: AccountService
    inbox: Inbox
    engine: SyncEngine

    async def add(self, world: World, history: str = "all") -> Account:
        return await self.accounts.add_mastodon_token(world.url, world.token, history=history)


@pytest.fixture
async def app(data_dir: Path) -> AsyncIterator[App]:
    cache = Cache(data_dir)
    secrets = Secrets()
    engine = SyncEngine(
        cache=cache, secrets=secrets, backoff=Backoff(base=0.05, cap=0.2, minimum=0.01), once_retries=2
    )
    yield App(cache, secrets, AccountService(cache, secrets), Inbox(cache), engine)
    await engine.shutdown()
    cache.close()
