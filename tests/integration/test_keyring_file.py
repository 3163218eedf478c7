"""A sign-in in the keyring users have: gnome-keyring's file-backed ``login``
collection, unlocked with its password, as on a desktop.

The rest of the run keeps its sign-ins in the daemon's in-memory collection
(see tests/helpers/keyring_session.py for why); this test is the one that
writes the file, reads it back for a sync, and removes it.
"""

from __future__ import annotations

import os
import signal
import time

import secretstorage
from jeepney.io.blocking import open_dbus_connection

from desktop_inbox.secrets import SERVICE, Secrets
from tests.helpers.keyring_session import LOGIN, SESSION, KeyringSession
from tests.helpers.mastodon import World
from tests.integration.conftest import App


def _refs(keyring_session: KeyringSession, collection: str) -> list[str]:
    with open_dbus_connection(bus=keyring_session.address) as conn:
        found = secretstorage.Collection(conn, collection).search_items({"service": SERVICE})
        return [item.get_attributes()["username"] for item in found]


async def test_a_sign_in_is_kept_encrypted_in_the_login_keyring_file(
    app: App, world: World, keyring_session: KeyringSession
) -> None:
    world.server.post(world.anna, "@shop is the shop open on Sunday?")
    with keyring_session.login_collection() as folder:
        keyring_file = folder / "login.keyring"
        before = keyring_file.read_bytes()
        account = await app.add(world)

        assert _refs(keyring_session, LOGIN) == [account.secret_ref]
        assert account.secret_ref not in _refs(keyring_session, SESSION)
        written = keyring_file.read_bytes()
        assert written != before  # the daemon wrote the file ...
        assert world.token.encode() not in written  # ... encrypted

        # Read back from the file-backed collection by a sync that has no
        # connector yet (as after a restart).
        await app.engine.forget_connector(account.id)
        [result] = await app.engine.sync_once()
        assert result.ok and result.added == 1

        await app.accounts.remove(account.id)
        assert _refs(keyring_session, LOGIN) == []


def test_the_test_keyring_outlives_its_daemon(keyring_session: KeyringSession) -> None:
    """Should gnome-keyring-daemon die mid-run, the next one is started
    unlocked: a sign-in saved right after is kept, and the login collection
    is open (D-Bus's own start had left it locked, and every later test that
    used it failed)."""
    secrets = Secrets()
    daemon = keyring_session.daemon_pid()
    assert daemon is not None
    os.kill(daemon, signal.SIGKILL)
    try:
        deadline = time.monotonic() + 10
        while keyring_session.daemon_pid() in (None, daemon):
            assert time.monotonic() < deadline, "no daemon started again"
            time.sleep(0.05)
        secrets.save("mastodon:after-a-crash", {"token": "tok-after-a-crash"})
        assert secrets.load("mastodon:after-a-crash") == {"token": "tok-after-a-crash"}
        with open_dbus_connection(bus=keyring_session.address) as conn:
            assert not secretstorage.Collection(conn, LOGIN).is_locked()
        with keyring_session.login_collection():
            secrets.save("mastodon:after-a-crash", {"token": "tok-in-the-file"})
            assert secrets.load("mastodon:after-a-crash") == {"token": "tok-in-the-file"}
            secrets.delete("mastodon:after-a-crash")
    finally:
        secrets.delete("mastodon:after-a-crash")
        keyring_session.pid = keyring_session.daemon_pid()  # (killed here, not by the test that fails next)
