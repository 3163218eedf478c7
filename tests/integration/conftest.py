from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from desktop_inbox.secrets import Secrets
from desktop_inbox.store.accounts import Account
from desktop_inbox.store.db import Cache
from tests.helpers.app import ServicesApp
from tests.helpers.mastodon import World


class App(ServicesApp):
    async def add(self, world: World, history: str = "all") -> Account:
        return await self.accounts.add_mastodon_token(world.url, world.token, history=history)


@pytest.fixture
async def app(data_dir: Path) -> AsyncIterator[App]:
    app = App(Cache(data_dir), Secrets())
    yield app
    await app.close()
