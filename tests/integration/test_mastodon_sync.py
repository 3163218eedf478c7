"""The sync engine against the local Mastodon server, in process."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desktop_inbox.store import outbox
from desktop_inbox.store.schema import database
from tests.helpers.mastodon import World
from tests.integration.conftest import App


async def test_mention_and_dm_become_two_conversations(app: App, world: World) -> None:
    world.server.post(world.anna, "@shop where is my order? It was shipped last week")
    world.server.post(world.anna, "@shop my address is 12 Odos Ermou", visibility="direct")
    await app.add(world)

    [result] = await app.engine.sync_once()

    assert result.ok, result.error
    assert result.added == 2
    page = await app.inbox.page()
    assert sorted(c.kind for c in page) == ["direct", "public"]
    assert {c.state for c in page} == {"needs_reply"}
    assert {c.customer_handle for c in page} == {f"@anna@{world.server.host}"}
    # Both conversations belong to one person.
    assert len({c.contact_id for c in page}) == 1


async def test_replies_reach_the_server_once_with_thread_and_visibility(app: App, world: World) -> None:
    public = world.server.post(world.anna, "@shop do you ship to Crete?", visibility="unlisted")
    dm = world.server.post(world.bob, "@shop 我的订单在哪里？", visibility="direct")
    await app.add(world)
    await app.engine.sync_once()
    convs = {c.kind: c for c in await app.inbox.page()}

    await app.reply(convs["public"].id, "Yes we do, Anna!")
    await app.reply(convs["direct"].id, "您好 Bob, let me check.")
    [result] = await app.engine.sync_once()
    [again] = await app.engine.sync_once()

    assert result.sent == 2 and again.sent == 0 and again.added == 0
    replies = world.server.replies_by(world.shop)
    assert len(replies) == 2
    by_parent = {r.in_reply_to_id: r for r in replies}
    assert by_parent[public.id].visibility == "unlisted"  # kept the customer's visibility
    assert by_parent[dm.id].visibility == "direct"
    # A direct reply reaches only mentioned accounts: it must address Bob.
    assert world.bob.id in by_parent[dm.id].mentions
    assert world.anna.id in by_parent[public.id].mentions
    states = {c.kind: c.state for c in await app.inbox.page()}
    assert states == {"public": "waiting", "direct": "waiting"}
    detail = await app.inbox.conversation(convs["public"].id)
    assert [m.direction for m in detail.messages] == ["in", "out"]
    assert not any(m.pending for m in detail.messages)


async def test_second_sync_adds_nothing(app: App, world: World) -> None:
    for i in range(5):
        world.server.post(world.anna, f"@shop question {i}")
    await app.add(world)
    [first] = await app.engine.sync_once()
    [second] = await app.engine.sync_once()
    assert first.added == 5
    assert second.added == 0
    assert await app.cache.read(lambda: database.execute_sql("SELECT count(*) FROM message").fetchone()[0]) == 5


async def test_private_mention_from_a_stranger_is_not_lost(app: App, world: World) -> None:
    # Mastodon 4.3+ files it under "filtered notifications" by default.
    world.server.post(world.bob, "@shop hello, I never wrote to you before", visibility="direct")
    assert world.server.notifications[-1].filtered
    await app.add(world)
    await app.engine.sync_once()
    [conv] = await app.inbox.page()
    assert conv.kind == "direct" and conv.customer_name == "Bob 王"


async def test_catching_up_pages_forward_without_gaps(app: App, world: World) -> None:
    world.server.post(world.anna, "@shop first")
    await app.add(world)
    await app.engine.sync_once()
    # More than one page (80) arrives while we are away.
    for i in range(200):
        world.server.post(world.bob if i % 2 else world.anna, f"@shop message number {i}")
    [result] = await app.engine.sync_once()
    assert result.added == 200
    count = await app.cache.read(lambda: database.execute_sql("SELECT count(*) FROM message").fetchone()[0])
    assert count == 201
    min_id_requests = [p for m, p in world.server.requests if p == "/api/v1/notifications"]
    assert len(min_id_requests) >= 3


async def test_history_import_stops_at_the_chosen_depth(app: App, world: World) -> None:
    now = datetime.now(UTC)
    for days in (400, 200, 30, 1):
        world.server.post(world.anna, f"@shop written {days} days ago", created_at=now - timedelta(days=days))
    await app.accounts.add_mastodon_token(world.url, world.token, history="1y")
    await app.engine.sync_once()
    texts = await app.cache.read(lambda: [r[0] for r in database.execute_sql("SELECT text FROM message")])
    assert sorted(texts) == sorted(f"@shop written {d} days ago" for d in (200, 30, 1))


async def test_reply_to_an_unknown_post_brings_its_thread_when_opened(app: App, world: World) -> None:
    """A first sync makes no request per reply (Mastodon allows 300 per 5
    minutes): a reply joins the thread of what it answers as that arrives
    (here our own reply, by the own-statuses stream), and what never
    arrives by the streams comes when the user opens the conversation."""
    t = datetime.now(UTC) - timedelta(hours=1)
    root = world.server.post(world.anna, "Loving my new shoes from the shop", created_at=t)
    ours = world.server.post(world.shop, "@anna thank you Anna!", in_reply_to=root, created_at=t + timedelta(minutes=1))
    world.server.post(
        world.anna, "@shop they squeak a little though", in_reply_to=ours, created_at=t + timedelta(minutes=2)
    )
    await app.add(world, history="all")
    await app.engine.sync_once()
    assert not [p for _m, p in world.server.requests if p.endswith("/context")]
    [conv] = await app.inbox.page()
    detail = await app.inbox.conversation(conv.id)
    assert [m.text.split()[-1] for m in detail.messages] == ["Anna!", "though"]

    assert await app.services.sync.complete_thread(conv.id)  # the user opens it
    [conv] = await app.inbox.page()
    detail = await app.inbox.conversation(conv.id)
    assert [m.text.split()[-1] for m in detail.messages] == ["shop", "Anna!", "though"]
    assert [m.direction for m in detail.messages] == ["in", "out", "in"]
    assert conv.state == "needs_reply"
    assert not await app.services.sync.complete_thread(conv.id)  # once is enough
    assert len([p for _m, p in world.server.requests if p.endswith("/context")]) == 1


async def test_a_customer_message_reopens_a_done_conversation(app: App, world: World) -> None:
    first = world.server.post(world.anna, "@shop thanks for the help")
    await app.add(world)
    await app.engine.sync_once()
    [conv] = await app.inbox.page()
    assert await app.inbox.mark_done(conv.id) == "done"
    later = datetime.now(UTC) + timedelta(seconds=2)
    world.server.post(world.anna, "@shop one more thing", in_reply_to=first, created_at=later)
    await app.engine.sync_once()
    [conv] = await app.inbox.page()
    assert conv.state == "needs_reply"
    assert conv.waiting_since is not None and abs((conv.waiting_since - later).total_seconds()) < 0.01


async def test_unauthorized_marks_needs_sign_in_and_other_accounts_go_on(app: App, two_shops: tuple[World, World]) -> None:
    a, b = two_shops
    acc_a = await app.add(a)
    await app.add(b)
    a.server.revoke_tokens(a.shop)
    results = {r.account_id: r for r in await app.engine.sync_once()}
    assert results[acc_a.id].needs_sign_in and not results[acc_a.id].ok
    assert "sign in again" in results[acc_a.id].error
    others = [r for r in results.values() if r.account_id != acc_a.id]
    assert others[0].ok and others[0].added == 1
    accounts = {x.id: x for x in await app.accounts.list()}
    assert accounts[acc_a.id].state == "needs_sign_in"


async def test_rate_limit_429_is_waited_out(app: App, world: World) -> None:
    world.server.post(world.anna, "@shop hello")
    await app.add(world)
    reset = (datetime.now(UTC) + timedelta(seconds=1)).isoformat().replace("+00:00", "Z")
    world.server.inject("status", path="/api/v1/notifications", status=429, headers={"X-RateLimit-Reset": reset, "X-RateLimit-Remaining": "0"})
    [result] = await app.engine.sync_once()
    assert result.ok and result.added == 1


async def test_server_errors_and_malformed_json_are_retried(app: App, world: World) -> None:
    world.server.post(world.anna, "@shop hello")
    await app.add(world)
    world.server.inject("status", path="/api/v1/notifications", status=502)
    world.server.inject("malformed", path="/api/v1/notifications")
    [result] = await app.engine.sync_once()
    assert result.ok and result.added == 1


async def test_a_malformed_record_is_skipped_and_the_page_kept(app: App, world: World) -> None:
    world.server.post(world.anna, "@shop good one")
    bad = world.server.post(world.bob, "@shop broken one")
    world.server.post(world.anna, "@shop another good one")
    original = world.server.status_json

    def broken(status):  # a server bug: one status without a date
        data = original(status)
        if status.id == bad.id:
            del data["created_at"]
        return data

    world.server.status_json = broken  # type: ignore[method-assign]
    await app.add(world)
    [result] = await app.engine.sync_once()
    assert result.ok and result.added == 2 and result.skipped == 1


async def test_lost_response_posts_exactly_once(app: App, world: World) -> None:
    world.server.post(world.anna, "@shop hi")
    await app.add(world)
    await app.engine.sync_once()
    [conv] = await app.inbox.page()
    await app.reply(conv.id, "Hello Anna, how can we help?")
    # The server posts it but the answer never arrives; then a 500 on the retry.
    world.server.inject("lost", method="POST", path="/api/v1/statuses")
    world.server.inject("status", method="POST", path="/api/v1/statuses", status=500)
    [result] = await app.engine.sync_once()
    assert result.ok, result.error
    assert len(world.server.replies_by(world.shop)) == 1
    items = await app.cache.read(outbox.pending)
    assert items == []
    detail = await app.inbox.conversation(conv.id)
    assert [m.direction for m in detail.messages] == ["in", "out"]


async def test_rejected_reply_fails_with_the_reason_and_can_be_retried(app: App, world: World) -> None:
    world.server.post(world.anna, "@shop hi")
    await app.add(world)
    await app.engine.sync_once()
    [conv] = await app.inbox.page()
    # Over the server's 500: queueing refuses it now, but one queued while the
    # server allowed more (its limit went down since) is refused by the server.
    item = await app.cache.write(outbox.queue_reply, conv.id, "x" * 600)
    [result] = await app.engine.sync_once()
    assert result.ok  # the account synced; the reply did not
    failed = await app.cache.read(outbox.get, item.id)
    assert failed.state == "failed" and "character limit" in failed.last_error
    detail = await app.inbox.conversation(conv.id)
    assert detail.messages[-1].pending and detail.messages[-1].outbox_error
    world.server.max_characters = 1000
    await app.replies.retry(item.id)
    await app.engine.sync_once()
    assert (await app.cache.read(outbox.get, item.id)).state == "sent"
    assert len(world.server.replies_by(world.shop)) == 1


async def test_a_reply_written_in_another_app_moves_the_conversation_to_waiting(app: App, world: World) -> None:
    question = world.server.post(world.anna, "@shop do you have these in blue?")
    await app.add(world)
    await app.engine.sync_once()
    [conv] = await app.inbox.page()
    assert conv.state == "needs_reply"
    # The owner answers from the phone app, not from Desktop Inbox.
    world.server.post(world.shop, "@anna yes, in three shades!", in_reply_to=question)
    await app.engine.sync_once()
    [conv] = await app.inbox.page()
    assert conv.state == "waiting"
    detail = await app.inbox.conversation(conv.id)
    assert [m.direction for m in detail.messages] == ["in", "out"]
