"""The token lives in the keyring and nowhere else."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import keyring

from desktop_inbox.secrets import SERVICE
from tests.helpers.mastodon import World


def test_token_is_in_the_keyring_and_in_no_file_or_log(world: World, cli_process, data_dir: Path) -> None:
    world.server.post(world.anna, "@shop hello there")
    outputs = []
    outputs.append(cli_process("accounts", "add", "mastodon", "--instance", world.url, "--token-stdin", stdin=world.token + "\n"))
    # A failing sync logs errors too: make one happen, with a verbose log.
    world.server.inject("status", path="/api/v1/notifications", status=500, count=10)
    outputs.append(cli_process("sync", "--once", "--verbose"))
    world.server.clear_faults()
    outputs.append(cli_process("sync", "--once", "--verbose"))
    conv = json.loads(cli_process("conversations", "--json").out)[0]
    outputs.append(cli_process("reply", str(conv["id"]), "--text", "hi!"))
    world.server.revoke_tokens(world.shop)  # the next sync fails with 401
    outputs.append(cli_process("sync", "--once", "--verbose"))

    for out in outputs:
        assert world.token not in out.out and world.token not in out.err

    files = [p for p in data_dir.rglob("*") if p.is_file()]
    assert any(p.name == "desktop-inbox.log" for p in files)
    assert any(p.name.startswith("cache.sqlite3") for p in files)
    for path in files:
        assert world.token.encode() not in path.read_bytes(), path

    refs = list(json.loads(cli_process("accounts", "list", "--json").out))
    assert refs and refs[0]["state"] == "needs_sign_in"
    # Where it is: the Secret Service, under our service name.
    stored = list(_keyring_values())
    assert any(world.token in v for v in stored)


def _keyring_values() -> list[str]:
    import secretstorage

    conn = secretstorage.dbus_init()
    collection = secretstorage.get_default_collection(conn)
    return [item.get_secret().decode() for item in collection.search_items({"service": SERVICE})]


def test_data_folder_is_private(world: World, cli_process, data_dir: Path) -> None:
    cli_process("accounts", "add", "mastodon", "--instance", world.url, "--token-stdin", stdin=world.token + "\n")
    cli_process("sync", "--once")
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    for path in data_dir.rglob("*"):
        mode = stat.S_IMODE(path.stat().st_mode)
        if path.is_dir():
            assert mode & 0o077 == 0, (path, oct(mode))
        else:
            assert mode & 0o077 == 0, (path, oct(mode))


def test_keyring_module_sees_the_secret_service() -> None:
    assert type(keyring.get_keyring()).__module__ == "keyring.backends.SecretService"
