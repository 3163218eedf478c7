"""A real X display for end-to-end runs of the app (Xvfb), and what to do on it."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

# What xdotool (Xlib) says when the X server refused or dropped the connection.
CANNOT_CONNECT = "Can't open display"
# What the app (ui/application.py), and Qt's xcb plugin, say then.
APP_CANNOT_CONNECT = "could not connect to display"


class Xvfb:
    def __init__(self, size: str = "1400x900x24") -> None:
        missing = [tool for tool in ("Xvfb", "xdotool") if shutil.which(tool) is None]
        if missing:
            raise RuntimeError(f"end-to-end UI tests need {', '.join(missing)} (packaging/install-deps.sh --test)")
        read, write = os.pipe()
        # -noreset: by default the server resets when its last client leaves
        # (an xdotool poll, an app that quit), and refuses whoever connects
        # meanwhile: the app's start that followed, three times running once
        # (packaging/measure_startup.py, CI).
        self.process = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", size, "-nolisten", "tcp", "-noreset"],
            pass_fds=(write,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write)
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        self.display = f":{number}"

    @property
    def env(self) -> dict[str, str]:
        env = dict(os.environ, DISPLAY=self.display, QT_QPA_PLATFORM="xcb")
        env.pop("WAYLAND_DISPLAY", None)
        return env

    def xdotool(self, *args: str, timeout: float = 30) -> str:
        # Xvfb (seen on the CI machines) now and then drops a new connection
        # before its setup reply; a command that could not even connect is
        # simply run again.
        for _attempt in range(5):
            result = subprocess.run(
                ["xdotool", *args], check=False, env=self.env, capture_output=True, text=True, timeout=timeout
            )
            if CANNOT_CONNECT not in result.stderr:
                break
        return result.stdout.strip()

    def wait_for_window(self, name: str, timeout: float = 60) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.xdotool("search", "--onlyvisible", "--name", name).split()
            if found:
                return found[0]
            time.sleep(0.2)
        raise AssertionError(f"no window named {name!r} appeared")

    def start_app(
        self, command: list[str], output: Path, *, env: dict[str, str] | None = None, cwd: Path | None = None,
        timeout: float = 60,
    ) -> subprocess.Popen[bytes]:
        """Start the app (stdout and stderr to ``output``) and wait until it
        shows a window or ends.

        The same dropped connections as above: an app that ended because it
        could not connect to the display is started again, and only then (any
        other end is the test's to judge). ``output`` keeps every attempt's text.
        """
        for attempt in range(3):
            with output.open("ab") as out:
                before = out.tell()  # (this attempt is judged by its own words)
                app = subprocess.Popen(command, env=env or self.env, cwd=cwd, stdout=out, stderr=subprocess.STDOUT)
            deadline = time.monotonic() + timeout
            while app.poll() is None and time.monotonic() < deadline:
                if self.xdotool("search", "--onlyvisible", "--pid", str(app.pid)):
                    return app
                time.sleep(0.02)
            with output.open("rb") as out:
                out.seek(before)
                said = out.read().decode(errors="replace")
            if app.returncode is None or APP_CANNOT_CONNECT not in said or attempt == 2:
                return app
            with output.open("a") as out:
                out.write(f"\n[tests: the app could not connect to the display; starting it again ({attempt + 2}/3)]\n")
        raise AssertionError("unreachable")

    @contextlib.contextmanager
    def running_app(
        self, command: list[str], output: Path, *, env: dict[str, str] | None = None, cwd: Path | None = None
    ) -> Iterator[subprocess.Popen[bytes]]:
        """``start_app``; afterwards the app is gone (killed if it is still
        there) and printed no traceback."""
        app = self.start_app(command, output, env=env, cwd=cwd)
        try:
            yield app
        finally:
            if app.poll() is None:
                app.kill()
                app.wait()
        said = output.read_text(errors="replace")
        assert "Traceback" not in said, said

    def quit_app(self, window: str) -> None:
        """Ctrl+Q in ``window``, as a user quits."""
        self.xdotool("windowfocus", "--sync", window)
        self.xdotool("key", "ctrl+q")

    def screenshot(self, path: Path, window: str | None = None) -> Path:
        """Grab the screen (or one window) with Qt's own xcb backend."""
        script = (
            "import sys; from PySide6.QtGui import QGuiApplication; app = QGuiApplication(sys.argv[:1]); "
            "screen = app.primaryScreen(); "
            f"pixmap = screen.grabWindow({int(window) if window else 0}); "
            f"sys.exit(0 if pixmap.save({str(path)!r}) else 1)"
        )
        for attempt in range(3):  # the same dropped connections as above
            result = subprocess.run(
                [sys.executable, "-c", script], check=False, env=self.env, capture_output=True, text=True, timeout=60
            )
            if result.returncode == 0 or APP_CANNOT_CONNECT not in result.stderr or attempt == 2:
                break
        if result.returncode != 0:
            raise subprocess.CalledProcessError(result.returncode, "screenshot", result.stdout, result.stderr)
        return path

    def close(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
