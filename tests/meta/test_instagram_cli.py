"""Instagram end to end through the command line, against the local Graph server.

Every answer the server gives is checked against the documented shapes
(``tests/servers/graph_shapes.json``); each test runs with pages of at most
20 and of at most 40 items.
"""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime, timedelta

from desktop_inbox.services.inbox import Inbox
from desktop_inbox.services.replies import ReplyService, ReplyWindow
from desktop_inbox.store.db import Cache
from tests.helpers.graph import APP_ID, MetaWorld, customers_writing, save_credentials, stored_credentials

HOUR = timedelta(hours=1)


def add_instagram(cli, meta: MetaWorld, *extra: str, token: str | None = None) -> str:
    result = cli(
        "accounts", "add", "instagram", "--app-id", APP_ID, "--api-base", meta.url, "--token-stdin",
        "--history", "all", *extra, stdin=token or meta.token(meta.shop),
    )
    assert result.code == 0, result
    assert "Added @zappy.shoes" in result.out
    return result.out


def sync(cli) -> str:
    result = cli("sync", "--once")
    assert result.code == 0, result
    return result.out


def conversations(cli) -> list[dict]:
    result = cli("conversations", "--json")
    assert result.code == 0, result
    return json.loads(result.out)


def by_kind(cli) -> dict[str, dict]:
    return {c["kind"]: c for c in conversations(cli)}


def now() -> datetime:
    return datetime.now(UTC)


def test_a_dm_and_a_comment_become_two_conversations_of_one_customer(cli, meta: MetaWorld) -> None:
    w = meta.server.world
    w.message(meta.anna, meta.shop, "Hi! Is the blue pair still in size 38?", at=now() - HOUR)
    media = w.add_media(meta.shop, "New blue sneakers 👟", at=now() - 5 * HOUR)
    w.add_comment(media, meta.anna, "Love these! Do you ship to Crete?", at=now() - 2 * HOUR)
    w.add_comment(media, meta.shop, "Thanks!", at=now() - 3 * HOUR)  # our own comment: nobody to answer

    out = add_instagram(cli, meta)
    assert "direct messages: works" in out and "comments on your posts: works" in out
    assert "Advanced Access" in out  # the access levels are explained at set-up
    out = sync(cli)

    convs = conversations(cli)
    assert sorted(c["kind"] for c in convs) == ["direct", "public"]
    assert {c["platform"] for c in convs} == {"instagram"}
    assert {c["customer"]["handle"] for c in convs} == {"@anna.lambrou"}
    # The comment's author id is the same Instagram-scoped id as the DM's: one person.
    assert len({c["customer"]["id"] for c in convs}) == 1
    public = next(c for c in convs if c["kind"] == "public")
    assert public["snippet"] == "Love these! Do you ship to Crete?" and public["state"] == "needs_reply"
    assert "Instagram gives the text of only the 20 newest messages" in out
    assert "2 new" not in sync(cli)
    assert len(conversations(cli)) == 2
    # New ones arrive with the next sync: a comment on the post and a message.
    w.add_comment(media, meta.anna, "Or to Rhodes?", at=now() - timedelta(minutes=5))
    w.message(meta.bob, meta.shop, "Do you have gift cards?", at=now() - timedelta(minutes=4))
    assert "2 new message(s)" in sync(cli)
    convs = conversations(cli)
    assert len(convs) == 4  # Anna's second comment is a thread of its own
    assert {c["customer"]["handle"] for c in convs if c["kind"] == "direct"} == {"@anna.lambrou", "@bob_wang"}


def test_replies_reach_the_server_once_each_in_the_right_place(cli, meta: MetaWorld) -> None:
    w = meta.server.world
    w.message(meta.anna, meta.shop, "Where is my order?", at=now() - HOUR)
    media = w.add_media(meta.shop, "Summer sale", at=now() - 5 * HOUR)
    comment = w.add_comment(media, meta.bob, "How much are the red ones?", at=now() - 2 * HOUR)
    add_instagram(cli, meta)
    sync(cli)
    convs = by_kind(cli)

    assert cli("reply", str(convs["direct"]["id"]), "--text", "Γεια σου Anna, it left today!").code == 0
    assert cli("reply", str(convs["public"]["id"]), "--text", "49 € this week!").code == 0
    assert cli("reply", str(convs["public"]["id"]), "--direct", "--text", "Bob, your code is SUMMER10").code == 0
    out = sync(cli)
    sync(cli)

    assert "3 repl(y/ies) sent" in out
    server = meta.server
    dms = [m for m in server.sent if m.recipient_id == meta.anna.id]
    assert [m.text for m in dms] == ["Γεια σου Anna, it left today!"]
    [posted] = server.posted
    assert posted.parent_id == comment.id and posted.text == "49 € this week!"
    assert list(server.private_replies) == [comment.id]
    [private] = [m for m in server.sent if m.recipient_id == meta.bob.id]
    assert private.text == "Bob, your code is SUMMER10"
    states = {c["kind"]: c["state"] for c in conversations(cli) if c["customer"]["handle"] == "@anna.lambrou"}
    assert states == {"direct": "waiting"}
    detail = json.loads(cli("show", str(convs["public"]["id"]), "--json").out)
    assert [m["direction"] for m in detail["messages"]] == ["in", "out"]
    # The private reply opened a direct conversation with Bob.
    bob_direct = [c for c in conversations(cli) if c["customer"]["handle"] == "@bob_wang" and c["kind"] == "direct"]
    assert len(bob_direct) == 1


