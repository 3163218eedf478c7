"""Helpers to drive the local Graph API server in tests."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from desktop_inbox.secrets import Secrets
from desktop_inbox.store import accounts as store_accounts
from desktop_inbox.store.accounts import Account
from desktop_inbox.store.db import Cache
from tests.servers.graph import GraphServer
from tests.servers.graph_world import INSTAGRAM, MESSENGER, Business, Customer

APP_ID = "1234567890"


@dataclass
class MetaWorld:
    server: GraphServer
    shop: Business  # the Instagram professional account
    page: Business  # the Facebook Page
    anna: Customer  # Instagram customers
    bob: Customer
    carla: Customer  # Facebook customers
    dan: Customer

    @property
    def url(self) -> str:
        return self.server.url

    def token(self, business: Business, **kwargs: Any) -> str:
        return self.server.world.issue_token(business, **kwargs)


def make_meta_world(*, page_cap: int = 25, clock: Callable[[], datetime] | None = None) -> MetaWorld:
    server = GraphServer(page_cap=page_cap, clock=clock).start()
    w = server.world
    return MetaWorld(
        server,
        w.add_business(INSTAGRAM, "zappy.shoes"),
        w.add_business(MESSENGER, "Zappy Shoes"),
        w.add_customer(INSTAGRAM, "anna.lambrou"),
        w.add_customer(INSTAGRAM, "bob_wang"),
        w.add_customer(MESSENGER, "Carla Díaz"),
        w.add_customer(MESSENGER, "Dan Smith"),
    )


def _account(data_dir: Path, platform: str) -> Account:
    cache = Cache(data_dir)
    try:
        accounts = asyncio.run(cache.read(store_accounts.all_accounts))
    finally:
        cache.close()
    [account] = [a for a in accounts if a.platform == platform]
    return account


def stored_credentials(data_dir: Path, platform: str) -> tuple[int, dict[str, Any]]:
    """(account id, keyring credentials) of the one account of ``platform``."""
    account = _account(data_dir, platform)
    return account.id, Secrets().load(account.secret_ref) or {}


def save_credentials(data_dir: Path, platform: str, credentials: dict[str, Any]) -> None:
    Secrets().save(_account(data_dir, platform).secret_ref, credentials)


def customers_writing(meta: MetaWorld, business: Business, count: int, *, prefix: str, start: datetime) -> list[Customer]:
    """``count`` new customers who each wrote to ``business``, a minute apart."""
    people = [meta.server.world.add_customer(business.platform, f"{prefix}{i}") for i in range(count)]
    for i, person in enumerate(people):
        meta.server.world.message(person, business, f"{prefix} message {i}", at=start + timedelta(minutes=i))
    return people
