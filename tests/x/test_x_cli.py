"""X end to end through the command line, against the local X API server.

Every request the connector makes and every answer the server gives is
checked against X's OpenAPI description (the ``xworld`` fixture fails the
test on any violation).
"""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime, timedelta

from desktop_inbox.secrets import Secrets
from desktop_inbox.store import accounts as store_accounts
from desktop_inbox.store import outbox as store_outbox
from desktop_inbox.store.db import Cache
from tests.helpers.x import CLIENT_ID, XWorld
from tests.servers.x import problem


def add_account(cli, world: XWorld, **token_kwargs: object) -> None:
    result = cli(
        "accounts",
        "add",
        "x",
        "--client-id",
        CLIENT_ID,
        "--api-base",
        world.url,
        "--token-stdin",
        "--history",
        "all",
        stdin=world.token_json(**token_kwargs),
    )
    assert result.code == 0, result
    assert "Added @shop" in result.out


def conversations(cli) -> list[dict]:
    result = cli("conversations", "--json")
    assert result.code == 0, result
    return json.loads(result.out)


def sync(cli) -> str:
    result = cli("sync", "--once", "-v")
    assert result.code == 0, result
    return result.out


def keyring_credentials(data_dir) -> dict:
    cache = Cache(data_dir)
    try:
        [account] = asyncio.run(cache.read(store_accounts.all_accounts))
    finally:
        cache.close()
    return Secrets().load(account.secret_ref) or {}


def test_a_mention_and_a_dm_become_conversations_of_one_customer(cli, xworld: XWorld) -> None:
    s = xworld.server
    s.post(xworld.anna, "@shop where is my order? It shipped last week & still <nothing> https://track.example/4711")
    s.send_dm(xworld.anna, xworld.shop, "My order number is 4711")
    s.post(xworld.bob, "Nobody mentions the shop here")  # not a mention
    add_account(cli, xworld)

    out = sync(cli)

    assert "2 new message(s)" in out
    convs = conversations(cli)
    assert sorted(c["kind"] for c in convs) == ["direct", "public"]
    assert {c["platform"] for c in convs} == {"x"}
    assert {c["customer"]["handle"] for c in convs} == {"@anna"}
    assert {c["customer"]["name"] for c in convs} == {"Anna Λάμπρου"}
    assert len({c["customer"]["id"] for c in convs}) == 1  # one person, two conversations
    public = next(c for c in convs if c["kind"] == "public")
    # X's &amp; undone, its t.co link shown as the real one.
    assert (
        public["snippet"]
        == "@shop where is my order? It shipped last week & still <nothing> https://track.example/4711"
    )
    assert "2 new" not in sync(cli)  # nothing twice
    assert len(conversations(cli)) == 2


def test_replies_are_posted_once_each_in_the_right_place(cli, xworld: XWorld) -> None:
    s = xworld.server
    mention = s.post(xworld.anna, "@shop do you ship to Crete?")
    s.send_dm(xworld.bob, xworld.shop, "我的订单在哪里？")
    add_account(cli, xworld)
    sync(cli)
    convs = {c["kind"]: c for c in conversations(cli)}

    assert cli("reply", str(convs["public"]["id"]), "--text", "Yes we do, Anna!").code == 0
    assert cli("reply", str(convs["direct"]["id"]), "--text", "您好 Bob, let me check.").code == 0
    out = sync(cli)
    sync(cli)

    assert "2 repl(y/ies) sent" in out
    [post] = s.replies_by(xworld.shop)
    assert post.replied_to == mention.id and post.conversation_id == mention.conversation_id
    assert post.text.endswith("Yes we do, Anna!")
    [dm] = s.dms_by(xworld.shop)
    assert dm.conversation_id.split("-") == sorted([xworld.shop.id, xworld.bob.id], key=lambda i: (len(i), i))
    assert dm.text == "您好 Bob, let me check."
    states = {c["kind"]: c["state"] for c in conversations(cli)}
    assert states == {"public": "waiting", "direct": "waiting"}
    detail = json.loads(cli("show", str(convs["public"]["id"]), "--json").out)
    assert [m["direction"] for m in detail["messages"]] == ["in", "out"]