def test_lost_responses_are_found_before_any_retry(cli, meta: MetaWorld) -> None:
    w = meta.server.world
    w.message(meta.anna, meta.shop, "hello?", at=now() - HOUR)
    media = w.add_media(meta.shop, "New in", at=now() - 5 * HOUR)
    w.add_comment(media, meta.bob, "price?", at=now() - 2 * HOUR)
    add_instagram(cli, meta)
    sync(cli)
    convs = by_kind(cli)
    cli("reply", str(convs["direct"]["id"]), "--text", "Hello Anna, how can we help?")
    cli("reply", str(convs["public"]["id"]), "--text", "29 €, Bob")
    # Meta performs each POST but the answer never arrives; then a 500 on the next try.
    meta.server.inject("lost", method="POST", path=r"/v[\d.]+/me/messages")
    meta.server.inject("lost", method="POST", path=r"/v[\d.]+/\d+/replies")
    meta.server.inject("status", method="POST", path=r"/v[\d.]+/me/messages", status=500)

    sync(cli)  # retries within the run: looks for each reply first, finds it

    assert [m.text for m in meta.server.sent] == ["Hello Anna, how can we help?"]
    assert [c.text for c in meta.server.posted] == ["29 €, Bob"]
    assert json.loads(cli("outbox", "--json").out) == []
    for conv in convs.values():
        detail = json.loads(cli("show", str(conv["id"]), "--json").out)
        assert [m["direction"] for m in detail["messages"]] == ["in", "out"]
    sync(cli)
    assert len(meta.server.sent) == 1 and len(meta.server.posted) == 1


def reply_window(data_dir, conversation_id: int, *, direct: bool | None = None) -> ReplyWindow:
    cache = Cache(data_dir)
    try:
        return asyncio.run(ReplyService(cache, Inbox(cache)).window(conversation_id, direct=direct))
    finally:
        cache.close()


def test_a_reply_outside_the_window_is_refused_when_queued(cli, meta: MetaWorld, data_dir) -> None:
    w = meta.server.world
    w.message(meta.anna, meta.shop, "Are you open on Sunday?", at=now() - 25 * HOUR)
    media = w.add_media(meta.shop, "Old post", at=now() - timedelta(days=10))
    old = w.add_comment(media, meta.bob, "nice", at=now() - timedelta(days=8))
    fresh = w.add_comment(media, meta.anna, "Still available?", at=now() - 2 * HOUR)
    add_instagram(cli, meta)
    sync(cli)
    convs = conversations(cli)
    direct = next(c for c in convs if c["kind"] == "direct")
    bob_comment = next(c for c in convs if c["kind"] == "public" and c["customer"]["handle"] == "@bob_wang")
    anna_comment = next(c for c in convs if c["kind"] == "public" and c["customer"]["handle"] == "@anna.lambrou")

    # What the composer shows: until when an answer may go, and why not now.
    direct_window = reply_window(data_dir, direct["id"])
    assert "24 hours" in direct_window.refusal
    assert abs(direct_window.ends_at - (now() - timedelta(hours=1))) < timedelta(minutes=2)
    private_window = reply_window(data_dir, anna_comment["id"], direct=True)
    assert private_window.refusal is None
    assert abs(private_window.ends_at - (now() + timedelta(days=7) - 2 * HOUR)) < timedelta(minutes=2)
    assert reply_window(data_dir, bob_comment["id"]).ends_at is None  # public: no window

    result = cli("reply", str(direct["id"]), "--text", "Yes, 10 to 4!")
    assert result.code == 2
    assert "24 hours" in result.err and "25 hours old" in result.err and result.err.count("\n") == 1
    result = cli("reply", str(bob_comment["id"]), "--direct", "--text", "Thanks Bob")
    assert result.code == 2 and "7 days" in result.err
    assert cli("reply", str(bob_comment["id"]), "--text", "Thanks Bob!").code == 0  # public: no window
    assert cli("reply", str(anna_comment["id"]), "--direct", "--text", "Yes it is").code == 0
    result = cli("reply", str(anna_comment["id"]), "--direct", "--text", "And in red too")
    assert result.code == 2 and "one private reply per comment" in result.err
    assert [i["text"] for i in json.loads(cli("outbox", "--json").out)] == ["Thanks Bob!", "Yes it is"]
    sync(cli)
    assert [m.text for m in meta.server.sent] == ["Yes it is"]
    assert list(meta.server.private_replies) == [fresh.id]
    assert [c.parent_id for c in meta.server.posted] == [old.id]


