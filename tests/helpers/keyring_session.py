"""A real Secret Service keyring for the test run.

Starts a private D-Bus session (``dbus-run-session``) with
``gnome-keyring-daemon --unlock`` reading its password from stdin, its data in
a fresh ``XDG_DATA_HOME`` (an old keyring with another password would refuse
to unlock). The session lives until ``close()``.

gnome-keyring-daemon 42 (Debian 12's) aborts when calls from several
connections overlap (GLib's "assertion failed: (error != NULL)" in
``invoke_get_property_in_idle_cb``: four threads of one process saving and
reading sign-ins killed it within seconds). The app makes one call
at a time (``desktop_inbox/secrets.py``); should the daemon still die, the
session starts it again, unlocked with the same password, and its bus has no
service files, so D-Bus cannot start one without the password (which had
left the login collection locked behind a prompt nobody answers: 177 tests
failed that way in one CI run).

The ``default`` alias names the daemon's in-memory ``session`` collection
rather than the on-disk ``login`` one: gnome-keyring reloads the login file
whenever it changes, and a reload it cannot decrypt clears the collection's
unlocked data (``on_file_load`` in pkcs11/secret-store/gkm-secret-module.c;
two processes writing sign-ins met its unlock prompt three times in 150 s).
After a restart the sign-ins saved before are gone, so at most the test in
flight fails, and its report says the daemon died (``pid``).
``login_collection()`` puts the file-backed collection back for a test of
its own (tests/integration/test_keyring_file.py).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# The daemon is started again, unlocked with the same password, whenever it
# dies; the bus has no service files, so nothing else can start one without
# the password. On the way out the loop is told to stop and the daemon to
# quit (without its bus it would stay).
_SCRIPT = r"""
run="$XDG_RUNTIME_DIR"
(
  while [ ! -e "$run/stop" ]; do
    printf '%s' "$KEYRING_PASSWORD" | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1 &
    echo $! >"$run/daemon"
    wait $!
    sleep 0.1
  done
) &
echo "$DBUS_SESSION_BUS_ADDRESS"
cat >/dev/null
touch "$run/stop"
kill "$(cat "$run/daemon")" 2>/dev/null
wait
"""

# A session bus as Debian's session.conf makes it, without
# <standard_session_servicedirs/>: no D-Bus activation.
_BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <keep_umask/>
  <listen>unix:tmpdir=/tmp</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
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
                self.pid = self.daemon_pid()  # (the one the run started with; see tests/conftest.py)
                return
            self.close()
        raise RuntimeError(f"the test keyring did not unlock its default collection ({ATTEMPTS} starts)")

    def _start(self) -> None:
        self.home = Path(tempfile.mkdtemp(prefix="desktop-inbox-keyring-"))
        # The daemon's control socket in a folder of its own: in a shared
        # one a new daemon hands its password to another run's daemon.
        runtime = self.home / "run"
        runtime.mkdir(mode=0o700)
        (self.home / "bus.conf").write_text(_BUS_CONFIG)
        env = dict(
            os.environ,
            XDG_DATA_HOME=str(self.home),
            XDG_RUNTIME_DIR=str(runtime),
            KEYRING_PASSWORD="test-keyring-password",
        )
        env.pop("DBUS_SESSION_BUS_ADDRESS", None)
        self.process = subprocess.Popen(
            ["dbus-run-session", f"--config-file={self.home / 'bus.conf'}", "--", "sh", "-c", _SCRIPT],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            text=True,
            start_new_session=True,  # (so that close() can end every process of it)
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
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
        shutil.rmtree(self.home, ignore_errors=True)
