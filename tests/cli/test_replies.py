"""``reply`` and ``outbox`` on the command line go through the reply use
case: a reply that cannot be sent is refused when it is written (one line,
exit 2), a canned one is queued with a warning, and a cancelled one leaves
the conversation as it was. Against the local Mastodon server."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_inbox.records import AccountInfo, Direction, Kind, Person, Platform, Post
from desktop_inbox.store import accounts as store_accounts
from desktop_inbox.store import ingest
from desktop_inbox.store.db import Cache
from tests.helpers.fake_connector import T0
from tests.helpers.mastodon import World

CARD = "4111 1111 1111 1111"


def conversations(cli) -> dict[str, dict]:  # type: ignore[no-untyped-def]
    return {c["customer"]["handle"].split("@")[1]: c for c in json.loads(cli("conversations", "--json").out)}


@pytest.fixture
def shop(world: World, cli) -> dict[str, dict]:  # type: ignore[no-untyped-def]
    world.server.post(world.anna, "@shop my parcel has not arrived")
    world.server.post(world.bob, "@shop do you ship to Crete?")
    assert cli("accounts", "add", "mastodon", "--instance", world.url, "--token-stdin", stdin=world.token + "\n").code == 0
    assert cli("sync", "--once").code == 0
    return conversations(cli)


def test_an_over_long_reply_is_refused_in_one_line(shop, cli) -> None:  # type: ignore[no-untyped-def]
    refused = cli("reply", str(shop["anna"]["id"]), "--text", "x" * 600)  # the server takes 500
    assert refused.code == 2 and refused.out == ""
    [line] = refused.err.splitlines()
    assert "600" in line and "500" in line
    assert json.loads(cli("outbox", "--json").out) == []


def test_personal_data_in_a_public_reply_is_refused_with_the_two_ways_on(shop, cli) -> None:  # type: ignore[no-untyped-def]
    anna = str(shop["anna"]["id"])
    text = f"Anna, I refunded the card {CARD} today."
    refused = cli("reply", anna, "--text", text)
    assert refused.code == 2
    [line] = refused.err.splitlines()
    assert "card number" in line and "--direct" in line and "--public-anyway" in line
    assert CARD not in line  # named, not repeated whole
    assert json.loads(cli("outbox", "--json").out) == []

    direct = cli("reply", anna, "--text", text, "--direct", "--json")
    assert direct.code == 0 and json.loads(direct.out)["kind"] == "direct"
    public = cli("reply", anna, "--text", text, "--public-anyway", "--json")
    assert public.code == 0 and json.loads(public.out)["visibility"] == "public"


def test_a_canned_reply_warns_on_stderr_and_is_queued(world: World, cli) -> None:  # type: ignore[no-untyped-def]
    canned = "Thank you for reaching out, we will look into this and get back to you very soon"
    people = [world.server.add_account(f"customer{n}", f"Customer {n}") for n in range(4)]
    for person in people:
        world.server.post(person, "@shop hello, a question about my order")
    assert cli("accounts", "add", "mastodon", "--instance", world.url, "--token-stdin", stdin=world.token + "\n").code == 0
    assert cli("sync", "--once").code == 0
    convs = conversations(cli)
    for n in range(3):
        assert cli("reply", str(convs[f"customer{n}"]["id"]), "--text", canned).code == 0
    assert cli("sync", "--once").code == 0  # delivered: now they are replies already sent

    fourth = cli("reply", str(convs["customer3"]["id"]), "--text", canned)
    assert fourth.code == 0 and fourth.out.strip().isdigit()
    # (It also promises to get back: a note offers the reminder.)
    [warning] = [line for line in fourth.err.splitlines() if not line.startswith("note:")]
    assert warning.startswith("warning:") and "3 other customers" in warning
    [queued] = json.loads(cli("outbox", "--json").out)
    assert queued["id"] == int(fourth.out) and queued["text"] == canned


def test_a_cancelled_reply_leaves_the_customer_waiting_as_before(shop, cli) -> None:  # type: ignore[no-untyped-def]
    anna = shop["anna"]
    assert anna["state"] == "needs_reply" and anna["waiting_since"]
    order = [c["id"] for c in json.loads(cli("conversations", "--state", "needs_reply", "--json").out)]
    item = cli("reply", str(anna["id"]), "--text", "Let me check with the courier.")
    assert item.code == 0
    assert conversations(cli)["anna"]["state"] == "waiting"

    cancelled = cli("outbox", "cancel", item.out.strip())
    assert cancelled.code == 0
    again = conversations(cli)["anna"]
    assert again["state"] == "needs_reply" and again["waiting_since"] == anna["waiting_since"]
    # And in its place in the inbox (the longest waiting first), as before.
    assert [c["id"] for c in json.loads(cli("conversations", "--state", "needs_reply", "--json").out)] == order


def test_a_bluesky_post_of_301_graphemes_is_refused(cli, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    me = Person(Platform.BLUESKY, "did:plc:shop", "did:plc:shop", "shop.bsky.social", "Shop")
    anna = Person(Platform.BLUESKY, "did:plc:anna", "did:plc:anna", "anna.bsky.social", "Anna")
    with Cache(data_dir) as cache:
        account = cache.call_write(
            store_accounts.create, platform=Platform.BLUESKY, base_url="https://bsky.example",
            info=AccountInfo(me=me, char_limit=300, url_length=0), secret_ref="bluesky:test",
        )  # fmt: skip
        post = Post("at://anna/1", anna, "hi!", T0, Kind.PUBLIC, Direction.IN, anna, thread_root="at://anna/1")
        cache.call_write(ingest.store_page, account.id, "s", [post], cursor="c", exhausted=True, unread=True)
    [conv] = json.loads(cli("conversations", "--json").out)
    refused = cli("reply", str(conv["id"]), "--text", "👍🏽" * 301)  # 301 graphemes, 602 code points
    assert refused.code == 2 and len(refused.err.splitlines()) == 1 and "301" in refused.err and "300" in refused.err
    assert cli("reply", str(conv["id"]), "--text", "👍🏽" * 300).code == 0
