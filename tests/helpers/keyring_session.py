"""A real Secret Service keyring for the test run.

Starts a private D-Bus session (``dbus-run-session``) with
``gnome-keyring-daemon --unlock`` reading its password from stdin, its data in
a fresh ``XDG_DATA_HOME`` (an old keyring with another password would refuse
to unlock). The session lives until ``close()``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

_SCRIPT = r"""
printf '%s' "$KEYRING_PASSWORD" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
echo "$DBUS_SESSION_BUS_ADDRESS"
exec cat >/dev/null
"""


class KeyringSession:
    def __init__(self) -> None:
        missing = [tool for tool in ("dbus-run-session", "gnome-keyring-daemon") if shutil.which(tool) is None]
        if missing:
            raise RuntimeError(
                f"the real keyring needs {', '.join(missing)} (Debian: dbus gnome-keyring); .ci/run installs them"
            )
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

    def close(self) -> None:
        if self.process.stdin:
            self.process.stdin.close()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        shutil.rmtree(self.home, ignore_errors=True)