def test_a_token_near_expiry_is_renewed_when_added(cli, meta: MetaWorld, data_dir) -> None:
    old = meta.token(meta.shop, age=timedelta(days=58))  # two days left
    out = add_instagram(cli, meta, token=old)
    assert meta.server.refreshes == 1
    _, creds = stored_credentials(data_dir, "instagram")
    assert creds["access_token"] != old and creds["access_token"] in meta.server.world.tokens
    assert old not in meta.server.world.tokens  # this server retires the old token
    assert datetime.fromtimestamp(creds["expires_at"], UTC) > now() + timedelta(days=59)
    assert "valid until about" in out
    meta.server.world.message(meta.anna, meta.shop, "hi", at=now() - HOUR)
    assert "ok" in sync(cli)


def test_a_token_near_expiry_is_renewed_while_syncing(cli, meta: MetaWorld, data_dir) -> None:
    fresh = meta.token(meta.shop)
    add_instagram(cli, meta, token=fresh)
    assert meta.server.refreshes == 0  # less than a day old: Meta would not renew it yet
    _, creds = stored_credentials(data_dir, "instagram")
    assert abs(creds["expires_at"] - (now() + timedelta(days=60)).timestamp()) < 120
    # 55 days later, as the keyring and Meta see it.
    server_token = meta.server.world.tokens[fresh]
    server_token.issued_at -= timedelta(days=55)
    server_token.expires_at = now() + timedelta(days=5)
    save_credentials(data_dir, "instagram", {**creds, "obtained_at": creds["obtained_at"] - 55 * 86400,
                                             "expires_at": server_token.expires_at.timestamp()})
    meta.server.world.message(meta.anna, meta.shop, "hi again", at=now() - HOUR)

    out = sync(cli)

    assert meta.server.refreshes == 1 and "ok" in out
    _, renewed = stored_credentials(data_dir, "instagram")
    assert renewed["access_token"] != fresh and renewed["access_token"] in meta.server.world.tokens
    assert renewed["expires_at"] > (now() + timedelta(days=59)).timestamp()
    assert len(conversations(cli)) == 1
    sync(cli)
    assert meta.server.refreshes == 1  # renewed once, not on every sync
    log = "".join(p.read_text(errors="replace") for p in (data_dir / "logs").glob("*.log*"))
    assert fresh not in log and renewed["access_token"] not in log


def test_a_dead_token_makes_the_account_need_sign_in(cli, meta: MetaWorld) -> None:
    add_instagram(cli, meta)
    meta.server.world.tokens.clear()
    result = cli("sync", "--once")
    assert result.code == 1
    assert "no longer accepts the token" in result.err and "accounts add instagram" in result.err
    [account] = json.loads(cli("accounts", "list", "--json").out)
    assert account["state"] == "needs_sign_in"
    # A new token from the dashboard: the same account signs in again.
    add_instagram(cli, meta)
    [again] = json.loads(cli("accounts", "list", "--json").out)
    assert again["id"] == account["id"] and again["state"] == "ok"
    assert cli("sync", "--once").code == 0


