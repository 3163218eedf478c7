"""Answer where the customer is: a customer met on Mastodon who also wrote
an e-mail is answered by e-mail (``reply --via``), against the local
Mastodon server and the tests' Dovecot. The reply lands in the e-mail
thread (or starts one), reaches the customer's mailbox, and is on the
customer's timeline."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from desktop_inbox.connectors.email import parse as mailparse
from tests.email.conftest import Mailboxes
from tests.email.messages import plain
from tests.helpers.mastodon import World


def _add_accounts(cli, world: World, boxes: Mailboxes) -> None:  # type: ignore[no-untyped-def]
    assert cli("accounts", "add", "mastodon", "--instance", world.url, "--token-stdin", stdin=world.token + "\n").code == 0
    ports = boxes.server.ports
    added = cli(
        "accounts", "add", "email", "--address", boxes.shop,
        "--imap-host", "127.0.0.1", "--imap-port", str(ports.imap),
        "--smtp-host", "127.0.0.1", "--smtp-port", str(ports.submission),
        "--security", "starttls", "--name", "Zappy Shoes", "--history", "all", "--password-stdin",
        stdin=boxes.password + "\n",
    )  # fmt: skip
    assert added.code == 0, added


def _merged_anna(cli, boxes: Mailboxes) -> tuple[dict, dict]:  # type: ignore[no-untyped-def]
    """Anna's Mastodon conversation, and her contact once her e-mail self is merged in."""
    convs = json.loads(cli("conversations", "--json").out)
    [on_mastodon] = [c for c in convs if c["platform"] == "mastodon"]
    [by_mail] = [c for c in convs if c["platform"] == "email"]
    target, source = on_mastodon["customer"]["id"], by_mail["customer"]["id"]
    assert cli("contacts", "merge", str(target), str(source)).code == 0
    contact = json.loads(cli("contacts", "show", str(target), "--json").out)
    assert {i["platform"] for i in contact["identities"]} == {"mastodon", "email"}
    return on_mastodon, contact


def test_a_customer_met_on_mastodon_is_answered_by_email(world: World, cli, boxes: Mailboxes) -> None:  # type: ignore[no-untyped-def]
    world.server.post(world.anna, "@shop my order has not arrived, can you check?")
    boxes.deliver(plain(frm=f"Anna <{boxes.anna}>", to=boxes.shop, subject="Order 4411",
                        body="My order number is 4411.", mid=f"<order.{boxes.anna}>", minutes=1))  # fmt: skip
    _add_accounts(cli, world, boxes)
    assert cli("sync", "--once").code == 0
    on_mastodon, contact = _merged_anna(cli, boxes)
    [email] = [i for i in contact["identities"] if i["platform"] == "email"]
    [thread] = [c for c in contact["channels"] if c["identity_id"] == email["id"]]
    assert thread["kind"] == "direct" and thread["label"] == f"E-mail to {boxes.anna}"

    queued = cli("reply", str(on_mastodon["id"]), "--via", str(email["id"]), "--json",
                 "--text", "Anna, order 4411 left the warehouse today; the tracking link follows.")  # fmt: skip
    assert queued.code == 0, queued
    assert json.loads(queued.out)["conversation_id"] == thread["conversation_id"]
    assert cli("sync", "--once").code == 0

    [mail] = [mailparse.parse_message(m) for m in boxes.messages(boxes.anna)]
    assert mail.full_text.startswith("Anna, order 4411 left the warehouse today")
    assert mail.subject == "Re: Order 4411" and mail.in_reply_to == [f"<order.{boxes.anna}>"]
    assert world.server.replies_by(world.shop) == []  # nothing public on Mastodon
    shown = json.loads(cli("show", str(thread["conversation_id"]), "--json").out)
    assert [m["direction"] for m in shown["messages"]] == ["in", "out"] and shown["state"] == "waiting"
    again = json.loads(cli("contacts", "show", str(contact["id"]), "--json").out)
    assert again["message_count"] == 3  # her post, her e-mail and our answer: one timeline


def test_an_email_thread_is_started_where_there_is_none(world: World, cli, boxes: Mailboxes) -> None:  # type: ignore[no-untyped-def]
    world.server.post(world.anna, "@shop do the sandals come in 39?")
    boxes.deliver(plain(frm=f"Anna <{boxes.anna}>", to=boxes.shop, subject="Hello",
                        body="An old question.", mid=f"<old.{boxes.anna}>", minutes=-60 * 24 * 60))  # fmt: skip
    _add_accounts(cli, world, boxes)
    assert cli("sync", "--once").code == 0
    on_mastodon, contact = _merged_anna(cli, boxes)
    cutoff = (datetime.now(UTC) - timedelta(days=30)).date().isoformat()
    assert cli("forget", "--older-than", cutoff, "--yes").code == 0  # the old thread is gone, she is not
    contact = json.loads(cli("contacts", "show", str(contact["id"]), "--json").out)
    [email] = [i for i in contact["identities"] if i["platform"] == "email"]
    [new] = [c for c in contact["channels"] if c["identity_id"] == email["id"]]
    assert new["conversation_id"] is None  # started when a reply goes through it

    queued = cli("reply", str(on_mastodon["id"]), "--via", str(email["id"]), "--json",
                 "--text", "Anna, the 39s are back in stock.")  # fmt: skip
    assert queued.code == 0, queued
    started = json.loads(queued.out)["conversation_id"]
    assert started != on_mastodon["id"]
    assert cli("sync", "--once").code == 0
    [mail] = [mailparse.parse_message(m) for m in boxes.messages(boxes.anna)]
    assert mail.subject == "A message from Zappy Shoes" and not mail.in_reply_to
    assert cli("sync", "--once").code == 0  # the copy in Sent is the same message, not a second one

    # Her answer comes back to the conversation we started.
    boxes.deliver(plain(frm=f"Anna <{boxes.anna}>", to=boxes.shop, subject="Re: A message from Zappy Shoes",
                        body="Great, I'll come by.", mid=f"<answer.{boxes.anna}>", minutes=60 * 24 * 3,
                        in_reply_to=mail.message_id, references=mail.message_id))  # fmt: skip
    assert cli("sync", "--once").code == 0
    shown = json.loads(cli("show", str(started), "--json").out)
    assert [m["direction"] for m in shown["messages"]] == ["out", "in"] and shown["state"] == "needs_reply"
    emails = [c for c in json.loads(cli("conversations", "--json").out) if c["platform"] == "email"]
    assert [c["id"] for c in emails] == [started]
