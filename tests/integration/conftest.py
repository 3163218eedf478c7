from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from desktop_inbox.secrets import Secrets
from desktop_inbox.store.accounts import Account
from desktop_inbox.store.db import Cache
from tests.helpers.app import ServicesApp
from tests.helpers.mastodon import World, make_world


class App(ServicesApp):
    async def add(self, world: World, history: str = "all") -> Account:
        return await self.accounts.add_mastodon_token(world.url, world.token, history=history)


@pytest.fixture
async def app(data_dir: Path) -> AsyncIterator[App]:
    app = App(Cache(data_dir), Secrets())
    yield app
    await app.close()


@pytest.fixture
def two_shops() -> Iterator[tuple[World, World]]:
    """Two shops on servers of their own ("shopa", "shopb"), each with a
    customer's first mention waiting."""
    a = make_world(shop_name="shopa")
    b = make_world(shop_name="shopb")
    try:
        a.server.post(a.anna, "@shopa hi")
        b.server.post(b.anna, "@shopb hi")
        yield a, b
    finally:
        a.server.stop()
        b.server.stop()
