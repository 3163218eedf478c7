"""A real Secret Service keyring for the test run.

Starts a private D-Bus session (``dbus-run-session``) with
``gnome-keyring-daemon --unlock`` reading its password from stdin, its data in
a fresh ``XDG_DATA_HOME`` (an old keyring with another password would refuse
to unlock). The session lives until ``close()``.

Its ``default`` alias then names the daemon's in-memory ``session``
collection rather than the on-disk ``login`` one, because the daemon
sometimes dies under the run's load (GLib's "assertion failed: (error !=
NULL)" in ``invoke_get_property_in_idle_cb``, a client gone while its
property read waits: ~1 minute of four threads saving sign-ins shows it).
D-Bus then starts another daemon, which reads the alias from its file. On
the login collection that daemon has no password: every later save met a
locked collection and an unlock prompt nobody answers (one CI run failed
the 177 tests after minute 13 that way, most likely). On the in-memory one
the run goes on; the sign-ins saved before are gone, so at most the test in
flight fails, and ``daemon_pid()`` lets the run say so. (The login file
has a second hazard: gnome-keyring reloads it whenever it changes, and a
reload it cannot decrypt clears the collection's unlocked data,
``on_file_load`` in pkcs11/secret-store/gkm-secret-module.c.)
``login_collection()`` puts the file-backed collection back for a test of
its own (tests/integration/test_keyring_file.py).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_SCRIPT = r"""
printf '%s' "$KEYRING_PASSWORD" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
echo "$DBUS_SESSION_BUS_ADDRESS"
exec cat >/dev/null
"""


ATTEMPTS = 4
SESSION = "/org/freedesktop/secrets/collection/session"
LOGIN = "/org/freedesktop/secrets/collection/login"


class KeyringSession:
    def __init__(self) -> None:
        missing = [tool for tool in ("dbus-run-session", "gnome-keyring-daemon") if shutil.which(tool) is None]
        if missing:
            raise RuntimeError(
                f"the real keyring needs {', '.join(missing)} (Debian: dbus gnome-keyring); .ci/run installs them"
            )
        # About one start in fifteen, whatever the load, the daemon never
        # unlocks its default collection (waited for 15 s: still locked) while
        # the others do in ~30 ms: such a start is thrown away and made again.
        for _attempt in range(ATTEMPTS):
            self._start()
            if self._wait_until_unlocked():
                self.set_default(SESSION)
                return
            self.close()
        raise RuntimeError(f"the test keyring did not unlock its default collection ({ATTEMPTS} starts)")

    def _start(self) -> None:
        self.home = Path(tempfile.mkdtemp(prefix="desktop-inbox-keyring-"))
        env = dict(os.environ, XDG_DATA_HOME=str(self.home), KEYRING_PASSWORD="test-keyring-password")
        env.pop("DBUS_SESSION_BUS_ADDRESS", None)
        self.process = subprocess.Popen(
            ["dbus-run-session", "--", "sh", "-c", _SCRIPT],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            text=True,
        )
        assert self.process.stdout is not None
        self.address = self.process.stdout.readline().strip()
        if not self.address:
            raise RuntimeError("dbus-run-session did not start")
        self.env = {"DBUS_SESSION_BUS_ADDRESS": self.address, "XDG_DATA_HOME": str(self.home)}

    def _wait_until_unlocked(self, timeout: float = 5.0) -> bool:
        """Until the daemon has made and unlocked its default collection.

        Asked too early, the keyring finds no unlocked default and shows an
        unlock prompt that nobody here answers (a benchmark run saw the
        sync's keyring reads wait on one).
        """
        import secretstorage
        from jeepney.io.blocking import open_dbus_connection
        from secretstorage.exceptions import SecretServiceNotAvailableException

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                with open_dbus_connection(bus=self.address) as conn:
                    if not secretstorage.get_collection_by_alias(conn, "default").is_locked():
                        return True
            except (OSError, secretstorage.ItemNotFoundException, SecretServiceNotAvailableException):
                pass
            time.sleep(0.05)
        return False

    def daemon_pid(self) -> int | None:
        """The process that answers for the Secret Service now, if any."""
        from jeepney import DBusAddress, new_method_call
        from jeepney.io.blocking import open_dbus_connection
        from jeepney.wrappers import DBusErrorResponse, unwrap_msg

        bus = DBusAddress("/org/freedesktop/DBus", bus_name="org.freedesktop.DBus", interface="org.freedesktop.DBus")
        ask = new_method_call(bus, "GetConnectionUnixProcessID", "s", ("org.freedesktop.secrets",))
        try:
            with open_dbus_connection(bus=self.address) as conn:
                return int(unwrap_msg(conn.send_and_get_reply(ask, timeout=5))[0])
        except (DBusErrorResponse, OSError, TimeoutError):
            return None

    def default(self) -> str:
        """The object path the ``default`` alias names."""
        import secretstorage
        from jeepney.io.blocking import open_dbus_connection

        with open_dbus_connection(bus=self.address) as conn:
            return str(secretstorage.get_collection_by_alias(conn, "default").collection_path)

    def set_default(self, collection: str) -> None:
        from jeepney import DBusAddress, new_method_call
        from jeepney.io.blocking import open_dbus_connection
        from jeepney.wrappers import unwrap_msg

        service = DBusAddress(
            "/org/freedesktop/secrets", bus_name="org.freedesktop.secrets", interface="org.freedesktop.Secret.Service"
        )
        with open_dbus_connection(bus=self.address) as conn:
            unwrap_msg(conn.send_and_get_reply(new_method_call(service, "SetAlias", "so", ("default", collection))))
        if self.default() != collection:
            raise RuntimeError(f"the test keyring's default alias did not move to {collection}")

    @contextmanager
    def login_collection(self) -> Iterator[Path]:
        """The ``default`` alias on the file-backed ``login`` collection for a
        while; yields the folder of its file."""
        self.set_default(LOGIN)
        try:
            yield self.home / "keyrings"
        finally:
            self.set_default(SESSION)

    def close(self) -> None:
        if self.process.stdin:
            self.process.stdin.close()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        shutil.rmtree(self.home, ignore_errors=True)