def test_lost_responses_never_post_twice(cli, xworld: XWorld) -> None:
    s = xworld.server
    s.post(xworld.anna, "@shop hi there")
    s.send_dm(xworld.bob, xworld.shop, "hello")
    add_account(cli, xworld)
    sync(cli)
    convs = {c["kind"]: c for c in conversations(cli)}
    cli("reply", str(convs["public"]["id"]), "--text", "Hello Anna, how can we help? https://example.com/help")
    cli("reply", str(convs["direct"]["id"]), "--text", "Hi Bob, what is your order number?")
    # X performs each POST but the answer never arrives; then a 503 on the next try.
    s.inject("lost", method="POST", path="/2/tweets")
    s.inject("lost", method="POST", path=r"/2/dm_conversations/with/\d+/messages")
    s.inject("status", method="POST", path="/2/tweets", status=503)

    sync(cli)  # retries within the run: looks for each reply first, finds it

    assert len(s.replies_by(xworld.shop)) == 1
    assert len(s.dms_by(xworld.shop)) == 1
    outbox = cli("outbox", "--json")
    assert json.loads(outbox.out) == []
    for conv in convs.values():
        detail = json.loads(cli("show", str(conv["id"]), "--json").out)
        assert [m["direction"] for m in detail["messages"]] == ["in", "out"]
    sync(cli)
    assert len(s.replies_by(xworld.shop)) == 1 and len(s.dms_by(xworld.shop)) == 1


def test_a_reply_over_280_weighted_characters_fails_with_the_reason(cli, xworld: XWorld, data_dir) -> None:
    xworld.server.post(xworld.anna, "@shop hi")
    add_account(cli, xworld)
    sync(cli)
    [conv] = conversations(cli)
    # Refused when written (142 characters, 284 as X counts)...
    refused = cli("reply", str(conv["id"]), "--text", "谢谢" * 71)
    assert refused.code == 2 and "284" in refused.err and len(refused.err.splitlines()) == 1
    # ...and should one be in the outbox all the same (queued by an older
    # version), the connector refuses it with the reason.
    with Cache(data_dir) as cache:
        cache.call_write(store_outbox.queue_reply, conv["id"], "谢谢" * 71)
    sync(cli)
    [item] = json.loads(cli("outbox", "--json").out)
    assert item["state"] == "failed" and "284 characters" in item["error"]
    assert xworld.server.replies_by(xworld.shop) == []


def test_token_refresh_mid_sync_keeps_the_new_pair_in_the_keyring(cli, xworld: XWorld, data_dir) -> None:
    s = xworld.server
    s.post(xworld.anna, "@shop first")
    add_account(cli, xworld)
    first = keyring_credentials(data_dir)
    # X ends the access token early (revoked, or the clocks disagree): the
    # next request gets 401, the connector refreshes once and goes on.
    s.expire_access_tokens()
    assert "1 new message(s)" in sync(cli)
    assert s.refreshes == 1
    second = keyring_credentials(data_dir)
    assert second["refresh_token"] != first["refresh_token"]
    assert second["access_token"] != first["access_token"]
    assert first["refresh_token"] not in s.refresh  # single use: the old one is dead
    # A later run (a new process) starts from the saved pair and refreshes again.
    s.expire_access_tokens()
    s.post(xworld.anna, "@shop second")
    assert "1 new message(s)" in sync(cli)
    assert s.refreshes == 2
    # Neither the old nor the rotated tokens ever reach the log.
    log_text = "".join(p.read_text(errors="replace") for p in (data_dir / "logs").glob("*.log*"))
    assert "refreshed" in log_text  # the log was written, with -v or not
    for token in [first["access_token"], first["refresh_token"], *s.access, *s.refresh]:
        assert token not in log_text


