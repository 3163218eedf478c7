"""Paging on Bluesky: the real AppView's short pages, and chat at caps of 20 and 40.

Issue 19: a page shorter than asked for is not the last one. The AppView of
``@atproto/dev-env`` shows why: ``listNotifications`` pages 100 notifications
(its maximum), then drops the reasons not asked for, so a page of mentions is
short and still has a ``cursor``. The chat service (ours, Bluesky's is not
open) caps its pages at 20 or 40 here; its rate limit is on.
"""

from __future__ import annotations

import asyncio
import math
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from desktop_inbox.connectors.bluesky.connector import CHAT_HISTORY
from desktop_inbox.store.schema import database
from tests.bluesky.conftest import App, World
from tests.helpers.bluesky_net import User

CAPS = [pytest.param(20, id="cap20"), pytest.param(40, id="cap40")]


async def _count(app: App, sql: str) -> int:
    return int(await app.cache.read(lambda: database.execute_sql(sql).fetchone()[0]))


class _Clock:
    """Distinct, increasing createdAt times just before the batch is written:
    records of one batch would otherwise share a millisecond, and the
    AppView's cursor (a bare time) cannot page between equal times."""

    def __init__(self) -> None:
        self.at = datetime.now(UTC) - timedelta(milliseconds=400)

    def __call__(self) -> str:
        self.at += timedelta(milliseconds=1)
        return self.at.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _create(collection: str, record: dict[str, Any]) -> dict[str, Any]:
    return {"$type": "com.atproto.repo.applyWrites#create", "collection": collection, "value": record}


def _mention(shop: User, text: str, created: str) -> dict[str, Any]:
    tag = f"@{shop.handle}"
    facet = {
        "index": {"byteStart": 0, "byteEnd": len(tag.encode())},
        "features": [{"$type": "app.bsky.richtext.facet#mention", "did": shop.did}],
    }
    record = {"$type": "app.bsky.feed.post", "text": f"{tag} {text}", "createdAt": created, "facets": [facet]}
    return _create("app.bsky.feed.post", record)


def _writes(user: User, writes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    answer = user.xrpc("POST", "com.atproto.repo.applyWrites", body={"repo": user.did, "writes": writes})
    return list(answer["results"])


def _send(world: World, messages: list[tuple[User, str]]) -> None:
    """Customers write to the shop through the chat service's API (one
    connection for all, as the Bluesky app keeps one)."""
    base = f"{world.chat.url}/xrpc/chat.bsky.convo"
    convos: dict[str, str] = {}
    with httpx.Client(timeout=30) as client:
        for customer, text in messages:
            if customer.did not in convos:
                found = client.get(f"{base}.getConvoForMembers", params={"members": world.shop.did}, headers=customer.auth)
                assert found.status_code == 200, found.text
                convos[customer.did] = found.json()["convo"]["id"]
            body = {"convoId": convos[customer.did], "message": {"text": text}}
            sent = client.post(f"{base}.sendMessage", json=body, headers=customer.auth)
            assert sent.status_code == 200, sent.text


def _first_page_of_mentions(world: World) -> dict[str, Any]:
    params = {"reasons": ["mention", "reply", "quote"], "limit": 100}
    url = f"{world.net.pds}/xrpc/app.bsky.notification.listNotifications"
    return dict(httpx.get(url, params=params, headers=world.shop.auth, timeout=30).json())


async def test_short_pages_of_the_real_appview_are_followed_to_their_end(app: App, world: World) -> None:
    shop, anna, bob = world.shop, world.anna, world.bob
    anna.mention(shop, "", " before")
    world.net.process_all()
    await app.add(world)
    await app.engine.sync_once()
    await asyncio.sleep(1)  # what follows is newer than anything the first sync saw
    now = _Clock()
    # While we are away: 100 mentions among 120 likes and reposts of our posts.
    ours = _writes(shop, [_create("app.bsky.feed.post", {"$type": "app.bsky.feed.post", "text": f"new in {i}",
                                                          "createdAt": now()}) for i in range(30)])  # fmt: skip
    for n, customer in enumerate((anna, bob)):
        writes = []
        for i, post in enumerate(ours):
            subject = {"uri": post["uri"], "cid": post["cid"]}
            writes.append(_create("app.bsky.feed.like", {"$type": "app.bsky.feed.like", "subject": subject, "createdAt": now()}))
            writes.append(_mention(shop, f"question {n}-{i}", now()))
            writes.append(_create("app.bsky.feed.repost", {"$type": "app.bsky.feed.repost", "subject": subject, "createdAt": now()}))
            if i < 20:
                writes.append(_mention(shop, f"question {n}-{i}b", now()))
        _writes(customer, writes)
    world.net.process_all()
    # The AppView's own answer: a page of mentions shorter than the 100 asked for, with a cursor.
    page = _first_page_of_mentions(world)
    assert len(page["notifications"]) < 100 and page.get("cursor")

    [result] = await app.engine.sync_once()

    assert result.ok, result.error
    assert await _count(app, "SELECT count(*) FROM message WHERE text LIKE '%question%'") == 100


@pytest.mark.parametrize("cap", CAPS)
async def test_one_sync_brings_a_burst_of_direct_messages(app: App, world: World, cap: int) -> None:
    world.chat.page_cap = cap
    world.dm(world.anna, "before")
    await app.add(world)
    await app.engine.sync_once()
    _send(world, [(world.anna if i % 2 else world.bob, f"burst {i}") for i in range(300)])
    requests_before = world.chat.hits(".getLog")

    [result] = await app.engine.sync_once()

    assert result.ok, result.error
    assert await _count(app, "SELECT count(*) FROM message WHERE text LIKE 'burst %'") == 300
    assert world.chat.hits(".getLog") - requests_before <= math.ceil(300 / cap) + 1
    assert world.chat.rate_limited == []


@pytest.mark.parametrize("cap", CAPS)
async def test_history_imports_a_long_conversation_whole(app: App, world: World, cap: int) -> None:
    # Five pages per conversation used to be the end of its history: 100
    # messages at a cap of 20, whatever came before.
    world.chat.page_cap = cap
    _send(world, [(world.anna, f"old {i}") for i in range(250)])
    _send(world, [(world.bob, f"older {i}") for i in range(30)])
    account = await app.add(world, history="all")

    page = await app.engine.with_connector(account.id, lambda c: c.fetch(CHAT_HISTORY, None, since=None))

    texts = [p.text for p in page.posts]
    assert sum(1 for t in texts if t.startswith("old ")) == 250
    assert sum(1 for t in texts if t.startswith("older ")) == 30
    assert world.chat.rate_limited == []
