"""A reply whose answer to DATA was lost is left to the user (issue 19).

The relay takes the message, then the connection drops before its answer
reaches us. SMTP has no idempotency and we file a reply in Sent only after a
confirmed submission, so not finding it there proves nothing: the reply
becomes "may have been sent", is never sent again by itself, and the user
resends it or marks it as sent. Against the tests' real Dovecot submission,
behind a proxy that drops the connection right after the end of DATA.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from desktop_inbox.connectors.email import parse as mailparse
from tests.email.conftest import Mailboxes
from tests.email.messages import plain
from tests.servers.mailserver import LostResponseProxy


@pytest.fixture
def proxy(boxes: Mailboxes) -> Iterator[LostResponseProxy]:
    relay = LostResponseProxy(boxes.server.ports.submission)
    yield relay
    relay.close()


def _json(cli, *args: str) -> Any:  # type: ignore[no-untyped-def]
    result = cli(*args, "--json")
    assert result.code == 0, result
    return json.loads(result.out)


def _received(boxes: Mailboxes) -> list[mailparse.ParsedMail]:
    return [mailparse.parse_message(m) for m in boxes.messages(boxes.anna)]


def _reply_lost_in_transit(cli, boxes: Mailboxes, proxy: LostResponseProxy) -> tuple[int, int, str]:  # type: ignore[no-untyped-def]
    """Add the shop (sending through the proxy), answer Anna, lose the answer
    to DATA: (conversation id, outbox item id, what sync printed)."""
    boxes.deliver(plain(frm=boxes.anna, to=boxes.shop, subject="Size 38?", body="Do you have size 38?",
                        mid=f"<q.{boxes.shop}>", minutes=1))  # fmt: skip
    added = cli(
        "accounts", "add", "email", "--address", boxes.shop,
        "--imap-host", "127.0.0.1", "--imap-port", str(boxes.server.ports.imap),
        "--smtp-host", "127.0.0.1", "--smtp-port", str(proxy.port),
        "--security", "none", "--history", "all", "--password-stdin",
        stdin=boxes.password + "\n",
    )  # fmt: skip
    assert added.code == 0, added
    assert cli("sync", "--once").code == 0
    [conv] = _json(cli, "conversations")
    item_id = int(cli("reply", str(conv["id"]), "--text", "Yes, we have size 38.").out)
    proxy.armed = True
    synced = cli("sync", "--once")
    assert synced.code == 0, synced
    assert proxy.dropped == 1
    return conv["id"], item_id, synced.out


def test_a_lost_answer_to_data_is_never_sent_again_by_itself(cli, boxes: Mailboxes, proxy: LostResponseProxy) -> None:  # type: ignore[no-untyped-def]
    conv_id, item_id, out = _reply_lost_in_transit(cli, boxes, proxy)

    assert "0 repl(y/ies) sent" in out and "1 repl(y/ies) sent" not in out
    assert f"reply {item_id} may have been sent" in out
    assert f"outbox resend {item_id}" in out and f"outbox mark-sent {item_id}" in out
    [item] = _json(cli, "outbox")
    assert item["id"] == item_id and item["state"] == "maybe_sent"
    assert "did not confirm" in item["error"]
    listed = cli("outbox")
    assert "may have been sent" in listed.out and f"outbox mark-sent {item_id}" in listed.out
    shown = _json(cli, "show", str(conv_id))
    assert shown["messages"][-1]["pending"] is True

    again = cli("sync", "--once")  # and later syncs leave it alone too
    assert again.code == 0 and "0 repl(y/ies) sent" in again.out
    assert len(_received(boxes)) == 1, "the reply was sent twice"
    assert _json(cli, "outbox")[0]["state"] == "maybe_sent"

    # The user looked: Anna has it.
    marked = cli("outbox", "mark-sent", str(item_id))
    assert marked.code == 0, marked
    assert _json(cli, "outbox") == []
    shown = _json(cli, "show", str(conv_id))
    last = shown["messages"][-1]
    assert last["direction"] == "out" and last["pending"] is False and last["text"] == "Yes, we have size 38."
    assert _json(cli, "conversations")[0]["state"] == "waiting"
    assert cli("sync", "--once").code == 0
    [reply] = _received(boxes)
    assert reply.full_text.startswith("Yes, we have size 38.")
    assert len(_json(cli, "show", str(conv_id))["messages"]) == 2

    refused = cli("outbox", "resend", str(item_id))
    assert refused.code == 2 and "only a reply that may have been sent" in refused.err


def test_the_user_can_send_it_again(cli, boxes: Mailboxes, proxy: LostResponseProxy) -> None:  # type: ignore[no-untyped-def]
    conv_id, item_id, _ = _reply_lost_in_transit(cli, boxes, proxy)
    [first] = _received(boxes)

    # The user looked and decided to send it again.
    resent = cli("outbox", "resend", str(item_id))
    assert resent.code == 0, resent
    assert _json(cli, "outbox")[0]["state"] == "queued"
    synced = cli("sync", "--once")

    assert synced.code == 0 and "1 repl(y/ies) sent" in synced.out
    received = _received(boxes)
    assert len(received) == 2  # the user's choice
    # The same Message-ID both times: a mail program that saw both shows one.
    assert {m.message_id for m in received} == {first.message_id}
    assert _json(cli, "outbox") == []
    messages = _json(cli, "show", str(conv_id))["messages"]
    assert [m["direction"] for m in messages] == ["in", "out"]

    for action in ("resend", "mark-sent"):
        refused = cli("outbox", action, str(item_id))
        assert refused.code == 2 and "may have been sent" in refused.err
    missing = cli("outbox", "mark-sent", "99999")
    assert missing.code == 2 and len(missing.err.strip().splitlines()) == 1
