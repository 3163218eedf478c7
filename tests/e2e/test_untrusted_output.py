"""Customers' text and servers' answers never drive the user's terminal,
and a server's error body never carries a secret into the cache or output."""

from __future__ import annotations

import json
from pathlib import Path

from tests.helpers.mastodon import World

NAME = "Mal\x1b]0;pwned\x07\x1b[2J\u202elo\x08ry\x9b31m"
TEXT = "@shop refund\x1b[5m now\x07 please \u202edlrow"
RAW = ["\x1b", "\x07", "\x08", "\x9b", "\u202e"]


def _no_raw_controls(text: str) -> bool:
    return not any(c in text for c in RAW)


def test_show_search_and_conversations_escape_controls(world: World, cli) -> None:  # type: ignore[no-untyped-def]
    mallory = world.server.add_account("mallory", NAME)
    world.server.post(mallory, TEXT)
    assert cli("accounts", "add", "mastodon", "--instance", world.url, "--token-stdin", stdin=world.token + "\n").code == 0
    synced = cli("sync", "--once")
    assert synced.code == 0 and _no_raw_controls(synced.out + synced.err)
    [conv] = json.loads(cli("conversations", "--json").out)
    assert conv["customer"]["name"] == NAME  # the data itself is kept as it came
    outputs = [
        cli("conversations"),
        cli("conversations", "--json"),
        cli("show", str(conv["id"])),
        cli("show", str(conv["id"]), "--json"),
        cli("search", "refund"),
        cli("search", "refund", "--json"),
        cli("contacts", "show", str(conv["customer"]["id"])),
    ]
    for result in outputs:
        assert result.code == 0, result
        assert _no_raw_controls(result.out + result.err), result
    shown = cli("show", str(conv["id"])).out
    assert "\\x1b]0;pwned\\x07\\x1b[2J" in shown and "\\u202e" in shown
    assert json.loads(cli("show", str(conv["id"]), "--json").out)["messages"][0]["text"] == TEXT


def test_a_token_echoed_in_an_error_body_is_nowhere(world: World, cli, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    assert cli("accounts", "add", "mastodon", "--instance", world.url, "--token-stdin", stdin=world.token + "\n").code == 0
    body = {"error": f"The access token {world.token} is invalid\n" + "A" * 100_000}
    world.server.inject("status", status=401, path="/api/v1/notifications", count=50, reply=lambda _r: body)
    synced = cli("sync", "--once")
    assert synced.code == 1
    [line] = synced.err.splitlines()
    assert len(line) < 400 and "is invalid" in line
    listed = cli("accounts", "list", "--json")
    state = json.loads(listed.out)[0]
    assert state["state"] == "needs_sign_in" and len(state["state_detail"]) <= 300
    for result in (synced, listed, cli("accounts", "list")):
        assert world.token not in result.out + result.err
    for path in data_dir.rglob("*"):
        if path.is_file():
            assert world.token.encode() not in path.read_bytes(), path
