"""A newcomer's first start: the demo as README's first command opens it, and
a start where no window can open."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from desktop_inbox import APP_NAME
from tests.helpers.waiting import app_log, incoming_messages, wait_until
from tests.helpers.xvfb import APP_CANNOT_CONNECT, Xvfb

APP = [sys.executable, "-m", "desktop_inbox"]



def _home(tmp_path: Path) -> dict[str, str]:
    """A home of its own: where the real app's settings would go."""
    home = tmp_path / "home"
    home.mkdir()
    return {"HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"), "TMPDIR": str(tmp_path)}


def _no_display_env(**changes: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return dict(env, **changes)


def test_without_a_display_one_line_points_at_the_command_line(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    result = subprocess.run(
        [*APP, "--data-dir", str(data_dir)], check=False, env=_no_display_env(), capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 1, result
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert "no display to open a window on" in lines[0] and "desktop-inbox --help" in lines[0]
    assert "xcb-cursor" not in result.stderr
    assert not data_dir.exists()  # nothing was started or written


def test_a_display_that_cannot_be_opened_is_named_in_one_line(tmp_path: Path) -> None:
    number = next(n for n in range(900, 1000) if not Path(f"/tmp/.X11-unix/X{n}").exists())
    env = _no_display_env(DISPLAY=f":{number}", QT_QPA_PLATFORM="xcb")
    result = subprocess.run(
        [*APP, "--demo"], check=False, env=dict(env, TMPDIR=str(tmp_path)), capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 1, result
    [line] = result.stderr.splitlines()
    assert f"{APP_CANNOT_CONNECT} :{number}" in line  # (what tests/helpers/xvfb.py retries on)
    assert "no display to open a window on" in line and "desktop-inbox --help" in line
    assert not list(tmp_path.glob("desktop-inbox-demo-*"))


def saved_replies(data_dir: Path) -> list[str]:
    try:
        with sqlite3.connect(data_dir / "cache.sqlite3") as conn:
            return [r[0] for r in conn.execute("SELECT body FROM snippet")]
    except sqlite3.Error:
        return []


def test_the_demo_opens_syncs_and_leaves_no_settings_behind(tmp_path: Path, xvfb: Xvfb) -> None:
    """README's first command: the demo, on a real X display, with the home
    folder of a newcomer. Its title names the app once; it syncs from its
    local server; and its settings went with its folder, not to ~/.config."""
    env = dict(xvfb.env, **_home(tmp_path))
    output = tmp_path / "app-output.txt"
    with xvfb.running_app([*APP, "--demo"], output, env=env) as app:
        [window] = xvfb.xdotool("search", "--onlyvisible", "--pid", str(app.pid)).split()
        title = xvfb.xdotool("getwindowname", window)
        assert title == f"Demo workspace — {APP_NAME}"  # (what the title bar shows: Qt adds nothing)
        [workspace] = tmp_path.glob("desktop-inbox-demo-*")
        wait_until(lambda: incoming_messages(workspace) > 10, what="the demo synced into its cache")
        # Saved replies to try, each with a field to fill for the customer (issue 22).
        wait_until(lambda: len(saved_replies(workspace)) >= 3, what="the demo's saved replies")
        assert all("{" in body for body in saved_replies(workspace))
        # The longest-waiting customer opens: the setting saved at quit names it.
        wait_until(lambda: not xvfb.xdotool("getwindowname", window).startswith("Demo"), what="a conversation opened")
        assert xvfb.xdotool("getwindowname", window).count(APP_NAME) == 1
        xvfb.quit_app(window)
        assert app.wait(timeout=30) == 0, output.read_text()
    assert not workspace.exists(), "the demo workspace is removed on quit"
    left = [p for p in (tmp_path / "home").rglob("*") if "desktop-inbox" in p.name]
    assert left == [], f"the demo wrote {left}"


def test_a_data_folder_given_to_the_demo_is_said_to_be_ignored(tmp_path: Path) -> None:
    mine = tmp_path / "mine"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **_home(tmp_path))
    app = subprocess.Popen(
        [*APP, "--demo", "--data-dir", str(mine)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        wait_until(lambda: list(tmp_path.glob("desktop-inbox-demo-*")), what="the demo workspace")
        [workspace] = tmp_path.glob("desktop-inbox-demo-*")
        wait_until(lambda: "started" in app_log(workspace), what="the demo started")
        assert f"--data-dir {mine} is ignored" in app_log(workspace)
        app.send_signal(signal.SIGTERM)
        _out, err = app.communicate(timeout=30)
    finally:
        if app.poll() is None:
            app.kill()
            app.communicate()
    assert app.returncode == 0, err
    [line] = [line for line in err.splitlines() if "ignored" in line]
    assert f"--data-dir {mine} is ignored: the demo works in a throwaway folder" in line
    assert not mine.exists()


def test_a_data_folder_that_cannot_be_one_is_said_in_one_line(tmp_path: Path) -> None:
    """The window, like the command line, says in one line why a --data-dir
    cannot hold the cache (it used to end in a traceback from mkdir)."""
    a_file = tmp_path / "a-file"
    a_file.write_text("not a folder\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **_home(tmp_path))
    for where, words in (
        (a_file, "is a file, not a folder"),
        (a_file / "sub", "cannot be used as the data folder"),
        (Path("/proc/desktop-inbox-x"), "cannot be used as the data folder"),
    ):
        done = subprocess.run([*APP, "--data-dir", str(where)], env=env, capture_output=True, text=True, timeout=60)
        assert done.returncode == 2, done
        [line] = done.stderr.splitlines()
        assert words in line and "Traceback" not in done.stderr
    assert a_file.read_text() == "not a folder\n"
