"""End to end through the command line, on the real network and the chat server."""

from __future__ import annotations

import json

from tests.bluesky.conftest import World


def _slices(text: str, facets: list[dict]) -> dict[str, dict]:
    return {text.encode()[f["index"]["byteStart"] : f["index"]["byteEnd"]].decode(): f["features"][0] for f in facets}


def test_accounts_add_sync_and_replies_from_the_command_line(world: World, cli, cli_process) -> None:  # type: ignore[no-untyped-def]
    root = world.anna.post("Ψάχνω παπούτσια 👟")
    ours = world.shop.post("Έχουμε! Ask us.", reply_to=root)
    question = world.anna.post(f"@{world.shop.handle} 有 42 号吗？✨", reply_to=ours)
    world.dm(world.bob, "Order 42: 我的地址是 Odos Ermou 12")
    world.net.process_all()

    added = cli_process(
        "accounts", "add", "bluesky", "--handle", f"@{world.shop.handle}", "--service", world.net.pds,
        "--chat-service", world.chat.url, "--password-stdin", "--history", "all", stdin=world.password + "\n",
    )
    assert added.code == 0, added
    assert f"Added @{world.shop.handle}" in added.out
    assert world.password not in added.out + added.err

    synced = cli("sync", "--once")
    assert synced.code == 0, synced
    convs = json.loads(cli("conversations", "--json").out)
    by_kind = {c["kind"]: c for c in convs}
    assert set(by_kind) == {"public", "direct"}
    assert by_kind["public"]["customer"]["handle"] == f"@{world.anna.handle}"
    assert by_kind["direct"]["customer"]["handle"] == f"@{world.bob.handle}"
    shown = cli("show", str(by_kind["public"]["id"]))
    assert "Ψάχνω παπούτσια 👟" in shown.out and "有 42 号吗？✨" in shown.out

    public_text = f"Ναι @{world.anna.handle}! 有的 ✨👟 https://example.com/μέγεθος-42"
    dm_text = "收到，Bob! Στέλνουμε αύριο 📦"
    assert cli("reply", str(by_kind["public"]["id"]), "--text", public_text).code == 0
    assert cli("reply", str(by_kind["direct"]["id"]), "--text", dm_text).code == 0
    sent = cli("sync", "--once")
    assert sent.code == 0, sent
    assert "2 repl(y/ies) sent" in sent.out
    assert cli("sync", "--once").code == 0

    records = [r for r in world.shop.records() if r["value"]["text"] == public_text]
    assert len(records) == 1  # once, even after another sync
    record = records[0]["value"]
    assert record["reply"]["parent"] == {"uri": question["uri"], "cid": question["cid"]}
    assert record["reply"]["root"] == {"uri": root["uri"], "cid": root["cid"]}
    facets = _slices(public_text, record["facets"])
    assert facets[f"@{world.anna.handle}"] == {"$type": "app.bsky.richtext.facet#mention", "did": world.anna.did}
    assert facets["https://example.com/μέγεθος-42"]["uri"] == "https://example.com/μέγεθος-42"
    assert [m["text"] for m in world.messages(world.bob) if m["sender"] == world.shop.did] == [dm_text]
    states = {c["kind"]: c["state"] for c in json.loads(cli("conversations", "--json").out)}
    assert states == {"public": "waiting", "direct": "waiting"}


def test_a_wrong_app_password_is_one_clear_line(world: World, cli) -> None:  # type: ignore[no-untyped-def]
    result = cli(
        "accounts", "add", "bluesky", "--handle", world.shop.handle, "--service", world.net.pds, "--password-stdin",
        stdin="aaaa-bbbb-cccc-dddd\n",
    )
    assert result.code == 2
    assert result.err.count("\n") == 1 and "did not accept" in result.err
    assert "aaaa-bbbb-cccc-dddd" not in result.err
    assert cli("accounts", "list").out.startswith("No accounts")