def test_a_token_about_to_expire_is_refreshed_before_use(cli, xworld: XWorld, data_dir) -> None:
    xworld.server.post(xworld.anna, "@shop hello")
    add_account(cli, xworld, ttl=timedelta(minutes=5))  # inside the ten-minute margin
    refreshed_at_add = xworld.server.refreshes
    assert refreshed_at_add == 1  # verification itself refreshed, and saved the new pair
    sync(cli)
    creds = keyring_credentials(data_dir)
    assert creds["refresh_token"] in xworld.server.refresh
    assert creds["access_token"] in xworld.server.access


def test_revoked_sign_in_marks_the_account_and_says_what_to_do(cli, xworld: XWorld) -> None:
    add_account(cli, xworld)
    xworld.server.access.clear()
    xworld.server.refresh.clear()
    result = cli("sync", "--once")
    assert result.code == 1
    assert "sign in again" in result.err.lower()
    [account] = json.loads(cli("accounts", "list", "--json").out)
    assert account["state"] == "needs_sign_in"


def test_bad_token_json_is_one_clear_line(cli, xworld: XWorld) -> None:
    result = cli(
        "accounts", "add", "x", "--client-id", CLIENT_ID, "--api-base", xworld.url, "--token-stdin", stdin="not json"
    )
    assert result.code == 2
    assert result.err.count("\n") == 1 and "access_token" in result.err
    result = cli(
        "accounts",
        "add",
        "x",
        "--client-id",
        "has space",
        "--api-base",
        xworld.url,
        "--token-stdin",
        stdin=xworld.token_json(),
    )
    assert result.code == 2 and "client ID" in result.err


def test_history_import_says_when_x_800_mention_limit_ends_it(cli, xworld: XWorld) -> None:
    start = datetime.now(UTC) - timedelta(days=2)
    for i in range(805):
        xworld.server.post(
            xworld.anna if i % 2 else xworld.bob, f"@shop order question {i}", created_at=start + timedelta(minutes=i)
        )
    add_account(cli, xworld)
    out = sync(cli)
    assert "X gives access to the 800 most recent mentions only" in out
    assert len(conversations(cli)) == 800


def test_access_problems_reach_the_user_in_plain_words(cli, xworld: XWorld) -> None:
    add_account(cli, xworld)
    forbidden = problem(
        403,
        "Client Forbidden",
        "This request must be made using an approved developer account that is enrolled in the requested endpoint.",
        "client-forbidden",
        reason="client-not-enrolled",
    )
    for _ in range(4):  # sync --once tries a few times
        xworld.server.answer_next("GET", r"/2/users/\d+/mentions", forbidden)
    result = cli("sync", "--once")
    assert result.code == 1
    assert "Project" in result.err and "developer portal" in result.err
    [account] = json.loads(cli("accounts", "list", "--json").out)
    assert account["state"] == "error" and "Project" in account["state_detail"]
    xworld.server.scripted.clear()
    assert cli("sync", "--once").code == 0  # fixed in the portal: back to normal
    [account] = json.loads(cli("accounts", "list", "--json").out)
    assert account["state"] == "ok"


def test_a_customer_answering_our_post_sees_it_in_the_conversation(cli, xworld: XWorld) -> None:
    s = xworld.server
    t = datetime.now(UTC) - timedelta(hours=1)
    root = s.post(xworld.anna, "@shop the shoes arrived!", created_at=t)
    ours = s.post(xworld.shop, "@anna wonderful, enjoy them", in_reply_to=root, created_at=t + timedelta(minutes=2))
    s.post(xworld.anna, "@shop one squeaks a little though", in_reply_to=ours, created_at=t + timedelta(minutes=5))
    s.post(xworld.bob, "@shop @anna same here", in_reply_to=ours, created_at=t + timedelta(minutes=6))
    add_account(cli, xworld)
    sync(cli)
    convs = conversations(cli)
    anna = next(c for c in convs if c["customer"]["handle"] == "@anna")
    assert {c["customer"]["handle"] for c in convs} == {"@anna", "@bob"}  # one per customer in the thread
    detail = json.loads(cli("show", str(anna["id"]), "--json").out)
    assert [m["direction"] for m in detail["messages"]] == ["in", "out", "in"]
    assert anna["state"] == "needs_reply"
