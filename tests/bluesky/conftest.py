"""Fixtures for the Bluesky tests: the real local network, once per run.

The network (PLC, PDS, AppView from @atproto/dev-env, with a throwaway
PostgreSQL) starts the first time a test asks for it and stops at the end of
the run; each test makes its own fresh accounts. If it cannot start, every
test that needs it fails with the reason: these tests never skip.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from desktop_inbox.secrets import Secrets
from desktop_inbox.services.signin.bluesky import BlueskySignIn
from desktop_inbox.store.accounts import Account
from desktop_inbox.store.db import Cache
from tests.helpers.app import ServicesApp
from tests.helpers.bluesky_net import LocalNetwork, NetworkUnavailable, User
from tests.servers.bluesky_chat import BlueskyChatServer

_failure: str | None = None


@pytest.fixture(scope="session")
def bsky_net() -> Iterator[LocalNetwork]:
    global _failure
    if _failure is not None:
        pytest.fail(_failure, pytrace=False)
    started = time.monotonic()
    try:
        net = LocalNetwork().start()
    except NetworkUnavailable as exc:
        _failure = f"The local Bluesky network did not start: {exc}"
        pytest.fail(_failure, pytrace=False)
    print(f"\nbluesky test network up in {time.monotonic() - started:.1f}s ({net.pds})")
    yield net
    stopping = time.monotonic()
    net.stop()
    print(f"\nbluesky test network down in {time.monotonic() - stopping:.1f}s")


@pytest.fixture
def chat() -> Iterator[BlueskyChatServer]:
    server = BlueskyChatServer().start()
    yield server
    server.stop()


@dataclass
class World:
    """A shop and two customers on the real network, known to the chat server."""

    net: LocalNetwork
    chat: BlueskyChatServer
    shop: User
    anna: User
    bob: User
    password: str  # the shop's app password (with DM access)

    def dm(self, customer: User, text: str) -> dict[str, Any]:
        """``customer`` writes to the shop through the chat service's own API."""
        base = f"{self.chat.url}/xrpc/chat.bsky.convo"
        found = httpx.get(f"{base}.getConvoForMembers", params={"members": self.shop.did}, headers=customer.auth)
        assert found.status_code == 200, found.text
        convo = found.json()["convo"]
        sent = httpx.post(f"{base}.sendMessage", json={"convoId": convo["id"], "message": {"text": text}}, headers=customer.auth)
        assert sent.status_code == 200, sent.text
        return {"convo": convo, "message": sent.json()}

    def messages(self, customer: User) -> list[dict[str, Any]]:
        """The conversation between the shop and ``customer``, oldest first."""
        convo = next(c for c in self.chat.convos.values() if sorted(c.members) == sorted([self.shop.did, customer.did]))
        return [{"sender": m.sender, "text": m.text, "facets": m.facets} for m in convo.messages]


@pytest.fixture
def world(bsky_net: LocalNetwork, chat: BlueskyChatServer) -> World:
    shop = bsky_net.new_user("shop", "Zappy Shoes")
    anna = bsky_net.new_user("anna", "Άννα Λάμπρου")
    bob = bsky_net.new_user("bob", "Bob 王")
    for user in (shop, anna, bob):
        chat.add_profile(user.did, user.handle, user.display_name)
    return World(bsky_net, chat, shop, anna, bob, shop.app_password())


class App(ServicesApp):
    async def add(self, world: World, history: str = "all") -> Account:
        flow = BlueskySignIn(self.accounts, chat_service=world.chat.url)
        return await flow.sign_in(world.shop.handle, world.password, server=world.net.pds, history=history)


@pytest.fixture
async def app(data_dir: Path) -> AsyncIterator[App]:
    app = App(Cache(data_dir), Secrets())
    yield app
    await app.close()
