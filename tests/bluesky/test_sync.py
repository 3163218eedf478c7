"""The Bluesky connector and the sync engine against the real local network.

Notifications, threads, replies, facets and sessions go to the real PLC, PDS
and AppView (@atproto/dev-env); direct messages go to the local
chat.bsky.convo server, since no chat service can run locally.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import httpx

from desktop_inbox.records import Kind, OutgoingReply
from desktop_inbox.store import outbox
from desktop_inbox.store.schema import database
from tests.bluesky.conftest import App, World
from tests.helpers.lexicon import validate_output, validate_record


def _byte_slice(text: str, facet: dict[str, Any]) -> str:
    return text.encode()[facet["index"]["byteStart"] : facet["index"]["byteEnd"]].decode()


async def _count(app: App, sql: str) -> int:
    return int(await app.cache.read(lambda: database.execute_sql(sql).fetchone()[0]))


async def test_mention_and_dm_become_two_conversations_of_one_customer(app: App, world: World) -> None:
    world.anna.mention(world.shop, "Γειά σου ", " where is my order? 你好 ✨")
    world.dm(world.anna, "my address is 12 Odos Ermou")
    world.net.process_all()
    world.chat.proxy_headers.clear()  # from here on, only the app's calls
    await app.add(world)

    [result] = await app.engine.sync_once()

    assert result.ok, result.error
    assert result.added == 2
    page = await app.inbox.page()
    assert sorted(c.kind for c in page) == ["direct", "public"]
    assert {c.customer_handle for c in page} == {f"@{world.anna.handle}"}
    assert {c.customer_name for c in page} == {"Άννα Λάμπρου"}
    assert len({c.contact_id for c in page}) == 1  # one person, keyed by DID
    assert {c.state for c in page} == {"needs_reply"}
    # The chat calls carried the proxy header production needs.
    assert set(world.chat.proxy_headers) == {"did:web:api.bsky.chat#bsky_chat"}
    [again] = await app.engine.sync_once()
    assert again.ok and again.added == 0


async def test_replies_quotes_and_mentions_arrive_and_catching_up_pages_down_to_the_last_known(app: App, world: World) -> None:
    first = world.anna.mention(world.shop, "", " first")
    world.net.process_all()
    await app.add(world)
    [result] = await app.engine.sync_once()
    assert result.added == 1
    # While we are away: a reply to our post, a quote of it, and more than a page of mentions.
    ours = world.shop.post("Thanks Anna!", reply_to=first)
    world.anna.post("Still waiting 😅", reply_to=ours)
    world.bob.post("Look at this shop 👀", quote=ours)
    for i in range(105):
        (world.bob if i % 2 else world.anna).mention(world.shop, "", f" question {i}")
    world.net.process_all()

    [result] = await app.engine.sync_once()

    assert result.ok, result.error
    texts = await app.cache.read(lambda: [r[0] for r in database.execute_sql("SELECT text FROM message")])
    assert len([t for t in texts if " question " in t]) == 105
    assert "Still waiting 😅" in texts and "Look at this shop 👀" in texts
    assert await _count(app, "SELECT count(*) FROM message") == 1 + 1 + 1 + 1 + 105  # + our "Thanks Anna!"
    [quote] = await app.cache.read(
        lambda: [r[0] for r in database.execute_sql("SELECT attachments FROM message WHERE text LIKE 'Look at%'")]
    )
    assert "quote" in quote and ours["uri"].split("/")[-1] in quote


async def test_a_reply_to_an_unknown_post_brings_its_thread(app: App, world: World) -> None:
    root = world.anna.post("Loving my new shoes from the shop")
    ours = world.shop.post("Thank you Anna! 🙏", reply_to=root)
    world.bob.post("Me too", reply_to=root)  # a third party: not Anna's conversation
    world.anna.post("they squeak a little though", reply_to=ours)
    world.net.process_all()
    await app.add(world)

    await app.engine.sync_once()

    [conv] = await app.inbox.page()
    detail = await app.inbox.conversation(conv.id)
    assert [m.text for m in detail.messages] == [
        "Loving my new shoes from the shop",
        "Thank you Anna! 🙏",
        "they squeak a little though",
    ]
    assert [m.direction for m in detail.messages] == ["in", "out", "in"]
    assert conv.state == "needs_reply"


async def test_a_reply_lands_once_in_the_right_thread_with_byte_exact_facets(app: App, world: World) -> None:
    root = world.bob.post("Do you ship to Crete?")
    ours = world.shop.post("We do!", reply_to=root)
    question = world.anna.post("Και στην Αθήνα; 你好 👋", reply_to=ours)
    world.net.process_all()
    await app.add(world)
    await app.engine.sync_once()
    [conv] = [c for c in await app.inbox.page() if c.customer_handle == f"@{world.anna.handle}"]

    text = f"Ναι, @{world.anna.handle}! 你好 👩‍👩‍👧 δες https://example.com/αποστολή και #παπούτσια, ask @{world.bob.handle}"
    await app.reply(conv.id, text)
    [result] = await app.engine.sync_once()
    [again] = await app.engine.sync_once()

    assert result.sent == 1 and again.sent == 0
    mine = [r for r in world.shop.records() if r["value"]["text"] == text]
    assert len(mine) == 1
    record = mine[0]["value"]
    validate_record("app.bsky.feed.post", record)
    # parent = the post answered; root = *its* root (Bob's first post), not the parent.
    assert record["reply"]["parent"] == {"uri": question["uri"], "cid": question["cid"]}
    assert record["reply"]["root"] == {"uri": root["uri"], "cid": root["cid"]}
    facets = {_byte_slice(text, f): f["features"][0] for f in record["facets"]}
    assert facets[f"@{world.anna.handle}"]["did"] == world.anna.did
    assert facets[f"@{world.bob.handle}"]["did"] == world.bob.did
    assert facets["https://example.com/αποστολή"]["uri"] == "https://example.com/αποστολή"
    assert facets["#παπούτσια"]["tag"] == "παπούτσια"
    # The record key was chosen before sending and kept with the outbox item.
    [item] = await app.cache.read(lambda: list(database.execute_sql("SELECT extra FROM outbox")))
    assert mine[0]["uri"].endswith("/" + json.loads(item[0])["rkey"])
    # Anna is notified of the reply, by the real AppView, in her thread.
    world.net.process_all()
    thread = httpx.get(
        f"{world.net.pds}/xrpc/app.bsky.feed.getPostThread", params={"uri": question["uri"]}, headers=world.anna.auth
    ).json()
    validate_output("app.bsky.feed.getPostThread", thread)
    assert [r["post"]["record"]["text"] for r in thread["thread"]["replies"]] == [text]
    detail = await app.inbox.conversation(conv.id)
    assert [m.direction for m in detail.messages][-1] == "out" and not any(m.pending for m in detail.messages)
    assert (await app.inbox.conversation(conv.id)).summary.state == "waiting"


async def test_a_lost_response_does_not_post_twice(app: App, world: World) -> None:
    world.anna.mention(world.shop, "", " hello?")
    world.net.process_all()
    await app.add(world)
    await app.engine.sync_once()
    [conv] = await app.inbox.page()
    lost = {"count": 0}

    class LoseCreateRecord(httpx.AsyncBaseTransport):
        """The post reaches the PDS, the answer never reaches us."""

        def __init__(self) -> None:
            self.inner = httpx.AsyncHTTPTransport()

        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            response = await self.inner.handle_async_request(request)
            if request.url.path.endswith("createRecord") and lost["count"] < 2:
                lost["count"] += 1
                await response.aclose()
                raise httpx.ReadError("connection reset", request=request)
            return response

    app.engine.transport_factory = lambda account: LoseCreateRecord()
    await app.engine.forget_connector((await app.accounts.list())[0].id)
    await app.reply(conv.id, "Hello Anna, 你好!")

    [result] = await app.engine.sync_once()

    assert result.sent == 1
    assert lost["count"] == 1  # the first answer was lost; the check found the post
    assert [r["value"]["text"] for r in world.shop.records()] == ["Hello Anna, 你好!"]
    [item] = await app.cache.read(outbox.pending) or [None]
    assert item is None


async def test_sending_the_same_record_key_again_is_recognised_as_sent(app: App, world: World) -> None:
    post = world.anna.mention(world.shop, "", " hi")
    world.net.process_all()
    account = await app.add(world)
    await app.engine.sync_once()
    connector = await app.engine._connector(account)
    reply = OutgoingReply(
        key="k1",
        text="Once only ✨",
        kind=Kind.PUBLIC,
        visibility="public",
        in_reply_to=post["uri"],
        customer=connector.person({"did": world.anna.did, "handle": world.anna.handle}),
        queued_at=datetime.now(UTC),
        extra={"cid": post["cid"], "root_uri": post["uri"], "root_cid": post["cid"]},
    )
    reply = replace(reply, extra={**reply.extra, **connector.prepare_send(reply)})
    assert await connector.find_sent(reply) is None
    first = await connector.send(reply)
    second = await connector.send(reply)  # the PDS refuses the taken key; we find the record
    assert first.remote_id == second.remote_id
    found = await connector.find_sent(reply)
    assert found is not None and found.remote_id == first.remote_id
    assert [r["value"]["text"] for r in world.shop.records()] == ["Once only ✨"]