def test_only_the_20_newest_messages_and_the_limits_are_stated(cli, meta: MetaWorld) -> None:
    w = meta.server.world
    start = now() - timedelta(days=2)
    for i in range(26):
        w.message(meta.anna if i % 2 else meta.shop, meta.shop if i % 2 else meta.anna, f"message {i}",
                  at=start + timedelta(minutes=i))
    w.message(meta.bob, meta.shop, "", at=now() - HOUR, kind="story_mention", link="https://cdn.example/story1")
    w.message(meta.bob, meta.shop, "", at=now() - HOUR + timedelta(minutes=1), kind="share",
              link="https://www.instagram.com/p/abc/")
    w.message(meta.bob, meta.shop, "", at=now() - HOUR + timedelta(minutes=2), kind="unsupported")
    w.tag(meta.shop, "carol.makes", "Wearing my new @zappy.shoes", at=now() - 3 * HOUR)
    add_instagram(cli, meta)
    out = sync(cli)

    assert "20 newest messages of each conversation (1 conversation(s) here had older messages)" in out
    assert "@mentions" in out and "webhook" in out
    convs = conversations(cli)
    anna = next(c for c in convs if c["customer"]["handle"] == "@anna.lambrou")
    detail = json.loads(cli("show", str(anna["id"]), "--json").out)
    assert [m["text"] for m in detail["messages"]] == [f"message {i}" for i in range(6, 26)]
    bob = next(c for c in convs if c["customer"]["handle"] == "@bob_wang")
    texts = [m["text"] for m in json.loads(cli("show", str(bob["id"]), "--json").out)["messages"]]
    assert texts[0] == "[Mentioned you in their story]" and texts[1] == "[Shared a post]"
    assert texts[2].startswith("[A message Meta does not pass on")
    tagged = next(c for c in convs if c["customer"]["handle"] == "@carol.makes")
    assert tagged["kind"] == "public" and tagged["snippet"] == "Wearing my new @zappy.shoes"


def test_page_caps_still_bring_every_conversation_comment_and_reply(cli, meta: MetaWorld) -> None:
    w = meta.server.world
    start = now() - timedelta(days=3)
    people = customers_writing(meta, meta.shop, 45, prefix="fan_", start=start)
    posts = [w.add_media(meta.shop, f"post {i}", at=start - timedelta(hours=i)) for i in range(45)]
    for i, person in enumerate(people):
        w.add_comment(posts[0], person, f"comment {i}", at=start + timedelta(hours=1, minutes=i))
        w.add_comment(posts[i], person, f"on post {i}", at=start + timedelta(hours=2, minutes=i))
    top = w.add_comment(posts[1], meta.anna, "Which sizes?", at=start + timedelta(hours=3))
    for i in range(45):  # more replies than a page holds
        w.add_comment(posts[1], people[i], f"@anna.lambrou me too {i}", parent=top,
                      at=start + timedelta(hours=4, minutes=i))
    add_instagram(cli, meta)
    sync(cli)
    convs = conversations(cli)
    assert len([c for c in convs if c["kind"] == "direct"]) == 45
    public = [c for c in convs if c["kind"] == "public"]
    # Each fan: the big post's comment and their own post's comment, in two threads; plus their reply to Anna.
    assert len(public) == 45 * 3 + 1
    snippets = {c["snippet"] for c in public}
    assert {"comment 44", "on post 44", "@anna.lambrou me too 44", "Which sizes?"} <= snippets


def test_a_lost_private_reply_is_found_in_the_conversation_it_opened(cli, meta: MetaWorld) -> None:
    w = meta.server.world
    media = w.add_media(meta.shop, "Drop day", at=now() - 5 * HOUR)
    w.add_comment(media, meta.bob, "DM me the price", at=now() - 2 * HOUR)
    add_instagram(cli, meta)
    sync(cli)
    [comment] = conversations(cli)
    assert cli("reply", str(comment["id"]), "--direct", "--text", "Hi Bob, it is 59 €").code == 0
    meta.server.inject("lost", method="POST", path=r"/v[\d.]+/me/messages")
    meta.server.inject("status", method="POST", path=r"/v[\d.]+/me/messages", status=500)
    sync(cli)
    assert [m.text for m in meta.server.sent] == ["Hi Bob, it is 59 €"]
    assert json.loads(cli("outbox", "--json").out) == []
    direct = [c for c in conversations(cli) if c["kind"] == "direct"]
    assert [c["customer"]["handle"] for c in direct] == ["@bob_wang"]


def test_an_instagram_message_is_counted_in_bytes(cli, meta: MetaWorld) -> None:
    meta.server.world.message(meta.anna, meta.shop, "Γεια!", at=now() - HOUR)
    add_instagram(cli, meta)
    sync(cli)
    [conv] = conversations(cli)
    # 600 letters are 1,200 bytes: refused when written, counted as Instagram counts.
    refused = cli("reply", str(conv["id"]), "--text", "α" * 600)
    assert refused.code == 2 and "1200 characters as Instagram counts them" in refused.err, refused
    assert cli("reply", str(conv["id"]), "--text", "a" * 1000).code == 0  # exactly the limit
    sync(cli)
    assert json.loads(cli("outbox", "--json").out) == []
    assert [len(m.text) for m in meta.server.sent] == [1000]
