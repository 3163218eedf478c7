"""Offline: read and answer without a network; replies go out once when back."""

from __future__ import annotations

import json

from tests.helpers.mastodon import World


def test_replies_wait_offline_with_a_visible_error_then_go_out_once(world: World, cli_process) -> None:
    world.server.post(world.anna, "@shop is the shop open on Sunday?")
    cli_process("accounts", "add", "mastodon", "--instance", world.url, "--token-stdin", stdin=world.token + "\n")
    assert cli_process("sync", "--once").code == 0
    [conv] = json.loads(cli_process("conversations", "--json").out)

    world.server.stop()  # the plane takes off
    # Reading, searching and answering all work offline.
    assert "Sunday" in cli_process("show", str(conv["id"])).out
    assert json.loads(cli_process("search", "sunday", "--json").out)
    assert cli_process("reply", str(conv["id"]), "--text", "Yes, from 10 to 4!").code == 0
    offline = cli_process("sync", "--once")
    assert offline.code == 1
    assert "Cannot reach" in offline.err
    [item] = json.loads(cli_process("outbox", "--json").out)
    assert item["state"] == "queued" and "Cannot reach" in item["error"]
    message = json.loads(cli_process("show", str(conv["id"]), "--json").out)["messages"][-1]
    assert message["pending"] and "Cannot reach" in message["error"]

    world.server.start()  # landed
    assert cli_process("sync", "--once").code == 0
    assert cli_process("sync", "--once").code == 0
    replies = world.server.replies_by(world.shop)
    assert [r.text.split(" ", 1)[1] for r in replies] == ["Yes, from 10 to 4!"]
    assert json.loads(cli_process("outbox", "--json").out) == []
