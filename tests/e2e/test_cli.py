"""The command line end to end, as real processes, against the local server."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import httpx

from tests.helpers.mastodon import World


def test_mention_and_dm_to_replies_exactly_once(world: World, cli_process) -> None:
    public = world.server.post(world.anna, "@shop my parcel has not arrived, was it shipped?")
    dm = world.server.post(world.bob, "@shop 你好，我的订单号是 A-1234", visibility="direct")

    added = cli_process("accounts", "add", "mastodon", "--instance", world.url, "--token-stdin", stdin=world.token + "\n")
    assert added.code == 0, added
    listed = json.loads(cli_process("accounts", "list", "--json").out)
    assert [a["handle"] for a in listed] == [f"@shop@{world.server.host}"]

    synced = cli_process("sync", "--once")
    assert synced.code == 0, synced
    conversations = json.loads(cli_process("conversations", "--json").out)
    assert len(conversations) == 2
    by_kind = {c["kind"]: c for c in conversations}
    assert by_kind["public"]["customer"]["name"] == "Anna Λάμπρου"
    assert by_kind["direct"]["customer"]["handle"] == f"@bob@{world.server.host}"
    for c in conversations:
        assert c["state"] == "needs_reply" and c["platform"] == "mastodon" and c["last_message_at"].endswith("Z")

    shown = json.loads(cli_process("show", str(by_kind["direct"]["id"]), "--json").out)
    [message] = shown["messages"]
    assert message["remote_id"] == dm.id and message["direction"] == "in" and message["visibility"] == "direct"
    assert "A-1234" in message["text"]

    r1 = cli_process("reply", str(by_kind["public"]["id"]), "--text", "So sorry Anna, it left on Monday.")
    r2 = cli_process("reply", str(by_kind["direct"]["id"]), "--text", "您好 Bob, I am checking A-1234 now.")
    assert r1.code == 0 and r2.code == 0 and r1.out.strip().isdigit()
    pending = json.loads(cli_process("show", str(by_kind["public"]["id"]), "--json").out)["messages"][-1]
    assert pending["pending"] is True and pending["direction"] == "out"
    assert world.server.replies_by(world.shop) == []  # queued, not sent

    assert cli_process("sync", "--once").code == 0
    again = cli_process("sync", "--once")
    assert again.code == 0 and "0 new message(s), 0 repl(y/ies) sent" in again.out

    replies = {s.in_reply_to_id: s for s in world.server.replies_by(world.shop)}
    assert set(replies) == {public.id, dm.id}
    assert replies[public.id].visibility == "public"
    assert replies[dm.id].visibility == "direct" and world.bob.id in replies[dm.id].mentions
    states = {c["kind"]: c["state"] for c in json.loads(cli_process("conversations", "--json").out)}
    assert states == {"public": "waiting", "direct": "waiting"}

    hits = json.loads(cli_process("search", "shipping", "--json").out)
    assert [h["conversation_id"] for h in hits] == [by_kind["public"]["id"]]
    assert json.loads(cli_process("search", "订单", "--json").out)[0]["conversation_id"] == by_kind["direct"]["id"]

    done = cli_process("done", str(by_kind["public"]["id"]))
    assert done.code == 0
    assert [c["kind"] for c in json.loads(cli_process("conversations", "--state", "done", "--json").out)] == ["public"]


def test_oauth_sign_in_through_the_loopback_redirect(world: World, data_dir: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop_inbox", "accounts", "add", "mastodon", "--instance", world.url,
         "--no-browser", "--timeout", "60", "--data-dir", str(data_dir)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    assert proc.stdout is not None
    url = ""
    for line in proc.stdout:
        if line.startswith("http"):
            url = line.strip()
            break
    assert "/oauth/authorize?" in url and "code_challenge_method=S256" in url and "state=" in url
    # The "browser": the server signs the user in and redirects to the app's loopback listener.
    page = httpx.get(url, follow_redirects=True, timeout=30)
    assert page.status_code == 200 and "signed in" in page.text.lower()
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert "Added @shop@" in out
    # The listener took that one request and closed.
    redirect = page.url
    try:
        httpx.get(str(redirect), timeout=2)
    except httpx.ConnectError:
        pass
    else:
        raise AssertionError("the loopback listener is still open")


def test_bad_input_gets_one_clear_line(world: World, cli_process) -> None:
    cases = [
        (["accounts", "add", "mastodon", "--instance", "http://mastodon.example", "--token-stdin"], "x\n", "https"),
        (["accounts", "add", "mastodon", "--instance", "http://127.0.0.1:9", "--token-stdin"], "x\n", "Cannot reach"),
        (["accounts", "add", "mastodon", "--instance", world.url, "--token-stdin"], "wrong-token\n", "sign in again"),
        (["accounts", "add", "mastodon", "--instance", world.url, "--token-stdin"], "\n", "No access token"),
        (["show", "999"], "", "no conversation 999"),
        (["reply", "999", "--text", "hi"], "", "no conversation 999"),
        (["search", "before:soon"], "", "date like"),
    ]
    for args, stdin, message in cases:
        result = cli_process(*args, stdin=stdin)
        assert result.code != 0, (args, result)
        lines = [line for line in result.err.splitlines() if line.strip()]
        assert len(lines) == 1 and message.lower() in lines[0].lower(), (args, result.err)
        assert "Traceback" not in result.err


def test_no_usable_keyring_refuses_to_store_the_token(world: World, data_dir: Path) -> None:
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    result = subprocess.run(
        [sys.executable, "-m", "desktop_inbox", "accounts", "add", "mastodon", "--instance", world.url,
         "--token-stdin", "--data-dir", str(data_dir)],
        input=world.token + "\n", capture_output=True, text=True, env=env, timeout=60,
    )
    assert result.returncode != 0
    assert "No secure keyring" in result.stderr and "plain text" in result.stderr
    assert world.token not in result.stderr + result.stdout
    listed = subprocess.run(
        [sys.executable, "-m", "desktop_inbox", "accounts", "list", "--json", "--data-dir", str(data_dir)],
        capture_output=True, text=True, env=env, timeout=60,
    )
    assert json.loads(listed.stdout) == []
    for path in data_dir.rglob("*"):
        if path.is_file():
            assert world.token.encode() not in path.read_bytes(), path


def test_data_dir_works_before_and_after_the_command(data_dir: Path, tmp_path: Path) -> None:
    """``desktop-inbox --data-dir D searches add …`` once used the default
    folder: the command's own parser put its empty default over D."""
    elsewhere = tmp_path / "xdg"
    env = dict(os.environ, XDG_DATA_HOME=str(elsewhere), XDG_CONFIG_HOME=str(elsewhere))

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "desktop_inbox", *args], env=env, capture_output=True, text=True, timeout=120)

    assert run("--data-dir", str(data_dir), "searches", "add", "Refunds", "refund").returncode == 0
    assert run("searches", "add", "Boots", "boots", "--data-dir", str(data_dir)).returncode == 0
    listed = run("-v", "--data-dir", str(data_dir), "searches", "--json")
    assert sorted(s["name"] for s in json.loads(listed.stdout)) == ["Boots", "Refunds"], listed
    assert not any(elsewhere.rglob("cache.sqlite3"))  # the default folder was never used
