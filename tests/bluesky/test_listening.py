"""Listening on Bluesky against the real local network (@atproto/dev-env).

The AppView answers ``app.bsky.feed.searchPosts`` through the PDS (crudely:
a case-sensitive ``LIKE`` on the text, newest first, with a keyset cursor;
``lang`` and ``since`` are ignored there, so the connector's own checks of
a post's declared languages and time are what is tested for those).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from desktop_inbox.records import State
from desktop_inbox.store.schema import database
from tests.bluesky.conftest import App, World
from tests.helpers.bluesky_net import User


def _post_in(user: User, text: str, langs: list[str]) -> dict[str, Any]:
    record = {
        "$type": "app.bsky.feed.post",
        "text": text,
        "langs": langs,
        "createdAt": datetime.now(UTC).isoformat().replace("+00:00", "Z"),
    }
    return dict(user.xrpc("POST", "com.atproto.repo.createRecord", body={"repo": user.did, "collection": "app.bsky.feed.post", "record": record}))


async def test_heard_on_bluesky_answered_once_and_never_twice(app: App, world: World) -> None:
    tagged = world.anna.post("My #HappyShoes broke after two days")
    worded = world.bob.post("zappyish sandals are the comfiest")  # (dev-env: a substring search)
    _post_in(world.bob, "zappyish Sandalen sind toll", ["de"])
    mention = world.anna.mention(world.shop, "", " is my zappyish order on its way?")
    world.shop.post("zappyish sandals in stock")  # our own
    world.net.process_all()
    account = await app.add(world)
    await app.services.listening.add("#HappyShoes", account_id=account.id)
    await app.services.listening.add("zappyish", account_id=account.id, lang="en")

    [result] = await app.engine.sync_once()

    assert result.ok, result.error
    assert result.heard == 2
    heard = await app.inbox.page(state=State.HEARD)
    assert sorted(c.snippet for c in heard) == sorted([tagged["record"]["text"], worded["record"]["text"]])
    assert all(c.heard for c in heard)
    needs = await app.inbox.page(state=State.NEEDS_REPLY)
    assert [c.snippet for c in needs] == [mention["record"]["text"]]  # a mention only

    to_anna = next(c for c in heard if "HappyShoes" in c.snippet)
    await app.reply(to_anna.id, "Anna, we are so sorry: a new pair is on its way.")
    [sent] = await app.engine.sync_once()
    assert sent.ok and sent.sent == 1 and sent.heard == 0
    replies = [r["value"] for r in world.shop.records() if "new pair" in r["value"]["text"]]
    assert len(replies) == 1
    assert replies[0]["reply"]["parent"]["uri"] == tagged["uri"] and replies[0]["reply"]["root"]["uri"] == tagged["uri"]
    assert (await app.inbox.summary(to_anna.id)).state == State.WAITING

    world.net.process_all()
    [again] = await app.engine.sync_once()
    assert again.ok and again.heard == 0 and again.added == 0


async def test_a_first_walk_pages_through_the_search_cursor(app: App, world: World) -> None:
    for n in range(56):  # more than one page of 50
        (world.anna if n % 2 else world.bob).post(f"sandalwoodish number {n}")
    world.net.process_all()
    account = await app.add(world)
    await app.services.listening.add("sandalwoodish", account_id=account.id)

    [result] = await app.engine.sync_once()

    assert result.ok and result.heard == 56
    cursor = await app.cache.read(
        lambda: database.execute_sql("SELECT value, exhausted FROM sync_cursor WHERE stream LIKE 'listen:%'").fetchone()
    )
    assert cursor[1] == 1 and '"mark"' in cursor[0] and '"page"' not in cursor[0]
