"""Messenger for a Facebook Page, end to end through the command line."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from tests.helpers.graph import APP_ID, MetaWorld, customers_writing
from tests.servers.graph import graph_error

HOUR = timedelta(hours=1)


def now() -> datetime:
    return datetime.now(UTC)


def add_messenger(cli, meta: MetaWorld, *extra: str, page: str | None = None, token: str | None = None):
    return cli(
        "accounts", "add", "messenger", "--app-id", APP_ID, "--page", page or meta.page.id, "--api-base", meta.url,
        "--token-stdin", "--history", "all", *extra, stdin=token or meta.token(meta.page, ttl=None),
    )


def sync(cli) -> str:
    result = cli("sync", "--once")
    assert result.code == 0, result
    return result.out


def conversations(cli) -> list[dict]:
    return json.loads(cli("conversations", "--json").out)


def test_a_message_and_a_page_comment_become_conversations_and_get_answers(cli, meta: MetaWorld) -> None:
    w = meta.server.world
    w.message(meta.carla, meta.page, "¿Tenéis la talla 40?", at=now() - HOUR)
    post = w.add_media(meta.page, "Autumn boots are in", at=now() - 6 * HOUR)
    top = w.add_comment(post, meta.dan, "Do they run small?", at=now() - 3 * HOUR)
    w.add_comment(post, meta.page, "A little: take one size up", parent=top, at=now() - 2 * HOUR)
    w.add_comment(post, meta.dan, "Thanks, ordered!", parent=top, at=now() - HOUR)
    result = add_messenger(cli, meta)
    assert result.code == 0, result
    assert "Added Zappy Shoes" in result.out and "Messenger conversations: works" in result.out
    assert "Standard Access" in result.out and "Business Verification" in result.out

    sync(cli)

    convs = {c["kind"]: c for c in conversations(cli)}
    assert {c["platform"] for c in convs.values()} == {"messenger"}
    assert convs["direct"]["customer"]["name"] == "Carla Díaz"
    assert convs["public"]["customer"]["name"] == "Dan Smith" and convs["public"]["snippet"] == "Thanks, ordered!"
    thread = json.loads(cli("show", str(convs["public"]["id"]), "--json").out)
    assert [m["direction"] for m in thread["messages"]] == ["in", "out", "in"]

    assert cli("reply", str(convs["direct"]["id"]), "--text", "¡Sí, la tenemos!").code == 0
    assert cli("reply", str(convs["public"]["id"]), "--text", "Enjoy them, Dan!").code == 0
    out = sync(cli)
    assert "2 repl(y/ies) sent" in out
    [dm] = meta.server.sent
    assert dm.recipient_id == meta.carla.id and dm.text == "¡Sí, la tenemos!"
    [comment] = meta.server.posted
    assert comment.parent_id == top.id and comment.author_id == meta.page.id
    sync(cli)
    assert len(meta.server.sent) == 1 and len(meta.server.posted) == 1


def test_a_private_reply_to_a_page_comment_and_the_window(cli, meta: MetaWorld) -> None:
    w = meta.server.world
    post = w.add_media(meta.page, "Giveaway!", at=now() - 2 * HOUR)
    comment = w.add_comment(post, meta.carla, "Me! My address is in my profile", at=now() - HOUR)
    w.message(meta.dan, meta.page, "Hello?", at=now() - 30 * HOUR)
    assert add_messenger(cli, meta).code == 0
    sync(cli)
    convs = {c["customer"]["name"]: c for c in conversations(cli)}

    result = cli("reply", str(convs["Dan Smith"]["id"]), "--text", "Hi Dan")
    assert result.code == 2 and "24 hours" in result.err and "--human-agent" in result.err
    assert cli("reply", str(convs["Carla Díaz"]["id"]), "--direct", "--text", "Please send it here").code == 0
    sync(cli)
    assert meta.server.private_replies.keys() == {comment.id}
    assert [m.text for m in meta.server.sent] == ["Please send it here"]


def test_human_agent_extends_the_window_only_where_meta_approved_it(cli, meta: MetaWorld) -> None:
    w = meta.server.world
    w.message(meta.dan, meta.page, "Still waiting for my refund", at=now() - 30 * HOUR)
    assert add_messenger(cli, meta, "--human-agent").code == 0
    sync(cli)
    [conv] = conversations(cli)
    assert cli("reply", str(conv["id"]), "--text", "Sorry Dan, it went out today").code == 0
    meta.server.human_agent = False  # the app claimed a feature Meta did not approve
    sync(cli)
    [item] = json.loads(cli("outbox", "--json").out)
    assert item["state"] == "failed" and "outside the time Meta allows" in item["error"]
    assert meta.server.sent == []
    meta.server.human_agent = True
    assert cli("outbox", "retry", str(item["id"])).code == 0
    sync(cli)
    assert [m.text for m in meta.server.sent] == ["Sorry Dan, it went out today"]


def test_standard_access_refusals_explain_advanced_access(cli, meta: MetaWorld) -> None:
    meta.server.advanced_access = False
    meta.server.world.message(meta.carla, meta.page, "Hola", at=now() - HOUR)
    assert add_messenger(cli, meta).code == 0
    sync(cli)
    [conv] = conversations(cli)
    cli("reply", str(conv["id"]), "--text", "¡Hola Carla!")
    sync(cli)
    [item] = json.loads(cli("outbox", "--json").out)
    assert item["state"] == "failed"
    assert "has Standard Access" in item["error"] and "App Review" in item["error"]
    assert "accounts add messenger --help" in item["error"]
    assert meta.server.sent == []


def test_the_wrong_page_or_a_bad_token_is_one_clear_line(cli, meta: MetaWorld) -> None:
    other = meta.server.world.add_business("messenger", "Another Page")
    result = add_messenger(cli, meta, page=other.id)
    assert result.code == 2 and "belongs to Zappy Shoes" in result.err and result.err.count("\n") == 1
    result = add_messenger(cli, meta, token="not a token")
    assert result.code == 2 and "does not look like a Meta access token" in result.err
    result = add_messenger(cli, meta, page="my-page")
    assert result.code == 2 and "Page ID is a number" in result.err
    assert json.loads(cli("accounts", "list", "--json").out) == []


def test_page_caps_still_bring_every_conversation_and_comment(cli, meta: MetaWorld) -> None:
    w = meta.server.world
    start = now() - timedelta(days=3)
    people = customers_writing(meta, meta.page, 45, prefix="Customer ", start=start)
    post = w.add_media(meta.page, "Big post", at=start)
    for i, person in enumerate(people):
        w.add_comment(post, person, f"comment {i}", at=start + timedelta(hours=1, minutes=i))
    assert add_messenger(cli, meta).code == 0
    sync(cli)
    convs = conversations(cli)
    assert len([c for c in convs if c["kind"] == "direct"]) == 45
    assert len([c for c in convs if c["kind"] == "public"]) == 45
    # New ones after the first sync arrive with the next one, across pages too.
    customers_writing(meta, meta.page, 42, prefix="Later ", start=now() - timedelta(minutes=50))
    out = sync(cli)
    assert "42 new message(s)" in out
    assert len([c for c in conversations(cli) if c["kind"] == "direct"]) == 87


def test_permission_errors_mark_the_account_and_say_what_to_do(cli, meta: MetaWorld) -> None:
    assert add_messenger(cli, meta).code == 0
    refusal = graph_error(200, "(#200) App does not have Advanced Access to this endpoint")
    for _ in range(4):  # sync --once tries a few times
        meta.server.answer_next("GET", r"/v[\d.]+/\d+/conversations", refusal)
    result = cli("sync", "--once")
    assert result.code == 1 and "has Standard Access" in result.err and "Business Verification" in result.err
    assert result.err.count("\n") == 1  # one line, as every error
    [account] = json.loads(cli("accounts", "list", "--json").out)
    assert account["state"] == "error" and "App Review" in account["state_detail"]
    meta.server.scripted.clear()
    assert cli("sync", "--once").code == 0  # access granted: back to normal
    assert json.loads(cli("accounts", "list", "--json").out)[0]["state"] == "ok"


def test_a_blocked_customer_and_a_too_long_reply_fail_with_the_reason(cli, meta: MetaWorld) -> None:
    w = meta.server.world
    w.message(meta.carla, meta.page, "hola", at=now() - HOUR)
    w.message(meta.dan, meta.page, "hi", at=now() - HOUR)
    assert add_messenger(cli, meta).code == 0
    sync(cli)
    convs = {c["customer"]["name"]: c for c in conversations(cli)}
    meta.carla.blocked = True
    assert cli("reply", str(convs["Carla Díaz"]["id"]), "--text", "¿Sigues ahí?").code == 0
    # Too long for Messenger: refused when written, never queued to fail.
    refused = cli("reply", str(convs["Dan Smith"]["id"]), "--text", "x" * 2001)
    assert refused.code == 2 and "2001 characters" in refused.err and "2000" in refused.err, refused
    sync(cli)
    errors = {i["conversation_id"]: i["error"] for i in json.loads(cli("outbox", "--json").out)}
    assert list(errors) == [convs["Carla Díaz"]["id"]] and "isn't available" in errors[convs["Carla Díaz"]["id"]]
    assert meta.server.sent == []
